package rule

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestDocsRef(t *testing.T) {
	for _, c := range []struct{ version, ref, semver string }{
		{"v1.2.3", "v1.2.3", "1.2.3"},
		{"v0.1.0", "v0.1.0", "0.1.0"},
		{"v1.3.0-rc.1", "v1.3.0-rc.1", "1.3.0-rc.1"},
		// Builds between tags name a commit, not a tag: the docs on main.
		{"v0.0.0-20261202190700-7081b96abcde", "main", "0.0.0-20261202190700-7081b96abcde"},
		{"v0.0.0-20261202190700-7081b96abcde+dirty", "main", "0.0.0-20261202190700-7081b96abcde+dirty"},
		{"v1.2.4-0.20261202190700-7081b96abcde", "main", "1.2.4-0.20261202190700-7081b96abcde"},
		{"v1.2.3+dirty", "main", "1.2.3+dirty"},
		{"devel", "main", ""},
		{"", "main", ""},
		{"v1.2", "main", ""},
	} {
		if got := DocsRef(c.version); got != c.ref {
			t.Errorf("DocsRef(%q) = %q, want %q", c.version, got, c.ref)
		}
		if got := SemanticVersion(c.version); got != c.semver {
			t.Errorf("SemanticVersion(%q) = %q, want %q", c.version, got, c.semver)
		}
	}
	r, _ := ByID("MCP002")
	if got, want := r.HelpURIFor("v1.2.3"), "https://github.com/mcpsec/mcplint/blob/v1.2.3/docs/rules/MCP002.md"; got != want {
		t.Errorf("HelpURIFor = %s, want %s", got, want)
	}
	if got, want := DocsURLFor("v1.2.3")+"score.md", "https://github.com/mcpsec/mcplint/blob/v1.2.3/docs/score.md"; got != want {
		t.Errorf("DocsURLFor = %s, want %s", got, want)
	}
	if got := r.HelpURIFor("devel"); !strings.Contains(got, "/blob/main/") {
		t.Errorf("HelpURIFor(devel) = %s, want the docs on main", got)
	}
}

func TestFromBuildInfo(t *testing.T) {
	settings := []debug.BuildSetting{{Key: "vcs.revision", Value: "7081b96abcdef"}, {Key: "vcs.time", Value: "2026-12-02T19:07:00Z"}, {Key: "vcs.modified", Value: "true"}}
	// The mcplint command: the main module.
	b := fromBuildInfo(&debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Path: ModulePath, Version: "v1.2.3"}, Settings: settings})
	if b.Version != "v1.2.3" || b.Revision != "7081b96abcdef" || b.Time != "2026-12-02T19:07:00Z" || !b.Modified || b.Go != "go1.26.0" {
		t.Errorf("main module: %+v", b)
	}
	if s := b.String(); !strings.HasPrefix(s, "mcplint v1.2.3 (commit 7081b96abcdef 2026-12-02T19:07:00Z (modified); built with go1.26.0 ") {
		t.Errorf("String() = %q", s)
	}
	// A checkout without VCS stamping.
	if b := fromBuildInfo(&debug.BuildInfo{Main: debug.Module{Path: ModulePath, Version: "(devel)"}}); b.Version != "devel" {
		t.Errorf("devel build: %+v", b)
	}
	// Built into golangci-lint: the dependency's version, not the host's VCS.
	host := &debug.BuildInfo{
		Main:     debug.Module{Path: "github.com/golangci/golangci-lint/v2", Version: "v2.15.0"},
		Deps:     []*debug.Module{{Path: "golang.org/x/tools", Version: "v0.52.0"}, {Path: ModulePath, Version: "v0.4.0"}},
		Settings: settings,
	}
	if b := fromBuildInfo(host); b.Version != "v0.4.0" || b.Revision != "" {
		t.Errorf("as a dependency: %+v", b)
	}
	host.Deps[1].Replace = &debug.Module{Path: "../mcplint", Version: ""}
	if b := fromBuildInfo(host); b.Version != "devel" {
		t.Errorf("replaced by a directory: %+v", b)
	}
}

func TestLinkTimeVersion(t *testing.T) {
	defer func(v string) { version = v }(version)
	version = "v9.8.7"
	if b := BuildInfo(); b.Version != "v9.8.7" {
		t.Errorf("BuildInfo().Version = %q with the link-time override", b.Version)
	}
}
