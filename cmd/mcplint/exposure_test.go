package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// exposureTwins are the servers of testdata/exposure/<language>/<twin>:
// the same small server in each language, varied the way the exposure
// rules tell apart, with what MCP001, MCP004, MCP005 and MCP014 report on
// each ("RULE severity file:line", in output order; none for a clean twin).
var exposureTwins = []struct {
	twin string
	want map[string][]string // language -> findings
}{
	// loopback with authentication, on an SDK release that protects
	// loopback by default: clean
	{"loopback-auth", map[string][]string{"go": nil, "python": nil, "typescript": nil}},
	// loopback without authentication, same release: MCP004 leaves
	// loopback to MCP005, which finds the SDK's default protection: clean
	{"loopback-default", map[string][]string{"go": nil, "python": nil, "typescript": nil}},
	// the same server with the protection explicitly turned off
	{"loopback-disabled", map[string][]string{
		"go":         {"MCP005 medium main.go:13"},
		"python":     {"MCP005 medium server.py:6"},
		"typescript": {"MCP005 medium server.ts:11"},
	}},
	// all interfaces with authentication and Origin/Host validation: only
	// the address is a finding
	{"exposed-guarded", map[string][]string{
		"go":         {"MCP001 high main.go:23"},
		"python":     {"MCP001 high server.py:15"},
		"typescript": {"MCP001 high server.ts:25"},
	}},
	// the loopback-default server on a release before the default
	// protection: MCP005 names the upgrade, MCP014 is high (an affected
	// transport is served)
	{"old-sdk", map[string][]string{
		"go":         {"MCP014 high go.mod:5", "MCP005 medium main.go:16"},
		"python":     {"MCP014 high pyproject.toml:4", "MCP005 medium server.py:10"},
		"typescript": {"MCP014 high package.json:1", "MCP005 medium server.ts:14"},
	}},
	// a stdio server on that release: MCP014 at low severity
	{"stdio-old-sdk", map[string][]string{
		"go":         {"MCP014 low go.mod:5"},
		"python":     {"MCP014 low pyproject.toml:4"},
		"typescript": {"MCP014 low package.json:1"},
	}},
	// an HTTP transport built but never served (a handler returned for a
	// host program, a documentation companion, an in-process test server)
	{"never-served", map[string][]string{"go": nil, "python": nil, "typescript": nil}},
	// a workspace member whose own manifest allows affected releases,
	// while the workspace's lock file (uv.lock, package-lock.json)
	// installs a protecting one: the lock decides. Go has no workspace
	// lock: each module's go.mod selects its versions.
	{"workspace", map[string][]string{"python": nil, "typescript": nil}},
	// the same with the lock file installing an affected release
	// (uv.lock, pnpm-lock.yaml, yarn.lock)
	{"workspace-old", map[string][]string{"python": {"MCP014 medium packages/server/pyproject.toml:4",
		"MCP005 medium packages/server/server.py:9", "MCP014 high uv.lock:9"}}},
	{"workspace-old-pnpm", map[string][]string{"typescript": {"MCP014 medium packages/server/package.json:1",
		"MCP005 medium packages/server/src/index.ts:14", "MCP014 high pnpm-lock.yaml:22"}}},
	{"workspace-old-yarn", map[string][]string{"typescript": {"MCP014 medium packages/server/package.json:1",
		"MCP005 medium packages/server/src/index.ts:14", "MCP014 high yarn.lock:6"}}},
}

// TestExposureMatrix: each exposure definition (MCP001 bind-all, MCP004
// missing-auth, MCP005 missing-origin-check, MCP014 vulnerable-sdk, and no
// finding for what is never served) holds on the same twins in Go, Python
// and TypeScript.
func TestExposureMatrix(t *testing.T) {
	// every twin on disk has its expectations
	listed := map[string]bool{}
	for _, tw := range exposureTwins {
		for lang := range tw.want {
			listed[lang+"/"+tw.twin] = true
		}
	}
	dirs, err := filepath.Glob(filepath.Join(moduleRoot, "testdata", "exposure", "*", "*"))
	noErr(t, err)
	for _, d := range dirs {
		if rel := filepath.ToSlash(filepath.Join(filepath.Base(filepath.Dir(d)), filepath.Base(d))); !listed[rel] {
			t.Errorf("testdata/exposure/%s has no expectations in exposureTwins", rel)
		}
	}
	for _, tw := range exposureTwins {
		for _, lang := range []string{"go", "python", "typescript"} {
			want, ok := tw.want[lang]
			if !ok {
				continue // not a shape of this language
			}
			t.Run(lang+"/"+tw.twin, func(t *testing.T) {
				rel := "testdata/exposure/" + lang + "/" + tw.twin + "/"
				out, stderr, code := scan(t, filepath.Join(moduleRoot, filepath.FromSlash(rel)),
					"-config", "none", "-enable", "MCP001,MCP004,MCP005,MCP014", ".")
				var got []string
				for _, f := range out.Findings {
					got = append(got, fmt.Sprintf("%s %s %s:%d", f.Rule, f.Severity, strings.TrimPrefix(f.File, rel), f.Line))
				}
				wantCode := exitClean
				if len(want) > 0 {
					wantCode = exitFindings
				}
				if strings.Join(got, ", ") != strings.Join(want, ", ") || code != wantCode {
					t.Errorf("exit %d, findings %q; want exit %d, %q\n%s", code, got, wantCode, want, stderr)
				}
			})
		}
	}
}
