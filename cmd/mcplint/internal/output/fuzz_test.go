package output

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// sarifSchema compiles the SARIF 2.1.0 schema kept under testdata/sarif.
func sarifSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	_, here, _, _ := runtime.Caller(0)
	path := filepath.Join(filepath.Dir(here), "..", "..", "..", "..", "testdata", "sarif", "sarif-schema-2.1.0.json")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("sarif.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// FuzzSARIF renders a report whose file content, file name, messages and
// positions are arbitrary, in every format. SARIF must stay valid against
// the schema (regions start at line and column 1 or later) and JSON must
// stay JSON, whatever the engines hand over.
func FuzzSARIF(f *testing.F) {
	f.Add([]byte("import os\nos.system(cmd)\n"), "server.py", "tool argument \"cmd\" reaches os.system", 2, 1, 2, 15, "file has syntax the parser did not understand")
	f.Add([]byte("\xef\xbb\xbfconst a = `😀${x}`;\r\n"), "a b#c%d?.ts", "msg with \x00 NUL and \u202e bidi", 1, 12, 1, 9, "")
	f.Add([]byte{}, "empty.js", "", 0, 0, 0, 0, "cannot read file")
	f.Add([]byte("\xff\xfe\n\n\n"), "../../etc/passwd", "::error file=x::", 99, -5, -1, 1<<30, "::warning::%0A")
	f.Add([]byte("x"), "dir/../x.py", "\n\r\t\"\\", -1, 3, 7, 2, "\ufeff")
	schema := sarifSchema(f)
	f.Fuzz(func(t *testing.T, content []byte, name, msg string, line, col, endLine, endCol int, note string) {
		dir := t.TempDir()
		// The finding's file exists under a safe name; a second finding
		// names the raw (possibly absurd) path, which does not exist.
		real := filepath.Join(dir, "src", "file.py")
		if err := os.MkdirAll(filepath.Dir(real), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(real, content, 0o644); err != nil {
			t.Fatal(err)
		}
		raw := filepath.Join(dir, name)
		pos := func(file string, l, c int) rule.Position { return rule.Position{File: file, Line: l, Col: c, Col16: c} }
		findings := []rule.Finding{
			{RuleID: "MCP002", Severity: rule.High, Pos: pos(real, line, col), End: pos(real, endLine, endCol), Message: msg,
				Flow: []rule.Step{{Pos: pos(real, line, col), End: pos(real, line, col), Message: msg}, {Pos: pos(raw, endLine, endCol), Message: note}}},
			{RuleID: "MCP001", Severity: rule.Medium, Pos: pos(raw, line, col), End: pos(raw, endLine, endCol), Message: msg,
				Suppressed: &rule.Suppression{Kind: "inSource", Justification: note, Pos: pos(raw, line, col)}},
		}
		r := &Report{Tool: "mcplint", Version: "fuzz", Root: dir, WorkDir: dir, Rules: rule.Rules[:2], Findings: findings, // MCP001, MCP002: a small log keeps executions fast
			Notices: []rule.Notice{{Level: rule.NoticeWarning, File: raw, Line: line, Message: note}, {Level: rule.NoticeError, Message: msg, Failed: true}},
			Files:   1, Lines: bytes.Count(content, []byte("\n")), ExitCode: 3, SARIFCategory: note}
		for _, abs := range []bool{false, true} {
			r.SARIFAbsoluteURI = abs
			var buf bytes.Buffer
			if err := Write(&buf, "sarif", r); err != nil {
				t.Fatalf("sarif: %v", err)
			}
			doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(buf.Bytes()))
			if err != nil {
				t.Fatalf("SARIF is not JSON: %v\n%s", err, buf.String())
			}
			if err := schema.Validate(doc); err != nil {
				t.Fatalf("SARIF violates the schema: %v", err)
			}
		}
		for _, format := range []string{"json", "text", "github"} {
			var buf bytes.Buffer
			if err := Write(&buf, format, r); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			if format == "json" && !json.Valid(buf.Bytes()) {
				t.Fatalf("JSON output is not JSON:\n%s", buf.String())
			}
			if format == "github" {
				// One workflow command per line: a message must not be able
				// to start a command of its own.
				for _, l := range strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n") {
					if l != "" && !strings.HasPrefix(l, "::") {
						t.Fatalf("github output line not a workflow command: %q", l)
					}
				}
			}
			if format != "json" && !utf8.Valid(buf.Bytes()) && utf8.ValidString(msg) && utf8.ValidString(note) && utf8.ValidString(name) {
				t.Fatalf("%s output is not UTF-8 though every input was", format)
			}
		}
	})
}
