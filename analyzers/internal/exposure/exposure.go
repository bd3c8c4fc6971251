// Package exposure is a helper analyzer that connects MCP HTTP transports to
// the listeners that serve them: mcp-go's SSEServer/StreamableHTTPServer
// started with Start(addr), or a transport handler (mcp-go servers are
// http.Handlers too; go-sdk's NewStreamableHTTPHandler and NewSSEHandler)
// passed to http.ListenAndServe, an http.Server's Handler, or registered on
// a ServeMux that is served. On the way from listener to transport it notes
// the wrappers the handler passes through, so MCP004 can tell whether
// authentication sits in front of the transport and MCP005 whether Origin
// validation does.
package exposure

import (
	"github.com/mcpsec/mcplint/analyzers/internal/meta"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"regexp"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/internal/index"
	"github.com/mcpsec/mcplint/analyzers/internal/listen"
	"github.com/mcpsec/mcplint/analyzers/internal/mcpapi"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// Analyzer finds served MCP transports; its result is *Result.
var Analyzer = &analysis.Analyzer{
	Name:             "mcpexposure",
	Doc:              "connect MCP HTTP transports to the listeners serving them",
	Run:              meta.Safe(run),
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{index.Analyzer, listen.Analyzer, inspect.Analyzer},
	ResultType:       reflect.TypeOf((*Result)(nil)),
}

// Served is one MCP transport served by one listener.
type Served struct {
	Listener  *listen.Listener
	Transport *ast.CallExpr // the constructor call
	Kind      string        // "SSE", "streamable HTTP"
	SDK       string        // mcpapi.MCPGoServer or mcpapi.GoSDKMCP
	Ctor      mcpapi.Func   // the constructor called
	Authed    bool          // some wrapper or option authenticates
	Origin    bool          // some wrapper or option validates Origin or Host
	// OptOut: the transport's options turn its SDK's DNS-rebinding
	// protection off (reported where the option is).
	OptOut bool
	// AuthDef is the assignment that put the authenticating wrapper in
	// front of the handler (h = requireKey(h)) when that is how Authed
	// came about: it may sit in a branch that is not always taken.
	AuthDef ast.Node
}

// Result lists served transports and every transport constructor seen.
type Result struct {
	Served     []*Served
	Transports []*ast.CallExpr
}

// authName matches names of functions that authenticate.
var authName = regexp.MustCompile(`(?i)auth|token|bearer|jwt|apikey|api_key|credential|oauth|session|basic|signature|verify`)

type resolver struct {
	ix      *index.Index
	ins     *inspector.Inspector
	seen    map[seenKey]bool
	authMem map[ast.Node]bool
	// originMem caches readsOrigin per function.
	originMem map[ast.Node]bool
}

func run(pass *analysis.Pass) (any, error) {
	ix := pass.ResultOf[index.Analyzer].(*index.Index)
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	res := &Result{}
	r := &resolver{ix: ix, ins: ins, authMem: map[ast.Node]bool{}, originMem: map[ast.Node]bool{}}
	ins.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		if f, _, ok := ix.Callee(n.(*ast.CallExpr)); ok {
			if _, ok := mcpapi.FindHTTPTransport(f); ok {
				res.Transports = append(res.Transports, n.(*ast.CallExpr))
			}
		}
	})
	for _, l := range pass.ResultOf[listen.Analyzer].(*listen.Result).Listeners {
		r.seen = map[seenKey]bool{}
		var root ast.Expr
		switch {
		case l.Entry.Transport != "" && l.Recv != nil:
			root = l.Recv
			if hs := r.startedHandlers(l.Recv); len(hs) > 0 {
				// Start serves the http.Server the transport was given,
				// with the handler set on it
				var found []*Served
				for _, h := range hs {
					found = append(found, r.handler(h, false, false, 0)...)
				}
				for _, s := range found {
					s.Listener = l
					res.Served = append(res.Served, s)
				}
				continue
			}
		case l.Handler != nil:
			root = l.Handler
		case l.ServerLit != nil && len(r.assignedHandlers(l.ServerLit)) > 0:
			// srv.Handler = h after the literal, here or in the helper
			// that built the server
			var found []*Served
			for _, h := range r.assignedHandlers(l.ServerLit) {
				found = append(found, r.handler(h, false, false, 0)...)
			}
			for _, s := range found {
				s.Listener = l
				res.Served = append(res.Served, s)
			}
			continue
		case l.Entry.HandlerArg >= 0 || l.ServerLit != nil:
			root = nil // nil handler: http.DefaultServeMux
		default:
			continue
		}
		var found []*Served
		if root == nil || isNil(root) {
			found = r.mux(nil, false, false)
		} else {
			found = r.handler(root, false, false, 0)
		}
		for _, s := range found {
			s.Listener = l
			res.Served = append(res.Served, s)
		}
	}
	return res, nil
}

// serverOptions are mcp-go options that give a transport the http.Server
// its Start serves (Start fills in the address only).
var serverOptions = map[mcpapi.Func]bool{
	{Pkg: mcpapi.MCPGoServer, Name: "WithHTTPServer"}:           true,
	{Pkg: mcpapi.MCPGoServer, Name: "WithStreamableHTTPServer"}: true,
}

// startedHandlers returns the handlers set on the http.Server an mcp-go
// transport started with Start was built with (server.WithHTTPServer(srv)
// and srv.Handler = requireToken(sse)): that server, not the bare
// transport, is what listens. None when the transport has no such option
// or the server's handler is not set here.
func (r *resolver) startedHandlers(recv ast.Expr) []ast.Expr {
	var ctors []*ast.CallExpr
	switch x := ast.Unparen(recv).(type) {
	case *ast.CallExpr:
		ctors = append(ctors, x)
	case *ast.Ident:
		for _, d := range r.ix.Defs[r.ix.Object(x)] {
			if c, ok := ast.Unparen(d.RHS).(*ast.CallExpr); ok && d.Kind == index.DefAssign && d.Tuple < 0 {
				ctors = append(ctors, c)
			}
		}
	}
	var out []ast.Expr
	for _, c := range ctors {
		f, _, ok := r.ix.Callee(c)
		if !ok {
			continue
		}
		if _, isT := mcpapi.FindHTTPTransport(f); !isT {
			continue
		}
		for _, a := range c.Args {
			oc, ok := ast.Unparen(a).(*ast.CallExpr)
			if !ok || len(oc.Args) != 1 {
				continue
			}
			if of, _, ok := r.ix.Callee(oc); ok && serverOptions[of] {
				out = append(out, r.serverHandlers(oc.Args[0])...)
			}
		}
	}
	return out
}

// serverHandlers are the Handler values an http.Server expression gets:
// in its literal (&http.Server{Handler: h}) and by srv.Handler = h.
func (r *resolver) serverHandlers(srv ast.Expr) []ast.Expr {
	var out []ast.Expr
	lit := func(e ast.Expr) {
		if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = u.X
		}
		if cl, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
			for _, el := range cl.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Handler" {
						out = append(out, kv.Value)
					}
				}
			}
		}
	}
	lit(srv)
	root := r.ix.RootObject(srv)
	if root == nil {
		return out
	}
	if id, ok := ast.Unparen(srv).(*ast.Ident); ok {
		for _, d := range r.ix.Defs[r.ix.Object(id)] {
			if d.Kind == index.DefAssign && d.Tuple < 0 {
				lit(d.RHS)
			}
		}
	}
	for o, defs := range r.ix.Defs {
		if v, ok := o.(*types.Var); !ok || !v.IsField() || v.Name() != "Handler" {
			continue
		}
		for _, d := range defs {
			if d.Kind == index.DefField && d.Base != nil && r.ix.RootObject(d.Base) == root {
				out = append(out, d.RHS)
			}
		}
	}
	return out
}

// assignedHandlers are the values assigned to the Handler field of the
// http.Server built by lit (srv := &http.Server{...}; srv.Handler = h).
func (r *resolver) assignedHandlers(lit *ast.CompositeLit) []ast.Expr {
	var out []ast.Expr
	for o, defs := range r.ix.Defs {
		if v, ok := o.(*types.Var); !ok || !v.IsField() || v.Name() != "Handler" {
			continue
		}
		for _, d := range defs {
			if d.Kind == index.DefField && d.Base != nil && listen.Literal(r.ix, d.Base) == lit {
				out = append(out, d.RHS)
			}
		}
	}
	return out
}

// madeBy is the call a function variable was assigned from, when that is
// its only definition.
func (r *resolver) madeBy(id *ast.Ident) *ast.CallExpr {
	o, ok := r.ix.Object(id).(*types.Var)
	if !ok {
		return nil
	}
	defs := r.ix.Defs[o]
	if len(defs) != 1 || defs[0].Kind != index.DefAssign || defs[0].Tuple >= 0 {
		return nil
	}
	c, _ := ast.Unparen(defs[0].RHS).(*ast.CallExpr)
	return c
}

// callers returns the calls in the package of the function or method
// owning parameter d that pass an argument at its position.
func (r *resolver) callers(d index.Def) []*ast.CallExpr {
	decl, ok := d.Func.(*ast.FuncDecl)
	if !ok || d.Index < 0 {
		return nil
	}
	fn := r.ix.Object(decl.Name)
	if fn == nil {
		return nil
	}
	var out []*ast.CallExpr
	for _, c := range r.ix.CallsTo(fn) {
		if !c.Ellipsis.IsValid() && d.Index < len(c.Args) {
			out = append(out, c)
		}
	}
	return out
}

type seenKey struct {
	n              ast.Node
	authed, origin bool
}

func isNil(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "nil"
}

// handler follows a handler expression to the transports it serves.
func (r *resolver) handler(e ast.Expr, authed, origin bool, depth int) []*Served {
	if depth > 12 || e == nil {
		return nil
	}
	e = ast.Unparen(e)
	// the same expression is reached again with or without a wrapper in
	// front (h = requireKey(h) on one path only)
	k := seenKey{e, authed, origin}
	if r.seen[k] {
		return nil
	}
	r.seen[k] = true
	switch x := e.(type) {
	case *ast.Ident:
		obj := r.ix.Object(x)
		if obj == nil {
			return nil
		}
		if t, ok := r.ix.TypeName(x, 0); ok && t.Pkg == "net/http" && t.Name == "ServeMux" {
			return r.mux(obj, authed, origin)
		}
		var out []*Served
		for _, d := range r.ix.Defs[obj] {
			if d.Kind == index.DefParam {
				// a handler passed in: what the callers in the package pass
				for _, c := range r.callers(d) {
					out = append(out, r.handler(c.Args[d.Index], authed, origin, depth+1)...)
				}
				continue
			}
			if d.Kind == index.DefAssign && d.Tuple < 0 {
				for _, s := range r.handler(d.RHS, authed, origin, depth+1) {
					if s.Authed && !authed && s.AuthDef == nil {
						s.AuthDef = d.Node
					}
					out = append(out, s)
				}
			}
		}
		if len(out) == 0 {
			// A router (gin, chi, echo...) with middleware registered by Use.
			out = r.mux(obj, authed || r.usesAuth(obj), origin)
		}
		return out
	case *ast.UnaryExpr:
		return r.handler(x.X, authed, origin, depth+1)
	case *ast.CallExpr:
		return r.call(x, authed, origin, depth)
	}
	return nil
}

func (r *resolver) call(c *ast.CallExpr, authed, origin bool, depth int) []*Served {
	f, obj, ok := r.ix.Callee(c)
	if ok {
		if t, isT := mcpapi.FindHTTPTransport(f); isT {
			return []*Served{r.transport(c, t, authed, origin)}
		}
		// mcp-go: sse.SSEHandler(), sse.MessageHandler()
		if f.Pkg == mcpapi.MCPGoServer && f.Recv != "" {
			if sel, isSel := ast.Unparen(c.Fun).(*ast.SelectorExpr); isSel {
				return r.handler(sel.X, authed, origin, depth+1)
			}
		}
		if f.Pkg == "net/http" && f.Recv == "CrossOriginProtection" && f.Name == "Handler" {
			origin = true
		}
		if f.Pkg == "net/http" && f.Name == "NewServeMux" {
			return nil
		}
		if r.isAuth(f, obj) {
			authed = true
		}
		if decl := r.ix.FuncDecl(obj); decl != nil && r.readsOrigin(decl) {
			origin = true // a hand-written Host or Origin check
		}
		// A local helper that builds the transport: follow its returns.
		if decl := r.ix.FuncDecl(obj); decl != nil && decl.Body != nil && !authed {
			var out []*Served
			ast.Inspect(decl.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FuncLit:
					return false
				case *ast.ReturnStmt:
					if len(n.Results) > 0 {
						out = append(out, r.handler(n.Results[0], authed, origin, depth+1)...)
					}
				}
				return true
			})
			if len(out) > 0 {
				return out
			}
		}
	}
	// mw := newMiddleware(cfg); mw(handler): the wrapper is what the call
	// that made the variable returned
	if id, isID := ast.Unparen(c.Fun).(*ast.Ident); isID {
		if maker := r.madeBy(id); maker != nil {
			if f2, obj2, ok2 := r.ix.Callee(maker); ok2 {
				if r.isAuth(f2, obj2) {
					authed = true
				}
				if decl := r.ix.FuncDecl(obj2); decl != nil && r.readsOrigin(decl) {
					origin = true
				}
			}
		}
	}
	// auth.RequireBearerToken(verifier, nil)(handler): the wrapper is the
	// callee of the callee.
	if inner, isCall := ast.Unparen(c.Fun).(*ast.CallExpr); isCall {
		if f2, obj2, ok2 := r.ix.Callee(inner); ok2 && r.isAuth(f2, obj2) {
			authed = true
		}
		if id, isID := ast.Unparen(inner.Fun).(*ast.Ident); isID && authName.MatchString(id.Name) {
			authed = true
		}
	}
	if id, isID := ast.Unparen(c.Fun).(*ast.Ident); isID && authName.MatchString(id.Name) {
		authed = true
	}
	var out []*Served
	for _, a := range c.Args {
		out = append(out, r.handler(a, authed, origin, depth+1)...)
	}
	return out
}

// isAuth reports whether a wrapper authenticates: a known auth wrapper, a
// function whose name says so, or a local function whose body reads the
// Authorization header.
func (r *resolver) isAuth(f mcpapi.Func, obj types.Object) bool {
	for _, a := range mcpapi.AuthWrappers {
		if a == f {
			return true
		}
	}
	if authName.MatchString(f.Name) || (f.Recv != "" && authName.MatchString(f.Recv)) {
		return true
	}
	if decl := r.ix.FuncDecl(obj); decl != nil {
		return r.readsAuthorization(decl)
	}
	return false
}

func (r *resolver) readsAuthorization(n ast.Node) bool {
	if v, ok := r.authMem[n]; ok {
		return v
	}
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if found {
			return false
		}
		switch m := m.(type) {
		case *ast.BasicLit:
			if m.Kind == token.STRING && strings.Contains(strings.ToLower(m.Value), "authorization") {
				found = true
			}
		case *ast.SelectorExpr:
			if m.Sel.Name == "BasicAuth" || m.Sel.Name == "RequireBearerToken" {
				found = true
			}
		}
		return true
	})
	r.authMem[n] = found
	return found
}

// transport builds a Served for a transport constructor, reading its
// options for authentication and Origin validation.
func (r *resolver) transport(c *ast.CallExpr, t mcpapi.HTTPTransport, authed, origin bool) *Served {
	s := &Served{Transport: c, Kind: t.Kind, SDK: t.Pkg, Ctor: t.Func, Authed: authed, Origin: origin}
	for _, a := range c.Args {
		ast.Inspect(a, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if f, obj, ok := r.ix.Callee(n); ok {
					if (f.Name == "WithHTTPContextFunc" || f.Name == "WithSSEContextFunc") && len(n.Args) == 1 {
						if r.funcAuthenticates(n.Args[0]) {
							s.Authed = true
						}
					} else if r.isAuthOption(f, obj) {
						s.Authed = true
					}
					for _, o := range mcpapi.OriginOptions {
						if o == f && len(n.Args) == 1 && r.isTrue(n.Args[0]) {
							s.OptOut = true
						}
					}
				}
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok && id.Name == "CrossOriginProtection" && !isNil(n.Value) {
					s.Origin = true
				}
				if id, ok := n.Key.(*ast.Ident); ok && id.Name == "DisableLocalhostProtection" && r.isTrue(n.Value) {
					s.OptOut = true
				}
			}
			return true
		})
	}
	return s
}

// IsTrue reports whether e is the constant true.
func IsTrue(ix *index.Index, e ast.Expr) bool {
	if tv, ok := ix.Pass.TypesInfo.Types[e]; ok && tv.Value != nil {
		return tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value) // never String(): a string constant may be huge
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "true"
}

func (r *resolver) isTrue(e ast.Expr) bool { return IsTrue(r.ix, e) }

// readsOrigin reports whether a wrapper checks where a request comes from:
// it reads the Origin header or the request's Host.
func (r *resolver) readsOrigin(n ast.Node) bool {
	if v, ok := r.originMem[n]; ok {
		return v
	}
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if found {
			return false
		}
		switch m := m.(type) {
		case *ast.BasicLit:
			if m.Kind == token.STRING && strings.EqualFold(strings.Trim(m.Value, "`\""), "origin") {
				found = true
			}
		case *ast.SelectorExpr:
			if m.Sel.Name == "Host" && r.isRequest(m.X) {
				found = true
			}
		}
		return true
	})
	r.originMem[n] = found
	return found
}

// isRequest reports whether e is an *http.Request (or an http.Request).
func (r *resolver) isRequest(e ast.Expr) bool {
	t := r.ix.Pass.TypesInfo.TypeOf(e)
	if t == nil {
		return false
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "Request"
}

func (r *resolver) isAuthOption(f mcpapi.Func, obj types.Object) bool {
	for _, a := range mcpapi.AuthWrappers {
		if a == f && a.Name != "WithHTTPContextFunc" && a.Name != "WithSSEContextFunc" {
			return true
		}
	}
	return false
}

// funcAuthenticates reports whether a context function reads credentials.
func (r *resolver) funcAuthenticates(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		return r.readsAuthorization(x)
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := x.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = x.(*ast.Ident)
		}
		if authName.MatchString(id.Name) {
			return true
		}
		if decl := r.ix.FuncDecl(r.ix.Object(id)); decl != nil {
			return r.readsAuthorization(decl)
		}
	}
	return false
}

// usesAuth reports whether router.Use(x) registers an authenticating
// middleware on the router variable obj.
func (r *resolver) usesAuth(obj types.Object) bool {
	found := false
	r.ins.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		c := n.(*ast.CallExpr)
		sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Use" || r.ix.RootObject(sel.X) != obj {
			return
		}
		for _, a := range c.Args {
			if r.handlerIsAuth(a) {
				found = true
			}
		}
	})
	return found
}

func (r *resolver) handlerIsAuth(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return authName.MatchString(x.Name) || r.readsAuthorizationObj(r.ix.Object(x))
	case *ast.SelectorExpr:
		return authName.MatchString(x.Sel.Name)
	case *ast.CallExpr:
		if f, obj, ok := r.ix.Callee(x); ok {
			return r.isAuth(f, obj)
		}
	case *ast.FuncLit:
		return r.readsAuthorization(x)
	}
	return false
}

func (r *resolver) readsAuthorizationObj(obj types.Object) bool {
	if decl := r.ix.FuncDecl(obj); decl != nil {
		return r.readsAuthorization(decl)
	}
	return false
}

// mux collects the handlers registered on a ServeMux-like variable (nil:
// the package-level http.Handle/HandleFunc on DefaultServeMux).
func (r *resolver) mux(obj types.Object, authed, origin bool) []*Served {
	var out []*Served
	r.ins.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		c := n.(*ast.CallExpr)
		f, _, ok := r.ix.Callee(c)
		if !ok || len(c.Args) < 2 {
			return
		}
		switch f.Name {
		case "Handle", "HandleFunc", "Any", "GET", "POST", "Mount", "Handler", "Post", "Get":
		default:
			return
		}
		if obj == nil {
			if f.Pkg != "net/http" || f.Recv != "" {
				return
			}
		} else {
			sel, isSel := ast.Unparen(c.Fun).(*ast.SelectorExpr)
			if !isSel || r.ix.RootObject(sel.X) != obj {
				return
			}
		}
		out = append(out, r.handler(c.Args[len(c.Args)-1], authed, origin, 1)...)
	})
	return out
}
