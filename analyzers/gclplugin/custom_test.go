package gclplugin

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// gclVersion is the golangci-lint release the plugin is tested with.
const gclVersion = "v2.15.0"

// TestCustomGolangciLint builds a custom golangci-lint containing the plugin
// from this checkout and runs it on a small module. It needs golangci-lint
// of version gclVersion in PATH and the module proxy (or a warm module
// cache), takes minutes, and so runs only with MCPLINT_GCL_CUSTOM=1 (.ci/run
// sets it and explains the build flags that keep it cheap).
//
// `golangci-lint custom` clones golangci-lint from GitHub, which CI machines
// cannot reach: the test makes a local git repository from the module
// proxy's copy of the release, tags it, and redirects the clone to it with
// GIT_CONFIG_COUNT/url.<file URL>.insteadOf and protocol.file.allow.
func TestCustomGolangciLint(t *testing.T) {
	if os.Getenv("MCPLINT_GCL_CUSTOM") != "1" {
		t.Skip("set MCPLINT_GCL_CUSTOM=1 to build a custom golangci-lint (slow)")
	}
	// Opted in: a missing or wrong golangci-lint fails rather than skips,
	// so that CI cannot pass without running the test.
	gcl, err := exec.LookPath("golangci-lint")
	if err != nil {
		t.Fatal("MCPLINT_GCL_CUSTOM=1 but golangci-lint is not in PATH (go install github.com/golangci/golangci-lint/v2/cmd/golangci-lint@" + gclVersion + ")")
	}
	if v, err := exec.Command(gcl, "--version").Output(); err != nil || !strings.Contains(string(v), " version "+strings.TrimPrefix(gclVersion, "v")+" ") {
		t.Fatalf("%s --version: %v %s; want %s", gcl, err, v, gclVersion)
	}
	repoRoot, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()

	// 1. A local git repository holding the golangci-lint release.
	out, err := exec.Command("go", "mod", "download", "-json", "github.com/golangci/golangci-lint/v2@"+gclVersion).Output()
	if err != nil {
		t.Fatalf("go mod download: %v", err)
	}
	var mod struct{ Dir string }
	if err := json.Unmarshal(out, &mod); err != nil || mod.Dir == "" {
		t.Fatalf("go mod download: %v %s", err, out)
	}
	src := filepath.Join(work, "golangci-lint")
	run(t, work, nil, "cp", "-R", mod.Dir, src)
	run(t, work, nil, "chmod", "-R", "u+w", src)
	git := []string{"GIT_AUTHOR_NAME=mcplint", "GIT_AUTHOR_EMAIL=ci@mcplint", "GIT_COMMITTER_NAME=mcplint", "GIT_COMMITTER_EMAIL=ci@mcplint"}
	run(t, src, git, "git", "init", "-q")
	run(t, src, git, "git", "add", "-A")
	run(t, src, git, "git", "commit", "-q", "-m", gclVersion)
	run(t, src, git, "git", "tag", gclVersion)

	// 2. Build the custom binary with the plugin from this checkout.
	build := filepath.Join(work, "build")
	if err := os.MkdirAll(build, 0o755); err != nil {
		t.Fatal(err)
	}
	cfg := "version: " + gclVersion + "\nname: custom-gcl\ndestination: " + build + "\nplugins:\n" +
		"  - module: github.com/mcpsec/mcplint\n    import: github.com/mcpsec/mcplint/analyzers/gclplugin\n    path: " + repoRoot + "\n"
	if err := os.WriteFile(filepath.Join(build, ".custom-gcl.yml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	env := []string{
		"GIT_CONFIG_COUNT=2",
		"GIT_CONFIG_KEY_0=url.file://" + src + ".insteadOf", "GIT_CONFIG_VALUE_0=https://github.com/golangci/golangci-lint.git",
		"GIT_CONFIG_KEY_1=protocol.file.allow", "GIT_CONFIG_VALUE_1=always",
		"CGO_ENABLED=0",
	}
	start := time.Now()
	run(t, build, env, gcl, "custom", "-v")
	t.Logf("golangci-lint custom took %s", time.Since(start).Round(time.Second))

	// 3. Run it on a copy of the example server (its SDK is a local stub)
	// with more listeners: silenced by //nolint:mcplint, by mcplint:ignore
	// (which the analyzers apply themselves), and one on a line where
	// errcheck fires too. The configuration is .golangci.example.yml's
	// issues section: without it golangci-lint keeps one issue per line
	// (uniq-by-line) and three per text (max-same-issues).
	mod2 := filepath.Join(work, "target")
	run(t, work, nil, "cp", "-R", filepath.Join(repoRoot, "testdata", "servers", "go"), mod2)
	files := map[string]string{
		"extra.go": `package main

import "net/http"

func init() { go extra() } // reached from main: listeners count only in the server's code

func extra() {
	http.ListenAndServe(":9090", nil) //nolint:mcplint,errcheck // published on loopback only

	// mcplint:ignore MCP001 -- published on loopback by the container runtime
	_ = http.ListenAndServe(":9091", nil)

	http.ListenAndServe(":9092", nil)
}
`,
		".golangci.yml": "version: \"2\"\nlinters:\n  default: none\n  enable: [mcplint, errcheck]\n  settings:\n    custom:\n      mcplint:\n        type: module\n        settings:\n          enable: [MCP001, MCP002, MCP004]\n" +
			"issues:\n  uniq-by-line: false\n  max-same-issues: 0\n  max-issues-per-linter: 0\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(mod2, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(filepath.Join(build, "custom-gcl"), "run", "./...")
	cmd.Dir = mod2
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod")
	res, _ := cmd.CombinedOutput()
	text := string(res)
	for _, want := range []string{
		// Two rules on one line: both kept (uniq-by-line: false).
		`main.go:31:13: MCP001: MCP streamable HTTP transport listens on all interfaces`,
		`main.go:31:13: MCP004: streamable HTTP MCP transport is served without authentication`,
		`tools.go:16:14: MCP002: tool argument "cmd" reaches exec.CommandContext via "sh -c" (mcplint)`,
		// The commonest bind-all line, where errcheck fires too: both kept.
		`extra.go:13:2: MCP001: MCP server listens on all interfaces (":9092")`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in:\n%s", want, text)
		}
	}
	errcheck := false
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "extra.go:13:") && strings.HasSuffix(line, "(errcheck)") {
			errcheck = true
		}
	}
	if !errcheck {
		t.Errorf("missing errcheck's issue on extra.go:13 beside MCP001's in:\n%s", text)
	}
	for _, silenced := range []string{":9090", ":9091", "extra.go:8:", "extra.go:11:"} {
		if strings.Contains(text, silenced) {
			t.Errorf("//nolint:mcplint or mcplint:ignore did not silence %s:\n%s", silenced, text)
		}
	}
	// One issue per finding: related locations are not issues of their own.
	if strings.Contains(text, "related information") {
		t.Errorf("related information became separate issues:\n%s", text)
	}
}

func run(t *testing.T, dir string, env []string, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
}
