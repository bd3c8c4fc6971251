package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/goengine"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/output"
)

// TestMain keeps the -cache key of the tests out of the user's
// configuration directory.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "mcplint-key-")
	if err != nil {
		panic(err)
	}
	defaultKeyPath = func() (string, error) { return filepath.Join(dir, "cache.key"), nil }
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// The tests in this file reproduce attacks by a repository on the CI job
// that scans it: each builds the hostile tree of one row of the threat
// model (docs/security.md) and checks the defence.

// within60s runs f and fails the test if it does not return in time: a
// FIFO opened by mistake blocks forever.
func within60s(t *testing.T, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("mcplint did not finish in 60s (blocked on a special file?)")
	}
}

// TestHostileCacheForgery (D1): an entry rewritten with its findings
// emptied and its checksum recomputed, as anyone who can write the cache
// directory could, must not be trusted.
func TestHostileCacheForgery(t *testing.T) {
	dir := cacheProject(t)
	cache := t.TempDir()
	want, plain := cacheScan(t, dir)
	cacheScan(t, "-cache", cache, dir)
	entries, err := os.ReadDir(cache)
	if err != nil || len(entries) == 0 {
		t.Fatalf("no cache entries written: %v", err)
	}
	// Every field an entry has had; gob matches fields by name.
	type anyEntry struct {
		Format, Key, Sum string
		MAC              []byte
		Output           []byte
	}
	var empty bytes.Buffer
	must(t, gob.NewEncoder(&empty).Encode(rule.Output{Files: 4, Lines: 30}))
	for _, e := range entries {
		p := filepath.Join(cache, e.Name())
		b, err := os.ReadFile(p)
		must(t, err)
		var ent anyEntry
		if gob.NewDecoder(bytes.NewReader(b)).Decode(&ent) != nil {
			continue
		}
		ent.Output = empty.Bytes()
		h := sha256.Sum256(ent.Output)
		ent.Sum = hex.EncodeToString(h[:])
		var out bytes.Buffer
		must(t, gob.NewEncoder(&out).Encode(ent))
		must(t, os.WriteFile(p, out.Bytes(), 0o644))
	}
	resetCacheStats()
	got, out := cacheScan(t, "-cache", cache, dir)
	if !slices.Equal(got, want) || out != plain {
		t.Errorf("a forged cache entry was trusted: findings %v, want %v", got, want)
	}
	if h := cacheStats.hits.Load(); h != 0 {
		t.Errorf("%d forged entries were trusted", h)
	}
	// The forged entries were rewritten: the next run hits.
	resetCacheStats()
	cacheScan(t, "-cache", cache, dir)
	if h := cacheStats.hits.Load(); h != 1 {
		t.Errorf("forged entries were not rewritten: %d hits on the next run, want 1", h)
	}
}

// TestHostileCacheInsideTree (D1): a cache directory the scanned tree can
// hold (a committed .mcplint-cache/) is refused.
func TestHostileCacheInsideTree(t *testing.T) {
	dir := cacheProject(t)
	must(t, os.Mkdir(filepath.Join(dir, ".git"), 0o755))
	must(t, os.Mkdir(filepath.Join(dir, "sub"), 0o755))
	for _, c := range []struct{ cache, path string }{
		{filepath.Join(dir, ".mcplint-cache"), dir},
		{".mcplint-cache", "."},
		{filepath.Join(dir, "cache"), filepath.Join(dir, "sub")}, // in the repository, beside the scanned path
	} {
		_, stderr, code := mcplint(t, dir, "-cache", c.cache, c.path)
		if code != exitUsage || !strings.Contains(stderr, "-cache") {
			t.Errorf("-cache %s scanning %s: exit %d, want %d with a message; stderr:\n%s", c.cache, c.path, code, exitUsage, stderr)
		}
	}
}

// controls finds bytes a terminal or the Actions runner would act on.
var controls = regexp.MustCompile("[\x00-\x08\x0b-\x1f\x7f]|\u0085|\u009b|[\u202a-\u202e\u2066-\u2069]")

// TestHostileNamesAndText (D2, D11): file and directory names and comment
// text reach stderr, text and github output escaped, so that a name cannot
// start a workflow command or drive the terminal.
func TestHostileNamesAndText(t *testing.T) {
	dir := t.TempDir()
	bad := "d\n::add-mask::mcplint\n::stop-commands::pwn1\nx\u202e"
	writeFile(t, filepath.Join(dir, bad, "b.py"), []byte("def f(:\n"))
	writeFile(t, filepath.Join(dir, bad, "server.py"), []byte(bindAllPy))
	writeFile(t, filepath.Join(dir, "c.py"), []byte("x = 1  # mcplint:ignore MCP002,\r::stop-commands::y -- r\ny = 2  # mcplint:ignore \x1b[31mMCP9\a -- r\n"))
	for _, format := range []string{"text", "github"} {
		stdout, stderr, _ := mcplint(t, dir, "-format", format, ".")
		for _, s := range []string{stdout, stderr} {
			if m := controls.FindString(s); m != "" {
				t.Errorf("-format %s: output holds %q:\n%s", format, m, s)
			}
			for _, line := range strings.Split(s, "\n") {
				if strings.HasPrefix(line, "::") && !regexp.MustCompile(`^::(error|warning|notice) file=`).MatchString(line) {
					t.Errorf("-format %s: a line starts a workflow command: %q", format, line)
				}
			}
		}
		if !strings.Contains(stderr+stdout, `x\u202e/b.py`) {
			t.Errorf("-format %s: the hostile name is not shown escaped:\n%s%s", format, stdout, stderr)
		}
		if format == "github" && !strings.Contains(stdout, "MCP001") {
			t.Errorf("-format github: the finding under the hostile name was lost:\n%s", stdout)
		}
	}
}

// TestOutputFormatsEscape (D2, D11) renders a report whose message and path
// hold controls in every terminal format.
func TestOutputFormatsEscape(t *testing.T) {
	wd, _ := os.Getwd()
	f := rule.Finding{RuleID: "MCP002", Severity: rule.Critical, Message: "tool argument \"a\x1b]0;t\a\" reaches \r::stop-commands::z",
		Pos: rule.Position{File: filepath.Join(wd, "a\n::add-mask::x.py"), Line: 1, Col: 1}, End: rule.Position{Line: 1, Col: 2}}
	rep := &output.Report{Tool: "mcplint", Root: wd, WorkDir: wd, Rules: rule.Rules, Findings: []rule.Finding{f},
		Notices: []rule.Notice{{Level: rule.NoticeError, File: filepath.Join(wd, "n\r::x.py"), Message: "cannot read: \x1b[2J", Failed: true}}}
	for _, format := range []string{"text", "github", "score"} {
		var b bytes.Buffer
		must(t, output.Write(&b, format, rep))
		if m := controls.FindString(b.String()); m != "" {
			t.Errorf("-format %s: output holds %q:\n%s", format, m, b.String())
		}
		for _, line := range strings.Split(b.String(), "\n") {
			if strings.HasPrefix(line, "::") && !regexp.MustCompile(`^::(error|warning|notice) file=`).MatchString(line) {
				t.Errorf("-format %s: a line starts a workflow command: %q", format, line)
			}
		}
	}
	if m := controls.FindString(noticeText(rep, rep.Notices[0])); m != "" {
		t.Errorf("stderr notice holds %q", m)
	}
}

// TestHostileGitignore (D4): a .gitignore that is a link to /dev/zero, a
// FIFO, or huge is not read, and says so.
func TestHostileGitignore(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "server.py"), []byte(bindAllPy))
	must(t, os.Symlink("/dev/zero", filepath.Join(dir, ".gitignore")))
	writeFile(t, filepath.Join(dir, "fifo", "server.py"), []byte(bindAllPy))
	mkfifo(t, filepath.Join(dir, "fifo", ".gitignore"))
	writeFile(t, filepath.Join(dir, "big", "server.py"), []byte(bindAllPy))
	writeFile(t, filepath.Join(dir, "big", ".gitignore"), bytes.Repeat([]byte("x\n"), 2<<20))
	within60s(t, func() {
		out, stderr, code := scan(t, dir, ".")
		if code != exitFindings || len(out.Findings) != 3 {
			t.Errorf("exit %d, findings %s; want 1 and three findings\nstderr:\n%s", code, where(out.Findings), stderr)
		}
		for _, name := range []string{".gitignore", "fifo/.gitignore", "big/.gitignore"} {
			if !strings.Contains(stderr, name+": warning: not read") {
				t.Errorf("no notice that %s was not read:\n%s", name, stderr)
			}
		}
	})
}

// TestHostileGoMod (D5): a go.mod that is a link to /dev/zero, or a FIFO, is
// not a module root, and is never read.
func TestHostileGoMod(t *testing.T) {
	t.Setenv("GOFLAGS", "")
	dir := t.TempDir()
	must(t, os.Symlink("/dev/zero", filepath.Join(dir, "go.mod")))
	writeFile(t, filepath.Join(dir, "sub", "main.go"), []byte("package main\n\nfunc main() {}\n"))
	writeFile(t, filepath.Join(dir, "f", "main.go"), []byte("package main\n\nfunc main() {}\n"))
	mkfifo(t, filepath.Join(dir, "f", "go.mod"))
	writeFile(t, filepath.Join(dir, "server.py"), []byte(bindAllPy))
	within60s(t, func() {
		out, stderr, code := scan(t, dir, "-cache", t.TempDir(), ".")
		if len(out.Findings) != 1 || code == exitUsage {
			t.Errorf("exit %d, findings %s\nstderr:\n%s", code, where(out.Findings), stderr)
		}
		if strings.Contains(stderr, "could not load Go packages of module") {
			t.Errorf("a go.mod that is not a regular file was taken as a module root:\n%s", stderr)
		}
	})
	for _, d := range []string{dir, filepath.Join(dir, "f")} {
		if root := goModuleRoot(filepath.Join(d, "sub")); root != "" {
			t.Errorf("goModuleRoot found %s", root)
		}
	}
}

// TestHostileConstant (D6): 33 doublings of a string constant used as a
// listen address would make a 64 GiB string; the value is unknown instead,
// whether the doublings are in the package that listens or in a package it
// imports from the same module (analysed from source, so go/types shares the
// unflattened value across the import).
func TestHostileConstant(t *testing.T) {
	t.Setenv("GOFLAGS", "")
	doublings := func(prefix string) string {
		var b strings.Builder
		fmt.Fprintf(&b, "\nconst %s0 = \"0.0.0.0:\"\n", prefix)
		for i := 1; i <= 33; i++ {
			fmt.Fprintf(&b, "const %s%d = %s%d + %s%d\n", prefix, i, prefix, i-1, prefix, i-1)
		}
		return b.String()
	}
	for _, tc := range []struct {
		name  string
		files map[string]string
	}{
		{"same package", map[string]string{
			"main.go": "package main\n\nimport \"net/http\"\n" + doublings("c") + "\nfunc main() { http.ListenAndServe(c33, nil) }\n",
		}},
		{"imported package", map[string]string{
			"a/a.go":  "package a\n" + doublings("C"),
			"main.go": "package main\n\nimport (\n\t\"net/http\"\n\n\t\"example.com/c/a\"\n)\n\nfunc main() { http.ListenAndServe(a.C33+\"x\", nil) }\n",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "go.mod"), []byte("module example.com/c\n\ngo 1.22\n"))
			for name, text := range tc.files {
				if n := strings.Count(text, "\n"); n > 45 {
					t.Fatalf("reproduction has %d lines", n)
				}
				writeFile(t, filepath.Join(dir, name), []byte(text))
			}
			// The go list child compiles the package; the supervisor caps the
			// address space of a scan, which this in-process run does by hand
			// (lower than the machine's memory, to be kind to the test machine).
			defer capAddressSpace(4 << 30)()
			within60s(t, func() {
				_, stderr, code := scan(t, dir, "./...")
				if code == exitUsage {
					t.Errorf("exit %d:\n%s", code, stderr)
				}
			})
		})
	}
}

// TestSupervisorMapsCrashes (D6): a crash of the analysing process (out of
// memory, a runtime fatal error, a signal) ends with exit 3, never 2, the
// usage-error code that makes the Action skip its upload.
func TestSupervisorMapsCrashes(t *testing.T) {
	for _, tc := range []struct {
		script string
		want   int
	}{
		{"exit " + fmt.Sprint(childExitBase+exitClean), exitClean},
		{"exit " + fmt.Sprint(childExitBase+exitFindings), exitFindings},
		{"exit " + fmt.Sprint(childExitBase+exitUsage), exitUsage},
		{"exit " + fmt.Sprint(childExitBase+exitFailure), exitFailure},
		{"echo 'fatal error: runtime: out of memory' >&2; exit 2", exitFailure},
		{"kill -9 $$", exitFailure},
	} {
		var stderr bytes.Buffer
		cmd := exec.Command("sh", "-c", tc.script)
		if got := supervise(cmd, &stderr); got != tc.want {
			t.Errorf("%s: exit %d, want %d", tc.script, got, tc.want)
		}
		if tc.want == exitFailure && !strings.Contains(stderr.String(), "mcplint") && !strings.HasPrefix(tc.script, "exit") {
			t.Errorf("%s: no message on stderr", tc.script)
		}
	}
}

// TestHostileOutputLinks (D8): a link committed where the report or the
// baseline is written is refused, and nothing outside is written.
func TestHostileOutputLinks(t *testing.T) {
	outside := t.TempDir()
	victim := filepath.Join(outside, "victim")
	writeFile(t, victim, []byte("precious\n"))
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "server.py"), []byte(bindAllPy))
	must(t, os.Symlink(victim, filepath.Join(dir, "mcplint.sarif")))
	must(t, os.Symlink(victim, filepath.Join(dir, "base.json")))
	must(t, os.Symlink(victim, filepath.Join(dir, "base2.json.tmp")))
	must(t, os.Symlink(outside, filepath.Join(dir, "reports")))
	for _, args := range [][]string{
		{"-format", "sarif:mcplint.sarif", "."},
		{"-format", "sarif:reports/victim", "."},
		{"-write-baseline", "base.json", "."},
	} {
		_, stderr, code := mcplint(t, dir, args...)
		if code != exitUsage || !strings.Contains(stderr, "symbolic link") {
			t.Errorf("%v: exit %d, want %d and a message about the link; stderr:\n%s", args, code, exitUsage, stderr)
		}
	}
	_, stderr, code := mcplint(t, dir, "-write-baseline", "base2.json", ".")
	if code != exitClean {
		t.Errorf("-write-baseline base2.json: exit %d\n%s", code, stderr)
	}
	if b, _ := os.ReadFile(victim); string(b) != "precious\n" {
		t.Errorf("a file outside the tree was overwritten: %q", b)
	}
	if fi, err := os.Lstat(filepath.Join(dir, "mcplint.sarif")); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was removed or replaced")
	}
}

// TestOutputWrittenWhole (D8): an output file is replaced by a rename, so a
// failed write (a full disk) never leaves a truncated file in place of the
// old one, and a reader holding the old file keeps it whole.
func TestOutputWrittenWhole(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "server.py"), []byte(bindAllPy))
	out := filepath.Join(dir, "out.sarif")
	writeFile(t, out, []byte("old log\n"))
	old, err := os.Open(out)
	must(t, err)
	defer old.Close()
	if _, _, code := mcplint(t, dir, "-format", "sarif:"+out, "."); code != exitFindings {
		t.Fatalf("exit %d", code)
	}
	b := make([]byte, 64)
	n, _ := old.Read(b)
	if string(b[:n]) != "old log\n" {
		t.Errorf("the old file was rewritten in place (%q): a failed write would truncate it", b[:n])
	}
	if b, _ := os.ReadFile(out); !bytes.Contains(b, []byte(`"ruleId": "MCP001"`)) {
		t.Errorf("the new log was not written: %q", b)
	}
	if ents, _ := filepath.Glob(filepath.Join(dir, ".out.sarif.tmp*")); len(ents) > 0 {
		t.Errorf("temporary files left: %v", ents)
	}
}

// TestGoChildEnv (D7): every go command mcplint runs, including go env for
// -cache, is protected like go list and runs in the module's directory.
func TestGoChildEnv(t *testing.T) {
	dir := t.TempDir()
	cmd := goengine.Command(dir, "env", "GOVERSION")
	if cmd.Dir != dir {
		t.Errorf("go env runs in %q, want the module directory %q", cmd.Dir, dir)
	}
	for _, want := range []string{"GOTOOLCHAIN=local", "GOPROXY=off", "CGO_ENABLED=0", "GOFLAGS=-mod=readonly"} {
		if !slices.Contains(cmd.Env, want) {
			t.Errorf("go env lacks %s: %v", want, cmd.Env)
		}
	}
}

// TestHostileToolchainWithCache (D7): -cache on a module that asks for a
// newer toolchain downloads nothing, and a module inside a go.work
// workspace (which go env reports only from within it) is not cached.
func TestHostileToolchainWithCache(t *testing.T) {
	t.Setenv("GOFLAGS", "")
	t.Setenv("GOTOOLCHAIN", "auto")
	t.Setenv("GOPROXY", "http://127.0.0.1:1") // a download attempt fails loudly
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "go.mod"), []byte("module example.com/tc\n\ngo 1.22\n\ntoolchain go1.99.0\n"))
	writeFile(t, filepath.Join(dir, "main.go"), []byte("package main\n\nfunc main() {}\n"))
	cfg := &config{maxFileSize: 1 << 20}
	if _, ok := goKey(cfg, []string{dir}); !ok {
		t.Error("go env failed on a module asking for go1.99.0: it must run with GOTOOLCHAIN=local")
	}
	ws := t.TempDir()
	writeFile(t, filepath.Join(ws, "go.work"), []byte("go 1.22\n\nuse ./m\n"))
	writeFile(t, filepath.Join(ws, "m", "go.mod"), []byte("module example.com/m\n\ngo 1.22\n"))
	writeFile(t, filepath.Join(ws, "m", "main.go"), []byte("package main\n\nfunc main() {}\n"))
	t.Chdir(t.TempDir())
	if _, ok := goKey(cfg, []string{filepath.Join(ws, "m")}); ok {
		t.Error("a module in a go.work workspace was keyed for the cache (go env ran outside it)")
	}
}

// TestConfigTrace (D9): what a configuration file turns off is printed on
// stderr and recorded in SARIF and JSON.
func TestConfigTrace(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "server.py"), []byte(bindAllPy))
	writeFile(t, filepath.Join(dir, "vendored", "x.py"), []byte(bindAllPy))
	writeFile(t, filepath.Join(dir, ".mcplint.yml"), []byte("disable: [MCP002]\nexclude: [vendored/**]\nignore:\n  - rules: [MCP001]\n    paths: [server.py]\n    reason: not exposed\n"))
	sarifPath := filepath.Join(t.TempDir(), "out.sarif")
	stdout, stderr, code := mcplint(t, dir, "-format", "json", "-format", "sarif:"+sarifPath, ".")
	if code != exitClean {
		t.Errorf("exit %d", code)
	}
	for _, want := range []string{"MCP002", "vendored/**", "disabled", "excluded"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not say %q:\n%s", want, stderr)
		}
	}
	var doc struct {
		Config struct {
			File     string
			Disabled []string
			Exclude  []string
		}
	}
	must(t, json.Unmarshal([]byte(stdout), &doc))
	if doc.Config.File != ".mcplint.yml" || !slices.Equal(doc.Config.Disabled, []string{"MCP002"}) || !slices.Equal(doc.Config.Exclude, []string{"vendored/**"}) {
		t.Errorf("JSON config = %+v", doc.Config)
	}
	log, err := os.ReadFile(sarifPath)
	must(t, err)
	var sl struct {
		Runs []struct {
			Properties map[string]any
		}
	}
	must(t, json.Unmarshal(log, &sl))
	if p, _ := json.Marshal(sl.Runs[0].Properties["mcplint/config"]); !strings.Contains(string(p), "MCP002") || !strings.Contains(string(p), "vendored/**") {
		t.Errorf("SARIF run properties lack the configuration: %s", p)
	}
	if notes := sarifNotes(t, string(log)); !strings.Contains(notes[".mcplint.yml"], "MCP002") {
		t.Errorf("no SARIF notification about the configuration: %v", notes)
	}
	gh, _, _ := mcplint(t, dir, "-format", "github", ".")
	if !strings.Contains(gh, "::warning file=.mcplint.yml,title=mcplint::configuration file disabled rules MCP002") {
		t.Errorf("-format github has no annotation for the configuration:\n%s", gh)
	}
	// A CI-owned configuration outside the repository replaces it.
	ci := filepath.Join(t.TempDir(), "ci.yml")
	writeFile(t, ci, []byte("fail-on: high\n"))
	out, stderr, code := scan(t, dir, "-config", ci, ".")
	if code != exitFindings || len(out.Findings) != 2 || strings.Contains(stderr, "disabled") {
		t.Errorf("-config %s: exit %d, findings %s\n%s", ci, code, where(out.Findings), stderr)
	}
}

// TestCutMayHideFinding (D3, CLI side): a notice saying that a bound cut the
// analysis where a finding may hide is a warning in every format and fails
// the run with exit 3.
func TestCutMayHideFinding(t *testing.T) {
	wd, _ := os.Getwd()
	n := rule.Notice{Level: rule.NoticeWarning, File: filepath.Join(wd, "big.py"), Line: 3, Message: "analysis budget reached while a tool argument was flowing", MayHideFinding: true}
	cfg := &config{failOn: rule.Low}
	if code := exitCode(cfg, rule.Output{Notices: []rule.Notice{n}}); code != exitFailure {
		t.Errorf("exit %d, want %d", code, exitFailure)
	}
	rep := &output.Report{Tool: "mcplint", Root: wd, WorkDir: wd, Rules: rule.Rules, Notices: []rule.Notice{n}, ExitCode: exitFailure}
	var gh bytes.Buffer
	must(t, output.Write(&gh, "github", rep))
	if !strings.HasPrefix(gh.String(), "::warning file=big.py,line=3") {
		t.Errorf("-format github has no annotation for the cut: %q", gh.String())
	}
	var js bytes.Buffer
	must(t, output.Write(&js, "json", rep))
	if !strings.Contains(js.String(), `"mayHideFinding": true`) {
		t.Errorf("JSON does not mark the notice: %s", js.String())
	}
}

// TestGitignoreTrace (D9): a .gitignore that hides the server leaves a
// trace on stderr and in SARIF.
func TestGitignoreTrace(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "server.py"), []byte(bindAllPy))
	writeFile(t, filepath.Join(dir, ".gitignore"), []byte("server.py\n"))
	stdout, stderr, code := mcplint(t, dir, "-format", "sarif", ".")
	if code != exitClean {
		t.Errorf("exit %d", code)
	}
	want := "kept 1 source file or directory out of the scan: server.py"
	if !strings.Contains(stderr, ".gitignore: note: its patterns "+want) {
		t.Errorf("stderr does not say what .gitignore skipped:\n%s", stderr)
	}
	if notes := sarifNotes(t, stdout); !strings.Contains(notes[".gitignore"], want) {
		t.Errorf("SARIF does not say what .gitignore skipped: %v", notes)
	}
}
