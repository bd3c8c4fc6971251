package poison

import (
	"regexp/syntax"
	"strings"
)

// A phrase's regular expression is tried only on text that contains one of
// the literals every match of it contains (need), read from the
// expression's syntax tree: most descriptions hold none of a phrase's
// words, and a substring search is far cheaper than the regexp machine.
// The search runs on ASCII text lowered once; text with other bytes skips
// it, because case folding matches some of them to ASCII letters
// (U+212A KELVIN SIGN to k, U+017F LONG S to s).

// required returns literals (lower case, ASCII) of which every match of re
// contains at least one, or nil when it cannot tell.
func required(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		s := strings.ToLower(string(re.Rune))
		if s == "" || !isASCII(s) {
			return nil
		}
		return []string{s}
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min < 1 {
			return nil
		}
		return required(re.Sub[0])
	case syntax.OpConcat:
		// the most selective part: the one whose shortest literal is longest
		var best []string
		for _, sub := range re.Sub {
			if r := required(sub); r != nil && (best == nil || shortest(r) > shortest(best)) {
				best = r
			}
		}
		return best
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			r := required(sub)
			if r == nil {
				return nil // a branch without a literal
			}
			out = append(out, r...)
		}
		return out
	}
	return nil
}

func shortest(lits []string) int {
	n := -1
	for _, l := range lits {
		if n < 0 || len(l) < n {
			n = len(l)
		}
	}
	return n
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// mustNeed returns the literals a pattern's matches need; a pattern that
// yields none is tried on every text.
func mustNeed(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err) // regexp.MustCompile of the same text panics first
	}
	return required(re.Simplify())
}

// needs holds, for each of phrases, the literals its matches need (nil:
// try it on every text).
var needs = func() [][]string {
	out := make([][]string, len(phrases))
	for i, p := range phrases {
		out[i] = mustNeed(p.re.String())
	}
	return out
}()

// mayContain reports whether lower (ASCII text, lowered) contains one of
// need, or need is nil.
func mayContain(lower string, need []string) bool {
	if need == nil {
		return true
	}
	for _, l := range need {
		if strings.Contains(lower, l) {
			return true
		}
	}
	return false
}
