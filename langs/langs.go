// Package langs is the entry point of the tree-sitter engine: it maps file
// extensions to language data (langs/python, langs/typescript) and runs
// langs/engine over a set of files.
//
// Only projects that are MCP servers produce findings: the files are
// grouped into projects (nearest pyproject.toml / package.json, or all
// files without one), and a project is analysed when one of its files of
// that language imports an MCP SDK (python mcp or fastmcp; TypeScript
// @modelcontextprotocol/sdk, fastmcp or mcp-framework). Every file is still
// parsed, counted and searched for suppression directives.
package langs

import (
	"path"
	"strings"
	"time"

	"github.com/mcpsec/mcplint/analyzers/knowledge"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/langs/engine"
	"github.com/mcpsec/mcplint/langs/python"
	"github.com/mcpsec/mcplint/langs/typescript"
)

// Options configures one run of the tree-sitter engine.
type Options struct {
	// Enabled reports whether a rule is enabled; nil means all rules.
	Enabled func(ruleID string) bool
	// MaxFileSize is the largest file analysed, in bytes; larger files are
	// reported as skipped. Zero means the default.
	MaxFileSize int64
	// Models are project functions the user declared (.mcplint.yml); each
	// language reads those of its own.
	Models []knowledge.Model
	// Workers is the number of parallel workers; zero means GOMAXPROCS.
	Workers int
	// ParseOnly parses every file and does nothing else (benchmarks).
	ParseOnly bool
	// FileTimeout is the time budget of one file (parse and analysis); a
	// file that runs out is reported. Zero means no limit.
	FileTimeout time.Duration
	// Progress, when set, is called (from any goroutine) each time a file
	// has been parsed and each time a project's files have been analysed,
	// with the files parsed and analysed so far and their total.
	Progress func(parsed, analysed, total int)
}

// Languages is the language data the engine runs with.
var Languages = []*engine.Lang{python.Lang, typescript.Lang}

// Supported reports whether path is a file this engine analyses, by name:
// .py .ts .mts .cts .tsx .js .jsx .mjs .cjs, but not .d.ts declarations.
func Supported(path string) bool {
	for _, l := range Languages {
		if l.Grammar(path) != nil {
			return true
		}
	}
	return false
}

// testDirs are directory names that hold test code in every language the
// engine reads (pytest's tests/, mocha's test/, jest's __tests__/).
var testDirs = map[string]bool{"test": true, "tests": true, "__tests__": true}

// TestDir reports whether a directory of that name holds test code of the
// languages this engine reads.
func TestDir(name string) bool { return testDirs[name] }

// TestFile reports whether a file of that base name is test code by its
// language's convention (test_x.py, x_test.py, conftest.py, x.test.ts,
// x.spec.js). With TestDir it is the test-code policy: the walk skips
// test code unless the command line names it, as go vet skips _test.go
// files, because a test's fake server, verifier or transport is not the
// server being shipped.
func TestFile(base string) bool {
	for _, l := range Languages {
		if l.Grammar(base) != nil {
			return l.TestFile != nil && l.TestFile(base)
		}
	}
	return false
}

// Test reports whether rel, a slash-separated path, is test code of this
// engine's languages: a test file, or a source file in a test directory.
func Test(rel string) bool {
	base := path.Base(rel)
	if !Supported(base) {
		return false
	}
	if TestFile(base) {
		return true
	}
	for _, d := range strings.Split(path.Dir(rel), "/") {
		if testDirs[d] {
			return true
		}
	}
	return false
}

// Analyze reads, parses and analyses files (absolute paths). It never
// panics on bad input: unreadable or unparsable files become notices.
func Analyze(files []string, opts Options) rule.Output {
	langs := Languages
	if len(opts.Models) > 0 {
		langs = nil
		for _, l := range Languages {
			langs = append(langs, engine.WithModels(l, knowledge.ModelsFor(opts.Models, l.Name)))
		}
	}
	return engine.Run(files, langs, engine.Options{
		Enabled:     opts.Enabled,
		MaxFileSize: opts.MaxFileSize,
		Workers:     opts.Workers,
		ParseOnly:   opts.ParseOnly,
		FileTimeout: opts.FileTimeout,
		Progress:    opts.Progress,
	})
}

// RawParse parses the files with the plain tree-sitter parser and nothing
// else, under the same file limits as Analyze, and returns the files
// parsed and their lines: the yardstick against which benchmarks hold
// ParseOnly.
func RawParse(files []string, opts Options) (nfiles, nlines int) {
	return engine.RawParse(files, Languages, engine.Options{MaxFileSize: opts.MaxFileSize, Workers: opts.Workers})
}
