package misleadingannotations_test

import (
	"path/filepath"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/misleadingannotations"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata", "go"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, misleadingannotations.Analyzer, "misleading-tool-annotations/...")
}
