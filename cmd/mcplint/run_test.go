package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// startDir is the package directory the test binary starts in; tests
// change directory, so the root is computed from it once.
var startDir, _ = os.Getwd()

// repoRoot is the module root; tests run the CLI from there so paths in
// output are the ones a user sees after cloning.
func repoRoot(t testing.TB) string {
	t.Helper()
	if startDir == "" {
		t.Fatal("cannot tell the working directory")
	}
	return filepath.Clean(filepath.Join(startDir, "..", ".."))
}

// mcplint runs the command in-process from dir and returns stdout, stderr
// and the exit code.
func mcplint(t testing.TB, dir string, args ...string) (string, string, int) {
	t.Helper()
	if dir != "" {
		t.Chdir(dir)
	}
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return stdout.String(), stderr.String(), code
}

// normalise replaces the machine-specific root so golden files are portable.
func normalise(root, s string) string {
	return strings.ReplaceAll(s, filepath.ToSlash(root), "/ROOT")
}

// fileFormats are the formats scanServers writes to files, besides text on
// standard output.
var fileFormats = []string{"concise", "json", "github", "sarif", "html"}

// scanServers runs mcplint once on testdata/servers writing all four
// formats (one run: loading Go packages dominates the cost), with the given
// GOMAXPROCS (0 keeps the current value). It returns format -> normalised
// output and the exit code.
func scanServers(t *testing.T, procs int, extra ...string) (map[string]string, int) {
	t.Helper()
	root := repoRoot(t)
	if procs > 0 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
	}
	tmp := t.TempDir()
	args := append([]string{"-format", "text"}, extra...)
	for _, f := range fileFormats {
		args = append(args, "-format", f+":"+filepath.Join(tmp, f))
	}
	stdout, stderr, code := mcplint(t, root, append(args, "testdata/servers")...)
	out := map[string]string{"text": normalise(root, stdout)}
	for _, f := range fileFormats {
		data, err := os.ReadFile(filepath.Join(tmp, f))
		if err != nil {
			t.Fatalf("%v; stderr:\n%s", err, stderr)
		}
		out[f] = normalise(root, string(data))
	}
	return out, code
}

var serversOnce struct {
	sync.Once
	out  map[string]string
	code int
}

// servers is scanServers with the default GOMAXPROCS, shared by the tests
// that only read its output.
func servers(t *testing.T) (map[string]string, int) {
	serversOnce.Do(func() { serversOnce.out, serversOnce.code = scanServers(t, 0) })
	if serversOnce.out == nil {
		t.Fatal("scan of testdata/servers failed in an earlier test")
	}
	return serversOnce.out, serversOnce.code
}

func TestGolden(t *testing.T) {
	root := repoRoot(t)
	outs, code := servers(t)
	if code != exitFindings {
		t.Fatalf("exit code %d, want %d", code, exitFindings)
	}
	for _, format := range append([]string{"text"}, fileFormats...) {
		got := outs[format]
		golden := filepath.Join(root, "testdata", "golden", "servers."+format)
		if *update {
			if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./cmd/mcplint -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s output differs from %s (regenerate with -update if the change is intended)\n--- got\n%s", format, golden, got)
		}
	}
}

// TestServersCoverEveryLanguage: the examples must show MCP001 in all three
// languages, as the README promises a new user.
func TestServersCoverEveryLanguage(t *testing.T) {
	outs, _ := servers(t)
	var rep struct {
		Findings []struct{ Rule, File string }
	}
	if err := json.Unmarshal([]byte(outs["json"]), &rep); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, f := range rep.Findings {
		if f.Rule == "MCP001" {
			seen[string(languageOf(f.File))] = true
		}
	}
	for _, lang := range []string{"go", "python", "typescript"} {
		if !seen[lang] {
			t.Errorf("no MCP001 finding in the %s example server", lang)
		}
	}
}

func sarifSchema(t *testing.T, root string) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	f, err := os.Open(filepath.Join(root, "testdata", "sarif", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSARIFValid validates SARIF output against the official 2.1.0 schema,
// then checks what GitHub code scanning requires beyond the schema.
func TestSARIFValid(t *testing.T) {
	root := repoRoot(t)
	schema := sarifSchema(t, root)
	outs, _ := servers(t)
	abs, _, _ := mcplint(t, root, "-format", "sarif", "-sarif-uri", "absolute", "-sarif-category", "mcplint/servers", "testdata/servers/python")
	for i, log := range []string{outs["sarif"], abs} {
		doc, err := jsonschema.UnmarshalJSON(strings.NewReader(log))
		if err != nil {
			t.Fatalf("run %d: not JSON: %v", i, err)
		}
		if err := schema.Validate(doc); err != nil {
			t.Fatalf("run %d: SARIF does not validate: %v", i, err)
		}
		checkGitHubRules(t, log, i == 1)
	}
}

func checkGitHubRules(t *testing.T, log string, absolute bool) {
	t.Helper()
	var s struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID, Name   string
						Properties map[string]any
					}
				}
			}
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			AutomationDetails  *struct{ ID string }            `json:"automationDetails"`
			Results            []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI, URIBaseID string } `json:"artifactLocation"`
						Region           map[string]int                  `json:"region"`
					} `json:"physicalLocation"`
				}
				PartialFingerprints map[string]string `json:"partialFingerprints"`
			}
		}
	}
	if err := json.Unmarshal([]byte(log), &s); err != nil {
		t.Fatal(err)
	}
	if len(s.Runs) != 1 {
		t.Fatalf("want exactly one run, got %d", len(s.Runs))
	}
	run := s.Runs[0]
	for _, r := range run.Tool.Driver.Rules {
		if r.Name == r.ID || r.Name == "" {
			t.Errorf("rule %s: name must be set and differ from the ID", r.ID)
		}
		sev, _ := r.Properties["security-severity"].(string)
		if _, err := strconv.ParseFloat(sev, 64); err != nil {
			t.Errorf("rule %s: security-severity %q is not a numeric string", r.ID, sev)
		}
	}
	if len(run.Results) == 0 {
		t.Fatal("no results on the example servers")
	}
	for _, res := range run.Results {
		if run.Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %s has ruleIndex %d pointing at %s", res.RuleID, res.RuleIndex, run.Tool.Driver.Rules[res.RuleIndex].ID)
		}
		loc := res.Locations[0].PhysicalLocation
		for _, k := range []string{"startLine", "startColumn", "endLine", "endColumn"} {
			if loc.Region[k] < 1 {
				t.Errorf("result %s: region lacks %s", res.RuleID, k)
			}
		}
		if res.PartialFingerprints["primaryLocationLineHash"] == "" {
			t.Errorf("result %s has no primaryLocationLineHash", res.RuleID)
		}
		uri := loc.ArtifactLocation.URI
		if absolute != strings.HasPrefix(uri, "file:///") || strings.Contains(uri, "..") {
			t.Errorf("bad artifact URI %q", uri)
		}
	}
	if absolute {
		// Written as GitHub's upload action writes a category: with a
		// trailing "/", else code scanning reads "servers" as a run ID in
		// category "mcplint/".
		if run.AutomationDetails == nil || run.AutomationDetails.ID != "mcplint/servers/" {
			t.Errorf("-sarif-category mcplint/servers must set automationDetails.id to mcplint/servers/, got %+v", run.AutomationDetails)
		}
		return
	}
	if run.AutomationDetails != nil {
		t.Error("automationDetails must be absent unless -sarif-category is given")
	}
	base := run.OriginalURIBaseIDs["%SRCROOT%"].URI
	if !strings.HasPrefix(base, "file:///") || !strings.HasSuffix(base, "/") {
		t.Errorf("originalUriBaseIds %%SRCROOT%% = %q, want an absolute file URI ending in /", base)
	}
}

func TestExitCodes(t *testing.T) {
	root := repoRoot(t)
	clean := t.TempDir()
	if err := os.WriteFile(filepath.Join(clean, "ok.py"), []byte("print('hello')\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		args []string
		want int
	}{
		{"findings", []string{"testdata/servers/python"}, exitFindings},
		{"findings in json", []string{"-format", "json", "testdata/servers/python"}, exitFindings},
		{"findings in github", []string{"-format", "github", "testdata/servers/python"}, exitFindings},
		{"findings in sarif", []string{"-format", "sarif", "testdata/servers/typescript"}, exitFindings},
		{"fail-on none", []string{"-fail-on", "none", "testdata/servers/python"}, exitClean},
		{"clean", []string{clean}, exitClean},
		{"unknown flag", []string{"-nope"}, exitUsage},
		{"unknown format", []string{"-format", "xml", "."}, exitUsage},
		{"unknown rule", []string{"-enable", "MCP999", "."}, exitUsage},
		{"bad severity", []string{"-fail-on", "severe", "."}, exitUsage},
		{"missing path", []string{filepath.Join(clean, "does-not-exist")}, exitUsage},
		{"two stdout formats", []string{"-format", "json", "-format", "text", "."}, exitUsage},
		{"explain unknown", []string{"-explain", "MCP999"}, exitUsage},
		{"list rules", []string{"-list-rules"}, exitClean},
		{"explain", []string{"-explain", "MCP001"}, exitClean},
		{"version", []string{"-version"}, exitClean},
	}
	for _, c := range cases {
		_, stderr, code := mcplint(t, root, c.args...)
		if code != c.want {
			t.Errorf("%s: exit %d, want %d; stderr:\n%s", c.name, code, c.want, stderr)
		}
	}
}

func TestEnableDisable(t *testing.T) {
	root := repoRoot(t)
	stdout, _, code := mcplint(t, root, "-disable", "bind-all-interfaces", "-format", "json", "testdata/servers/python", "testdata/servers/typescript")
	if strings.Contains(stdout, `"rule": "MCP001"`) {
		t.Errorf("-disable bind-all-interfaces still reports MCP001 (exit %d)", code)
	}
	stdout, _, _ = mcplint(t, root, "-enable", "MCP001", "-format", "json", "testdata/servers/python", "testdata/servers/typescript")
	var rep struct{ Findings []struct{ Rule string } }
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Findings {
		if f.Rule != "MCP001" {
			t.Errorf("-enable MCP001 reported %s", f.Rule)
		}
	}
}

// TestDeterministic: same input, same bytes, whatever the core count, in
// every format.
func TestDeterministic(t *testing.T) {
	base, _ := servers(t)
	for _, procs := range []int{1, 4} {
		outs, _ := scanServers(t, procs)
		for format, got := range outs {
			if got != base[format] {
				t.Errorf("%s output differs with GOMAXPROCS=%d", format, procs)
			}
		}
	}
}

func TestListRulesAndExplain(t *testing.T) {
	out, _, _ := mcplint(t, "", "-list-rules")
	for _, want := range []string{"MCP001", "bind-all-interfaces", "CWE-1327", "MCP008"} {
		if !strings.Contains(out, want) {
			t.Errorf("-list-rules lacks %q:\n%s", want, out)
		}
	}
	out, _, _ = mcplint(t, "", "-explain", "path-traversal")
	if !strings.Contains(out, "MCP003") || !strings.Contains(out, "## Fixed") {
		t.Errorf("-explain path-traversal:\n%s", out)
	}
}
