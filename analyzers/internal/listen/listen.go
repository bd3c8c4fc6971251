// Package listen is a helper analyzer that finds the calls of a package that
// start network listeners (mcpapi.Listeners) and folds their address
// argument to the set of strings it may hold: constants, concatenations,
// fmt.Sprintf and net.JoinHostPort of them, flag defaults, environment
// fallbacks (`if addr == "" { addr = ":8080" }`, cmp.Or) and the results of
// small local helpers such as getEnv(key, fallback). Parts that are only
// known at run time are kept as an "unknown" marker, so that ":" + port
// still has a known, empty host.
//
// MCP001 reports listeners with an all-interfaces candidate; MCP004 and
// MCP005 use the listeners to find where MCP transports are exposed.
package listen

import (
	"fmt"
	"github.com/mcpsec/mcplint/analyzers/internal/meta"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/internal/index"
	"github.com/mcpsec/mcplint/analyzers/internal/mcpapi"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// Analyzer finds listeners; its result is *Result.
var Analyzer = &analysis.Analyzer{
	Name:             "mcplisten",
	Doc:              "find network listeners and fold their addresses",
	Run:              meta.Safe(run),
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{index.Analyzer, inspect.Analyzer},
	ResultType:       reflect.TypeOf((*Result)(nil)),
}

// Unknown marks a part of an address only known at run time.
const Unknown = "\x00"

// Addr is one candidate value of an address.
type Addr struct {
	Text   string   // with Unknown for run-time parts
	Origin ast.Node // the literal the known part came from, if any
	Why    string   // how the value is chosen, e.g. `default of flag "addr"`
}

// Host returns the host part of the address and whether it is known.
func (a Addr) Host() (string, bool) {
	s := a.Text
	var host string
	if strings.HasPrefix(s, "[") {
		i := strings.Index(s, "]")
		if i < 0 {
			return "", false
		}
		host = s[1:i]
	} else {
		i := strings.LastIndex(s, ":")
		switch {
		case s == "":
			host = "" // http.ListenAndServe("") listens on ":http"
		case i < 0:
			return "", false
		default:
			host = s[:i]
		}
	}
	if strings.Contains(host, Unknown) {
		return "", false
	}
	return host, true
}

// AllInterfaces reports whether the address binds every interface.
func (a Addr) AllInterfaces() bool {
	h, ok := a.Host()
	if !ok {
		return false
	}
	switch h {
	case "", "0.0.0.0", "::", "0:0:0:0:0:0:0:0", "*":
		return true
	}
	return false
}

// Display renders the address for a message, naming run-time parts.
func (a Addr) Display() string {
	s := a.Text
	if i := strings.LastIndex(s, ":"); i >= 0 {
		s = strings.ReplaceAll(s[:i], Unknown, "<host>") + ":" + strings.ReplaceAll(s[i+1:], Unknown, "<port>")
	}
	return strings.ReplaceAll(s, Unknown, "<addr>")
}

// Listener is one listening call.
type Listener struct {
	Call  *ast.CallExpr
	Entry mcpapi.Listener
	Addrs []Addr
	// Handler is the http.Handler expression served, when known.
	Handler ast.Expr
	// Recv is the receiver of a method listener (the mcp-go transport for
	// Start, the http.Server for ListenAndServe).
	Recv ast.Expr
	// ServerLit is the http.Server literal of a Server.ListenAndServe.
	ServerLit *ast.CompositeLit
}

// Exposed returns the first all-interfaces candidate address, if any.
func (l *Listener) Exposed() (Addr, bool) {
	for _, a := range l.Addrs {
		if a.AllInterfaces() {
			return a, true
		}
	}
	return Addr{}, false
}

// Network returns the first candidate address whose host is known and is
// neither loopback nor every interface (a LAN or public address), if any.
func (l *Listener) Network() (Addr, bool) {
	for _, a := range l.Addrs {
		if h, ok := a.Host(); ok && !IsLoopback(h) && !a.AllInterfaces() {
			return a, true
		}
	}
	return Addr{}, false
}

// Loopback reports whether the listener is known to listen on loopback
// only: at least one candidate address is known and every known one is a
// loopback host. A flag or variable whose default is 127.0.0.1 counts:
// someone must pass another address to expose it.
func (l *Listener) Loopback() bool {
	known := false
	for _, a := range l.Addrs {
		h, ok := a.Host()
		if !ok {
			continue
		}
		if !IsLoopback(h) {
			return false
		}
		known = true
	}
	return known
}

// IsLoopback reports whether host names the loopback interface.
func IsLoopback(host string) bool {
	h := strings.Trim(host, "[]")
	return h == "localhost" || h == "::1" || strings.HasPrefix(h, "127.")
}

// Result is the listeners of a package, in source order.
type Result struct {
	Listeners []*Listener
}

func run(pass *analysis.Pass) (any, error) {
	ix := pass.ResultOf[index.Analyzer].(*index.Index)
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	res := &Result{}
	ins.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		f, _, ok := ix.Callee(call)
		if !ok {
			return // not a named function
		}
		entry, ok := mcpapi.FindListener(f)
		if !ok {
			return
		}
		if l := resolve(ix, call, entry); l != nil {
			res.Listeners = append(res.Listeners, l)
		}
	})
	return res, nil
}

func resolve(ix *index.Index, call *ast.CallExpr, entry mcpapi.Listener) *Listener {
	ev := &evaluator{ix: ix, visiting: map[types.Object]bool{}}
	l := &Listener{Call: call, Entry: entry}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && entry.Recv != "" {
		l.Recv = sel.X
	}
	if entry.Pkg == "net" || entry.Pkg == "crypto/tls" {
		if len(call.Args) > 0 {
			if nw, ok := ix.ConstString(call.Args[0]); ok && strings.HasPrefix(nw, "unix") {
				return nil // a socket file, not a network interface
			}
		}
	}
	switch {
	case entry.ViaListener:
		if entry.AddrArg < len(call.Args) {
			l.Addrs = ev.listener(call.Args[entry.AddrArg], 0)
		}
		if l.Recv != nil {
			if lit := ev.literal(l.Recv, 0); lit != nil {
				l.ServerLit = lit
				l.Handler = fieldValue(lit, "Handler")
			}
		}
	case entry.AddrArg >= 0 && entry.AddrArg < len(call.Args):
		l.Addrs = ev.eval(call.Args[entry.AddrArg], nil, 0)
	case entry.AddrArg >= 0 && entry.DefaultAddr != "":
		l.Addrs = []Addr{{Text: entry.DefaultAddr, Origin: call, Why: "the default address"}}
	case entry.AddrArg == -1 && l.Recv != nil:
		lit := ev.literal(l.Recv, 0)
		if lit == nil {
			return l // http.Server built elsewhere: address unknown
		}
		l.ServerLit = lit
		addr := fieldValue(lit, "Addr")
		if addr == nil {
			l.Addrs = []Addr{{Text: "", Origin: lit, Why: "http.Server with no Addr"}}
		} else {
			l.Addrs = ev.eval(addr, nil, 0)
		}
		l.Handler = fieldValue(lit, "Handler")
		// srv.Addr = ... assignments after the literal.
		if root := ix.RootObject(l.Recv); root != nil {
			for o, defs := range ix.Defs {
				if v, ok := o.(*types.Var); !ok || !v.IsField() || v.Name() != "Addr" {
					continue
				}
				for _, d := range defs {
					if d.Kind == index.DefField && d.Base != nil && ix.RootObject(d.Base) == root {
						l.Addrs = append(l.Addrs, ev.eval(d.RHS, nil, 0)...)
					}
				}
			}
		}
	}
	if entry.HandlerArg >= 0 && entry.HandlerArg < len(call.Args) {
		l.Handler = call.Args[entry.HandlerArg]
	}
	return l
}

func fieldValue(lit *ast.CompositeLit, name string) ast.Expr {
	for _, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
				return kv.Value
			}
		}
	}
	return nil
}

// env binds the parameters of a local helper being evaluated to the
// argument expressions of the call being followed.
type env struct {
	params map[types.Object]ast.Expr
	outer  *env
}

type evaluator struct {
	ix       *index.Index
	visiting map[types.Object]bool
	// flagDecls holds the package's flag declarations, built on first use.
	flagDecls *[]flagDecl
}

// param folds a function or method parameter from the arguments its
// callers in the package pass (runServer(fmt.Sprintf("%s:%d", *host,
// *port)), s.Start(cfg.Addr)). A function with no caller here (exported,
// or a callback) keeps it unknown. A method is found through its callers'
// selectors (s.Start, srv.run); a call through an interface names the
// interface's method, not this one, and does not count.
func (ev *evaluator) param(d index.Def, depth int) []Addr {
	return ev.paramWith(d, depth, func(e ast.Expr, depth int) []Addr { return ev.eval(e, nil, depth) })
}

// paramWith is param with the arguments folded by fold (the address of a
// value, or the address a net.Listener argument was opened on).
func (ev *evaluator) paramWith(d index.Def, depth int, fold func(ast.Expr, int) []Addr) []Addr {
	decl, ok := d.Func.(*ast.FuncDecl)
	if !ok || d.Index < 0 {
		return unknown("")
	}
	fn := ev.ix.Object(decl.Name)
	if fn == nil {
		return unknown("")
	}
	sites := ev.ix.CallsTo(fn)
	if len(sites) == 0 || decl.Type.Params == nil {
		return unknown("")
	}
	var out []Addr
	for _, c := range sites {
		if c.Ellipsis.IsValid() || d.Index >= len(c.Args) {
			out = append(out, unknown("")...)
			continue
		}
		out = append(out, fold(c.Args[d.Index], depth+1)...)
	}
	return limit(out)
}

const (
	maxDepth = 10
	maxAddrs = 16
)

func unknown(why string) []Addr { return []Addr{{Text: Unknown, Why: why}} }

// listener folds the address a net.Listener value was opened on: the
// listening call it was assigned from (ln, err := net.Listen("tcp", a)).
func (ev *evaluator) listener(e ast.Expr, depth int) []Addr {
	if depth > maxDepth {
		return unknown("")
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		f, _, ok := ev.ix.Callee(x)
		if !ok {
			return unknown("")
		}
		entry, ok := mcpapi.FindListener(f)
		if !ok || entry.ViaListener || entry.AddrArg < 0 || entry.AddrArg >= len(x.Args) {
			return unknown("")
		}
		return ev.eval(x.Args[entry.AddrArg], nil, depth+1)
	case *ast.Ident:
		return ev.listenerDefs(ev.ix.Object(x), depth)
	case *ast.SelectorExpr:
		// a listener kept in a struct field (s.ln = ln; http.Serve(s.ln, h))
		if o, ok := ev.ix.Object(x.Sel).(*types.Var); ok && o.IsField() {
			return ev.listenerDefs(o, depth)
		}
	}
	return unknown("")
}

// listenerDefs folds the addresses a listener variable or field was opened
// on: its assignments, and for a parameter the listeners its callers pass.
func (ev *evaluator) listenerDefs(o types.Object, depth int) []Addr {
	if o == nil || ev.visiting[o] {
		return unknown("")
	}
	ev.visiting[o] = true
	defer delete(ev.visiting, o)
	var out []Addr
	for _, d := range ev.ix.Defs[o] {
		switch {
		case (d.Kind == index.DefAssign || d.Kind == index.DefField) && d.Tuple <= 0 && d.RHS != nil:
			out = append(out, ev.listener(d.RHS, depth+1)...)
		case d.Kind == index.DefParam:
			out = append(out, ev.paramWith(d, depth, ev.listener)...)
		default:
			out = append(out, unknown("")...)
		}
	}
	if len(out) == 0 {
		return unknown("")
	}
	return limit(out)
}

// Literal finds the composite literal (an http.Server) an expression was
// built from: the literal itself, a variable assigned it, or what a
// helper of the package returns.
func Literal(ix *index.Index, e ast.Expr) *ast.CompositeLit {
	ev := &evaluator{ix: ix, visiting: map[types.Object]bool{}}
	return ev.literal(e, 0)
}

// literal finds the composite literal an expression was built from.
func (ev *evaluator) literal(e ast.Expr, depth int) *ast.CompositeLit {
	if depth > maxDepth {
		return nil
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return x
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return ev.literal(x.X, depth+1)
		}
	case *ast.Ident:
		o := ev.ix.Object(x)
		for _, d := range ev.ix.Defs[o] {
			if d.Kind == index.DefAssign && d.Tuple < 0 {
				if lit := ev.literal(d.RHS, depth+1); lit != nil {
					return lit
				}
			}
		}
	case *ast.CallExpr:
		// a helper of this package that builds the server:
		// return &http.Server{Addr: addr, Handler: mux}
		_, obj, ok := ev.ix.Callee(x)
		decl := ev.ix.FuncDecl(obj)
		if !ok || decl == nil || decl.Body == nil {
			return nil
		}
		var found *ast.CompositeLit
		many := false
		ast.Inspect(decl.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				if len(n.Results) == 0 {
					return false
				}
				lit := ev.literal(n.Results[0], depth+1)
				if lit == nil || found != nil && found != lit {
					many = true
				}
				if lit != nil {
					found = lit
				}
			}
			return true
		})
		if !many {
			return found
		}
	}
	return nil
}

func (ev *evaluator) eval(e ast.Expr, en *env, depth int) []Addr {
	if depth > maxDepth {
		return unknown("")
	}
	e = ast.Unparen(e)
	if tv, ok := ev.ix.Pass.TypesInfo.Types[e]; ok && tv.Value != nil {
		switch tv.Value.Kind() {
		case constant.String:
			if s, ok := ev.ix.ConstString(e); ok { // bounded: see index.MaxConstString
				return []Addr{{Text: s, Origin: e}}
			}
			return unknown("")
		case constant.Int:
			return []Addr{{Text: tv.Value.ExactString(), Origin: e}}
		}
	}
	switch x := e.(type) {
	case *ast.BasicLit:
		if s, ok := ev.ix.ConstString(x); ok {
			return []Addr{{Text: s, Origin: x}}
		}
		if x.Kind == token.INT {
			return []Addr{{Text: x.Value, Origin: x}}
		}
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			return cross(ev.eval(x.X, en, depth+1), ev.eval(x.Y, en, depth+1))
		}
	case *ast.StarExpr:
		return ev.eval(x.X, en, depth+1)
	case *ast.CallExpr:
		return ev.call(x, en, depth)
	case *ast.Ident:
		return ev.ident(x, en, depth)
	case *ast.SelectorExpr:
		if o, ok := ev.ix.Object(x.Sel).(*types.Var); ok && o.IsField() {
			return ev.defs(o, en, depth)
		}
	}
	return unknown("")
}

func (ev *evaluator) ident(x *ast.Ident, en *env, depth int) []Addr {
	o := ev.ix.Object(x)
	if o == nil {
		return unknown("")
	}
	for b := en; b != nil; b = b.outer {
		if arg, ok := b.params[o]; ok {
			return ev.eval(arg, b.outer, depth+1)
		}
	}
	return ev.defs(o, en, depth)
}

func (ev *evaluator) defs(o types.Object, en *env, depth int) []Addr {
	if ev.visiting[o] {
		return nil
	}
	ev.visiting[o] = true
	defer delete(ev.visiting, o)
	var out []Addr
	defs := ev.ix.Defs[o]
	if len(defs) == 0 {
		return unknown("")
	}
	for _, d := range defs {
		switch d.Kind {
		case index.DefAssign, index.DefField:
			if d.Tuple > 0 {
				out = append(out, unknown("")...)
				continue
			}
			if d.Tuple == 0 {
				// addr, err := cmd.Flags().GetString("addr"), or a
				// local helper's first result
				if _, isCall := ast.Unparen(d.RHS).(*ast.CallExpr); !isCall {
					out = append(out, unknown("")...)
					continue
				}
			}
			out = append(out, unsetIfEmpty(ev.eval(d.RHS, en, depth+1))...)
		case index.DefAddrOf:
			out = append(out, ev.flagVar(d.Call, d.Index, en, depth)...)
		case index.DefParam:
			out = append(out, ev.param(d, depth)...)
		case index.DefDecl:
			// var addr string, filled by a flag library through
			// &cli.StringFlag{Destination: &addr}
			if vals := ev.flagDestination(o, depth); vals != nil {
				out = append(out, vals...)
				continue
			}
			out = append(out, unknown("")...)
		default:
			out = append(out, unknown("")...)
		}
	}
	return limit(out)
}

// flagVar handles flag.StringVar(&v, name, default, usage) and pflag's
// StringVarP(&v, name, short, default, usage).
func (ev *evaluator) flagVar(call *ast.CallExpr, argIndex int, en *env, depth int) []Addr {
	if argIndex != 0 {
		return unknown("")
	}
	f, _, ok := ev.ix.Callee(call)
	if !ok {
		return unknown("")
	}
	def := -1
	switch {
	case f.Name == "StringVar" && len(call.Args) == 4:
		def = 2
	case f.Name == "StringVarP" && len(call.Args) == 5:
		def = 3
	default:
		return unknown("")
	}
	return ev.flagDefault(call, def, en, depth)
}

func (ev *evaluator) flagDefault(call *ast.CallExpr, def int, en *env, depth int) []Addr {
	why := "a flag default"
	nameArg := 0
	if _, isVar := ast.Unparen(call.Args[0]).(*ast.UnaryExpr); isVar {
		nameArg = 1 // StringVar(&v, name, ...)
	}
	if name, ok := ev.ix.ConstString(call.Args[nameArg]); ok {
		why = fmt.Sprintf("the default of flag %q", name)
	}
	vals := unsetIfEmpty(ev.eval(call.Args[def], en, depth+1))
	for i := range vals {
		vals[i].Why = why
	}
	return append(vals, unknown("")...)
}

func (ev *evaluator) call(call *ast.CallExpr, en *env, depth int) []Addr {
	f, obj, ok := ev.ix.Callee(call)
	if !ok {
		return unknown("")
	}
	args := call.Args
	switch {
	case f.Pkg == "fmt" && f.Recv == "" && f.Name == "Sprintf" && len(args) > 0:
		return ev.sprintf(args, en, depth)
	case f.Pkg == "net" && f.Name == "JoinHostPort" && len(args) == 2:
		return cross(cross(ev.eval(args[0], en, depth+1), []Addr{{Text: ":"}}), ev.eval(args[1], en, depth+1))
	case f.Pkg == "cmp" && f.Name == "Or":
		var out []Addr
		for _, a := range args {
			out = append(out, ev.eval(a, en, depth+1)...)
		}
		return limit(out)
	case f.Pkg == "strings" && (f.Name == "TrimSpace" || f.Name == "ToLower") && len(args) == 1:
		return ev.eval(args[0], en, depth+1)
	case f.Name == "String" && len(args) == 3 && isFlagPkg(f):
		return ev.flagDefault(call, 1, en, depth)
	case f.Name == "StringP" && len(args) == 4 && isFlagPkg(f):
		return ev.flagDefault(call, 2, en, depth)
	case f.Name == "GetString" && len(args) == 1 && (isFlagPkg(f) || isViperPkg(f)), f.Name == "String" && len(args) == 1 && isCLIPkg(f):
		// cmd.Flags().GetString("addr"), urfave/cli's c.String("addr"),
		// viper.GetString("addr"): the flag (or viper key) read back by
		// its name
		if name, ok := ev.ix.ConstString(args[0]); ok {
			return ev.flagByName(name, depth)
		}
		return unknown("")
	}
	decl := ev.ix.FuncDecl(obj)
	if decl == nil || decl.Body == nil {
		return unknown("")
	}
	return ev.helper(decl, call, en, depth)
}

func isFlagPkg(f mcpapi.Func) bool {
	return f.Pkg == "flag" || strings.HasSuffix(f.Pkg, "/pflag") || strings.HasSuffix(f.Pkg, "/cobra")
}

// isCLIPkg reports urfave/cli (v1 to v3), whose flags are struct literals
// (&cli.StringFlag{Name: "addr", Value: ":8080"}) read back by name.
func isCLIPkg(f mcpapi.Func) bool {
	return f.Pkg == "github.com/urfave/cli" || strings.HasPrefix(f.Pkg, "github.com/urfave/cli/")
}

// isViperPkg reports spf13/viper, whose keys get defaults from
// SetDefault(key, value) and from the flags bound with BindPFlag(key,
// flags.Lookup(name)).
func isViperPkg(f mcpapi.Func) bool {
	return f.Pkg == "github.com/spf13/viper"
}

// flagDecl is one string flag declared in the package: its name, the
// expression of its default, and the variable it fills, if any.
type flagDecl struct {
	name  string
	def   ast.Expr
	dest  types.Object
	at    ast.Node
	alias string // a viper key bound to the flag of this name
	// key: a viper key given its default by viper.SetDefault, not a flag
	key bool
}

// flags lists the package's string flag declarations, built on first use:
// flag/pflag/cobra String, StringP, StringVar, StringVarP calls, and
// urfave/cli StringFlag literals.
func (ev *evaluator) flags() []flagDecl {
	if ev.flagDecls != nil {
		return *ev.flagDecls
	}
	var out []flagDecl
	for _, file := range ev.ix.Pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				f, _, ok := ev.ix.Callee(n)
				if ok && isViperPkg(f) && len(n.Args) == 2 {
					key, isKey := ev.ix.ConstString(n.Args[0])
					switch {
					case !isKey:
					case f.Name == "SetDefault":
						out = append(out, flagDecl{name: key, def: n.Args[1], at: n, key: true})
					case f.Name == "BindPFlag":
						// the key takes the bound flag's default
						if lk, isCall := ast.Unparen(n.Args[1]).(*ast.CallExpr); isCall && len(lk.Args) == 1 {
							if name, isName := ev.ix.ConstString(lk.Args[0]); isName && name != key {
								out = append(out, flagDecl{name: key, alias: name, at: n})
							}
						}
					}
					return true
				}
				if !ok || !isFlagPkg(f) && f.Name != "StringVar" && f.Name != "StringVarP" {
					return true
				}
				nameArg, defArg, destArg := -1, -1, -1
				switch {
				case f.Name == "String" && len(n.Args) == 3:
					nameArg, defArg = 0, 1
				case f.Name == "StringP" && len(n.Args) == 4:
					nameArg, defArg = 0, 2
				case f.Name == "StringVar" && len(n.Args) == 4:
					nameArg, defArg, destArg = 1, 2, 0
				case f.Name == "StringVarP" && len(n.Args) == 5:
					nameArg, defArg, destArg = 1, 3, 0
				default:
					return true
				}
				if name, ok := ev.ix.ConstString(n.Args[nameArg]); ok {
					d := flagDecl{name: name, def: n.Args[defArg], at: n}
					if destArg >= 0 {
						d.dest = addrOf(ev.ix, n.Args[destArg])
					}
					out = append(out, d)
				}
			case *ast.CompositeLit:
				t, ok := ev.ix.TypeExprName(n.Type)
				if !ok || t.Name != "StringFlag" || !isCLIPkg(mcpapi.Func{Pkg: t.Pkg}) {
					return true
				}
				name := fieldValue(n, "Name")
				if name == nil {
					return true
				}
				s, ok := ev.ix.ConstString(name)
				if !ok {
					return true
				}
				d := flagDecl{name: s, def: fieldValue(n, "Value"), at: n}
				if dest := fieldValue(n, "Destination"); dest != nil {
					d.dest = addrOf(ev.ix, dest)
				}
				out = append(out, d)
			}
			return true
		})
	}
	ev.flagDecls = &out
	return out
}

// addrOf returns the variable of &v.
func addrOf(ix *index.Index, e ast.Expr) types.Object {
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		if id, ok := ast.Unparen(u.X).(*ast.Ident); ok {
			return ix.Object(id)
		}
	}
	return nil
}

// flagValues folds the default of a declared flag; a flag with no
// default (or an empty one) is unset, and any flag may be given another
// value on the command line.
func (ev *evaluator) flagValues(d flagDecl, depth int) []Addr {
	return ev.boundFlagValues(d, "", depth)
}

// boundFlagValues is flagValues for a flag read back through the viper
// key bound to it ("" when read by its own name). The reason names what
// the user sets to choose another address: the flag, or the config key.
func (ev *evaluator) boundFlagValues(d flagDecl, boundKey string, depth int) []Addr {
	why := fmt.Sprintf("the default of flag %q", d.name)
	switch {
	case d.key:
		why = fmt.Sprintf("the default of config key %q given by viper.SetDefault, used unless the configuration sets the key", d.name)
	case boundKey != "":
		why += fmt.Sprintf(", bound to config key %q", boundKey)
	}
	if d.def == nil {
		return unknown("")
	}
	vals := unsetIfEmpty(ev.eval(d.def, nil, depth+1))
	for i := range vals {
		vals[i].Why = why
		if vals[i].Origin == nil {
			vals[i].Origin = d.at
		}
	}
	return append(vals, unknown("")...)
}

// flagByName folds a flag read back by its name.
func (ev *evaluator) flagByName(name string, depth int) []Addr {
	var out []Addr
	for _, d := range ev.flags() {
		if d.name != name {
			continue
		}
		if d.alias != "" {
			for _, b := range ev.flags() {
				if b.name == d.alias && b.alias == "" {
					out = append(out, ev.boundFlagValues(b, d.name, depth)...)
				}
			}
			continue
		}
		out = append(out, ev.flagValues(d, depth)...)
	}
	if len(out) == 0 {
		return unknown("")
	}
	return limit(out)
}

// flagDestination folds a variable that a flag library fills (Destination:
// &addr); nil when no flag names it.
func (ev *evaluator) flagDestination(o types.Object, depth int) []Addr {
	var out []Addr
	for _, d := range ev.flags() {
		if d.dest == o && o != nil {
			if _, isLit := d.at.(*ast.CompositeLit); isLit {
				out = append(out, ev.flagValues(d, depth)...)
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return limit(out)
}

// helper evaluates the first result of every return statement of a local
// function, with its parameters bound to the call's arguments.
func (ev *evaluator) helper(decl *ast.FuncDecl, call *ast.CallExpr, en *env, depth int) []Addr {
	if ev.visiting[ev.ix.Object(decl.Name)] {
		return unknown("")
	}
	ev.visiting[ev.ix.Object(decl.Name)] = true
	defer delete(ev.visiting, ev.ix.Object(decl.Name))
	inner := &env{params: map[types.Object]ast.Expr{}, outer: en}
	i := 0
	for _, fld := range decl.Type.Params.List {
		for _, n := range fld.Names {
			if i < len(call.Args) {
				if o := ev.ix.Object(n); o != nil {
					inner.params[o] = call.Args[i]
				}
			}
			i++
		}
		if len(fld.Names) == 0 {
			i++
		}
	}
	var out []Addr
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its returns are not ours
		case *ast.ReturnStmt:
			if len(n.Results) > 0 {
				out = append(out, ev.eval(n.Results[0], inner, depth+1)...)
			}
		}
		return true
	})
	if len(out) == 0 {
		return unknown("")
	}
	return limit(out)
}

// sprintf folds fmt.Sprintf: %s and %v take the argument's candidates,
// other verbs of known constants their text, anything else is unknown.
func (ev *evaluator) sprintf(args []ast.Expr, en *env, depth int) []Addr {
	format, ok := ev.ix.ConstString(args[0])
	if !ok {
		return unknown("")
	}
	out := []Addr{{Text: "", Origin: args[0]}}
	next := 1
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			out = cross(out, []Addr{{Text: lit.String()}})
			lit.Reset()
		}
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			lit.WriteByte(c)
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.[]*", format[j]) >= 0 {
			j++
		}
		if j >= len(format) {
			break
		}
		verb := format[j]
		i = j
		if verb == '%' {
			lit.WriteByte('%')
			continue
		}
		flush()
		if next >= len(args) {
			out = cross(out, unknown(""))
			continue
		}
		arg := args[next]
		next++
		switch verb {
		case 's', 'v', 'd':
			out = cross(out, ev.eval(arg, en, depth+1))
		default:
			out = cross(out, unknown(""))
		}
	}
	flush()
	return out
}

// cross concatenates every pair of candidates. The origin and reason of the
// left side win unless it has none.
func cross(a, b []Addr) []Addr {
	var out []Addr
	for _, x := range a {
		for _, y := range b {
			z := Addr{Text: x.Text + y.Text, Origin: x.Origin, Why: x.Why}
			if z.Origin == nil || (z.Why == "" && y.Why != "") {
				if y.Origin != nil {
					z.Origin = y.Origin
				}
			}
			if z.Why == "" {
				z.Why = y.Why
			}
			// Keep unknown runs collapsed so candidates stay comparable.
			for strings.Contains(z.Text, Unknown+Unknown) {
				z.Text = strings.ReplaceAll(z.Text, Unknown+Unknown, Unknown)
			}
			out = append(out, z)
		}
	}
	return limit(out)
}

// unsetIfEmpty turns an empty-string default into "unknown": a variable or
// flag that defaults to "" is unset (`if *httpAddr != "" { serve }`), not
// a request to listen on every interface. Only a literal "" handed to the
// listener itself means ":http".
func unsetIfEmpty(a []Addr) []Addr {
	for i := range a {
		if a[i].Text == "" {
			a[i] = Addr{Text: Unknown}
		}
	}
	return a
}

func limit(a []Addr) []Addr {
	seen := map[string]bool{}
	var out []Addr
	for _, x := range a {
		if seen[x.Text] {
			continue
		}
		seen[x.Text] = true
		out = append(out, x)
		if len(out) == maxAddrs {
			break
		}
	}
	return out
}
