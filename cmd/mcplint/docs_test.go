package main

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/docgen"
)

// TestRuleDocsUpToDate fails when docs/rules differs from what the catalog
// generates: run `go generate ./...` after changing a rule or its help.
func TestRuleDocsUpToDate(t *testing.T) {
	dir := filepath.Join(moduleRoot, "docs", "rules")
	want := docgen.Generate(rule.Rules)
	for name, data := range want {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Errorf("docs/rules/%s: %v (run go generate ./...)", name, err)
			continue
		}
		if !bytes.Equal(got, data) {
			t.Errorf("docs/rules/%s is stale (run go generate ./...)", name)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if _, ok := want[e.Name()]; !ok {
			t.Errorf("docs/rules/%s is not generated from the catalog; remove it or add the rule", e.Name())
		}
	}
}

// TestRuleDocsContent: each page says what, why, bad and fixed code, the CWE
// link and the languages; SARIF helpUri points at the page.
func TestRuleDocsContent(t *testing.T) {
	files := docgen.Generate(rule.Rules)
	var ids []string
	for _, r := range rule.Rules {
		ids = append(ids, r.ID)
		page := string(files[r.ID+".md"])
		for _, want := range []string{
			"# " + r.ID + ": " + r.Name, "## What it flags", "## Why it matters for MCP", "## Bad", "## Fixed",
			docgen.CWEURL(r.CWE), "| Implemented for | ", "## References", "mcplint:ignore " + r.ID,
		} {
			if !strings.Contains(page, want) {
				t.Errorf("%s.md lacks %q", r.ID, want)
			}
		}
		if !strings.HasSuffix(r.HelpURI(), "/blob/main/docs/rules/"+r.ID+".md") {
			t.Errorf("%s: helpUri %s does not point at docs/rules/%s.md", r.ID, r.HelpURI(), r.ID)
		}
		if !strings.Contains(string(files["README.md"]), "["+r.ID+"]("+r.ID+".md)") {
			t.Errorf("index does not link %s", r.ID)
		}
	}
	if !sort.StringsAreSorted(ids) {
		t.Error("catalog not in ID order")
	}
}
