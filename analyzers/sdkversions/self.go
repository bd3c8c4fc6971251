package sdkversions

import (
	"bytes"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/analyzers/safefile"
)

// selfPackage is a manifest that declares a tracked SDK itself (the SDK's
// own repository): the projects under its directory that depend on the
// SDK without a version (a uv workspace member's "mcp", resolved to the
// workspace) run this source.
type selfPackage struct {
	dir     string
	eco     Ecosystem
	name    string
	version string // static version, "" when computed at build time
	// protected caches, per Protection.Source, whether the source holds it
	protected map[string]bool
}

// selfPackages reads the manifests that declare a tracked package.
func selfPackages(manifests []string) []*selfPackage {
	var out []*selfPackage
	for _, m := range manifests {
		if kindOf(m) != "pyproject.toml" {
			continue
		}
		data, err := safefile.Read(m, maxManifestSize)
		if err != nil {
			continue
		}
		var p pyprojectFile
		if _, err := toml.Decode(string(data), &p); err != nil {
			continue
		}
		name := normalisePyPI(p.Project.Name)
		if name == "" || !tracked(PyPI, name) {
			continue
		}
		out = append(out, &selfPackage{dir: filepath.Dir(m), eco: PyPI, name: name, version: p.Project.Version, protected: map[string]bool{}})
	}
	return out
}

// bounded reports whether a selection says anything about the version: an
// exact pin or a range with a lower bound ("mcp" alone does not).
func (s Selection) bounded() bool {
	if s.Exact {
		return true
	}
	low, _, _ := lowestAllowed(s.Ecosystem, s.Spec, "0")
	return low != "" && low != "0.0.0" && low != "0"
}

// selfProtects reports whether the SDK declared by a manifest above file
// validates by default: its static version is the gate's release or later,
// or, when its version is computed at build time, its source holds the
// code that applies the default (Protection.Source).
func selfProtects(selves []*selfPackage, file string, g *rule.Gate) bool {
	var best *selfPackage
	for _, sp := range selves {
		if string(sp.eco) != g.Ecosystem || sp.name != g.Package || !within(sp.dir, file) {
			continue
		}
		if best == nil || len(sp.dir) > len(best.dir) {
			best = sp
		}
	}
	if best == nil {
		return false
	}
	if best.version != "" {
		return Selection{Ecosystem: best.eco, Package: best.name, Spec: best.version, Exact: true}.AtLeast(g.Since)
	}
	for _, p := range Protections {
		if string(p.Ecosystem) == g.Ecosystem && p.Package == g.Package && p.Since == g.Since && p.Source != "" {
			return best.holds(p.Source)
		}
	}
	return false
}

// maxSourceFiles bounds how many source files of the SDK are read for a
// marker.
const maxSourceFiles = 4000

// holds reports whether a Python source file of the package (under src/
// or the package directory) contains marker.
func (sp *selfPackage) holds(marker string) bool {
	if v, ok := sp.protected[marker]; ok {
		return v
	}
	found := false
	seen := 0
	pkgDir := strings.ReplaceAll(sp.name, "-", "_")
	for _, root := range []string{filepath.Join(sp.dir, "src", pkgDir), filepath.Join(sp.dir, pkgDir)} {
		_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || found || seen >= maxSourceFiles {
				return filepath.SkipAll
			}
			if d.IsDir() || !strings.HasSuffix(p, ".py") {
				return nil
			}
			seen++
			if data, err := safefile.Read(p, 4<<20); err == nil && bytes.Contains(data, []byte(marker)) {
				found = true
			}
			return nil
		})
	}
	sp.protected[marker] = found
	return found
}
