package python_test

import (
	"path/filepath"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/python"

	"github.com/mcpsec/mcplint/langs/engine"
	"github.com/mcpsec/mcplint/langs/langtest"
	pylang "github.com/mcpsec/mcplint/langs/python"
)

var conformanceDir = filepath.Join("..", "..", "testdata", "conformance", "python")

// TestConformance holds the conformance table complete for the Python
// grammar: a node type without a decision, or a decision no fixture case
// exercises, fails.
func TestConformance(t *testing.T) {
	langtest.Conformance(t, pylang.Lang, []*sitter.Language{python.GetLanguage()}, conformanceDir)
}

// TestConformanceFixtures checks the findings of the conformance fixtures
// against their want comments.
func TestConformanceFixtures(t *testing.T) {
	langtest.Run(t, conformanceDir, []*engine.Lang{pylang.Lang})
}
