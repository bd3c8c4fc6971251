// Package langs is the entry point of the tree-sitter engine: it maps file
// extensions to language data (langs/python, langs/typescript) and runs
// langs/engine over a set of files.
package langs

import "github.com/mcpsec/mcplint/analyzers/rule"

// Options configures one run of the tree-sitter engine.
type Options struct {
	// Enabled reports whether a rule is enabled; nil means all rules.
	Enabled func(ruleID string) bool
	// MaxFileSize is the largest file analysed, in bytes; larger files are
	// reported as skipped. Zero means the default.
	MaxFileSize int64
	// Workers is the number of parallel workers; zero means GOMAXPROCS.
	Workers int
	// ParseOnly parses every file and does nothing else (benchmarks).
	ParseOnly bool
}

// Supported reports whether path is a file this engine analyses, by name:
// .py .ts .mts .cts .tsx .js .jsx .mjs .cjs, but not .d.ts declarations.
func Supported(path string) bool {
	return false // TODO(engine): replaced by the tree-sitter engine
}

// Analyze reads, parses and analyses files (absolute paths). It never
// panics on bad input: unreadable or unparsable files become notices.
func Analyze(files []string, opts Options) rule.Output {
	return rule.Output{}
}
