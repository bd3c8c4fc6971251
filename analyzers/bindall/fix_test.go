package bindall_test

import (
	"path/filepath"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/bindall"
	"github.com/mcpsec/mcplint/analyzers/internal/fixtest"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestFixes applies every suggested fix (the golangci-lint --fix and gopls
// path) and compares the result with fix.go.golden.
func TestFixes(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata", "go"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testdata, bindall.Analyzer, "bind-all-interfaces/fix")
}

// TestFixesRescan analyses the fixed package: only the findings that
// offered no fix remain.
func TestFixesRescan(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata", "go"))
	if err != nil {
		t.Fatal(err)
	}
	fixtest.Rescan(t, testdata, bindall.Analyzer, "bind-all-interfaces/fix")
}
