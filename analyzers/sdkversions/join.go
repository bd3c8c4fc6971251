package sdkversions

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// Join is the project-level join of what the engines found in code
// with what the manifests select, for the rules whose verdict needs both:
//
//   - a finding with a Gate (MCP005 on a transport that relies on its SDK's
//     default Host validation) is dropped when the manifest or lock file
//     nearest to its file selects a release that validates by default, or
//     when that manifest is a range and the lock file nearest at or above
//     it (the workspace's, for a member package) installs such releases
//     only;
//   - a manifest range that allows affected releases is not reported when
//     the lock file nearest to it (same directory or above, the
//     workspace's) installs fixed releases only: the lock says what runs;
//   - MCP014 is about flaws in HTTP transports: a manifest whose project
//     serves no HTTP transport of that SDK (a stdio server, a client) gets
//     a low-severity result that still asks for the upgrade.
//
// served says which ecosystems the engines looked for served transports
// in; MCP014 keeps its severity where nobody looked.
func Join(out *rule.Output, manifests []string, served map[string]bool) {
	var sels []Selection
	for _, m := range manifests {
		data, err := os.ReadFile(m)
		if err != nil {
			continue // reported by the manifest reader
		}
		sels = append(sels, Selections(m, data)...)
	}
	selves := selfPackages(manifests)
	kept := out.Findings[:0]
	for _, f := range out.Findings {
		if f.Gate != nil {
			s, ok := nearest(sels, f.Pos.File, f.Gate.Ecosystem, f.Gate.Package)
			if ok && s.AtLeast(f.Gate.Since) {
				continue // the selected release validates Host by default
			}
			if ok && !s.Lock {
				// a workspace member's range: the lock file of the
				// workspace (at or above it) says what is installed
				if lock := nearestLock(sels, s); lock != "" && lockAtLeast(sels, lock, s.Package, f.Gate.Since) {
					continue
				}
			}
			if (!ok || !s.bounded()) && selfProtects(selves, f.Pos.File, f.Gate) {
				continue // the workspace's own SDK source validates by default
			}
		}
		if f.RuleID == RuleID {
			if lockedFixed(f, sels) {
				continue // the lock file installs a fixed release
			}
			applicability(&f, sels, out.Served, served)
		}
		kept = append(kept, f)
	}
	out.Findings = kept
}

// nearest returns the selection of pkg made by the manifest closest above
// file; a lock file wins over a manifest in the same directory, since it
// says what is installed.
func nearest(sels []Selection, file, eco, pkg string) (Selection, bool) {
	var best Selection
	bestLen := -1
	for _, s := range sels {
		if string(s.Ecosystem) != eco || s.Package != pkg {
			continue
		}
		dir := filepath.Dir(s.Manifest)
		if !within(dir, file) {
			continue
		}
		if len(dir) > bestLen || len(dir) == bestLen && s.Lock && !best.Lock {
			best, bestLen = s, len(dir)
		}
	}
	return best, bestLen >= 0
}

// applicability lowers an MCP014 finding whose project serves no HTTP
// transport of the SDK it is about.
func applicability(f *rule.Finding, sels []Selection, transports []rule.Served, looked map[string]bool) {
	for _, s := range sels {
		if s.Manifest != f.Pos.File || s.Line != f.Pos.Line {
			continue
		}
		if !looked[string(s.Ecosystem)] {
			return
		}
		dir := filepath.Dir(s.Manifest)
		for _, t := range transports {
			if t.Ecosystem == string(s.Ecosystem) && t.Package == s.Package && within(dir, t.File) {
				return // the project serves an affected transport
			}
		}
		f.Severity = rule.Low
		f.Message += "; the project serves no HTTP transport of this SDK (stdio or client only), so the flaw is not exposed today: upgrade before serving one"
		return
	}
}

// within reports whether path is dir or below it.
func within(dir, path string) bool {
	if a, err := filepath.Abs(path); err == nil {
		path = a
	}
	if a, err := filepath.Abs(dir); err == nil {
		dir = a
	}
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// lockedFixed reports whether f, an MCP014 finding on a manifest range,
// is settled by the nearest lock file at or above the manifest: every
// version it records for the package is at or above every advisory's fix.
func lockedFixed(f rule.Finding, sels []Selection) bool {
	var m Selection
	found := false
	for _, s := range sels {
		if s.Manifest == f.Pos.File && s.Line == f.Pos.Line {
			m, found = s, true
			break
		}
	}
	if !found || m.Lock {
		return false
	}
	lock := nearestLock(sels, m)
	if lock == "" {
		return false
	}
	for _, a := range advisoriesFor(m.Ecosystem, m.Package) {
		if !lockAtLeast(sels, lock, m.Package, a.Fixed) {
			return false
		}
	}
	return true
}

// nearestLock returns the lock file nearest at or above manifest m (the
// workspace's, for a member package) that records m's package, or "".
func nearestLock(sels []Selection, m Selection) string {
	lock := ""
	for _, s := range sels {
		if !s.Lock || s.Ecosystem != m.Ecosystem || s.Package != m.Package || !within(filepath.Dir(s.Manifest), m.Manifest) {
			continue
		}
		if lock == "" || len(filepath.Dir(s.Manifest)) > len(filepath.Dir(lock)) {
			lock = s.Manifest
		}
	}
	return lock
}

// lockAtLeast reports whether every version of pkg that lock records is
// version or later.
func lockAtLeast(sels []Selection, lock, pkg, version string) bool {
	for _, s := range sels {
		if s.Manifest == lock && s.Package == pkg && (!s.Exact || !s.AtLeast(version)) {
			return false
		}
	}
	return true
}
