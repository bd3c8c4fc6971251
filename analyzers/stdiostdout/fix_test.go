package stdiostdout_test

import (
	"path/filepath"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/internal/fixtest"
	"github.com/mcpsec/mcplint/analyzers/stdiostdout"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestFixes applies every suggested fix (the golangci-lint --fix and gopls
// path) and compares the result with the .golden files.
func TestFixes(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata", "go"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testdata, stdiostdout.Analyzer, "stdio-stdout/fix")
}

// TestFixesRescan analyses the fixed package: only the findings that
// offered no fix remain.
func TestFixesRescan(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata", "go"))
	if err != nil {
		t.Fatal(err)
	}
	fixtest.Rescan(t, testdata, stdiostdout.Analyzer, "stdio-stdout/fix")
}
