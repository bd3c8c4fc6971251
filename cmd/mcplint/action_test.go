package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

type actionStep struct {
	Name             string            `yaml:"name"`
	ID               string            `yaml:"id"`
	If               string            `yaml:"if"`
	Uses             string            `yaml:"uses"`
	Shell            string            `yaml:"shell"`
	Run              string            `yaml:"run"`
	Env              map[string]string `yaml:"env"`
	With             map[string]string `yaml:"with"`
	WorkingDirectory string            `yaml:"working-directory"`
}

type actionFile struct {
	Name   string                       `yaml:"name"`
	Inputs map[string]map[string]string `yaml:"inputs"`
	Runs   struct {
		Using string       `yaml:"using"`
		Steps []actionStep `yaml:"steps"`
	} `yaml:"runs"`
}

func readAction(t *testing.T) actionFile {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(moduleRoot, "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a actionFile
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	return a
}

var inputRef = regexp.MustCompile(`inputs\.([a-zA-Z0-9_-]+)`)

// TestActionInputsOnlyThroughEnv: no run: script contains an expression, so
// no input (or any other context value) is spliced into shell code; inputs
// reach scripts through env: only.
func TestActionInputsOnlyThroughEnv(t *testing.T) {
	a := readAction(t)
	if a.Runs.Using != "composite" {
		t.Fatalf("runs.using = %q, want composite", a.Runs.Using)
	}
	used := map[string]bool{}
	for _, s := range a.Runs.Steps {
		if s.Run != "" {
			if strings.Contains(s.Run, "${{") {
				t.Errorf("step %q: run script contains an expression; pass the value through env:", s.Name)
			}
			if s.Shell == "" {
				t.Errorf("step %q: composite run steps need a shell", s.Name)
			}
		}
		// Where inputs may appear: env values, with values, if conditions,
		// working-directory.
		for _, v := range append(mapValues(s.Env), append(mapValues(s.With), s.If, s.WorkingDirectory)...) {
			for _, m := range inputRef.FindAllStringSubmatch(v, -1) {
				used[m[1]] = true
			}
		}
	}
	for name := range a.Inputs {
		if !used[name] {
			t.Errorf("input %q is never used", name)
		}
	}
	for name := range used {
		if _, ok := a.Inputs[name]; !ok {
			t.Errorf("the action refers to undeclared input %q", name)
		}
	}
}

func mapValues(m map[string]string) []string {
	var vs []string
	for _, v := range m {
		vs = append(vs, v)
	}
	return vs
}

// TestActionSteps: install the release binary (go install only as the
// fallback), SARIF, upload under a category even when findings exist, then
// fail by the saved exit code in a separate, later step.
func TestActionSteps(t *testing.T) {
	a := readAction(t)
	find := func(pred func(actionStep) bool) (int, actionStep) {
		for i, s := range a.Runs.Steps {
			if pred(s) {
				return i, s
			}
		}
		return -1, actionStep{}
	}
	iRelease, release := find(func(s actionStep) bool { return strings.Contains(s.Run, "checksums.txt") })
	if iRelease != 0 || release.ID == "" || release.Env["MCPLINT_VERSION"] != "${{ inputs.version }}" {
		t.Fatalf("the first step must install the release binary of the version input, checked against checksums.txt: %+v", release)
	}
	fromSource := "steps." + release.ID + ".outputs.from-source == 'true'"
	_, setup := find(func(s actionStep) bool { return strings.HasPrefix(s.Uses, "actions/setup-go@") })
	if !strings.Contains(setup.If, fromSource) || !strings.Contains(setup.If, "needed") {
		t.Errorf("setup-go must run only to build from source, when Go is missing or too old: if %q", setup.If)
	}
	_, install := find(func(s actionStep) bool { return strings.Contains(s.Run, "go install \"") })
	if !strings.Contains(install.Run, `go install "github.com/mcpsec/mcplint/cmd/mcplint@${MCPLINT_VERSION}"`) || install.Env["MCPLINT_VERSION"] != "${{ inputs.version }}" {
		t.Errorf("the fallback does not go install the version input:\n%s", install.Run)
	}
	if install.If != fromSource {
		t.Errorf("building from source must be the fallback only: if %q, want %q", install.If, fromSource)
	}
	iScan, scan := find(func(s actionStep) bool { return strings.Contains(s.Run, "mcplint \"${formats[@]}\"") })
	if iScan < 0 || scan.ID == "" || !strings.Contains(scan.Run, `-format "sarif:`) || !strings.Contains(scan.Run, "-format github") {
		t.Fatalf("scan step must write SARIF (and GitHub annotations without upload) and have an id:\n%s", scan.Run)
	}
	if !strings.Contains(scan.Run, "exit-code=") || !strings.Contains(scan.Run, "|| code=$?") {
		t.Error("scan step must save the exit code instead of failing")
	}
	iUp, up := find(func(s actionStep) bool { return strings.HasPrefix(s.Uses, "github/codeql-action/upload-sarif@") })
	if iUp < iScan || up.With["category"] != "${{ inputs.category }}" || up.With["sarif_file"] == "" || !strings.Contains(up.If, "always()") {
		t.Errorf("upload step after the scan, always, with a category and the SARIF file: %+v", up)
	}
	iFail, fail := find(func(s actionStep) bool {
		return strings.Contains(s.Env["MCPLINT_EXIT"], "steps."+scan.ID+".outputs.exit-code")
	})
	if iFail < iUp || !strings.Contains(fail.If, "always()") || !strings.Contains(fail.Run, "exit 1") {
		t.Errorf("a separate step after the upload must fail the job by the saved exit code: %+v", fail)
	}

	// Every script parses as bash, and every flag it passes exists.
	if bash, err := exec.LookPath("bash"); err == nil {
		for _, s := range a.Runs.Steps {
			if s.Run == "" {
				continue
			}
			cmd := exec.Command(bash, "-n")
			cmd.Stdin = strings.NewReader(s.Run)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Errorf("step %q: bash -n: %v\n%s", s.Name, err, out)
			}
		}
	}
	if !strings.Contains(scan.Run, `args+=(-config "$MCPLINT_CONFIG")`) || scan.Env["MCPLINT_CONFIG"] != "${{ inputs.config }}" {
		t.Errorf("the config input must reach -config through env:\n%s", scan.Run)
	}
	for _, flag := range []string{"format", "fail-on", "config"} {
		if !strings.Contains(usageOf(t), "-"+flag) {
			t.Errorf("the action passes -%s, which mcplint does not have", flag)
		}
	}
}

func usageOf(t *testing.T) string {
	stdout, _, _ := mcplint(t, "", "-h")
	return stdout
}

// TestPreCommitHooks: .pre-commit-hooks.yaml declares the hooks pre-commit
// needs, running mcplint over the whole repository.
func TestPreCommitHooks(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(moduleRoot, ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		ID            string   `yaml:"id"`
		Name          string   `yaml:"name"`
		Entry         string   `yaml:"entry"`
		Language      string   `yaml:"language"`
		Args          []string `yaml:"args"`
		PassFilenames *bool    `yaml:"pass_filenames"`
		Files         string   `yaml:"files"`
	}
	if err := yaml.Unmarshal(data, &hooks); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range hooks {
		ids = append(ids, h.ID)
		if h.Entry != "mcplint" || h.Name == "" || h.PassFilenames == nil || *h.PassFilenames {
			t.Errorf("hook %s: %+v", h.ID, h)
		}
		// A cache outside the repository: a commit cannot plant entries in
		// it, and -cache refuses directories inside the scanned tree.
		if strings.Join(h.Args, " ") != "-cache auto ./..." {
			t.Errorf("hook %s: args %v, want -cache auto ./...", h.ID, h.Args)
		}
		// Sources, and the manifests and lock files MCP014 reads, trigger it.
		files, err := regexp.Compile(h.Files)
		if err != nil {
			t.Fatalf("hook %s: files: %v", h.ID, err)
		}
		for _, p := range []string{"server.py", "src/tools.ts", "a/b.mjs", "main.go", "go.mod", "web/package.json", "package-lock.json",
			"pnpm-lock.yaml", "yarn.lock", "uv.lock", "poetry.lock", "pyproject.toml", "requirements-dev.txt", ".mcplint.yml"} {
			if !files.MatchString(p) {
				t.Errorf("hook %s does not run when %s changes", h.ID, p)
			}
		}
		for _, p := range []string{"README.md", "docs/package.json.md", "image.png"} {
			if files.MatchString(p) {
				t.Errorf("hook %s runs when %s changes", h.ID, p)
			}
		}
		if !slices.Contains([]string{"golang", "system"}, h.Language) {
			t.Errorf("hook %s: language %q", h.ID, h.Language)
		}
	}
	if !slices.Contains(ids, "mcplint") {
		t.Errorf("no hook with id mcplint: %v", ids)
	}
}

// shaPin is a `uses:` line pinned to a full commit SHA with the version in a
// comment.
var (
	usesLine = regexp.MustCompile(`^\s*(?:-\s+)?uses:\s*(\S+)(.*)$`)
	shaPin   = regexp.MustCompile(`^[\w.-]+/[\w./-]+@[0-9a-f]{40}$`)
	pinNote  = regexp.MustCompile(`^\s+# v[0-9]+\.[0-9]+\.[0-9]+$`)
)

// TestActionsPinnedBySHA: every action the Action and the workflows use is
// pinned by full commit SHA with its version in a comment; a tag can be
// moved to other code, a SHA cannot.
func TestActionsPinnedBySHA(t *testing.T) {
	files := []string{filepath.Join(moduleRoot, "action.yml")}
	wf, _ := filepath.Glob(filepath.Join(moduleRoot, ".github", "workflows", "*.yml"))
	files = append(files, wf...)
	if len(wf) == 0 {
		t.Error("no workflows in .github/workflows")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(data), "\n") {
			m := usesLine.FindStringSubmatch(line)
			if m == nil || strings.HasPrefix(m[1], "./") {
				continue
			}
			if !shaPin.MatchString(m[1]) || !pinNote.MatchString(m[2]) {
				t.Errorf("%s:%d: %q is not pinned by full commit SHA with a version comment (owner/repo@<40 hex> # vX.Y.Z)", filepath.Base(f), i+1, strings.TrimSpace(line))
			}
		}
	}
}

// TestActionAnnotationsOnlyWithoutUpload: with the SARIF upload, code
// scanning annotates the pull request; workflow-command annotations too
// would show each finding twice.
func TestActionAnnotationsOnlyWithoutUpload(t *testing.T) {
	a := readAction(t)
	for _, s := range a.Runs.Steps {
		if !strings.Contains(s.Run, "-format github") {
			continue
		}
		if s.Env["MCPLINT_UPLOAD"] != "${{ inputs.upload }}" || !strings.Contains(s.Run, `if [ "$MCPLINT_UPLOAD" != true ]; then`) {
			t.Errorf("step %q prints annotations whether or not SARIF is uploaded", s.Name)
		}
		for _, upload := range []string{"true", "false"} {
			out := runStep(t, s, map[string]string{"MCPLINT_UPLOAD": upload, "MCPLINT_PATHS": ".", "MCPLINT_SARIF": "x.sarif"}, fakeMcplint)
			if got := strings.Contains(out, "-format github"); got != (upload == "false") {
				t.Errorf("upload %s: mcplint ran with %q", upload, out)
			}
		}
	}
}

// fakeMcplint stands in for mcplint on PATH: it prints its arguments.
const fakeMcplint = "#!/bin/sh\necho \"mcplint args: $*\"\n"

// runStep runs an action step's script with bash, the given env (and the
// step's literal env values), GITHUB_OUTPUT and RUNNER_TEMP in a temporary
// directory, and a fake mcplint first on PATH. It returns stdout and stderr.
func runStep(t *testing.T, s actionStep, env map[string]string, mcplintScript string) string {
	t.Helper()
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	if err := os.MkdirAll(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(bin, "mcplint"), []byte(mcplintScript), 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bash, "-c", s.Run)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"),
		"GITHUB_OUTPUT="+filepath.Join(dir, "output"), "GITHUB_PATH="+filepath.Join(dir, "path"), "RUNNER_TEMP="+dir)
	for k, v := range s.Env {
		if !strings.Contains(v, "${{") {
			cmd.Env = append(cmd.Env, k+"="+v)
		}
	}
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	out, _ := cmd.CombinedOutput()
	outputs, _ := os.ReadFile(filepath.Join(dir, "output"))
	path, _ := os.ReadFile(filepath.Join(dir, "path"))
	return string(out) + "\n--- outputs\n" + string(outputs) + "--- path\n" + string(path)
}

// TestActionInstallVerifiesChecksum runs the install step against a fake
// release: a good archive is installed and put on PATH; an archive that
// does not match checksums.txt is refused (the job fails, nothing is
// built instead); a release without a binary for the runner falls back to
// building from source; so does a commit.
func TestActionInstallVerifiesChecksum(t *testing.T) {
	if _, err := exec.LookPath("tar"); err != nil {
		t.Skip("no tar")
	}
	sum := "sha256sum"
	if _, err := exec.LookPath(sum); err != nil {
		sum = "shasum -a 256"
	}
	var install actionStep
	for _, s := range readAction(t).Runs.Steps {
		if strings.Contains(s.Run, "checksums.txt") {
			install = s
		}
	}
	releases := t.TempDir()
	dl := filepath.Join(releases, "download", "v1.2.3")
	name := "mcplint_1.2.3_linux_amd64"
	if err := os.MkdirAll(filepath.Join(dl, name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dl, name, "mcplint"), []byte("#!/bin/sh\necho mcplint v1.2.3\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	sh := func(script string) {
		t.Helper()
		cmd := exec.Command("bash", "-c", script)
		cmd.Dir = dl
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", script, err, out)
		}
	}
	sh("tar -czf " + name + ".tar.gz " + name + " && " + sum + " " + name + ".tar.gz > checksums.txt")
	env := map[string]string{"MCPLINT_RELEASES": "file://" + releases, "MCPLINT_VERSION": "v1.2.3", "RUNNER_OS": "Linux", "RUNNER_ARCH": "X64"}

	out := runStep(t, install, env, fakeMcplint)
	if !strings.Contains(out, "verified (sha256") || !strings.Contains(out, "from-source=false") || !strings.Contains(out, name+"\n") {
		t.Errorf("good release not installed:\n%s", out)
	}

	env["RUNNER_ARCH"] = "ARM64" // no linux_arm64 archive in this release
	if out := runStep(t, install, env, fakeMcplint); !strings.Contains(out, "from-source=true") {
		t.Errorf("missing archive must fall back to building from source:\n%s", out)
	}
	env["RUNNER_ARCH"] = "X64"

	env["MCPLINT_VERSION"] = "7081b963b6628e80c6ac889aeae828fe1296826d"
	if out := runStep(t, install, env, fakeMcplint); !strings.Contains(out, "from-source=true") {
		t.Errorf("a commit must be built from source:\n%s", out)
	}
	env["MCPLINT_VERSION"] = "v1.2.3"

	sh("echo tampered >> " + name + ".tar.gz")
	out = runStep(t, install, env, fakeMcplint)
	if !strings.Contains(out, "does not match checksums.txt") || strings.Contains(out, "from-source=") || strings.Contains(out, name+"\n") {
		t.Errorf("tampered archive must fail the step without installing or building anything:\n%s", out)
	}
}
