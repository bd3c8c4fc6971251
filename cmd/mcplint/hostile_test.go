package main

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// bindAllPy is a file with a known finding: every hostile tree holds one so
// the test can check that bad neighbours never cost real findings.
const bindAllPy = `from mcp.server.fastmcp import FastMCP

mcp = FastMCP("notes", host="0.0.0.0")
`

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// hostileTree builds testdata/hostile's cases in a temporary directory; the
// large ones are generated rather than committed.
func hostileTree(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	w := func(name string, data []byte) { writeFile(t, filepath.Join(dir, name), data) }
	w("server.py", []byte(bindAllPy))
	w("binary.py", []byte("\x7fELF\x00\x00\x01\x02import os\x00\x00"))
	w("nul.ts", []byte("const a = 1;\x00\x00const b = 2;\n"))
	w("invalid_utf8.py", []byte("x = '\xff\xfe\xfd'\nprint(x)\n"))
	w("bom.py", []byte("\xef\xbb\xbfimport os\nprint(os.getcwd())\n"))
	w("crlf.ts", []byte("import x from 'y';\r\nconst a = 1;\r\n"))
	w("empty.py", nil)
	w("empty.js", nil)
	w("bundle.min.js", []byte("var a=1;"+strings.Repeat("a=a+1;", 10<<20/6)))
	w("nested.py", []byte("x = "+strings.Repeat("[", 100000)+strings.Repeat("]", 100000)+"\n"))
	w("nested.ts", []byte("const x = "+strings.Repeat("(", 100000)+"1"+strings.Repeat(")", 100000)+";\n"))
	var long strings.Builder
	long.WriteString("def f(a):\n")
	for i := 0; i < 50000; i++ {
		fmt.Fprintf(&long, "    a = a + %d\n", i)
	}
	long.WriteString("    return a\n")
	w("long_function.py", []byte(long.String()))
	w("broken.py", []byte("def f(:\n  return ((\nclass\n"))
	// A Go module with a syntax error, and one that needs a missing dependency.
	w("gosyntax/go.mod", []byte("module example.com/gosyntax\n\ngo 1.22\n"))
	w("gosyntax/main.go", []byte("package main\n\nfunc main() {\n"))
	w("godep/go.mod", []byte("module example.com/godep\n\ngo 1.22\n\nrequire example.com/not/there v1.0.0\n"))
	w("godep/main.go", []byte("package main\n\nimport \"example.com/not/there\"\n\nfunc main() { there.Run() }\n"))
	// A go.mod that asks for a toolchain that is not installed: loading it
	// must not download one.
	w("gotoolchain/go.mod", []byte("module example.com/gotoolchain\n\ngo 1.99.0\n\ntoolchain go1.99.0\n"))
	w("gotoolchain/main.go", []byte("package main\n\nfunc main() {}\n"))
	mkfifo(t, filepath.Join(dir, "fifo.py"))
	outside := t.TempDir()
	writeFile(t, filepath.Join(outside, "secret.py"), []byte("import os\n"))
	must(t, os.Symlink(filepath.Join(outside, "secret.py"), filepath.Join(dir, "outside.py")))
	must(t, os.Symlink(dir, filepath.Join(dir, "loop")))
	must(t, os.Symlink(filepath.Join(dir, "self.py"), filepath.Join(dir, "self.py")))
	// Unreadable: a file and a directory (root reads them anyway; the
	// test then skips the check).
	w("unreadable.py", []byte("import os\n"))
	must(t, os.Chmod(filepath.Join(dir, "unreadable.py"), 0))
	w("locked/inner.py", []byte("import os\n"))
	must(t, os.Chmod(filepath.Join(dir, "locked"), 0))
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "locked"), 0o755) })
	return dir
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestHostileInput(t *testing.T) {
	if testing.Short() {
		t.Skip("hostile suite builds a 10 MB file")
	}
	dir := hostileTree(t)
	t.Setenv("GOFLAGS", "")
	start := time.Now()
	before := hashHostile(t, dir)
	defer func() {
		if after := hashHostile(t, dir); !equalMaps(before, after) {
			t.Error("running mcplint changed the hostile tree")
		}
	}()
	sarifPath := filepath.Join(t.TempDir(), "out.sarif")
	stdout, stderr, code := mcplint(t, dir, "-format", "json", "-format", "sarif:"+sarifPath, ".")
	if elapsed := time.Since(start); elapsed > 2*time.Minute {
		t.Errorf("hostile tree took %v", elapsed)
	}
	var rep struct {
		Findings []struct{ Rule, File string }
		Notices  []struct{ Level, File, Message string }
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("output is not JSON: %v\n%s\nstderr:\n%s", err, stdout, stderr)
	}
	found := false
	for _, f := range rep.Findings {
		if f.File == "server.py" && f.Rule == "MCP001" {
			found = true
		}
	}
	if !found {
		t.Errorf("the finding in server.py was lost among hostile files: %+v\nstderr:\n%s", rep.Findings, stderr)
	}
	noticed := map[string]string{}
	for _, n := range rep.Notices {
		noticed[n.File] += n.Message + "; "
	}
	sarifLog, err := os.ReadFile(sarifPath)
	must(t, err)
	notes := sarifNotes(t, string(sarifLog))
	want := []string{"bundle.min.js", "fifo.py", "outside.py", "self.py", "loop", "broken.py", "binary.py", "gosyntax", "godep", "gotoolchain"}
	if os.Geteuid() != 0 {
		want = append(want, "unreadable.py", "locked")
	}
	for _, file := range want {
		hit := func(m map[string]string) bool {
			for f := range m {
				if f == file || strings.HasPrefix(f, file+"/") {
					return true
				}
			}
			return false
		}
		if !hit(noticed) {
			t.Errorf("no notice for %s; notices: %v", file, noticed)
		}
		if !hit(notes) {
			t.Errorf("no SARIF toolExecutionNotification for %s; notifications: %v", file, notes)
		}
		if !strings.Contains(stderr, file) {
			t.Errorf("no notice for %s on stderr:\n%s", file, stderr)
		}
	}
	if !strings.Contains(noticed["gotoolchain"], "needs a newer Go") {
		t.Errorf("the gotoolchain notice should say the module needs a newer Go: %q", noticed["gotoolchain"])
	}
	if code != exitFindings && code != exitFailure {
		t.Errorf("exit code %d, want 1 (findings) or 3 (some input failed)", code)
	}
	if _, err := os.Stat(filepath.Join(dir, "gotoolchain", "go.sum")); err == nil {
		t.Error("mcplint wrote go.sum in the scanned module")
	}
}

// TestScannedTreeUnchanged hashes every file of a fixture tree, including a
// Go module, before and after a run.
func TestScannedTreeUnchanged(t *testing.T) {
	root := repoRoot(t)
	servers := filepath.Join(root, "testdata", "servers")
	before := hashTree(t, servers)
	mcplint(t, root, "-format", "sarif", "testdata/servers")
	if after := hashTree(t, servers); !equalMaps(before, after) {
		t.Fatal("running mcplint changed the scanned tree")
	}
}

func hashTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if d.IsDir() {
			out[p] = "dir " + info.Mode().String()
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out[p] = fmt.Sprintf("%x %s %d", sha256.Sum256(data), info.Mode(), info.ModTime().UnixNano())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// hashHostile is hashTree for a tree with special files: symlinks, FIFOs
// and unreadable entries are recorded by their mode and never opened.
func hashHostile(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		info, lerr := os.Lstat(p)
		if lerr != nil {
			out[p] = "lstat error"
			return nil
		}
		out[p] = fmt.Sprintf("%s %d", info.Mode(), info.ModTime().UnixNano())
		if err != nil || !info.Mode().IsRegular() {
			return nil
		}
		if data, rerr := os.ReadFile(p); rerr == nil {
			out[p] += fmt.Sprintf(" %x", sha256.Sum256(data))
		}
		return nil
	})
	return out
}
