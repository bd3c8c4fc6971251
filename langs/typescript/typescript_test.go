package typescript_test

import (
	"path/filepath"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/langs/engine"
	"github.com/mcpsec/mcplint/langs/langtest"
	"github.com/mcpsec/mcplint/langs/typescript"
)

var langs = []*engine.Lang{typescript.Lang}

// TestRules runs every rule fixture directory testdata/typescript/<rule name>.
func TestRules(t *testing.T) {
	for _, r := range rule.Rules {
		if !r.Supports(rule.TypeScript) {
			continue
		}
		dir := filepath.Join("..", "..", "testdata", "typescript", r.Name)
		t.Run(r.Name, func(t *testing.T) { langtest.Run(t, dir, langs, r.ID) })
	}
}

func TestServer(t *testing.T) {
	langtest.Run(t, filepath.Join("..", "..", "testdata", "servers", "typescript"), langs)
}
