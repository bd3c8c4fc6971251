package engine

import "sync"

// A syntax tree costs memory by its nodes, not its bytes: ordinary code
// has about one token per three to five bytes, but 2 MiB of nested calls
// (g(x, g(x, ...))) has more than one per byte, and its trees (tree-sitter's
// and the Go copy) took about 500 times the file's size. Before a file is
// parsed its tokens are counted, cheaply and from above; a file with more
// tokens than a -max-file-size file of dense code would hold is skipped as
// an oversize file is, and files are parsed at once only while their
// counts together stay within that same amount, so a few huge files
// cannot be parsed side by side.

// tokensPerMaxByte: a file may hold up to MaxFileSize/tokensPerMaxByte
// tokens. Real code measures at most 0.35 tokens a byte (the densest
// non-minified files of the benchmark corpus), so at the size limit it
// stays under 0.5; dense hostile shapes exceed one.
const tokensPerMaxByte = 2

// maxTokens is the largest token count of a file that is parsed.
func maxTokens(maxFileSize int64) int {
	return int(maxFileSize / tokensPerMaxByte)
}

// estimateTokens counts src's tokens from above: every run of letters,
// digits and underscores, and every other byte that is not white space
// (each may be an operator, a bracket or a delimiter, hence a node). Bytes
// inside strings and comments count the same way, which can only raise
// the estimate; it never depends on a grammar, so no shape of input can
// make it low.
func estimateTokens(src []byte) int {
	n := 0
	inWord := false
	for _, b := range src {
		switch {
		case b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80:
			if !inWord {
				n++
				inWord = true
			}
		case b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v':
			inWord = false
		default:
			n++
			inWord = false
		}
	}
	return n
}

// tokenGate admits files to parsing while the tokens of those being parsed
// stay within a budget; a file over the budget on its own waits until no
// other file is being parsed, then runs alone.
type tokenGate struct {
	mu       sync.Mutex
	cond     *sync.Cond
	budget   int
	inFlight int
}

func newTokenGate(budget int) *tokenGate {
	g := &tokenGate{budget: budget}
	g.cond = sync.NewCond(&g.mu)
	return g
}

func (g *tokenGate) acquire(n int) {
	g.mu.Lock()
	for g.inFlight > 0 && g.inFlight+n > g.budget {
		g.cond.Wait()
	}
	g.inFlight += n
	g.mu.Unlock()
}

func (g *tokenGate) release(n int) {
	g.mu.Lock()
	g.inFlight -= n
	g.mu.Unlock()
	g.cond.Broadcast()
}
