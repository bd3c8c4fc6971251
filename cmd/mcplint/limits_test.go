package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// sarifNotes returns the messages of a SARIF log's tool execution
// notifications, keyed by the artifact URI each one names.
func sarifNotes(t *testing.T, log string) map[string]string {
	t.Helper()
	var doc struct {
		Runs []struct {
			Invocations []struct {
				ExecutionSuccessful        bool
				ToolExecutionNotifications []struct {
					Message   struct{ Text string }
					Locations []struct {
						PhysicalLocation struct {
							ArtifactLocation struct{ URI string }
						}
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(log), &doc); err != nil {
		t.Fatalf("not SARIF: %v\n%s", err, log)
	}
	out := map[string]string{}
	for _, n := range doc.Runs[0].Invocations[0].ToolExecutionNotifications {
		uri := ""
		if len(n.Locations) > 0 {
			uri = n.Locations[0].PhysicalLocation.ArtifactLocation.URI
		}
		out[uri] += n.Message.Text + "; "
	}
	return out
}

// limitsTree holds a server with a finding and one large Python file.
func limitsTree(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "server.py"), []byte(bindAllPy))
	var b strings.Builder
	b.WriteString("from mcp.server.fastmcp import FastMCP\n")
	for i := 0; b.Len() < 1<<20; i++ {
		fmt.Fprintf(&b, "def f%d(a):\n    return [a, (a + %d), {'k': a}]\n", i, i)
	}
	writeFile(t, filepath.Join(dir, "big.py"), []byte(b.String()))
	return dir
}

// TestFileLimitsReported checks -max-file-size and -file-timeout: the file
// over a limit is named on stderr and in SARIF, the other file's finding is
// kept, and the exit code says some input was not analysed.
func TestFileLimitsReported(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"max-file-size", []string{"-max-file-size", "100000"}, "larger than the 100000-byte limit"},
		{"file-timeout", []string{"-file-timeout", "1us"}, "time budget (-file-timeout)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := limitsTree(t)
			args := append(append([]string{}, tc.args...), "-format", "sarif", ".")
			stdout, stderr, code := mcplint(t, dir, args...)
			if !strings.Contains(stderr, "big.py") || !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr does not report big.py (%q):\n%s", tc.want, stderr)
			}
			notes := sarifNotes(t, stdout)
			if !strings.Contains(notes["big.py"], tc.want) {
				t.Errorf("SARIF notifications do not report big.py (%q): %v", tc.want, notes)
			}
			if !strings.Contains(stdout, `"ruleId": "MCP001"`) {
				t.Errorf("the finding in server.py was lost")
			}
			if code != exitFailure {
				t.Errorf("exit code %d, want %d (a file was not analysed)", code, exitFailure)
			}
		})
	}
	// The default limits let the same tree through.
	dir := limitsTree(t)
	_, stderr, code := mcplint(t, dir, "-format", "json", ".")
	if code != exitFindings || strings.Contains(stderr, "big.py") {
		t.Errorf("default limits: exit %d, stderr:\n%s", code, stderr)
	}
}

func TestFileLimitFlags(t *testing.T) {
	for _, args := range [][]string{{"-file-timeout", "-1s"}, {"-file-timeout", "soon"}, {"-max-file-size", "0"}, {"-go-load-timeout", "-1m"}} {
		if _, _, code := mcplint(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
}
