package engine

import (
	"sync"
	"sync/atomic"
	"testing"
)

func TestEstimateTokens(t *testing.T) {
	for src, want := range map[string]int{
		"":                          0,
		"x = foo_bar(1, 22)\n":      8, // x = foo_bar ( 1 , 22 )
		"g(x, g(x, x))":             11,
		"\t  \n":                    0,
		"s = \"two words\"  # note": 8, // s = " two words " # note
		"héllo wörld":               2, // non-ASCII bytes join a word
	} {
		if got := estimateTokens([]byte(src)); got != want {
			t.Errorf("estimateTokens(%q) = %d, want %d", src, got, want)
		}
	}
}

// TestTokenGate: files parsed at once never hold more tokens together
// than the budget, except one file over the budget, which runs alone;
// every file gets its turn.
func TestTokenGate(t *testing.T) {
	const budget = 100
	g := newTokenGate(budget)
	var inFlight, files atomic.Int64
	var over atomic.Bool
	var wg sync.WaitGroup
	sizes := []int{10, 60, 50, 150, 30, 100, 1, 99, 250, 40}
	for round := 0; round < 20; round++ {
		for _, n := range sizes {
			wg.Add(1)
			go func(n int) {
				defer wg.Done()
				g.acquire(n)
				now := inFlight.Add(int64(n))
				if now > budget && now != int64(n) {
					over.Store(true)
				}
				inFlight.Add(-int64(n))
				g.release(n)
				files.Add(1)
			}(n)
		}
	}
	wg.Wait()
	if over.Load() {
		t.Error("files in flight held more tokens than the budget")
	}
	if files.Load() != int64(20*len(sizes)) {
		t.Errorf("%d files admitted, want %d", files.Load(), 20*len(sizes))
	}
}
