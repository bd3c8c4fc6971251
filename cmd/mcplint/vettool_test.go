package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// suppressionFile is added to copies of the example Go server by the front
// end tests (go vet here, golangci-lint in analyzers/gclplugin): one
// mcplint:ignore comment must silence a finding in every front end.
const suppressionFile = `package main

import "net/http"

func init() { go extra() } // reached from main: listeners count only in the server's code

func extra() {
	// mcplint:ignore MCP001 -- published on loopback by the container runtime
	http.ListenAndServe(":9091", nil)
	http.ListenAndServe(":9092", nil) // mcplint:ignore MCP001 -- behind the VPN

	http.ListenAndServe(":9093", nil) // not silenced: the directives cover their line and the next
}
`

// TestGoVetTool builds mcplint and runs it as `go vet -vettool` over a copy
// of the example Go server: the unitchecker protocol must work and report
// the same Go findings, with a non-zero exit, and honour mcplint:ignore.
func TestGoVetTool(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the mcplint binary")
	}
	root := repoRoot(t)
	bin := buildBinary(t)
	dir := filepath.Join(t.TempDir(), "server")
	if out, err := exec.Command("cp", "-R", filepath.Join(root, "testdata", "servers", "go"), dir).CombinedOutput(); err != nil {
		t.Fatalf("cp: %v\n%s", err, out)
	}
	if err := os.WriteFile(filepath.Join(dir, "extra.go"), []byte(suppressionFile), 0o644); err != nil {
		t.Fatal(err)
	}
	vet := exec.Command("go", "vet", "-vettool="+bin, "./...")
	vet.Dir = dir
	vet.Env = append(os.Environ(), "GOTOOLCHAIN=local", "GOPROXY=off", "GOFLAGS=-mod=readonly")
	out, err := vet.CombinedOutput()
	if err == nil {
		t.Fatalf("go vet -vettool=mcplint found nothing in the example server:\n%s", out)
	}
	for _, want := range []string{"main.go:", "listens on all interfaces", "tools.go:", `tool argument "cmd" reaches exec.CommandContext`, `extra.go:12:2: MCP server listens on all interfaces (":9093")`} {
		if !strings.Contains(string(out), want) {
			t.Errorf("go vet output lacks %q:\n%s", want, out)
		}
	}
	for _, silenced := range []string{":9091", ":9092"} {
		if strings.Contains(string(out), silenced) {
			t.Errorf("mcplint:ignore did not silence %s under go vet:\n%s", silenced, out)
		}
	}
}
