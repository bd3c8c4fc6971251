package sdkversions

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestFixtures scans the rule's fixture directories: every manifest under a
// bad/ directory yields exactly the findings listed here (file:line), and
// nothing under good/ is reported.
func TestFixtures(t *testing.T) {
	root := filepath.Join("..", "..", "testdata")
	want := map[string][]string{
		filepath.Join(root, "python", "vulnerable-sdk"): {
			"bad/poetry/poetry.lock:5 poetry.lock pins mcp 1.22.0",
			"bad/poetry/pyproject.toml:8 mcp = \"^1.9\" allows versions below 1.23.0",
			"bad/pyproject.toml:6 \"mcp[cli]>=1.10\" allows versions below 1.23.0",
			"bad/pyproject.toml:10 \"mcp==1.9.4\" pins a version below 1.23.0",
			"bad/requirements.txt:3 \"mcp~=1.20\" allows versions below 1.23.0",
			"bad/uv.lock:11 uv.lock pins mcp 1.9.4",
		},
		filepath.Join(root, "typescript", "vulnerable-sdk"): {
			"bad/package-lock.json:15 package-lock.json pins @modelcontextprotocol/sdk 1.17.5",
			"bad/package.json:6 \"@modelcontextprotocol/sdk\": \"^1.17.0\" allows versions below 1.24.0",
			"bad/package.json:10 \"@modelcontextprotocol/sdk\": \"1.12.1\" pins a version below 1.24.0",
			"bad/pnpm/pnpm-lock.yaml:13 pnpm-lock.yaml pins @modelcontextprotocol/sdk 1.20.2",
			"bad/yarn/yarn.lock:6 yarn.lock pins @modelcontextprotocol/sdk 1.11.2",
		},
		filepath.Join(root, "go", "src", "vulnerable-sdk"): {
			"bad/go.mod:7 github.com/modelcontextprotocol/go-sdk v1.2.0 pins a version below v1.4.0",
		},
	}
	for dir, lines := range want {
		var manifests []string
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && IsManifest(p) {
				abs, _ := filepath.Abs(p)
				manifests = append(manifests, abs)
			}
			return nil
		})
		out := Analyze(manifests, Options{})
		for _, n := range out.Notices {
			t.Errorf("notice: %s", n)
		}
		absDir, _ := filepath.Abs(dir)
		var got []string
		for _, f := range out.Findings {
			rel, _ := filepath.Rel(absDir, f.Pos.File)
			if strings.HasPrefix(rel, "good") {
				t.Errorf("finding in a good manifest: %s:%d %s", rel, f.Pos.Line, f.Message)
			}
			got = append(got, fmt.Sprintf("%s:%d %s", filepath.ToSlash(rel), f.Pos.Line, f.Message))
		}
		sort.Strings(got)
		sort.Strings(lines)
		if len(got) != len(lines) {
			t.Errorf("%s: got %d findings, want %d:\n%s", dir, len(got), len(lines), strings.Join(got, "\n"))
			continue
		}
		for i := range got {
			if !strings.HasPrefix(got[i], lines[i]) {
				t.Errorf("got  %s\nwant %s...", got[i], lines[i])
			}
		}
	}
}
