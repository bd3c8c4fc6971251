package sdkversions

import (
	"golang.org/x/mod/modfile"
)

// goMod reads the require and replace directives of go.mod. A require is
// the version the build uses (minimal version selection never picks an
// older one), so it is treated as a pin. A replace with a version takes its
// place; a replace by a local directory makes the version unknowable, and
// nothing is reported.
func goMod(path string, data []byte) ([]dep, error) {
	// Parse, not ParseLax: ParseLax drops replace directives, which decide
	// the version. A go.mod that only ParseLax accepts (a directive from a
	// newer Go) is still read, without its replacements.
	f, err := modfile.Parse(path, data, nil)
	if err != nil {
		lax, laxErr := modfile.ParseLax(path, data, nil)
		if laxErr != nil {
			return nil, err
		}
		f = lax
	}
	var deps []dep
	for _, r := range f.Require {
		if !tracked(Go, r.Mod.Path) {
			continue
		}
		d := dep{eco: Go, name: r.Mod.Path, spec: r.Mod.Version, exact: true, shown: r.Mod.Path + " " + r.Mod.Version}
		d.off, d.n = r.Syntax.Start.Byte, r.Syntax.End.Byte-r.Syntax.Start.Byte
		for _, rep := range f.Replace {
			if rep.Old.Path != r.Mod.Path || rep.Old.Version != "" && rep.Old.Version != r.Mod.Version {
				continue
			}
			if rep.New.Version == "" || rep.New.Path != r.Mod.Path {
				d.spec = "" // a local directory or a fork: not the published module
				continue
			}
			d.spec, d.shown = rep.New.Version, "replace "+r.Mod.Path+" => "+rep.New.Path+" "+rep.New.Version
			d.off, d.n = rep.Syntax.Start.Byte, rep.Syntax.End.Byte-rep.Syntax.Start.Byte
		}
		if d.spec != "" && validGo(d.spec) {
			deps = append(deps, d)
		}
	}
	return deps, nil
}
