package sdkversions

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// normalisePyPI applies PEP 503 name normalisation: "MCP", "mcp_x" and
// "mcp.x" name the same projects as "mcp" and "mcp-x".
func normalisePyPI(name string) string {
	return strings.ToLower(pypiSeparators.ReplaceAllString(name, "-"))
}

var pypiSeparators = regexp.MustCompile(`[-_.]+`)

// pep508 splits a PEP 508 requirement into name, extras and version
// specifier; the marker after ";" and URL requirements ("name @ url") are
// not version ranges.
var pep508 = regexp.MustCompile(`^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*([^;@]*?)\s*(?:;.*)?$`)

// requirement parses one PEP 508 requirement string. ok is false for
// strings that are not a named requirement with a version specifier part.
func requirement(s string) (name, spec string, ok bool) {
	if strings.Contains(strings.SplitN(s, ";", 2)[0], "@") {
		return "", "", false // a direct URL reference pins no registry version
	}
	m := pep508.FindStringSubmatch(s)
	if m == nil {
		return "", "", false
	}
	spec = strings.TrimSpace(m[3])
	spec = strings.TrimSuffix(strings.TrimPrefix(spec, "("), ")") // the old "name (>=1.0)" form
	return normalisePyPI(m[1]), strings.TrimSpace(spec), true
}

// pypiExact matches a specifier that names one version: "==1.9.0", "===1.9".
var pypiExact = regexp.MustCompile(`^===?\s*([0-9][^,*\s]*)$`)

// pypiDep builds the dep for a PEP 508 requirement or a Poetry constraint
// already converted to a PEP 440 specifier.
func pypiDep(name, spec, shown string, off, n int) dep {
	d := dep{eco: PyPI, name: name, spec: spec, shown: shown, off: off, n: n}
	if m := pypiExact.FindStringSubmatch(strings.TrimSpace(spec)); m != nil {
		d.exact, d.spec = true, m[1]
	}
	return d
}

// finder locates strings in a file in order, so that two identical
// requirement strings get their own positions.
type finder struct {
	data []byte
	next map[string]int
}

func newFinder(data []byte) *finder { return &finder{data: data, next: map[string]int{}} }

// quoted finds s written inside quotes, returning the offset of s itself.
func (f *finder) quoted(s string) int {
	for _, q := range []string{`"`, `'`} {
		key := q + s + q
		from := f.next[key]
		if i := bytes.Index(f.data[from:], []byte(key)); i >= 0 {
			f.next[key] = from + i + len(key)
			return from + i + 1
		}
	}
	return bytes.Index(f.data, []byte(s))
}

// pattern finds the next match of re, returning the start of submatch 1.
func (f *finder) pattern(re *regexp.Regexp) int {
	key := re.String()
	from := f.next[key]
	loc := re.FindSubmatchIndex(f.data[from:])
	if loc == nil {
		return -1
	}
	f.next[key] = from + loc[1]
	return from + loc[2]
}

// pyprojectFile is what MCP014 reads from pyproject.toml: PEP 621
// dependencies and optional dependencies, PEP 735 dependency groups, uv's
// dev-dependencies and Poetry's dependency tables.
type pyprojectFile struct {
	Project struct {
		Name                 string              `toml:"name"`
		Version              string              `toml:"version"`
		Dynamic              []string            `toml:"dynamic"`
		Dependencies         []string            `toml:"dependencies"`
		OptionalDependencies map[string][]string `toml:"optional-dependencies"`
	} `toml:"project"`
	DependencyGroups map[string][]any `toml:"dependency-groups"`
	Tool             struct {
		UV struct {
			DevDependencies []string `toml:"dev-dependencies"`
		} `toml:"uv"`
		Poetry struct {
			Dependencies    map[string]any `toml:"dependencies"`
			DevDependencies map[string]any `toml:"dev-dependencies"`
			Group           map[string]struct {
				Dependencies map[string]any `toml:"dependencies"`
			} `toml:"group"`
		} `toml:"poetry"`
	} `toml:"tool"`
}

func pyproject(data []byte) ([]dep, error) {
	var p pyprojectFile
	if _, err := toml.Decode(string(data), &p); err != nil {
		return nil, err
	}
	f := newFinder(data)
	var deps []dep
	pep621 := func(reqs []string) {
		for _, r := range reqs {
			name, spec, ok := requirement(r)
			if !ok || !tracked(PyPI, name) {
				continue
			}
			deps = append(deps, pypiDep(name, spec, fmt.Sprintf("%q", strings.TrimSpace(r)), f.quoted(r), len(r)))
		}
	}
	pep621(p.Project.Dependencies)
	for _, k := range sortedKeys(p.Project.OptionalDependencies) {
		pep621(p.Project.OptionalDependencies[k])
	}
	for _, k := range sortedKeys(p.DependencyGroups) {
		for _, item := range p.DependencyGroups[k] {
			if s, ok := item.(string); ok { // tables are {include-group = "..."}
				pep621([]string{s})
			}
		}
	}
	pep621(p.Tool.UV.DevDependencies)
	poetry := func(table map[string]any) {
		for _, key := range sortedKeys(table) {
			name := normalisePyPI(key)
			if !tracked(PyPI, name) {
				continue
			}
			keyRE := regexp.MustCompile(`(?m)^[ \t]*(["']?` + regexp.QuoteMeta(key) + `["']?[ \t]*=[^\n]*)`)
			off := f.pattern(keyRE)
			n := 0
			if off >= 0 {
				n = bytes.IndexByte(data[off:], '\n')
				if n < 0 {
					n = len(data) - off
				}
				n = len(bytes.TrimRight(data[off:off+n], " \t\r"))
			}
			for _, c := range poetryConstraints(table[key]) {
				spec, ok := poetryToPEP440(c)
				if !ok {
					continue
				}
				deps = append(deps, pypiDep(name, spec, fmt.Sprintf("%s = %q", key, c), off, n))
			}
		}
	}
	poetry(p.Tool.Poetry.Dependencies)
	poetry(p.Tool.Poetry.DevDependencies)
	for _, g := range sortedKeys(p.Tool.Poetry.Group) {
		poetry(p.Tool.Poetry.Group[g].Dependencies)
	}
	return deps, nil
}

// poetryConstraints returns the version constraints of one Poetry
// dependency value: "^1.9", {version = "^1.9"}, or a list of such tables
// (multiple-constraint dependencies). Path, git and URL dependencies have
// none.
func poetryConstraints(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case map[string]any:
		if s, ok := v["version"].(string); ok {
			return []string{s}
		}
	case []map[string]any:
		var out []string
		for _, t := range v {
			out = append(out, poetryConstraints(t)...)
		}
		return out
	case []any:
		var out []string
		for _, t := range v {
			out = append(out, poetryConstraints(t)...)
		}
		return out
	}
	return nil
}

// poetryToPEP440 rewrites Poetry's constraint syntax (caret, tilde, bare
// versions, space- or comma-separated clauses, "||") as a PEP 440 specifier
// with the same set of versions.
func poetryToPEP440(c string) (string, bool) {
	var alts []string
	for _, alt := range strings.Split(c, "||") {
		var clauses []string
		for _, cl := range strings.FieldsFunc(alt, func(r rune) bool { return r == ',' }) {
			cl = strings.TrimSpace(cl)
			if cl == "" || cl == "*" {
				continue
			}
			switch {
			case strings.HasPrefix(cl, "^"):
				lo := strings.TrimSpace(cl[1:])
				clauses = append(clauses, ">="+lo, "<"+caretUpper(lo))
			case strings.HasPrefix(cl, "~="):
				clauses = append(clauses, cl)
			case strings.HasPrefix(cl, "~"):
				lo := strings.TrimSpace(cl[1:])
				clauses = append(clauses, ">="+lo, "<"+tildeUpper(lo))
			case cl[0] >= '0' && cl[0] <= '9':
				clauses = append(clauses, "=="+cl)
			default:
				clauses = append(clauses, strings.ReplaceAll(cl, " ", ""))
			}
		}
		if len(clauses) == 0 {
			clauses = []string{">=0"}
		}
		alts = append(alts, strings.Join(clauses, ","))
	}
	if len(alts) == 0 {
		return "", false
	}
	return strings.Join(alts, "||"), true
}

// caretUpper is the exclusive upper bound of ^v: bump the first non-zero
// release part (^1.2 -> 2.0, ^0.9 -> 0.10, ^0.0.3 -> 0.0.4).
func caretUpper(v string) string {
	parts := releaseParts(v)
	i := 0
	for i < len(parts)-1 && parts[i] == 0 {
		i++
	}
	return bump(parts, i)
}

// tildeUpper is the exclusive upper bound of ~v: ~1.2.3 -> 1.3, ~1.2 -> 1.3, ~1 -> 2.
func tildeUpper(v string) string {
	parts := releaseParts(v)
	if len(parts) == 1 {
		return bump(parts, 0)
	}
	return bump(parts, 1)
}

func releaseParts(v string) []int {
	lit := versionLiteral.FindString(v)
	var parts []int
	for _, p := range strings.Split(lit, ".") {
		n := 0
		fmt.Sscanf(p, "%d", &n)
		parts = append(parts, n)
	}
	return parts
}

func bump(parts []int, i int) string {
	out := make([]string, i+1)
	for j := 0; j < i; j++ {
		out[j] = fmt.Sprint(parts[j])
	}
	out[i] = fmt.Sprint(parts[i] + 1)
	return strings.Join(out, ".")
}

// requirements reads a pip requirements file: one PEP 508 requirement per
// logical line, "\" continuations, "#" comments, and options ("-r", "-e",
// "--hash") that name no registry version.
func requirements(data []byte) []dep {
	var deps []dep
	lines := strings.SplitAfter(string(data), "\n")
	off := 0
	for i := 0; i < len(lines); i++ {
		start := off
		logical := strings.TrimRight(lines[i], "\r\n")
		off += len(lines[i])
		for strings.HasSuffix(logical, `\`) && i+1 < len(lines) {
			i++
			logical = strings.TrimSuffix(logical, `\`) + " " + strings.TrimRight(lines[i], "\r\n")
			off += len(lines[i])
		}
		if c := commentStart(logical); c >= 0 {
			logical = logical[:c]
		}
		if o := strings.Index(logical, " --"); o >= 0 {
			logical = logical[:o] // per-requirement options such as --hash
		}
		trimmed := strings.TrimSpace(logical)
		if trimmed == "" || strings.HasPrefix(trimmed, "-") {
			continue
		}
		name, spec, ok := requirement(trimmed)
		if !ok || !tracked(PyPI, name) {
			continue
		}
		lead := len(logical) - len(strings.TrimLeft(logical, " \t"))
		// A requirement continued on the next line is marked on its first.
		deps = append(deps, pypiDep(name, spec, fmt.Sprintf("%q", trimmed), start+lead, len(trimmed)))
	}
	return deps
}

// commentStart finds a pip comment: "#" at the start or after whitespace.
func commentStart(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			return i
		}
	}
	return -1
}

// pythonLock reads uv.lock or poetry.lock: both list [[package]] tables
// with the name and the exact version installed.
func pythonLock(data []byte, file string) ([]dep, error) {
	var lock struct {
		Package []struct {
			Name    string `toml:"name"`
			Version string `toml:"version"`
		} `toml:"package"`
	}
	if _, err := toml.Decode(string(data), &lock); err != nil {
		return nil, err
	}
	f := newFinder(data)
	var deps []dep
	for _, p := range lock.Package {
		name := normalisePyPI(p.Name)
		if !tracked(PyPI, name) || p.Version == "" {
			continue
		}
		// Point at the version line of this [[package]] table.
		nameRE := regexp.MustCompile(`(?m)^(name\s*=\s*"` + regexp.QuoteMeta(p.Name) + `")`)
		off := f.pattern(nameRE)
		n := 0
		if off >= 0 {
			if loc := lockVersionRE.FindSubmatchIndex(data[off:]); loc != nil {
				off, n = off+loc[2], loc[3]-loc[2]
			}
		}
		deps = append(deps, dep{eco: PyPI, name: name, spec: p.Version, exact: true, lock: file, off: off, n: n})
	}
	return deps, nil
}

var lockVersionRE = regexp.MustCompile(`(?m)^(version\s*=\s*"[^"\n]*")`)

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
