package score

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

func f(id string, sev rule.Severity) rule.Finding {
	return rule.Finding{RuleID: id, Severity: sev, Pos: rule.Position{File: "/s/main.go", Line: 1, Col: 1}}
}

var ids = []string{"MCP001", "MCP002", "MCP003", "MCP004", "MCP005", "MCP006", "MCP007", "MCP008", "MCP009", "MCP012", "MCP013", "MCP014"}

// randomSet draws a finding set: any rule, any severity, repeats allowed,
// some suppressed.
func randomSet(rng *rand.Rand) []rule.Finding {
	n := rng.Intn(12)
	out := make([]rule.Finding, n)
	for i := range out {
		out[i] = f(ids[rng.Intn(len(ids))], rule.Severity(1+rng.Intn(4)))
		if rng.Intn(8) == 0 {
			out[i].Suppressed = &rule.Suppression{Kind: "inSource", Justification: "x"}
		}
	}
	return out
}

// TestMonotone: fixing any one finding (removing it, or suppressing it)
// never lowers the score nor raises any penalty, over many generated sets.
func TestMonotone(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for iter := 0; iter < 20000; iter++ {
		set := randomSet(rng)
		before := Compute(set)
		if before.Score < 0 || before.Score > 100 {
			t.Fatalf("score %d out of range for %v", before.Score, set)
		}
		for i := range set {
			fixed := append(append([]rule.Finding{}, set[:i]...), set[i+1:]...)
			suppressed := append([]rule.Finding{}, set...)
			suppressed[i].Suppressed = &rule.Suppression{Kind: "external"}
			for _, after := range []Result{Compute(fixed), Compute(suppressed)} {
				if after.Score < before.Score || after.Exposure > before.Exposure || after.Capabilities > before.Capabilities ||
					after.Hygiene > before.Hygiene || after.Reachability > before.Reachability {
					t.Fatalf("fixing %s made it worse:\nbefore %+v\nafter  %+v\nset %v", set[i].RuleID, before, after, set)
				}
			}
		}
		// Lowering a finding's severity never lowers the score either.
		for i := range set {
			if set[i].Severity > rule.Low {
				milder := append([]rule.Finding{}, set...)
				milder[i].Severity--
				if Compute(milder).Score < before.Score {
					t.Fatalf("a milder %s lowered the score", set[i].RuleID)
				}
			}
		}
	}
}

// TestDeterministic: the order of findings does not matter.
func TestDeterministic(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for iter := 0; iter < 2000; iter++ {
		set := randomSet(rng)
		a := Compute(set)
		rng.Shuffle(len(set), func(i, j int) { set[i], set[j] = set[j], set[i] })
		b := Compute(set)
		if a.Score != b.Score || a.Exposure != b.Exposure || a.Capabilities != b.Capabilities || a.Hygiene != b.Hygiene || len(a.Paths) != len(b.Paths) {
			t.Fatalf("order changed the result: %+v vs %+v", a, b)
		}
	}
}

// TestCombination: a network-exposed server without auth that also has a
// command-injection path is far worse than either alone.
func TestCombination(t *testing.T) {
	exposed := []rule.Finding{f("MCP001", rule.High), f("MCP004", rule.Critical)}
	inject := []rule.Finding{f("MCP002", rule.Critical)}
	both := append(append([]rule.Finding{}, exposed...), inject...)
	e, i, b := Compute(exposed), Compute(inject), Compute(both)
	if b.Score > e.Score-30 || b.Score > i.Score-30 {
		t.Errorf("combined %d is not far worse than exposure alone %d and injection alone %d", b.Score, e.Score, i.Score)
	}
	// Far worse than the two penalties simply added up, too.
	if 100-b.Score <= (100-e.Score)+(100-i.Score) && b.Score != 0 {
		t.Errorf("combination is no worse than the sum: %d vs %d + %d", 100-b.Score, 100-e.Score, 100-i.Score)
	}
	if b.Grade != "F" || b.Reachability != 3 {
		t.Errorf("combined = %+v, want F with reachability 3", b)
	}
	if i.Grade == "A" || i.Grade == "F" || e.Grade == "A" || e.Grade == "F" {
		t.Errorf("either alone should be a middling grade: injection %s, exposure %s", i.Grade, e.Grade)
	}
	// DNS rebinding plus no auth opens the browser door.
	rebind := Compute([]rule.Finding{f("MCP005", rule.Medium), f("MCP004", rule.High), f("MCP003", rule.High)})
	if rebind.Reachability != 2 {
		t.Errorf("MCP005+MCP004 reachability %v, want 2", rebind.Reachability)
	}
	if clean := Compute(nil); clean.Score != 100 || clean.Grade != "A" || len(clean.Paths) != 1 {
		t.Errorf("clean server = %+v", clean)
	}
}

func TestGrades(t *testing.T) {
	for score, want := range map[int]string{100: "A", 90: "A", 89: "B", 75: "B", 74: "C", 60: "C", 59: "D", 40: "D", 39: "F", 0: "F"} {
		if got := Grade(score); got != want {
			t.Errorf("Grade(%d) = %s, want %s", score, got, want)
		}
	}
}

func write(t *testing.T, path, content string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestDiscoverAndAttribute(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, "gosrv", "go.mod"), "module m\n")
	goMainFile := write(t, filepath.Join(root, "gosrv", "cmd", "srv", "main.go"), "package main\n\nimport \"github.com/mark3labs/mcp-go/server\"\n")
	write(t, filepath.Join(root, "gosrv", "cmd", "cli", "main.go"), "package main\n\nimport \"fmt\"\n") // not a server
	shared := write(t, filepath.Join(root, "gosrv", "internal", "tools", "tools.go"), "package tools\n")
	write(t, filepath.Join(root, "py", "pyproject.toml"), "[project]\nname='x'\n")
	py := write(t, filepath.Join(root, "py", "src", "app", "server.py"), "from mcp.server.fastmcp import FastMCP\nmcp = FastMCP('x')\n")
	pyHelper := write(t, filepath.Join(root, "py", "src", "app", "storage.py"), "import os\n")
	ts := write(t, filepath.Join(root, "web", "src", "index.ts"), "import { McpServer } from \"@modelcontextprotocol/sdk/server/mcp.js\";\nconst s = new McpServer({name: 'x', version: '1'});\n")
	write(t, filepath.Join(root, "web", "package.json"), "{}")
	notServer := write(t, filepath.Join(root, "scripts", "util.py"), "import mcp\n") // imports, never creates

	servers := Discover(root, []string{filepath.Dir(goMainFile), filepath.Join(root, "gosrv", "cmd", "cli"), filepath.Dir(shared)}, []string{py, pyHelper, ts, notServer})
	if len(servers) != 3 {
		t.Fatalf("servers = %+v", servers)
	}
	want := []struct {
		root string
		lang rule.Language
	}{{filepath.Join(root, "gosrv", "cmd", "srv"), rule.Go}, {filepath.Join(root, "py"), rule.Python}, {filepath.Join(root, "web"), rule.TypeScript}}
	for i, w := range want {
		if servers[i].Root != w.root || servers[i].Language != w.lang {
			t.Errorf("server %d = %+v, want %s %s", i, servers[i], w.root, w.lang)
		}
	}
	at := func(file, id string) rule.Finding {
		fd := f(id, rule.High)
		fd.Pos.File = file
		return fd
	}
	res := Rate(servers, []rule.Finding{
		at(shared, "MCP002"),   // module code: counts for the Go server
		at(pyHelper, "MCP003"), // project code: counts for the Python server
		at(filepath.Join(root, "py", "pyproject.toml"), "MCP014"), // manifest of the project
		at(notServer, "MCP002"),                                   // outside every server: not rated
	}, Coverage{})
	if res[0].Findings != 1 || res[1].Findings != 2 || res[2].Findings != 0 || res[2].Score != 100 {
		t.Errorf("attribution: %+v", res)
	}
}

// TestBaselinedCount: a finding a baseline hides counts for the score; one
// suppressed in the source (with a reason) does not.
func TestBaselinedCount(t *testing.T) {
	open := f("MCP002", rule.Critical)
	inSource := open
	inSource.Suppressed = &rule.Suppression{Kind: "inSource", Justification: "allow-listed"}
	baselined := open
	baselined.Suppressed = &rule.Suppression{Kind: "external", Justification: "in baseline b.json", Baseline: true}
	want := Compute([]rule.Finding{open})
	if got := Compute([]rule.Finding{baselined}); got.Score != want.Score || got.Findings != 1 || got.Baselined != 1 {
		t.Errorf("baselined: %+v, unsuppressed: %+v", got, want)
	}
	if got := Compute([]rule.Finding{inSource}); got.Score != 100 || got.Findings != 0 {
		t.Errorf("suppressed in source: %+v", got)
	}
}

// TestCaveats: rules turned off and inputs not analysed are named.
func TestCaveats(t *testing.T) {
	dir := t.TempDir()
	srv := Server{Root: dir, Scope: dir, Language: rule.Python, Entry: filepath.Join(dir, "server.py")}
	res := Rate([]Server{srv}, nil, Coverage{
		Enabled: func(id string) bool { return id == "MCP002" },
		Failed:  []rule.Notice{{File: filepath.Join(dir, "a.py"), Failed: true}, {File: filepath.Join(dir, "b.py"), Failed: true}, {File: "/elsewhere/c.py", Failed: true}},
	})[0]
	total := 0
	for _, r := range rule.Rules {
		if r.Implemented() && r.Supports(rule.Python) {
			total++
		}
	}
	want := []string{"incomplete: 2 files not analysed", fmt.Sprintf("partial: 1 of %d rules", total)}
	if strings.Join(res.Caveats, "|") != strings.Join(want, "|") || res.NotAnalysed != 2 || res.RulesRun != 1 || res.RulesTotal != total {
		t.Errorf("got %+v, caveats %q", res, res.Caveats)
	}
	if res := Rate([]Server{srv}, nil, Coverage{})[0]; len(res.Caveats) != 0 || res.RulesRun != total {
		t.Errorf("complete scan: %+v", res)
	}
}
