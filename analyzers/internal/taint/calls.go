package taint

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path"
	"regexp"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/internal/index"
	"github.com/mcpsec/mcplint/analyzers/internal/mcpapi"
	"github.com/mcpsec/mcplint/analyzers/knowledge"
	"github.com/mcpsec/mcplint/analyzers/rule"
)

// call evaluates a call: sources, sinks, sanitizers, propagation.
func (w *walker) call(c *ast.CallExpr) *taint {
	// Conversions and builtins.
	if tv, ok := w.e.pass.TypesInfo.Types[c.Fun]; ok && tv.IsType() {
		if len(c.Args) == 1 {
			return w.expr(c.Args[0])
		}
		return nil
	}
	if id, ok := ast.Unparen(c.Fun).(*ast.Ident); ok {
		if _, isBuiltin := w.e.ix.Object(id).(*types.Builtin); isBuiltin {
			var t *taint
			for _, a := range c.Args {
				at := w.expr(a)
				if id.Name == "append" {
					t = union(t, at)
				}
			}
			if t != nil {
				t = t.plain()
			}
			return t
		}
	}
	f, obj, known := w.e.ix.Callee(c)
	sel, isSel := ast.Unparen(c.Fun).(*ast.SelectorExpr)
	var recv ast.Expr
	if isSel && known && f.Recv != "" {
		recv = sel.X
	} else if isSel && !known {
		recv = sel.X
	}

	// Sources: methods on the request.
	if recv != nil {
		if k, ok := w.isRequest(recv); ok {
			for _, a := range c.Args {
				w.expr(a)
			}
			name := ""
			if len(c.Args) > 0 {
				name, _ = w.e.ix.ConstString(c.Args[0])
			}
			switch {
			case mcpapi.ArgReaders[sel.Sel.Name]:
				return w.source(c, k, name)
			case mcpapi.BindMethods[sel.Sel.Name] && len(c.Args) == 1:
				w.store(c.Args[0], w.source(c, k, ""), false)
			}
			return nil
		}
	}

	// Sources: mcp.ParseString(request, "name", default).
	if known && mcpapi.ArgParsers[f] && len(c.Args) >= 2 {
		if k, ok := w.isRequest(c.Args[0]); ok {
			name, _ := w.e.ix.ConstString(c.Args[1])
			return w.source(c, k, name)
		}
	}

	var rt *taint
	if recv != nil {
		rt = w.receiverTaint(recv)
	}
	ats := make([]*taint, len(c.Args))
	for i, a := range c.Args {
		ats[i] = w.expr(a)
	}
	if lit, ok := ast.Unparen(c.Fun).(*ast.FuncLit); ok {
		w.funcLit(lit) // its sinks on captured values, whatever the arguments
		return w.filter(c, w.callLit(lit, ats))
	}
	if !known {
		if t, ok := w.funcValueCall(c, ats); ok {
			return t
		}
		if decls := w.tableFuncs(c.Fun); len(decls) > 0 {
			// tools[name](args): every function of the table
			var t *taint
			for _, d := range decls {
				t = union(t, w.localCall(c, mcpapi.Func{Name: d.Name.Name}, d, nil, ats))
			}
			return t
		}
		return w.unknownCall(c, rt, ats)
	}

	w.callEffect(c, f)
	if um := models.Load(); um != nil {
		// declared by the user: wins over the tables and over the body
		if sink, ok := um.sinks[f]; ok {
			w.checkSink(c, f, sink, ats)
		}
		if classes, ok := um.sanitizers[f]; ok {
			return clearedFor(ats, classes)
		}
		if src, ok := um.sources[f]; ok {
			return &taint{src: src, steps: []Step{{Pos: c.Pos(), End: c.End(), Message: src}}}
		}
	}
	if sink, ok := mcpapi.FindSink(f); ok {
		w.checkSink(c, f, sink, ats)
	}
	if classes, ok := mcpapi.ClassSanitizers[f]; ok {
		return clearedFor(ats, classes)
	}
	switch {
	case mcpapi.RootContained[f], f.Pkg == "os" && f.Recv == "Root":
		return nil // resolved inside an os.Root: contained by construction
	case mcpapi.Sanitizers[f]:
		return nil
	case mcpapi.Cleaners[f] && len(ats) > 0:
		if ats[0] == nil {
			return nil
		}
		if (f.Name == "Clean") && w.rooted(c.Args[0]) {
			// Clean("/" + p) cannot climb above "/": the http.Dir idiom.
			return nil
		}
		t := ats[0].clone()
		t.cleaned, t.sepTerm, t.fromRel = true, false, false
		return t
	case f.Pkg == "path/filepath" && f.Name == "Rel" && len(ats) == 2:
		if ats[1] == nil {
			return nil
		}
		t := ats[1].clone()
		t.fromRel, t.cleaned = true, false
		return t
	case mcpapi.Joiners[f]:
		var t *taint
		for _, a := range ats {
			t = union(t, a)
		}
		if t != nil {
			t = t.plain()
			t.cleaned = true
		}
		return t
	case f.Pkg == "fmt" && f.Recv == "" && (f.Name == "Sprintf" || f.Name == "Errorf") && len(c.Args) > 0:
		var t *taint
		for _, a := range ats[1:] {
			t = union(t, a)
		}
		if t == nil {
			return nil
		}
		t = t.plain()
		if format, ok := w.e.ix.ConstString(c.Args[0]); ok {
			i := strings.IndexByte(format, '%')
			switch {
			case i >= 0 && urlPrefix.MatchString(format[:i]):
				t.hostFixed = true // "https://api.example.com/%s"
			case i >= 0 && len(c.Args) > 1 && (ats[1] == nil || ats[1].recvOnly()):
				t.hostFixed = true // "%s/items/%s" led by an untainted base URL
			}
			t.hostOpen = i > 0 && openHost.MatchString(format[:i])
			if at := firstTainted(ats[1:]); at >= 0 {
				t.inQuery = strings.ContainsAny(format[:verbOffset(format, at)], "?#")
			}
			t.leadSep = i > 0 && strings.ContainsRune("/?#", rune(format[0]))
		}
		return t.with(Step{Pos: c.Pos(), End: c.End(), Message: "formatted by fmt." + f.Name})
	case f.Pkg == "fmt" && (f.Name == "Fprintf" || f.Name == "Fprint" || f.Name == "Fprintln") && len(c.Args) > 0:
		var t *taint
		for _, a := range ats[1:] {
			t = union(t, a)
		}
		if t != nil {
			w.store(c.Args[0], t.plain(), false)
		}
		return nil
	case (f.Pkg == "strings" && f.Recv == "Builder" || f.Pkg == "bytes" && f.Recv == "Buffer") && strings.HasPrefix(f.Name, "Write"):
		if len(ats) > 0 && ats[0] != nil {
			w.store(recv, ats[0].plain(), false)
		}
		return nil
	case f.Pkg == "net/url" && f.Recv == "Values" && (f.Name == "Set" || f.Name == "Add"):
		return nil // query parameters do not choose the host
	case f.Pkg == "net/url" && f.Recv == "" && (f.Name == "Parse" || f.Name == "ParseRequestURI") && len(ats) == 1:
		// parsing a URL keeps who chose its host: a fixed base stays fixed
		if ats[0] == nil {
			return nil
		}
		return ats[0].with(Step{Pos: c.Pos(), End: c.End(), Message: "parsed by url." + f.Name})
	case f.Pkg == "net/url" && f.Recv == "URL" && f.Name == "String" && len(ats) == 0:
		return rt
	}

	if decl := w.e.ix.FuncDecl(obj); decl != nil && decl.Body != nil {
		return w.localCall(c, f, decl, rt, ats)
	}
	if fobj, ok := obj.(*types.Func); ok && fobj.Pkg() != nil && fobj.Pkg() != w.e.pass.Pkg {
		var fact SummaryFact
		if w.e.pass.ImportObjectFact(fobj, &fact) {
			return w.factCall(c, f, &fact, rt, ats)
		}
	}
	if impls := w.implementations(obj); len(impls) > 0 {
		// a method of an interface: every method of the package that
		// implements it may run
		t := w.unknownCall(c, rt, ats)
		for _, d := range impls {
			w.localCall(c, mcpapi.Func{Name: d.Name.Name}, d, rt, ats)
		}
		return t
	}
	return w.unknownCall(c, rt, ats)
}

// unknownCall propagates conservatively: the result carries the taint of
// the receiver and every argument (its type filter drops numbers and
// booleans), and a &x argument receives the taint of the others
// (json.Unmarshal(data, &v)).
func (w *walker) unknownCall(c *ast.CallExpr, rt *taint, ats []*taint) *taint {
	if w.remoteCall(c) {
		// what a library client's request returns (a download URL from
		// the GitHub API, a file's content) is the remote side's data,
		// chosen there, not built from the arguments that named it
		return rt
	}
	t := rt
	for _, a := range ats {
		t = union(t, a)
	}
	if t == nil {
		return nil
	}
	t = t.plain()
	for _, a := range c.Args {
		if u, ok := ast.Unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND {
			dec := t
			if t.src == "tool argument" {
				// Raw arguments decoded into a struct: its fields name them.
				dec = t.clone()
				dec.input = true
			}
			w.store(u.X, dec, false)
		}
	}
	return t
}

// remoteCall reports whether c calls a method of a library outside the
// standard library whose first parameter is a context.Context: a request
// to another system through a client object.
func (w *walker) remoteCall(c *ast.CallExpr) bool {
	sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s, ok := w.e.pass.TypesInfo.Selections[sel]
	if !ok || s.Kind() != types.MethodVal || s.Obj().Pkg() == nil {
		return false
	}
	if first, _, _ := strings.Cut(s.Obj().Pkg().Path(), "/"); !strings.Contains(first, ".") {
		return false // the standard library (strings.Replacer.Replace returns its argument)
	}
	sig, ok := s.Obj().Type().(*types.Signature)
	if !ok || sig.Params().Len() == 0 {
		return false
	}
	n, ok := types.Unalias(sig.Params().At(0).Type()).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}

// argFor maps parameter index i to the taint of its argument(s).
func argFor(ats []*taint, i int, variadic bool, nparams int) *taint {
	if variadic && i == nparams-1 {
		var t *taint
		for j := i; j < len(ats); j++ {
			t = union(t, ats[j])
		}
		return t
	}
	if i < len(ats) {
		return ats[i]
	}
	return nil
}

// localCall applies the summary of a function declared in this package.
func (w *walker) localCall(c *ast.CallExpr, f mcpapi.Func, decl *ast.FuncDecl, rt *taint, ats []*taint) *taint {
	s := w.e.summarize(decl)
	w.calleeEffects(c, decl, decl.Name.Name)
	n, variadic := fieldCount(decl.Type.Params)
	arg := func(i int) *taint {
		if i == recvBit {
			return rt
		}
		return argFor(ats, i, variadic, n)
	}
	callStep := Step{Pos: c.Pos(), End: c.End(), Message: "passed to " + decl.Name.Name}
	for _, h := range s.sinks {
		for _, i := range bits(h.params, n) {
			at := arg(i)
			if at == nil {
				continue
			}
			if h.open && at.leadSep {
				continue // only the path after the helper's fixed host
			}
			flowed := at.with(callStep)
			flowed.steps = append(flowed.steps, h.steps...)
			flowed.hostOpen = h.open
			w.hit(h.kind, h.desc, h.pos, h.end, flowed)
		}
	}
	retStep := Step{Pos: c.Pos(), End: c.End(), Message: "returned by " + decl.Name.Name}
	var rs *taint
	if s.returnSrc != nil {
		rs = s.returnSrc.with(retStep)
		rs.params, rs.derived = 0, nil
	}
	returned := func(mask uint64) *taint {
		var t *taint
		for _, i := range bits(mask, n) {
			if at := arg(i); at != nil {
				t = union(t, at.plain().with(retStep))
			}
		}
		return t
	}
	if s.results != nil && s.done {
		per := make([]*taint, len(s.results))
		for i, mask := range s.results {
			per[i] = union(returned(mask), rs)
		}
		if w.results == nil {
			w.results = map[*ast.CallExpr][]*taint{}
		}
		w.results[c] = per
	}
	return union(returned(s.returns), rs)
}

// bits lists the parameter indices set in a summary mask: the first n
// parameters and the receiver.
func bits(mask uint64, n int) []int {
	var out []int
	for i := 0; i < n && i < recvBit; i++ {
		if mask&(1<<uint(i)) != 0 {
			out = append(out, i)
		}
	}
	if mask&(1<<recvBit) != 0 {
		out = append(out, recvBit)
	}
	return out
}

// factCall applies the summary of a function of another package.
func (w *walker) factCall(c *ast.CallExpr, f mcpapi.Func, fact *SummaryFact, rt *taint, ats []*taint) *taint {
	variadic := false
	n := len(ats)
	if fobj, ok := w.e.pass.TypesInfo.Uses[calleeIdent(c)].(*types.Func); ok {
		sig := fobj.Signature()
		n, variadic = sig.Params().Len(), sig.Variadic()
	}
	name := shortName(f)
	arg := func(i int) *taint {
		if i == recvBit {
			return rt
		}
		return argFor(ats, i, variadic, n)
	}
	w.factEffects(c, name, fact)
	for _, h := range fact.Sinks {
		for _, i := range bits(h.Params, n) {
			if at := arg(i); at != nil {
				if h.Open && at.leadSep {
					continue // only the path after the callee's fixed host
				}
				if h.Open {
					at = at.clone()
					at.hostOpen = true
				}
				w.hit(h.Kind, h.Desc+" in "+name, c.Pos(), c.End(), at)
			}
		}
	}
	var t *taint
	for _, i := range bits(fact.Returns, n) {
		if at := arg(i); at != nil {
			t = union(t, at.plain())
		}
	}
	if fact.ReturnSrc != "" {
		t = union(t, &taint{src: fact.ReturnSrc, steps: []Step{{Pos: c.Pos(), End: c.End(), Message: fact.ReturnSrc + " is read by " + name}}})
	}
	return t
}

// firstTainted returns the index of the first tainted value (not the
// receiver's own data, such as its base URL), or -1.
func firstTainted(ts []*taint) int {
	for i, t := range ts {
		if t != nil && !t.recvOnly() {
			return i
		}
	}
	return -1
}

// verbOffset returns where the n-th formatting verb of a format string
// starts ("%%" is not a verb), or the length of the format.
func verbOffset(format string, n int) int {
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			i++
			continue
		}
		if n == 0 {
			return i
		}
		n--
	}
	return len(format)
}

func calleeIdent(c *ast.CallExpr) *ast.Ident {
	switch x := ast.Unparen(c.Fun).(type) {
	case *ast.Ident:
		return x
	case *ast.SelectorExpr:
		return x.Sel
	}
	return nil
}

func shortName(f mcpapi.Func) string {
	p := path.Base(f.Pkg)
	if majorVersion.MatchString(p) && path.Dir(f.Pkg) != "." {
		// github.com/go-git/go-git/v5 is package git, named by the
		// element before its major version
		p = strings.TrimPrefix(path.Base(path.Dir(f.Pkg)), "go-")
	}
	if f.Recv != "" {
		return p + "." + f.Recv + "." + f.Name
	}
	return p + "." + f.Name
}

var majorVersion = regexp.MustCompile(`^v[0-9]+$`)

// checkSink reports tainted arguments of a sink call.
func (w *walker) checkSink(c *ast.CallExpr, f mcpapi.Func, sink mcpapi.Sink, ats []*taint) {
	name := shortName(f)
	switch sink.Mode {
	case mcpapi.SinkArgs:
		for _, i := range sink.Args {
			if i < len(ats) && ats[i] != nil {
				w.hit(sink.Kind, name, c.Pos(), c.End(), ats[i])
				return
			}
		}
	case mcpapi.SinkURL:
		for _, i := range sink.Args {
			if i < len(ats) && ats[i] != nil && !ats[i].hostFixed {
				w.hit(sink.Kind, name, c.Pos(), c.End(), ats[i])
				return
			}
		}
		// the host is fixed: an unencoded path segment still reaches other
		// endpoints of that host with the credentials the request carries
		// (url.PathEscape and QueryEscape clear the value)
		for _, i := range sink.Args {
			if i < len(ats) && ats[i] != nil && !ats[i].recvOnly() && !ats[i].inQuery && w.credentialed() {
				w.hit(rule.KindURLPath, name, c.Pos(), c.End(), ats[i])
				return
			}
		}
	case mcpapi.SinkExec:
		p := sink.Args[0]
		if p >= len(ats) {
			return
		}
		if ats[p] != nil {
			w.hit(sink.Kind, name+" as the program name", c.Pos(), c.End(), ats[p])
			return
		}
		prog, ok := w.e.ix.ConstString(c.Args[p])
		if !ok {
			return
		}
		kind, flags := rule.KindShell, knowledge.ShellFlags
		switch {
		case knowledge.ProgramIn(knowledge.Shells, prog):
		case knowledge.ProgramIn(knowledge.Interpreters, prog):
			kind, flags = rule.KindCode, knowledge.CodeFlags
		default:
			return // argument passing to a fixed program, not injection
		}
		// Only the argument right after the flag is the script; later ones
		// are its positional parameters ($1, sys.argv), which is data.
		flag, afterFlag := "", false
		for i := p + 1; i < len(c.Args); i++ {
			if s, ok := w.e.ix.ConstString(c.Args[i]); ok && knowledge.FlagIn(flags, s) {
				flag, afterFlag = s, true
				continue
			}
			spread := c.Ellipsis.IsValid() && i == len(c.Args)-1
			script := afterFlag
			afterFlag = false
			if (script || spread) && ats[i] != nil {
				via := prog
				if flag != "" {
					via += " " + flag
				}
				w.hit(kind, fmt.Sprintf("%s via %q", name, via), c.Pos(), c.End(), ats[i])
				return
			}
		}
	}
}

// hit records a tainted sink: a finding when the value carries a source,
// a summary entry when it derives from parameters.
func (w *walker) hit(kind rule.SinkKind, desc string, pos, end token.Pos, t *taint) {
	w.fetchEffect(kind, desc, pos, end, t)
	if t.clearedFor(kind) {
		return // a declared sanitizer made the value safe for this sink
	}
	if t.params != 0 && pos.IsValid() {
		w.sum.sinks = append(w.sum.sinks, sinkHit{kind: kind, desc: desc, pos: pos, end: end, params: t.params, steps: t.steps,
			open: t.hostOpen && rule.MustKind(kind).Class == rule.ClassURL})
	}
	if t.src == "" {
		return // only parameter-derived: the callers decide
	}
	k := rule.MustKind(kind)
	key := fmt.Sprintf("%s@%d", k.Rule, pos)
	msg := k.Message(t.src, desc, "")
	tool := strings.HasPrefix(t.src, "tool ")
	if f, dup := w.e.findings[key]; dup {
		f.addFlow(msg, t.steps, tool)
		return
	}
	w.e.findings[key] = &Finding{Rule: k.Rule, Severity: k.Severity, Pos: pos, End: end, Message: msg, Flow: t.steps, tool: tool}
}

// guards returns the variables a condition vouches for when it is true and
// when it is false.
func (w *walker) guards(cond ast.Expr) (onTrue, onFalse []types.Object) {
	switch x := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			t, f := w.guards(x.X)
			return f, t
		}
	case *ast.BinaryExpr:
		switch x.Op {
		case token.EQL, token.NEQ:
			// u.Hostname() == "api.example.com", name != "main": the
			// value is that constant where the comparison says so
			var objs []types.Object
			if w.isConst(x.Y) {
				objs = w.guardVars(x.X)
			} else if w.isConst(x.X) {
				objs = w.guardVars(x.Y)
			}
			// err != nil after err := validate(x): x passed where it is nil
			objs = append(objs, w.errGuards(x)...)
			if x.Op == token.EQL {
				return objs, nil
			}
			return nil, objs
		case token.LAND:
			// a && b false: a or b is false, so what both vouch for when
			// false holds (x != "ls" && x != "pwd" false: x is one of them)
			at, af := w.guards(x.X)
			bt, bf := w.guards(x.Y)
			return append(at, bt...), intersect(af, bf)
		case token.LOR:
			at, af := w.guards(x.X)
			bt, bf := w.guards(x.Y)
			return intersect(at, bt), append(append(af, bf...), w.relativeNoDots(x)...)
		}
	case *ast.Ident:
		// ok from `_, ok := allowed[x]`
		return w.okGuard(x), nil
	case *ast.IndexExpr:
		// allowed[u.Hostname()] on a map of booleans
		if m, isMap := w.typeOfUnder(x.X).(*types.Map); isMap {
			if b, ok := m.Elem().Underlying().(*types.Basic); ok && b.Info()&types.IsBoolean != 0 {
				return w.guardVars(x.Index), nil
			}
		}
	case *ast.CallExpr:
		return w.callGuard(x), w.relGuard(x)
	}
	return nil, nil
}

// intersect lists the objects in both a and b.
func intersect(a, b []types.Object) []types.Object {
	var out []types.Object
	for _, x := range a {
		for _, y := range b {
			if x == y {
				out = append(out, x)
				break
			}
		}
	}
	return out
}

func (w *walker) isConst(e ast.Expr) bool {
	tv, ok := w.e.pass.TypesInfo.Types[e]
	return ok && tv.Value != nil
}

// guardVars are the variables an allow-list check of e vouches for: e
// itself when it is a variable, or the URL whose host e is
// (u.Hostname(), u.Host): a URL with an allowed host is no SSRF.
func (w *walker) guardVars(e ast.Expr) []types.Object {
	if v := w.vars(e); v != nil {
		return v
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if f, _, ok := w.e.ix.Callee(x); ok && f.Pkg == "net/url" && f.Recv == "URL" && f.Name == "Hostname" {
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
				return w.urlVars(sel.X)
			}
		}
	case *ast.SelectorExpr:
		if x.Sel.Name == "Host" && isURL(w.typeOf(x.X)) {
			return w.urlVars(x.X)
		}
	}
	return nil
}

// urlVars is the URL variable e and the string it was parsed from
// (u, err := url.Parse(raw)): an allowed host vouches for both.
func (w *walker) urlVars(e ast.Expr) []types.Object {
	out := w.vars(e)
	for _, o := range out {
		for _, d := range w.e.ix.Defs[o] {
			c, ok := ast.Unparen(d.RHS).(*ast.CallExpr)
			if d.Kind != index.DefAssign || !ok || len(c.Args) != 1 {
				continue
			}
			if f, _, ok := w.e.ix.Callee(c); ok && f.Pkg == "net/url" && (f.Name == "Parse" || f.Name == "ParseRequestURI") {
				out = append(out, w.vars(c.Args[0])...)
			}
		}
	}
	return out
}

func isURL(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/url" && n.Obj().Name() == "URL"
}

func (w *walker) vars(e ast.Expr) []types.Object {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if o := w.e.ix.Object(id); o != nil {
			return []types.Object{o}
		}
	}
	return nil
}

// checkedVars are the variables a path check of e vouches for: e itself,
// or the archive entry whose member name e is (filepath.IsLocal(f.Name)
// clears the entry f: its name is all of it that becomes a path).
func (w *walker) checkedVars(e ast.Expr) []types.Object {
	if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok && w.archiveEntry(sel) {
		if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
			return w.vars(id)
		}
	}
	return w.vars(e)
}

// okGuard handles an allowlist lookup: `_, ok := allowed[x]; ok`.
func (w *walker) okGuard(id *ast.Ident) []types.Object {
	obj := w.e.ix.Object(id)
	for _, d := range w.e.ix.Defs[obj] {
		if d.Kind != index.DefAssign || d.Tuple != 1 {
			continue
		}
		if ix, ok := ast.Unparen(d.RHS).(*ast.IndexExpr); ok {
			if _, isMap := w.typeOfUnder(ix.X).(*types.Map); isMap {
				return w.guardVars(ix.Index)
			}
		}
	}
	return nil
}

func (w *walker) typeOfUnder(e ast.Expr) types.Type {
	t := w.typeOf(e)
	if t == nil {
		return nil
	}
	return t.Underlying()
}

// callGuard: calls that vouch for an argument when they return true.
func (w *walker) callGuard(c *ast.CallExpr) []types.Object {
	f, obj, ok := w.e.ix.Callee(c)
	if !ok {
		return nil
	}
	switch {
	case mcpapi.GuardFuncs[f] && len(c.Args) >= 1:
		return w.checkedVars(c.Args[0])
	case f.Pkg == "slices" && f.Name == "Contains" && len(c.Args) == 2:
		return w.guardVars(c.Args[1])
	case f.Pkg == "strings" && f.Name == "HasPrefix" && len(c.Args) == 2:
		x := c.Args[0]
		t := w.expr(x)
		if t == nil || !t.cleaned {
			return nil // a prefix check on an uncleaned path is defeated by ".."
		}
		if t.sepTerm || w.endsWithSeparator(c.Args[1], 0) {
			return w.vars(x)
		}
		return nil
	}
	sum, _ := w.guardSummary(obj)
	return w.maskedVars(c, sum.Guards)
}

// relGuard: strings.HasPrefix(rel, "..") on a filepath.Rel result vouches
// for the path when false.
func (w *walker) relGuard(c *ast.CallExpr) []types.Object {
	f, _, ok := w.e.ix.Callee(c)
	if !ok || f.Pkg != "strings" || (f.Name != "HasPrefix" && f.Name != "Contains") || len(c.Args) != 2 {
		return nil
	}
	if s, ok := w.constPrefix(c.Args[1]); !ok || !strings.HasPrefix(s, "..") {
		return nil
	}
	t := w.expr(c.Args[0])
	if t == nil || !t.fromRel {
		return nil
	}
	return w.vars(c.Args[0])
}

// relativeNoDots recognises `filepath.IsAbs(p) || strings.Contains(p, "..")`
// (in any order, among other disjuncts) rejecting a path: when all are
// false, p is relative without "..", so joining it to a base stays inside.
// A separator check (strings.ContainsAny(p, `/\`), strings.ContainsRune(p,
// '/'), strings.Contains(p, "/")) stands in for IsAbs: a name without a
// separator and without ".." is one entry directly inside the base.
func (w *walker) relativeNoDots(or *ast.BinaryExpr) []types.Object {
	notAbs := map[types.Object]bool{}
	noDots := map[types.Object]bool{}
	var visit func(e ast.Expr)
	visit = func(e ast.Expr) {
		switch x := ast.Unparen(e).(type) {
		case *ast.BinaryExpr:
			if x.Op == token.LOR {
				visit(x.X)
				visit(x.Y)
			}
		case *ast.CallExpr:
			f, _, ok := w.e.ix.Callee(x)
			if !ok || len(x.Args) == 0 {
				return
			}
			switch {
			case f.Pkg == "path/filepath" && f.Name == "IsAbs" || f.Pkg == "path" && f.Name == "IsAbs":
				for _, o := range w.checkedVars(x.Args[0]) {
					notAbs[o] = true
				}
			case f.Pkg == "strings" && f.Name == "Contains" && len(x.Args) == 2:
				if s, ok := w.e.ix.ConstString(x.Args[1]); ok && s == ".." {
					for _, o := range w.checkedVars(x.Args[0]) {
						noDots[o] = true
					}
				}
				if w.separatorSet(f.Name, x.Args[1]) {
					for _, o := range w.checkedVars(x.Args[0]) {
						notAbs[o] = true
					}
				}
			case f.Pkg == "strings" && (f.Name == "ContainsAny" || f.Name == "ContainsRune") && len(x.Args) == 2:
				if w.separatorSet(f.Name, x.Args[1]) {
					for _, o := range w.checkedVars(x.Args[0]) {
						notAbs[o] = true
					}
				}
			}
		}
	}
	visit(or)
	var out []types.Object
	for o := range notAbs {
		if noDots[o] {
			out = append(out, o)
		}
	}
	return out
}

// separatorSet reports whether the second argument of strings.Contains,
// ContainsAny or ContainsRune finds a path separator: "/" for Contains, a
// set holding '/' for ContainsAny, the rune '/' for ContainsRune.
func (w *walker) separatorSet(name string, arg ast.Expr) bool {
	if name == "ContainsRune" {
		tv, ok := w.e.pass.TypesInfo.Types[arg]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
			return false
		}
		r, exact := constant.Int64Val(tv.Value)
		return exact && r == '/'
	}
	s, ok := w.e.ix.ConstString(arg)
	if !ok {
		return false
	}
	if name == "Contains" {
		return s == "/"
	}
	return strings.ContainsRune(s, '/')
}

// rooted reports whether e is "/" + x (or a separator + x).
func (w *walker) rooted(e ast.Expr) bool {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || b.Op != token.ADD {
		return false
	}
	if s, ok := w.constPrefix(b.X); ok {
		return strings.HasPrefix(s, "/")
	}
	return isSeparator(w, b.X)
}

// classGuard is a variable a condition vouches for, for sinks of some
// classes only.
type classGuard struct {
	obj     types.Object
	classes []rule.Class
}

// tableFuncs lists the functions a call through a dispatch table may
// reach: handlers[name](...), or fn after fn, ok := handlers[name], where
// handlers is a map or slice literal of functions declared in this
// package.
func (w *walker) tableFuncs(fun ast.Expr) []*ast.FuncDecl {
	switch x := ast.Unparen(fun).(type) {
	case *ast.IndexExpr:
		return w.tableEntries(x.X)
	case *ast.Ident:
		var out []*ast.FuncDecl
		for _, d := range w.e.ix.Defs[w.e.ix.Object(x)] {
			if d.Kind != index.DefAssign || d.Tuple > 0 {
				continue
			}
			if ix, ok := ast.Unparen(d.RHS).(*ast.IndexExpr); ok {
				out = append(out, w.tableEntries(ix.X)...)
			}
		}
		return out
	}
	return nil
}

// tableEntries lists the package functions in the literal that variable
// e was defined with.
func (w *walker) tableEntries(e ast.Expr) []*ast.FuncDecl {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	var out []*ast.FuncDecl
	for _, d := range w.e.ix.Defs[w.e.ix.Object(id)] {
		cl, ok := ast.Unparen(d.RHS).(*ast.CompositeLit)
		if d.Kind != index.DefAssign || !ok {
			continue
		}
		for _, el := range cl.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			if fid, ok := ast.Unparen(el).(*ast.Ident); ok {
				if decl := w.e.ix.FuncDecl(w.e.ix.Object(fid)); decl != nil && decl.Body != nil {
					out = append(out, decl)
				}
			}
		}
	}
	return out
}

// funcValueCall calls a function held by a variable: f(x) after f := a
// func literal, a declared function or a method value (r.run). Every
// definition of the variable may be the one called.
func (w *walker) funcValueCall(c *ast.CallExpr, ats []*taint) (*taint, bool) {
	id, ok := ast.Unparen(c.Fun).(*ast.Ident)
	if !ok {
		return nil, false
	}
	obj := w.e.ix.Object(id)
	if _, isVar := obj.(*types.Var); !isVar {
		return nil, false
	}
	defs := w.e.ix.Defs[obj]
	if len(defs) == 0 {
		return nil, false
	}
	var t *taint
	for _, d := range defs {
		if d.Kind != index.DefAssign || d.RHS == nil || d.Tuple >= 0 {
			return nil, false
		}
		switch x := ast.Unparen(d.RHS).(type) {
		case *ast.FuncLit:
			t = union(t, w.callLit(x, ats))
		case *ast.Ident, *ast.SelectorExpr:
			fobj, ok := w.e.ix.Object(calleeName(x)).(*types.Func)
			if !ok {
				return nil, false
			}
			decl := w.e.ix.FuncDecl(fobj)
			if decl == nil || decl.Body == nil {
				return nil, false
			}
			var rt *taint
			if sel, ok := x.(*ast.SelectorExpr); ok && fobj.Signature().Recv() != nil {
				rt = w.expr(sel.X) // a method value carries its receiver
			}
			t = union(t, w.localCall(c, mcpapi.Func{Name: decl.Name.Name}, decl, rt, ats))
		default:
			return nil, false
		}
	}
	return w.filter(c, t), true
}

func calleeName(e ast.Expr) *ast.Ident {
	switch x := e.(type) {
	case *ast.Ident:
		return x
	case *ast.SelectorExpr:
		return x.Sel
	}
	return nil
}

// implementations lists the methods declared in this package that a call
// of interface method m may run: the methods of that name of every
// package type that implements the interface.
func (w *walker) implementations(m types.Object) []*ast.FuncDecl {
	fn, ok := m.(*types.Func)
	if !ok {
		return nil
	}
	if ds, ok := w.e.impls[fn]; ok {
		return ds
	}
	ds := w.findImplementations(fn)
	w.e.impls[fn] = ds
	return ds
}

func (w *walker) findImplementations(fn *types.Func) []*ast.FuncDecl {
	recv := fn.Signature().Recv()
	if recv == nil {
		return nil
	}
	iface, ok := recv.Type().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	var out []*ast.FuncDecl
	scope := w.e.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if named, ok := tn.Type().(*types.Named); ok && named.TypeParams().Len() > 0 {
			continue // a generic type implements nothing until instantiated
		}
		if _, isIface := tn.Type().Underlying().(*types.Interface); isIface {
			continue
		}
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if !types.Implements(t, iface) {
				continue
			}
			sel, _, _ := types.LookupFieldOrMethod(t, true, w.e.pass.Pkg, fn.Name())
			if mf, ok := sel.(*types.Func); ok {
				if d := w.e.ix.FuncDecl(mf); d != nil && d.Body != nil {
					out = append(out, d)
				}
			}
			break
		}
	}
	return out
}

// receiverTaint is the taint a method call's receiver passes to the
// method. An object declared in this function (built from tool arguments,
// or written into) passes all it holds. A long-lived object declared
// outside it (the enclosing method's receiver, a parameter, a package
// variable) passes only what the function's callers gave it: the tool
// data written into one of its fields here is not what its methods read
// (state is field-insensitive, and such objects collect many fields).
func (w *walker) receiverTaint(recv ast.Expr) *taint {
	rt := w.expr(recv)
	if rt == nil || rt.src == "" && !rt.input {
		return rt
	}
	if root := rootVar(w.e.ix, recv); root == nil || w.declaredInBody(root) {
		return rt // a temporary (a literal, a call's result) or a local
	}
	if rt.params == 0 {
		return nil
	}
	c := rt.clone()
	c.src, c.input = "", false
	return c
}

// declaredInBody reports whether obj is declared inside the body of the
// function being walked (closures walked in place included).
func (w *walker) declaredInBody(obj types.Object) bool {
	var body *ast.BlockStmt
	switch fn := w.fn.(type) {
	case *ast.FuncDecl:
		body = fn.Body
	case *ast.FuncLit:
		body = fn.Body
	}
	return body != nil && obj.Pos() > body.Lbrace && obj.Pos() < body.Rbrace
}

// clearedFor is the result of a sanitizer for classes: its arguments'
// taint made safe for those classes only (shell quoting says nothing
// about a path).
func clearedFor(ats []*taint, classes []rule.Class) *taint {
	var t *taint
	for _, at := range ats {
		t = union(t, at)
	}
	if t == nil {
		return nil
	}
	t = t.clone()
	t.cleared = addClasses(t.cleared, classes)
	return t
}
