package stdiostdout_test

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/stdiostdout"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata", "go"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, stdiostdout.Analyzer, "stdio-stdout/...")
}

// TestImportedWriteRelated checks that a write in another package, reported
// at the stdio start of main, carries the write itself as related
// information (the fact holds its place by file name and offset).
func TestImportedWriteRelated(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata", "go"))
	if err != nil {
		t.Fatal(err)
	}
	results := analysistest.Run(t, testdata, stdiostdout.Analyzer, "stdio-stdout/module")
	found := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if len(d.Related) != 1 {
				t.Errorf("%s: want one related location, got %d", d.Message, len(d.Related))
				continue
			}
			rel := r.Action.Package.Fset.Position(d.Related[0].Pos)
			end := r.Action.Package.Fset.Position(d.Related[0].End)
			want := map[string]string{"fmt.Println": "tools/tools.go:15", "fmt.Printf": "tools/extra/extra.go:20"}
			for call, loc := range want {
				if strings.HasPrefix(d.Message, call+" ") {
					found++
					got := filepath.ToSlash(rel.Filename) + ":" + strconv.Itoa(rel.Line)
					if !strings.HasSuffix(got, loc) || end.Line != rel.Line || end.Column <= rel.Column {
						t.Errorf("%s: related %s-%s, want %s", d.Message, rel, end, loc)
					}
				}
			}
		}
	}
	if found != 2 {
		t.Errorf("found %d imported writes, want 2", found)
	}
}
