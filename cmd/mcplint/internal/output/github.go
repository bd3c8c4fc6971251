package output

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/termsafe"
)

// writeGitHub prints GitHub Actions workflow commands, which the runner turns
// into annotations on the pull request diff. Paths are relative to the
// repository root, as the runner expects.
//
// Every value is escaped twice: termsafe removes controls (a name holding
// "\n::stop-commands::x" would otherwise end the command and start another),
// then the runner's own percent-encoding keeps '%', and ':' and ',' in
// properties, from being read as syntax.
//
// Notices that make the run fail (an input not analysed, or a bound that
// may hide a finding) are annotations too, so that a pull request shows why
// the check failed where the reviewer looks; so is what the configuration
// file turned off, since the pull request may be what turned it off.
func writeGitHub(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	for _, n := range r.Notices {
		config := r.Config != nil && n.File == r.Config.File && n.Level != rule.NoticeNote
		if !n.Failed && !n.MayHideFinding && !config {
			continue
		}
		level := "warning"
		if n.Level == rule.NoticeError {
			level = "error"
		}
		loc := ""
		if n.File != "" {
			loc = " file=" + escapeProperty(rel(r.Root, n.File))
			if n.Line > 0 {
				loc += fmt.Sprintf(",line=%d", n.Line)
			}
			loc += ","
		} else {
			loc = " "
		}
		fmt.Fprintf(bw, "::%s%stitle=mcplint::%s\n", level, loc, escapeData(n.Message))
	}
	for _, f := range r.active() {
		ru, _ := rule.ByID(f.RuleID)
		title := f.RuleID
		if ru != nil {
			title += " " + ru.Name
		}
		fmt.Fprintf(bw, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			annotationLevel(f.Severity), escapeProperty(rel(r.Root, f.Pos.File)), f.Pos.Line, f.Pos.Col,
			f.End.Line, f.End.Col, escapeProperty(title), escapeData(f.Message+" ("+f.Severity.String()+")"))
	}
	return bw.Flush()
}

func annotationLevel(s rule.Severity) string {
	switch s {
	case rule.Critical, rule.High:
		return "error"
	case rule.Medium:
		return "warning"
	default:
		return "notice"
	}
}

// escapeData and escapeProperty follow the runner's command escaping rules,
// after termsafe has escaped every control character.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(termsafe.String(s))
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(termsafe.String(s))
}
