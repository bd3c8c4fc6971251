// Package rule is mcplint's shared vocabulary: rule metadata (the catalog),
// severities, findings with their positions and flow steps, engine notices,
// and the suppression-directive parser. Both engines (go/analysis under
// analyzers/ and tree-sitter under langs/) speak only these types; the CLI
// merges, filters, sorts and prints them.
//
// The package is pure Go with no cgo so the golangci-lint plugin can use it.
package rule

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Severity ranks how bad a finding is. Higher is worse.
type Severity int

// Severities, lowest first. The zero value is not a valid severity so that a
// forgotten field is caught by the catalog checks.
const (
	Low Severity = iota + 1
	Medium
	High
	Critical
)

var severityNames = map[Severity]string{Low: "low", Medium: "medium", High: "high", Critical: "critical"}

// String returns the lower-case name used in every output format.
func (s Severity) String() string {
	if n, ok := severityNames[s]; ok {
		return n
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// ParseSeverity accepts the names String returns.
func ParseSeverity(s string) (Severity, error) {
	for sev, n := range severityNames {
		if strings.EqualFold(s, n) {
			return sev, nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want low, medium, high or critical)", s)
}

// SecurityScore is the numeric severity GitHub code scanning reads from the
// rule property "security-severity" (0.0-10.0; >=9 critical, >=7 high,
// >=4 medium, else low).
func (s Severity) SecurityScore() string {
	switch s {
	case Critical:
		return "9.5"
	case High:
		return "8.0"
	case Medium:
		return "5.5"
	default:
		return "3.0"
	}
}

// SARIFLevel maps a severity to a SARIF result level.
func (s Severity) SARIFLevel() string {
	switch s {
	case Critical, High:
		return "error"
	case Medium:
		return "warning"
	default:
		return "note"
	}
}

// Language names a source language mcplint analyses.
type Language string

// The languages. TypeScript covers JavaScript too: one grammar family, one
// set of SDK data.
const (
	Go         Language = "go"
	Python     Language = "python"
	TypeScript Language = "typescript"
)

// AllLanguages lists the languages in a stable order.
var AllLanguages = []Language{Go, Python, TypeScript}

// Position is a place in a source file. Line and Col are 1-based; Col counts
// bytes, as go/token does. Col16 is the same column counted in UTF-16 code
// units (what SARIF viewers and GitHub expect); producers fill it because they
// hold the source text. Zero Col16 means "same as Col" (ASCII line).
type Position struct {
	File  string // absolute, cleaned, OS separators
	Line  int
	Col   int
	Col16 int
}

// UTF16Col returns the 1-based UTF-16 column of the 1-based byte column col
// in line (the text of the line, without its terminator). Invalid UTF-8
// bytes count as one unit each, as a decoder substituting U+FFFD would.
func UTF16Col(line []byte, col int) int {
	if col <= 1 {
		return 1
	}
	end := col - 1
	if end > len(line) {
		end = len(line)
	}
	units := 0
	for i := 0; i < end; {
		r, size := utf8.DecodeRune(line[i:])
		if r >= 0x10000 {
			units += 2
		} else {
			units++
		}
		i += size
	}
	// Columns past the end of the line (e.g. at a newline) keep their offset.
	return units + 1 + (col - 1 - end)
}

// Step is one hop of a taint flow: the source, each assignment or call the
// value passed through, and the sink.
type Step struct {
	Pos     Position
	End     Position
	Message string
}

// Finding is one reported problem. Message follows the house style: lower
// case, no final period, no rule ID, names the concrete things.
type Finding struct {
	RuleID   string
	Severity Severity // effective severity; engines set the rule default or a deliberate variant
	Pos      Position
	End      Position
	Message  string
	Flow     []Step // source to sink, empty for non-taint findings
	// Related are other places that explain a finding without being a
	// flow: where the transport was created, where the token was read.
	Related []Step

	// MoreFlows are the flows from further sources to the same sink, one
	// per source: a sink is reported once, however many arguments or
	// tools reach it, so that counts reflect root causes. Flow is the
	// first, a tool argument's when one reaches the sink.
	MoreFlows [][]Step

	// Gate, when set, makes the finding depend on the SDK version the
	// project selects: the CLI drops it when the manifest or lock file
	// nearest to the finding's file selects Gate.Package at Gate.Since or
	// later (MCP005 on a transport whose SDK validates Host by default
	// from that version on). Engines that cannot see manifests report
	// gated findings as they are.
	Gate *Gate

	// Fixes are edits that resolve the finding, when the fix is
	// mechanical and exact (see Fix); most findings have none.
	Fixes []Fix

	// Suppressed is set by the CLI when a directive silences the finding;
	// SARIF keeps such results with a suppression, text output hides them.
	Suppressed *Suppression
}

// FlowBreak is the message of the related-information step with which a Go
// analyzer starts a further flow to the same sink (go/analysis diagnostics
// carry one list of related steps): the CLI splits the list there into
// Finding.Flow and Finding.MoreFlows.
const FlowBreak = "another source reaches this sink:"

// Gate names an SDK release from which on a finding no longer holds.
type Gate struct {
	Ecosystem string // "pypi", "npm" or "go"
	Package   string // as the registry spells it
	Since     string // first version that fixes what the finding reports
}

// GateCategory is the analysis.Diagnostic Category with which a Go
// analyzer gates a finding (Finding.Gate); the CLI reads it back with
// ParseGateCategory. Other drivers (go vet, golangci-lint) see no
// manifests and report the finding as it is.
func GateCategory(g *Gate) string {
	return "gate:" + g.Ecosystem + " " + g.Package + " " + g.Since
}

// ParseGateCategory reads a GateCategory.
func ParseGateCategory(c string) (*Gate, bool) {
	rest, ok := strings.CutPrefix(c, "gate:")
	if !ok {
		return nil, false
	}
	f := strings.Fields(rest)
	if len(f) != 3 {
		return nil, false
	}
	return &Gate{Ecosystem: f[0], Package: f[1], Since: f[2]}, true
}

// Served is one MCP HTTP transport served in the scanned code.
type Served struct {
	File      string // absolute path of the file that serves it
	Ecosystem string // "pypi", "npm" or "go"
	Package   string // the SDK whose transport code serves it
}

// Suppression records why a finding was silenced.
type Suppression struct {
	Kind          string // "inSource" for comments, "external" for config or baseline
	Justification string
	Pos           Position
	// Baseline is true when a -baseline entry silenced the finding: it is
	// accepted for now, not judged safe, so the security score still
	// counts it.
	Baseline bool
}

// NoticeLevel says how serious an engine notice is.
type NoticeLevel string

// Notice levels, as SARIF toolExecutionNotifications name them.
const (
	NoticeError   NoticeLevel = "error"
	NoticeWarning NoticeLevel = "warning"
	NoticeNote    NoticeLevel = "note"
)

// Notice reports something an engine could not do completely: a file that
// could not be read or parsed, a package loaded with errors, a bound hit.
// Notices never disappear silently: the CLI prints them to stderr and SARIF
// carries them as tool execution notifications.
type Notice struct {
	Level   NoticeLevel
	File    string // absolute path, or "" for notices about the whole run
	Line    int    // 0 when not about a line
	Message string
	// Failed is true when the file (or package) could not be analysed at all,
	// as opposed to analysed with degraded information.
	Failed bool
	// MayHideFinding is true when a bound (a step or time budget) cut the
	// analysis where a finding may hide: a tool argument was still flowing
	// into code that was not analysed. The CLI reports such a notice as a
	// warning in every format and fails the run (exit 3), since a clean
	// result would not be trustworthy.
	MayHideFinding bool
}

func (n Notice) String() string {
	loc := n.File
	if loc != "" && n.Line > 0 {
		loc = fmt.Sprintf("%s:%d", loc, n.Line)
	}
	if loc == "" {
		return fmt.Sprintf("%s: %s", n.Level, n.Message)
	}
	return fmt.Sprintf("%s: %s: %s", loc, n.Level, n.Message)
}

// Output is what an engine hands the CLI for one run.
type Output struct {
	Findings []Finding
	// Served lists the MCP HTTP transports the engines found served by a
	// listener or web route, whatever the enabled rules; the CLI joins
	// them with the manifests (MCP014 is severe only where one is served).
	Served     []Served
	Directives []Directive // every suppression comment seen in analysed files
	Notices    []Notice
	Files      int // source files analysed (for the summary line)
	Lines      int // source lines analysed
}

// Merge appends o2 to o.
func (o *Output) Merge(o2 Output) {
	o.Findings = append(o.Findings, o2.Findings...)
	o.Served = append(o.Served, o2.Served...)
	o.Directives = append(o.Directives, o2.Directives...)
	o.Notices = append(o.Notices, o2.Notices...)
	o.Files += o2.Files
	o.Lines += o2.Lines
}
