package sdkversions

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// A project inside the SDK's own repository runs the workspace's SDK: its
// static version decides the gate.
func TestSelfProtectsStaticVersion(t *testing.T) {
	gate := &rule.Gate{Ecosystem: string(PyPI), Package: "mcp", Since: "1.23.0"}
	for version, want := range map[string]bool{"1.24.0": true, "1.23.0": true, "1.10.0": false} {
		dir := t.TempDir()
		m := filepath.Join(dir, "pyproject.toml")
		if err := os.WriteFile(m, []byte("[project]\nname = \"MCP\"\nversion = \""+version+"\"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		got := selfProtects(selfPackages([]string{m}), filepath.Join(dir, "examples", "server.py"), gate)
		if got != want {
			t.Errorf("version %s: selfProtects = %v, want %v", version, got, want)
		}
		// a file outside the SDK's directory is not decided by it
		if selfProtects(selfPackages([]string{m}), filepath.Join(filepath.Dir(dir), "other", "server.py"), gate) {
			t.Errorf("version %s: a file outside the workspace was decided by it", version)
		}
	}
}
