package output

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// writeGitHub prints GitHub Actions workflow commands, which the runner turns
// into annotations on the pull request diff. Paths are relative to the
// repository root, as the runner expects.
func writeGitHub(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
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

// escapeData and escapeProperty follow the runner's command escaping rules.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
