package python_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/mcpsec/mcplint/langs/engine"
)

// BenchmarkAnalyze parses and analyses one server file; ParseOnly shows the
// parse (and copy) cost alone.
func BenchmarkAnalyze(b *testing.B) {
	p, _ := filepath.Abs(filepath.Join("..", "..", "testdata", "python", "bind-all-interfaces", "servers.py"))
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
