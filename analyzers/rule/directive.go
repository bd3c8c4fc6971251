package rule

import (
	"regexp"
	"strings"
)

// DirectiveMarker starts a suppression directive inside a comment.
const DirectiveMarker = "mcplint:ignore"

// Directive is a parsed `mcplint:ignore ID[,ID...] -- reason` comment. It
// silences matching findings on its own line and on the line below it.
type Directive struct {
	Pos     Position // where the comment starts
	IDs     []string
	Reason  string
	Problem string // non-empty when the directive is malformed; it then silences nothing
	// Nolint marks a Go //nolint:mcplint (or bare //nolint, //nolint:all)
	// comment: it covers every rule and is not reported when unused, since
	// golangci-lint's nolintlint owns that check.
	Nolint bool
}

var (
	ruleIDPattern = regexp.MustCompile(`^MCP[0-9]{3}$`)
	// markerPattern finds the marker only at the start of the comment body
	// (after comment punctuation), so prose that merely mentions the syntax
	// mid-sentence is not taken for a directive.
	markerPattern = regexp.MustCompile(`^[\s/#*!<>-]*` + regexp.QuoteMeta(DirectiveMarker) + `\b`)
)

// ParseDirective reads one comment's text (including its comment markers,
// e.g. "# mcplint:ignore MCP002 -- argv is fixed"). ok is false when the
// comment is not a directive at all. A directive that is present but
// malformed comes back with ok true and Problem set, so it can be reported.
func ParseDirective(comment string) (d Directive, ok bool) {
	loc := markerPattern.FindStringIndex(comment)
	if loc == nil {
		return Directive{}, false
	}
	rest := comment[loc[1]:]
	// Trailing block-comment closers are not part of the reason.
	rest = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "*/"))
	rest = strings.TrimSpace(strings.TrimSuffix(rest, "-->"))
	idPart, reason, hasSep := strings.Cut(rest, "--")
	idPart = strings.TrimSpace(idPart)
	reason = strings.TrimSpace(reason)
	if idPart == "" {
		d.Problem = "suppression directive names no rule ID (want: mcplint:ignore MCP00N -- reason)"
		return d, true
	}
	for _, f := range strings.FieldsFunc(idPart, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
		id := strings.ToUpper(f)
		if !ruleIDPattern.MatchString(id) {
			d.Problem = "suppression directive has a malformed rule ID " + quote(f)
			return d, true
		}
		if _, known := ByID(id); !known {
			d.Problem = "suppression directive names unknown rule " + id
			return d, true
		}
		d.IDs = append(d.IDs, id)
	}
	if len(d.IDs) == 0 {
		// only separators, e.g. "mcplint:ignore , -- reason"
		d.Problem = "suppression directive names no rule ID (want: mcplint:ignore MCP00N -- reason)"
		return d, true
	}
	if !hasSep || reason == "" {
		d.Problem = "suppression directive for " + strings.Join(d.IDs, ",") + " gives no reason (want: -- reason)"
		d.IDs = nil
		return d, true
	}
	d.Reason = reason
	return d, true
}

// Covers reports whether the directive silences rule id at line.
func (d Directive) Covers(id string, file string, line int) bool {
	if d.Problem != "" || d.Pos.File != file {
		return false
	}
	if line != d.Pos.Line && line != d.Pos.Line+1 {
		return false
	}
	if d.Nolint {
		return true
	}
	for _, x := range d.IDs {
		if x == id {
			return true
		}
	}
	return false
}

func quote(s string) string { return `"` + s + `"` }
