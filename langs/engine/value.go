package engine

import (
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// Value is what the interpreter knows about an expression: a statically
// known string, the qualified name of what it refers to, taint, and the
// structure of literals. The zero Value knows nothing.
type Value struct {
	Str      string
	Known    bool   // Str is statically known
	Default  bool   // Str is only a fallback (env var or flag default)
	Origin   string // source text of the expression that supplied Default
	Ref      string // qualified name: "subprocess.run", "mcp.server.fastmcp.FastMCP()"
	Taint    *Taint
	Props    map[string]*Value // dict and object literals; instance attributes
	Elems    []*Value          // list, tuple and array literals
	Fn       *Func
	Recv     *Value // bound receiver of a method value
	Ctor     *args  // arguments an instance was constructed with
	Class    *classInfo
	Tags     []string          // e.g. the transport of an MCP HTTP app
	Server   *Value            // the MCP server object behind a tagged app
	Built    bool              // built from a tainted part by concatenation or formatting
	Resolved bool              // an absolute, symlink-resolved path
	Prefix   string            // known text before the first tainted part
	Options  map[string]*Value // declared command-line options (argparse)
	Literal  bool              // a dict/list/object literal (no taint of its own)
	Module   bool              // an imported name or an attribute of one (not an object)
	SepEnd   bool              // a string known to end with a path separator
	RelOf    string            // path.relative(base, p): the variable p
	// Based: something not tainted (known only at run time) precedes the
	// first tainted part; Joint is the known text between them
	// (base_url + "/items/" + id: Based, Joint "/items/").
	Based bool
	Joint string
	// Head is the known text an unknown string starts with
	// ("https://api.example.com/search?session=" + uuid); BaseText the
	// known text (and heads) of everything before the first tainted part.
	Head     string
	BaseText string
	// Any: the value is one of these, picked by a key known only at run
	// time (HANDLERS[name], registry.get(name), tools.find(...)): a call
	// of it calls each, an attribute read reads each.
	Any []*Value
	// Entries are the values a collection object holds (new Map(...),
	// map.set(k, v)): a lookup by an unknown key gives any of them.
	Entries []*Value
	// Lit is the string literal a known string was written as, kept
	// through variables and copies (not through concatenation), so that
	// a fix can rewrite the literal where the value was chosen.
	Lit *litRef
}

// litRef is a string literal node and its file.
type litRef struct {
	f *File
	n *Node
}

// maxAny bounds the alternatives one value holds.
const maxAny = 64

// choices flattens the alternatives of v (nested tables), without
// duplicates, up to maxAny.
func choices(v *Value) []*Value {
	var out []*Value
	seen := map[*Value]bool{}
	var walk func(x *Value, d int)
	walk = func(x *Value, d int) {
		if x == nil || seen[x] || len(out) >= maxAny || d > 4 {
			return
		}
		seen[x] = true
		if len(x.Any) > 0 && x.Fn == nil && x.Class == nil {
			for _, a := range x.Any {
				walk(a, d+1)
			}
			return
		}
		out = append(out, x)
	}
	walk(v, 0)
	return out
}

// pick is an entry of a table (object literal, array, or collected
// registry) selected by a key the engine does not know.
func pick(v *Value) *Value {
	var alts []*Value
	alts = append(alts, v.Any...)
	alts = append(alts, v.Elems...)
	alts = append(alts, v.Entries...)
	if v.Literal || (v.Module && v.Props != nil) {
		// an object literal, or a project module's namespace
		// (import * as tools; tools[name])
		for _, k := range sortedKeys(v.Props) {
			if k != "..." {
				alts = append(alts, v.Props[k])
			}
		}
	}
	if len(alts) == 0 {
		return nil
	}
	if len(alts) == 1 {
		return alts[0]
	}
	return &Value{Any: alts, Taint: taintOf(v)}
}

// dispatchable reports whether an element of a list is something a
// table dispatches to: a function, a class instance or an object.
func dispatchable(v *Value) bool {
	return v != nil && (v.Fn != nil || v.Class != nil || len(v.Any) > 0 || (v.Literal && len(v.Props) > 0))
}

// Taint records where a tainted value came from and how it got here.
type Taint struct {
	Kind      string // "tool", "resource", "prompt"
	Param     string // the argument's name as the client sends it
	File      *File
	Steps     []rule.Step
	Cleared   []string // sink classes a sanitizer or guard cleared
	Guarded   []string // the subset a guard (not a sanitizer) cleared
	Weak      string   // a check that was present but is not a guard
	Container bool     // the whole argument map: reading a key names the argument
	// Source is the class of the Lang.Source this taint comes from (Param
	// then names the source); "" for a handler argument. Sinks only see
	// taint of their own Source.
	Source string
	// Named: Param is a whole phrase (a declared source), not an
	// argument name.
	Named bool
	// Root identifies the source: copies made along the flow share it, so
	// a guard on one alias (real = realpath(path)) clears the others.
	Root *Taint
	// keys holds the root of each argument read from a Container taint,
	// shared by the container's copies.
	keys map[string]*Taint
}

func (t *Taint) root() *Taint {
	if t.Root != nil {
		return t.Root
	}
	return t
}

const maxSteps = 24

func (t *Taint) with(step rule.Step) *Taint {
	if t == nil {
		return nil
	}
	n := *t
	if len(t.Steps) < maxSteps {
		n.Steps = append(append([]rule.Step(nil), t.Steps...), step)
	}
	return &n
}

func (t *Taint) cleared(class string) bool {
	if t == nil || class == "" {
		return false
	}
	for _, c := range t.Cleared {
		if c == class {
			return true
		}
	}
	return false
}

// guard is clear for a containment check: unlike a sanitizer's result, a
// checked value makes its source safe for the caller too.
func (t *Taint) guard(class string) *Taint {
	n := t.clear(class)
	if n != nil {
		n.Guarded = append(append([]string(nil), t.Guarded...), class)
	}
	return n
}

func (t *Taint) clear(classes ...string) *Taint {
	if t == nil {
		return nil
	}
	n := *t
	n.Cleared = append(append([]string(nil), t.Cleared...), classes...)
	return &n
}

func known(s string) *Value { return &Value{Str: s, Known: true} }

func unknown() *Value { return &Value{} }

// taintOf returns the first taint found in v or its parts.
func taintOf(v *Value) *Taint {
	return taintDepth(v, 0)
}

// uncontained returns the first taint of vs that no containment check
// cleared (a directory the arguments choose, not one a check already
// confined), or nil.
func uncontained(vs []*Value) *Taint {
	for _, v := range vs {
		t := taintOf(v)
		if t == nil {
			continue
		}
		contained := false
		for _, ci := range rule.Classes {
			if ci.Containment && t.cleared(string(ci.Class)) {
				contained = true
			}
		}
		if !contained {
			return t
		}
	}
	return nil
}

func taintDepth(v *Value, d int) *Taint {
	if v == nil || d > 4 {
		return nil
	}
	if v.Taint != nil {
		return v.Taint
	}
	for _, e := range v.Elems {
		if t := taintDepth(e, d+1); t != nil {
			return t
		}
	}
	if v.Literal {
		for _, k := range sortedKeys(v.Props) {
			if t := taintDepth(v.Props[k], d+1); t != nil {
				return t
			}
		}
	}
	return nil
}

func tagsOf(v *Value, d int) ([]string, *Value) {
	if v == nil || d > 4 {
		return nil, nil
	}
	if len(v.Tags) > 0 {
		return v.Tags, v.Server
	}
	for _, e := range v.Elems {
		if t, s := tagsOf(e, d+1); t != nil {
			return t, s
		}
	}
	for _, k := range sortedKeys(v.Props) {
		if t, s := tagsOf(v.Props[k], d+1); t != nil {
			return t, s
		}
	}
	if v.Ctor != nil {
		for _, a := range v.Ctor.all() {
			if t, s := tagsOf(a, d+1); t != nil {
				return t, s
			}
		}
	}
	return nil, nil
}

// maxKnown bounds the statically known text a value carries.
const maxKnown = 1 << 16

// concat joins parts as string concatenation: known only when every part
// is, tainted when any part is, Built when a tainted part is joined to
// anything else.
func concat(parts ...*Value) *Value {
	out := &Value{Known: true}
	var b strings.Builder
	var lead strings.Builder // known text since the last unknown part
	var base strings.Builder // known text and heads of the untainted parts before the taint
	var head strings.Builder // out.Head
	sawUnknown, headDone := false, false
	for _, p := range parts {
		if p == nil {
			p = unknown()
		}
		t := taintOf(p)
		if t != nil && out.Taint == nil {
			out.Taint = t
			out.BaseText = base.String() + p.BaseText
			if !sawUnknown {
				out.Prefix = lead.String() + p.Prefix
				out.Based, out.Joint = p.Based, p.Joint
			} else {
				// a base known only at run time (a configured URL, a
				// directory) comes first
				out.Based, out.Joint = true, lead.String()+p.Prefix
			}
		}
		if out.Taint == nil {
			if p.Known {
				base.WriteString(p.Str)
			} else {
				base.WriteString(p.Head)
			}
		}
		if !headDone {
			if p.Known {
				head.WriteString(p.Str)
			} else {
				head.WriteString(p.Head)
				headDone = true
			}
			if head.Len() > maxKnown {
				headDone = true
			}
		}
		if p.Known {
			b.WriteString(p.Str)
			lead.WriteString(p.Str)
			if p.Default {
				out.Default = true
				out.Origin = p.Origin
			}
		} else {
			out.Known = false
			if t == nil && out.Taint == nil {
				sawUnknown = true
				lead.Reset()
			}
		}
		if p.Resolved {
			out.Resolved = true
		}
		out.Tags = append(out.Tags, p.Tags...)
	}
	out.Head = head.String()
	if out.Known {
		out.Str = b.String()
		if len(out.Str) > maxKnown {
			// a string this long is not an address, a command or a
			// path anyone wrote by hand; keeping it would let a
			// doubling chain ask for unbounded memory
			out.Known, out.Str = false, ""
		}
	}
	if len(out.Head) > maxKnown {
		out.Head = out.Head[:maxKnown]
	}
	if len(out.BaseText) > maxKnown {
		out.BaseText = out.BaseText[:maxKnown]
	}
	if out.Taint != nil && len(parts) > 1 {
		out.Built = true
	}
	return out
}

// join merges the values of two branches.
func join(a, b *Value) *Value {
	if a == nil {
		return b
	}
	if b == nil || a == b {
		return a
	}
	out := *a
	if !(a.Known && b.Known && a.Str == b.Str) {
		// keep a known all-interfaces candidate: one branch binding
		// everywhere is enough to report, so prefer the known side.
		if !a.Known && b.Known {
			out.Str, out.Known, out.Default, out.Origin = b.Str, true, true, b.Origin
			if out.Origin == "" {
				out.Origin = b.Str
			}
		} else if a.Known && b.Known {
			out.Default = true
			if allInterfaces(b.Str) && !allInterfaces(a.Str) {
				// "127.0.0.1" if local else "0.0.0.0": the other
				// branch binds everywhere
				out.Str, out.Origin, out.Lit = b.Str, b.Origin, b.Lit
			}
		}
	}
	if out.Taint == nil {
		out.Taint = b.Taint
		out.Built = b.Built
		out.Prefix = b.Prefix
	} else if b.Taint != nil && len(b.Taint.Cleared) < len(out.Taint.Cleared) {
		// a branch where the taint was not cleared wins
		out.Taint = b.Taint
	}
	if out.Fn == nil {
		out.Fn = b.Fn
	}
	if out.Ref == "" {
		out.Ref = b.Ref
	}
	if len(out.Tags) == 0 {
		out.Tags, out.Server = b.Tags, b.Server
	}
	// a constant branch (if (!p) return "") does not make the other
	// branch's resolved path unresolved
	out.Resolved = (a.Resolved || b.Resolved) && (a.Resolved || constant(a)) && (b.Resolved || constant(b))
	return &out
}

// constant reports whether v is a known string that carries no taint.
func constant(v *Value) bool { return v.Known && v.Taint == nil }

func sortedKeys[V any](m map[string]V) []string {
	if len(m) == 0 {
		return nil
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	// small maps: insertion sort keeps this allocation-free enough
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

// env is one scope of variables.
type env struct {
	vars   map[string]*Value
	parent *env
}

func newEnv(parent *env) *env { return &env{vars: map[string]*Value{}, parent: parent} }

func (e *env) lookup(name string) (*Value, bool) {
	for s := e; s != nil; s = s.parent {
		if v, ok := s.vars[name]; ok {
			return v, true
		}
	}
	return nil, false
}

func (e *env) set(name string, v *Value) { e.vars[name] = v }

// fork copies the innermost scope for a branch.
func (e *env) fork() *env {
	n := &env{vars: make(map[string]*Value, len(e.vars)), parent: e.parent}
	for k, v := range e.vars {
		n.vars[k] = v
	}
	return n
}

// merge sets e to the join of two branch scopes.
func (e *env) merge(a, b *env) {
	for k, v := range a.vars {
		if w, ok := b.vars[k]; ok {
			e.vars[k] = join(v, w)
		} else {
			e.vars[k] = v
		}
	}
	for k, w := range b.vars {
		if _, ok := a.vars[k]; !ok {
			e.vars[k] = w
		}
	}
}

func (e *env) replace(a *env) {
	e.vars = a.vars
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b [20]byte
	p := len(b)
	for i > 0 {
		p--
		b[p] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		p--
		b[p] = '-'
	}
	return string(b[p:])
}

// ptrKey is the part of a taint that can change what a function does with
// it: where it comes from and what was cleared. The path it took to get
// here (its steps) is not, so a helper reached along many call paths is
// interpreted once per source rather than once per path.
func ptrKey(t *Taint) string {
	return t.Param + "@" + t.Kind + "@" + t.Source + "/" + strings.Join(t.Cleared, ",") + "/" + t.Weak
}
