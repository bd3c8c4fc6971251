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
)

// sarifLog is the part of a SARIF log these tests read.
type sarifLog struct {
	Runs []struct {
		Results []struct {
			RuleID    string `json:"ruleId"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI       string `json:"uri"`
						URIBaseID string `json:"uriBaseId"`
					} `json:"artifactLocation"`
				} `json:"physicalLocation"`
			} `json:"locations"`
			CodeFlows []struct {
				ThreadFlows []struct {
					Locations []struct {
						Location struct {
							Message struct{ Text string } `json:"message"`
						} `json:"location"`
					} `json:"locations"`
				} `json:"threadFlows"`
			} `json:"codeFlows"`
		} `json:"results"`
		Invocations []struct {
			ExecutionSuccessful       bool `json:"executionSuccessful"`
			ToolExecutionNotification []struct {
				Level   string `json:"level"`
				Message struct{ Text string }
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
	} `json:"runs"`
}

// renderSARIF writes rep as SARIF, validates it against the official schema
// and decodes it.
func renderSARIF(t *testing.T, rep *output.Report) (sarifLog, string) {
	t.Helper()
	var buf bytes.Buffer
	noErr(t, output.Write(&buf, "sarif", rep))
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := sarifSchema(t, moduleRoot).Validate(doc); err != nil {
		t.Fatalf("SARIF does not validate: %v", err)
	}
	var log sarifLog
	noErr(t, json.Unmarshal(buf.Bytes(), &log))
	return log, buf.String()
}

// TestSARIFResultCap: more results than GitHub accepts in a run (25,000)
// give a valid file holding the first 25,000 and a warning notification,
// instead of a file code scanning would reject.
func TestSARIFResultCap(t *testing.T) {
	const n = 25001
	root := t.TempDir()
	src := filepath.Join(root, "big.py")
	noErr(t, os.WriteFile(src, bytes.Repeat([]byte("os.system(cmd)\n"), n), 0o644))
	fs := make([]rule.Finding, n)
	for i := range fs {
		p := rule.Position{File: src, Line: i + 1, Col: 1}
		fs[i] = rule.Finding{RuleID: "MCP002", Severity: rule.Critical, Pos: p, End: rule.Position{File: src, Line: i + 1, Col: 15}, Message: "m"}
	}
	rep := &output.Report{Tool: "mcplint", Version: "v0.0.0", Root: root, WorkDir: root, Rules: rule.Rules, Findings: fs, ExitCode: exitFindings}
	log, _ := renderSARIF(t, rep)
	run := log.Runs[0]
	if len(run.Results) != 25000 {
		t.Errorf("%d results, want exactly GitHub's limit of 25000", len(run.Results))
	}
	if !hasNotification(run.Invocations[0].ToolExecutionNotification, "warning", "25000") {
		t.Errorf("no warning notification about the cap: %+v", run.Invocations[0].ToolExecutionNotification)
	}
	if !run.Invocations[0].ExecutionSuccessful {
		t.Error("a capped run is still a successful execution")
	}
}

// TestSARIFFlowCap: a flow longer than GitHub's 1,000 steps keeps its source
// and sink and warns.
func TestSARIFFlowCap(t *testing.T) {
	root := t.TempDir()
	src := filepath.Join(root, "a.py")
	noErr(t, os.WriteFile(src, []byte("x\n"), 0o644))
	steps := make([]rule.Step, 1500)
	for i := range steps {
		steps[i] = rule.Step{Pos: rule.Position{File: src, Line: 1, Col: 1}, Message: fmt.Sprintf("step %d", i)}
	}
	rep := &output.Report{Tool: "mcplint", Root: root, WorkDir: root, Rules: rule.Rules,
		Findings: []rule.Finding{{RuleID: "MCP002", Severity: rule.Critical, Pos: rule.Position{File: src, Line: 1, Col: 1}, Message: "m", Flow: steps}}}
	log, _ := renderSARIF(t, rep)
	locs := log.Runs[0].Results[0].CodeFlows[0].ThreadFlows[0].Locations
	if len(locs) != 1000 || locs[0].Location.Message.Text != "step 0" || locs[999].Location.Message.Text != "step 1499" {
		t.Errorf("flow has %d steps from %q to %q; want 1000 from step 0 to step 1499", len(locs), locs[0].Location.Message.Text, locs[len(locs)-1].Location.Message.Text)
	}
	if !hasNotification(log.Runs[0].Invocations[0].ToolExecutionNotification, "warning", "1000") {
		t.Error("no warning about the cut flow")
	}
}

func hasNotification(ns []struct {
	Level   string `json:"level"`
	Message struct{ Text string }
}, level, text string) bool {
	for _, n := range ns {
		if n.Level == level && strings.Contains(n.Message.Text, text) {
			return true
		}
	}
	return false
}

// TestSARIFPathsStayInRepository: a file outside the root (named on the
// command line from elsewhere) gets an absolute file URI, never a
// %SRCROOT%-relative one climbing out with "../"; files inside stay
// relative, even when their names start with "..".
func TestSARIFPathsStayInRepository(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "repo")
	inside := filepath.Join(root, "..odd name.py")
	outside := filepath.Join(base, "elsewhere", "tool.py")
	for _, p := range []string{inside, outside} {
		noErr(t, putFile(p, "os.system(cmd)\n"))
	}
	at := func(p string) rule.Position { return rule.Position{File: p, Line: 1, Col: 1} }
	rep := &output.Report{Tool: "mcplint", Root: root, WorkDir: root, Rules: rule.Rules,
		Findings: []rule.Finding{
			{RuleID: "MCP002", Severity: rule.Critical, Pos: at(inside), Message: "inside"},
			{RuleID: "MCP002", Severity: rule.Critical, Pos: at(outside), Message: "outside",
				Flow:       []rule.Step{{Pos: at(inside), Message: "source"}, {Pos: at(outside), Message: "sink"}},
				Suppressed: &rule.Suppression{Kind: "external", Justification: "j"}},
		},
		Notices: []rule.Notice{{Level: rule.NoticeWarning, File: outside, Line: 1, Message: "n"}},
	}
	log, text := renderSARIF(t, rep)
	res := log.Runs[0].Results
	in, out := res[0].Locations[0].PhysicalLocation.ArtifactLocation, res[1].Locations[0].PhysicalLocation.ArtifactLocation
	if in.URIBaseID != "%SRCROOT%" || in.URI != "..odd%20name.py" {
		t.Errorf("file inside the root: uri %q base %q", in.URI, in.URIBaseID)
	}
	wantOut := "file://" + filepath.ToSlash(outside)
	if out.URIBaseID != "" || out.URI != wantOut {
		t.Errorf("file outside the root: uri %q base %q, want %q with no base", out.URI, out.URIBaseID, wantOut)
	}
	// Every URI anywhere in the log: flows, suppressions, notifications.
	var doc any
	noErr(t, json.Unmarshal([]byte(text), &doc))
	walkURIs(doc, func(uri string) {
		if strings.HasPrefix(uri, "../") || strings.Contains(uri, "/../") || uri == ".." {
			t.Errorf("URI %q escapes the repository", uri)
		}
	})
}

func walkURIs(v any, f func(string)) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if s, ok := x.(string); ok && k == "uri" {
				f(s)
			}
			walkURIs(x, f)
		}
	case []any:
		for _, x := range v {
			walkURIs(x, f)
		}
	}
}
