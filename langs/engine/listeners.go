package engine

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

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
	if it.a.docFile(it.f) {
		return // a documentation snippet listens on nothing
	}
	it.recordPort(c.a, ls)
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
		if host.Known && loopback(host.Str) {
			it.a.loopFile[it.f] = true
		}
		if !host.Known || !allInterfaces(host.Str) {
			return // loopback, a specific address, or known only at run time
		}
		it.bindAll(c.a)
		_ = hostNode
		shown := host.Str
		// the fix rewrites the literal the host was written as: at the
		// call, or where a variable or a default got it
		fix := it.a.litFix(host)
		if fix == nil {
			fix = it.a.listenerHostFix(it.f, c.node, ls)
		}
		if host.Default {
			it.bindFinding(c, ls, fix, "MCP server", defaultWhere(shown, host.Origin), bindFix)
			return
		}
		it.bindFinding(c, ls, fix, "MCP server", fmt.Sprintf("(host %q)", shown), bindFix)
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
	it.bindFinding(c, ls, it.a.addHostFix(it.f, c.node, ls),
		c.shortCall(), fmt.Sprintf("(no host given: %s binds every interface)", runtime), `pass "127.0.0.1"`)
}

// bindFinding reports an all-interfaces listener: at once when the callee
// is an MCP server (Listener.Serves), else once the project is seen and
// only if the listener serves MCP (pendingBind).
// details fill the frame of rule.CheckBindAll.
func (it *interp) bindFinding(c *callSite, ls *Listener, fix *rule.Fix, details ...string) {
	if ls.Serves && ls.OnlyServed {
		it.a.serverBinds = append(it.a.serverBinds, serverBind{f: it.f, node: c.node, ctor: c.a, details: details, fix: fix})
		return
	}
	if ls.Serves {
		it.a.reportKind(it.f, c.node, rule.CheckBindAll, 0, nil, details...)
		it.a.attachFix(it.f, c.node, bindAllRule(), fix)
		return
	}
	if it.a.quiet > 0 {
		return
	}
	tags, _ := tagsOf(&Value{Elems: c.a.all()}, 0)
	if tags == nil && c.a.recv != nil {
		tags, _ = tagsOf(c.a.recv, 0)
	}
	it.a.binds = append(it.a.binds, pendingBind{f: it.f, node: c.node, details: details, fix: fix, tagged: tags != nil})
}

// litFix rewrites the literal v was written as, if it is known.
func (a *analysis) litFix(v *Value) *rule.Fix {
	if v == nil || v.Lit == nil {
		return nil
	}
	return a.hostLiteralFix(v.Lit.f, v.Lit.n)
}

// listenerHostFix rewrites the literal that gives a listener its
// all-interfaces host: the first host or address argument the call has.
func (a *analysis) listenerHostFix(f *File, call *Node, ls *Listener) *rule.Fix {
	for _, r := range append(append([]ArgRef(nil), ls.Host...), ls.Addr...) {
		if n := a.argNode(f, call, r); n != nil {
			return a.hostLiteralFix(f, n)
		}
	}
	return nil
}

// addHostFix gives a listener with no host one: a positional host after
// the port (listen(port) -> listen(port, "127.0.0.1")) or a property of
// the options object (serve({ fetch, port }) -> serve({ fetch, port,
// hostname: "127.0.0.1" })), as the listener's Host references say.
func (a *analysis) addHostFix(f *File, call *Node, ls *Listener) *rule.Fix {
	fix := &rule.Fix{Description: "bind to " + FixHost}
	for _, r := range ls.Host {
		head, key, dotted := strings.Cut(r, ".")
		i, err := strconv.Atoi(head)
		if err != nil || strings.ContainsAny(key, ".[") {
			continue
		}
		if dotted {
			obj := a.argNode(f, call, head)
			if obj == nil || !has(a.sx.Dict, obj.Type) {
				continue
			}
			e, ok := a.addProps(f, obj, []string{key + ": " + strconv.Quote(FixHost)})
			if !ok {
				return nil
			}
			fix.Edits = []rule.Edit{e}
			return fix
		}
		prev := a.argNode(f, call, strconv.Itoa(i-1))
		if i == 0 || prev == nil || has(a.sx.Dict, prev.Type) || has(a.sx.Splat, prev.Type) {
			continue
		}
		fix.Edits = []rule.Edit{rule.NewEdit(f.Path, f.Src, int(prev.End), int(prev.End), ", "+strconv.Quote(FixHost))}
		return fix
	}
	return nil
}

// recordPort notes the port a listener call binds, for fixes that name
// the hosts clients reach the server by.
func (it *interp) recordPort(a *args, ls *Listener) {
	for _, r := range ls.PortArg {
		v, _, ok := a.get(r)
		if !ok || v.Fn != nil || v.Literal {
			continue
		}
		port := ""
		if _, num := atoi(v.Str); v.Known && num {
			port = v.Str
		}
		it.a.ports[it.f] = append(it.a.ports[it.f], port)
		return
	}
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

// defaultWhere says where a host that is not certain came from: a default
// (of an option, a variable, a condition) named by its source text, or a
// value that branches merged without one.
func defaultWhere(host, origin string) string {
	if o := short(origin); o != "" {
		return fmt.Sprintf("by default (host %q from %s)", host, o)
	}
	return fmt.Sprintf("when one of its branches runs (host %q)", host)
}

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 60 {
		return s[:57] + "..."
	}
	return s
}

// assignHook checks assignments to listener settings (mcp.settings.host).
func (it *interp) assignHook(target *Node, ref string, v *Value, at *Node) {
	for i := range it.a.lang.Listeners {
		ls := &it.a.lang.Listeners[i]
		if !matchAny(ls.AssignTo, ref) || !v.Known || !allInterfaces(v.Str) {
			continue
		}
		where := fmt.Sprintf("(host %q)", v.Str)
		if v.Default {
			where = defaultWhere(v.Str, v.Origin)
		}
		fix := it.a.litFix(v)
		if fix == nil && !v.Default {
			fix = it.a.hostLiteralFix(it.f, at.Child("right"))
		}
		if server := it.settingsOwner(target); ls.OnlyServed && server != nil {
			// the host of a server's settings binds only when the
			// server is served: decided once the project is seen
			it.a.serverBinds = append(it.a.serverBinds, serverBind{f: it.f, node: at, ctor: server.Ctor,
				details: []string{"MCP server", where, bindFix}, fix: fix})
			return
		}
		it.a.reportKind(it.f, at, rule.CheckBindAll, 0, nil, "MCP server", where, bindFix)
		it.a.attachFix(it.f, at, bindAllRule(), fix)
		return
	}
}

// settingsOwner is the constructed server whose settings an assignment
// target sets (mcp.settings.host, self.mcp.settings.host): the nearest
// object along the target's attribute chain that a constructor made.
func (it *interp) settingsOwner(target *Node) *Value {
	sx := it.a.sx
	for n := target.Child(sx.AttrObject); n != nil && has(sx.Attribute, n.Type); n = n.Child(sx.AttrObject) {
		if v := it.expr(n.Child(sx.AttrObject)); v.Ctor != nil {
			return v
		}
	}
	return nil
}

// bindAllRule is the rule of listener findings, for their fixes.
func bindAllRule() string { return rule.MustCheck(rule.CheckBindAll).Rule }

// bindFix ends a listener's finding with the fix.
const bindFix = "bind to 127.0.0.1"
