package output

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

func TestSARIFVersion(t *testing.T) {
	for in, want := range map[string]string{
		"v1.2.3": "1.2.3", "v0.0.0-20261202190626-7081b963b662+dirty": "0.0.0-20261202190626-7081b963b662+dirty",
		"devel": "0.0.0-devel", "": "", "my build": "0.0.0-my-build",
	} {
		if got := sarifVersion(in); got != want {
			t.Errorf("sarifVersion(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAutomationID(t *testing.T) {
	for in, want := range map[string]string{"mcplint": "mcplint/", "mcplint/": "mcplint/", "mono/server-a": "mono/server-a/"} {
		if got := AutomationID(in); got != want {
			t.Errorf("AutomationID(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRelatedLocations: related information that is not a flow reaches SARIF
// as relatedLocations (with ids, relative URIs and messages) and JSON as
// related.
func TestRelatedLocations(t *testing.T) {
	root := t.TempDir()
	file := filepath.Join(root, "main.go")
	f := rule.Finding{
		RuleID: "MCP004", Severity: rule.High, Message: "MCP SSE transport served without authentication",
		Pos: rule.Position{File: file, Line: 9, Col: 2}, End: rule.Position{File: file, Line: 9, Col: 20},
		Related: []rule.Step{{Pos: rule.Position{File: file, Line: 5, Col: 7}, End: rule.Position{File: file, Line: 5, Col: 30}, Message: "the transport is created here"}},
	}
	r := &Report{Tool: "mcplint", Version: "v1.2.3", Root: root, Rules: rule.Rules, Findings: []rule.Finding{f}}
	var sb bytes.Buffer
	if err := Write(&sb, "sarif", r); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RelatedLocations []struct {
					ID               int
					Message          struct{ Text string }
					PhysicalLocation struct {
						ArtifactLocation struct{ URI, URIBaseID string }
						Region           struct{ StartLine, StartColumn, EndColumn int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(sb.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	rl := log.Runs[0].Results[0].RelatedLocations
	if len(rl) != 1 || rl[0].ID != 1 || rl[0].Message.Text != "the transport is created here" ||
		rl[0].PhysicalLocation.ArtifactLocation.URI != "main.go" || rl[0].PhysicalLocation.Region.StartLine != 5 || rl[0].PhysicalLocation.Region.EndColumn != 30 {
		t.Errorf("relatedLocations = %+v", rl)
	}

	var jb bytes.Buffer
	if err := Write(&jb, "json", r); err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Findings []struct {
			Related []struct {
				File    string
				Line    int
				Column  int
				Message string
			}
		}
	}
	if err := json.Unmarshal(jb.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if got := rep.Findings[0].Related; len(got) != 1 || got[0].File != "main.go" || got[0].Line != 5 || got[0].Column != 7 || got[0].Message != "the transport is created here" {
		t.Errorf("json related = %+v", got)
	}
}
