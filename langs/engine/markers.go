package engine

import (
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// pendingCheck is a CallCheck whose verdict waits for the whole project
// (UnlessOrigin: a later middleware in the file may validate Origin).
type pendingCheck struct {
	f     *File
	node  *Node
	check *CallCheck
}

// pendingBind is an all-interfaces finding of a generic listener (an HTTP
// server, uvicorn, app.listen) that holds only if the listener serves MCP:
// what it serves carries an MCP transport (an app that mounts one), or its
// file serves an MCP transport. An OAuth callback receiver, a metrics
// endpoint or a port probe in an MCP project serves no tools.
// serverBind is an all-interfaces finding on the constructor of a server
// whose host only a network run uses (Listener.OnlyServed).
type serverBind struct {
	f       *File
	node    *Node
	ctor    *args
	details []string
	fix     *rule.Fix
}

// runKind says how a server is run.
type runKind int

const (
	runLocal  runKind = iota + 1 // over a local transport (stdio) only
	runServed                    // over the network, or a transport not known
)

type pendingBind struct {
	f    *File
	node *Node
	// details fill the frame of rule.CheckBindAll
	details []string
	fix     *rule.Fix
	tagged  bool
}

// markers records what a callee or attribute name says about the file:
// it authenticates requests (AuthMarkers) or validates Origin or Host
// (OriginMarkers). Summaries (quiet runs) count too: the code exists.
func (it *interp) markers(ref string) {
	if ref == "" {
		return
	}
	m := it.a.matches(ref)
	if m.auth {
		it.a.authFile[it.f] = true
	}
	if m.origin {
		it.a.originFile[it.f] = true
	}
}

// patternSource is the value a destructured handler parameter binds: the
// argument map, whose named properties are each a source of their own
// (so flows start at "tool argument \"cmd\"") and whose other reads name
// the key read. Names the schema narrows to safe types are not sources.
func (a *analysis) patternSource(fn *Func, j handlerJob, i int, p Param) *Value {
	if j.shape.ArgsParamSet && argIndex(fn, i, a.sx) != j.shape.ArgsParam {
		return unknown()
	}
	if j.shape.ArgsPath != "" {
		return a.argsPathValue(fn, j, p)
	}
	v := a.source(fn, j.shape, "arguments", p, true)
	v.Props = map[string]*Value{}
	for _, nm := range p.Names {
		v.Props[nm] = a.narrowedSource(fn, j, nm, p)
	}
	return v
}

// argsPathValue builds a parameter whose arguments sit at ArgsPath
// (request.params.arguments): the objects on the way are not sources.
func (a *analysis) argsPathValue(fn *Func, j handlerJob, p Param) *Value {
	keys := strings.Split(j.shape.ArgsPath, ".")
	inner := a.safeProps(fn, j, p, a.source(fn, j.shape, keys[len(keys)-1], p, true))
	for k := len(keys) - 1; k >= 0; k-- {
		inner = &Value{Props: map[string]*Value{keys[k]: inner}}
	}
	return inner
}

// safeProps makes the names a schema narrows readable as properties of an
// argument map: clean for a safe type, clear of the classes an allow-list
// pattern forbids.
func (a *analysis) safeProps(fn *Func, j handlerJob, p Param, v *Value) *Value {
	for _, nm := range sortedKeys(j.safe) {
		if v.Props == nil {
			v.Props = map[string]*Value{}
		}
		v.Props[nm] = a.narrowedSource(fn, j, nm, p)
	}
	return v
}

// typedInstance is the instance of a project class a parameter's type
// annotation names (service: FigmaService), so that calls on it reach the
// class's methods; nil when the type is not a project class.
func (a *analysis) typedInstance(p Param) *Value {
	if len(p.Names) != 1 || p.Type == "" || p.Pattern != nil {
		return nil
	}
	ci := a.classes[strings.TrimSpace(p.Type)]
	if ci == nil {
		return nil
	}
	return ci.instance()
}

// argv resolves an ArgRef "0+1": the list made of argument 0 followed by
// the elements of argument 1 (spawn(program, [args...]) seen as one argv).
func (a *args) argv(refs []string) (*Value, *Node, bool) {
	out := &Value{Literal: true}
	var first *Node
	for i, r := range refs {
		v, n, ok := a.get(r)
		if !ok {
			if i == 0 {
				return nil, nil, false
			}
			break
		}
		if i == 0 {
			first = n
		}
		if i > 0 && v.Literal && len(v.Elems) > 0 {
			out.Elems = append(out.Elems, v.Elems...)
			continue
		}
		out.Elems = append(out.Elems, v)
	}
	return out, first, true
}

// callback calls the function argument of a Callback model with the
// receiver (or each element of it) and returns what the call yields.
func (it *interp) callback(c *callSite, m *Model) *Value {
	recv := c.callee.Recv
	ref := "0"
	if len(m.Args) > 0 {
		ref = m.Args[0]
	}
	if len(m.Args) > 1 {
		// a module function: the callback gets that argument
		// (re.sub(pattern, repl, text) calls repl with matches of text)
		recv = nil
		if v, _, ok := c.a.get(m.Args[1]); ok {
			recv = v
		}
	}
	out := &Value{Taint: taintOf(recv)}
	fv, fnode, ok := c.a.get(ref)
	if ok && fv != nil && fv.Fn == nil && len(m.Args) > 1 {
		// a replacement text rather than a function: it is part of
		// the result
		v := concat(recv, fv)
		v.Known, v.Built = false, false
		return v
	}
	if !ok || fv == nil || fv.Fn == nil || recv == nil {
		return out
	}
	arg := recv
	if m.Each {
		arg = element(recv)
	}
	sub := &callSite{it: it, node: c.node, fnNode: fnode, callee: fv, ref: fv.Fn.Name,
		a: &args{node: c.node, pos: []*Value{arg}, posNodes: []*Node{fnode}, kw: map[string]*Value{}, kwNodes: map[string]*Node{}}}
	ret := it.callFuncWith(sub, fv.Fn, nil)
	if ret == nil {
		return out
	}
	if m.Each {
		return &Value{Elems: []*Value{ret}, Literal: true, Taint: out.Taint}
	}
	return join(ret, out)
}

// lookupKey reports whether a string literal is used as a lookup key: an
// argument of a call (headers.get("authorization"), a keyword value) or a
// subscript index (headers["x-api-key"]). A header name in a list of
// headers to forward is not a check.
func (it *interp) lookupKey(n *Node) bool {
	sx := it.a.sx
	p := n.Parent
	if p == nil {
		return false
	}
	if has(sx.SubIndex, n.Field) && has(sx.Subscript, p.Type) {
		return true
	}
	if sx.KeywordArg != "" && p.Type == sx.KeywordArg {
		p = p.Parent
	}
	return p != nil && p.Field == sx.CallArgs
}

// routeOf returns the call that registers the function enclosing n as a
// callback argument (app.post("/mcp", async (req, res) => { ... n ... })),
// or n itself when the enclosing function is not an inline argument.
func (it *interp) routeOf(n *Node) *Node {
	sx := it.a.sx
	for p := n.Parent; p != nil; p = p.Parent {
		if !has(sx.Function, p.Type) {
			continue
		}
		args := p.Parent
		if args == nil || args.Field != sx.CallArgs || args.Parent == nil || !has(sx.Call, args.Parent.Type) {
			return n
		}
		return args.Parent
	}
	return n
}

// optionsUnknown reports whether an options object the security arguments
// live in is passed but not a literal (new Transport(options) in a wrapper
// that forwards its caller's options): its contents are not known.
func optionsUnknown(a *args, refs []ArgRef) bool {
	for _, r := range refs {
		head, _, ok := strings.Cut(r, ".")
		if !ok {
			continue
		}
		if v, _, present := a.get(head); present && v != nil && !v.Literal {
			return true
		}
	}
	return false
}
