package bindall_test

import (
	"path/filepath"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/bindall"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestBindAll(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata", "go"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, bindall.Analyzer, "bind-all-interfaces")
}
