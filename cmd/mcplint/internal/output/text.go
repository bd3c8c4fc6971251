package output

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/score"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/termsafe"
)

// Source excerpts are cut to this many display columns, around the span.
const (
	maxSourceWidth = 120
	tabWidth       = 4
	maxTextSteps   = 10 // flow steps shown in text output: the first and last five
)

// ANSI styles, used only when Report.Color is set.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[1;31m"
	ansiYellow = "\x1b[1;33m"
	ansiBlue   = "\x1b[1;34m"
	ansiCyan   = "\x1b[36m"
)

// painter applies styles when colour is on and is the identity otherwise.
type painter bool

func (p painter) paint(style, s string) string {
	if !p || s == "" {
		return s
	}
	return style + s + ansiReset
}

func severityStyle(s rule.Severity) string {
	switch s {
	case rule.Critical, rule.High:
		return ansiRed
	case rule.Medium:
		return ansiYellow
	}
	return ansiBlue
}

// writeText prints each finding as compilers do, `path:line:col: message
// [ID name]`, so editors and terminals can jump to it; then the source line
// with the span underlined, the taint flow one step a line, and a summary
// with the counts per rule, the security score and a pointer to -explain.
func writeText(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	p := painter(r.Color)
	lines := lineCache{}
	active := r.active()
	for _, f := range active {
		r.writeFinding(bw, p, lines, f)
		fmt.Fprintln(bw)
	}
	fmt.Fprintln(bw, p.paint(ansiBold, summary(r, active)))
	writeRuleCounts(bw, p, active)
	if line := scoreSummary(r); line != "" {
		fmt.Fprintln(bw, line)
	}
	if id := hintRule(active); id != "" {
		fmt.Fprintf(bw, "mcplint: documentation of a rule, with fixed examples: %s\n", p.paint(ansiBold, "mcplint -explain "+id))
	}
	if n := fixable(active); n > 0 {
		what := "1 finding has a fix"
		if n > 1 {
			what = fmt.Sprintf("%d findings have a fix", n)
		}
		fmt.Fprintf(bw, "mcplint: %s: %s shows it, %s applies it\n", what, p.paint(ansiBold, "-diff"), p.paint(ansiBold, "-fix"))
	}
	return bw.Flush()
}

// fixable counts the findings that offer a fix.
func fixable(fs []rule.Finding) int {
	n := 0
	for _, f := range fs {
		if len(f.Fixes) > 0 {
			n++
		}
	}
	return n
}

// writeConcise prints one line per finding, `path:line:col: message (ID,
// severity)`, for scripts and editors that parse it, then the summary.
func writeConcise(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	active := r.active()
	for _, f := range active {
		fmt.Fprintf(bw, "%s:%d:%d: %s (%s, %s)\n", termsafe.String(r.displayPath(f.Pos.File)), f.Pos.Line, f.Pos.Col, termsafe.String(f.Message), f.RuleID, f.Severity)
	}
	fmt.Fprintln(bw, summary(r, active))
	if line := scoreSummary(r); line != "" {
		fmt.Fprintln(bw, line)
	}
	return bw.Flush()
}

func (r *Report) writeFinding(w io.Writer, p painter, lines lineCache, f rule.Finding) {
	name := ""
	if ru, ok := rule.ByID(f.RuleID); ok {
		name = " " + ru.Name
	}
	loc := fmt.Sprintf("%s:%d:%d:", termsafe.String(r.displayPath(f.Pos.File)), f.Pos.Line, f.Pos.Col)
	fmt.Fprintf(w, "%s %s %s\n", p.paint(ansiBold, loc), termsafe.String(f.Message), p.paint(severityStyle(f.Severity), "["+f.RuleID+name+"]"))
	gutter := len(fmt.Sprint(f.Pos.Line))
	bar := p.paint(ansiBlue, strings.Repeat(" ", gutter)+" |")
	if src, ok := sourceLine(lines.file(f.Pos.File), f.Pos.Line); ok {
		endCol := 0 // to the end of the line when the span goes on
		if f.End.Line == f.Pos.Line && f.End.Col > f.Pos.Col {
			endCol = f.End.Col
		}
		text, at, n := excerpt(src, f.Pos.Col, endCol)
		fmt.Fprintln(w, bar)
		fmt.Fprintf(w, "%s %s\n", p.paint(ansiBlue, fmt.Sprintf("%*d |", gutter, f.Pos.Line)), text)
		fmt.Fprintf(w, "%s %s%s %s\n", bar, strings.Repeat(" ", at), p.paint(severityStyle(f.Severity), strings.Repeat("^", n)), p.paint(severityStyle(f.Severity), f.Severity.String()))
	} else {
		fmt.Fprintf(w, "%s severity %s\n", bar, p.paint(severityStyle(f.Severity), f.Severity.String()))
	}
	for i, s := range f.Flow {
		lead := "= flow:"
		if i > 0 {
			lead = "       "
		}
		// A long flow keeps its ends: where the value came from and how it
		// reached the sink; JSON and SARIF carry every step.
		if len(f.Flow) > maxTextSteps && i >= maxTextSteps/2 && i < len(f.Flow)-maxTextSteps/2 {
			if i == maxTextSteps/2 {
				fmt.Fprintf(w, "%s%s %s\n", strings.Repeat(" ", gutter+1), p.paint(ansiBlue, lead),
					fmt.Sprintf("… %d more steps (all in -format json or sarif)", len(f.Flow)-maxTextSteps/2*2))
			}
			continue
		}
		where := fmt.Sprintf("%d:%d", s.Pos.Line, s.Pos.Col)
		if s.Pos.File != f.Pos.File {
			where = termsafe.String(r.displayPath(s.Pos.File)) + ":" + where
		}
		fmt.Fprintf(w, "%s%s %s %s\n", strings.Repeat(" ", gutter+1), p.paint(ansiBlue, lead), p.paint(ansiCyan, where), termsafe.String(s.Message))
	}
}

// sourceLine returns line n (1-based) of src without its terminator.
func sourceLine(src []byte, n int) ([]byte, bool) {
	if src == nil || n < 1 {
		return nil, false
	}
	for i := 1; i < n; i++ {
		j := bytes.IndexByte(src, '\n')
		if j < 0 {
			return nil, false
		}
		src = src[j+1:]
	}
	if j := bytes.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return bytes.TrimSuffix(src, []byte("\r")), true
}

// cell is how one rune of a source line is shown: its text and its width
// in terminal columns.
type cell struct {
	text  string
	width int
	off   int // byte offset of the rune in the line
}

// excerpt renders a source line for a terminal and places the underline of
// the 1-based byte columns [col, endCol) (endCol 0: to the end of the line).
// Tabs become spaces and control or bidirectional characters visible
// escapes, so the underline stays under the span whatever the line holds;
// wide characters count two columns; a line wider than maxSourceWidth is
// cut around the span with an ellipsis. It returns the text, the column the
// underline starts at and its length (at least 1).
func excerpt(line []byte, col, endCol int) (string, int, int) {
	var cells []cell
	for off := 0; off < len(line); {
		r, size := utf8.DecodeRune(line[off:])
		var c cell
		switch {
		case r == '\t':
			c = cell{text: strings.Repeat(" ", tabWidth), width: tabWidth}
		case r == utf8.RuneError && size == 1:
			c = cell{text: fmt.Sprintf(`\x%02x`, line[off]), width: 4}
		default:
			s := termsafe.String(string(r))
			c = cell{text: s, width: runeWidth(s)}
		}
		c.off = off
		cells = append(cells, c)
		off += size
	}
	// Map the byte columns to cell indices.
	start, end := len(cells), len(cells)
	for i, c := range cells {
		if c.off >= col-1 && start == len(cells) {
			start = i
		}
		if endCol > 0 && c.off >= endCol-1 {
			end = i
			break
		}
	}
	if end < start {
		end = start
	}
	// Choose the window of cells to show.
	total := 0
	for _, c := range cells {
		total += c.width
	}
	lo, hi := 0, len(cells)
	if total > maxSourceWidth {
		before := 0
		for i := 0; i < start; i++ {
			before += cells[i].width
		}
		// Keep some context before the span, then fill the width.
		for lo < start && before > 30 {
			before -= cells[lo].width
			lo++
		}
		w := 0
		for hi = lo; hi < len(cells) && w+cells[hi].width <= maxSourceWidth; hi++ {
			w += cells[hi].width
		}
	}
	var b strings.Builder
	at, n := 0, 0
	if lo > 0 {
		b.WriteString("…")
		at = 1
	}
	for i := lo; i < hi; i++ {
		if i < start {
			at += cells[i].width
		} else if i < end {
			n += cells[i].width
		}
		b.WriteString(cells[i].text)
	}
	if hi < len(cells) {
		b.WriteString("…")
	}
	text := strings.TrimRight(b.String(), " ")
	return text, at, max(n, 1)
}

// runeWidth is the terminal width of s: two columns for East Asian wide and
// full-width characters, none for combining marks.
func runeWidth(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
		case width.LookupRune(r).Kind() == width.EastAsianWide || width.LookupRune(r).Kind() == width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// summary is the closing line of text output.
func summary(r *Report, active []rule.Finding) string {
	counts := map[rule.Severity]int{}
	for _, f := range active {
		counts[f.Severity]++
	}
	var parts []string
	for s := rule.Critical; s >= rule.Low; s-- {
		if counts[s] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[s], s))
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "mcplint: %s", plural(len(active), "finding"))
	if len(parts) > 0 {
		fmt.Fprintf(&b, " (%s)", strings.Join(parts, ", "))
	}
	fmt.Fprintf(&b, " in %s, %s", plural(r.Files, "file"), plural(r.Lines, "line"))
	if n := len(r.Findings) - len(active); n > 0 {
		fmt.Fprintf(&b, "; %d suppressed", n)
	}
	return b.String()
}

// writeRuleCounts prints one line per rule that fired: count, ID, name,
// severity, most findings first.
func writeRuleCounts(w io.Writer, p painter, active []rule.Finding) {
	type row struct {
		id    string
		n     int
		worst rule.Severity
	}
	byID := map[string]*row{}
	var rows []*row
	for _, f := range active {
		x := byID[f.RuleID]
		if x == nil {
			x = &row{id: f.RuleID}
			byID[f.RuleID] = x
			rows = append(rows, x)
		}
		x.n++
		x.worst = max(x.worst, f.Severity)
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].n != rows[j].n {
			return rows[i].n > rows[j].n
		}
		return rows[i].id < rows[j].id
	})
	wide := 0
	for _, x := range rows {
		if ru, ok := rule.ByID(x.id); ok {
			wide = max(wide, len(ru.Name))
		}
	}
	for _, x := range rows {
		name := ""
		if ru, ok := rule.ByID(x.id); ok {
			name = ru.Name
		}
		fmt.Fprintf(w, "  %4d  %s %-*s  %s\n", x.n, x.id, wide, name, p.paint(severityStyle(x.worst), x.worst.String()))
	}
}

// hintRule is the rule the closing hint names: the most severe one found,
// the most frequent among those.
func hintRule(active []rule.Finding) string {
	count := map[string]int{}
	best, bestSev := "", rule.Severity(0)
	for _, f := range active {
		count[f.RuleID]++
	}
	for _, f := range active {
		switch {
		case best == "", f.Severity > bestSev,
			f.Severity == bestSev && (count[f.RuleID] > count[best] || count[f.RuleID] == count[best] && f.RuleID < best):
			best, bestSev = f.RuleID, f.Severity
		}
	}
	return best
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// scoreCaveats renders what a server's score leaves out, "" when nothing.
func scoreCaveats(s score.Result) string {
	return strings.Join(s.Caveats, "; ")
}
