package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/creack/pty"
)

// onTerminal runs mcplint in dir with stdout and/or stderr on a
// pseudo-terminal and returns what each stream received.
func onTerminal(t *testing.T, dir string, stdoutTTY, stderrTTY bool, args ...string) (string, string, int) {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer ptmx.Close()
	noErr(t, pty.Setsize(ptmx, &pty.Winsize{Rows: 40, Cols: 100}))
	var term bytes.Buffer
	done := make(chan struct{})
	go func() {
		io.Copy(&term, ptmx) // ends with EIO once the terminal side is closed
		close(done)
	}()
	var outBuf, errBuf bytes.Buffer
	var stdout, stderr io.Writer = &outBuf, &errBuf
	if stdoutTTY {
		stdout = tty
	}
	if stderrTTY {
		stderr = tty
	}
	t.Chdir(dir)
	code := run(args, stdout, stderr)
	tty.Close()
	<-done
	// The terminal turns \n into \r\n.
	got := strings.ReplaceAll(term.String(), "\r\n", "\n")
	if stdoutTTY {
		return got, errBuf.String(), code
	}
	return outBuf.String(), got, code
}

// TestProgressOnTerminal: on a terminal, stderr shows the Go module being
// loaded and the files analysed, and the line is erased before anything
// else is printed; with -q, or when stderr is not a terminal, nothing.
func TestProgressOnTerminal(t *testing.T) {
	dir := goProject(t, map[string]string{"main.go": goServer, "py/server.py": pyServer, "py/pyproject.toml": "[project]\nname = \"x\"\n"})
	_, stderr, code := onTerminal(t, dir, false, true, "-format", "json", ".")
	if code != exitFindings {
		t.Fatalf("exit %d\n%q", code, stderr)
	}
	for _, want := range []string{"mcplint: walking", "loading Go module 1/2 .", "loading Go module 2/2 third_party/mcp-go", "files parsed 1/1, analysed 0/1", "files parsed 1/1, analysed 1/1", "\r\x1b[K"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("progress lacks %q:\n%q", want, stderr)
		}
	}
	if !strings.HasSuffix(stderr, "\r\x1b[K") {
		t.Errorf("the progress line is not erased at the end:\n%q", stderr)
	}
	if _, stderr, _ := onTerminal(t, dir, false, true, "-q", "-format", "json", "."); stderr != "" {
		t.Errorf("-q printed %q", stderr)
	}
	if _, stderr, _ := mcplint(t, dir, "-format", "json", "."); stderr != "" {
		t.Errorf("stderr not a terminal, yet got %q", stderr)
	}
	// -v prints phase timings wherever stderr goes.
	_, stderr, _ = mcplint(t, dir, "-v", "-format", "json", ".")
	for _, want := range []string{"mcplint: timing: walk (", "mcplint: timing:   Go engine (3 package directories): ", "mcplint: timing:   Python/TypeScript engine (1 file, ", "mcplint: timing: output: ", "mcplint: timing: total: "} {
		if !strings.Contains(stderr, want) {
			t.Errorf("-v lacks %q:\n%s", want, stderr)
		}
	}
}

// TestColor: colour on a terminal only; NO_COLOR and -color=never turn it
// off, -color=always turns it on anywhere; files never get it.
func TestColor(t *testing.T) {
	dir := pyProject(t, map[string]string{"server.py": pyServer})
	const red = "\x1b[1;31m"
	t.Setenv("NO_COLOR", "")
	t.Setenv("TERM", "xterm")
	if stdout, _, _ := onTerminal(t, dir, true, false, "."); !strings.Contains(stdout, red+"[MCP002 command-injection]") {
		t.Errorf("no colour on a terminal:\n%q", stdout)
	}
	if stdout, _, _ := onTerminal(t, dir, true, false, "-color=never", "."); strings.Contains(stdout, "\x1b[") {
		t.Errorf("-color=never coloured:\n%q", stdout)
	}
	if stdout, _, _ := mcplint(t, dir, "."); strings.Contains(stdout, "\x1b[") {
		t.Errorf("coloured output to a pipe:\n%q", stdout)
	}
	if stdout, _, _ := mcplint(t, dir, "-color", "always", "."); !strings.Contains(stdout, red) {
		t.Errorf("-color always did not colour:\n%q", stdout)
	}
	out := filepath.Join(t.TempDir(), "out.txt")
	mcplint(t, dir, "-color", "always", "-format", "json", "-format", "text:"+out, ".")
	if b, _ := os.ReadFile(out); strings.Contains(string(b), "\x1b[") || !strings.Contains(string(b), "[MCP002 command-injection]") {
		t.Errorf("text file:\n%q", b)
	}
	t.Setenv("NO_COLOR", "1")
	if stdout, _, _ := onTerminal(t, dir, true, false, "."); strings.Contains(stdout, "\x1b[") {
		t.Errorf("NO_COLOR ignored:\n%q", stdout)
	}
	if stdout, _, _ := onTerminal(t, dir, true, false, "-color=always", "."); !strings.Contains(stdout, red) {
		t.Errorf("-color=always does not win over NO_COLOR:\n%q", stdout)
	}
}
