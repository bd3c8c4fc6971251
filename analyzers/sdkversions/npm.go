package sdkversions

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/Masterminds/semver/v3"
	"gopkg.in/yaml.v3"
)

// jsonWalk visits every scalar value of a JSON document with the object
// keys leading to it ("[]" for array elements), the byte offset and length
// of the value, and the offset of the key it belongs to (-1 in arrays).
// encoding/json has no positions in its values, so the walk uses the
// decoder's token stream and its input offsets.
func jsonWalk(data []byte, visit func(path []string, keyOff, off, n int, v any)) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	type frame struct {
		obj       bool
		key       string
		keyOff    int
		expectKey bool
	}
	var stack []*frame
	path := func() []string {
		out := make([]string, 0, len(stack))
		for _, f := range stack {
			if f.obj {
				out = append(out, f.key)
			} else {
				out = append(out, "[]")
			}
		}
		return out
	}
	valueDone := func() {
		if len(stack) > 0 && stack[len(stack)-1].obj {
			stack[len(stack)-1].expectKey = true
		}
	}
	for {
		before := int(dec.InputOffset())
		tok, err := dec.Token()
		if err == io.EOF {
			if len(stack) > 0 {
				return io.ErrUnexpectedEOF
			}
			return nil
		}
		if err != nil {
			return err
		}
		off := before
		for off < len(data) && strings.IndexByte(" \t\r\n,:", data[off]) >= 0 {
			off++
		}
		end := int(dec.InputOffset())
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{':
				stack = append(stack, &frame{obj: true, expectKey: true})
			case '[':
				stack = append(stack, &frame{})
			default:
				stack = stack[:len(stack)-1]
				valueDone()
			}
			continue
		case string:
			if top := len(stack) - 1; top >= 0 && stack[top].obj && stack[top].expectKey {
				stack[top].key, stack[top].keyOff, stack[top].expectKey = t, off, false
				continue
			}
		}
		keyOff := -1
		if len(stack) > 0 && stack[len(stack)-1].obj {
			keyOff = stack[len(stack)-1].keyOff
		}
		visit(path(), keyOff, off, end-off, tok)
		valueDone()
	}
}

// npmSections are the package.json fields that declare dependencies.
var npmSections = map[string]bool{"dependencies": true, "devDependencies": true, "peerDependencies": true, "optionalDependencies": true}

// packageJSON reads the dependency sections of package.json.
func packageJSON(data []byte) ([]dep, error) {
	var deps []dep
	err := jsonWalk(data, func(path []string, keyOff, off, n int, v any) {
		spec, ok := v.(string)
		if !ok || len(path) != 2 || !npmSections[path[0]] {
			return
		}
		name := path[1]
		if alias, ok := strings.CutPrefix(spec, "npm:"); ok { // "sdk": "npm:@modelcontextprotocol/sdk@^1.2"
			name, spec = splitDescriptor(alias)
		}
		if !tracked(NPM, name) || !npmRange(spec) {
			return
		}
		d := dep{eco: NPM, name: name, spec: spec, shown: fmt.Sprintf("%q: %q", path[1], v), off: keyOff, n: off + n - keyOff}
		if exact, err := semver.StrictNewVersion(strings.TrimPrefix(strings.TrimSpace(spec), "=")); err == nil {
			d.exact, d.spec = true, exact.String()
		}
		deps = append(deps, d)
	})
	return deps, err
}

// npmRange reports whether spec is a semver range rather than a tag, a path,
// a git or tarball URL, or a workspace or catalog reference, which name no
// registry version mcplint can check.
func npmRange(spec string) bool {
	spec = strings.TrimSpace(spec)
	if spec == "" || strings.ContainsAny(spec, ":/") {
		return false
	}
	_, err := semver.NewConstraint(spec)
	return err == nil
}

// splitDescriptor splits "name@range" where name may be scoped ("@scope/name").
func splitDescriptor(s string) (name, rng string) {
	at := strings.LastIndexByte(s, '@')
	if at <= 0 {
		return s, ""
	}
	return s[:at], s[at+1:]
}

// lockPackageName returns the package name of a package-lock "packages"
// key ("node_modules/a/node_modules/@x/y" -> "@x/y").
func lockPackageName(key string) string {
	if i := strings.LastIndex(key, "node_modules/"); i >= 0 {
		return key[i+len("node_modules/"):]
	}
	return key
}

// packageLock reads package-lock.json or npm-shrinkwrap.json: lockfile
// version 2 and 3 list installed packages under "packages" keyed by their
// node_modules path; version 1 nests them under "dependencies". Version 2
// has both; the "packages" entries are then the ones reported.
func packageLock(data []byte, file string) ([]dep, error) {
	var fromPackages, fromDeps []dep
	err := jsonWalk(data, func(path []string, keyOff, off, n int, v any) {
		version, ok := v.(string)
		if !ok || len(path) < 3 || path[len(path)-1] != "version" {
			return
		}
		pkgKey, parent := path[len(path)-2], path[len(path)-3]
		var name string
		switch {
		case len(path) == 3 && parent == "packages":
			name = lockPackageName(pkgKey)
		case parent == "dependencies":
			name = pkgKey
		default:
			return
		}
		if !tracked(NPM, name) {
			return
		}
		d := dep{eco: NPM, name: name, spec: version, exact: true, lock: file, off: keyOff, n: off + n - keyOff}
		if parent == "packages" {
			fromPackages = append(fromPackages, d)
		} else {
			fromDeps = append(fromDeps, d)
		}
	})
	if len(fromPackages) > 0 {
		return fromPackages, err
	}
	return fromDeps, err
}

// pnpmLock reads pnpm-lock.yaml. Its "packages" keys carry the name and
// the installed version in each lockfile generation: "/name/1.2.3" (v5),
// "/name@1.2.3" (v6), "name@1.2.3" (v9), with an optional peer suffix
// ("(zod@3.25.0)" or "_zod@3.25.0").
func pnpmLock(data []byte) ([]dep, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	pkgs := mappingValue(&doc, "packages")
	if pkgs == nil {
		return nil, nil
	}
	lines := lineStarts(data)
	var deps []dep
	for i := 0; i+1 < len(pkgs.Content); i += 2 {
		key := pkgs.Content[i]
		name, version := pnpmKey(key.Value)
		if !tracked(NPM, name) || version == "" {
			continue
		}
		off := nodeOffset(data, lines, key)
		deps = append(deps, dep{eco: NPM, name: name, spec: version, exact: true, lock: "pnpm-lock.yaml", off: off, n: keyLen(data, off)})
	}
	return deps, nil
}

// pnpmKey parses one "packages" key of pnpm-lock.yaml.
func pnpmKey(k string) (name, version string) {
	k = strings.TrimPrefix(k, "/")
	if i := strings.IndexByte(k, '('); i >= 0 {
		k = k[:i]
	}
	segs := strings.Split(k, "/")
	last := segs[len(segs)-1]
	scoped := strings.HasPrefix(k, "@")
	if last != "" && last[0] >= '0' && last[0] <= '9' && (scoped && len(segs) == 3 || !scoped && len(segs) == 2) {
		// v5: name/version, the peer suffix after "_"
		version, _, _ = strings.Cut(last, "_")
		return strings.Join(segs[:len(segs)-1], "/"), version
	}
	if at := strings.LastIndexByte(k, '@'); at > 0 {
		return k[:at], k[at+1:]
	}
	return k, ""
}

// yarnLock reads yarn.lock: Yarn 2+ ("berry") writes YAML with a
// __metadata entry; Yarn 1 writes its own line format, which no YAML
// parser accepts (unquoted "a@^1, a@^2:" keys, "version "1.2.3"" values) and
// for which no maintained Go parser exists, so it is read here line by line:
// an unindented "descriptor[, descriptor...]:" starts an entry, an indented
// `version "x"` gives its version.
func yarnLock(data []byte) ([]dep, error) {
	if bytes.Contains(data, []byte("\n__metadata:")) || bytes.HasPrefix(data, []byte("__metadata:")) {
		return yarnBerry(data)
	}
	var deps []dep
	var names []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), maxManifestSize)
	off := 0
	for sc.Scan() {
		line := sc.Text()
		lineOff := off
		off += len(line) + 1
		switch {
		case strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#"):
		case line[0] != ' ' && line[0] != '\t':
			names = nil
			for _, d := range strings.Split(strings.TrimSuffix(strings.TrimSpace(line), ":"), ",") {
				name, _ := splitDescriptor(strings.Trim(strings.TrimSpace(d), `"`))
				names = append(names, name)
			}
		default:
			field, value, _ := strings.Cut(strings.TrimSpace(line), " ")
			if field != "version" || len(names) == 0 || !tracked(NPM, names[0]) {
				continue
			}
			lead := len(line) - len(strings.TrimLeft(line, " \t"))
			deps = append(deps, dep{eco: NPM, name: names[0], spec: strings.Trim(value, `"`), exact: true, lock: "yarn.lock",
				off: lineOff + lead, n: len(strings.TrimSpace(line))})
		}
	}
	return deps, sc.Err()
}

// yarnBerry reads the YAML lock file of Yarn 2 and later.
func yarnBerry(data []byte) ([]dep, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, nil
	}
	lines := lineStarts(data)
	root := doc.Content[0]
	var deps []dep
	for i := 0; i+1 < len(root.Content); i += 2 {
		first := strings.TrimSpace(strings.Split(root.Content[i].Value, ",")[0])
		name, _ := splitDescriptor(first)
		if !tracked(NPM, name) {
			continue
		}
		v := mappingValue(root.Content[i+1], "version")
		if v == nil {
			continue
		}
		off := nodeOffset(data, lines, v)
		deps = append(deps, dep{eco: NPM, name: name, spec: v.Value, exact: true, lock: "yarn.lock", off: off, n: len(v.Value)})
	}
	return deps, nil
}

// mappingValue returns the value node of key in a mapping node (or in the
// mapping a document node holds), nil when absent.
func mappingValue(n *yaml.Node, key string) *yaml.Node {
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// lineStarts returns the byte offset of each line's start.
func lineStarts(data []byte) []int {
	starts := []int{0}
	for i, b := range data {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// nodeOffset converts a YAML node's line and (rune) column to a byte offset.
func nodeOffset(data []byte, lines []int, n *yaml.Node) int {
	if n.Line < 1 || n.Line > len(lines) {
		return 0
	}
	off := lines[n.Line-1]
	for col := 1; col < n.Column && off < len(data); col++ {
		_, size := utf8.DecodeRune(data[off:])
		off += size
	}
	return off
}

// keyLen is the length of a YAML mapping key starting at off, up to its ":".
func keyLen(data []byte, off int) int {
	end := bytes.IndexByte(data[off:], '\n')
	if end < 0 {
		end = len(data) - off
	}
	line := data[off : off+end]
	if i := bytes.LastIndexByte(line, ':'); i > 0 {
		return i
	}
	return len(line)
}
