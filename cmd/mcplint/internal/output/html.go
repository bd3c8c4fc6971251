package output

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/score"
)

// contextLines is how many lines of code the HTML report shows around a
// finding.
const contextLines = 3

// htmlReport is what the HTML template renders.
type htmlReport struct {
	Tool, Version string
	Summary       string
	Scores        []htmlScore
	Groups        []htmlGroup
	Suppressed    []htmlFinding
	Notices       []htmlNotice
	ScoreDoc      string
}

type htmlScore struct {
	Server, Language, Grade, Reach string
	Score                          int
	Exposure, Capabilities         int
	Hygiene, Findings              int
	Paths, Caveats                 []string
}

// htmlGroup is the findings of one server (or of files outside every
// server), by rule.
type htmlGroup struct {
	Title, Grade string
	Rules        []htmlRule
}

type htmlRule struct {
	ID, Name, Title, Severity, HelpURI string
	Findings                           []htmlFinding
}

type htmlFinding struct {
	ID, Rule, Severity, Message, Location, Justification string
	Code                                                 []htmlLine
	Flow                                                 []htmlStep
}

type htmlStep struct {
	Location, Message string
	Code              []htmlLine
}

// htmlLine is one line of code; on the finding's line, Span is the
// reported text between Before and After.
type htmlLine struct {
	No                  int
	Before, Span, After string
	Hit                 bool
}

type htmlNotice struct {
	Level, Location, Message string
}

// writeHTML renders one self-contained page: inline CSS, no script, no
// request to anywhere (a Content-Security-Policy says so to the browser).
// html/template escapes every text taken from the scanned code.
func writeHTML(w io.Writer, r *Report) error {
	lines := lineCache{}
	active := r.active()
	rep := htmlReport{
		Tool: r.Tool, Version: r.Version, Summary: strings.TrimPrefix(summary(r, active), "mcplint: "),
		ScoreDoc: scoreDocURL(),
	}
	for _, s := range r.Scores {
		rep.Scores = append(rep.Scores, htmlScore{
			Server: r.serverName(s.Server, true), Language: string(s.Server.Language), Grade: s.Grade, Score: s.Score,
			Exposure: s.Exposure, Capabilities: s.Capabilities, Reach: trimFloat(s.Reachability), Hygiene: s.Hygiene,
			Findings: s.Findings, Paths: s.Paths, Caveats: s.Caveats,
		})
	}
	servers := make([]score.Server, len(r.Scores))
	for i, s := range r.Scores {
		servers[i] = s.Server
	}
	per := score.Attribute(servers, active)
	placed := map[int]bool{}
	n := 0
	for i, s := range r.Scores {
		g := htmlGroup{Title: "server " + r.serverName(s.Server, true) + " (" + string(s.Server.Language) + ")", Grade: s.Grade}
		g.Rules = r.htmlRules(lines, per[i], &n)
		rep.Groups = append(rep.Groups, g)
		for _, f := range per[i] {
			for j := range active {
				if sameFinding(active[j], f) {
					placed[j] = true
				}
			}
		}
	}
	var rest []rule.Finding
	for j, f := range active {
		if !placed[j] {
			rest = append(rest, f)
		}
	}
	if len(rest) > 0 {
		title := "files outside every MCP server found"
		if len(r.Scores) == 0 {
			title = "findings"
		}
		rep.Groups = append(rep.Groups, htmlGroup{Title: title, Rules: r.htmlRules(lines, rest, &n)})
	}
	for _, f := range r.Findings {
		if f.Suppressed == nil {
			continue
		}
		n++
		hf := r.htmlFinding(lines, f, n)
		hf.Justification = f.Suppressed.Justification
		if f.Suppressed.Baseline {
			hf.Justification += " (still counted in the score)"
		}
		rep.Suppressed = append(rep.Suppressed, hf)
	}
	for _, no := range r.Notices {
		loc := rel(r.Root, no.File)
		if loc != "" && no.Line > 0 {
			loc = fmt.Sprintf("%s:%d", loc, no.Line)
		}
		rep.Notices = append(rep.Notices, htmlNotice{Level: string(no.Level), Location: loc, Message: no.Message})
	}
	var buf bytes.Buffer
	if err := htmlPage.Execute(&buf, rep); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func sameFinding(a, b rule.Finding) bool {
	return a.RuleID == b.RuleID && a.Pos == b.Pos && a.End == b.End && a.Message == b.Message
}

// htmlRules groups findings by rule, most severe rule first.
func (r *Report) htmlRules(lines lineCache, fs []rule.Finding, n *int) []htmlRule {
	byID := map[string]*htmlRule{}
	worst := map[string]rule.Severity{}
	var ids []string
	for _, f := range fs {
		hr := byID[f.RuleID]
		if hr == nil {
			hr = &htmlRule{ID: f.RuleID}
			if ru, ok := rule.ByID(f.RuleID); ok {
				hr.Name, hr.Title, hr.HelpURI = ru.Name, ru.Title, ru.HelpURI()
			}
			byID[f.RuleID] = hr
			ids = append(ids, f.RuleID)
		}
		*n++
		hr.Findings = append(hr.Findings, r.htmlFinding(lines, f, *n))
		worst[f.RuleID] = max(worst[f.RuleID], f.Severity)
	}
	sort.Slice(ids, func(i, j int) bool {
		if worst[ids[i]] != worst[ids[j]] {
			return worst[ids[i]] > worst[ids[j]]
		}
		return ids[i] < ids[j]
	})
	out := make([]htmlRule, len(ids))
	for i, id := range ids {
		out[i] = *byID[id]
		out[i].Severity = worst[id].String()
	}
	return out
}

func (r *Report) htmlFinding(lines lineCache, f rule.Finding, n int) htmlFinding {
	hf := htmlFinding{
		ID: fmt.Sprintf("f%d", n), Rule: f.RuleID, Severity: f.Severity.String(), Message: f.Message,
		Location: fmt.Sprintf("%s:%d:%d", rel(r.Root, f.Pos.File), f.Pos.Line, f.Pos.Col),
		Code:     codeAround(lines.file(f.Pos.File), f.Pos, f.End, contextLines),
	}
	for _, s := range f.Flow {
		hf.Flow = append(hf.Flow, htmlStep{
			Location: fmt.Sprintf("%s:%d:%d", rel(r.Root, s.Pos.File), s.Pos.Line, s.Pos.Col), Message: s.Message,
			Code: codeAround(lines.file(s.Pos.File), s.Pos, s.End, 0),
		})
	}
	return hf
}

// codeAround returns the lines around pos, with the span from pos to end
// (to the end of the line when end is on another line) marked.
func codeAround(src []byte, pos, end rule.Position, around int) []htmlLine {
	if src == nil || pos.Line < 1 {
		return nil
	}
	all := strings.Split(strings.ToValidUTF8(string(src), "\uFFFD"), "\n")
	var out []htmlLine
	for no := max(1, pos.Line-around); no <= min(len(all), pos.Line+around); no++ {
		text := strings.TrimSuffix(all[no-1], "\r")
		if len(text) > 400 {
			text = text[:runeStart(text, 400)] + "…"
		}
		l := htmlLine{No: no, Before: text}
		if no == pos.Line {
			from := runeStart(text, pos.Col-1)
			to := len(text)
			if end.Line == pos.Line && end.Col-1 > from && end.Col-1 <= len(text) {
				to = runeStart(text, end.Col-1)
			}
			l = htmlLine{No: no, Before: text[:from], Span: text[from:to], After: text[to:], Hit: true}
		}
		// Tabs as spaces: the line number before the code would shift
		// the browser's tab stops.
		for _, s := range []*string{&l.Before, &l.Span, &l.After} {
			*s = strings.ReplaceAll(*s, "\t", "    ")
		}
		out = append(out, l)
	}
	return out
}

// runeStart moves byte offset i of s back to the start of a rune, within s.
func runeStart(s string, i int) int {
	i = min(max(i, 0), len(s))
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

var htmlPage = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>mcplint report</title>
<style>
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1f2328; background: #f6f8fa; }
header { background: #24292f; color: #fff; padding: 16px 32px; }
header h1 { margin: 0; font-size: 22px; }
header p { margin: 4px 0 0; color: #d0d7de; }
main { padding: 16px 32px 48px; max-width: 1200px; }
h2 { margin-top: 32px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
h3 { margin: 20px 0 8px; font-size: 17px; }
table { border-collapse: collapse; background: #fff; }
th, td { border: 1px solid #d0d7de; padding: 6px 10px; text-align: left; vertical-align: top; }
th { background: #eaeef2; }
.grade { display: inline-block; min-width: 28px; text-align: center; font-weight: 700; border-radius: 6px; padding: 2px 6px; color: #fff; }
.grade-A { background: #1a7f37; } .grade-B { background: #4c9a2a; } .grade-C { background: #bf8700; } .grade-D { background: #d1570f; } .grade-F { background: #cf222e; }
.sev { display: inline-block; font-size: 12px; font-weight: 600; text-transform: uppercase; border-radius: 10px; padding: 1px 8px; color: #fff; }
.sev-critical { background: #82071e; } .sev-high { background: #cf222e; } .sev-medium { background: #bf8700; } .sev-low { background: #0969da; }
.caveat { color: #9a6700; font-weight: 600; }
.finding { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; margin: 10px 0; padding: 10px 14px; }
.loc { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; color: #57606a; }
.msg { margin: 4px 0 8px; }
pre { margin: 0; background: #f6f8fa; border: 1px solid #eaeef2; border-radius: 4px; padding: 6px 0; overflow-x: auto; font: 13px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre span.ln { display: inline-block; width: 48px; padding-right: 10px; text-align: right; color: #8c959f; user-select: none; }
pre div.hit { background: #fff8c5; }
mark { background: #ffcecb; color: inherit; border-bottom: 2px solid #cf222e; }
ol.flow { margin: 8px 0 0; padding-left: 24px; }
ol.flow li { margin: 4px 0; }
ol.flow pre { margin-top: 2px; }
.muted { color: #57606a; }
</style>
</head>
<body>
<header>
<h1>mcplint report</h1>
<p>{{.Summary}} · {{.Tool}} {{.Version}}</p>
</header>
<main>
<h2 id="score">Security score</h2>
{{if .Scores}}
<table class="scores">
<tr><th>server</th><th>language</th><th>grade</th><th>score</th><th>exposure</th><th>capabilities</th><th>hygiene</th><th>findings</th><th>reachable by</th></tr>
{{range .Scores}}<tr>
<td class="loc">{{.Server}}</td><td>{{.Language}}</td><td><span class="grade grade-{{.Grade}}">{{.Grade}}</span></td>
<td>{{.Score}}/100{{range .Caveats}}<br><span class="caveat">{{.}}</span>{{end}}</td>
<td>−{{.Exposure}}</td><td>−{{.Capabilities}} (×{{.Reach}})</td><td>−{{.Hygiene}}</td><td>{{.Findings}}</td>
<td>{{range $i, $p := .Paths}}{{if $i}}<br>{{end}}{{$p}}{{end}}</td>
</tr>{{end}}
</table>
<p class="muted">How the score is computed: <a href="{{.ScoreDoc}}">{{.ScoreDoc}}</a></p>
{{else}}<p class="muted">No MCP server found in the scan.</p>{{end}}

<h2 id="findings">Findings</h2>
{{if not .Groups}}<p class="muted">No findings.</p>{{end}}
{{range .Groups}}
<section class="group">
<h2>{{.Title}}{{if .Grade}} <span class="grade grade-{{.Grade}}">{{.Grade}}</span>{{end}}</h2>
{{if not .Rules}}<p class="muted">No findings.</p>{{end}}
{{range .Rules}}
<h3><span class="sev sev-{{.Severity}}">{{.Severity}}</span> <a href="{{.HelpURI}}">{{.ID}} {{.Name}}</a>: {{.Title}} ({{len .Findings}})</h3>
{{range .Findings}}{{template "finding" .}}{{end}}
{{end}}
</section>
{{end}}

<h2 id="suppressed">Suppressed findings</h2>
{{if .Suppressed}}{{range .Suppressed}}{{template "finding" .}}{{end}}{{else}}<p class="muted">None.</p>{{end}}

<h2 id="notices">Notices</h2>
{{if .Notices}}
<table class="notices"><tr><th>level</th><th>where</th><th>message</th></tr>
{{range .Notices}}<tr><td>{{.Level}}</td><td class="loc">{{.Location}}</td><td>{{.Message}}</td></tr>{{end}}
</table>
{{else}}<p class="muted">None: every input was analysed.</p>{{end}}
</main>
</body>
</html>
{{define "finding"}}<div class="finding" id="{{.ID}}">
<div class="loc"><span class="sev sev-{{.Severity}}">{{.Severity}}</span> {{.Rule}} · {{.Location}}</div>
<div class="msg">{{.Message}}</div>
{{if .Justification}}<div class="muted">suppressed: {{.Justification}}</div>{{end}}
{{template "code" .Code}}
{{if .Flow}}<ol class="flow">{{range .Flow}}<li><span class="loc">{{.Location}}</span> {{.Message}}{{template "code" .Code}}</li>{{end}}</ol>{{end}}
</div>{{end}}
{{define "code"}}{{if .}}<pre>{{range .}}<div{{if .Hit}} class="hit"{{end}}><span class="ln">{{.No}}</span>{{.Before}}{{if .Hit}}<mark>{{.Span}}</mark>{{.After}}{{end}}</div>{{end}}</pre>{{end}}{{end}}
`))
