package engine

import (
	"regexp"
	"strings"
)

// checks runs every piece of language data that looks at a call: handler
// registrations, listeners, call checks, transports, sinks, guards inside
// try, and auth markers.
func (it *interp) checks(c *callSite) {
	a := it.a
	l := a.lang
	m := a.matches(c.ref)
	it.markers(c.ref)
	for _, i := range m.handlers {
		h := &l.Handlers[i]
		if !it.conds(h.When, c.a) {
			continue
		}
		for _, r := range h.Func {
			if v, _, ok := c.a.get(r); ok && v.Fn != nil {
				a.addHandler(v.Fn, h, it.safeSchema(h, c.a), it.claims(h, c.a, v.Fn))
				break
			}
		}
	}
	if c.callee.Fn != nil {
		// a function defined in the project: its body is analysed, and the
		// real listener or sink inside it is reported there, unless the
		// user declared the function a sink
		for _, i := range m.sinks {
			if s := &l.Sinks[i]; s.Declared && it.conds(s.When, c.a) {
				it.sink(c, s)
			}
		}
		return
	}
	for _, i := range m.listeners {
		ls := &l.Listeners[i]
		if it.conds(ls.When, c.a) {
			it.listener(c, ls)
			break
		}
	}
	for _, i := range m.checks {
		cc := &l.CallChecks[i]
		if !it.conds(cc.When, c.a) {
			continue
		}
		if ci := c.callee.Class; ci != nil && it.superPasses(ci, cc.When) {
			continue // a project subclass whose constructor passes the option to its base
		}
		if len(cc.ReadInstead) > 0 && it.readsAttrAfter(c.node, cc.ReadInstead) {
			continue // checked by hand in the same function
		}
		if cc.UnlessOrigin || cc.NotInSDK {
			if a.quiet == 0 {
				a.pending = append(a.pending, pendingCheck{f: it.f, node: c.node, check: cc})
			}
			continue
		}
		if cc.Scope != "" {
			if a.quiet == 0 {
				a.scoped = append(a.scoped, scopedCheck{f: it.f, node: c.node, check: cc})
			}
			continue
		}
		a.reportCheck(it.f, c.node, cc)
	}
	for _, i := range m.transports {
		t := &l.Transports[i]
		if it.conds(t.When, c.a) {
			it.transport(c, t)
		}
	}
	for _, i := range m.sinks {
		s := &l.Sinks[i]
		if it.conds(s.When, c.a) {
			it.sink(c, s)
		}
	}
	if it.tryLeft {
		for _, i := range m.guards {
			g := &l.Guards[i]
			if g.Kind == TryGuard {
				if name := it.recvName(c); name != "" {
					it.clearVar(it.env, name, string(g.Class), "")
				}
			}
		}
	}
}

// superPasses reports whether the constructor of a project class passes
// to its base class's constructor (super().__init__(audience=...),
// super({ audience })) an option that a Missing condition asks for: the
// subclass sets it for every instance.
func (it *interp) superPasses(ci *classInfo, cs []Cond) bool {
	ctor := ci.methods["__init__"]
	if ctor == nil {
		ctor = ci.methods["constructor"]
	}
	if ctor == nil || ctor.Node == nil {
		return false
	}
	var names []string
	for _, c := range cs {
		if c.Missing && !c.Not {
			name := string(c.Arg)
			if i := strings.LastIndexByte(name, '.'); i >= 0 {
				name = name[i+1:]
			}
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return false
	}
	sx := it.a.sx
	found := false
	ctor.Node.Walk(func(n *Node) bool {
		if found || !has(sx.Call, n.Type) {
			return !found
		}
		var fn *Node
		for _, f := range sx.CallFunc {
			if fn = n.Child(f); fn != nil {
				break
			}
		}
		if fn == nil || !strings.HasPrefix(ctor.File.Text(fn), "super") {
			return true
		}
		args := n.Child(sx.CallArgs)
		if args == nil {
			return true
		}
		text := ctor.File.Text(args)
		for _, name := range names {
			if optionPassed.MatchString(strings.ReplaceAll(text, name, "\x00")) {
				found = true
			}
		}
		return !found
	})
	return found
}

// readsAttrAfter reports whether the function being interpreted (the
// module top level outside functions) reads, after the call, an attribute
// or key of one of these names (payload.aud, claims["aud"],
// claims.get("aud")).
func (it *interp) readsAttrAfter(call *Node, names []string) bool {
	root := it.f.Root
	if it.fn != nil && it.fn.Node != nil && it.fn.File == it.f {
		root = it.fn.Node
	}
	sx := it.a.sx
	found := false
	root.Walk(func(n *Node) bool {
		if found {
			return false
		}
		if n.End <= call.End {
			return true // before or inside the call
		}
		switch {
		case has(sx.Attribute, n.Type):
			for _, f := range sx.AttrName {
				if a := n.Child(f); a != nil && has(names, it.f.Text(a)) {
					found = true
				}
			}
		case has(sx.String, n.Type):
			t := it.f.Text(n)
			if len(t) >= 2 && (t[0] == '"' || t[0] == '\'') && t[len(t)-1] == t[0] {
				found = has(names, t[1:len(t)-1])
			}
		}
		return !found
	})
	return found
}

// optionPassed matches argument text in which the option (replaced by NUL)
// is passed by name: audience=..., { audience: ... }, { audience }.
var optionPassed = regexp.MustCompile(`(^|[^\w])\x00\s*([=:]|[,}])`)

// conds reports whether every condition holds.
func (it *interp) conds(cs []Cond, a *args) bool {
	for _, c := range cs {
		if it.cond(c, a) == c.Not {
			return false
		}
	}
	return true
}

func (it *interp) cond(c Cond, a *args) bool {
	v, n, ok := a.get(c.Arg)
	switch {
	case c.Absent:
		return !ok
	case c.Missing:
		return it.missing(a, c.Arg)
	case c.Present:
		return ok
	case !ok:
		return false
	case len(c.Calls) > 0 || len(c.Nodes) > 0:
		return it.bodyCalls(c, v)
	case len(c.Mentions) > 0:
		return mentions(c.Mentions, v, it.f.Text(n))
	case len(c.OneOf) > 0:
		return v.Known && has(c.OneOf, v.Str)
	case c.Truthy:
		return v.Known && isTrue(v.Str)
	case c.Falsy:
		return v.Known && isFalse(v.Str)
	case len(c.Ref) > 0:
		return matchAny(c.Ref, v.Ref)
	case len(c.Contains) > 0:
		for _, e := range v.Elems {
			if e.Known && has(c.Contains, e.Str) {
				return true
			}
		}
		return false
	case len(c.Tag) > 0:
		tags, _ := tagsOf(v, 0)
		for _, t := range tags {
			if matchAny(c.Tag, t) {
				return true
			}
		}
		return false
	}
	return false
}

func isTrue(s string) bool  { return s == "True" || s == "true" || s == "1" }
func isFalse(s string) bool { return s == "False" || s == "false" || s == "0" }
