// Package tokenpassthrough implements MCP011 (token-passthrough) for Go: the
// token a client sent to this MCP server is put on an outbound request.
//
// Sources: the Authorization header of an incoming request, read with
// Header.Get, Header.Values or Header["Authorization"] from an *http.Request
// parameter (a handler, middleware or token verifier; not an
// http.RoundTripper, whose request is outbound) or from mcp-go's
// request.Header in a tool handler; and ctx.Value(k) when the package
// stores such a value with context.WithValue(ctx, k, v) under the same key
// expression.
//
// The value is followed through assignments, concatenation, fmt.Sprint*,
// string conversions and type assertions, the strings functions that cut or
// trim, and the package's own functions (summaries: which parameters reach
// the result, which reach a sink). Any other call stops it: a token
// exchange returns a different token.
//
// Sinks: Header.Set or Header.Add of "Authorization" on another request
// (req.Header.Set), and an outbound request's Header assigned the incoming
// request's header (out.Header = r.Header.Clone()). Functions that call a
// token introspection or userinfo endpoint (a constant containing
// "introspect", "userinfo" or "tokeninfo") send the token to validate it
// and are not reported.
package tokenpassthrough

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"math/bits"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/internal/index"
	"github.com/mcpsec/mcplint/analyzers/internal/mcpapi"
	"github.com/mcpsec/mcplint/analyzers/internal/meta"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"golang.org/x/tools/go/analysis"
)

const ruleID = "MCP011"

// Analyzer reports token passthrough.
var Analyzer = &analysis.Analyzer{
	Name:             ruleID,
	Doc:              meta.Doc(ruleID),
	URL:              meta.URL(ruleID),
	Run:              meta.Safe(run),
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{index.Analyzer},
}

// flow is the abstract value: a client token from src (when src != ""),
// and/or derived from the parameters in params (summaries).
type flow struct {
	src    string
	at     ast.Node     // where the source was read
	req    types.Object // the incoming request it was read from
	params uint64
}

func join(a, b *flow) *flow {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	}
	out := *a
	if out.src == "" {
		out.src, out.at, out.req = b.src, b.at, b.req
	}
	out.params |= b.params
	return &out
}

type summary struct {
	returns uint64 // parameters reaching a result
	sinks   uint64 // parameters reaching an outbound Authorization header
}

type analyzer struct {
	pass  *analysis.Pass
	ix    *index.Index
	funcs []*ast.FuncDecl
	sums  map[*ast.FuncDecl]*summary
	keys  map[string]*flow // context keys holding a client token
	// stores: the parameters a function stores in the context, by key.
	stores  map[*ast.FuncDecl]map[string]uint64
	nstores int // bits in stores, to detect change
	final   bool
	seen    map[token.Pos]bool
}

func run(pass *analysis.Pass) (any, error) {
	ix := pass.ResultOf[index.Analyzer].(*index.Index)
	if !ix.MCP || mcpapi.IsSDKPath(pass.Pkg.Path()) {
		return nil, nil
	}
	a := &analyzer{pass: pass, ix: ix, sums: map[*ast.FuncDecl]*summary{}, keys: map[string]*flow{}, seen: map[token.Pos]bool{}, stores: map[*ast.FuncDecl]map[string]uint64{}}
	var fns []*fnInfo
	sources := false
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				a.funcs = append(a.funcs, fd)
				a.sums[fd] = &summary{}
				fi := a.prepare(fd)
				fns = append(fns, fi)
				sources = sources || fi.source
			}
		}
	}
	a.final = !sources
	if !sources {
		// No function reads the client's token, so no value carries one
		// (context keys are only stored from such a value): the only
		// findings left are headers copied whole from an incoming request.
		for _, fi := range fns {
			w := a.walker(fi)
			ast.Inspect(fi.fd.Body, func(n ast.Node) bool {
				if as, ok := n.(*ast.AssignStmt); ok {
					w.headerAssign(as)
				}
				return true
			})
		}
		return nil, nil
	}
	// Summaries and context keys to a fixed point, then report.
	for round := 0; round < 6; round++ {
		changed := false
		for _, fi := range fns {
			before := *a.sums[fi.fd]
			nkeys, nstores := len(a.keys), a.nstores
			a.function(fi)
			changed = changed || *a.sums[fi.fd] != before || len(a.keys) != nkeys || a.nstores != nstores
		}
		if !changed {
			break
		}
	}
	a.final = true
	for _, fi := range fns {
		a.function(fi)
	}
	return nil, nil
}

func (a *analyzer) storeKey(key string, fl *flow) {
	if a.keys[key] == nil {
		a.keys[key] = &flow{src: "the client's token stored in the context under " + key, at: fl.at}
	}
}

func (a *analyzer) storeParams(fd *ast.FuncDecl, key string, params uint64) {
	m := a.stores[fd]
	if m == nil {
		m = map[string]uint64{}
		a.stores[fd] = m
	}
	if m[key]|params != m[key] {
		a.nstores += bits.OnesCount64(m[key]|params) - bits.OnesCount64(m[key])
		m[key] |= params
	}
}

// walker analyses one function declaration, closures included.
type walker struct {
	a        *analyzer
	fd       *ast.FuncDecl
	st       map[types.Object]*flow
	inbound  map[types.Object]bool
	params   map[types.Object]int
	validate bool // the function talks to an introspection endpoint
	changed  bool
}

// fnInfo is what the walks of a function share: its parameters, the
// incoming requests among them, whether it validates tokens, and whether it
// reads the client's token at all.
type fnInfo struct {
	fd       *ast.FuncDecl
	params   map[types.Object]int
	inbound  map[types.Object]bool
	validate bool
	source   bool
}

func (a *analyzer) prepare(fd *ast.FuncDecl) *fnInfo {
	fi := &fnInfo{fd: fd, params: map[types.Object]int{}, inbound: map[types.Object]bool{}}
	roundTrip := fd.Recv != nil && fd.Name.Name == "RoundTrip"
	i := 0
	for _, field := range fd.Type.Params.List {
		if len(field.Names) == 0 {
			i++
		}
		for _, n := range field.Names {
			if o := a.ix.Object(n); o != nil {
				fi.params[o] = i
			}
			i++
		}
	}
	w := &walker{a: a, fd: fd, inbound: fi.inbound}
	ast.Inspect(fd, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncType:
			// Preorder: a function's parameters are marked before
			// any use of them in its body.
			if n.Params != nil && !roundTrip {
				for _, field := range n.Params.List {
					for _, name := range field.Names {
						if o := a.ix.Object(name); o != nil && isHTTPRequest(o.Type()) {
							fi.inbound[o] = true
						}
					}
				}
			}
		case *ast.BasicLit:
			if s, ok := a.ix.ConstString(n); ok {
				l := strings.ToLower(s)
				if strings.Contains(l, "introspect") || strings.Contains(l, "userinfo") || strings.Contains(l, "tokeninfo") {
					fi.validate = true
				}
			}
		case *ast.CallExpr, *ast.IndexExpr:
			if !fi.source && w.source(n.(ast.Expr)) != nil {
				fi.source = true
			}
		}
		return true
	})
	return fi
}

func (a *analyzer) walker(fi *fnInfo) *walker {
	return &walker{a: a, fd: fi.fd, st: map[types.Object]*flow{}, inbound: fi.inbound, params: fi.params, validate: fi.validate}
}

func (a *analyzer) function(fi *fnInfo) {
	w := a.walker(fi)
	for o, i := range fi.params {
		if i < 64 {
			w.st[o] = &flow{params: 1 << uint(i)}
		}
	}
	// Flow-insensitive fixed point over the function's assignments.
	for iter := 0; iter < 6; iter++ {
		w.changed = false
		w.walk(fi.fd.Body, false)
		if !w.changed {
			break
		}
	}
	w.walk(fi.fd.Body, true)
}

func isHTTPRequest(t types.Type) bool {
	p, ok := t.(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := p.Elem().(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "Request"
}

func (w *walker) set(o types.Object, f *flow) {
	if o == nil || f == nil {
		return
	}
	if b, ok := o.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsBoolean != 0 {
		return
	}
	old := w.st[o]
	n := join(old, f)
	if old == nil || old.src != n.src || old.params != n.params {
		w.st[o] = n
		w.changed = true
	}
}

// walk visits assignments (propagation) and, when check is set, calls
// (sinks, summaries, context keys) and returns.
func (w *walker) walk(body ast.Node, check bool) {
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			w.assign(n.Lhs, n.Rhs)
			if check {
				w.headerAssign(n)
			}
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(n.Names))
			for i, id := range n.Names {
				lhs[i] = id
			}
			w.assign(lhs, n.Values)
		case *ast.RangeStmt:
			if f := w.expr(n.X); f != nil {
				if n.Value != nil {
					w.set(w.a.ix.RootObject(n.Value), f)
				}
			}
		case *ast.ReturnStmt:
			if check {
				for _, r := range n.Results {
					if f := w.expr(r); f != nil {
						w.a.sums[w.fd].returns |= f.params
					}
				}
			}
		case *ast.CallExpr:
			if check {
				w.call(n)
			}
		}
		return true
	})
}

func (w *walker) assign(lhs, rhs []ast.Expr) {
	switch {
	case len(lhs) == len(rhs):
		for i := range lhs {
			w.set(w.a.ix.RootObject(lhs[i]), w.expr(rhs[i]))
		}
	case len(rhs) == 1:
		f := w.expr(rhs[0])
		for _, l := range lhs {
			w.set(w.a.ix.RootObject(l), f)
		}
	}
}

// source returns the flow of a read of the incoming Authorization header.
func (w *walker) source(e ast.Expr) *flow {
	var hdr ast.Expr // the X.Header expression
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		f, _, ok := w.a.ix.Callee(e)
		if !ok || f.Pkg != "net/http" || f.Recv != "Header" || (f.Name != "Get" && f.Name != "Values") || len(e.Args) != 1 {
			return nil
		}
		if k, ok := w.a.ix.ConstString(e.Args[0]); !ok || !strings.EqualFold(k, "Authorization") {
			return nil
		}
		hdr = e.Fun.(*ast.SelectorExpr).X
	case *ast.IndexExpr:
		if k, ok := w.a.ix.ConstString(e.Index); !ok || !strings.EqualFold(k, "Authorization") {
			return nil
		}
		hdr = e.X
	default:
		return nil
	}
	if req, ok := w.incomingHeader(hdr); ok {
		return &flow{src: "the Authorization header of the incoming request", at: e, req: req}
	}
	return nil
}

// incomingHeader reports whether e is X.Header of an incoming request, and
// returns X's root variable.
func (w *walker) incomingHeader(e ast.Expr) (types.Object, bool) {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Header" {
		return nil, false
	}
	root := w.a.ix.RootObject(sel.X)
	if root != nil && w.inbound[root] {
		return root, true
	}
	if t, ok := w.a.ix.TypeName(sel.X, 0); ok && mcpapi.IsRequestType(t.Pkg, t.Name) {
		return root, true
	}
	return nil, false
}

// expr is the flow of an expression.
func (w *walker) expr(e ast.Expr) *flow {
	if f := w.source(e); f != nil {
		return f
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return w.st[w.a.ix.Object(e)]
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			return join(w.expr(e.X), w.expr(e.Y))
		}
	case *ast.IndexExpr:
		return w.expr(e.X)
	case *ast.SliceExpr:
		return w.expr(e.X)
	case *ast.TypeAssertExpr:
		return w.expr(e.X)
	case *ast.StarExpr:
		return w.expr(e.X)
	case *ast.CallExpr:
		return w.callValue(e)
	}
	return nil
}

// propagators pass their arguments' token through.
var propagators = map[string]bool{
	"strings.TrimPrefix": true, "strings.TrimSpace": true, "strings.TrimLeft": true, "strings.Trim": true,
	"strings.TrimSuffix": true, "strings.Split": true, "strings.SplitN": true, "strings.Fields": true,
	"strings.Cut": true, "strings.CutPrefix": true, "strings.Join": true, "strings.ToLower": true,
	"fmt.Sprintf": true, "fmt.Sprint": true, "fmt.Sprintln": true,
}

func (w *walker) callValue(c *ast.CallExpr) *flow {
	if tv, ok := w.a.pass.TypesInfo.Types[c.Fun]; ok && tv.IsType() && len(c.Args) == 1 {
		return w.expr(c.Args[0]) // conversion
	}
	f, obj, ok := w.a.ix.Callee(c)
	if !ok {
		return nil
	}
	if f.Recv == "" && propagators[f.Pkg+"."+f.Name] {
		var out *flow
		for _, a := range c.Args {
			out = join(out, w.expr(a))
		}
		return out
	}
	if f.Pkg == "context" && f.Recv == "Context" && f.Name == "Value" && len(c.Args) == 1 {
		return w.a.keys[types.ExprString(c.Args[0])]
	}
	if d := w.a.ix.FuncDecl(obj); d != nil {
		if s := w.a.sums[d]; s != nil && s.returns != 0 {
			var out *flow
			for i, a := range c.Args {
				if i < 64 && s.returns&(1<<uint(i)) != 0 {
					out = join(out, w.expr(a))
				}
			}
			return out
		}
	}
	return nil
}

// call checks a call for sinks, summarised sinks and context stores.
func (w *walker) call(c *ast.CallExpr) {
	f, obj, ok := w.a.ix.Callee(c)
	if !ok {
		return
	}
	switch {
	case f.Pkg == "net/http" && f.Recv == "Header" && (f.Name == "Set" || f.Name == "Add") && len(c.Args) == 2:
		k, ok := w.a.ix.ConstString(c.Args[0])
		if !ok || !strings.EqualFold(k, "Authorization") {
			return
		}
		sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !ok {
			return
		}
		hdr, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
		if !ok || hdr.Sel.Name != "Header" || !isHTTPRequest(w.a.pass.TypesInfo.TypeOf(hdr.X)) {
			return // only a request's header: not a response's, not a loose http.Header
		}
		fl := w.expr(c.Args[1])
		if fl == nil || w.validate {
			return
		}
		target := w.a.ix.RootObject(hdr.X)
		if fl.src != "" && target != fl.req {
			w.report(c, fl, fmt.Sprintf(" (%s.%s)", types.ExprString(hdr), f.Name))
		}
		w.a.sums[w.fd].sinks |= fl.params
	case f.Pkg == "context" && f.Recv == "" && f.Name == "WithValue" && len(c.Args) == 3:
		if fl := w.expr(c.Args[2]); fl != nil {
			key := types.ExprString(c.Args[1])
			if fl.src != "" {
				w.a.storeKey(key, fl)
			}
			if fl.params != 0 {
				w.a.storeParams(w.fd, key, fl.params)
			}
		}
	default:
		d := w.a.ix.FuncDecl(obj)
		if d == nil {
			return
		}
		// A helper that stores its parameter in the context:
		// withToken(ctx, r.Header.Get("Authorization")).
		for key, params := range w.a.stores[d] {
			for i, a := range c.Args {
				if i < 64 && params&(1<<uint(i)) != 0 {
					if fl := w.expr(a); fl != nil {
						if fl.src != "" {
							w.a.storeKey(key, fl)
						}
						if fl.params != 0 {
							w.a.storeParams(w.fd, key, fl.params)
						}
					}
				}
			}
		}
		s := w.a.sums[d]
		if s == nil || s.sinks == 0 || w.validate {
			return
		}
		for i, a := range c.Args {
			if i >= 64 || s.sinks&(1<<uint(i)) == 0 {
				continue
			}
			fl := w.expr(a)
			if fl == nil {
				continue
			}
			if fl.src != "" {
				w.report(c, fl, " in "+d.Name.Name)
			}
			w.a.sums[w.fd].sinks |= fl.params
		}
	}
}

// headerAssign checks out.Header = r.Header or r.Header.Clone().
func (w *walker) headerAssign(s *ast.AssignStmt) {
	if len(s.Lhs) != 1 || len(s.Rhs) != 1 || w.validate {
		return
	}
	lhs, ok := ast.Unparen(s.Lhs[0]).(*ast.SelectorExpr)
	if !ok || lhs.Sel.Name != "Header" || !isHTTPRequest(w.a.pass.TypesInfo.TypeOf(lhs.X)) {
		return
	}
	rhs := ast.Unparen(s.Rhs[0])
	if c, ok := rhs.(*ast.CallExpr); ok {
		if sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Clone" {
			rhs = sel.X
		}
	}
	req, ok := w.incomingHeader(rhs)
	if !ok || w.a.ix.RootObject(lhs.X) == req {
		return
	}
	w.report(s, &flow{src: "the Authorization header of the incoming request", at: rhs}, " (the incoming request's headers are copied onto it)")
}

// report reports fl reaching the headers of an outbound request; detail
// says where (" (out.Header.Set)", " in helper").
func (w *walker) report(n ast.Node, fl *flow, detail string) {
	if !w.a.final || w.a.seen[n.Pos()] {
		return
	}
	w.a.seen[n.Pos()] = true
	d := analysis.Diagnostic{Pos: n.Pos(), End: n.End(),
		Message: rule.MustKind(rule.KindTokenHeader).Message(fl.src, "an outbound request", detail)}
	if fl.at != nil && w.a.pass.Fset.Position(fl.at.Pos()).Line != w.a.pass.Fset.Position(n.Pos()).Line {
		d.Related = []analysis.RelatedInformation{{Pos: fl.at.Pos(), End: fl.at.End(), Message: "the client's token is read here"}}
	}
	w.a.pass.Report(d)
}
