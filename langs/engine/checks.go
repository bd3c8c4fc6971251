package engine

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
				a.addHandler(v.Fn, h, it.safeSchema(h, c.a))
				break
			}
		}
	}
	if c.callee.Fn != nil {
		// a function defined in the project: its body is analysed, and the
		// real listener or sink inside it is reported there
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
		if cc.UnlessOrigin {
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
		a.report(it.f, c.node, cc.RuleID, 0, cc.Message, nil)
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
