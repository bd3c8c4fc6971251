// Package fixtest checks that an analyzer's suggested fixes resolve what
// they are offered for: it analyses a fixture package with its .golden
// files (every fix applied) in place of the sources and expects only the
// diagnostics that offered no fix to remain.
package fixtest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// quiet collects analysistest's complaints (the fixed files still carry
// their `// want` comments) without failing the test.
type quiet struct{ errs []string }

func (q *quiet) Errorf(format string, args ...any) {
	q.errs = append(q.errs, fmt.Sprintf(format, args...))
}

// Rescan analyses pkg under testdata (a GOPATH tree) twice: as it is, and
// with every file replaced by its .golden twin. The fixed package must
// report exactly the diagnostics of the original that offered no fix.
func Rescan(t *testing.T, testdata string, a *analysis.Analyzer, pkg string) {
	t.Helper()
	before := diagnostics(t, testdata, a, pkg)
	tmp := t.TempDir()
	src := filepath.Join(testdata, "src")
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		inPkg := filepath.Dir(rel) == filepath.FromSlash(pkg)
		if d.IsDir() || !(strings.HasPrefix(rel, "github.com"+string(filepath.Separator)) || inPkg) || strings.HasSuffix(path, ".golden") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if inPkg {
			if g, err := os.ReadFile(path + ".golden"); err == nil {
				data = g
			}
		}
		dst := filepath.Join(tmp, "src", rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	after := diagnostics(t, tmp, a, pkg)
	var want []string
	for _, d := range before {
		if !d.fixed {
			want = append(want, d.msg)
		}
	}
	var got []string
	for _, d := range after {
		got = append(got, d.msg)
		if d.fixed {
			t.Errorf("after the fixes, still a fixable finding: %s", d.msg)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("after the fixes, findings are\n\t%s\nwant only those that offered no fix:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
	if len(want) == len(before) {
		t.Errorf("no diagnostic of %s offers a fix", pkg)
	}
}

type diag struct {
	msg   string
	fixed bool
}

func diagnostics(t *testing.T, dir string, a *analysis.Analyzer, pkg string) []diag {
	var out []diag
	for _, r := range analysistest.Run(&quiet{}, dir, a, pkg) {
		if r.Err != nil {
			t.Fatalf("%s: %v", pkg, r.Err)
		}
		for _, d := range r.Diagnostics {
			out = append(out, diag{msg: d.Message, fixed: len(d.SuggestedFixes) > 0})
		}
	}
	return out
}
