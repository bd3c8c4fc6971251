package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// buildBinary builds the mcplint command into a temporary directory with
// extra go build flags.
func buildBinary(t *testing.T, flags ...string) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "mcplint")
	build := exec.Command("go", append(append([]string{"build", "-o", bin}, flags...), "./cmd/mcplint")...)
	build.Dir = repoRoot(t)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestReleaseVersionStamp builds mcplint as a release is built (the version
// set at link time) and checks that -version, SARIF's driver and every
// rule's helpUri name that release.
func TestReleaseVersionStamp(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the mcplint binary")
	}
	bin := buildBinary(t, "-ldflags", "-X github.com/mcpsec/mcplint/analyzers/rule.version=v1.2.3")
	out, err := exec.Command(bin, "-version").Output()
	if err != nil {
		t.Fatalf("-version: %v", err)
	}
	if !strings.HasPrefix(string(out), "mcplint v1.2.3 (") || !strings.Contains(string(out), "built with go") {
		t.Errorf("-version printed %q", out)
	}

	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "server.py"), []byte("from mcp.server.fastmcp import FastMCP\nmcp = FastMCP(\"x\", host=\"0.0.0.0\")\nmcp.run(transport=\"sse\")\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sarifPath := filepath.Join(t.TempDir(), "out.sarif")
	cmd := exec.Command(bin, "-format", "sarif:"+sarifPath, dir)
	if out, err := cmd.CombinedOutput(); err == nil {
		t.Fatalf("expected findings (exit 1):\n%s", out)
	}
	data, err := os.ReadFile(sarifPath)
	if err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Version, SemanticVersion string
					Rules                    []struct{ ID, HelpURI string }
				}
			}
		}
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	d := log.Runs[0].Tool.Driver
	if d.Version != "1.2.3" || d.SemanticVersion != "1.2.3" {
		t.Errorf("driver version %q, semanticVersion %q; want 1.2.3 for both", d.Version, d.SemanticVersion)
	}
	for _, r := range d.Rules {
		if want := "https://github.com/mcpsec/mcplint/blob/v1.2.3/docs/rules/" + r.ID + ".md"; r.HelpURI != want {
			t.Errorf("%s helpUri %s, want %s", r.ID, r.HelpURI, want)
		}
	}
}

// TestDevelVersionStamp: a build from a checkout carries the commit the Go
// toolchain recorded, and its docs links point at main.
func TestDevelVersionStamp(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the mcplint binary")
	}
	if st, err := os.Stat(filepath.Join(repoRoot(t), ".git")); err != nil || !st.IsDir() {
		// The go command stamps VCS information only in a checkout with a
		// .git directory (not in a linked worktree).
		t.Skip("not a git clone")
	}
	bin := buildBinary(t, "-buildvcs=true")
	out, err := exec.Command(bin, "-version").Output()
	if err != nil {
		t.Fatalf("-version: %v", err)
	}
	if !strings.HasPrefix(string(out), "mcplint v") || !strings.Contains(string(out), "(commit ") {
		t.Errorf("-version of a checkout build printed %q; want a pseudo-version and the commit", out)
	}
}
