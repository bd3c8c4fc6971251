package taint_test

import (
	"path/filepath"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/cmdinjection"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestConformanceFixtures checks the findings of the Go conformance
// fixtures against their want comments.
func TestConformanceFixtures(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata", "go"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, cmdinjection.Analyzer, "conformance")
}
