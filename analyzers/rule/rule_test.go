package rule

import (
	"strings"
	"testing"
)

func TestParseDirective(t *testing.T) {
	cases := []struct {
		comment   string
		ok        bool
		ids       []string
		reason    string
		problemRE string
	}{
		{"# mcplint:ignore MCP002 -- argv is a constant allowlist", true, []string{"MCP002"}, "argv is a constant allowlist", ""},
		{"// mcplint:ignore MCP001,MCP004 -- container, published on 127.0.0.1", true, []string{"MCP001", "MCP004"}, "container, published on 127.0.0.1", ""},
		{"/* mcplint:ignore mcp003 -- fixed root */", true, []string{"MCP003"}, "fixed root", ""},
		{"# mcplint:ignore", true, nil, "", "names no rule ID"},
		{"# mcplint:ignore MCP002", true, nil, "", "gives no reason"},
		{"# mcplint:ignore MCP002 --   ", true, nil, "", "gives no reason"},
		{"# mcplint:ignore MCP999 -- x", true, nil, "", "unknown rule MCP999"},
		{"# mcplint:ignore command-injection -- x", true, nil, "", "malformed rule ID"},
		{"# just a comment", false, nil, "", ""},
		{"# see the docs for mcplint:ignore syntax", false, nil, "", ""},
	}
	for _, c := range cases {
		d, ok := ParseDirective(c.comment)
		if ok != c.ok {
			t.Errorf("%q: ok = %v, want %v", c.comment, ok, c.ok)
			continue
		}
		if c.problemRE != "" {
			if !strings.Contains(d.Problem, c.problemRE) {
				t.Errorf("%q: problem %q, want it to mention %q", c.comment, d.Problem, c.problemRE)
			}
			continue
		}
		if d.Problem != "" || strings.Join(d.IDs, ",") != strings.Join(c.ids, ",") || d.Reason != c.reason {
			t.Errorf("%q: got %+v", c.comment, d)
		}
	}
}

func TestDirectiveCovers(t *testing.T) {
	d, _ := ParseDirective("# mcplint:ignore MCP002 -- reviewed")
	d.Pos = Position{File: "/a.py", Line: 10}
	for _, c := range []struct {
		id   string
		file string
		line int
		want bool
	}{
		{"MCP002", "/a.py", 10, true},
		{"MCP002", "/a.py", 11, true},
		{"MCP002", "/a.py", 12, false},
		{"MCP002", "/a.py", 9, false},
		{"MCP003", "/a.py", 10, false},
		{"MCP002", "/b.py", 10, false},
	} {
		if got := d.Covers(c.id, c.file, c.line); got != c.want {
			t.Errorf("Covers(%s, %s, %d) = %v", c.id, c.file, c.line, got)
		}
	}
	bad, _ := ParseDirective("# mcplint:ignore MCP002")
	bad.Pos = d.Pos
	if bad.Covers("MCP002", "/a.py", 10) {
		t.Error("a malformed directive must silence nothing")
	}
}

func TestUTF16Col(t *testing.T) {
	line := []byte(`s = "é😀" + x`) // é: 2 bytes, 1 unit; 😀: 4 bytes, 2 units
	x := strings.Index(string(line), "x") + 1
	if got, want := UTF16Col(line, x), 13; got != want {
		t.Errorf("UTF16Col = %d, want %d", got, want)
	}
	if got := UTF16Col(line, 1); got != 1 {
		t.Errorf("column 1 = %d", got)
	}
	if got := UTF16Col([]byte("ab"), 3); got != 3 {
		t.Errorf("end of line = %d, want 3", got)
	}
	if got := UTF16Col([]byte{0xff, 0xfe, 'x'}, 3); got != 3 {
		t.Errorf("invalid UTF-8 counts one unit per byte: %d", got)
	}
}

func TestCatalog(t *testing.T) {
	for _, r := range Rules {
		if r.Name == r.ID || !strings.Contains(r.Help, "## Bad") || !strings.Contains(r.Help, "## Fixed") {
			t.Errorf("%s: help needs a bad and a fixed example, and name must differ from ID", r.ID)
		}
		if got, ok := ByID(r.ID); !ok || got != r {
			t.Errorf("ByID(%s) broken", r.ID)
		}
		if Rules[Index(r.ID)] != r {
			t.Errorf("Index(%s) broken", r.ID)
		}
		if strings.HasSuffix(r.Message, ".") || strings.Contains(r.Message, r.ID) {
			t.Errorf("%s: message shape must not end in a period or name the rule ID", r.ID)
		}
	}
	for _, s := range []Severity{Low, Medium, High, Critical} {
		if p, err := ParseSeverity(s.String()); err != nil || p != s {
			t.Errorf("ParseSeverity(%s) = %v, %v", s, p, err)
		}
	}
}

// A check kind renders its frame with the entry's details, and a wrong
// number of details is a programmer error.
func TestCheckKindMessage(t *testing.T) {
	k := MustCheck(CheckRebindingOff)
	if got, want := k.Message("enable_dns_rebinding_protection=False"),
		"DNS-rebinding protection is disabled for the MCP transport (enable_dns_rebinding_protection=False)"; got != want {
		t.Errorf("Message = %q, want %q", got, want)
	}
	if k.EffectiveSeverity() != byID["MCP005"].Severity {
		t.Errorf("severity %v, want the rule's", k.EffectiveSeverity())
	}
	defer func() {
		if recover() == nil {
			t.Error("Message with two details for a one-detail frame did not panic")
		}
	}()
	k.Message("a", "b")
}

// Every rule's findings come from a sink kind or a check kind, except the
// manifest rule and the annotation rule (whose words come from Effects and
// HintMessage), so that its words and severity live in one table.
func TestEveryRuleHasKinds(t *testing.T) {
	for _, r := range Rules {
		if len(KindsOf(r.ID)) == 0 && len(ChecksOf(r.ID)) == 0 && r.ID != "MCP014" && r.ID != "MCP015" {
			t.Errorf("%s has neither sink kinds nor check kinds", r.ID)
		}
	}
}
