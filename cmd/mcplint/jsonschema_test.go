package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/output"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/score"
)

func jsonOutputSchema(t *testing.T) (*jsonschema.Schema, map[string]any) {
	t.Helper()
	f, err := os.Open(filepath.Join(moduleRoot, "docs", "json-schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("docs/json-schema.json: %v", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("json-schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("json-schema.json")
	if err != nil {
		t.Fatalf("docs/json-schema.json does not compile: %v", err)
	}
	return s, doc.(map[string]any)
}

func validateJSON(t *testing.T, s *jsonschema.Schema, what, text string) {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(text))
	if err != nil {
		t.Fatalf("%s: not JSON: %v", what, err)
	}
	if err := s.Validate(doc); err != nil {
		t.Errorf("%s does not match docs/json-schema.json: %v\n%s", what, err, text)
	}
}

// TestJSONSchemaRealOutput validates what the command prints, with
// findings, suppressed findings and notices.
func TestJSONSchemaRealOutput(t *testing.T) {
	s, _ := jsonOutputSchema(t)
	server := strings.Replace(goServer, "\t_ = http.ListenAndServe(\"127.0.0.1:9091\", nil)\n",
		"\t_ = http.ListenAndServe(\"127.0.0.1:9091\", nil) // mcplint:ignore\n", 1)
	dir := goProject(t, map[string]string{
		"main.go":       server,
		".mcplint.yml":  "ignore:\n  - paths: [main.go]\n    rules: [MCP001]\n    reason: r\n",
		"other/main.go": strings.Replace(goServer, "package main", "package other", 1),
	})
	stdout, stderr, code := mcplint(t, dir, "-format", "json", "-enable", "MCP001", ".")
	if code == exitUsage {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var rep struct {
		Findings, Suppressed, Notices []any
	}
	noErr(t, json.Unmarshal([]byte(stdout), &rep))
	if len(rep.Findings) == 0 || len(rep.Suppressed) == 0 {
		t.Errorf("want findings and suppressed findings to validate, got %d and %d", len(rep.Findings), len(rep.Suppressed))
	}
	validateJSON(t, s, "mcplint -format json", stdout)
	empty := t.TempDir()
	stdout, _, _ = mcplint(t, empty, "-format", "json", ".")
	validateJSON(t, s, "output with no findings", stdout)
}

// TestJSONSchemaAllFields validates a report that uses every field (taint
// flows, notices of each kind), built directly so it does not depend on
// which rules the engines implement today.
func TestJSONSchemaAllFields(t *testing.T) {
	s, doc := jsonOutputSchema(t)
	if v := doc["properties"].(map[string]any)["version"].(map[string]any)["const"]; fmt.Sprint(v) != fmt.Sprint(output.JSONVersion) {
		t.Errorf("schema is for version %v, output.JSONVersion is %d", v, output.JSONVersion)
	}
	root := t.TempDir()
	src := filepath.Join(root, "srv.py")
	noErr(t, os.WriteFile(src, []byte("import os\ndef run(cmd):\n    x = cmd\n    os.system(x)\n"), 0o644))
	pos := func(line, col int) rule.Position { return rule.Position{File: src, Line: line, Col: col} }
	rep := &output.Report{
		Tool: "mcplint", Version: "v1.0.0", Root: root, WorkDir: root, Rules: rule.Rules, Files: 1, Lines: 4,
		Findings: []rule.Finding{
			{RuleID: "MCP002", Severity: rule.Critical, Pos: pos(4, 5), End: pos(4, 17), Message: `tool argument "cmd" reaches os.system`,
				Flow: []rule.Step{{Pos: pos(2, 9), Message: "tool argument cmd"}, {Pos: pos(3, 5), Message: "x = cmd"}, {Pos: pos(4, 5), Message: "os.system(x)"}}},
			{RuleID: "MCP001", Severity: rule.Low, Pos: pos(1, 1), Message: "m",
				Suppressed: &rule.Suppression{Kind: "external", Justification: "in baseline b.json"}},
		},
		Notices: []rule.Notice{
			{Level: rule.NoticeError, File: src, Message: "cannot parse", Failed: true},
			{Level: rule.NoticeWarning, File: src, Line: 2, Message: "suppression directive names no rule ID"},
			{Level: rule.NoticeNote, Message: "run-wide note"},
			{Level: rule.NoticeWarning, File: src, Line: 3, Message: "budget cut while a tool argument flowed", MayHideFinding: true},
		},
		Config: &output.ConfigTrace{File: filepath.Join(root, ".mcplint.yml"), Disabled: []string{"MCP002"}, Exclude: []string{"vendor/**"},
			Ignore: []string{"MCP001 in dev.py: local only"}, Severity: map[string]string{"MCP004": "low"}, FailOn: "none"},
		Scores: score.Rate([]score.Server{{Root: root, Language: rule.Python, Scope: root, Entry: src}}, []rule.Finding{
			{RuleID: "MCP002", Severity: rule.Critical, Pos: pos(4, 5)}, {RuleID: "MCP004", Severity: rule.High, Pos: pos(1, 1)},
			{RuleID: "MCP014", Severity: rule.Medium, Pos: pos(1, 1), Suppressed: &rule.Suppression{Kind: "external", Baseline: true}},
		}, score.Coverage{Enabled: func(id string) bool { return id != "MCP009" }, Failed: []rule.Notice{{File: src, Failed: true}}}),
	}
	var buf bytes.Buffer
	noErr(t, output.Write(&buf, "json", rep))
	validateJSON(t, s, "a report with every field", buf.String())

	// The schema is not vacuous: it rejects what version 1 does not allow.
	for what, mutate := range map[string]func(m map[string]any){
		"version 2":           func(m map[string]any) { m["version"] = 2 },
		"no summary":          func(m map[string]any) { delete(m, "summary") },
		"bad severity":        func(m map[string]any) { first(m, "findings")["severity"] = "severe" },
		"column 0":            func(m map[string]any) { first(m, "findings")["column"] = 0 },
		"suppressed, no why":  func(m map[string]any) { delete(first(m, "suppressed"), "justification") },
		"finding with a why":  func(m map[string]any) { first(m, "findings")["justification"] = "x" },
		"unknown notice kind": func(m map[string]any) { first(m, "notices")["level"] = "fatal" },
		"config without file": func(m map[string]any) { delete(m["config"].(map[string]any), "file") },
		"config bad rule":     func(m map[string]any) { m["config"].(map[string]any)["disabled"] = []any{"cmd"} },
		"score above 100": func(m map[string]any) {
			m["score"].(map[string]any)["servers"].([]any)[0].(map[string]any)["score"] = 101
		},
		"grade E": func(m map[string]any) {
			m["score"].(map[string]any)["servers"].([]any)[0].(map[string]any)["grade"] = "E"
		},
	} {
		var m map[string]any
		noErr(t, json.Unmarshal(buf.Bytes(), &m))
		mutate(m)
		b, _ := json.Marshal(m)
		d, _ := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if s.Validate(d) == nil {
			t.Errorf("schema accepts a report with %s", what)
		}
	}
}

func first(m map[string]any, key string) map[string]any {
	return m[key].([]any)[0].(map[string]any)
}
