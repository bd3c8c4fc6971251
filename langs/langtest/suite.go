package langtest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/langs/engine"
)

// RunRules runs the fixture directory testdata/<lang>/<rule name> of every
// rule the catalog claims for lang, each as a subtest. testdata is the path
// of the repository's testdata directory.
func RunRules(t *testing.T, testdata string, lang rule.Language, langs []*engine.Lang) {
	for _, r := range rule.Rules {
		if !r.Supports(lang) {
			continue
		}
		dir := filepath.Join(testdata, string(lang), r.Name)
		t.Run(r.Name, func(t *testing.T) { Run(t, dir, langs, r.ID) })
	}
}

// BenchAnalyze parses and analyses one file; the "parse" sub-benchmark
// shows the parse (and tree copy) cost alone.
func BenchAnalyze(b *testing.B, file string, langs []*engine.Lang) {
	p, _ := filepath.Abs(file)
	st, err := os.Stat(p)
	if err != nil {
		b.Fatal(err)
	}
	for _, parseOnly := range []bool{true, false} {
		name := "analyse"
		if parseOnly {
			name = "parse"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(st.Size())
			for i := 0; i < b.N; i++ {
				engine.Run([]string{p}, langs, engine.Options{ParseOnly: parseOnly, Workers: 1})
			}
		})
	}
}
