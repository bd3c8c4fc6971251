package output

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// BenchmarkSARIF10k renders a SARIF log of 10,000 taint findings with
// three-step flows over 100 source files, the size of a large monorepo's
// first scan: fingerprints, UTF-16 columns and code flows read every line.
func BenchmarkSARIF10k(b *testing.B) {
	dir := b.TempDir()
	var files []string
	line := strings.Repeat("x", 60) + " = subprocess.run(cmd, shell=True)  # é\n"
	for i := range 100 {
		p := filepath.Join(dir, "pkg", fmt.Sprintf("server%03d.py", i))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(strings.Repeat(line, 200)), 0o644); err != nil {
			b.Fatal(err)
		}
		files = append(files, p)
	}
	var fs []rule.Finding
	for i := range 10000 {
		file := files[i%len(files)]
		ln := 1 + (i/len(files))%200
		pos := func(l int) rule.Position { return rule.Position{File: file, Line: l, Col: 5, Col16: 5} }
		fs = append(fs, rule.Finding{
			RuleID: "MCP002", Severity: rule.Critical,
			Pos: pos(ln), End: rule.Position{File: file, Line: ln, Col: 40, Col16: 40},
			Message: fmt.Sprintf("tool argument \"cmd%d\" reaches subprocess.run with shell=True", i),
			Flow: []rule.Step{
				{Pos: pos(1), End: pos(1), Message: "tool argument \"cmd\""},
				{Pos: pos(2), End: pos(2), Message: "assigned to command"},
				{Pos: pos(ln), End: pos(ln), Message: "reaches subprocess.run"},
			},
		})
	}
	Sort(fs)
	r := &Report{Tool: "mcplint", Version: "bench", Root: dir, WorkDir: dir, Rules: rule.Rules,
		Findings: fs, Files: len(files), Lines: 200 * len(files), ExitCode: 1}
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, "sarif", r); err != nil {
			b.Fatal(err)
		}
	}
}
