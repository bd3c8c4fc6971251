package engine

import (
	"strconv"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// This file holds three generic capabilities driven by Lang data:
// description texts judged by a classifier (TextCheck), taint sources
// other than handler arguments (Source), and file marks that scope call
// checks to code running while the marked thing is live (Mark,
// CallCheck.Scope).

// textCall judges the description arguments of a call, or the docstring
// of the function it registers when no description argument is passed.
func (it *interp) textCall(c *callSite) {
	for _, i := range it.a.matches(c.ref).texts {
		tc := &it.a.lang.Texts[i]
		if !it.conds(tc.When, c.a) {
			continue
		}
		name := it.textName(tc, c.a)
		var fn *Func
		for _, r := range tc.Func {
			if v, _, ok := c.a.get(r); ok && v.Fn != nil {
				fn = v.Fn
				break
			}
		}
		if len(tc.ParamCalls) > 0 {
			if fn != nil {
				it.paramTexts(tc, fn)
			}
			continue
		}
		if name == "" && fn != nil {
			name = fn.Name
		}
		described := false
		for _, r := range tc.Arg {
			v, n, ok := c.a.get(r)
			if !ok {
				continue
			}
			described = true
			if v.Known {
				it.judge(tc, v.Str, propNode(it, n, r), name)
			}
		}
		if !described && fn != nil {
			it.docstring(tc, fn, name)
		}
	}
}

// textDecorator judges the docstring of a function registered by a
// decorator (@mcp.tool or @mcp.tool(...)) unless the decorator call passes
// a description itself.
func (it *interp) textDecorator(ref string, call *Node, fn *Func) {
	if fn == nil {
		return
	}
	for i := range it.a.lang.Texts {
		tc := &it.a.lang.Texts[i]
		if !matchAny(tc.Decorators, ref) {
			continue
		}
		if len(tc.ParamCalls) > 0 {
			it.paramTexts(tc, fn)
			continue
		}
		name := ""
		if call != nil {
			a := it.args(call)
			if !it.conds(tc.When, a) {
				continue
			}
			passed := false
			for _, r := range tc.Arg {
				if _, _, ok := a.get(r); ok {
					passed = true
				}
			}
			if passed {
				continue // the decorator call's own description is judged as a call
			}
			name = it.textName(tc, a)
		}
		if name == "" {
			name = fn.Name
		}
		it.docstring(tc, fn, name)
	}
}

// textDict judges a dict or object literal that holds every key of a
// TextCheck's Keys (a tool definition in a low-level server's tool list).
func (it *interp) textDict(n *Node, v *Value) {
	for i := range it.a.lang.Texts {
		tc := &it.a.lang.Texts[i]
		if len(tc.Keys) == 0 {
			continue
		}
		all := true
		for _, k := range tc.Keys {
			if _, ok := v.Props[k]; !ok {
				all = false
				break
			}
		}
		if !all {
			continue
		}
		name := ""
		for _, r := range tc.Name {
			if nv, ok := v.Props[r]; ok && nv.Known {
				name = nv.Str
				break
			}
		}
		for _, r := range tc.Arg {
			if tv, ok := v.Props[r]; ok && tv.Known {
				it.judge(tc, tv.Str, pairValue(it, n, r), name)
			}
		}
	}
}

func (it *interp) textName(tc *TextCheck, a *args) string {
	for _, r := range tc.Name {
		if v, _, ok := a.get(r); ok && v.Known {
			return v.Str
		}
	}
	return ""
}

// docstring judges the first statement of fn's body when it is a string.
// The finding goes on the function's name: a comment cannot sit on the
// first line of a docstring.
func (it *interp) docstring(tc *TextCheck, fn *Func, name string) {
	sx := it.a.sx
	body := fn.Node.Child(sx.FuncBody)
	if body == nil {
		return
	}
	first := body.FirstNamed(sx.Comment)
	if first == nil || !has(sx.ExprStmt, first.Type) {
		return
	}
	s := first.FirstNamed(sx.Comment)
	if s == nil || !has(sx.String, s.Type) {
		return
	}
	saved := it.f
	it.f = fn.File
	defer func() { it.f = saved }()
	at := fn.Node.Child("name")
	if at == nil {
		at = s
	}
	if v := it.str(s); v.Known {
		it.judge(tc, v.Str, at, name)
	}
}

// judge reports the signals the classifier finds in text, at n.
func (it *interp) judge(tc *TextCheck, text string, n *Node, name string) {
	if tc.Check == nil || n == nil {
		return
	}
	var details []string
	seen := map[string]bool{}
	for _, d := range tc.Check(text) {
		// one detail per kind of signal: the opening and closing tag of
		// the same markup are one signal to the reader
		k, _, _ := strings.Cut(d, " (")
		if !seen[k] {
			seen[k] = true
			details = append(details, d)
		}
	}
	if len(details) == 0 {
		return
	}
	what := tc.What + " description"
	if name != "" {
		what += " of " + strconv.Quote(name)
	}
	it.a.report(it.f, n, tc.RuleID, 0, what+" "+strings.Join(details, "; "), nil)
}

// propNode narrows the node of an argument ref such as "1.description" to
// the property's value in an object literal written at the call.
func propNode(it *interp, n *Node, ref ArgRef) *Node {
	i := strings.LastIndexByte(ref, '.')
	if n == nil || i < 0 {
		return n
	}
	if v := pairValue(it, n, ref[i+1:]); v != nil {
		return v
	}
	return n
}

// pairValue returns the value node of the pair with key in the literal n.
func pairValue(it *interp, n *Node, key string) *Node {
	sx := it.a.sx
	for _, c := range n.NamedChildren(sx.Comment) {
		if !has(sx.Pair, c.Type) {
			continue
		}
		if k := c.Child("key"); k != nil && strings.Trim(it.f.Text(k), `"'`+"`") == key {
			if v := c.Child("value"); v != nil {
				return v
			}
			return c
		}
	}
	return n
}

// missing reports whether ref is certainly not passed (Cond.Missing).
func (it *interp) missing(a *args, ref ArgRef) bool {
	if _, _, ok := a.get(ref); ok {
		return false
	}
	head, rest := ref, ""
	if i := strings.IndexAny(ref, ".["); i >= 0 {
		head, rest = ref[:i], ref[i:]
	}
	positional := head != "" && head[0] >= '0' && head[0] <= '9'
	if !positional && head != "recv" && a.splatKw != nil && !(a.splatKw.Literal && a.splatKw.Props["..."] == nil) {
		return false // **kwargs could hold it
	}
	if rest == "" {
		return true
	}
	// walk the containers: each must be a literal without a spread
	v, n, ok := a.get(head)
	if ok && n != nil && has(it.a.sx.Dict, n.Type) {
		for _, c := range n.NamedChildren(it.a.sx.Comment) {
			if has(it.a.sx.Splat, c.Type) {
				return false // { ...base, issuer }: base may hold it
			}
		}
	}
	for ok && v != nil && rest != "" {
		if v.Fn != nil && v.Fn.Node != nil {
			return true // a callback where options could go: no options
		}
		if v.Taint != nil || !v.Literal || v.Props["..."] != nil {
			return false
		}
		if rest[0] != '.' {
			return false
		}
		key := rest[1:]
		if i := strings.IndexAny(key, ".["); i >= 0 {
			key, rest = key[:i], key[i:]
		} else {
			rest = ""
		}
		v, ok = v.Props[key]
	}
	return true
}

// bodyCalls reports whether the project function v evaluates to makes a call matching c.Calls (or holds a node of a type in c.Nodes)
// and none matching c.NotCalls.
func (it *interp) bodyCalls(c Cond, v *Value) bool {
	if v == nil || v.Fn == nil {
		return false // not a function the project defines
	}
	n, f := v.Fn.Node, v.Fn.File
	sx := it.a.sx
	weak, strong := false, false
	n.Walk(func(x *Node) bool {
		if has(c.Nodes, x.Type) {
			weak = true
		}
		if !has(sx.Call, x.Type) {
			return true
		}
		for _, fld := range sx.CallFunc {
			if fc := x.Child(fld); fc != nil {
				t := f.Text(fc)
				weak = weak || matchAny(c.Calls, t)
				strong = strong || matchAny(c.NotCalls, t)
			}
		}
		return true
	})
	return weak && !strong
}

// sourceValue taints v when name (an attribute read, or a subscript with
// a known key written as name.key) is a Source.
func (it *interp) sourceAttr(name string, v *Value, at *Node) *Value {
	if len(it.a.lang.Sources) == 0 || name == "" {
		return v
	}
	lower := strings.ToLower(name)
	for i := range it.a.lang.Sources {
		s := &it.a.lang.Sources[i]
		if matchAny(s.Attr, lower) {
			return it.sourced(s, v, at)
		}
	}
	return v
}

// sourceCall taints the result of a call that is a Source.
func (it *interp) sourceCall(c *callSite, v *Value) *Value {
	for _, i := range it.a.matches(c.ref).sources {
		s := &it.a.lang.Sources[i]
		if it.conds(s.When, c.a) {
			return it.sourced(s, v, c.node)
		}
	}
	return v
}

func (it *interp) sourced(s *Source, v *Value, at *Node) *Value {
	if v.Taint != nil || at == nil {
		return v
	}
	f := it.f
	t := &Taint{Param: s.Name, Source: s.Class, Named: s.Declared, File: f,
		Steps: []rule.Step{{Pos: f.Pos(at), End: f.EndPos(at), Message: s.Name}}}
	t.Root = t
	out := *v
	out.Taint = t
	return &out
}

// markCall records the marks a call gives its file.
func (it *interp) markCall(c *callSite) {
	for _, i := range it.a.matches(c.ref).marks {
		mk := &it.a.lang.Marks[i]
		if !it.conds(mk.When, c.a) {
			continue
		}
		if it.a.marks == nil {
			it.a.marks = map[string][]markUse{}
		}
		it.a.marks[mk.Name] = append(it.a.marks[mk.Name], markUse{f: it.f, node: c.node})
	}
}

type markUse struct {
	f    *File
	node *Node
}

// checkScoped reports the scoped call checks (CallCheck.Scope) that run
// while a marked call is live: in a handler body in a file the marked
// call's file imports (directly or not) or is, or in the function (or
// module top level) of the file that makes the marked call, outside
// conditional branches that do not lead to it. A library's own stdio code
// does not put its test servers in scope: they import it, not the reverse.
func (a *analysis) checkScoped() {
	reach := map[*File]map[*File]bool{}
	for _, p := range a.scoped {
		uses := a.marks[p.check.Scope]
		if len(uses) == 0 {
			continue
		}
		fn := a.enclosingFunc(p.node)
		if fn != nil && a.hdone[fn] {
			for _, u := range uses {
				if reach[u.f] == nil {
					reach[u.f] = a.importClosure(u.f)
				}
				if reach[u.f][p.f] {
					a.reportCheck(p.f, p.node, p.check)
					break
				}
			}
			continue
		}
		for _, u := range uses {
			if u.f != p.f {
				continue
			}
			mfn := a.enclosingFunc(u.node)
			if fn != nil && fn != mfn {
				continue // another function of the file (a CLI subcommand, a helper)
			}
			if a.branchedAway(p.f, p.node, fn, u.node, mfn) {
				continue
			}
			a.reportCheck(p.f, p.node, p.check)
			break
		}
	}
}

type scopedCheck struct {
	f     *File
	node  *Node
	check *CallCheck
}

func (a *analysis) enclosingFunc(n *Node) *Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if has(a.sx.Function, p.Type) {
			return p
		}
	}
	return nil
}

// branchedAway reports whether n sits in a conditional branch (an if or
// else branch, an except clause) between it and its function fn that
// neither holds the marked call m nor calls m's function mfn.
func (a *analysis) branchedAway(f *File, n, fn, m, mfn *Node) bool {
	sx := a.sx
	mname := ""
	if mfn != nil && mfn != fn {
		mname = f.Text(mfn.Child("name"))
	}
	for p := n.Parent; p != nil && p != fn; p = p.Parent {
		branch := p.Type != "" && has(sx.Except, p.Type)
		if pp := p.Parent; pp != nil && (has(sx.If, pp.Type) || has(sx.ElseIf, pp.Type)) && p.Field != "condition" {
			branch = true
		}
		if !branch {
			continue
		}
		if m.Start >= p.Start && m.End <= p.End {
			continue
		}
		if mname != "" && a.callsName(f, p, mname) {
			continue
		}
		return true
	}
	return false
}

// callsName reports whether n holds a call whose callee text is name or
// ends in "."+name.
func (a *analysis) callsName(f *File, n *Node, name string) bool {
	found := false
	n.Walk(func(x *Node) bool {
		if found {
			return false
		}
		if has(a.sx.Call, x.Type) {
			for _, fld := range a.sx.CallFunc {
				if fc := x.Child(fld); fc != nil {
					t := f.Text(fc)
					if t == name || strings.HasSuffix(t, "."+name) {
						found = true
					}
				}
			}
		}
		return true
	})
	return found
}

// mentions reports whether v's known text or the argument's source text
// contains one of subs (lower case).
func mentions(subs []string, v *Value, src string) bool {
	text := strings.ToLower(src)
	if v != nil && v.Known {
		text += "\x00" + strings.ToLower(v.Str)
	}
	for _, s := range subs {
		if strings.Contains(text, s) {
			return true
		}
	}
	return false
}

// importClosure returns f and every project file it imports, directly or
// through other project files.
func (a *analysis) importClosure(f *File) map[*File]bool {
	out := map[*File]bool{f: true}
	queue := []*File{f}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if a.lang.ResolveImport == nil {
			break
		}
		for _, im := range cur.Imports {
			for _, cand := range a.lang.ResolveImport(cur.Rel, im.Source) {
				for _, name := range []string{cand, cand + "." + im.Member} {
					m := a.mods[name]
					if m == nil || out[m.f] {
						continue
					}
					out[m.f] = true
					queue = append(queue, m.f)
				}
			}
		}
	}
	return out
}

// paramTexts judges the descriptions written in the parameters of a
// registered function (TextCheck.ParamCalls).
func (it *interp) paramTexts(tc *TextCheck, fn *Func) {
	sx := it.a.sx
	saved := it.f
	it.f = fn.File
	defer func() { it.f = saved }()
	for _, p := range fn.params {
		if p.Node == nil || len(p.Names) != 1 {
			continue
		}
		p.Node.Walk(func(n *Node) bool {
			if !has(sx.Call, n.Type) {
				return true
			}
			for _, fld := range sx.CallFunc {
				fc := n.Child(fld)
				if fc == nil || !matchAny(tc.ParamCalls, it.f.Text(fc)) {
					continue
				}
				a := it.args(n)
				for _, r := range tc.Arg {
					if v, at, ok := a.get(r); ok && v.Known {
						it.judge(tc, v.Str, at, p.Names[0])
					}
				}
			}
			return true
		})
	}
}

// readsSource reports whether fn may read a Source (its text holds a word
// of one), so that a call is followed even when no argument carries
// anything: get_auth_headers(request) returns the client's token.
func (a *analysis) readsSource(fn *Func) bool {
	if len(a.lang.Sources) == 0 || fn == nil || fn.Node == nil {
		return false
	}
	if v, ok := a.srcFuncs[fn.Node]; ok {
		return v
	}
	if a.srcWords == nil {
		seen := map[string]bool{}
		add := func(w string) {
			w = strings.ToLower(strings.Trim(w, "*()"))
			if len(w) >= 4 && !seen[w] {
				seen[w] = true
				a.srcWords = append(a.srcWords, w)
			}
		}
		for _, s := range a.lang.Sources {
			for _, p := range s.Attr {
				add(p[strings.LastIndexByte(p, '.')+1:])
			}
			for _, c := range s.When {
				for _, v := range c.OneOf {
					add(v)
				}
			}
		}
		a.srcFuncs = map[*Node]bool{}
	}
	text := strings.ToLower(fn.File.Text(fn.Node))
	found := false
	for _, w := range a.srcWords {
		if strings.Contains(text, w) {
			found = true
			break
		}
	}
	a.srcFuncs[fn.Node] = found
	return found
}
