package baseline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// finding points at the first line of path containing needle (the n-th
// occurrence when n > 1), as an engine would.
func finding(t *testing.T, id, path, needle string, n int) rule.Finding {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(string(data), "\n") {
		if strings.Contains(l, needle) {
			if n--; n == 0 {
				return rule.Finding{RuleID: id, Severity: rule.High, Pos: rule.Position{File: path, Line: i + 1, Col: 1}, Message: "m " + needle}
			}
		}
	}
	t.Fatalf("%q not in %s", needle, path)
	return rule.Finding{}
}

func TestLineShift(t *testing.T) {
	root := t.TempDir()
	src := filepath.Join(root, "srv", "server.py")
	if err := os.MkdirAll(filepath.Dir(src), 0o755); err != nil {
		t.Fatal(err)
	}
	before := "import os\n\ndef a(cmd):\n    os.system(cmd)\n\ndef b(cmd):\n    os.system(cmd)\n\napp.run(host='0.0.0.0')\n"
	if err := os.WriteFile(src, []byte(before), 0o644); err != nil {
		t.Fatal(err)
	}
	old := []rule.Finding{
		finding(t, "MCP002", src, "os.system", 1),
		finding(t, "MCP002", src, "os.system", 2),
		finding(t, "MCP001", src, "app.run", 1),
	}
	b := Build(root, old)
	path := filepath.Join(root, "baseline.json")
	if err := Write(path, b); err != nil {
		t.Fatal(err)
	}
	b, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if b.Findings[0].File != "srv/server.py" || b.Findings[0].Line != 4 {
		t.Errorf("entry = %+v", b.Findings[0])
	}
	if b.Findings[0].Fingerprint == b.Findings[1].Fingerprint {
		t.Error("two findings on identical lines share a fingerprint")
	}

	// Lines move down, one block is re-indented with tabs and CRLF, a new
	// finding appears, and the bind-all finding is fixed.
	after := "\"\"\"A server.\"\"\"\nimport os\nimport sys\n\ndef a(cmd):\n\tos.system(cmd)  \r\n\ndef b(cmd):\n    os.system(cmd)\n\ndef c(cmd):\n    os.system(cmd)\n\napp.run(host='127.0.0.1')\n"
	if err := os.WriteFile(src, []byte(after), 0o644); err != nil {
		t.Fatal(err)
	}
	m := NewMatcher(root, b)
	var fresh []int
	for i := 1; i <= 3; i++ {
		f := finding(t, "MCP002", src, "os.system", i)
		if !m.Match(f) {
			fresh = append(fresh, f.Pos.Line)
		}
	}
	if len(fresh) != 1 || fresh[0] != 12 {
		t.Errorf("new findings on lines %v, want [12]", fresh)
	}
	if m.Matched() != 2 || m.Stale() != 1 {
		t.Errorf("matched %d, stale %d; want 2 and 1 (the fixed MCP001)", m.Matched(), m.Stale())
	}
}

func TestDifferentRuleOrFileIsNew(t *testing.T) {
	root := t.TempDir()
	a, c := filepath.Join(root, "a.py"), filepath.Join(root, "c.py")
	for _, p := range []string{a, c} {
		if err := os.WriteFile(p, []byte("eval(x)\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b := Build(root, []rule.Finding{finding(t, "MCP007", a, "eval", 1)})
	m := NewMatcher(root, b)
	if m.Match(finding(t, "MCP002", a, "eval", 1)) {
		t.Error("another rule on the same line matched")
	}
	if m.Match(finding(t, "MCP007", c, "eval", 1)) {
		t.Error("the same line in another file matched")
	}
	if !m.Match(finding(t, "MCP007", a, "eval", 1)) {
		t.Error("the recorded finding did not match")
	}
}

func TestReadRejects(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"notjson":  "findings: []",
		"version":  `{"version": 2, "tool": "mcplint", "findings": []}`,
		"unknown":  `{"version": 1, "tool": "mcplint", "results": []}`,
		"sarif":    `{"version": "2.1.0", "runs": []}`,
		"nofields": `{"version": 1, "findings": [{"rule": "MCP001", "file": "a", "fingerprint": "x", "extra": 1}]}`,
	} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := Read(p); err == nil {
			t.Errorf("%s: read without error", name)
		}
	}
}
