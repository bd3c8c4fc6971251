package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoVetTool builds mcplint and runs it as `go vet -vettool` over the
// example Go server: the unitchecker protocol must work and report the
// same Go findings, with a non-zero exit.
func TestGoVetTool(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the mcplint binary")
	}
	root := repoRoot(t)
	bin := filepath.Join(t.TempDir(), "mcplint")
	build := exec.Command("go", "build", "-o", bin, "./cmd/mcplint")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	vet := exec.Command("go", "vet", "-vettool="+bin, "./...")
	vet.Dir = filepath.Join(root, "testdata", "servers", "go")
	vet.Env = append(os.Environ(), "GOTOOLCHAIN=local", "GOPROXY=off", "GOFLAGS=-mod=readonly")
	out, err := vet.CombinedOutput()
	if err == nil {
		t.Fatalf("go vet -vettool=mcplint found nothing in the example server:\n%s", out)
	}
	for _, want := range []string{"main.go:", "listens on all interfaces", "tools.go:", `tool argument "cmd" reaches exec.CommandContext`} {
		if !strings.Contains(string(out), want) {
			t.Errorf("go vet output lacks %q:\n%s", want, out)
		}
	}
}
