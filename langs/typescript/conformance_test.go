package typescript_test

import (
	"path/filepath"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/javascript"
	"github.com/smacker/go-tree-sitter/typescript/tsx"
	"github.com/smacker/go-tree-sitter/typescript/typescript"

	"github.com/mcpsec/mcplint/langs/langtest"
	tslang "github.com/mcpsec/mcplint/langs/typescript"
)

var conformanceDirs = []string{
	filepath.Join("..", "..", "testdata", "conformance", "typescript"),
	filepath.Join("..", "..", "testdata", "conformance", "javascript"),
}

// TestConformance holds the conformance table complete for the
// TypeScript, TSX and JavaScript grammars: a node type without a decision,
// or a decision no fixture case exercises, fails.
func TestConformance(t *testing.T) {
	grammars := []*sitter.Language{typescript.GetLanguage(), tsx.GetLanguage(), javascript.GetLanguage()}
	langtest.Conformance(t, tslang.Lang, grammars, conformanceDirs...)
}

// TestConformanceFixtures checks the findings of the conformance fixtures
// against their want comments.
func TestConformanceFixtures(t *testing.T) {
	for _, dir := range conformanceDirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			langtest.Run(t, dir, langs)
		})
	}
}
