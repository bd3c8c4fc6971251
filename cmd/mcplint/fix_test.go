//go:build cgo

package main

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copyTree copies src into dst (regular files only).
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// scratchFixTree is a scratch tree with a Go, a Python and a TypeScript server
// that have fixable findings, and the fix fixtures with their goldens.
func scratchFixTree(t *testing.T) string {
	t.Helper()
	root := repoRoot(t)
	tmp := t.TempDir()
	copyTree(t, filepath.Join(root, "testdata", "servers"), tmp)
	for _, d := range []string{"python/stdio-stdout/fix", "python/bind-all-interfaces/fix", "typescript/stdio-stdout/fix",
		"typescript/bind-all-interfaces/fix", "typescript/missing-origin-check/fix"} {
		copyTree(t, filepath.Join(root, "testdata", filepath.FromSlash(d)), filepath.Join(tmp, "fixes", strings.ReplaceAll(d, "/", "-")))
	}
	// the MCP005 fixture's SDK version, as in its rule directory
	b, err := os.ReadFile(filepath.Join(root, "testdata", "typescript", "missing-origin-check", "package.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(tmp, "fixes", "typescript-missing-origin-check-fix", "package.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	return tmp
}

type fixReport struct {
	Findings []struct {
		Rule  string `json:"rule"`
		File  string `json:"file"`
		Line  int    `json:"line"`
		Fixes []struct {
			Description string `json:"description"`
		} `json:"fixes"`
	} `json:"findings"`
}

func fixable(t *testing.T, path string) (all, withFix int) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var r fixReport
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Findings {
		if len(f.Fixes) > 0 {
			withFix++
		}
	}
	return len(r.Findings), withFix
}

// TestFixAndDiff runs the two CLI paths of fixes on one tree: -diff shows
// the change and writes nothing; -fix writes exactly the fixture goldens,
// reports what it fixed, drops those findings, and a rescan finds no
// fixable finding left.
func TestFixAndDiff(t *testing.T) {
	tmp := scratchFixTree(t)
	rules := "-enable=MCP001,MCP005,MCP012"
	before, err := os.ReadFile(filepath.Join(tmp, "go", "main.go"))
	if err != nil {
		t.Fatal(err)
	}

	out, stderr, code := mcplint(t, tmp, "-q", rules, "-diff", ".")
	if code != exitFindings {
		t.Errorf("-diff exit code %d, want %d; stderr:\n%s", code, exitFindings, stderr)
	}
	for _, want := range []string{
		"--- a/go/main.go\n+++ b/go/main.go\n",
		`+	addr := flag.String("addr", "127.0.0.1:8080", "HTTP listen address")`,
		"+++ b/fixes/python-stdio-stdout-fix/server.py\n",
		"+import sys\n",
		`+console.error("starting");`,
		`allowedHosts: ["127.0.0.1:3000", "localhost:3000"]`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("-diff output lacks %q:\n%s", want, out)
		}
	}
	if after, _ := os.ReadFile(filepath.Join(tmp, "go", "main.go")); string(after) != string(before) {
		t.Error("-diff changed a file")
	}

	report := filepath.Join(t.TempDir(), "before.json")
	_, _, _ = mcplint(t, tmp, "-q", rules, "-format", "json:"+report, ".")
	all, withFix := fixable(t, report)
	if withFix == 0 {
		t.Fatal("no fixable finding in the scratch tree")
	}

	report = filepath.Join(t.TempDir(), "fix.json")
	_, stderr, _ = mcplint(t, tmp, "-q", rules, "-fix", "-format", "json:"+report, ".")
	if !strings.Contains(stderr, "mcplint: fixed ") {
		t.Errorf("-fix says nothing about what it fixed:\n%s", stderr)
	}
	left, leftFix := fixable(t, report)
	if leftFix != 0 || left != all-withFix {
		t.Errorf("-fix reports %d findings (%d fixable), want the %d that offered no fix", left, leftFix, all-withFix)
	}
	for _, d := range []string{"python-stdio-stdout-fix/server.py", "python-bind-all-interfaces-fix/app.py", "typescript-stdio-stdout-fix/index.ts",
		"typescript-bind-all-interfaces-fix/server.ts", "typescript-missing-origin-check-fix/server.ts"} {
		got, _ := os.ReadFile(filepath.Join(tmp, "fixes", filepath.FromSlash(d)))
		want, _ := os.ReadFile(filepath.Join(tmp, "fixes", filepath.FromSlash(d)) + ".golden")
		if string(got) != string(want) {
			t.Errorf("%s after -fix differs from its golden file:\n%s", d, got)
		}
	}

	report = filepath.Join(t.TempDir(), "after.json")
	_, _, _ = mcplint(t, tmp, "-q", rules, "-format", "json:"+report, ".")
	if n, nf := fixable(t, report); nf != 0 || n != all-withFix {
		t.Errorf("rescan after -fix: %d findings (%d fixable), want %d (none fixable)", n, nf, all-withFix)
	}
}

func TestFixFlagsUsage(t *testing.T) {
	tmp := t.TempDir()
	for _, args := range [][]string{{"-fix", "-diff", "."}, {"-diff", "-format", "json", "."}} {
		_, stderr, code := mcplint(t, tmp, args...)
		if code != exitUsage {
			t.Errorf("%v: exit code %d, want %d; stderr:\n%s", args, code, exitUsage, stderr)
		}
	}
}
