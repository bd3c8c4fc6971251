package engine

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// expr evaluates an expression node. Calls fire the checks (listeners,
// sinks, registrations) as they are evaluated.
func (it *interp) expr(n *Node) *Value {
	if n == nil || !it.tick() {
		return unknown()
	}
	if !it.a.enter(it.f) {
		return unknown()
	}
	defer it.a.leave()
	return it.evalExpr(n)
}

func (it *interp) evalExpr(n *Node) *Value {
	sx := it.a.sx
	t := n.Type
	switch {
	case has(sx.Identifier, t):
		name := it.f.Text(n)
		if v, ok := it.env.lookup(name); ok && v != nil {
			return v
		}
		// a builtin or global the file does not define (bytes, process)
		return &Value{Ref: name, Module: true}
	case has(sx.String, t):
		return it.str(n)
	case has(sx.StringJoin, t):
		var parts []*Value
		for _, c := range n.NamedChildren(sx.Comment) {
			parts = append(parts, it.expr(c))
		}
		return concat(parts...)
	case has(sx.Number, t):
		return known(it.f.Text(n))
	case has(sx.Regex, t):
		return known(it.f.Text(n.Child("pattern")))
	case has(sx.Call, t):
		return it.call(n)
	case has(sx.Attribute, t):
		on := n.Child(sx.AttrObject)
		name := ""
		for _, f := range sx.AttrName {
			if c := n.Child(f); c != nil {
				name = it.f.Text(c)
			}
		}
		if on != nil && has(sx.Super, on.Type) {
			return it.superValue(on, name)
		}
		obj := it.expr(on)
		if obj.Taint != nil && has(sx.CleanAttrs, name) {
			return unknown() // x.length is a number
		}
		v := it.attr(obj, name)
		if v.Taint == nil && len(it.a.lang.Sources) > 0 {
			v = it.sourceAttr(v.Ref, v, n)
		}
		return v
	case has(sx.Subscript, t):
		var obj, idx *Value
		for _, f := range sx.SubObject {
			if c := n.Child(f); c != nil {
				obj = it.expr(c)
			}
		}
		for _, f := range sx.SubIndex {
			if c := n.Child(f); c != nil {
				idx = it.expr(c)
			}
		}
		if obj == nil {
			return unknown()
		}
		if idx != nil && idx.Known {
			if i, ok := atoi(idx.Str); ok && i < len(obj.Elems) {
				return obj.Elems[i]
			}
			if _, ok := obj.Props[idx.Str]; ok || obj.Taint != nil {
				return it.prop(obj, idx.Str)
			}
		}
		if (idx == nil || !idx.Known) && obj.Taint == nil {
			// HANDLERS[name]: any entry of the table
			if v := pick(obj); v != nil {
				return v
			}
			// this[method]: any method of the class, bound to the object
			if v := it.anyMethod(obj); v != nil {
				return v
			}
		}
		out := &Value{Taint: taintOf(obj)}
		if obj.Ref != "" {
			out.Ref = obj.Ref + "[]"
		}
		if idx != nil && idx.Known && obj.Ref != "" {
			return it.sourceAttr(obj.Ref+"."+idx.Str, out, n)
		}
		return out
	case has(sx.Binary, t):
		return it.binary(n)
	case has(sx.Unary, t):
		for _, c := range n.NamedChildren(sx.Comment) {
			it.expr(c)
		}
		return unknown()
	case has(sx.Ternary, t):
		var out *Value
		kids := n.NamedChildren(sx.Comment)
		cond := n.Child("condition")
		for i, c := range kids {
			v := it.expr(c)
			// python: a if cond else b — the middle child is the condition
			if c == cond || (cond == nil && len(kids) == 3 && i == 1) {
				continue
			}
			out = join(out, v)
		}
		if out == nil {
			return unknown()
		}
		if out.Default && out.Origin == "" {
			// a host chosen by a condition: name the choice
			o := *out
			o.Origin = it.f.Text(n)
			out = &o
		}
		return out
	case has(sx.Passthrough, t):
		if c := n.FirstNamed(sx.Comment); c != nil {
			return it.expr(c)
		}
		return unknown()
	case has(sx.PassLast, t):
		kids := n.NamedChildren(sx.Comment)
		if len(kids) == 0 {
			return unknown()
		}
		return it.expr(kids[len(kids)-1])
	case has(sx.Sequence, t):
		out := unknown()
		for _, c := range n.NamedChildren(sx.Comment) {
			out = it.expr(c)
		}
		return out
	case has(sx.List, t):
		out := &Value{Literal: true}
		for _, c := range n.NamedChildren(sx.Comment) {
			if has(sx.Splat, c.Type) {
				v := it.expr(c.FirstNamed(sx.Comment))
				out.Elems = append(out.Elems, v.Elems...)
				if tt := taintOf(v); tt != nil {
					out.Elems = append(out.Elems, &Value{Taint: tt})
				}
				continue
			}
			out.Elems = append(out.Elems, it.expr(c))
		}
		return out
	case has(sx.Dict, t):
		return it.dict(n)
	case has(sx.Comprehension, t):
		return it.comprehension(n)
	case has(sx.Function, t):
		return it.defineFunc(n)
	case has(sx.Class, t):
		return it.defineClass(n)
	case has(sx.NamedExpr, t):
		v := it.expr(n.Child("value"))
		if name := n.Child("name"); name != nil {
			it.bind(name, v, n)
		}
		return v
	case has(sx.Yield, t):
		// a generator's yielded values are what calling it gives
		var v *Value
		if c := n.FirstNamed(sx.Comment); c != nil {
			v = it.expr(c)
		}
		it.ret = join(it.ret, v)
		return unknown()
	case has(sx.Assign, t):
		v := it.expr(n.Child("right"))
		if l := n.Child("left"); l != nil {
			it.bind(l, v, n)
			it.noteCheck(l, n.Child("right"))
		}
		return v
	case has(sx.AugAssign, t):
		l := n.Child("left")
		v := concat(it.expr(l), it.expr(n.Child("right")))
		if l != nil {
			it.bind(l, v, n)
		}
		return v
	case has(sx.Declarator, t):
		it.declare(n)
		return unknown()
	case has(sx.Namespace, t):
		it.namespace(n)
		return unknown()
	case has(sx.Super, t):
		return it.superValue(n, "")
	}
	// anything else: evaluate children for their effects (calls inside)
	var out *Value
	for _, c := range n.NamedChildren(sx.Comment) {
		v := it.expr(c)
		if tt := taintOf(v); tt != nil && out == nil {
			out = &Value{Taint: tt}
		}
	}
	if out == nil {
		out = unknown()
	}
	return out
}

// anyMethod is the methods of a class instance (or of a class, for its
// static methods) as alternatives, for a method chosen by a name known
// only at run time; nil when obj is no project class or object.
func (it *interp) anyMethod(obj *Value) *Value {
	if obj.Class == nil {
		return nil
	}
	seen := map[string]bool{}
	var alts []*Value
	for _, c := range obj.Class.lineage() {
		for _, k := range sortedFuncKeys(c.methods) {
			if seen[k] || len(alts) >= maxAny {
				continue
			}
			seen[k] = true
			if ctor, ok := c.ctor(); ok && ctor == c.methods[k] {
				continue
			}
			alts = append(alts, &Value{Fn: c.methods[k], Recv: obj, Ref: obj.Ref + "." + k})
		}
	}
	if len(alts) == 0 {
		return nil
	}
	return &Value{Any: alts}
}

func sortedFuncKeys(m map[string]*Func) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func atoi(s string) (int, bool) {
	n := 0
	if s == "" {
		return 0, false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
		if n > 1<<20 {
			return 0, false
		}
	}
	return n, true
}

func (it *interp) attr(obj *Value, name string) *Value {
	if len(obj.Any) > 0 && obj.Fn == nil && obj.Class == nil && obj.Taint == nil {
		// TOOLS[name].run: the attribute of each entry
		out := &Value{}
		for _, alt := range choices(obj) {
			out.Any = append(out.Any, it.attr(alt, name))
		}
		return out
	}
	if obj.Class != nil {
		if m, ok := obj.Class.method(name); ok {
			return &Value{Fn: m, Recv: obj, Ref: obj.Ref + "." + name}
		}
	}
	if p, ok := obj.Props[name]; ok && obj.Taint == nil {
		return p
	}
	if sp, ok := obj.Props["..."]; ok && obj.Literal && obj.Taint == nil {
		// { ...args }.name reads the spread object
		return it.prop(sp, name)
	}
	if obj.Taint != nil {
		p := *it.prop(obj, name)
		p.Recv = obj
		return &p
	}
	if obj.Options != nil {
		if o, ok := obj.Options[name]; ok {
			return o
		}
	}
	ref := name
	if obj.Ref != "" {
		ref = obj.Ref + "." + name
	} else {
		ref = "?." + name
	}
	it.markers(ref)
	// Options: the parsed options behind a property (yargs' .argv)
	out := &Value{Ref: ref, Recv: obj, Tags: obj.Tags, Server: obj.Server, Module: obj.Module, Options: obj.Options}
	if obj.Ref != "" && obj.Fn == nil {
		// instance attributes persist so later assignments and reads meet
		if obj.Props == nil {
			obj.Props = map[string]*Value{}
		}
		obj.Props[name] = out
	}
	return out
}

// str evaluates a string literal, f-string or template string.
func (it *interp) str(n *Node) *Value {
	sx := it.a.sx
	if !it.interpolates(n) {
		return it.plainStr(n)
	}
	var parts []*Value
	interp := false
	for _, c := range n.Children {
		switch {
		case has(sx.StringText, c.Type):
			parts = append(parts, known(it.textWithEscapes(c)))
		case has(sx.Escape, c.Type):
			parts = append(parts, known(unescape(it.f.Text(c))))
		case has(sx.Interp, c.Type):
			interp = true
			e := c.Child("expression")
			if e == nil {
				e = c.FirstNamed(sx.Comment)
			}
			parts = append(parts, it.expr(e))
		}
	}
	if len(parts) == 0 {
		v := known("")
		v.Lit = &litRef{it.f, n}
		if it.authString("") {
			it.a.authFile[it.f] = true
		}
		return v
	}
	v := concat(parts...)
	if !interp && v.Known && len(parts) == 1 {
		v.Lit = &litRef{it.f, n}
	}
	v.SepEnd = it.sepValue(parts[len(parts)-1])
	if interp && v.Taint != nil {
		v.Built = true
	}
	if v.Known && it.authString(v.Str) && it.lookupKey(n) {
		it.a.authFile[it.f] = true
	}
	return v
}

// interpolates reports whether string literal n has interpolated parts.
func (it *interp) interpolates(n *Node) bool {
	for _, c := range n.Children {
		if has(it.a.sx.Interp, c.Type) {
			return true
		}
	}
	return false
}

// plainStr is str for a literal without interpolation: the value concat
// would make of its known parts, built without the intermediate values
// (every string constant of a project, docstrings included, comes here).
func (it *interp) plainStr(n *Node) *Value {
	sx := it.a.sx
	var s, last string
	var b strings.Builder
	parts := 0
	for _, c := range n.Children {
		var p string
		switch {
		case has(sx.StringText, c.Type):
			p = it.textWithEscapes(c)
		case has(sx.Escape, c.Type):
			p = unescape(it.f.Text(c))
		default:
			continue
		}
		parts++
		last = p
		switch parts {
		case 1:
			s = p
		case 2:
			b.WriteString(s)
			fallthrough
		default:
			b.WriteString(p)
		}
	}
	if parts >= 2 {
		s = b.String()
	}
	v := &Value{Known: true, Str: s, Head: s}
	if parts == 0 {
		v.Lit = &litRef{it.f, n}
		return v
	}
	if len(s) > maxKnown {
		v.Known, v.Str, v.Head = false, "", s[:maxKnown] // as concat bounds it
	}
	if v.Known && parts == 1 {
		v.Lit = &litRef{it.f, n}
	}
	v.SepEnd = strings.HasSuffix(last, "/") || strings.HasSuffix(last, `\`) || it.a.unnamedSep()
	if v.Known && it.authString(v.Str) && it.lookupKey(n) {
		it.a.authFile[it.f] = true
	}
	return v
}

// unnamedSep reports whether a value without a name counts as a path
// separator (a separator pattern matching ""): what sepValue says of a
// string constant after its text.
func (a *analysis) unnamedSep() bool {
	if a.sepEmpty == 0 {
		a.sepEmpty = 1
		for _, g := range a.lang.Guards {
			if g.Kind == PrefixGuard && matchAny(g.Seps, "") {
				a.sepEmpty = 2
			}
		}
	}
	return a.sepEmpty == 2
}

// sepValue reports whether v is or ends with a path separator.
func (it *interp) sepValue(v *Value) bool {
	if v == nil {
		return false
	}
	if v.SepEnd || (v.Known && (strings.HasSuffix(v.Str, "/") || strings.HasSuffix(v.Str, `\`))) {
		return true
	}
	for _, g := range it.a.lang.Guards {
		if g.Kind == PrefixGuard && matchAny(g.Seps, v.Ref) {
			return true
		}
	}
	return false
}

func (it *interp) authString(s string) bool {
	if s == "" {
		return false
	}
	for _, a := range it.a.lang.AuthStrings {
		if containsLower(s, a) {
			return true
		}
	}
	return false
}

// containsLower is strings.Contains(strings.ToLower(s), sub) for a
// lower-case sub, without lowering (and copying) s when it is ASCII:
// every string constant of a project is tested, docstrings included.
func containsLower(s, sub string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.Contains(strings.ToLower(s), sub) // case mapping beyond ASCII
		}
	}
	if sub == "" {
		return true
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && lowerASCII(s[i+j]) == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func unescape(s string) string {
	if r, ok := codeEscape(s); ok {
		return string(r)
	}
	switch s {
	case `\n`:
		return "\n"
	case `\t`:
		return "\t"
	case `\\`:
		return `\`
	case `\"`:
		return `"`
	case `\'`:
		return `'`
	}
	return s
}

func (it *interp) binary(n *Node) *Value {
	sx := it.a.sx
	op := ""
	if o := n.Child("operator"); o != nil {
		op = it.f.Text(o)
	}
	l, r := n.Child("left"), n.Child("right")
	if l == nil || r == nil {
		kids := n.NamedChildren(sx.Comment)
		for _, c := range kids {
			it.expr(c)
		}
		return unknown()
	}
	if op == "+" {
		// a + b + c parses as ((a + b) + c): the whole chain is evaluated
		// as one concatenation, so its cost is linear in its terms
		// rather than quadratic in the text built.
		terms := it.plusTerms(n)
		parts := make([]*Value, len(terms))
		for i, t := range terms {
			parts[i] = it.expr(t)
		}
		v := concat(parts...)
		v.SepEnd = it.sepValue(parts[len(parts)-1])
		return v
	}
	lv, rv := it.expr(l), it.expr(r)
	switch op {
	case "%":
		if lv.Known || lv.Taint != nil {
			v := concat(lv, rv)
			if rv.Known && lv.Known {
				v.Known = false
			}
			return v
		}
	case "/":
		// pathlib: base / name
		if lv.Ref != "" || lv.Taint != nil || rv.Taint != nil {
			v := concat(lv, rv)
			v.Known = false
			v.Built = false
			v.Resolved = false
			return v
		}
	case "or", "||", "??":
		if lv.Known && lv.Str != "" && !lv.Default {
			return lv
		}
		if rv.Known {
			out := *rv
			out.Default = true
			out.Origin = it.f.Text(n)
			out.Taint = taintOf(lv)
			return &out
		}
		return join(lv, rv)
	case "and", "&&":
		return rv
	}
	return &Value{Taint: nil}
}

// plusTerms lists the terms of a left-nested chain of + in source order.
func (it *interp) plusTerms(n *Node) []*Node {
	sx := it.a.sx
	var rev []*Node
	for {
		l, r := n.Child("left"), n.Child("right")
		rev = append(rev, r)
		if !has(sx.Binary, l.Type) || !it.isPlus(l) {
			rev = append(rev, l)
			break
		}
		n = l
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return rev
}

func (it *interp) isPlus(n *Node) bool {
	o := n.Child("operator")
	return o != nil && it.f.Text(o) == "+" && n.Child("left") != nil && n.Child("right") != nil
}

func (it *interp) dict(n *Node) *Value {
	sx := it.a.sx
	out := &Value{Props: map[string]*Value{}, Literal: true}
	for _, c := range n.NamedChildren(sx.Comment) {
		switch {
		case has(sx.Pair, c.Type):
			k := c.Child("key")
			kv := it.expr(k)
			key := it.f.Text(k)
			if kv.Known && has(sx.String, k.Type) {
				key = kv.Str
			}
			out.Props[key] = it.expr(c.Child("value"))
		case has(sx.Shorthand, c.Type):
			out.Props[it.f.Text(c)] = it.expr(c)
		case has(sx.Splat, c.Type):
			v := it.expr(c.FirstNamed(sx.Comment))
			for k, pv := range v.Props {
				out.Props[k] = pv
			}
			if tt := taintOf(v); tt != nil {
				out.Props["..."] = &Value{Taint: tt}
			}
		case has(sx.Function, c.Type) && c.Child("name") != nil:
			// { run(x) { ... } }: a method of the object
			out.Props[strings.Trim(it.f.Text(c.Child("name")), `"'`)] = it.defineFunc(c)
		default:
			it.expr(c)
		}
	}
	it.textDict(n, out)
	it.toolDefDict(n, out)
	return out
}

func (it *interp) comprehension(n *Node) *Value {
	sx := it.a.sx
	saved := it.env
	it.env = newEnv(saved)
	defer func() { it.env = saved }()
	var body []*Node
	for _, c := range n.NamedChildren(sx.Comment) {
		if has(sx.ForIn, c.Type) {
			iter := it.expr(c.Child("right"))
			if l := c.Child("left"); l != nil {
				it.bind(l, element(iter), c)
			}
			continue
		}
		if c.Field == "body" {
			body = append(body, c)
			continue
		}
		it.expr(c)
	}
	out := &Value{Literal: true}
	for _, b := range body {
		out.Elems = append(out.Elems, it.expr(b))
	}
	return out
}

// call evaluates a call: arguments, then the checks, then the result.
func (it *interp) call(n *Node) *Value {
	sx := it.a.sx
	var fnNode *Node
	for _, f := range sx.CallFunc {
		if c := n.Child(f); c != nil {
			fnNode = c
			break
		}
	}
	callee := unknown()
	if fnNode != nil {
		callee = it.expr(fnNode)
	}
	a := it.args(n)
	a.recv = callee.Recv
	ref := callee.Ref
	if ref == "" && fnNode != nil {
		ref = it.f.Text(fnNode)
	}
	if callee.Fn != nil && callee.Fn.Name != "" && !strings.Contains(ref, ".") {
		ref = callee.Fn.Name
	}
	c := &callSite{it: it, node: n, fnNode: fnNode, callee: callee, ref: ref, a: a}
	it.checks(c)
	it.effects(c)
	it.toolDefCall(c)
	it.textCall(c)
	it.markCall(c)
	return it.sourceCall(c, it.result(c))
}

// callSite is one evaluated call.
type callSite struct {
	it     *interp
	node   *Node
	fnNode *Node
	callee *Value
	ref    string
	a      *args
}

// name is how messages name the callee: its qualified name when that is
// readable, else its source text.
func (c *callSite) name() string {
	r := c.ref
	if r != "" && !strings.ContainsAny(r, "()?[") {
		return r
	}
	t := c.it.f.Text(c.fnNode)
	if len(t) > 40 || strings.ContainsAny(t, "\n(") {
		if i := strings.LastIndexByte(r, '.'); i >= 0 {
			return r[i+1:]
		}
	}
	return t
}

func (it *interp) args(n *Node) *args {
	sx := it.a.sx
	a := &args{node: n, kw: map[string]*Value{}, kwNodes: map[string]*Node{}}
	al := n.Child(sx.CallArgs)
	if al == nil {
		return a
	}
	if has(sx.String, al.Type) || has(sx.Comprehension, al.Type) {
		// tagged template fn`...`, or python's f(x for x in y)
		// tagged template: fn`...`
		a.pos = append(a.pos, it.expr(al))
		a.posNodes = append(a.posNodes, al)
		return a
	}
	for _, c := range al.NamedChildren(sx.Comment) {
		switch {
		case c.Type == sx.KeywordArg && sx.KeywordArg != "":
			name := it.f.Text(c.Child("name"))
			a.kw[name] = it.expr(c.Child("value"))
			a.kwNodes[name] = c
		case has(sx.Splat, c.Type):
			v := it.expr(c.FirstNamed(sx.Comment))
			if strings.HasPrefix(it.f.Text(c), "**") {
				a.splatKw = v
				for k, pv := range v.Props {
					if _, ok := a.kw[k]; !ok {
						a.kw[k] = pv
						a.kwNodes[k] = c
					}
				}
				continue
			}
			for _, e := range v.Elems {
				a.pos = append(a.pos, e)
				a.posNodes = append(a.posNodes, c)
			}
			if len(v.Elems) == 0 {
				a.pos = append(a.pos, &Value{Taint: taintOf(v)})
				a.posNodes = append(a.posNodes, c)
			}
		default:
			a.pos = append(a.pos, it.expr(c))
			a.posNodes = append(a.posNodes, c)
		}
	}
	return a
}

// result computes the value of a call: a model, a project function, a
// class instantiation, or an opaque value carrying its inputs' taint.
func (it *interp) result(c *callSite) *Value {
	a := c.a
	if fn := c.callee.Fn; fn != nil {
		if m := it.a.model(c.ref); m != nil && m.Declared {
			// the user says what this project function does
			it.callFunc(c, fn)
			return it.applyModel(c, m)
		}
		// a function defined in the project is interpreted even when its
		// name looks like a library one (Markdownify.get is no dict.get)
		return it.callFunc(c, fn)
	}
	if len(c.callee.Any) > 0 && c.callee.Class == nil {
		return it.dispatch(c)
	}
	if m := it.a.model(c.ref); m != nil {
		return it.applyModel(c, m)
	}
	if ci := c.callee.Class; ci != nil {
		inst := ci.instance()
		if inst.Ctor == nil {
			inst.Ctor = a
		}
		if ctor, ok := ci.ctor(); ok {
			it.callFuncWith(c, ctor, inst)
		}
		return inst
	}
	return it.opaque(c)
}

// dispatch calls every project function or class a table entry may be
// (HANDLERS[name](args), registry.get(name).execute(args)).
func (it *interp) dispatch(c *callSite) *Value {
	var out *Value
	called := false
	for _, alt := range choices(c.callee) {
		if alt.Fn == nil && alt.Class == nil {
			continue
		}
		called = true
		sub := *c
		sub.callee = alt
		if alt.Ref != "" {
			sub.ref = alt.Ref
		}
		if alt.Fn != nil && alt.Fn.Name != "" && !strings.Contains(sub.ref, ".") {
			sub.ref = alt.Fn.Name
		}
		out = join(out, it.result(&sub))
	}
	if !called {
		return it.opaque(c)
	}
	return out
}

// inlineCallbacks runs the functions written inline as arguments of a
// library call the engine has no model for (new Promise((resolve) =>
// ...), a client's event callback), while a handler is interpreted: such
// a function usually runs, and it sees the tool arguments its scope
// captures (once per scope: see capturedTaint in callFuncWith).
func (it *interp) inlineCallbacks(c *callSite) {
	if it.a.handling == 0 {
		return
	}
	for i, v := range c.a.pos {
		if v == nil || v.Fn == nil || i >= len(c.a.posNodes) || c.a.posNodes[i] != v.Fn.Node || !capturedTaint(v.Fn) {
			continue
		}
		sub := &callSite{it: it, node: c.node, fnNode: c.a.posNodes[i], callee: v, ref: v.Fn.Name,
			a: &args{node: c.node, kw: map[string]*Value{}, kwNodes: map[string]*Node{}}}
		it.callFuncWith(sub, v.Fn, nil)
	}
}

// opaque is the result of a call the engine knows nothing about.
func (it *interp) opaque(c *callSite) *Value {
	a := c.a
	it.inlineCallbacks(c)
	out := &Value{Ref: c.ref + "()", Ctor: a}
	// opaque call: the result carries the receiver's and arguments' taint
	// (str.strip, json.loads) and any MCP app tag (Starlette(routes=[...]))
	var t *Taint
	if c.callee.Recv != nil {
		t = taintOf(c.callee.Recv)
	}
	if t == nil {
		t = c.callee.Taint
	}
	// A method of an object of a library class (client.get_object(Key=k),
	// registry.lookup(name)) returns the object's data, not its argument;
	// a module function (json.loads(s)) or constructor (Path(s)) returns
	// something built from its arguments.
	if r := c.callee.Recv; !(r != nil && r.Taint == nil && r.Fn == nil && r.Class == nil && !r.Module && !r.Known && !r.Literal) {
		for _, v := range a.all() {
			if t == nil {
				t = taintOf(v)
			}
		}
	}
	if t != nil && it.fixedHostRequest(c) {
		// a response from a host the argument cannot choose (the
		// argument is only a path or query of a fixed API) is that
		// service's data, not the argument
		t = nil
	}
	if t != nil {
		// keep the name: git.Repo(path) is still a git.Repo, whose methods
		// are sinks of their own
		out.Taint = t
		out.Ctor = nil
		for _, v := range append(a.all(), c.callee.Recv) {
			if v != nil && v.Resolved {
				out.Resolved = true
			}
		}
	}
	if tags, srv := tagsOf(&Value{Elems: a.all()}, 0); tags != nil {
		out.Tags, out.Server = tags, srv
		if r := c.callee.Recv; r != nil && r.Taint == nil && len(r.Tags) == 0 {
			// app.mount("/mcp", mcp.sse_app()): the app now serves MCP
			r.Tags, r.Server = tags, srv
		}
	}
	return out
}

// fixedHostRequest reports whether c is an outbound request (a URLHost
// sink) whose URL carries taint only after a fixed scheme and host.
func (it *interp) fixedHostRequest(c *callSite) bool {
	for _, i := range it.a.matches(c.ref).sinks {
		s := &it.a.lang.Sinks[i]
		if s.Mode != URLHost || rule.MustKind(s.Kind).Source != "" {
			continue
		}
		for _, r := range s.Arg {
			v, _, ok := c.a.get(r)
			if !ok {
				continue
			}
			if taintOf(v) != nil && it.sinkTaint(v, s) == nil {
				return true
			}
			break
		}
	}
	return false
}

func (a *analysis) model(ref string) *Model {
	if m := a.matches(ref).model; m >= 0 {
		return &a.lang.Models[m]
	}
	return nil
}

// refMatches lists, for one callee name, the language data whose callee
// patterns match it. Computed once per distinct name: glob matching every
// call against every pattern was a fifth of the analysis time.
type refMatches struct {
	auth, origin                                           bool
	model                                                  int
	handlers, listeners, checks, transports, sinks, guards []int
	texts, sources, marks, effects                         []int
}

func (a *analysis) matches(ref string) *refMatches {
	if m, ok := a.refs[ref]; ok {
		return m
	}
	if a.callees == nil {
		a.callees = calleeIndexOf(a.lang)
	}
	m := a.callees.lookup(ref)
	a.refs[ref] = m
	return m
}

func (it *interp) applyModel(c *callSite, m *Model) *Value {
	a := c.a
	inputs := func() []*Value {
		if len(m.Args) == 0 {
			vs := a.all()
			if c.callee.Recv != nil {
				vs = append([]*Value{c.callee.Recv}, vs...)
			}
			return vs
		}
		var vs []*Value
		for _, r := range m.Args {
			if v, _, ok := a.get(r); ok {
				vs = append(vs, v)
			}
		}
		return vs
	}
	switch m.Kind {
	case EnvDefault:
		for _, r := range m.Default {
			if v, _, ok := a.get(r); ok && v.Known {
				out := *v
				out.Default = true
				out.Origin = it.f.Text(c.node)
				return &out
			}
		}
		return &Value{Ref: c.ref + "()"}
	case Clean:
		return unknown()
	case Propagate, Format:
		vs := inputs()
		v := concat(vs...)
		v.Built = m.Kind == Format && v.Taint != nil
		if m.Kind == Propagate && !m.Words {
			v.Built = false
			for _, x := range vs {
				if x != nil && x.Built {
					v.Built = true
				}
			}
		}
		v.Resolved = false
		for _, x := range vs {
			if x != nil && x.Resolved {
				v.Resolved = true
			}
		}
		if m.Kind == Propagate && len(vs) > 1 {
			v.Known = false
		}
		if !m.Narrow.empty() && a.recv != nil {
			v = it.narrowed(v, schemaObject(a.recv), m.Narrow)
		}
		if m.Field != "" {
			return &Value{Props: map[string]*Value{m.Field: v}, Literal: true}
		}
		return v
	case Sanitize:
		v := concat(inputs()...)
		if it.conds(m.When, a) {
			v.Taint = v.Taint.clear(classNames(m.Classes)...)
		}
		return v
	case Resolve:
		v := concat(inputs()...)
		v.Known = false
		v.Resolved = true
		v.Built = false
		return v
	case OptionDecl:
		if a.recv == nil {
			return unknown()
		}
		names := it.optionNames(a, m)
		if len(names) == 0 {
			return it.chained(a, m)
		}
		if d := it.optionDefault(c, m); d != nil {
			if a.recv.Options == nil {
				a.recv.Options = map[string]*Value{}
			}
			for _, n := range names {
				a.recv.Options[n] = d
			}
		}
		return it.chained(a, m)
	case ParamOption:
		names := it.optionNames(a, m)
		d := it.optionDefault(c, m)
		if len(names) == 0 || d == nil {
			return unknown()
		}
		opts := map[string]*Value{}
		for _, n := range names {
			opts[n] = d
		}
		return &Value{Options: opts, Ref: c.ref + "()"}
	case OptionParse:
		if a.recv != nil {
			return &Value{Options: a.recv.Options, Ref: c.ref + "()"}
		}
	case GetKey:
		if r := c.callee.Recv; r != nil && taintOf(r) != nil {
			if len(a.pos) > 0 && a.pos[0].Known {
				return it.prop(r, a.pos[0].Str)
			}
			return &Value{Taint: taintOf(r)}
		}
		if r := c.callee.Recv; r != nil && len(r.Entries) > 0 {
			// registry.get(name): any registered entry; a mapping that
			// took a tainted one's items (merged.update(args)) gives it
			return &Value{Any: r.Entries, Taint: storedTaint(r)}
		}
		return it.opaque(c)
	case Collect:
		// new Map(entries), Object.fromEntries(entries), Object.values(o)
		out := &Value{Ref: c.ref + "()"}
		if v, _, ok := a.get("0"); ok && v != nil {
			out.Taint = taintOf(v)
			for _, e := range v.Elems {
				if len(e.Elems) == 2 {
					e = e.Elems[1] // a [key, value] entry
				}
				out.Entries = append(out.Entries, e)
			}
			if v.Literal || (v.Module && v.Props != nil) {
				// Object.values(tools) of a literal or a project module's namespace
				for _, k := range sortedKeys(v.Props) {
					out.Entries = append(out.Entries, v.Props[k])
				}
			}
		}
		return out
	case Store:
		// map.set(k, v), list.push(v): the receiver holds v from now on
		r := c.callee.Recv
		if r == nil || r.Module || r.Taint != nil || len(a.pos) == 0 {
			return it.opaque(c)
		}
		vals := a.pos[len(a.pos)-1:]
		if m.Each {
			vals = a.pos
		}
		if r.Literal {
			r.Elems = append(r.Elems, vals...)
		} else if len(r.Entries) < maxAny {
			r.Entries = append(r.Entries, vals...)
		}
		return r
	case Pick:
		// list.find(cb): an element of the list
		r := c.callee.Recv
		if r == nil {
			return it.opaque(c)
		}
		it.callback(c, &Model{Kind: Callback, Each: true, Args: m.Args})
		return element(r)
	case ModuleRef:
		for _, r := range m.Name {
			if v, _, ok := a.get(r); ok && v.Known {
				src := v.Str
				if it.a.lang.ModuleSource != nil {
					src = it.a.lang.ModuleSource(src)
				}
				return it.importValue(Import{Source: src, Node: c.node})
			}
		}
		return unknown()
	case TagResult:
		return &Value{Ref: c.ref + "()", Tags: []string{m.Tag}, Server: a.recv}
	case Callback:
		return it.callback(c, m)
	case Relative:
		v := concat(inputs()...)
		v.Known, v.Built = false, false
		if len(a.posNodes) > 1 {
			// a base the arguments choose contains nothing: only
			// relative(root, p) from a fixed root checks p
			target := it.targetName(a.posNodes[len(a.posNodes)-1])
			if b := uncontained(a.pos[:len(a.pos)-1]); b == nil {
				v.RelOf = target
			} else if it.noFollow && target != "" {
				// summarising a predicate, whose parameters all carry
				// markers: each call decides whether its base is fixed
				v.RelOf = target
				if it.relBases == nil {
					it.relBases = map[string]*Taint{}
				}
				it.relBases[target] = b.root()
			}
		}
		return v
	case Invoke:
		i := 0
		if len(m.Args) > 0 {
			i, _ = atoi(m.Args[0])
		}
		if i < len(a.pos) && a.pos[i] != nil && a.pos[i].Fn != nil {
			fv := a.pos[i]
			sub := &args{node: a.node, pos: a.pos[i+1:], posNodes: a.posNodes[i+1:], kw: a.kw, kwNodes: a.kwNodes, splatKw: a.splatKw}
			sc := &callSite{it: it, node: c.node, fnNode: a.posNodes[i], callee: fv, ref: fv.Fn.Name, a: sub}
			return it.callFuncWith(sc, fv.Fn, fv.Recv)
		}
		return it.opaque(c)
	case Alias:
		ref := "0"
		if len(m.Args) > 0 {
			ref = m.Args[0]
		}
		if v, _, ok := a.get(ref); ok && v != nil {
			return v
		}
		return unknown()
	}
	return unknown()
}

// callFunc interprets a call into a project function.
func (it *interp) callFunc(c *callSite, fn *Func) *Value {
	return it.callFuncWith(c, fn, c.callee.Recv)
}

func (it *interp) callFuncWith(c *callSite, fn *Func, recv *Value) *Value {
	return it.typedResult(fn, it.followCall(c, fn, recv))
}

// typedResult gives the result of a call to fn the project class fn's
// declared result type names (async def get_client(ctx) -> Client), when
// its body did not: a factory that builds the object through a library
// call or takes it from a cache. Calls on the result then reach the
// class's methods.
func (it *interp) typedResult(fn *Func, v *Value) *Value {
	if v != nil && v.Class != nil {
		return v
	}
	ci := it.a.resultClass(fn)
	if ci == nil {
		return v
	}
	if v == nil || taintOf(v) == nil {
		return ci.instance()
	}
	nv := *v
	nv.Class = ci
	return &nv
}

// resultClass is the project class fn's declared result type names, with
// the wrappers of Syntax.ResultWrap taken off; nil when it names none.
func (a *analysis) resultClass(fn *Func) *classInfo {
	sx := a.sx
	if sx.ResultType == "" || fn == nil || fn.Node == nil || len(a.classes) == 0 {
		return nil
	}
	rt := fn.Node.Child(sx.ResultType)
	if rt == nil {
		return nil
	}
	ty := strings.Trim(strings.TrimLeft(fn.File.Text(rt), ": "), " \t\n\"'")
	for _, w := range sx.ResultWrap {
		if len(ty) > len(w)+1 && strings.HasPrefix(ty, w) && strings.ContainsRune("<[", rune(ty[len(w)])) &&
			strings.ContainsRune(">]", rune(ty[len(ty)-1])) {
			ty = strings.TrimSpace(ty[len(w)+1 : len(ty)-1])
			break
		}
	}
	return a.classes[ty]
}

// followCall interprets a call into fn with recv as its receiver.
func (it *interp) followCall(c *callSite, fn *Func, recv *Value) *Value {
	a := it.a
	// a method of a project class is always followed (self carries state);
	// a plain function only when an argument carries something.
	interesting := recv != nil && recv.Class != nil
	for _, v := range c.a.all() {
		if taintOf(v) != nil || (v != nil && (v.Known || len(v.Tags) > 0 || len(v.Any)+len(v.Entries) > 0 || v.Class != nil)) {
			interesting = true
		}
	}
	captured := capturedTaint(fn)
	if captured {
		// a nested function reads a tainted variable of the function
		// around it (a re.sub callback returning env.get(name))
		interesting = true
	}
	if !interesting && !a.readsSource(fn) && a.collect == nil {
		return &Value{Ref: c.ref + "()"}
	}
	if it.noFollow {
		// summarising a predicate: its own body decides
		return &Value{Taint: firstTaint(c.a)}
	}
	if it.depth >= maxCallDepth {
		t := firstTaint(c.a)
		if t != nil && a.quiet == 0 {
			a.cutNotice(it.f, it.f.Line(c.node), fmt.Sprintf("a tool argument passed to %s at call depth %d was not followed further; a finding beyond it may be missing", fn.Name, maxCallDepth))
		} else {
			a.notice(it.f, it.f.Line(c.node), "call depth bound reached; deeper calls were not followed")
		}
		return &Value{Taint: t}
	}
	if a.active[fn.Node] {
		// recursion: assume the result carries the inputs' taint
		return &Value{Taint: firstTaint(c.a)}
	}
	key := memoKey(fn, c.a)
	if captured {
		// what it returns depends on the scope it was defined in
		key += "\x00" + ptrStr(fn.env)
	}
	if a.collect != nil {
		// the effects of a call depend on the options it is given
		// (fetch's method in an options literal): a key of its own
		key += "\x00" + literalKey(c.a)
	}
	calleeName := fn.Name
	if calleeName == "" {
		calleeName = "an inline function"
	}
	callStep := rule.Step{Pos: it.f.Pos(c.node), End: it.f.EndPos(c.node), Message: "calls " + calleeName}
	if m, ok := a.memo[key]; ok && (a.collect == nil || m.effects.known) {
		it.applyCleared(rebase(m.cleared, c.a), c.node)
		it.thrown = join(it.thrown, m.thrown)
		if a.collect != nil {
			it.replay(m.effects, callStep)
		}
		return m.ret
	}
	a.active[fn.Node] = true
	defer delete(a.active, fn.Node)

	callee := &interp{a: a, f: fn.File, env: newEnv(fn.env), depth: it.depth + 1, fn: fn}
	step := rule.Step{Pos: it.f.Pos(c.node), End: it.f.EndPos(c.node), Message: "passed to " + fn.Name}
	params := fn.params
	pi := 0
	if fn.class != nil && it.a.sx.This != "" {
		// this is implicit
		if recv == nil || recv.Class == nil {
			recv = fn.class.instance()
		}
		callee.env.set(it.a.sx.This, recv)
	} else if fn.class != nil && len(params) > 0 && recv != nil && !params[0].Rest {
		// self / this
		for _, nm := range params[0].Names {
			callee.env.set(nm, recv)
		}
		pi = 1
	} else if fn.class != nil && len(params) > 0 && len(params[0].Names) == 1 && params[0].Names[0] == "self" {
		callee.env.set("self", fn.class.instance())
		pi = 1
	}
	posi := 0
	for ; pi < len(params); pi++ {
		p := params[pi]
		var v *Value
		switch {
		case p.Rest:
			rest := &Value{Literal: true}
			for ; posi < len(c.a.pos); posi++ {
				rest.Elems = append(rest.Elems, c.a.pos[posi])
			}
			v = rest
		case p.KwRest:
			v = &Value{Props: c.a.kw, Literal: true}
		default:
			if len(p.Names) == 1 {
				if kv, ok := c.a.kw[p.Names[0]]; ok {
					v = kv
				}
			}
			if v == nil && posi < len(c.a.pos) {
				v = c.a.pos[posi]
				posi++
			}
			if v == nil && c.a.splatKw != nil && len(p.Names) == 1 {
				v = it.prop(c.a.splatKw, p.Names[0])
			}
			if v == nil && p.Default != nil {
				v = callee.expr(p.Default)
			}
			if v == nil && len(p.Names) == 1 {
				v = fn.opts[p.Names[0]] // @click.option("--host", default=...)
			}
		}
		if v == nil {
			v = unknown()
		}
		if t := taintOf(v); t != nil && !v.Literal {
			nv := *v
			nv.Taint = t.with(step)
			v = &nv
		}
		if p.Field && len(p.Names) == 1 && recv != nil && recv.Class != nil {
			// constructor(public value: string): this.value = value
			if recv.Props == nil {
				recv.Props = map[string]*Value{}
			}
			recv.Props[p.Names[0]] = v
		}
		if p.Pattern != nil {
			callee.bind(p.Pattern, v, p.Node)
		} else if len(p.Names) == 1 {
			callee.env.set(p.Names[0], v)
		} else {
			for _, nm := range p.Names {
				callee.env.set(nm, callee.prop(v, nm))
			}
		}
	}
	var logFrom, depth int
	if a.collect != nil {
		logFrom, depth = len(a.collect.hits), len(a.stack)
		a.stack = append(a.stack, callStep)
	}
	callee.body(fn)
	// what the callee throws and does not catch reaches the caller's
	// catch clauses
	it.thrown = join(it.thrown, callee.thrown)
	var effects memoEffects
	if a.collect != nil {
		a.stack = a.stack[:depth]
		effects = a.collect.effectsSince(logFrom, depth+1)
	}
	ret := callee.ret
	if ret == nil {
		ret = unknown()
	}
	var cleared []clearedRoot
	all := c.a.all()
	for _, k := range sortedKeys(callee.env.vars) {
		if t := taintOf(callee.env.vars[k]); t != nil {
			for _, class := range t.Guarded {
				k := guardKey{t.root(), class}
				if !everyExit(callee.bareExits, k) {
					continue // a path returns without this validation
				}
				cr := clearedRoot{root: t.root(), class: class, arg: -1}
				// a path that answers with a value without this
				// validation (return false, return "bad path"): it
				// holds only for a caller that reads the answer
				cr.answered = !everyExit(callee.valueExits, k)
				for i, v := range all {
					if at := taintOf(v); at != nil && at.root() == cr.root {
						cr.arg = i
						break
					}
				}
				cleared = append(cleared, cr)
			}
		}
	}
	a.memo[key] = memoEntry{ret: ret, cleared: cleared, effects: effects, thrown: callee.thrown}
	it.applyCleared(cleared, c.node)
	return ret
}

// everyExit reports whether a validation holds at every exit of exits.
func everyExit(exits []map[guardKey]bool, k guardKey) bool {
	for _, e := range exits {
		if !e[k] {
			return false
		}
	}
	return true
}

// clearedRoot is a taint root a callee validated. arg is the argument that
// carried it (-1 for none): a later call with the same memo key carries its
// own roots, which the validation clears instead.
type clearedRoot struct {
	root  *Taint
	class string
	arg   int
	// answered: some return gives a value without the validation, so
	// it holds only where the caller reads the answer
	answered bool
}

// rebase maps memoised validations onto the roots of this call's
// arguments.
func rebase(cs []clearedRoot, a *args) []clearedRoot {
	all := a.all()
	out := make([]clearedRoot, 0, len(cs))
	for _, c := range cs {
		if c.arg >= 0 && c.arg < len(all) {
			if t := taintOf(all[c.arg]); t != nil {
				c.root = t.root()
			}
		}
		out = append(out, c)
	}
	return out
}

type memoEntry struct {
	ret     *Value
	thrown  *Value
	cleared []clearedRoot
	effects memoEffects
}

// applyCleared carries a callee's validation of its arguments back to the
// caller's variables. A validation that answers a failed check with a
// value is carried only when the call's answer is read (call is not an
// expression statement of its own).
func (it *interp) applyCleared(cs []clearedRoot, call *Node) {
	for _, c := range cs {
		if c.answered && call != nil && call == it.dropped {
			continue
		}
		clearRoot(it.env, c.root, c.class)
	}
}

func firstTaint(a *args) *Taint {
	for _, v := range a.all() {
		if t := taintOf(v); t != nil {
			return t
		}
	}
	return nil
}

// capturedTaint reports whether fn is nested in another function whose
// variables (those it may read) carry taint. Module-level variables are
// not counted: every function sees them.
func capturedTaint(fn *Func) bool {
	for s := fn.env; s != nil && s.parent != nil; s = s.parent {
		for _, v := range s.vars {
			if v != nil && storedTaint(v) != nil {
				return true
			}
		}
	}
	return false
}

func memoKey(fn *Func, a *args) string {
	var b strings.Builder
	b.WriteString(fn.File.Path)
	b.WriteString(":")
	b.WriteString(itoa(int(fn.Node.Start)))
	for _, v := range a.all() {
		b.WriteString("|")
		if v == nil {
			continue
		}
		if t := taintOf(v); t != nil {
			b.WriteString(ptrKey(t))
		}
		if v.Known {
			b.WriteString("=" + v.Str)
		}
		if v.Class != nil || len(v.Any)+len(v.Entries) > 0 {
			b.WriteString("@" + ptrStr(v))
		}
	}
	return b.String()
}

// literalKey names the known strings in the literal arguments of a call,
// one level deep.
func literalKey(a *args) string {
	var b strings.Builder
	for _, v := range a.all() {
		b.WriteString("|")
		if v == nil {
			continue
		}
		for _, k := range sortedKeys(v.Props) {
			if p := v.Props[k]; p != nil && p.Known {
				b.WriteString(k + "=" + p.Str + ";")
			}
		}
		// an argv list: run(cmd, ["list"]) and run(cmd, ["install"])
		// differ in what they do
		for i, e := range v.Elems {
			if i >= maxKeyElems {
				break
			}
			b.WriteString("[")
			if e != nil && e.Known {
				b.WriteString(e.Str)
			}
		}
	}
	return b.String()
}

// maxKeyElems bounds the list elements an effect memo key holds.
const maxKeyElems = 8

// body executes a function body; an expression body (arrow function,
// lambda) is its return value.
func (it *interp) body(fn *Func) {
	b := fn.Node.Child(it.a.sx.FuncBody)
	if b == nil {
		return
	}
	if has(it.a.sx.Block, b.Type) {
		it.stmt(b)
		return
	}
	it.ret = join(it.ret, it.expr(b))
	if it.onReturn != nil {
		it.onReturn(b)
	}
}

// codeEscape decodes a code-point escape (\xHH, \uHHHH, \u{H...},
// \UHHHHHHHH), so that invisible characters written as escapes are seen
// as the characters they are.
func codeEscape(s string) (rune, bool) {
	if len(s) < 4 || s[0] != '\\' {
		return 0, false
	}
	hex := ""
	switch s[1] {
	case 'x', 'u', 'U':
		hex = strings.TrimSuffix(strings.TrimPrefix(s[2:], "{"), "}")
	default:
		return 0, false
	}
	v, err := strconv.ParseUint(hex, 16, 32)
	if err != nil || v > unicode.MaxRune {
		return 0, false
	}
	return rune(v), true
}

// textWithEscapes is the text of a literal part of a string with the
// escape sequences nested in it (python's string_content) decoded.
func (it *interp) textWithEscapes(n *Node) string {
	sx := it.a.sx
	var b strings.Builder
	at := n.Start
	for _, c := range n.Children {
		if !has(sx.Escape, c.Type) {
			continue
		}
		b.Write(it.f.Src[at:c.Start])
		b.WriteString(unescape(it.f.Text(c)))
		at = c.End
	}
	if at == n.Start {
		return it.f.Text(n)
	}
	b.Write(it.f.Src[at:n.End])
	return b.String()
}

// optionNames reads the names an option declaration is read back under:
// the long flag of "-H, --host <host>" or a bare "host" (yargs, click's
// parameter name), or argparse's dest=, as snake_case and camelCase.
func (it *interp) optionNames(a *args, m *Model) []string {
	name := ""
	if dest, ok := a.kw["dest"]; ok && dest.Known {
		name = dest.Str
	}
	for _, r := range m.Name {
		if name != "" {
			break
		}
		v, _, ok := a.get(r)
		if !ok || !v.Known {
			continue
		}
		name = optionName(v.Str)
	}
	if m.Kind == ParamOption {
		// click: a declaration without dashes names the parameter
		// (@click.option("--bind", "host")) whatever the flag is called
		for _, r := range m.Name {
			if v, _, ok := a.get(r); ok && v.Known && identLike(v.Str) {
				name = v.Str
			}
		}
	}
	if name == "" {
		return nil
	}
	snake := strings.ReplaceAll(name, "-", "_")
	camel := camelCase(name)
	if camel == snake {
		return []string{snake}
	}
	return []string{snake, camel}
}

// optionName picks the long name out of an option declaration string:
// "--bind-address" and "-b, --bind-address <addr>" give "bind-address";
// a bare identifier ("host") is the name itself; short flags alone give
// nothing.
func optionName(s string) string {
	bare := ""
	for _, tok := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '|' || r == '\t' }) {
		switch {
		case strings.HasPrefix(tok, "--"):
			tok = strings.TrimPrefix(tok, "--")
			if i := strings.IndexByte(tok, '='); i >= 0 {
				tok = tok[:i]
			}
			return tok
		case strings.HasPrefix(tok, "-"), strings.HasPrefix(tok, "<"), strings.HasPrefix(tok, "["):
		default:
			if bare == "" && identLike(tok) {
				bare = tok
			}
		}
	}
	return bare
}

func identLike(s string) bool {
	for i, r := range s {
		switch {
		case r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
		case i > 0 && (r == '-' || r >= '0' && r <= '9'):
		default:
			return false
		}
	}
	return s != ""
}

// camelCase turns "bind-address" into "bindAddress" (commander's and
// yargs' property names).
func camelCase(s string) string {
	var b strings.Builder
	up := false
	for _, r := range s {
		if r == '-' || r == '_' {
			up = b.Len() > 0
			continue
		}
		if up && r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		up = false
		b.WriteRune(r)
	}
	return b.String()
}

// optionDefault is an option declaration's known default, marked as a
// default with the declaration as its origin; nil when it has none.
func (it *interp) optionDefault(c *callSite, m *Model) *Value {
	for _, r := range m.Default {
		if v, _, ok := c.a.get(r); ok && v.Known {
			o := *v
			o.Default = true
			o.Origin = it.f.Text(c.node)
			return &o
		}
	}
	return nil
}

// chained is the result of an option declaration: its receiver for a
// fluent API (Chain), else nothing known.
func (it *interp) chained(a *args, m *Model) *Value {
	if m.Chain && a.recv != nil {
		return a.recv
	}
	return unknown()
}
