package engine_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/langs/engine"
	"github.com/mcpsec/mcplint/langs/python"
	"github.com/mcpsec/mcplint/langs/typescript"
)

// calleeNames makes names that match the patterns in every way a glob can
// (each '*' filled with nothing, a word, a dotted path or a call) and
// near misses (a prefix or suffix more or less).
func calleeNames(pats []string) []string {
	fills := []string{"", "x", "a.b", "c().d", "."}
	var out []string
	for _, p := range pats {
		for _, f := range fills {
			n := strings.ReplaceAll(p, "*", f)
			out = append(out, n, n+"x", "x"+n, n+".y", "y."+n, n+"()", strings.TrimSuffix(n, n[len(n)-min(1, len(n)):]))
		}
	}
	return append(out, "", ".", "x", "?.run", "print", "os.system", "subprocess.run")
}

// The callee index gives exactly what trying every pattern gives, on the
// real tables of both languages.
func TestCalleeIndexAgrees(t *testing.T) {
	for _, l := range []*engine.Lang{python.Lang, typescript.Lang} {
		names := calleeNames(engine.CalleePatterns(l))
		if bad := engine.CalleeIndexMismatches(l, names); len(bad) > 0 {
			t.Errorf("%s: callee index disagrees on %d of %d names, e.g. %q", l.Name, len(bad), len(names), bad[:min(5, len(bad))])
		}
	}
}

// Looking up the callee names a project produces: mostly names no table
// knows (methods of the project's own objects), some that are sinks.
func benchmarkCallees(b *testing.B, slow bool) {
	var names []string
	for i := range 500 {
		names = append(names, fmt.Sprintf("self.helper%d", i), fmt.Sprintf("?.items.get%d", i), fmt.Sprintf("mod%d.Service().run", i))
	}
	names = append(names, "subprocess.run", "os.system", "requests.get", "open", "mcp.server.fastmcp.FastMCP().tool")
	for b.Loop() {
		engine.CalleeLookups(python.Lang, names, slow)
	}
}

func BenchmarkCalleeIndex(b *testing.B)        { benchmarkCallees(b, false) }
func BenchmarkCalleeEveryPattern(b *testing.B) { benchmarkCallees(b, true) }
