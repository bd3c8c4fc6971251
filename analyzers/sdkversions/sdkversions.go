// Package sdkversions implements MCP014 (vulnerable-sdk): it reads package
// manifests and lock files (pyproject.toml, requirements*.txt, uv.lock,
// poetry.lock, package.json, package-lock.json, pnpm-lock.yaml, yarn.lock,
// go.mod) and reports MCP SDK versions that a published advisory says have
// a transport security flaw.
//
// A lock file pin is reported when the installed version is affected; a
// manifest range is reported when the lowest version it allows is affected
// (or when it allows no fixed version at all). Each format is read with a
// real parser for it; only the position of a dependency is found in the
// text, next to what the parser returned.
//
// The package is pure Go with no cgo, like everything under analyzers/, so
// the golangci-lint plugin can use it; it never contacts the network.
package sdkversions

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/analyzers/safefile"
)

// RuleID is the rule this package implements.
const RuleID = "MCP014"

// maxManifestSize bounds what is read: lock files of large monorepos run to
// tens of megabytes, anything larger is not a manifest we should parse.
const maxManifestSize = 64 << 20

// IsManifest reports whether path names a manifest or lock file MCP014 reads.
func IsManifest(path string) bool {
	return kindOf(path) != ""
}

// kindOf names the format of a manifest by its file name, "" for others.
func kindOf(path string) string {
	base := filepath.Base(path)
	switch base {
	case "pyproject.toml", "uv.lock", "poetry.lock", "package.json", "package-lock.json",
		"npm-shrinkwrap.json", "pnpm-lock.yaml", "yarn.lock", "go.mod":
		return base
	}
	// requirements.txt, requirements-dev.txt, requirements/base.txt is not
	// matched: pip's convention is the requirements*.txt file name.
	if strings.HasPrefix(base, "requirements") && strings.HasSuffix(base, ".txt") {
		return "requirements.txt"
	}
	return ""
}

// Options configure Analyze.
type Options struct {
	// Enabled reports whether a rule runs; nil runs every rule.
	Enabled func(id string) bool
}

// Analyze reads each manifest and returns MCP014 findings, suppression
// directives found in manifest comments, and a notice for each file that
// could not be read or parsed.
func Analyze(paths []string, opts Options) rule.Output {
	var out rule.Output
	if opts.Enabled != nil && !opts.Enabled(RuleID) {
		return out
	}
	for _, path := range paths {
		// A regular file only, never through a link, and bounded: the
		// manifest comes from the scanned tree.
		data, err := safefile.Read(path, maxManifestSize)
		if errors.Is(err, safefile.ErrTooLarge) {
			out.Notices = append(out.Notices, rule.Notice{Level: rule.NoticeWarning, File: path,
				Message: fmt.Sprintf("manifest larger than %d MiB; not read", maxManifestSize>>20)})
			continue
		}
		if errors.Is(err, safefile.ErrNotRegular) {
			out.Notices = append(out.Notices, rule.Notice{Level: rule.NoticeWarning, File: path, Message: "not read: " + err.Error()})
			continue
		}
		if err != nil {
			out.Notices = append(out.Notices, rule.Notice{Level: rule.NoticeError, File: path, Message: "cannot read: " + err.Error(), Failed: true})
			continue
		}
		out.Files++
		fs, err := Scan(path, data)
		if err != nil {
			out.Notices = append(out.Notices, rule.Notice{Level: rule.NoticeWarning, File: path, Message: "cannot parse manifest: " + err.Error()})
		}
		out.Findings = append(out.Findings, fs...)
		out.Directives = append(out.Directives, directives(path, data)...)
	}
	return out
}

// Scan checks one manifest whose contents are data. path (absolute) names
// the file in findings and picks the format. An error means the file could
// not be parsed; findings made before it are still returned.
func Scan(path string, data []byte) ([]rule.Finding, error) {
	deps, err := parse(path, data)
	var out []rule.Finding
	for _, d := range deps {
		out = append(out, d.check(path, data)...)
	}
	return out, err
}

// parse reads the tracked dependencies of one manifest.
func parse(path string, data []byte) (deps []dep, err error) {
	switch kindOf(path) {
	case "pyproject.toml":
		deps, err = pyproject(data)
	case "requirements.txt":
		deps = requirements(data)
	case "uv.lock", "poetry.lock":
		deps, err = pythonLock(data, filepath.Base(path))
	case "package.json":
		deps, err = packageJSON(data)
	case "package-lock.json", "npm-shrinkwrap.json":
		deps, err = packageLock(data, filepath.Base(path))
	case "pnpm-lock.yaml":
		deps, err = pnpmLock(data)
	case "yarn.lock":
		deps, err = yarnLock(data)
	case "go.mod":
		deps, err = goMod(path, data)
	}
	return deps, err
}

// dep is one dependency on an MCP SDK as a manifest states it.
type dep struct {
	eco  Ecosystem
	name string // registry name (PyPI names normalised)
	// spec is the range a manifest allows, or the exact version a lock file
	// (or an exact manifest pin) names.
	spec  string
	exact bool
	// lock names the lock file for exact pins it records ("uv.lock"), "" in
	// manifests.
	lock string
	// shown is how the dependency is quoted in the message: `"mcp>=1.10"`.
	shown string
	// off is the byte offset of the text to point at, and n its length.
	off, n int
}

// check compares d with the advisories about its package.
func (d dep) check(path string, data []byte) []rule.Finding {
	var out []rule.Finding
	for _, a := range advisoriesFor(d.eco, d.name) {
		msg, sev := d.message(a)
		if msg == "" {
			continue
		}
		pos, end := position(path, data, d.off, d.n)
		out = append(out, rule.Finding{RuleID: RuleID, Severity: sev, Pos: pos, End: end, Message: msg})
	}
	return out
}

// message renders the finding for advisory a, or "" when d is not affected.
// An exact pin is as bad as the advisory (high); a range that merely allows
// an affected version is medium, since what gets installed depends on the
// resolver and the lock file.
func (d dep) message(a Advisory) (string, rule.Severity) {
	why := fmt.Sprintf("(%s: %s)", a.ID, a.Flaw)
	fixed := a.Fixed
	if d.exact {
		if !exactBelow(d.eco, d.spec, a.Fixed) {
			return "", 0
		}
		if d.lock != "" {
			return fmt.Sprintf("%s pins %s %s, below %s %s; upgrade to %s or later", d.lock, d.name, d.spec, fixed, why, fixed), rule.High
		}
		return fmt.Sprintf("%s pins a version below %s %s; %s", d.shown, fixed, why, requireFixed(a)), rule.High
	}
	switch v, _ := rangeVerdict(d.eco, d.spec, a.Fixed); v {
	case allows:
		return fmt.Sprintf("%s allows versions below %s %s; %s", d.shown, fixed, why, requireFixed(a)), rule.Medium
	case onlyBelow:
		return fmt.Sprintf("%s allows only versions below %s %s; %s", d.shown, fixed, why, requireFixed(a)), rule.High
	}
	return "", 0
}

// requireFixed is the fix, in the manifest syntax of a's ecosystem.
func requireFixed(a Advisory) string {
	switch a.Ecosystem {
	case PyPI:
		return "require " + a.Package + ">=" + a.Fixed
	case NPM:
		return fmt.Sprintf(`require "%s": "^%s"`, a.Package, a.Fixed)
	}
	return "require " + a.Package + " " + a.Fixed + " or later"
}

// position converts a byte range of data to finding positions.
func position(path string, data []byte, off, n int) (rule.Position, rule.Position) {
	if off < 0 || off > len(data) {
		off, n = 0, 0
	}
	if off+n > len(data) {
		n = len(data) - off
	}
	lineStart := bytes.LastIndexByte(data[:off], '\n') + 1
	line := bytes.Count(data[:off], []byte{'\n'}) + 1
	lineEnd := bytes.IndexByte(data[lineStart:], '\n')
	if lineEnd < 0 {
		lineEnd = len(data) - lineStart
	}
	text := bytes.TrimSuffix(data[lineStart:lineStart+lineEnd], []byte{'\r'})
	col := off - lineStart + 1
	endCol := col + n
	if n == 0 || off+n > lineStart+len(text) {
		endCol = len(text) + 1 // a range that spans lines ends at the end of its first
	}
	return rule.Position{File: path, Line: line, Col: col, Col16: rule.UTF16Col(text, col)},
		rule.Position{File: path, Line: line, Col: endCol, Col16: rule.UTF16Col(text, endCol)}
}

// directives reads suppression comments in the formats that have comments:
// "#" (TOML, requirements, YAML, yarn.lock) and "//" (go.mod). JSON has no
// comments; use the configuration file or a baseline there.
func directives(path string, data []byte) []rule.Directive {
	if !bytes.Contains(data, []byte(rule.DirectiveMarker)) {
		return nil
	}
	marker := "#"
	if kindOf(path) == "go.mod" {
		marker = "//"
	} else if strings.HasSuffix(path, ".json") {
		return nil
	}
	var out []rule.Directive
	line := 0
	for _, text := range strings.Split(string(data), "\n") {
		line++
		i := strings.Index(text, marker)
		if i < 0 || !strings.Contains(text[i:], rule.DirectiveMarker) {
			continue
		}
		d, ok := rule.ParseDirective(text[i:])
		if !ok {
			continue
		}
		d.Pos = rule.Position{File: path, Line: line, Col: i + 1}
		out = append(out, d)
	}
	return out
}
