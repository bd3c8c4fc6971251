package engine

import (
	"fmt"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
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
					it.clearVar(it.env, name, g.Class, "")
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

// allInterfaces reports whether host binds every interface.
func allInterfaces(host string) bool {
	switch strings.TrimSpace(host) {
	case "", "0.0.0.0", "::", "[::]", "0:0:0:0:0:0:0:0", "*", "0":
		return true
	}
	return false
}

func loopback(host string) bool {
	h := strings.Trim(strings.TrimSpace(host), "[]")
	return h == "localhost" || h == "::1" || strings.HasPrefix(h, "127.")
}

// listener checks one listener call's address.
func (it *interp) listener(c *callSite, ls *Listener) {
	host, hostNode, present := it.hostArg(c.a, ls.Host)
	if !present {
		for _, r := range ls.Addr {
			v, n, ok := c.a.get(r)
			if !ok || !v.Known {
				continue
			}
			h := v.Str
			if i := strings.LastIndexByte(h, ':'); i >= 0 && !strings.HasSuffix(h, "]") {
				h = h[:i]
			}
			cp := *v
			cp.Str = h
			host, hostNode, present = &cp, n, true
			break
		}
	}
	if present {
		if !host.Known || !allInterfaces(host.Str) {
			return // loopback, a specific address, or known only at run time
		}
		it.bindAll(c.a)
		at := c.node
		_ = hostNode
		shown := host.Str
		if host.Default {
			it.a.report(it.f, at, ls.RuleID, 0, fmt.Sprintf("MCP server listens on all interfaces by default (host %q from %s): anyone on the network can call its tools; bind to 127.0.0.1", shown, short(host.Origin)), nil)
			return
		}
		it.a.report(it.f, at, ls.RuleID, 0, fmt.Sprintf("MCP server listens on all interfaces (host %q): anyone on the network can call its tools; bind to 127.0.0.1", shown), nil)
		return
	}
	if !ls.NoHostAll || !it.portLike(c.a, ls.PortArg) {
		return
	}
	it.bindAll(c.a)
	runtime := ls.Runtime
	if runtime == "" {
		runtime = "the server"
	}
	it.a.report(it.f, c.node, ls.RuleID, 0, fmt.Sprintf("%s has no host, so %s binds all interfaces: anyone on the network can call the MCP server's tools; pass \"127.0.0.1\"", c.shortCall(), runtime), nil)
}

// hostArg returns the first host argument that is a string-like value.
func (it *interp) hostArg(a *args, refs []ArgRef) (*Value, *Node, bool) {
	for _, r := range refs {
		v, n, ok := a.get(r)
		if !ok || v.Fn != nil || (v.Literal && !v.Known) {
			continue
		}
		return v, n, true
	}
	return nil, nil, false
}

// portLike reports whether the port argument is present and plausibly a
// TCP port (not a socket path, handle or options object).
func (it *interp) portLike(a *args, refs []ArgRef) bool {
	for _, r := range refs {
		v, n, ok := a.get(r)
		if !ok || v.Fn != nil || v.Literal {
			continue
		}
		if v.Known {
			_, num := atoi(v.Str)
			return num
		}
		text := strings.ToLower(it.f.Text(n))
		if strings.Contains(text, "port") || strings.Contains(strings.ToLower(v.Ref), "port") ||
			strings.HasPrefix(text, "number(") || strings.HasPrefix(text, "parseint(") {
			return true
		}
		if n == nil || r != "0" {
			// a shorthand { port } property
			return true
		}
		return false
	}
	return false
}

func (it *interp) bindAll(a *args) {
	it.a.boundFile[it.f] = true
	if a.recv != nil {
		it.a.bound[a.recv] = true
	}
	for _, v := range a.all() {
		if _, srv := tagsOf(v, 0); srv != nil {
			it.a.bound[srv] = true
		}
	}
}

// shortCall renders the call compactly for messages: the callee and its
// first argument, "app.listen(3000)" or "serve({ fetch, port }, ...)".
func (c *callSite) shortCall() string {
	f := c.it.f
	name := short(f.Text(c.fnNode))
	if len(c.a.posNodes) == 0 {
		return name + "()"
	}
	first := strings.Join(strings.Fields(f.Text(c.a.posNodes[0])), " ")
	if len(first) > 40 {
		first = "..."
	}
	if len(c.a.posNodes) > 1 {
		first += ", ..."
	}
	return name + "(" + first + ")"
}

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 60 {
		return s[:57] + "..."
	}
	return s
}

// transport records a served MCP HTTP transport for the posture checks.
func (it *interp) transport(c *callSite, t *Transport) {
	if it.a.quiet > 0 {
		return
	}
	u := transportUse{spec: t, f: it.f, node: c.node, a: c.a}
	switch {
	case t.Kind != "":
		u.kind = t.Kind
		if t.AtRoute {
			u.route = it.routeOf(c.node)
		}
		if s, _, ok := c.a.get(t.Server); ok && t.Server != "" {
			u.server = s
		}
	case t.KindArg != "":
		v, _, ok := c.a.get(t.KindArg)
		if !ok || !v.Known {
			return
		}
		k, ok := t.Kinds[v.Str]
		if !ok {
			return
		}
		u.kind = k
		if s, _, ok := c.a.get(t.Server); ok {
			u.server = s
		}
	case t.App != "":
		v, _, ok := c.a.get(t.App)
		if !ok {
			return
		}
		tags, srv := tagsOf(v, 0)
		if tags == nil {
			return
		}
		u.kind, u.server = tags[0], srv
	default:
		return
	}
	it.a.trans = append(it.a.trans, u)
}

// checkTransports reports transports without authentication or Origin
// validation, once every file has been seen.
func (a *analysis) checkTransports() {
	served := map[*File]bool{}
	for _, u := range a.trans {
		served[u.f] = true
	}
	for _, p := range a.pending {
		// only in front of an MCP transport, and only without Origin
		// or Host validation in the same file
		if served[p.f] && !a.originFile[p.f] {
			a.report(p.f, p.node, p.check.RuleID, 0, p.check.Message, nil)
		}
	}
	for _, u := range a.trans {
		t := u.spec
		hasArg := func(names []string) bool {
			for _, n := range names {
				if _, _, ok := u.a.get(n); ok {
					return true
				}
				if u.server != nil && u.server.Ctor != nil {
					if _, _, ok := u.server.Ctor.get(n); ok {
						return true
					}
					if _, _, ok := u.server.Ctor.get("0." + n); ok {
						return true
					}
				}
				if u.server != nil {
					if _, ok := u.server.Props[n]; ok && u.server.Props[n].Ref == "" {
						return true
					}
				}
			}
			return false
		}
		if t.AuthRule != "" && !a.authFile[u.f] && !hasArg(t.AuthArgs) {
			sev := rule.Severity(0)
			if u.server != nil && a.bound[u.server] || a.bound[u.a.recv] || u.server == nil && a.boundFile[u.f] {
				sev = rule.Critical
			}
			for _, r := range t.HostArgs {
				// this call binds loopback itself: exposure elsewhere does
				// not make this transport reachable
				if v, _, ok := u.a.get(r); ok && v.Known && loopback(v.Str) && !strings.HasPrefix(r, "recv") {
					sev = 0
				}
			}
			at := u.node
			if u.route != nil {
				at = u.route
			}
			a.report(u.f, at, t.AuthRule, sev, fmt.Sprintf("%s MCP transport is served without authentication", u.kind), nil)
		}
		if t.OriginRule != "" && t.OriginAbsent && !hasArg(t.SecurityArgs) && !a.originFile[u.f] && !optionsUnknown(u.a, t.SecurityArgs) {
			a.report(u.f, u.node, t.OriginRule, 0, fmt.Sprintf("%s MCP transport is created without DNS-rebinding protection (no enableDnsRebindingProtection with allowedHosts, and no Host or Origin validation in front of it)", u.kind), nil)
		}
		if t.OriginRule != "" && !t.OriginAbsent && !hasArg(t.SecurityArgs) {
			for _, r := range t.HostArgs {
				v, _, ok := u.a.get(r)
				if !ok || !v.Known || loopback(v.Str) {
					continue
				}
				a.report(u.f, u.node, t.OriginRule, 0, fmt.Sprintf("%s MCP transport binds host %q without transport_security, so DNS-rebinding protection is off", u.kind, v.Str), nil)
				break
			}
		}
	}
}

// sink reports a tool argument reaching a sink argument.
func (it *interp) sink(c *callSite, s *Sink) {
	var v *Value
	for _, r := range s.Arg {
		if x, _, ok := c.a.get(r); ok {
			v = x
			break
		}
	}
	if v == nil {
		return
	}
	t := it.sinkTaint(v, s)
	if t == nil || t.cleared(s.Class) || t.Source != s.Source {
		return
	}
	name := s.Name
	if name == "" {
		name = c.name()
	}
	verb := s.Verb
	if verb == "" {
		verb = "reaches"
	}
	kind := t.Kind
	if kind == "" {
		kind = "tool"
	}
	msg := fmt.Sprintf("%s argument %q %s %s%s%s", kind, t.Param, verb, name, s.Detail, s.Tail)
	if t.Source != "" {
		msg = fmt.Sprintf("%s %s %s%s%s", t.Param, verb, name, s.Detail, s.Tail)
	}
	if t.Weak != "" && s.Class != "" && s.Class == "path" {
		msg += " (" + t.Weak + ")"
	}
	if t.File != nil && t.File != it.f {
		if t.Source != "" {
			msg += fmt.Sprintf(" (read in %s)", t.File.Rel)
		} else {
			msg += fmt.Sprintf(" (argument of a handler in %s)", t.File.Rel)
		}
	}
	flow := append(append([]rule.Step(nil), t.Steps...), rule.Step{Pos: it.f.Pos(c.node), End: it.f.EndPos(c.node), Message: "reaches " + name})
	it.a.report(it.f, c.node, s.RuleID, s.Severity, msg, flow)
}

// sinkTaint returns the taint that matters for the sink's mode.
func (it *interp) sinkTaint(v *Value, s *Sink) *Taint {
	switch s.Mode {
	case AnyPart:
		return taintOf(v)
	case Whole:
		return v.Taint
	case ArgvOption:
		if len(v.Elems) < 2 || !has(s.Shells, progName(v.Elems[0])) {
			return nil
		}
		for i, e := range v.Elems[1:] {
			if e.Known && e.Str == "--" {
				return nil // end of options: the rest are operands
			}
			prev := v.Elems[i]
			if prev.Known && strings.HasPrefix(prev.Str, "-") && !strings.Contains(prev.Str, "=") {
				continue // probably the value of the option before it (-name x)
			}
			if t := taintOf(e); t != nil && e.Prefix == "" && !e.Based && len(e.Elems) == 0 {
				return t
			}
		}
		return nil
	case Leading:
		parts := v.Elems
		if len(parts) == 0 {
			parts = []*Value{v}
		}
		for i, e := range parts {
			if e.Known && e.Str == "--" {
				return nil // end of options
			}
			if i > 0 && parts[i-1].Known && strings.HasPrefix(parts[i-1].Str, "-") && !strings.Contains(parts[i-1].Str, "=") {
				continue // probably the value of the option before it
			}
			if t := taintOf(e); t != nil && e.Prefix == "" && !e.Based && len(e.Elems) == 0 {
				return t
			}
		}
		return nil
	case Built:
		if v.Built {
			return taintOf(v)
		}
		return nil
	case URLHost:
		t := taintOf(v)
		if t == nil {
			return nil
		}
		if hostFixed(v.Prefix) || hostFixed(v.BaseText) || (v.Based && strings.ContainsAny(v.Joint, "/?#")) {
			return nil // scheme and host come before the argument
		}
		return t
	case Program:
		if len(v.Elems) == 0 {
			if v.Literal {
				return nil
			}
			return v.Taint
		}
		if t := v.Elems[0].Taint; t != nil {
			return t
		}
		if len(v.Elems) >= 3 && has(s.Shells, progName(v.Elems[0])) &&
			v.Elems[1].Known && has(s.Flags, v.Elems[1].Str) {
			return taintOf(v.Elems[2])
		}
		return nil
	case CodeFlag:
		if len(v.Elems) >= 3 && has(s.Shells, progName(v.Elems[0])) &&
			v.Elems[1].Known && has(s.Flags, v.Elems[1].Str) {
			return taintOf(v.Elems[2])
		}
		return nil
	}
	return nil
}

// allowListClasses returns the sink classes an anchored allow-list regex
// rules out: a pattern that can only match characters without "/" and "."
// cannot name another directory, one without shell metacharacters or
// quotes cannot break out of a command or SQL string. Patterns with a
// wildcard, a negated or shorthand class that admits anything, or without
// both anchors (unless the call anchors it: fullmatch) guarantee nothing.
func allowListClasses(p string, anchoredCall bool) []string {
	if !anchoredCall && !(strings.HasPrefix(p, "^") || strings.HasPrefix(p, `\A`)) {
		return nil
	}
	if !anchoredCall && !(strings.HasSuffix(p, "$") || strings.HasSuffix(p, `\Z`) || strings.HasSuffix(p, `\z`)) {
		return nil
	}
	if strings.Contains(p, "|") || strings.Contains(p, "[^") || strings.Contains(p, `\S`) || strings.Contains(p, `\W`) ||
		strings.Contains(p, `\D`) || strings.Contains(p, `\s`) {
		return nil
	}
	// the anchors are syntax, not allowed characters
	p = strings.TrimPrefix(strings.TrimPrefix(p, "^"), `\A`)
	p = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(p, "$"), `\Z`), `\z`)
	unescaped := func(c byte) bool {
		for i := 0; i < len(p); i++ {
			if p[i] == '\\' {
				i++
				continue
			}
			if p[i] == c {
				return true
			}
		}
		return false
	}
	if unescaped('.') {
		return nil // any character
	}
	var out []string
	if !strings.ContainsAny(p, "/.") && !strings.Contains(p, `\\`) {
		out = append(out, "path")
	}
	if !strings.ContainsAny(p, ";|&$`<>'\" \n") {
		out = append(out, "shell", "sql")
	}
	return out
}

// progName is the program an argv element names: a known string's base
// name, or the qualified name of a value such as sys.executable.
func progName(v *Value) string {
	if v == nil {
		return ""
	}
	if v.Known {
		return baseName(v.Str)
	}
	return v.Ref
}

func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		p = p[i+1:]
	}
	return strings.TrimSuffix(p, ".exe")
}

// hostFixed reports whether a URL prefix fixes scheme and host
// ("https://api.example.com/").
func hostFixed(prefix string) bool {
	i := strings.Index(prefix, "://")
	if i <= 0 {
		return false
	}
	rest := prefix[i+3:]
	j := strings.IndexAny(rest, "/?#")
	return j > 0
}

func (it *interp) recvName(c *callSite) string {
	if c.fnNode == nil {
		return ""
	}
	obj := c.fnNode.Child(it.a.sx.AttrObject)
	return it.targetName(obj)
}

// targetName finds the variable a check is about, looking through str(),
// String() and parentheses.
func (it *interp) targetName(n *Node) string {
	sx := it.a.sx
	for d := 0; n != nil && d < 4; d++ {
		switch {
		case has(sx.Identifier, n.Type):
			return it.f.Text(n)
		case has(sx.Passthrough, n.Type):
			n = n.FirstNamed(sx.Comment)
		case has(sx.Call, n.Type):
			al := n.Child(sx.CallArgs)
			if al == nil {
				return ""
			}
			n = al.FirstNamed(sx.Comment)
		default:
			return ""
		}
	}
	return ""
}

// checkTarget is targetName that also says whether the path was resolved
// on the way (realpath(p).startswith(...) checks the resolved p).
func (it *interp) checkTarget(n *Node) (string, bool) {
	sx := it.a.sx
	resolved := false
	for d := 0; n != nil && d < 4; d++ {
		switch {
		case has(sx.Identifier, n.Type):
			return it.f.Text(n), resolved
		case has(sx.Passthrough, n.Type):
			n = n.FirstNamed(sx.Comment)
		case has(sx.Call, n.Type):
			for _, f := range sx.CallFunc {
				if c := n.Child(f); c != nil {
					if m := it.a.model(it.f.Text(c)); m != nil && m.Kind == Resolve {
						resolved = true
					} else if m := it.a.model(it.expr(c).Ref); m != nil && m.Kind == Resolve {
						resolved = true
					}
				}
			}
			al := n.Child(sx.CallArgs)
			var first *Node
			if al != nil {
				first = al.FirstNamed(sx.Comment)
			}
			if first == nil {
				// Path(p).resolve(), str(p).strip(): the receiver is the path
				obj := n.Child(sx.CallFunc[0])
				if obj == nil || !has(sx.Attribute, obj.Type) {
					return "", false
				}
				n = obj.Child(sx.AttrObject)
				continue
			}
			n = first
		default:
			return "", false
		}
	}
	return "", false
}

// predicate is what a project function that returns a containment check
// on one of its parameters checks: calling it is a guard on that argument.
type predicate struct {
	param   int
	negated bool
	class   string
	weak    string
}

// predicateCall treats a call of a project predicate function as a guard
// on the argument it checks (if not is_safe(path): raise).
func (it *interp) predicateCall(call *Node, fn *Func, neg bool) *guardInfo {
	p := it.a.predicateOf(fn)
	if p == nil {
		return nil
	}
	sx := it.a.sx
	al := call.Child(sx.CallArgs)
	if al == nil {
		return nil
	}
	args := al.NamedChildren(sx.Comment)
	if p.param >= len(args) {
		return nil
	}
	name := it.targetName(args[p.param])
	if name == "" {
		return nil
	}
	return &guardInfo{it: it, negated: neg != p.negated, names: []string{name}, class: p.class, weak: p.weak}
}

// predicateOf summarises fn as a predicate when a return statement returns
// a guard shape on (an alias of) a parameter. The body is interpreted
// quietly with a marker taint per parameter; memoised per function.
func (a *analysis) predicateOf(fn *Func) *predicate {
	if p, ok := a.preds[fn.Node]; ok {
		return p
	}
	a.preds[fn.Node] = nil // recursion
	a.quiet++
	defer func() { a.quiet-- }()
	sub := &interp{a: a, f: fn.File, env: newEnv(fn.env), fn: fn, depth: maxCallDepth}
	roots := map[*Taint]int{}
	for i, p := range fn.params {
		if len(p.Names) == 1 {
			t := &Taint{Param: p.Names[0]}
			t.Root = t
			roots[t] = i
			sub.env.set(p.Names[0], &Value{Taint: t})
		}
	}
	var found *predicate
	sub.onReturn = func(e *Node) {
		if found != nil {
			return
		}
		g := sub.guard(e)
		if g == nil {
			return
		}
		for _, name := range g.names {
			if v, ok := sub.env.lookup(name); ok && taintOf(v) != nil {
				if i, ok := roots[taintOf(v).root()]; ok {
					found = &predicate{param: i, negated: g.negated, class: g.class, weak: g.weak}
					return
				}
			}
		}
	}
	sub.body(fn)
	a.preds[fn.Node] = found
	return found
}

func (it *interp) clearVar(e *env, name, class, weak string) {
	v, ok := e.lookup(name)
	if !ok || v == nil || taintOf(v) == nil {
		return
	}
	nv := *v
	t := taintOf(v)
	if weak != "" {
		n := *t
		n.Weak = weak
		nv.Taint = &n
	} else {
		nv.Taint = t.guard(class)
	}
	e.set(name, &nv)
}

// guardInfo is a recognised containment check in an if condition.
type guardInfo struct {
	it      *interp
	negated bool // the check fails in the then-branch (if not ok: raise)
	// onlyThen: the guard holds inside the then-branch only (a conjunction
	// whose false side says nothing).
	onlyThen bool
	names    []string
	class    string
	more     []string // further classes cleared (an allow-list regex)
	weak     string
}

func (g *guardInfo) apply(e *env) {
	if g.weak != "" {
		return
	}
	classes := append([]string{g.class}, g.more...)
	for _, n := range g.names {
		for _, class := range classes {
			if v, ok := e.lookup(n); ok && taintOf(v) != nil {
				// every alias of the checked source is as safe as the checked one
				clearRoot(e, taintOf(v).root(), class)
			}
			g.it.clearVar(e, n, class, "")
		}
	}
}

// clearRoot clears class on every variable of the innermost scope whose
// taint comes from root.
func clearRoot(e *env, root *Taint, class string) {
	for k, v := range e.vars {
		t := taintOf(v)
		if t == nil || t.root() != root || t.cleared(class) {
			continue
		}
		nv := *v
		nv.Taint = t.guard(class)
		e.vars[k] = &nv
	}
}

func (g *guardInfo) markWeak(e *env) {
	for _, n := range g.names {
		g.it.clearVar(e, n, "", g.weak)
	}
}

// guard recognises a containment check by shape in an if condition.
func (it *interp) guard(cond *Node) *guardInfo {
	sx := it.a.sx
	neg := false
	for d := 0; cond != nil && d < 6; d++ {
		switch {
		case has(sx.Passthrough, cond.Type):
			cond = cond.FirstNamed(sx.Comment)
			continue
		case has(sx.Unary, cond.Type):
			op := ""
			for _, c := range cond.Children {
				if !c.Named {
					op = it.f.Text(c)
					break
				}
			}
			if has(sx.Not, op) {
				neg = !neg
				cond = cond.FirstNamed(sx.Comment)
				continue
			}
			return nil
		case has(sx.Binary, cond.Type) || strings.Contains(cond.Type, "comparison"):
			// commonpath([base, p]) != base
			kids := cond.NamedChildren(sx.Comment)
			if len(kids) < 2 {
				return nil
			}
			if op := cond.Child("operator"); op != nil {
				if g := it.logicalGuard(it.f.Text(op), cond.Child("left"), cond.Child("right"), neg); g != nil || isLogical(it.f.Text(op)) {
					return g
				}
			}
			text := it.f.Text(cond)
			if g := it.memberGuard(cond, kids, neg); g != nil {
				return g
			}
			if strings.Contains(text, "!=") {
				neg = !neg
			} else if !strings.Contains(text, "==") {
				return nil
			}
			cond = kids[0]
			continue
		case has(sx.Call, cond.Type):
			if inner := it.wrappedCheck(cond); inner != nil {
				// any(p.startswith(d) for d in dirs), dirs.some(d => ...)
				cond = inner
				continue
			}
			return it.guardCall(cond, neg)
		}
		return nil
	}
	return nil
}

// memberGuard recognises `base in p.parents` (MemberGuard data: the
// attribute name pattern): p lies under base when it holds. Like the other
// containment checks it needs a resolved p: Path.absolute() keeps "..".
func (it *interp) memberGuard(cond *Node, kids []*Node, neg bool) *guardInfo {
	sx := it.a.sx
	var op string
	for _, c := range cond.Children {
		if !c.Named {
			op += strings.TrimSpace(it.f.Text(c)) + " "
		}
	}
	op = strings.TrimSpace(op)
	if op != "in" && op != "not in" {
		return nil
	}
	right := kids[len(kids)-1]
	if g := it.allowListIn(kids[0], right, neg != (op == "not in")); g != nil {
		return g
	}
	if !has(sx.Attribute, right.Type) {
		return nil
	}
	for i := range it.a.lang.Guards {
		g := &it.a.lang.Guards[i]
		if g.Kind != MemberGuard || !matchAny(g.Callee, it.f.Text(right)) {
			continue
		}
		name, viaResolve := it.checkTarget(right.Child(sx.AttrObject))
		if name == "" {
			return nil
		}
		gi := &guardInfo{it: it, negated: neg != (op == "not in"), class: g.Class, names: []string{name}}
		if v, ok := it.env.lookup(name); ok && v != nil && !v.Resolved && !viaResolve {
			gi.weak = "containment check on a path that was not resolved first"
		}
		return gi
	}
	return nil
}

// allowListIn recognises `x in ALLOWED` (AllowListGuard data) where
// ALLOWED is a collection the tool argument does not control: a literal
// or any untainted value that is not a known string (x in "abc" is a
// substring test). A whole argument in the list can only be one of the
// listed values, which clears every class; a part of it (its host:
// urlparse(url).hostname in ALLOWED_HOSTS) clears only the classes the
// guard lists for parts.
func (it *interp) allowListIn(left, right *Node, negated bool) *guardInfo {
	var g *Guard
	for i := range it.a.lang.Guards {
		if it.a.lang.Guards[i].Kind == AllowListGuard {
			g = &it.a.lang.Guards[i]
			break
		}
	}
	if g == nil {
		return nil
	}
	coll := it.expr(right)
	if coll.Known || taintOf(coll) != nil {
		return nil
	}
	return it.allowListOn(g, left, negated)
}

// allowListOn builds the guard for a checked expression.
func (it *interp) allowListOn(g *Guard, left *Node, negated bool) *guardInfo {
	sx := it.a.sx
	if has(sx.Identifier, left.Type) {
		return &guardInfo{it: it, negated: negated, names: []string{it.f.Text(left)}, class: g.Class, more: g.Sep}
	}
	// urlparse(url).hostname: a named part of the argument
	if !has(sx.Attribute, left.Type) || len(g.Parts) == 0 {
		return nil
	}
	part := ""
	for _, f := range sx.AttrName {
		if c := left.Child(f); c != nil {
			part = it.f.Text(c)
		}
	}
	if !has(g.PartNames, part) {
		return nil // a scheme or port check leaves the host free
	}
	name, _ := it.checkTarget(left.Child(sx.AttrObject))
	if name == "" {
		return nil
	}
	return &guardInfo{it: it, negated: negated, names: []string{name}, class: g.Parts[0], more: g.Parts[1:]}
}

func isLogical(op string) bool {
	switch op {
	case "and", "or", "&&", "||":
		return true
	}
	return false
}

// logicalGuard finds a guard inside a conjunction or disjunction where it
// is sound:
//   - A or B (and their negation): when the whole condition is false every
//     operand is, so a check whose failure makes it true still holds on
//     the false side (if bad(x) or other: raise);
//   - A and B: when the whole is true every operand is (if ok(x) and y:
//     use(x)); on the false side only when the other operand is x's own
//     truthiness (if x and x.startswith("-"): raise), since then either x
//     is empty or the check failed.
func (it *interp) logicalGuard(op string, l, r *Node, neg bool) *guardInfo {
	if l == nil || r == nil {
		return nil
	}
	sx := it.a.sx
	switch op {
	case "or", "||":
		for _, side := range []*Node{l, r} {
			if g := it.guard(side); g != nil && g.negated && !neg {
				return g
			}
		}
	case "and", "&&":
		for i, side := range []*Node{l, r} {
			g := it.guard(side)
			if g == nil {
				continue
			}
			other := []*Node{r, l}[i]
			if !g.negated && !neg {
				g.onlyThen = true
				return g
			}
			if g.negated && !neg && has(sx.Identifier, other.Type) && len(g.names) == 1 && it.f.Text(other) == g.names[0] {
				return g
			}
		}
	}
	return nil
}

// wrappedCheck returns the check inside any()/all()/.some()/.every(): the
// body of the generator or arrow function passed to a GuardWrappers call.
func (it *interp) wrappedCheck(call *Node) *Node {
	sx := it.a.sx
	var fnNode *Node
	for _, f := range sx.CallFunc {
		if c := call.Child(f); c != nil {
			fnNode = c
		}
	}
	if fnNode == nil || !matchAny(it.a.lang.GuardWrappers, it.f.Text(fnNode)) {
		return nil
	}
	al := call.Child(sx.CallArgs)
	if al == nil {
		return nil
	}
	arg := al
	if !has(sx.Comprehension, al.Type) {
		// any(x for x in y) has the generator itself as its argument list
		arg = al.FirstNamed(sx.Comment)
	}
	switch {
	case arg == nil:
		return nil
	case has(sx.Comprehension, arg.Type):
		return arg.Child("body")
	case has(sx.Function, arg.Type):
		if b := arg.Child(sx.FuncBody); b != nil && !has(sx.Block, b.Type) {
			return b
		}
	}
	return nil
}

func (it *interp) guardCall(call *Node, neg bool) *guardInfo {
	sx := it.a.sx
	var fnNode *Node
	for _, f := range sx.CallFunc {
		if c := call.Child(f); c != nil {
			fnNode = c
		}
	}
	if fnNode == nil {
		return nil
	}
	callee := it.expr(fnNode)
	ref := callee.Ref
	if ref == "" {
		ref = it.f.Text(fnNode)
	}
	if callee.Fn != nil {
		return it.predicateCall(call, callee.Fn, neg)
	}
	for i := range it.a.lang.Guards {
		g := &it.a.lang.Guards[i]
		if g.Kind == TryGuard || !matchAny(g.Callee, ref) {
			continue
		}
		gi := &guardInfo{it: it, negated: neg, class: g.Class}
		al := call.Child(sx.CallArgs)
		var argNodes []*Node
		if al != nil {
			argNodes = al.NamedChildren(sx.Comment)
		}
		resolved := true
		switch g.Kind {
		case PrefixGuard, ContainGuard:
			name, viaResolve := it.checkTarget(fnNode.Child(sx.AttrObject))
			if name == "" {
				return nil
			}
			gi.names = []string{name}
			if v, ok := it.env.lookup(name); ok && v != nil {
				resolved = v.Resolved || viaResolve
			}
			if g.Kind == PrefixGuard {
				if len(argNodes) == 0 {
					return nil
				}
				av := it.expr(argNodes[0])
				if !it.endsWithSep(av, argNodes[0], g.Sep) {
					gi.weak = "prefix check without separator"
				}
			}
		case MatchGuard:
			// re.match(r"^[a-z0-9_]+$", x): the argument after the pattern
			if len(argNodes) < 2 {
				continue
			}
			pat := it.expr(argNodes[0])
			if !pat.Known {
				continue
			}
			classes := allowListClasses(pat.Str, matchAny(g.Sep, ref))
			name := it.targetName(argNodes[1])
			if len(classes) == 0 || name == "" {
				continue
			}
			gi.names, gi.class, gi.more = []string{name}, classes[0], classes[1:]
		case AllowListGuard:
			// ALLOWED.includes(x): the receiver is the collection
			if len(argNodes) == 0 {
				continue
			}
			coll := it.expr(fnNode.Child(sx.AttrObject))
			if coll.Known || taintOf(coll) != nil {
				continue
			}
			ag := it.allowListOn(g, argNodes[0], neg)
			if ag == nil {
				continue
			}
			return ag
		case RejectPrefix:
			name, _ := it.checkTarget(fnNode.Child(sx.AttrObject))
			if name == "" || len(argNodes) == 0 {
				continue
			}
			if v, ok := it.env.lookup(name); ok && v != nil && v.RelOf != "" {
				// rel = path.relative(root, p); rel.startsWith(".."): checks p
				name = v.RelOf
			}
			if av := it.expr(argNodes[0]); !av.Known || !has(g.Sep, av.Str) {
				continue // not this guard; maybe a path prefix check
			}
			// the check holding is the bad case: the path where it fails is safe
			gi.names, gi.negated = []string{name}, !neg
		case CommonGuard:
			if len(argNodes) == 0 {
				return nil
			}
			for _, e := range argNodes[0].NamedChildren(sx.Comment) {
				if name := it.targetName(e); name != "" {
					if v, ok := it.env.lookup(name); ok && taintOf(v) != nil {
						gi.names = append(gi.names, name)
						resolved = resolved && v.Resolved
					}
				}
			}
		}
		if len(gi.names) == 0 {
			return nil
		}
		if !resolved && gi.weak == "" {
			gi.weak = "containment check on a path that was not resolved first"
		}
		return gi
	}
	return nil
}

func (it *interp) endsWithSep(v *Value, n *Node, seps []string) bool {
	if v.SepEnd {
		return true
	}
	if v.Known {
		return strings.HasSuffix(v.Str, "/") || strings.HasSuffix(v.Str, `\`)
	}
	if matchAny(seps, v.Ref) {
		return true
	}
	t := strings.TrimSpace(it.f.Text(n))
	for _, s := range seps {
		if strings.HasSuffix(t, strings.TrimPrefix(s, "*")) {
			return true
		}
	}
	return false
}

// safeSchema lists parameters a registration's schema narrows to safe
// types (z.number(), z.enum([...])).
func (it *interp) safeSchema(h *HandlerShape, a *args) map[string]bool {
	out := map[string]bool{}
	for _, r := range h.Schema {
		v, _, ok := a.get(r)
		if !ok {
			continue
		}
		if len(v.Props) == 0 && v.Ctor != nil && len(v.Ctor.pos) > 0 {
			// a schema built from an object literal: z.object({ n: z.number() })
			v = v.Ctor.pos[0]
		}
		for k, pv := range v.Props {
			if matchAny(h.SafeSchema, pv.Ref) {
				out[k] = true
			}
		}
	}
	return out
}

// safeType reports whether a type annotation narrows a parameter to values
// that cannot carry an attack string.
func (a *analysis) safeType(ty string) bool {
	ty = strings.TrimSpace(ty)
	for _, w := range []string{"Optional[", "Annotated["} {
		if strings.HasPrefix(ty, w) && strings.HasSuffix(ty, "]") {
			ty = ty[len(w) : len(ty)-1]
			if i := strings.IndexByte(ty, ','); i >= 0 && w == "Annotated[" {
				ty = ty[:i]
			}
		}
	}
	ty = strings.TrimSuffix(strings.TrimSpace(ty), " | None")
	ty = strings.TrimSpace(ty)
	if matchAny(a.lang.SafeTypes, ty) {
		return true
	}
	return a.enums[ty]
}

// assignHook checks assignments to listener settings (mcp.settings.host).
func (it *interp) assignHook(target *Node, ref string, v *Value, at *Node) {
	for i := range it.a.lang.Listeners {
		ls := &it.a.lang.Listeners[i]
		if !matchAny(ls.AssignTo, ref) || !v.Known || !allInterfaces(v.Str) {
			continue
		}
		msg := fmt.Sprintf("MCP server listens on all interfaces (host %q): anyone on the network can call its tools; bind to 127.0.0.1", v.Str)
		if v.Default {
			msg = fmt.Sprintf("MCP server listens on all interfaces by default (host %q from %s): anyone on the network can call its tools; bind to 127.0.0.1", v.Str, short(v.Origin))
		}
		it.a.report(it.f, at, ls.RuleID, 0, msg, nil)
		return
	}
}

// runHandler interprets a handler with its parameters tainted.
func (a *analysis) runHandler(j handlerJob) {
	fn := j.fn
	it := &interp{a: a, f: fn.File, env: newEnv(fn.env), fn: fn}
	if fn.class != nil && a.sx.This != "" {
		it.env.set(a.sx.This, fn.class.instance())
	}
	for i, p := range fn.params {
		if p.Pattern != nil {
			it.bind(p.Pattern, a.patternSource(fn, j, i, p), p.Node)
			continue
		}
		v := a.paramValue(fn, j, i, p, it)
		if len(p.Names) == 1 {
			it.env.set(p.Names[0], v)
			continue
		}
		for _, nm := range p.Names {
			if j.safe[nm] {
				it.env.set(nm, unknown())
				continue
			}
			it.env.set(nm, a.source(fn, j.shape, nm, p, false))
		}
	}
	it.body(fn)
}

func (a *analysis) paramValue(fn *Func, j handlerJob, i int, p Param, it *interp) *Value {
	if i == 0 && fn.class != nil && a.sx.This == "" && len(p.Names) == 1 && (p.Names[0] == "self" || p.Names[0] == "cls") {
		return fn.class.instance()
	}
	if len(p.Names) != 1 {
		return unknown()
	}
	name := p.Names[0]
	if j.shape.ArgsParamSet {
		if i != j.shape.ArgsParam || has(a.lang.ContextNames, name) {
			return unknown()
		}
		if j.shape.ArgsPath != "" {
			return a.argsPathValue(fn, j, p)
		}
		return a.safeProps(a.source(fn, j.shape, name, p, true), j.safe)
	}
	if has(a.lang.ContextNames, name) || (p.Type != "" && matchAny(a.lang.ContextTypes, p.Type)) || j.safe[name] {
		return unknown()
	}
	if p.Type != "" && a.safeType(p.Type) {
		return unknown()
	}
	return a.source(fn, j.shape, name, p, p.KwRest)
}

func (a *analysis) source(fn *Func, h *HandlerShape, name string, p Param, container bool) *Value {
	f := fn.File
	at := p.Node
	if at == nil {
		at = fn.Node
	}
	t := &Taint{Kind: h.Kind, Param: name, File: f, Container: container,
		Steps: []rule.Step{{Pos: f.Pos(at), End: f.EndPos(at), Message: fmt.Sprintf("%s argument %q", h.Kind, name)}}}
	t.Root = t
	t.keys = map[string]*Taint{} // shared by every copy: one root per argument read from it
	v := &Value{Taint: t}
	if p.Type != "" {
		if ci := a.classes[strings.TrimSpace(p.Type)]; ci != nil {
			v.Class = ci
			t.Container = true
		}
	}
	return v
}

// runPlain interprets a function once without taint, for the address and
// transport checks; parameters take their default values.
func (a *analysis) runPlain(fn *Func) {
	if a.hdone[fn.Node] {
		return
	}
	it := &interp{a: a, f: fn.File, env: newEnv(fn.env), fn: fn}
	if fn.class != nil && a.sx.This != "" {
		it.env.set(a.sx.This, fn.class.instance())
	}
	for i, p := range fn.params {
		if i == 0 && fn.class != nil && a.sx.This == "" && len(p.Names) == 1 {
			it.env.set(p.Names[0], fn.class.instance())
			continue
		}
		if v := a.typedInstance(p); v != nil {
			it.env.set(p.Names[0], v)
			continue
		}
		for _, nm := range p.Names {
			v := unknown()
			if p.Default != nil && len(p.Names) == 1 {
				d := it.expr(p.Default)
				if d.Known {
					dv := *d
					dv.Default = true
					dv.Origin = "the default of parameter " + nm
					v = &dv
				}
			}
			it.env.set(nm, v)
		}
	}
	it.body(fn)
}
