package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/cmd/mcplint/internal/baseline"
)

// TestBaseline records the findings, then edits the server so that every
// line moves and one new finding appears: only the new one is reported, and
// fixing a recorded finding is reported as a stale entry.
func TestBaseline(t *testing.T) {
	dir := goProject(t, map[string]string{"main.go": goServer})
	base := filepath.Join(dir, "mcplint-baseline.json")

	out, stderr, code := scan(t, dir, "-enable", "MCP001", "-write-baseline", base, ".")
	if code != exitClean || len(out.Findings) != 0 || len(out.Suppressed) != 2 {
		t.Fatalf("-write-baseline: exit %d, %d findings, %d suppressed; want 0, 0, 2\n%s", code, len(out.Findings), len(out.Suppressed), stderr)
	}
	if !strings.Contains(stderr, "wrote 2 findings to baseline") {
		t.Errorf("stderr does not say what was written:\n%s", stderr)
	}
	b, err := baseline.Read(base)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Findings) != 2 || b.Findings[0].File != "main.go" || b.Findings[0].Rule != "MCP001" {
		t.Fatalf("baseline = %+v", b.Findings)
	}

	// Unchanged code: nothing new, nothing stale.
	out, stderr, code = scan(t, dir, "-enable", "MCP001", "-baseline", base, ".")
	if code != exitClean || len(out.Findings) != 0 || !strings.Contains(stderr, "2 findings matched, 0 entries no longer match") {
		t.Fatalf("unchanged: exit %d, findings %s\n%s", code, where(out.Findings), stderr)
	}

	// Move every line down by four and add a finding.
	moved := strings.Replace(goServer, "func main() {\n", "// main starts the server.\n//\n// It listens twice.\n\nfunc main() {\n", 1)
	moved = strings.Replace(moved, "\t_ = http.ListenAndServe(\"127.0.0.1:9091\", nil)\n", "\t_ = http.ListenAndServe(\"127.0.0.1:9091\", nil)\n\t_ = http.ListenAndServe(\"0.0.0.0:9092\", nil)\n", 1)
	noErr(t, os.WriteFile(filepath.Join(dir, "main.go"), []byte(moved), 0o644))
	out, stderr, code = scan(t, dir, "-enable", "MCP001", "-baseline", base, ".")
	if code != exitFindings || where(out.Findings) != "main.go:18" {
		t.Fatalf("after moving lines: exit %d, findings %q; want exit 1 and only the new main.go:18\n%s", code, where(out.Findings), stderr)
	}
	if len(out.Suppressed) != 2 || out.Suppressed[0].Line != 15 || !strings.HasPrefix(out.Suppressed[0].Justification, "in baseline ") {
		t.Errorf("baselined findings = %+v", out.Suppressed)
	}
	if !strings.Contains(stderr, "2 findings matched, 0 entries no longer match") {
		t.Errorf("stderr:\n%s", stderr)
	}

	// Fix one recorded finding: the entry no longer matches.
	fixed := strings.Replace(moved, `":9090"`, `"127.0.0.1:9090"`, 1)
	noErr(t, os.WriteFile(filepath.Join(dir, "main.go"), []byte(fixed), 0o644))
	_, stderr, _ = scan(t, dir, "-enable", "MCP001", "-baseline", base, ".")
	if !strings.Contains(stderr, "1 finding matched, 1 entry no longer matches") {
		t.Errorf("after a fix, stderr:\n%s", stderr)
	}

	// Without the baseline every finding counts again.
	if out, _, code := scan(t, dir, "-enable", "MCP001", "."); code != exitFindings || len(out.Findings) != 2 {
		t.Errorf("without -baseline: exit %d, findings %s", code, where(out.Findings))
	}
}

func TestBaselineErrors(t *testing.T) {
	dir := goProject(t, map[string]string{"main.go": goServer, "bad.json": `{"version": 9, "tool": "mcplint", "findings": []}`})
	for _, args := range [][]string{
		{"-baseline", "missing.json", "."},
		{"-baseline", "bad.json", "."},
		{"-write-baseline", filepath.Join("no", "such", "dir", "b.json"), "."},
	} {
		if _, stderr, code := mcplint(t, dir, args...); code != exitUsage || !strings.Contains(stderr, "baseline") {
			t.Errorf("%v: exit %d, want 2; stderr:\n%s", args, code, stderr)
		}
	}
}
