package output

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// TestExcerpt: the underline sits under the span whatever the line holds.
func TestExcerpt(t *testing.T) {
	for _, c := range []struct {
		name, line  string
		col, endCol int
		text, under string // under: the underline row, spaces then carets
	}{
		{"ascii", `x := run(cmd)`, 6, 14, `x := run(cmd)`, `     ^^^^^^^^`},
		{"tab", "\tout := exec(cmd)", 9, 18, `    out := exec(cmd)`, `           ^^^^^^^^^`},
		{"utf8 before span", `s := "héllo" + run(x)`, 17, 23, `s := "héllo" + run(x)`, `               ^^^^^^`},
		{"wide characters", `"日本" + run(x)`, 12, 18, `"日本" + run(x)`, `         ^^^^^^`},
		{"to end of line", `call(a,`, 1, 0, `call(a,`, `^^^^^^^`},
		{"escape in line", "a\x1b[2Jb run(x)", 8, 14, `a\x1b[2Jb run(x)`, `          ^^^^^^`},
		{"bidi override", "a\u202eb run(x)", 7, 13, `a\u202eb run(x)`, `         ^^^^^^`},
		{"invalid utf-8", "a\xffb run(x)", 5, 11, `a\xffb run(x)`, `       ^^^^^^`},
		{"empty span", `abc`, 2, 2, `abc`, ` ^`},
	} {
		text, at, n := excerpt([]byte(c.line), c.col, c.endCol)
		under := strings.Repeat(" ", at) + strings.Repeat("^", n)
		if text != c.text || under != c.under {
			t.Errorf("%s:\n got %q\n     %q\nwant %q\n     %q", c.name, text, under, c.text, c.under)
		}
	}
}

// TestExcerptLongLine: a long line is cut around the span, the underline
// still under it, and the text no wider than maxSourceWidth plus the
// ellipses.
func TestExcerptLongLine(t *testing.T) {
	line := strings.Repeat("a", 500) + "run(x)" + strings.Repeat("b", 500)
	text, at, n := excerpt([]byte(line), 501, 507)
	if w := len([]rune(text)); w > maxSourceWidth+2 {
		t.Errorf("width %d", w)
	}
	if !strings.HasPrefix(text, "…") || !strings.HasSuffix(text, "…") || string([]rune(text)[at:at+n]) != "run(x)" {
		t.Errorf("text %q, underline at %d, %d long", text, at, n)
	}
	// A span longer than the window is underlined up to the window's end.
	text, at, n = excerpt([]byte(strings.Repeat("c", 1000)), 1, 0)
	if at != 0 || n != maxSourceWidth || !strings.HasSuffix(text, "…") {
		t.Errorf("text %d runes, at %d, n %d", len([]rune(text)), at, n)
	}
}

func textReport(t *testing.T, color bool) (*Report, string) {
	dir := t.TempDir()
	src := filepath.Join(dir, "server.py")
	if err := os.WriteFile(src, []byte("import subprocess\n\ndef grep(pattern):\n\treturn subprocess.run(pattern, shell=True)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	pos := func(line, col int) rule.Position { return rule.Position{File: src, Line: line, Col: col} }
	r := &Report{Tool: "mcplint", Root: dir, WorkDir: dir, Files: 1, Lines: 4, Color: color, Findings: []rule.Finding{{
		RuleID: "MCP002", Severity: rule.Critical, Pos: pos(4, 9), End: pos(4, 45),
		Message: "tool argument \"pattern\" reaches subprocess.run with shell=True",
		Flow:    []rule.Step{{Pos: pos(3, 10), Message: "tool argument \"pattern\""}, {Pos: pos(4, 9), Message: "reaches subprocess.run"}},
	}}}
	var buf bytes.Buffer
	if err := writeText(&buf, r); err != nil {
		t.Fatal(err)
	}
	return r, buf.String()
}

// TestTextFormat: the finding line, the source line with its underline,
// the flow, the counts per rule and the -explain hint; no colour codes
// unless asked.
func TestTextFormat(t *testing.T) {
	_, got := textReport(t, false)
	want := `server.py:4:9: tool argument "pattern" reaches subprocess.run with shell=True [MCP002 command-injection]
  |
4 |     return subprocess.run(pattern, shell=True)
  |            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ critical
  = flow: 3:10 tool argument "pattern"
          4:9 reaches subprocess.run

mcplint: 1 finding (1 critical) in 1 file, 4 lines
     1  MCP002 command-injection  critical
mcplint: documentation of a rule, with fixed examples: mcplint -explain MCP002
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	_, colored := textReport(t, true)
	if !strings.Contains(colored, "\x1b[1;31m[MCP002 command-injection]\x1b[0m") || stripANSI(colored) != want {
		t.Errorf("coloured output:\n%q", colored)
	}
}

// stripANSI removes the SGR sequences this package writes.
func stripANSI(s string) string {
	for _, code := range []string{ansiReset, ansiBold, ansiDim, ansiRed, ansiYellow, ansiBlue, ansiCyan} {
		s = strings.ReplaceAll(s, code, "")
	}
	return s
}

// TestTextHostileStrings: a path, a message and a source line from hostile
// code cannot drive the terminal: no escape byte reaches the output, and
// each shows as a visible escape.
func TestTextHostileStrings(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "evil\x1b]0;pwned\a.py")
	if err := os.WriteFile(src, []byte("x = run(a)  # \x1b[2J\u202egnp.exe\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	pos := rule.Position{File: src, Line: 1, Col: 5}
	r := &Report{Root: dir, WorkDir: dir, Findings: []rule.Finding{{RuleID: "MCP002", Severity: rule.High, Pos: pos,
		End: rule.Position{File: src, Line: 1, Col: 11}, Message: "tool argument \"\x1b[31mred\" reaches run",
		Flow: []rule.Step{{Pos: pos, Message: "line\u2028break"}}}}}
	for _, format := range []string{"text", "concise"} {
		var buf bytes.Buffer
		if err := Write(&buf, format, r); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if strings.ContainsAny(out, "\x1b\a\u202e\u2028") {
			t.Errorf("%s: control characters reach the terminal:\n%q", format, out)
		}
		for _, want := range []string{`evil\x1b]0;pwned\a.py:1:5:`, `tool argument "\x1b[31mred" reaches run`} {
			if !strings.Contains(out, want) {
				t.Errorf("%s lacks %q:\n%s", format, want, out)
			}
		}
		if format == "text" && (!strings.Contains(out, `1 | x = run(a)  # \x1b[2J\u202egnp.exe`) || !strings.Contains(out, `line\u2028break`)) {
			t.Errorf("source line or flow step not escaped:\n%s", out)
		}
	}
}

// TestTextLongFlow: a long flow shows its first and last steps and says how
// many it left out.
func TestTextLongFlow(t *testing.T) {
	var steps []rule.Step
	for i := 1; i <= 30; i++ {
		steps = append(steps, rule.Step{Pos: rule.Position{File: "/r/a.py", Line: i, Col: 1}, Message: fmt.Sprintf("step %d", i)})
	}
	r := &Report{Root: "/r", WorkDir: "/r", Findings: []rule.Finding{{RuleID: "MCP002", Severity: rule.Critical,
		Pos: rule.Position{File: "/r/a.py", Line: 30, Col: 1}, Flow: steps}}}
	var buf bytes.Buffer
	if err := writeText(&buf, r); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"1:1 step 1\n", "5:1 step 5\n", "… 20 more steps (all in -format json or sarif)\n", "26:1 step 26\n", "30:1 step 30\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "step 6\n") || strings.Contains(out, "step 25\n") {
		t.Errorf("middle steps shown:\n%s", out)
	}
}
