// Package output renders a finished scan in mcplint's formats: text, json,
// github (workflow annotations) and sarif. Formatters only render: the
// findings arrive merged, filtered, suppressed and sorted.
package output

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/score"
)

// Report is one finished scan.
type Report struct {
	Tool     string // "mcplint"
	Version  string
	Root     string // absolute; SARIF and JSON paths are relative to it
	WorkDir  string // absolute; text paths are relative to it when below it
	Rules    []*rule.Rule
	Findings []rule.Finding // sorted; includes suppressed ones
	Notices  []rule.Notice  // sorted
	Files    int
	Lines    int
	// Scores rates each MCP server found in the scan (score format, the
	// text summary and JSON).
	Scores []score.Result
	// ExitCode is the exit code the run will end with, for SARIF invocations.
	ExitCode int
	// Options for SARIF.
	SARIFCategory    string // automationDetails.id when non-empty
	SARIFAbsoluteURI bool   // file:// URIs instead of %SRCROOT%-relative ones
	// Color lets text output use ANSI colours (a terminal).
	Color bool
}

// Formats lists the format names in documentation order.
var Formats = []string{"text", "concise", "json", "github", "sarif", "score", "html"}

// Write renders r in format to w.
func Write(w io.Writer, format string, r *Report) error {
	switch format {
	case "text":
		return writeText(w, r)
	case "concise":
		return writeConcise(w, r)
	case "html":
		return writeHTML(w, r)
	case "json":
		return writeJSON(w, r)
	case "github":
		return writeGitHub(w, r)
	case "sarif":
		return writeSARIF(w, r)
	case "score":
		return writeScore(w, r)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

// Sort orders findings by file, line, column, rule, then message so that
// output is byte-identical whatever the order engines produced them in.
func Sort(fs []rule.Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Pos.File != b.Pos.File {
			return a.Pos.File < b.Pos.File
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		if a.Pos.Col != b.Pos.Col {
			return a.Pos.Col < b.Pos.Col
		}
		if a.RuleID != b.RuleID {
			return a.RuleID < b.RuleID
		}
		return a.Message < b.Message
	})
}

// SortNotices orders notices by file, line, then message.
func SortNotices(ns []rule.Notice) {
	sort.SliceStable(ns, func(i, j int) bool {
		a, b := ns[i], ns[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Message < b.Message
	})
}

// rel returns path relative to base with forward slashes, or the absolute
// path (forward slashes) when it is not below base.
func rel(base, path string) string {
	if path == "" {
		return ""
	}
	if r, err := filepath.Rel(base, path); err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(r)
	}
	return filepath.ToSlash(path)
}

// displayPath is how text output names a file: relative to the working
// directory when below it (clickable in terminals and editors), else absolute.
func (r *Report) displayPath(path string) string {
	if r.WorkDir != "" {
		if p, err := filepath.Rel(r.WorkDir, path); err == nil && !strings.HasPrefix(p, "..") {
			return p
		}
	}
	return path
}

// active returns the findings that are not suppressed.
func (r *Report) active() []rule.Finding {
	out := make([]rule.Finding, 0, len(r.Findings))
	for _, f := range r.Findings {
		if f.Suppressed == nil {
			out = append(out, f)
		}
	}
	return out
}

// readLines returns the lines of a file for output-time needs (UTF-16
// columns, fingerprints), caching per report. Files that cannot be read
// yield nil; callers degrade gracefully.
type lineCache map[string][]byte

func (c lineCache) file(path string) []byte {
	if b, ok := c[path]; ok {
		return b
	}
	b, err := os.ReadFile(path)
	if err != nil {
		b = nil
	}
	c[path] = b
	return b
}
