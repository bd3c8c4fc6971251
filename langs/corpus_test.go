package langs

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkCorpus analyses the tree named by $MCPLINT_CORPUS (skipped when
// unset); $MCPLINT_PARSE_ONLY=1 stops after parsing.
func BenchmarkCorpus(b *testing.B) {
	root := os.Getenv("MCPLINT_CORPUS")
	if root == "" {
		b.Skip("set MCPLINT_CORPUS to a directory")
	}
	var files []string
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && Supported(p) {
			files = append(files, p)
		}
		return nil
	})
	for i := 0; i < b.N; i++ {
		Analyze(files, Options{ParseOnly: os.Getenv("MCPLINT_PARSE_ONLY") != ""})
	}
}
