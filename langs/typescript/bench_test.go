package typescript_test

import (
	"path/filepath"
	"testing"

	"github.com/mcpsec/mcplint/langs/langtest"
)

// BenchmarkAnalyze parses and analyses one server file; its "parse"
// sub-benchmark shows the parse cost alone.
func BenchmarkAnalyze(b *testing.B) {
	langtest.BenchAnalyze(b, filepath.Join("..", "..", "testdata", "typescript", "bind-all-interfaces", "express.ts"), langs)
}
