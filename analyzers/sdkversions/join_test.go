package sdkversions

import (
	"os"
	"path/filepath"
	"testing"
)

// A manifest range that allows affected releases is settled by the lock
// file next to it (or above it, a workspace's) when the lock installs a
// fixed release; a lock that installs an affected one keeps both findings.
func TestJoinLockSettlesRange(t *testing.T) {
	const manifest = `{ "name": "s", "dependencies": { "@modelcontextprotocol/sdk": "^1.12.1" } }`
	lock := func(v string) string {
		return `{ "name": "s", "lockfileVersion": 3, "packages": { "node_modules/@modelcontextprotocol/sdk": { "version": "` + v + `" } } }`
	}
	for _, c := range []struct {
		installed string
		nested    bool // the package.json one directory below the lock (a workspace)
		want      int
	}{
		{"1.26.0", false, 0},
		{"1.26.0", true, 0},
		{"1.17.5", false, 2}, // the range and the lock pin
		{"1.17.5", true, 2},
	} {
		root := t.TempDir()
		pkgDir := root
		if c.nested {
			pkgDir = filepath.Join(root, "packages", "server")
		}
		write := func(p, s string) string {
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
				t.Fatal(err)
			}
			return p
		}
		ms := []string{write(filepath.Join(pkgDir, "package.json"), manifest), write(filepath.Join(root, "package-lock.json"), lock(c.installed))}
		out := Analyze(ms, Options{})
		Join(&out, ms, map[string]bool{"npm": true})
		if len(out.Findings) != c.want {
			t.Errorf("installed %s (nested %v): %d findings, want %d: %+v", c.installed, c.nested, len(out.Findings), c.want, out.Findings)
		}
	}
}
