package output

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// GitHub code scanning rejects uploads beyond these limits, so the writer
// truncates with a notification instead of producing a rejected file.
const (
	maxResults   = 25000
	maxFlowSteps = 1000
	maxTags      = 20
)

const (
	schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
	srcRoot   = "%SRCROOT%"
	infoURI   = "https://github.com/mcpsec/mcplint"
)

// writeSARIF renders a SARIF 2.1.0 log for GitHub code scanning and IDE
// viewers: one run, every rule with full metadata, results with UTF-16
// columns relative to %SRCROOT%, code flows for taint findings, line-hash
// fingerprints, in-source suppressions, and tool execution notifications.
func writeSARIF(w io.Writer, r *Report) error {
	lines := lineCache{}
	hashes := map[string][]string{}
	run := sarif.NewRun(*sarif.NewTool(driver(r)))
	run.ColumnKind = "utf16CodeUnits"
	if !r.SARIFAbsoluteURI {
		root := filepath.ToSlash(r.Root)
		if !strings.HasSuffix(root, "/") {
			root += "/"
		}
		run.OriginalUriBaseIDs = map[string]*sarif.ArtifactLocation{srcRoot: {URI: ptr(fileURI(root))}}
	}
	if r.SARIFCategory != "" {
		run.AutomationDetails = &sarif.RunAutomationDetails{ID: ptr(AutomationID(r.SARIFCategory))}
	}
	var notes []*sarif.Notification
	for i, f := range r.Findings {
		if i == maxResults {
			notes = append(notes, notification("warning", fmt.Sprintf("%d results exceed GitHub's limit of %d per run; the rest were left out of this SARIF file", len(r.Findings), maxResults), nil))
			break
		}
		res := sarif.NewRuleResult(f.RuleID)
		if idx := rule.Index(f.RuleID); idx >= 0 {
			res.WithRuleIndex(idx)
		}
		res.WithLevel(f.Severity.SARIFLevel())
		res.WithMessage(sarif.NewTextMessage(f.Message))
		res.AddLocation(r.location(lines, f.Pos, f.End, ""))
		if h := r.lineHash(lines, hashes, f.Pos); h != "" {
			res.WithPartialFingerPrints(map[string]any{"primaryLocationLineHash": h}) // NewRuleResult leaves the map nil
		}
		if len(f.Flow) > 0 {
			res.AddCodeFlow(r.codeFlow(lines, f, f.Flow, &notes))
		}
		for _, fl := range f.MoreFlows {
			res.AddCodeFlow(r.codeFlow(lines, f, fl, &notes))
		}
		for i, s := range f.Related {
			res.AddRelatedLocation(r.location(lines, s.Pos, s.End, s.Message).WithId(i + 1))
		}
		if f.Suppressed != nil {
			res.AddSuppression(r.suppression(lines, f))
		}
		for _, fx := range f.Fixes {
			res.AddFix(r.fix(lines, fx))
		}
		res.Properties = sarif.Properties{"severity": f.Severity.String()}
		run.AddResult(res)
	}
	for _, n := range r.Notices {
		var loc *sarif.Location
		if n.File != "" {
			loc = r.location(lines, rule.Position{File: n.File, Line: n.Line}, rule.Position{}, "")
		}
		level := string(n.Level)
		if n.MayHideFinding && n.Level == rule.NoticeNote {
			level = string(rule.NoticeWarning)
		}
		notes = append(notes, notification(level, n.Message, loc))
	}
	if c := r.Config.relative(r.Root); c != nil {
		// What the configuration turned off, for whoever reads the log:
		// the file may come from the change under review.
		run.Properties = sarif.Properties{"mcplint/config": c}
	}
	inv := &sarif.Invocation{ExecutionSuccessful: ptr(r.ExitCode != 3), ExitCode: ptr(r.ExitCode), ToolExecutionNotifications: notes}
	run.Invocations = []*sarif.Invocation{inv}

	log, err := sarif.New(sarif.Version210, false)
	if err != nil {
		return err
	}
	log.Schema = schemaURI
	log.AddRun(run)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // keep <, > and & readable in messages and help
	enc.SetIndent("", "  ")
	if err := enc.Encode(log); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// AutomationID is the run's automationDetails.id for a category, written as
// GitHub's upload-sarif action writes a category: with a trailing "/", so
// that the id reads back as that category with an empty run part.
func AutomationID(category string) string {
	if strings.HasSuffix(category, "/") {
		return category
	}
	return category + "/"
}

func driver(r *Report) *sarif.ToolComponent {
	d := &sarif.ToolComponent{Name: r.Tool, InformationURI: ptr(infoURI), Rules: []*sarif.ReportingDescriptor{}}
	if v := sarifVersion(r.Version); v != "" {
		d.Version, d.SemanticVersion = ptr(v), ptr(v)
	}
	for _, ru := range r.Rules { // the catalog, with the project's severity overrides
		tags := ru.AllTags()
		if len(tags) > maxTags {
			tags = tags[:maxTags]
		}
		full := ru.Summary
		if !ru.Implemented() {
			full += " (Not implemented yet in any language.)"
		}
		d.Rules = append(d.Rules, &sarif.ReportingDescriptor{
			ID:                   ru.ID,
			Name:                 ptr(ru.Name),
			ShortDescription:     &sarif.MultiformatMessageString{Text: ptr(ru.Title)},
			FullDescription:      &sarif.MultiformatMessageString{Text: ptr(full), Markdown: ptr(full)},
			Help:                 &sarif.MultiformatMessageString{Text: ptr(ru.Summary + "\n\n" + ru.HelpURIFor(r.Version)), Markdown: ptr(ru.Help)},
			HelpURI:              ptr(ru.HelpURIFor(r.Version)),
			DefaultConfiguration: &sarif.ReportingConfiguration{Level: ru.Severity.SARIFLevel()},
			Properties: sarif.Properties{
				"tags":              tags,
				"precision":         ru.Precision,
				"security-severity": ru.Severity.SecurityScore(),
				"problem.severity":  problemSeverity(ru.Severity),
			},
		})
	}
	return d
}

// sarifVersion is the driver's version and semanticVersion: SemVer without
// the "v" (SARIF viewers compare versions, and the SARIF validator wants one
// that starts with a number), "0.0.0-devel" for a build of unknown version.
func sarifVersion(version string) string {
	if version == "" {
		return ""
	}
	if v := rule.SemanticVersion(version); v != "" {
		return v
	}
	pre := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' || r == '.' {
			return r
		}
		return '-'
	}, version)
	return "0.0.0-" + strings.Trim(pre, ".")
}

// problemSeverity is CodeQL's property for non-security display.
func problemSeverity(s rule.Severity) string {
	switch s.SARIFLevel() {
	case "error":
		return "error"
	case "warning":
		return "warning"
	}
	return "recommendation"
}

// location builds a physical location with a full region in UTF-16 columns.
func (r *Report) location(lines lineCache, pos, end rule.Position, msg string) *sarif.Location {
	uri := r.artifactLocation(pos.File)
	loc := &sarif.Location{PhysicalLocation: &sarif.PhysicalLocation{ArtifactLocation: uri}}
	if pos.Line > 0 {
		if end.Line < pos.Line {
			// No end (or one before the start): a region must not run backwards.
			end = rule.Position{File: pos.File, Line: pos.Line, Col: pos.Col, Col16: pos.Col16}
		}
		content := lines.file(pos.File)
		sc, ec := col16(content, pos), col16(content, end)
		if end.Line == pos.Line && ec < sc {
			ec = sc
		}
		loc.PhysicalLocation.Region = &sarif.Region{StartLine: ptr(pos.Line), StartColumn: ptr(sc), EndLine: ptr(end.Line), EndColumn: ptr(ec)}
	}
	if msg != "" {
		loc.Message = sarif.NewTextMessage(msg)
	}
	return loc
}

// fix renders a fix as SARIF artifact changes, one per file in the order
// the edits name them, each a list of replacements of a region (empty
// for an insertion) by the new text.
func (r *Report) fix(lines lineCache, fx rule.Fix) *sarif.Fix {
	out := sarif.NewFix()
	out.Description = sarif.NewTextMessage(fx.Description)
	byFile := map[string]*sarif.ArtifactChange{}
	for _, e := range fx.Edits {
		ch := byFile[e.File]
		if ch == nil {
			ch = sarif.NewArtifactChange(r.artifactLocation(e.File))
			byFile[e.File] = ch
			out.ArtifactChanges = append(out.ArtifactChanges, ch)
		}
		content := lines.file(e.File)
		region := sarif.Region{StartLine: ptr(e.Pos.Line), StartColumn: ptr(col16(content, e.Pos)),
			EndLine: ptr(e.End.Line), EndColumn: ptr(col16(content, e.End))}
		ch.Replacements = append(ch.Replacements, &sarif.Replacement{DeletedRegion: region, InsertedContent: &sarif.ArtifactContent{Text: ptr(e.New)}})
	}
	return out
}

func (r *Report) artifactLocation(path string) *sarif.ArtifactLocation {
	if r.SARIFAbsoluteURI {
		return &sarif.ArtifactLocation{URI: ptr(fileURI(filepath.ToSlash(path)))}
	}
	rp := rel(r.Root, path)
	if strings.HasPrefix(rp, "/") {
		// Not below the root (a file named outside the repository): an
		// absolute URI is the only honest location.
		return &sarif.ArtifactLocation{URI: ptr(fileURI(rp))}
	}
	return &sarif.ArtifactLocation{URI: ptr(escapePath(rp)), URIBaseId: ptr(srcRoot)}
}

// col16 converts a position's byte column to UTF-16 code units using the
// file text when it is available, else what the producer computed.
func col16(content []byte, p rule.Position) int {
	if line := lineText(content, p.Line); line != nil {
		return rule.UTF16Col(line, p.Col)
	}
	if p.Col16 > 0 {
		return p.Col16
	}
	if p.Col > 0 {
		return p.Col
	}
	return 1
}

func lineText(content []byte, n int) []byte {
	if content == nil || n < 1 {
		return nil
	}
	for i := 1; i < n; i++ {
		j := bytes.IndexByte(content, '\n')
		if j < 0 {
			return nil
		}
		content = content[j+1:]
	}
	if j := bytes.IndexByte(content, '\n'); j >= 0 {
		content = content[:j]
	}
	return bytes.TrimSuffix(content, []byte("\r"))
}

func (r *Report) lineHash(lines lineCache, cache map[string][]string, pos rule.Position) string {
	h, ok := cache[pos.File]
	if !ok {
		if content := lines.file(pos.File); content != nil {
			h = LineHashes(content)
		}
		cache[pos.File] = h
	}
	if pos.Line < 1 || pos.Line > len(h) {
		return ""
	}
	return h[pos.Line-1]
}

func (r *Report) codeFlow(lines lineCache, f rule.Finding, steps []rule.Step, notes *[]*sarif.Notification) *sarif.CodeFlow {
	if len(steps) > maxFlowSteps {
		*notes = append(*notes, notification("warning", fmt.Sprintf("flow of %d steps cut to GitHub's limit of %d", len(steps), maxFlowSteps), r.location(lines, f.Pos, f.End, "")))
		steps = append(steps[:maxFlowSteps-1:maxFlowSteps-1], steps[len(steps)-1])
	}
	tf := &sarif.ThreadFlow{}
	for _, s := range steps {
		tf.Locations = append(tf.Locations, &sarif.ThreadFlowLocation{Location: r.location(lines, s.Pos, s.End, s.Message)})
	}
	return &sarif.CodeFlow{ThreadFlows: []*sarif.ThreadFlow{tf}}
}

func (r *Report) suppression(lines lineCache, f rule.Finding) *sarif.Suppression {
	s := f.Suppressed
	pos := s.Pos
	if pos.File == "" {
		pos = f.Pos
	}
	sum := sha256.Sum256([]byte(f.RuleID + "\x00" + rel(r.Root, f.Pos.File) + "\x00" + f.Message + "\x00" + s.Justification))
	// A deterministic, well-formed GUID (version 5 style bits) so the same
	// suppression keeps its identity across runs.
	sum[6] = sum[6]&0x0f | 0x50
	sum[8] = sum[8]&0x3f | 0x80
	guid := fmt.Sprintf("%x-%x-%x-%x-%x", sum[0:4], sum[4:6], sum[6:8], sum[8:10], sum[10:16])
	return &sarif.Suppression{
		Kind: s.Kind, Status: ptr("accepted"), Guid: ptr(guid), Justification: ptr(s.Justification),
		Location: r.location(lines, pos, rule.Position{}, ""),
	}
}

func notification(level, msg string, loc *sarif.Location) *sarif.Notification {
	n := &sarif.Notification{Level: level, Message: sarif.NewTextMessage(msg)}
	if loc != nil {
		n.Locations = []*sarif.Location{loc}
	}
	return n
}

func fileURI(absSlash string) string {
	if !strings.HasPrefix(absSlash, "/") {
		absSlash = "/" + absSlash // Windows drive paths
	}
	return "file://" + escapePath(absSlash)
}

// escapePath percent-encodes each path segment so spaces and '#' survive as
// URIs. A colon in the first segment would read as a URI scheme ("a:b.py"),
// so there it is encoded too.
func escapePath(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	segs[0] = strings.ReplaceAll(segs[0], ":", "%3A")
	return strings.Join(segs, "/")
}

func ptr[T any](v T) *T { return &v }
