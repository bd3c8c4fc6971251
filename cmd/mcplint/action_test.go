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

// TestActionSteps: install with go install, SARIF plus annotations, upload
// under a category even when findings exist, then fail by the saved exit
// code in a separate, later step.
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
	_, setup := find(func(s actionStep) bool { return strings.HasPrefix(s.Uses, "actions/setup-go@") })
	if setup.If == "" {
		t.Error("setup-go must be conditional (only when Go is missing or too old)")
	}
	_, install := find(func(s actionStep) bool { return strings.Contains(s.Run, "go install \"") })
	if !strings.Contains(install.Run, `go install "github.com/mcpsec/mcplint/cmd/mcplint@${MCPLINT_VERSION}"`) || install.Env["MCPLINT_VERSION"] != "${{ inputs.version }}" {
		t.Errorf("install step does not go install the version input:\n%s", install.Run)
	}
	iScan, scan := find(func(s actionStep) bool { return strings.Contains(s.Run, "mcplint -format") })
	if iScan < 0 || scan.ID == "" || !strings.Contains(scan.Run, `-format "sarif:`) || !strings.Contains(scan.Run, "-format github") {
		t.Fatalf("scan step must write SARIF and GitHub annotations and have an id:\n%s", scan.Run)
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
		TypesOr       []string `yaml:"types_or"`
	}
	if err := yaml.Unmarshal(data, &hooks); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range hooks {
		ids = append(ids, h.ID)
		if h.Entry != "mcplint" || h.Name == "" || h.PassFilenames == nil || *h.PassFilenames || !slices.Contains(h.TypesOr, "python") {
			t.Errorf("hook %s: %+v", h.ID, h)
		}
		if !slices.Contains([]string{"golang", "system"}, h.Language) {
			t.Errorf("hook %s: language %q", h.ID, h.Language)
		}
	}
	if !slices.Contains(ids, "mcplint") {
		t.Errorf("no hook with id mcplint: %v", ids)
	}
}
