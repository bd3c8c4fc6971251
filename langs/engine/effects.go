package engine

import (
	"fmt"
	"path"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/knowledge"
	"github.com/mcpsec/mcplint/analyzers/rule"
)

// EffectMode says how an Effect's kind is decided.
type EffectMode int

// Effect modes.
const (
	// EffectAlways: the call always has Kind.
	EffectAlways EffectMode = iota + 1
	// EffectSQLText: argument Arg is statement text; its known text (or
	// known prefix) decides (knowledge.SQLEffect).
	EffectSQLText
	// EffectMethod: argument Arg is the HTTP method, Default when absent
	// (knowledge.MethodEffect).
	EffectMethod
	// EffectOpenMode: argument Arg is a file open mode or flags, Default
	// when absent: Kind when it writes (knowledge.WriteOpenMode).
	EffectOpenMode
	// EffectVerb: the called method's name decides by its leading verb
	// (knowledge.SDKVerbEffect): a known API client's create, update and
	// delete calls.
	EffectVerb
)

// Effect is a library call that changes the world outside the server
// (MCP015), whatever its arguments are. Process execution and SQL are not
// listed: every sink of kind shell, exec-argv or program runs a process,
// and every sql sink runs its statement text (see sinkEffect).
type Effect struct {
	Kind   rule.EffectKind
	Callee []string
	When   []Cond
	Mode   EffectMode
	Arg    []ArgRef
	// Default is the method or mode when Arg is absent ("GET", "r").
	Default string
	// URL, for HTTP requests, is where the URL is: a request to a known
	// URL that ends in an endpoint that only reads (knowledge.ReadEndpoint:
	// /api/ds/query, /_search) is no effect, whatever its method.
	URL []ArgRef
}

// claim is one annotation hint set to the value that promises something,
// given to a handler's registration.
type claim struct {
	hint rule.Hint
	f    *File
	node *Node
	tool string
}

// effectHit is one effect a handler reaches.
type effectHit struct {
	kind rule.EffectKind
	call string
	fn   string // the function that makes the call
	at   rule.Step
	path []rule.Step // the calls from the handler to it, outermost first
}

// effectLog collects the effects of one handler run.
type effectLog struct {
	hits []effectHit
	seen map[string]bool
	n    map[rule.EffectKind]int
	max  int // effects kept per kind
}

// maxEffects bounds the effects kept per kind in one handler run;
// maxDispatchEffects in a dispatch handler, whose branches each run a
// tool of their own.
const (
	maxEffects         = 4
	maxDispatchEffects = 256
)

// claims reads the hints of a registration's annotations (HandlerShape.
// Annotations): a dict or object literal, or a constructor call
// (ToolAnnotations(readOnlyHint=True)).
func (it *interp) claims(h *HandlerShape, a *args, fn *Func) []claim {
	if len(h.Annotations) == 0 || !it.a.enabled(rule.HintRule) {
		return nil
	}
	tool := ""
	for _, r := range h.Name {
		if v, _, ok := a.get(r); ok && v.Known {
			tool = v.Str
			break
		}
	}
	if tool == "" && fn != nil && h.NameFromFunc {
		tool = fn.Name
	}
	var out []claim
	done := map[string]bool{}
	for _, r := range h.Annotations {
		v, n, ok := a.get(r)
		if !ok || n == nil {
			continue
		}
		for _, hint := range rule.AllHints {
			if done[hint.Name] {
				continue
			}
			b, ok := hintValue(v, hint.Name)
			if !ok {
				continue
			}
			done[hint.Name] = true
			if b == hint.Claim {
				out = append(out, claim{hint: hint, f: it.f, node: it.hintNode(n, hint.Name), tool: tool})
			}
		}
	}
	return out
}

// hintValue reads a boolean hint from an annotations value.
func hintValue(v *Value, name string) (bool, bool) {
	p, ok := v.Props[name]
	if !ok && v.Ctor != nil {
		p, _, ok = v.Ctor.get(name)
	}
	if !ok || p == nil || !p.Known {
		return false, false
	}
	switch {
	case isTrue(p.Str):
		return true, true
	case isFalse(p.Str):
		return false, true
	}
	return false, false
}

// hintNode finds the pair or keyword argument that sets a hint inside the
// annotations node n (the finding's place), or n itself.
func (it *interp) hintNode(n *Node, name string) *Node {
	sx := it.a.sx
	var found *Node
	var walk func(x *Node, depth int)
	walk = func(x *Node, depth int) {
		if found != nil || depth > 4 {
			return
		}
		for _, c := range x.NamedChildren(sx.Comment) {
			switch {
			case has(sx.Pair, c.Type):
				if k := c.Child("key"); k != nil && strings.Trim(it.f.Text(k), `"'`) == name {
					found = c
					return
				}
			case c.Type == sx.KeywordArg && sx.KeywordArg != "":
				if it.f.Text(c.Child("name")) == name {
					found = c
					return
				}
			}
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	if found == nil {
		return n
	}
	return found
}

// effects records the effects of a library call while a handler with
// claims runs.
func (it *interp) effects(c *callSite) {
	a := it.a
	if a.collect == nil || a.quiet > 0 || c.callee.Fn != nil {
		return
	}
	l := a.lang
	m := a.matches(c.ref)
	for _, i := range m.effects {
		e := &l.Effects[i]
		if !it.conds(e.When, c.a) {
			continue
		}
		if k := it.effectKind(c, e); k != "" {
			it.recordEffect(k, c.name(), c.node)
		}
	}
	for _, i := range m.sinks {
		s := &l.Sinks[i]
		if s.Declared || !it.conds(s.When, c.a) {
			continue
		}
		if k := it.sinkEffect(c, s); k != "" {
			it.recordEffect(k, c.name(), c.node)
		}
	}
}

// sinkEffect is the effect a sink call has whatever its arguments carry:
// a process runs, SQL text runs.
func (it *interp) sinkEffect(c *callSite, s *Sink) rule.EffectKind {
	switch s.Kind {
	case rule.KindShell, rule.KindExecArgv, rule.KindProgram:
		for _, r := range s.Arg {
			if v, _, ok := c.a.get(r); ok {
				if knowledge.QueryCommand(knownArgv(v)) {
					return "" // a command that only reads (ps, git status)
				}
				break
			}
		}
		return rule.EffectExec
	case rule.KindSQL, rule.KindSQLScript:
		for _, r := range s.Arg {
			if v, _, ok := c.a.get(r); ok {
				if text, ok := knownText(v); ok {
					return knowledge.SQLEffect(text)
				}
				return ""
			}
		}
	}
	return ""
}

// knownArgv is the command line a value holds: an argv list ("" for an
// element not known), or a command line without shell operators.
func knownArgv(v *Value) []string {
	if v == nil {
		return nil
	}
	if len(v.Elems) > 0 {
		var out []string
		for _, e := range v.Elems {
			if e == nil || !e.Known {
				out = append(out, "")
				continue
			}
			out = append(out, e.Str)
		}
		if len(out) == 1 && out[0] != "" {
			// spawn("git status") with a shell, or a program with no arguments
			if w, ok := knowledge.CommandWords(out[0]); ok {
				return w
			}
		}
		return out
	}
	if v.Known {
		w, _ := knowledge.CommandWords(v.Str)
		return w
	}
	return nil
}

// knownText is the known text of a value, or the known text it starts
// with.
func knownText(v *Value) (string, bool) {
	switch {
	case v == nil:
		return "", false
	case v.Known:
		return v.Str, true
	case v.Prefix != "":
		return v.Prefix, true
	case v.Head != "":
		return v.Head, true
	}
	return "", false
}

func (it *interp) effectKind(c *callSite, e *Effect) rule.EffectKind {
	arg := func() (string, bool) {
		for _, r := range e.Arg {
			if v, _, ok := c.a.get(r); ok {
				return knownText(v)
			}
		}
		return e.Default, e.Default != ""
	}
	var k rule.EffectKind
	switch e.Mode {
	case EffectAlways:
		k = e.Kind
	case EffectSQLText:
		if text, ok := arg(); ok {
			k = knowledge.SQLEffect(text)
		}
	case EffectMethod:
		if m, ok := arg(); ok {
			k = knowledge.MethodEffect(m)
		}
	case EffectOpenMode:
		if mode, ok := arg(); ok && knowledge.WriteOpenMode(mode) {
			k = e.Kind
		}
	case EffectVerb:
		name, recv := c.ref, ""
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			name, recv = name[i+1:], name[:i]
		}
		if internalMember(recv) {
			// client._session.headers.update(...): the client's own
			// configuration, not a call of its API
			break
		}
		k = knowledge.SDKVerbEffect(name)
	}
	if k == rule.EffectHTTPWrite || k == rule.EffectHTTPPost || k == rule.EffectHTTPDelete {
		for _, r := range e.URL {
			if v, _, ok := c.a.get(r); ok {
				if text, ok := knownText(v); ok && knowledge.ReadEndpoint(text) {
					return "" // a query sent in a request body: a read
				}
				break
			}
		}
	}
	return k
}

// internalMember reports whether a qualified name reads a private member
// (a segment starting with one underscore) of the object it names.
func internalMember(ref string) bool {
	for _, seg := range strings.Split(ref, ".") {
		if strings.HasPrefix(seg, "_") && !strings.HasPrefix(seg, "__") {
			return true
		}
	}
	return false
}

// recordEffect adds an effect to the running handler's log.
func (it *interp) recordEffect(k rule.EffectKind, call string, n *Node) {
	log := it.a.collect
	if (it.fn != nil && knowledge.LogName(it.fn.Name)) || knowledge.LogName(path.Base(it.f.Path)) {
		return // logging code: the server's bookkeeping (knowledge.LogName)
	}
	at := rule.Step{Pos: it.f.Pos(n), End: it.f.EndPos(n), Message: rule.MustEffect(k).Verb + ": " + call}
	key := effectKey(k, at.Pos, it.a.stack)
	if log.seen[key] || log.n[k] >= log.max {
		return
	}
	log.seen[key] = true
	log.n[k]++
	fn := ""
	if it.fn != nil {
		fn = it.fn.Name
	}
	log.hits = append(log.hits, effectHit{kind: k, call: call, fn: fn, at: at, path: append([]rule.Step(nil), it.a.stack...)})
}

// reportClaims compares a handler's claims with the effects it reached.
func (a *analysis) reportClaims(fn *Func, claims []claim, log *effectLog) {
	for _, cl := range claims {
		for _, h := range log.hits {
			tool := cl.tool
			if tool == "" {
				tool = fn.Name
			}
			if !knowledge.Contradicts(h.kind, cl.hint, tool, h.fn) {
				continue // not an effect, or one the tool's or function's name settles as a read
			}
			what := "tool"
			if cl.tool != "" {
				what = fmt.Sprintf("tool %q", cl.tool)
			}
			msg := rule.HintMessage(what, cl.hint, h.kind, h.call, "")
			head := fn.Node
			if p := fn.Node.Child("parameters"); p != nil {
				head = p
			}
			flow := []rule.Step{{Pos: fn.File.Pos(fn.Node), End: fn.File.EndPos(head), Message: "handler of " + what}}
			flow = append(flow, h.path...)
			flow = append(flow, h.at)
			before := len(a.out.Findings)
			a.reportFull(cl.f, cl.node, rule.HintRule, cl.hint.Severity, msg, flow, nil, false)
			if len(a.out.Findings) > before {
				a.out.Findings[before].Related = []rule.Step{h.at}
			}
			break
		}
	}
}

// memoEffects are the effects a call reached, relative to the call.
type memoEffects struct {
	known bool // recorded while collecting
	hits  []effectHit
}

// effectsSince returns the hits recorded after index i, their paths cut
// to what follows the call at stack depth d.
func (l *effectLog) effectsSince(i, d int) memoEffects {
	out := memoEffects{known: true}
	for _, h := range l.hits[i:] {
		h.path = append([]rule.Step(nil), h.path[min(d, len(h.path)):]...)
		out.hits = append(out.hits, h)
	}
	return out
}

// replay adds a memoised call's effects under the current call stack.
func (it *interp) replay(m memoEffects, step rule.Step) {
	log := it.a.collect
	for _, h := range m.hits {
		path := append(append(append([]rule.Step(nil), it.a.stack...), step), h.path...)
		key := effectKey(h.kind, h.at.Pos, path)
		if log.seen[key] || log.n[h.kind] >= log.max {
			continue
		}
		log.seen[key] = true
		log.n[h.kind]++
		log.hits = append(log.hits, effectHit{kind: h.kind, call: h.call, fn: h.fn, at: h.at, path: path})
	}
}

// effectKey identifies an effect by its place and the first call on the
// way to it: a helper reached from two branches of a dispatch is two
// effects.
func effectKey(k rule.EffectKind, p rule.Position, path []rule.Step) string {
	key := fmt.Sprintf("%s\x00%s\x00%d\x00%d", k, p.File, p.Line, p.Col)
	if len(path) > 0 {
		key += fmt.Sprintf("\x00%d\x00%d", path[0].Pos.Line, path[0].Pos.Col)
	}
	return key
}

// ToolDef is a tool definition of a low-level server, listed apart from
// the code that runs it (types.Tool(name=..., annotations=...) returned by
// list_tools, or an object literal { name, inputSchema, annotations }):
// the dispatch handler (HandlerShape.Dispatch) runs it in the branch that
// compares the requested name with the tool's.
type ToolDef struct {
	// Callee matches constructor calls; Keys, literals holding all of
	// these keys.
	Callee []string
	Keys   []string
	// Name and Annotations say where the name and the annotations are
	// (arguments of the call, or keys of the literal).
	Name        []ArgRef
	Annotations []ArgRef
}

// toolDef is one low-level tool definition with claims.
type toolDef struct {
	name   string
	claims []claim
}

// dispatchRun is one run of a dispatch handler with the effects it reached.
type dispatchRun struct {
	fn  *Func
	log *effectLog
}

// claimsOf reads the promising hints of an annotations value found at n.
func (it *interp) claimsOf(v *Value, n *Node, tool string) []claim {
	var out []claim
	for _, hint := range rule.AllHints {
		if b, ok := hintValue(v, hint.Name); ok && b == hint.Claim {
			out = append(out, claim{hint: hint, f: it.f, node: it.hintNode(n, hint.Name), tool: tool})
		}
	}
	return out
}

// toolDefCall records a low-level tool definition made by a call.
func (it *interp) toolDefCall(c *callSite) {
	a := it.a
	if a.quiet > 0 || !a.enabled(rule.HintRule) {
		return
	}
	for i := range a.lang.ToolDefs {
		d := &a.lang.ToolDefs[i]
		if len(d.Callee) == 0 || !matchAny(d.Callee, c.ref) {
			continue
		}
		name := ""
		for _, r := range d.Name {
			if v, _, ok := c.a.get(r); ok {
				name = nameKey(v)
				break
			}
		}
		for _, r := range d.Annotations {
			if v, n, ok := c.a.get(r); ok && n != nil && name != "" {
				it.addToolDef(c.node, name, it.claimsOf(v, n, name))
				break
			}
		}
	}
}

// toolDefDict records a low-level tool definition written as a literal.
func (it *interp) toolDefDict(n *Node, v *Value) {
	a := it.a
	if a.quiet > 0 || len(a.lang.ToolDefs) == 0 || !a.enabled(rule.HintRule) {
		return
	}
	for i := range a.lang.ToolDefs {
		d := &a.lang.ToolDefs[i]
		if len(d.Keys) == 0 {
			continue
		}
		all := true
		for _, k := range d.Keys {
			if _, ok := v.Props[k]; !ok {
				all = false
			}
		}
		if !all {
			continue
		}
		nv := v.Props[d.Name[0]]
		av := v.Props[d.Annotations[0]]
		if nv == nil || nameKey(nv) == "" || av == nil {
			continue
		}
		an := n
		for _, c := range n.NamedChildren(a.sx.Comment) {
			if has(a.sx.Pair, c.Type) && strings.Trim(it.f.Text(c.Child("key")), `"'`) == d.Annotations[0] {
				an = c
			}
		}
		it.addToolDef(n, nameKey(nv), it.claimsOf(av, an, nameKey(nv)))
	}
}

func (it *interp) addToolDef(at *Node, name string, claims []claim) {
	a := it.a
	key := fmt.Sprintf("%s\x00%d", it.f.Path, at.Start)
	if len(claims) == 0 || a.toolDefSeen[key] {
		return
	}
	a.toolDefSeen[key] = true
	a.toolDefs = append(a.toolDefs, toolDef{name: name, claims: claims})
}

// reportDispatch checks the low-level tool definitions against the effects
// their dispatch handler reaches in the branches that run them: an if or
// elif comparing with the tool's name, or a case (switch, match) naming it.
func (a *analysis) reportDispatch() {
	for _, d := range a.toolDefs {
		for _, run := range a.dispatched {
			it := &interp{a: a, f: run.fn.File, env: newEnv(run.fn.env), fn: run.fn}
			// the dispatch may be in a function the handler calls
			// (handleCallToolRequest): every branch of the file counts
			spans := it.branchesFor(run.fn.File.Root, d.name)
			if len(spans) == 0 {
				continue
			}
			sub := &effectLog{}
			for _, h := range run.log.hits {
				if inBranch(h, spans, run.fn.File) {
					sub.hits = append(sub.hits, h)
				}
			}
			a.reportClaims(run.fn, d.claims, sub)
		}
	}
}

// inBranch reports whether an effect, or a call on the way to it, is in
// one of the branch bodies.
func inBranch(h effectHit, spans []*Node, f *File) bool {
	for _, st := range append(append([]rule.Step(nil), h.path...), h.at) {
		for _, s := range spans {
			if within(st.Pos, f.Pos(s), f.EndPos(s)) {
				return true
			}
		}
	}
	return false
}

func within(p, start, end rule.Position) bool {
	if p.File != start.File {
		return false
	}
	after := p.Line > start.Line || p.Line == start.Line && p.Col >= start.Col
	before := p.Line < end.Line || p.Line == end.Line && p.Col <= end.Col
	return after && before
}

// branchesFor finds the branch bodies under root that run for the tool
// name.
func (it *interp) branchesFor(root *Node, name string) []*Node {
	sx := it.a.sx
	var out []*Node
	var walk func(n *Node, depth int)
	walk = func(n *Node, depth int) {
		if depth > 64 {
			return
		}
		switch {
		case has(sx.If, n.Type) || has(sx.ElseIf, n.Type):
			if c := n.Child("condition"); c != nil && strings.Contains(it.f.Text(c), "==") && it.mentions(c, name, 0) {
				if body := n.Child("consequence"); body != nil {
					out = append(out, body)
				}
			}
		case has(sx.Cases, n.Type):
			for _, c := range n.NamedChildren(sx.Comment) {
				if has(sx.CaseValue, c.Type) && it.mentions(c, name, 0) {
					out = append(out, n)
					break
				}
			}
			if v := n.Child("value"); v != nil && has(sx.CaseValue, "value") && it.mentions(v, name, 0) {
				out = append(out, n)
			}
		}
		for _, c := range n.NamedChildren(sx.Comment) {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	return out
}

// mentions reports whether n, or an operand or alternative inside it,
// evaluates to the known string name.
func (it *interp) mentions(n *Node, name string, depth int) bool {
	if depth > 3 {
		return false
	}
	if v := it.valueOf(n); v != nil && nameKey(v) == name {
		return true
	}
	for _, c := range n.NamedChildren(it.a.sx.Comment) {
		if it.mentions(c, name, depth+1) {
			return true
		}
	}
	return false
}

// valueOf evaluates an expression of a branch condition or case pattern
// without effects: a string, a name, or a dotted name (GitTools.STATUS).
func (it *interp) valueOf(n *Node) *Value {
	sx := it.a.sx
	switch {
	case has(sx.String, n.Type):
		return it.expr(n)
	case has(sx.Identifier, n.Type) || has(sx.Attribute, n.Type) || n.Type == "dotted_name":
		parts := strings.Split(it.f.Text(n), ".")
		v, ok := it.env.lookup(strings.TrimSpace(parts[0]))
		if !ok {
			return nil
		}
		for _, p := range parts[1:] {
			v = it.prop(v, strings.TrimSpace(p))
		}
		return v
	}
	return nil
}

// nameKey identifies a tool name: its known text, or the qualified name of
// the constant it is (an enum member, GitTools.STATUS, compared with the
// same member in the dispatch).
func nameKey(v *Value) string {
	switch {
	case v == nil:
		return ""
	case v.Known:
		return v.Str
	case v.Ref != "" && !strings.ContainsAny(v.Ref, "()?[ "):
		return v.Ref
	}
	return ""
}
