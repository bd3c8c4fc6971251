// Package output renders a finished scan in mcplint's formats: text, json,
// github (workflow annotations) and sarif. Formatters only render: the
// findings arrive merged, filtered, suppressed and sorted.
package output

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/analyzers/safefile"
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
	// Config is what a configuration file turned off or changed, nil
	// without one (JSON "config", SARIF run properties).
	Config *ConfigTrace
	// Options for SARIF.
	SARIFCategory    string // automationDetails.id when non-empty
	SARIFAbsoluteURI bool   // file:// URIs instead of %SRCROOT%-relative ones
	// Color lets text output use ANSI colours (a terminal).
	Color bool
}

// ConfigTrace records what a configuration file did to a run. The file
// may come from the pull request being scanned, so that whatever it turns
// off (rules, paths, findings, the failing threshold) is shown in every
// output rather than silently trusted.
type ConfigTrace struct {
	File     string            `json:"file"`               // relative to the root in JSON and SARIF
	Disabled []string          `json:"disabled,omitempty"` // rule IDs the file turned off
	Exclude  []string          `json:"exclude,omitempty"`  // globs of paths not analysed, as written
	Ignore   []string          `json:"ignore,omitempty"`   // "MCP001 in server.py: reason"
	Severity map[string]string `json:"severity,omitempty"` // rule ID -> severity the file set
	FailOn   string            `json:"failOn,omitempty"`   // the file's fail-on, when it applied
}

// relative returns a copy of c with its file relative to root.
func (c *ConfigTrace) relative(root string) *ConfigTrace {
	if c == nil {
		return nil
	}
	cp := *c
	cp.File = rel(root, c.File)
	return &cp
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
	b, err := safefile.Read(path, safefile.ManifestLimit)
	if err != nil {
		b = nil
	}
	c[path] = b
	return b
}
