package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/conformance"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/docgen"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/tables"
)

// TestRuleDocsUpToDate fails when docs/rules differs from what the catalog
// generates: run `go generate ./...` after changing a rule or its help.
func TestRuleDocsUpToDate(t *testing.T) {
	dir := filepath.Join(moduleRoot, "docs", "rules")
	want := docgen.Generate(rule.Rules, tables.Known())
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

// TestConformanceDocUpToDate fails when docs/conformance.md differs from
// what the languages' conformance tables generate: run go generate ./...
func TestConformanceDocUpToDate(t *testing.T) {
	want := docgen.Conformance(conformance.Sections())
	got, err := os.ReadFile(filepath.Join(moduleRoot, "docs", "conformance.md"))
	if err != nil {
		t.Fatalf("docs/conformance.md: %v (run go generate ./...)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("docs/conformance.md is stale (run go generate ./...)")
	}
}

// TestRuleDocsContent: each page says what, why, bad and fixed code, the CWE
// link and the languages; SARIF helpUri points at the page.
func TestRuleDocsContent(t *testing.T) {
	files := docgen.Generate(rule.Rules, tables.Known())
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

var mdLink = regexp.MustCompile(`\]\(([^)\s]+)\)`)

// TestDocLinks: relative links in README.md and docs/ point at files that
// exist, and the README links every guide.
func TestDocLinks(t *testing.T) {
	pages, _ := filepath.Glob(filepath.Join(moduleRoot, "docs", "*.md"))
	rules, _ := filepath.Glob(filepath.Join(moduleRoot, "docs", "rules", "*.md"))
	top, _ := filepath.Glob(filepath.Join(moduleRoot, "*.md")) // README, CONTRIBUTING, SECURITY, CHANGELOG
	pages = append(append(pages, rules...), top...)
	for _, page := range pages {
		data, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range mdLink.FindAllStringSubmatch(string(data), -1) {
			target, _, _ := strings.Cut(m[1], "#")
			if target == "" || strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			if _, err := os.Stat(filepath.Join(filepath.Dir(page), filepath.FromSlash(target))); err != nil {
				rel, _ := filepath.Rel(moduleRoot, page)
				t.Errorf("%s links to missing %s", rel, m[1])
			}
		}
	}
	readme, err := os.ReadFile(filepath.Join(moduleRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range []string{"docs/config.md", "docs/baseline.md", "docs/github-code-scanning.md", "docs/ide.md", "docs/rules/README.md", "docs/json-schema.json"} {
		if !strings.Contains(string(readme), "("+doc+")") {
			t.Errorf("README.md does not link %s", doc)
		}
	}
}

// TestRuleDocsExamplesPerLanguage: a rule's help (and so its page and
// -explain) shows bad and fixed code in every language the rule claims.
// A failure here is fixed in analyzers/rule/help/<ID>.md.
func TestRuleDocsExamplesPerLanguage(t *testing.T) {
	// A rule about manifests (MCP014) shows each language's manifest: go.mod,
	// pyproject.toml or requirements, package.json.
	fences := map[rule.Language][]string{
		rule.Go:         {"```go"},
		rule.Python:     {"```python", "```py", "```toml"},
		rule.TypeScript: {"```typescript", "```ts", "```javascript", "```js", "```json"},
	}
	for _, r := range rule.Rules {
		bad, fixed, _ := strings.Cut(r.Help, "## Fixed")
		for _, l := range r.Languages {
			for name, section := range map[string]string{"Bad": bad, "Fixed": fixed} {
				found := false
				for _, f := range fences[l] {
					found = found || strings.Contains(section, f)
				}
				if !found {
					t.Errorf("%s claims %s but help/%s.md has no %s code under %q", r.ID, l, r.ID, l, name)
				}
			}
		}
	}
}

// TestREADMERuleTable: the README's rule table has one row per catalog
// rule, with the catalog's ID, name and CWE, in catalog order.
func TestREADMERuleTable(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(moduleRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	for _, line := range strings.Split(string(b), "\n") {
		if !strings.HasPrefix(line, "| MCP") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		rows = append(rows, cells)
	}
	if len(rows) != len(rule.Rules) {
		t.Fatalf("README rule table has %d rows, the catalog %d rules", len(rows), len(rule.Rules))
	}
	for i, r := range rule.Rules {
		row := rows[i]
		if len(row) < 4 || row[0] != r.ID || row[1] != r.Name || row[len(row)-1] != strconv.Itoa(r.CWE) {
			t.Errorf("README row %d is %q; want ID %s, name %s, CWE %d as in the catalog", i+1, row, r.ID, r.Name, r.CWE)
		}
	}
}
