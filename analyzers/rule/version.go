package rule

import (
	"regexp"
	"runtime"
	"runtime/debug"
	"strings"
)

// ModulePath is mcplint's module path.
const ModulePath = "github.com/mcpsec/mcplint"

// version overrides the version read from the build information. Release
// builds set it at link time:
//
//	go build -ldflags "-X github.com/mcpsec/mcplint/analyzers/rule.version=v1.2.3" ./cmd/mcplint
var version = ""

// Build describes the mcplint that is running.
type Build struct {
	// Version is the release tag (v1.2.3), a Go pseudo-version for builds
	// between tags (v0.0.0-20260102150405-abcdef123456, with "+dirty" when
	// the checkout had uncommitted changes), or "devel" when unknown.
	Version string
	// Revision and Time are the VCS commit and its time (RFC 3339) when the
	// binary was built from a checkout; empty otherwise.
	Revision string
	Time     string
	Modified bool   // the checkout had uncommitted changes
	Go       string // the Go toolchain that built the binary
}

// BuildInfo returns the version of the running mcplint: the link-time
// override, else the module version the Go toolchain recorded. That is the
// main module's version for the mcplint command (a tag or pseudo-version
// with `go install …@version` or a build from a checkout), or the version
// of the mcplint dependency when the analyzers are built into another
// program such as a custom golangci-lint.
func BuildInfo() Build {
	b := Build{Version: "devel", Go: runtime.Version()}
	bi, ok := debug.ReadBuildInfo()
	if ok {
		b = fromBuildInfo(bi)
	}
	if version != "" {
		b.Version = version
	}
	return b
}

func fromBuildInfo(bi *debug.BuildInfo) Build {
	b := Build{Version: "devel", Go: bi.GoVersion}
	mod := &bi.Main
	if mod.Path != ModulePath {
		mod = nil
		for _, d := range bi.Deps {
			if d.Path == ModulePath {
				mod = d
				if d.Replace != nil {
					mod = d.Replace
				}
				break
			}
		}
	}
	if mod != nil && mod.Version != "" && mod.Version != "(devel)" {
		b.Version = mod.Version
	}
	if bi.Main.Path != ModulePath {
		return b // VCS settings describe another program's checkout
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			b.Revision = s.Value
		case "vcs.time":
			b.Time = s.Value
		case "vcs.modified":
			b.Modified = s.Value == "true"
		}
	}
	return b
}

// String is the -version line: the version, then the commit and toolchain
// when known.
func (b Build) String() string {
	var extra []string
	if b.Revision != "" {
		c := "commit " + b.Revision
		if b.Time != "" {
			c += " " + b.Time
		}
		if b.Modified {
			c += " (modified)"
		}
		extra = append(extra, c)
	}
	if b.Go != "" {
		extra = append(extra, "built with "+b.Go+" "+runtime.GOOS+"/"+runtime.GOARCH)
	}
	if len(extra) == 0 {
		return "mcplint " + b.Version
	}
	return "mcplint " + b.Version + " (" + strings.Join(extra, "; ") + ")"
}

var (
	// releasePattern is a semantic version tag such as v1.2.3 or v1.3.0-rc.1.
	releasePattern = regexp.MustCompile(`^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$`)
	// pseudoPattern recognises Go pseudo-versions (…-yyyymmddhhmmss-abcdefabcdef),
	// which name a commit, not a tag.
	pseudoPattern = regexp.MustCompile(`[-.][0-9]{14}-[0-9a-f]{12}(\+.*)?$`)
)

// IsRelease reports whether version names a release tag.
func IsRelease(version string) bool {
	return releasePattern.MatchString(version) && !pseudoPattern.MatchString(version)
}

// SemanticVersion returns version as a SemVer 2.0 string without the "v"
// (SARIF's semanticVersion), or "" when it is not one ("devel").
func SemanticVersion(version string) string {
	v, ok := strings.CutPrefix(version, "v")
	if !ok || !semverPattern.MatchString(v) {
		return ""
	}
	return v
}

// semverPattern is SemVer 2.0; Go pseudo-versions and "+dirty" builds match.
var semverPattern = regexp.MustCompile(`^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$`)

// DocsRef is the git ref whose documentation matches version: the tag of a
// release, else main.
func DocsRef(version string) string {
	if IsRelease(version) {
		return version
	}
	return "main"
}

// DocsURLFor is where the published documentation (the docs/ folder of the
// repository) of mcplint version lives: output links there rather than to a
// path that an installed binary's user does not have, and a release links to
// the pages of its own tag, so the text matches the rules it runs.
func DocsURLFor(version string) string {
	return "https://github.com/" + strings.TrimPrefix(ModulePath, "github.com/") + "/blob/" + DocsRef(version) + "/docs/"
}

// DocPageURL is a page of the docs/ folder (such as "score.md") for the
// running mcplint.
func DocPageURL(page string) string { return DocsURLFor(BuildInfo().Version) + page }

// HelpURI is the rule's documentation page for the running mcplint: the
// page at its release tag, or on main for builds between releases.
func (r *Rule) HelpURI() string { return r.HelpURIFor(BuildInfo().Version) }

// HelpURIFor is the rule's documentation page for mcplint version.
func (r *Rule) HelpURIFor(version string) string {
	return DocsURLFor(version) + "rules/" + r.ID + ".md"
}
