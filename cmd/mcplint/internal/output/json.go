package output

import (
	"encoding/json"
	"io"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// JSONVersion is the version of the JSON output schema (docs/json-schema.json).
// It changes only when a field is removed or changes meaning; new fields may
// appear within a version.
const JSONVersion = 1

type jsonReport struct {
	Version    int           `json:"version"`
	Tool       jsonTool      `json:"tool"`
	Root       string        `json:"root"`
	Findings   []jsonFinding `json:"findings"`
	Suppressed []jsonFinding `json:"suppressed"`
	Notices    []jsonNotice  `json:"notices"`
	Config     *ConfigTrace  `json:"config,omitempty"`
	Summary    jsonSummary   `json:"summary"`
	Score      jsonScore     `json:"score"`
}

type jsonTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type jsonFinding struct {
	Rule          string       `json:"rule"`
	Name          string       `json:"name"`
	Severity      string       `json:"severity"`
	CWE           int          `json:"cwe"`
	Message       string       `json:"message"`
	File          string       `json:"file"`
	Line          int          `json:"line"`
	Column        int          `json:"column"`
	EndLine       int          `json:"endLine"`
	EndColumn     int          `json:"endColumn"`
	Flow          []jsonStep   `json:"flow,omitempty"`
	MoreFlows     [][]jsonStep `json:"moreFlows,omitempty"`
	Related       []jsonStep   `json:"related,omitempty"`
	Fixes         []jsonFix    `json:"fixes,omitempty"`
	Justification string       `json:"justification,omitempty"`
}

type jsonStep struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}

// jsonFix is a fix: edits that replace [offset, endOffset) bytes of a
// file (line and column give the same range) with text.
type jsonFix struct {
	Description string     `json:"description"`
	Edits       []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"endLine"`
	EndColumn int    `json:"endColumn"`
	Offset    int    `json:"offset"`
	EndOffset int    `json:"endOffset"`
	Text      string `json:"text"`
}

type jsonNotice struct {
	Level          string `json:"level"`
	File           string `json:"file,omitempty"`
	Line           int    `json:"line,omitempty"`
	Message        string `json:"message"`
	Failed         bool   `json:"failed,omitempty"`
	MayHideFinding bool   `json:"mayHideFinding,omitempty"`
}

type jsonSummary struct {
	Files      int            `json:"files"`
	Lines      int            `json:"lines"`
	Findings   int            `json:"findings"`
	Suppressed int            `json:"suppressed"`
	BySeverity map[string]int `json:"bySeverity"`
}

// writeJSON prints the versioned JSON report. Columns are 1-based bytes,
// paths relative to root with forward slashes.
func writeJSON(w io.Writer, r *Report) error {
	out := jsonReport{
		Version: JSONVersion, Tool: jsonTool{Name: r.Tool, Version: r.Version}, Root: r.Root,
		Findings: []jsonFinding{}, Suppressed: []jsonFinding{}, Notices: []jsonNotice{},
		Summary: jsonSummary{Files: r.Files, Lines: r.Lines, BySeverity: map[string]int{}},
	}
	for _, f := range r.Findings {
		jf := r.jsonFinding(f)
		if f.Suppressed != nil {
			jf.Justification = f.Suppressed.Justification
			out.Suppressed = append(out.Suppressed, jf)
			continue
		}
		out.Findings = append(out.Findings, jf)
		out.Summary.BySeverity[f.Severity.String()]++
	}
	out.Score = r.jsonScore()
	out.Summary.Findings = len(out.Findings)
	out.Summary.Suppressed = len(out.Suppressed)
	for _, n := range r.Notices {
		out.Notices = append(out.Notices, jsonNotice{Level: string(n.Level), File: rel(r.Root, n.File), Line: n.Line, Message: n.Message,
			Failed: n.Failed, MayHideFinding: n.MayHideFinding})
	}
	out.Config = r.Config.relative(r.Root)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func (r *Report) jsonFinding(f rule.Finding) jsonFinding {
	jf := jsonFinding{
		Rule: f.RuleID, Severity: f.Severity.String(), Message: f.Message,
		File: rel(r.Root, f.Pos.File), Line: f.Pos.Line, Column: f.Pos.Col, EndLine: f.End.Line, EndColumn: f.End.Col,
	}
	if ru, ok := rule.ByID(f.RuleID); ok {
		jf.Name, jf.CWE = ru.Name, ru.CWE
	}
	jf.Flow = r.jsonFlow(f.Flow)
	for _, fl := range f.MoreFlows {
		jf.MoreFlows = append(jf.MoreFlows, r.jsonFlow(fl))
	}
	jf.Related = r.jsonFlow(f.Related)
	for _, fx := range f.Fixes {
		j := jsonFix{Description: fx.Description, Edits: []jsonEdit{}}
		for _, e := range fx.Edits {
			j.Edits = append(j.Edits, jsonEdit{File: rel(r.Root, e.File), Line: e.Pos.Line, Column: e.Pos.Col, EndLine: e.End.Line, EndColumn: e.End.Col,
				Offset: e.Offset, EndOffset: e.EndOffset, Text: e.New})
		}
		jf.Fixes = append(jf.Fixes, j)
	}
	return jf
}

func (r *Report) jsonFlow(steps []rule.Step) []jsonStep {
	var out []jsonStep
	for _, s := range steps {
		out = append(out, jsonStep{File: rel(r.Root, s.Pos.File), Line: s.Pos.Line, Column: s.Pos.Col, Message: s.Message})
	}
	return out
}
