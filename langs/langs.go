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
	"time"

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

// Analyze reads, parses and analyses files (absolute paths). It never
// panics on bad input: unreadable or unparsable files become notices.
func Analyze(files []string, opts Options) rule.Output {
	return engine.Run(files, Languages, engine.Options{
		Enabled:     opts.Enabled,
		MaxFileSize: opts.MaxFileSize,
		Workers:     opts.Workers,
		ParseOnly:   opts.ParseOnly,
		FileTimeout: opts.FileTimeout,
		Progress:    opts.Progress,
	})
}
