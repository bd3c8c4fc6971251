// Package config reads mcplint's project configuration file, .mcplint.yml:
// which rules run, severity overrides, excluded paths, per-path rule ignores
// with a reason, and the fail-on threshold.
//
// The file is parsed with the yaml.v3 Node API rather than decoded into a
// struct so that every error can name the file, line and column, and an
// unknown key or value can come with a "did you mean" suggestion: a typo in
// a linter's configuration must never be silently ignored, since it would
// quietly turn checks off.
package config

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"gopkg.in/yaml.v3"

	"github.com/mcpsec/mcplint/analyzers/knowledge"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/analyzers/safefile"
)

// Names are the file names Find looks for, in order of preference.
var Names = []string{".mcplint.yml", ".mcplint.yaml"}

// File is a parsed configuration file. Paths and globs in it are relative to
// Dir, the directory holding the file, with forward slashes.
type File struct {
	Path string // absolute path of the file
	Dir  string // absolute directory the file's paths are relative to

	Enable   []string                 // rule IDs; empty means every rule
	Disable  []string                 // rule IDs
	Severity map[string]rule.Severity // rule ID -> effective severity
	Exclude  []Glob                   // paths not analysed at all
	Ignore   []Ignore                 // findings silenced with a reason
	// FailOn is the lowest severity that fails the run; 0 with FailOnSet
	// means "none". Meaningful only when FailOnSet.
	FailOn    rule.Severity
	FailOnSet bool
	// Models declare project functions as sources, sinks, sanitizers and
	// validators.
	Models []knowledge.Model
}

// Glob is one doublestar pattern and where it was written.
type Glob struct {
	Pattern string
	Line    int
}

// Ignore silences findings of Rules in files matching Paths, for Reason.
type Ignore struct {
	Paths  []Glob
	Rules  []string // rule IDs
	Reason string
	Line   int // line of the entry, for messages
}

// Error is a problem in the configuration file, located by line and column.
type Error struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// Errors is every problem found in one file, in file order. Reporting all of
// them at once saves the user a round trip per typo.
type Errors []*Error

func (es Errors) Error() string {
	msgs := make([]string, len(es))
	for i, e := range es {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Find looks for a configuration file in dir and its parents. It stops after
// the first directory holding .git (the repository top level) so that a scan
// never picks up an unrelated file from above the project. It returns "" when
// there is none.
func Find(dir string) string {
	dir = filepath.Clean(dir)
	for {
		for _, n := range Names {
			p := filepath.Join(dir, n)
			// Lstat: a link named .mcplint.yml is not followed (it may
			// point anywhere); Load then reports it.
			if _, err := os.Lstat(p); err == nil {
				return p
			}
		}
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return "" // the repository top level: look no further
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Load reads and checks the file at path.
func Load(path string) (*File, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	// The file may come from the scanned tree: a regular file only (not a
	// link to /dev/zero, not a FIFO), and a bounded size.
	data, err := safefile.Read(abs, safefile.SmallLimit)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return Parse(abs, data)
}

// Parse checks data as the contents of the file at path (absolute).
func Parse(path string, data []byte) (*File, error) {
	f := &File{Path: path, Dir: filepath.Dir(path), Severity: map[string]rule.Severity{}}
	p := &parser{file: path, display: path}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, Errors{yamlError(path, err)}
	}
	if len(doc.Content) == 0 {
		return f, nil // an empty file configures nothing
	}
	p.top(f, doc.Content[0])
	if len(p.errs) > 0 {
		return nil, p.errs
	}
	return f, nil
}

// yamlError turns a yaml.v3 syntax error ("yaml: line 3: ...") into an Error.
func yamlError(path string, err error) *Error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if n, after, ok := strings.Cut(rest, ":"); ok {
			if _, serr := fmt.Sscanf(n, "%d", &line); serr == nil {
				msg = strings.TrimSpace(after)
			}
		}
	}
	if line == 0 {
		line = 1
	}
	return &Error{File: path, Line: line, Col: 1, Msg: "invalid YAML: " + msg}
}

type parser struct {
	file, display string
	errs          Errors
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) {
	p.errs = append(p.errs, &Error{File: p.display, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...)})
}

// topKeys are the keys of the top-level mapping, in documentation order.
var topKeys = []string{"enable", "disable", "severity", "exclude", "ignore", "fail-on", "models"}

func (p *parser) top(f *File, n *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "the configuration must be a mapping of keys (%s), not %s", strings.Join(topKeys, ", "), kindName(n))
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if seen[k.Value] {
			p.errorf(k, "%q is given twice", k.Value)
			continue
		}
		seen[k.Value] = true
		switch k.Value {
		case "enable":
			f.Enable = p.rules(v)
		case "disable":
			f.Disable = p.rules(v)
		case "severity":
			p.severities(f, v)
		case "exclude":
			f.Exclude = p.globs(v)
		case "ignore":
			p.ignores(f, v)
		case "fail-on":
			p.failOn(f, v)
		case "models":
			p.models(f, v)
		default:
			p.errorf(k, "unknown key %q%s", k.Value, Suggest(k.Value, topKeys))
		}
	}
}

// strings reads a scalar or a sequence of scalars: "rules: MCP001" and
// "rules: [MCP001, MCP002]" both mean a list.
func (p *parser) strings(n *yaml.Node) []*yaml.Node {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return nil
		}
		return []*yaml.Node{n}
	case yaml.SequenceNode:
		var out []*yaml.Node
		for _, c := range n.Content {
			if c.Kind != yaml.ScalarNode || c.Tag == "!!null" {
				p.errorf(c, "want a string, not %s", kindName(c))
				continue
			}
			out = append(out, c)
		}
		return out
	}
	p.errorf(n, "want a string or a list of strings, not %s", kindName(n))
	return nil
}

func (p *parser) rules(n *yaml.Node) []string {
	var ids []string
	for _, s := range p.strings(n) {
		if id, ok := p.rule(s); ok {
			ids = append(ids, id)
		}
	}
	return ids
}

// rule resolves a rule ID (any case) or name.
func (p *parser) rule(n *yaml.Node) (string, bool) {
	for _, r := range rule.Rules {
		if strings.EqualFold(n.Value, r.ID) || n.Value == r.Name {
			return r.ID, true
		}
	}
	var known []string
	for _, r := range rule.Rules {
		known = append(known, r.ID, r.Name)
	}
	p.errorf(n, "unknown rule %q%s (see mcplint -list-rules)", n.Value, Suggest(n.Value, known))
	return "", false
}

var severityNames = []string{"low", "medium", "high", "critical"}

func (p *parser) severity(n *yaml.Node, extra ...string) (rule.Severity, bool) {
	if n.Kind == yaml.ScalarNode {
		if s, err := rule.ParseSeverity(n.Value); err == nil {
			return s, true
		}
	}
	want := append(append([]string{}, severityNames...), extra...)
	p.errorf(n, "unknown severity %q%s (want %s)", n.Value, Suggest(n.Value, want), strings.Join(want, ", "))
	return 0, false
}

func (p *parser) severities(f *File, n *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "severity: want a mapping of rule to severity, such as \"MCP005: high\", not %s", kindName(n))
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		id, ok := p.rule(k)
		sev, sok := p.severity(v)
		if !ok || !sok {
			continue
		}
		if _, dup := f.Severity[id]; dup {
			p.errorf(k, "severity of %s is given twice", id)
			continue
		}
		f.Severity[id] = sev
	}
}

func (p *parser) failOn(f *File, n *yaml.Node) {
	if n.Kind == yaml.ScalarNode && n.Value == "none" {
		f.FailOn, f.FailOnSet = 0, true
		return
	}
	if s, ok := p.severity(n, "none"); ok {
		f.FailOn, f.FailOnSet = s, true
	}
}

func (p *parser) globs(n *yaml.Node) []Glob {
	var out []Glob
	for _, s := range p.strings(n) {
		pat := s.Value
		switch {
		case pat == "":
			p.errorf(s, "empty path pattern")
			continue
		case strings.HasPrefix(pat, "/") || filepath.IsAbs(pat):
			p.errorf(s, "path pattern %q must be relative to the directory of the configuration file", pat)
			continue
		case strings.Contains(pat, `\`):
			p.errorf(s, "path pattern %q: use forward slashes", pat)
			continue
		case !doublestar.ValidatePattern(pat):
			p.errorf(s, "malformed path pattern %q", pat)
			continue
		}
		out = append(out, Glob{Pattern: strings.TrimPrefix(strings.TrimSuffix(pat, "/"), "./"), Line: s.Line})
	}
	return out
}

var ignoreKeys = []string{"paths", "rules", "reason"}

func (p *parser) ignores(f *File, n *yaml.Node) {
	if n.Kind != yaml.SequenceNode {
		p.errorf(n, "ignore: want a list of entries with paths, rules and reason, not %s", kindName(n))
		return
	}
	for _, e := range n.Content {
		if e.Kind != yaml.MappingNode {
			p.errorf(e, "ignore entry: want a mapping with paths, rules and reason, not %s", kindName(e))
			continue
		}
		ig := Ignore{Line: e.Line}
		seen := map[string]bool{}
		for i := 0; i+1 < len(e.Content); i += 2 {
			k, v := e.Content[i], e.Content[i+1]
			if seen[k.Value] {
				p.errorf(k, "%q is given twice", k.Value)
				continue
			}
			seen[k.Value] = true
			switch k.Value {
			case "paths", "rules":
				if v.Tag == "!!null" || v.Kind == yaml.SequenceNode && len(v.Content) == 0 {
					// an entry must name what it silences: no list is not "all"
					p.errorf(v, "%s: name at least one %s", k.Value, map[string]string{"paths": "path pattern", "rules": "rule"}[k.Value])
					continue
				}
				if k.Value == "paths" {
					ig.Paths = p.globs(v)
				} else {
					ig.Rules = p.rules(v)
				}
			case "reason":
				if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
					p.errorf(v, "reason: want a string, not %s", kindName(v))
					continue
				}
				ig.Reason = strings.TrimSpace(v.Value)
			default:
				p.errorf(k, "unknown key %q in ignore entry%s", k.Value, Suggest(k.Value, ignoreKeys))
			}
		}
		var missing []string
		if !seen["paths"] {
			missing = append(missing, "paths")
		}
		if !seen["rules"] {
			missing = append(missing, "rules")
		}
		if ig.Reason == "" {
			missing = append(missing, "a reason")
		}
		if len(missing) > 0 {
			p.errorf(e, "ignore entry needs %s: say why these findings are acceptable", strings.Join(missing, " and "))
			continue
		}
		f.Ignore = append(f.Ignore, ig)
	}
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	if n.Tag == "!!null" {
		return "nothing"
	}
	return fmt.Sprintf("%q", n.Value)
}

// Suggest returns ` (did you mean "x"?)` for the closest of known within a
// small edit distance, else "". The command line uses it for flags and rule
// lists too, so that every typo gets the same help.
func Suggest(s string, known []string) string {
	best, bestD := "", 1<<30
	for _, k := range known {
		d := distance(strings.ToLower(s), strings.ToLower(k))
		if d < bestD {
			best, bestD = k, d
		}
	}
	if best == "" || bestD > max(2, len(s)/3) {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// distance is the Levenshtein distance between a and b, by bytes.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// rel returns path relative to the file's directory with forward slashes,
// or ok false when it is not below it.
func (f *File) rel(path string) (string, bool) {
	r, err := filepath.Rel(f.Dir, path)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(r), true
}

// matches reports whether path, or a directory above it (up to Dir), matches
// one of globs: a pattern naming a directory covers everything below it.
func (f *File) matches(globs []Glob, path string) (Glob, bool) {
	r, ok := f.rel(path)
	if !ok {
		return Glob{}, false
	}
	for _, g := range globs {
		for p := r; p != "." && p != ""; p = parentSlash(p) {
			if m, _ := doublestar.Match(g.Pattern, p); m {
				return g, true
			}
		}
	}
	return Glob{}, false
}

func parentSlash(p string) string {
	i := strings.LastIndexByte(p, '/')
	if i < 0 {
		return ""
	}
	return p[:i]
}

// Excluded reports whether path (absolute; a file or a directory) is
// excluded from analysis.
func (f *File) Excluded(path string) bool {
	if f == nil {
		return false
	}
	_, ok := f.matches(f.Exclude, path)
	return ok
}

// Ignored returns the ignore entry that silences a finding of rule id in the
// file at path (absolute), if any.
func (f *File) Ignored(id, path string) (*Ignore, bool) {
	if f == nil {
		return nil, false
	}
	for i := range f.Ignore {
		ig := &f.Ignore[i]
		if !contains(ig.Rules, id) {
			continue
		}
		if _, ok := f.matches(ig.Paths, path); ok {
			return ig, true
		}
	}
	return nil, false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
