package engine

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// matchSlow is the plain backtracking definition of match.
func matchSlow(pattern, s string) bool {
	for len(pattern) > 0 {
		if pattern[0] == '*' {
			for i := 0; i <= len(s); i++ {
				if matchSlow(pattern[1:], s[i:]) {
					return true
				}
			}
			return false
		}
		if s == "" || s[0] != pattern[0] {
			return false
		}
		pattern, s = pattern[1:], s[1:]
	}
	return s == ""
}

// TestMatchQuickRejects checks the prefix and suffix rejects of match
// against the plain definition on random short patterns and names over a
// small alphabet, where overlaps of head and tail are common.
func TestMatchQuickRejects(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	word := func(alpha string, n int) string {
		b := make([]byte, r.IntN(n+1))
		for i := range b {
			b[i] = alpha[r.IntN(len(alpha))]
		}
		return string(b)
	}
	for range 200000 {
		p, s := word("ab.*", 6), word("ab.", 6)
		if got, want := match(p, s), matchSlow(p, s); got != want {
			t.Fatalf("match(%q, %q) = %v, want %v", p, s, got, want)
		}
	}
	for _, c := range []struct {
		p, s string
		want bool
	}{
		{"*.run", "mcp.run", true}, {"subprocess.*", "subprocess.run", true}, {"a*a", "a", false},
		{"ab*ba", "aba", false}, {"*", "", true}, {"", "", true}, {"x", "x", true}, {"x", "y", false},
	} {
		if got := match(c.p, c.s); got != c.want {
			t.Errorf("match(%q, %q) = %v, want %v", c.p, c.s, got, c.want)
		}
	}
}

// containsLower answers as lowering the whole text would, ASCII or not
// (U+212A KELVIN SIGN lowers to k).
func TestContainsLower(t *testing.T) {
	subs := []string{"authorization", "bearer ", "x-api-key", "k", ""}
	texts := []string{"", "Authorization", "AUTHORIZATION: x", "auth", "Bearer abc", "bearer", "X-Api-Key", "\u212a", "é Bearer ", "authorizatio", "xx-API-KEYy"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 5000 {
		b := make([]byte, rng.IntN(12))
		for i := range b {
			alpha := "aBkKrRe -:\xc3\xa9"
			b[i] = alpha[rng.IntN(len(alpha))]
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		for _, sub := range subs {
			if got, want := containsLower(s, sub), strings.Contains(strings.ToLower(s), sub); got != want {
				t.Errorf("containsLower(%q, %q) = %v, want %v", s, sub, got, want)
			}
		}
	}
}
