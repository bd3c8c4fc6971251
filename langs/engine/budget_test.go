package engine_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mcpsec/mcplint/langs/engine"
	"github.com/mcpsec/mcplint/langs/python"
)

// TestFileTimeoutCutsAnalysis runs a project whose long handler exceeds
// its file's time budget on a clock that advances one second per reading,
// so the cut is deterministic. The cut is reported, and a neighbouring
// file with its own budget still gets its finding.
func TestFileTimeoutCutsAnalysis(t *testing.T) {
	var mu sync.Mutex
	clock := time.Unix(0, 0)
	restore := engine.SetClock(func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		clock = clock.Add(time.Second)
		return clock
	})
	defer restore()

	dir := t.TempDir()
	var long strings.Builder
	long.WriteString("from mcp.server.fastmcp import FastMCP\nmcp = FastMCP(\"x\")\n\n@mcp.tool()\ndef slow(a: str) -> str:\n")
	for i := 0; i < 5000; i++ {
		fmt.Fprintf(&long, "    a = a + \"%d\"\n", i)
	}
	long.WriteString("    return a\n")
	slow := filepath.Join(dir, "slow.py")
	server := filepath.Join(dir, "server.py")
	writeTemp(t, slow, long.String())
	writeTemp(t, server, "from mcp.server.fastmcp import FastMCP\n\nmcp = FastMCP(\"notes\", host=\"0.0.0.0\")\n")

	out := engine.Run([]string{server, slow}, []*engine.Lang{python.Lang}, engine.Options{FileTimeout: 5 * time.Second, Workers: 1})
	cut := false
	for _, n := range out.Notices {
		if n.File == slow && strings.Contains(n.Message, "time budget") && strings.Contains(n.Message, "-file-timeout") {
			cut = true
			if !n.MayHideFinding {
				t.Errorf("the cut handler held a tool argument, but the notice does not say a finding may hide: %+v", n)
			}
		}
		if n.File == server {
			t.Errorf("server.py ran out of time too: %s", n.Message)
		}
	}
	if !cut {
		t.Errorf("no time-budget notice for slow.py; notices: %+v", out.Notices)
	}
	found := false
	for _, f := range out.Findings {
		if f.Pos.File == server && f.RuleID == "MCP001" {
			found = true
		}
	}
	if !found {
		t.Errorf("finding in server.py lost: %+v", out.Findings)
	}
}

// TestFileTimeoutParse checks the parser honours the budget: a file whose
// parse outlives it is skipped and reported, never dropped silently.
func TestFileTimeoutParse(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.py")
	var b strings.Builder
	for i := 0; b.Len() < 1<<20; i++ {
		fmt.Fprintf(&b, "def f%d(a):\n    return [a, (a + %d), {'k': a}]\n", i, i)
	}
	writeTemp(t, big, b.String())
	out := engine.Run([]string{big}, []*engine.Lang{python.Lang}, engine.Options{FileTimeout: time.Microsecond, Workers: 1})
	if len(out.Notices) != 1 || !out.Notices[0].Failed || !strings.Contains(out.Notices[0].Message, "parsing took longer") {
		t.Fatalf("want one failed parse-timeout notice, got %+v", out.Notices)
	}
	if out.Files != 0 {
		t.Errorf("a skipped file was counted as analysed: %d", out.Files)
	}
}

func writeTemp(t *testing.T, path, src string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
}
