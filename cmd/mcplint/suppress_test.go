package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSuppressionDirectives covers the whole path of in-source directives:
// a used one hides the finding from text, lists it under "suppressed" in
// JSON and keeps it in SARIF with a suppression; malformed and unused ones
// are reported; a directive never changes the exit code of other findings.
func TestSuppressionDirectives(t *testing.T) {
	dir := t.TempDir()
	src := `from mcp.server.fastmcp import FastMCP

# mcplint:ignore MCP001 -- runs in a container; published on 127.0.0.1 only
a = FastMCP("a", host="0.0.0.0")
b = FastMCP("b", host="0.0.0.0")  # mcplint:ignore MCP001

c = FastMCP("c", host="127.0.0.1")  # mcplint:ignore MCP001 -- nothing to silence here

d = FastMCP("d", host="0.0.0.0")  # mcplint:ignore MCP999 -- no such rule
`
	if err := os.WriteFile(filepath.Join(dir, "server.py"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	text, stderr, code := mcplint(t, dir, "-enable", "MCP001", ".")
	if code != exitFindings {
		t.Fatalf("exit %d, want 1 (b and d still report)", code)
	}
	if strings.Contains(text, "server.py:4:") {
		t.Errorf("suppressed finding on line 4 shown in text output:\n%s", text)
	}
	for _, want := range []string{"server.py:5:", "server.py:9:", "1 suppressed"} {
		if !strings.Contains(text, want) {
			t.Errorf("text output lacks %q:\n%s", want, text)
		}
	}
	for _, want := range []string{
		"server.py:5: warning: suppression directive for MCP001 gives no reason",
		"server.py:7: warning: suppression directive for MCP001 matches no finding",
		"server.py:9: warning: suppression directive names unknown rule MCP999",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}

	out, _, _ := mcplint(t, dir, "-enable", "MCP001", "-format", "json", ".")
	var rep struct {
		Findings   []struct{ Line int }
		Suppressed []struct {
			Line          int
			Justification string
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Suppressed) != 1 || rep.Suppressed[0].Line != 4 || !strings.Contains(rep.Suppressed[0].Justification, "container") {
		t.Errorf("json suppressed = %+v", rep.Suppressed)
	}
	if len(rep.Findings) != 2 {
		t.Errorf("json findings = %+v, want lines 5 and 9", rep.Findings)
	}

	sarif, _, _ := mcplint(t, dir, "-enable", "MCP001", "-format", "sarif", ".")
	if !strings.Contains(sarif, `"kind": "inSource"`) || !strings.Contains(sarif, `"justification": "runs in a container; published on 127.0.0.1 only"`) {
		t.Errorf("SARIF lacks the in-source suppression:\n%s", sarif)
	}

	// With the rule disabled, a directive for it is not "unused".
	_, stderr, _ = mcplint(t, dir, "-disable", "MCP001", ".")
	if strings.Contains(stderr, "matches no finding") {
		t.Errorf("unused-directive warning for a disabled rule:\n%s", stderr)
	}
}
