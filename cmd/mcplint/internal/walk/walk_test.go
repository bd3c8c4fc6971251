package walk

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, root, rel, content string) {
	t.Helper()
	p := filepath.Join(root, rel)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func pySupported(p string) bool { return strings.HasSuffix(p, ".py") || strings.HasSuffix(p, ".ts") }

func rels(t *testing.T, root string, paths []string) []string {
	var out []string
	for _, p := range paths {
		r, err := filepath.Rel(root, p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, filepath.ToSlash(r))
	}
	return out
}

func TestWalkSkipsAndIgnores(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{
		"server.py", "pkg/tool.py", "web/index.ts", "cmd/main.go", "cmd/main_test.go",
		"node_modules/x/index.ts", "vendor/x/x.go", ".venv/lib/x.py", "dist/out.ts", "build/x.py",
		"testdata/fixture.py", "ignored/secret.py", "gen.py", "README.md",
	} {
		write(t, root, f, "x\n")
	}
	write(t, root, ".gitignore", "ignored/\ngen.py\n")
	got, err := Walk([]string{root}, Options{Supported: pySupported})
	if err != nil {
		t.Fatal(err)
	}
	if files := strings.Join(rels(t, root, got.Files), " "); files != "pkg/tool.py server.py web/index.ts" {
		t.Errorf("files = %s", files)
	}
	if dirs := strings.Join(rels(t, root, got.GoDirs), " "); dirs != "cmd" {
		t.Errorf("go dirs = %s", dirs)
	}
	if got.Root != root {
		t.Errorf("root = %s, want %s", got.Root, root)
	}
}

func TestWalkExplicitPathsAndDots(t *testing.T) {
	root := t.TempDir()
	write(t, root, "testdata/servers/a.py", "x\n")
	write(t, root, "b.txt", "x\n")
	got, err := Walk([]string{filepath.Join(root, "testdata", "servers") + "/...", filepath.Join(root, "b.txt")}, Options{Supported: pySupported})
	if err != nil {
		t.Fatal(err)
	}
	if files := strings.Join(rels(t, root, got.Files), " "); files != "testdata/servers/a.py" {
		t.Errorf("a directory named on the command line is scanned even under testdata: %s", files)
	}
	if len(got.Notices) != 1 || !strings.Contains(got.Notices[0].Message, "not a file mcplint analyses") {
		t.Errorf("an explicit unsupported file is reported: %+v", got.Notices)
	}
	if _, err := Walk([]string{filepath.Join(root, "missing")}, Options{}); err == nil {
		t.Error("a missing path must be an error")
	}
}

func TestWalkSymlinksAndSpecialFiles(t *testing.T) {
	root := t.TempDir()
	outside := t.TempDir()
	write(t, outside, "secret.py", "x\n")
	write(t, root, "real.py", "x\n")
	if err := os.Symlink(filepath.Join(outside, "secret.py"), filepath.Join(root, "link.py")); err != nil {
		t.Skip("no symlinks:", err)
	}
	if err := os.Symlink(root, filepath.Join(root, "loop")); err != nil {
		t.Fatal(err)
	}
	mkfifo(t, filepath.Join(root, "pipe.py"))
	got, err := Walk([]string{root}, Options{Supported: pySupported})
	if err != nil {
		t.Fatal(err)
	}
	if files := strings.Join(rels(t, root, got.Files), " "); files != "real.py" {
		t.Errorf("files = %s", files)
	}
	var msgs []string
	for _, n := range got.Notices {
		msgs = append(msgs, filepath.Base(n.File)+": "+n.Message)
	}
	joined := strings.Join(msgs, "\n")
	if !strings.Contains(joined, "link.py: symbolic link not followed") || !strings.Contains(joined, "pipe.py: not a regular file") {
		t.Errorf("notices = %s", joined)
	}
}

func TestFindRootUsesGitTopLevel(t *testing.T) {
	root := t.TempDir()
	write(t, root, ".git/HEAD", "ref: refs/heads/main\n")
	write(t, root, "svc/a.py", "x\n")
	got, err := Walk([]string{filepath.Join(root, "svc")}, Options{Supported: pySupported})
	if err != nil {
		t.Fatal(err)
	}
	if got.Root != root {
		t.Errorf("root = %s, want the git top level %s", got.Root, root)
	}
}

// TestWalkManifests: manifests are collected with the same skips as
// sources (a node_modules package.json is not the project's).
func TestWalkManifests(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{
		"package.json", "web/package-lock.json", "go.mod", "py/requirements.txt", "py/server.py",
		"node_modules/x/package.json", "vendor/m/go.mod", ".venv/pyproject.toml", "ignored/package.json", "tsconfig.json",
	} {
		write(t, root, f, "x\n")
	}
	write(t, root, ".gitignore", "ignored/\n")
	isManifest := func(p string) bool {
		switch filepath.Base(p) {
		case "package.json", "package-lock.json", "go.mod", "requirements.txt":
			return true
		}
		return false
	}
	got, err := Walk([]string{root}, Options{Supported: pySupported, Manifest: isManifest})
	if err != nil {
		t.Fatal(err)
	}
	if m := strings.Join(rels(t, root, got.Manifests), " "); m != "go.mod package.json py/requirements.txt web/package-lock.json" {
		t.Errorf("manifests = %s", m)
	}
	if files := strings.Join(rels(t, root, got.Files), " "); files != "py/server.py" {
		t.Errorf("files = %s", files)
	}
	explicit, err := Walk([]string{filepath.Join(root, "node_modules", "x", "package.json")}, Options{Manifest: isManifest})
	if err != nil || len(explicit.Manifests) != 1 || len(explicit.Notices) != 0 {
		t.Errorf("a manifest named on the command line is read: %+v, %v", explicit, err)
	}
}

func TestWalkSkipsTestCodeUnlessNamed(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{"server.py", "tests/test_server.py", "pkg/test_tool.py", "web/index.ts", "web/index.test.ts", "pyproject.toml", "tests/pyproject.toml"} {
		write(t, root, f, "x\n")
	}
	isTest := func(rel string) bool {
		return strings.HasPrefix(rel, "tests/") || strings.Contains(rel, "/tests/") ||
			strings.HasPrefix(filepath.Base(rel), "test_") || strings.HasSuffix(rel, ".test.ts")
	}
	manifest := func(p string) bool { return filepath.Base(p) == "pyproject.toml" }
	got, err := Walk([]string{root}, Options{Supported: pySupported, Manifest: manifest, Test: isTest, TestDir: func(n string) bool { return n == "tests" }})
	if err != nil {
		t.Fatal(err)
	}
	if files := strings.Join(rels(t, root, got.Files), " "); files != "server.py web/index.ts" {
		t.Errorf("files = %s", files)
	}
	if m := strings.Join(rels(t, root, got.Manifests), " "); m != "pyproject.toml" {
		t.Errorf("manifests = %s", m)
	}
	// Named on the command line: the test directory itself, or a test file.
	got, err = Walk([]string{filepath.Join(root, "tests"), filepath.Join(root, "web/index.test.ts")}, Options{Supported: pySupported, Test: isTest, TestDir: func(n string) bool { return n == "tests" }})
	if err != nil {
		t.Fatal(err)
	}
	if files := strings.Join(rels(t, root, got.Files), " "); files != "tests/test_server.py web/index.test.ts" {
		t.Errorf("named: files = %s", files)
	}
}
