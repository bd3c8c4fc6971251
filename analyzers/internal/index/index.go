// Package index is a helper analyzer that indexes one package's syntax for
// the mcplint rules: every definition of every variable and struct field,
// every function declaration, and a way to name the callee of a call and the
// type of an expression that works with full type information and also when
// a dependency could not be loaded (offline scans without a module cache
// leave SDK types invalid, but the import path of `server.NewSSEServer` is
// still known from the syntax).
//
// It runs despite type errors: every mcplint analyzer must.
package index

import (
	"github.com/mcpsec/mcplint/analyzers/internal/meta"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"sync"

	"github.com/mcpsec/mcplint/analyzers/internal/mcpapi"
	"golang.org/x/tools/go/analysis"
)

// Analyzer builds an *Index for the package.
var Analyzer = &analysis.Analyzer{
	Name:             "mcpindex",
	Doc:              "index variable definitions and callees for mcplint rules",
	Run:              meta.Safe(run),
	RunDespiteErrors: true,
	ResultType:       reflect.TypeOf((*Index)(nil)),
	FactTypes:        []analysis.Fact{(*LongConst)(nil)},
}

// LongConst marks a package-level string constant longer than
// MaxConstString, or whose length its declaring package could not bound.
// Packages analysed from source share go/types objects, so a constant
// imported from such a package is the same unflattened tree: importers learn
// from this fact that it must stay unknown. Only long constants carry it,
// which keeps the facts of ordinary packages empty.
type LongConst struct{}

// AFact marks LongConst as a go/analysis fact.
func (*LongConst) AFact() {}

func (*LongConst) String() string { return "longConst" }

// DefKind says how a variable got a value.
type DefKind int

// Definition kinds.
const (
	DefAssign   DefKind = iota + 1 // x = RHS, x := RHS, var x = RHS (Tuple >= 0 for x, y := f())
	DefOpAssign                    // x += RHS
	DefParam                       // function parameter (Func, Index)
	DefDecl                        // var x T (zero value, TypeExpr)
	DefRange                       // for k, v := range RHS (Index 0 key, 1 value)
	DefAddrOf                      // &x passed to Call at argument Index
	DefField                       // field in a composite literal Key: RHS, or x.f = RHS
)

// Def is one definition of a variable or field.
type Def struct {
	Kind     DefKind
	Node     ast.Node // the statement, spec, field, or call
	RHS      ast.Expr
	Tuple    int // for DefAssign from a multi-value expression, the result index; else -1
	Index    int
	TypeExpr ast.Expr // declared type, for DefParam and DefDecl
	Func     ast.Node // *ast.FuncDecl or *ast.FuncLit owning a parameter
	Call     *ast.CallExpr
	Base     ast.Expr // for DefField from x.f = RHS, the x
}

// Index is the per-package index.
type Index struct {
	Pass  *analysis.Pass
	Defs  map[types.Object][]Def
	Funcs map[types.Object]*ast.FuncDecl
	// Enclosing maps each function literal and declaration body to its
	// function node, for parameter lookup.
	ParamOwner map[*types.Var]ast.Node
	// MCP is true when the package (transitively) imports an MCP SDK.
	MCP bool

	constMu   sync.Mutex             // analyzers share an Index across goroutines
	constLens map[*types.Const]int64 // ConstLen memo; -1: unknown
	callsOnce sync.Once
	calls     map[types.Object][]*ast.CallExpr // CallsTo, built on first use
	// longImported holds the constants of other packages that carry a
	// LongConst fact, read while the pass runs (facts are not to be read
	// after it).
	longImported map[*types.Const]bool
}

func run(pass *analysis.Pass) (any, error) {
	ix := &Index{
		Pass:       pass,
		Defs:       map[types.Object][]Def{},
		Funcs:      map[types.Object]*ast.FuncDecl{},
		ParamOwner: map[*types.Var]ast.Node{},
	}
	ix.MCP = importsSDK(pass.Pkg, map[*types.Package]bool{})
	for _, f := range pass.Files {
		ix.indexFile(f)
	}
	ix.shareConstLengths()
	return ix, nil
}

// shareConstLengths exports LongConst for this package's long string
// constants and records which imported constants carry it.
func (ix *Index) shareConstLengths() {
	pass := ix.Pass
	if pass.TypesInfo == nil {
		return // a dependency loaded from export data: nothing unflattened
	}
	for id, o := range pass.TypesInfo.Defs {
		c, ok := o.(*types.Const)
		if !ok || c.Parent() != pass.Pkg.Scope() || !isStringConst(c) {
			continue
		}
		if n, ok := ix.namedConstLen(id, 0); !ok || n > MaxConstString {
			pass.ExportObjectFact(c, &LongConst{})
		}
	}
	for _, o := range pass.TypesInfo.Uses {
		c, ok := o.(*types.Const)
		if !ok || c.Pkg() == pass.Pkg || c.Pkg() == nil || !isStringConst(c) || ix.longImported[c] {
			continue
		}
		if pass.ImportObjectFact(c, &LongConst{}) {
			if ix.longImported == nil {
				ix.longImported = map[*types.Const]bool{}
			}
			ix.longImported[c] = true
		}
	}
}

func isStringConst(c *types.Const) bool {
	return c.Val() != nil && c.Val().Kind() == constant.String
}

func importsSDK(p *types.Package, seen map[*types.Package]bool) bool {
	if p == nil || seen[p] {
		return false
	}
	seen[p] = true
	if mcpapi.IsSDKPath(p.Path()) {
		return true
	}
	for _, q := range p.Imports() {
		if importsSDK(q, seen) {
			return true
		}
	}
	return false
}

func (ix *Index) obj(id *ast.Ident) types.Object {
	if id == nil || id.Name == "_" {
		return nil
	}
	if o := ix.Pass.TypesInfo.Defs[id]; o != nil {
		return o
	}
	return ix.Pass.TypesInfo.Uses[id]
}

func (ix *Index) add(o types.Object, d Def) {
	if o == nil {
		return
	}
	ix.Defs[o] = append(ix.Defs[o], d)
}

func (ix *Index) params(fn ast.Node, ft *ast.FuncType, recv *ast.FieldList) {
	i := 0
	lists := []*ast.FieldList{}
	if recv != nil {
		lists = append(lists, recv)
	}
	if ft.Params != nil {
		lists = append(lists, ft.Params)
	}
	for li, fl := range lists {
		for _, f := range fl.List {
			names := f.Names
			if len(names) == 0 {
				if recv == nil || li > 0 {
					i++
				}
				continue
			}
			for _, n := range names {
				o := ix.obj(n)
				idx := i
				if recv != nil && li == 0 {
					idx = -1 // receiver
				} else {
					i++
				}
				if v, ok := o.(*types.Var); ok {
					ix.ParamOwner[v] = fn
				}
				ix.add(o, Def{Kind: DefParam, Node: f, Func: fn, Index: idx, TypeExpr: f.Type, Tuple: -1})
			}
		}
	}
}

func (ix *Index) indexFile(f *ast.File) {
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if o := ix.obj(n.Name); o != nil {
				ix.Funcs[o] = n
			}
			ix.params(n, n.Type, n.Recv)
		case *ast.FuncLit:
			ix.params(n, n.Type, nil)
		case *ast.AssignStmt:
			ix.assign(n)
		case *ast.ValueSpec:
			for i, name := range n.Names {
				o := ix.obj(name)
				switch {
				case len(n.Values) == len(n.Names):
					ix.add(o, Def{Kind: DefAssign, Node: n, RHS: n.Values[i], Tuple: -1})
				case len(n.Values) == 1:
					ix.add(o, Def{Kind: DefAssign, Node: n, RHS: n.Values[0], Tuple: i})
				default:
					ix.add(o, Def{Kind: DefDecl, Node: n, TypeExpr: n.Type, Tuple: -1})
				}
			}
		case *ast.RangeStmt:
			for i, e := range []ast.Expr{n.Key, n.Value} {
				if id, ok := e.(*ast.Ident); ok {
					ix.add(ix.obj(id), Def{Kind: DefRange, Node: n, RHS: n.X, Index: i, Tuple: -1})
				}
			}
		case *ast.CallExpr:
			for i, a := range n.Args {
				if u, ok := ast.Unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND {
					if o := ix.rootObj(u.X); o != nil {
						ix.add(o, Def{Kind: DefAddrOf, Node: n, Call: n, Index: i, RHS: u.X, Tuple: -1})
					}
				}
			}
		case *ast.CompositeLit:
			for _, el := range n.Elts {
				kv, ok := el.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				if id, ok := kv.Key.(*ast.Ident); ok {
					if o, ok := ix.Pass.TypesInfo.Uses[id].(*types.Var); ok && o.IsField() {
						ix.add(o, Def{Kind: DefField, Node: n, RHS: kv.Value, Tuple: -1})
					}
				}
			}
		}
		return true
	})
}

func (ix *Index) assign(n *ast.AssignStmt) {
	for i, lhs := range n.Lhs {
		d := Def{Kind: DefAssign, Node: n, Tuple: -1}
		switch {
		case n.Tok != token.ASSIGN && n.Tok != token.DEFINE:
			d.Kind = DefOpAssign
			d.RHS = n.Rhs[0]
		case len(n.Rhs) == len(n.Lhs):
			d.RHS = n.Rhs[i]
		default:
			d.RHS = n.Rhs[0]
			d.Tuple = i
		}
		switch l := ast.Unparen(lhs).(type) {
		case *ast.Ident:
			ix.add(ix.obj(l), d)
		case *ast.SelectorExpr:
			if o, ok := ix.obj(l.Sel).(*types.Var); ok && o.IsField() {
				d.Kind = DefField
				d.Base = l.X
				ix.add(o, d)
			}
		case *ast.IndexExpr:
			// m[k] = v and s[i] = v taint the container.
			if o := ix.rootObj(l.X); o != nil {
				ix.add(o, d)
			}
		case *ast.StarExpr:
			if o := ix.rootObj(l.X); o != nil {
				ix.add(o, d)
			}
		}
	}
}

// rootObj returns the variable at the root of x, x.f, x[i], *x.
func (ix *Index) rootObj(e ast.Expr) types.Object {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return ix.obj(x)
		case *ast.SelectorExpr:
			if o, ok := ix.obj(x.Sel).(*types.Var); ok && o.IsField() {
				return o
			}
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// Object returns the object an identifier denotes.
func (ix *Index) Object(id *ast.Ident) types.Object { return ix.obj(id) }

// Callee names the function a call invokes. ok is false for calls of
// function values, conversions and builtins. Local functions are also
// returned through decl when declared in this package.
func (ix *Index) Callee(call *ast.CallExpr) (f mcpapi.Func, obj types.Object, ok bool) {
	return ix.callee(call, 0)
}

// callee is Callee with a depth bound shared with TypeName: in degraded
// packages naming a receiver's type may need the callee of the call that
// produced it, which may again need a receiver's type.
func (ix *Index) callee(call *ast.CallExpr, depth int) (f mcpapi.Func, obj types.Object, ok bool) {
	if depth > 6 {
		return mcpapi.Func{}, nil, false
	}
	fun := ast.Unparen(call.Fun)
	switch x := fun.(type) {
	case *ast.IndexExpr: // generic instantiation f[T]
		fun = x.X
	case *ast.IndexListExpr:
		fun = x.X
	}
	switch x := fun.(type) {
	case *ast.Ident:
		o := ix.obj(x)
		fn, isFn := o.(*types.Func)
		if !isFn || fn.Pkg() == nil {
			return mcpapi.Func{}, o, false
		}
		return mcpapi.Func{Pkg: fn.Pkg().Path(), Name: fn.Name()}, fn, true
	case *ast.SelectorExpr:
		if id, isID := x.X.(*ast.Ident); isID {
			if pn, isPkg := ix.Pass.TypesInfo.Uses[id].(*types.PkgName); isPkg {
				o := ix.Pass.TypesInfo.Uses[x.Sel]
				return mcpapi.Func{Pkg: pn.Imported().Path(), Name: x.Sel.Name}, o, true
			}
		}
		if sel, has := ix.Pass.TypesInfo.Selections[x]; has {
			fn, isFn := sel.Obj().(*types.Func)
			if !isFn {
				return mcpapi.Func{}, nil, false
			}
			pkg, name := namedOf(fn.Signature().Recv().Type())
			if fn.Pkg() != nil && pkg == "" {
				pkg = fn.Pkg().Path()
			}
			return mcpapi.Func{Pkg: pkg, Recv: name, Name: fn.Name()}, fn, true
		}
		// Degraded: the receiver's type is unknown to the type checker.
		t, tok := ix.TypeName(x.X, depth+1)
		if !tok {
			return mcpapi.Func{}, nil, false
		}
		return mcpapi.Func{Pkg: t.Pkg, Recv: t.Name, Name: x.Sel.Name}, nil, true
	}
	return mcpapi.Func{}, nil, false
}

// namedOf returns the package path and name of a (pointer to a) named type.
func namedOf(t types.Type) (string, string) {
	if t == nil {
		return "", ""
	}
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj() == nil {
		return "", ""
	}
	if n.Obj().Pkg() == nil {
		return "", n.Obj().Name()
	}
	return n.Obj().Pkg().Path(), n.Obj().Name()
}

// TypeName names the (pointer-stripped) named type of e: from type
// information when valid, otherwise from the syntax of its declaration or of
// the constructor call that produced it.
func (ix *Index) TypeName(e ast.Expr, depth int) (mcpapi.Func, bool) {
	if depth > 6 {
		return mcpapi.Func{}, false
	}
	e = ast.Unparen(e)
	if tv, ok := ix.Pass.TypesInfo.Types[e]; ok && tv.Type != nil {
		if pkg, name := namedOf(tv.Type); name != "" {
			return mcpapi.Func{Pkg: pkg, Name: name}, true
		}
	}
	switch x := e.(type) {
	case *ast.Ident:
		o := ix.obj(x)
		if o == nil {
			return mcpapi.Func{}, false
		}
		if v, ok := o.(*types.Var); ok {
			if pkg, name := namedOf(v.Type()); name != "" {
				return mcpapi.Func{Pkg: pkg, Name: name}, true
			}
		}
		for _, d := range ix.Defs[o] {
			if d.TypeExpr != nil {
				if t, ok := ix.TypeExprName(d.TypeExpr); ok {
					return t, true
				}
			}
			if d.Kind == DefAssign && d.RHS != nil && d.Tuple <= 0 {
				if t, ok := ix.TypeName(d.RHS, depth+1); ok {
					return t, true
				}
			}
		}
	case *ast.CallExpr:
		if f, _, ok := ix.callee(x, depth+1); ok {
			if t, ok := mcpapi.ConstructedType(f); ok {
				return t, true
			}
		}
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return ix.TypeName(x.X, depth+1)
		}
	case *ast.CompositeLit:
		if x.Type != nil {
			return ix.TypeExprName(x.Type)
		}
	case *ast.StarExpr:
		return ix.TypeName(x.X, depth+1)
	}
	return mcpapi.Func{}, false
}

// TypeExprName names the type a type expression denotes: pkg.T, *pkg.T,
// pkg.T[X], or a local type.
func (ix *Index) TypeExprName(e ast.Expr) (mcpapi.Func, bool) {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.StarExpr:
			e = x.X
			continue
		case *ast.IndexExpr:
			e = x.X
			continue
		case *ast.IndexListExpr:
			e = x.X
			continue
		case *ast.SelectorExpr:
			id, ok := x.X.(*ast.Ident)
			if !ok {
				return mcpapi.Func{}, false
			}
			pn, ok := ix.Pass.TypesInfo.Uses[id].(*types.PkgName)
			if !ok {
				return mcpapi.Func{}, false
			}
			return mcpapi.Func{Pkg: pn.Imported().Path(), Name: x.Sel.Name}, true
		case *ast.Ident:
			if tn, ok := ix.obj(x).(*types.TypeName); ok && tn.Pkg() != nil {
				return mcpapi.Func{Pkg: tn.Pkg().Path(), Name: tn.Name()}, true
			}
		}
		return mcpapi.Func{}, false
	}
}

// FuncDecl returns the declaration of a function of this package.
func (ix *Index) FuncDecl(o types.Object) *ast.FuncDecl {
	if o == nil {
		return nil
	}
	if fn, ok := o.(*types.Func); ok {
		o = fn.Origin()
	}
	return ix.Funcs[o]
}

// MaxConstString is the longest string constant analyzers look at. go/types
// keeps a concatenation of constants as a tree, so 33 doublings of an
// 8-byte constant in a 35-line file make a 64 GiB value that costs nothing
// until constant.StringVal (or String, ExactString) flattens it. Longer
// constants, and constants whose length cannot be bounded from the
// package's syntax, are unknown values to every analyzer.
const MaxConstString = 1 << 20

// ConstString returns the constant string value of e, if it has one of at
// most MaxConstString bytes.
func (ix *Index) ConstString(e ast.Expr) (string, bool) {
	tv, ok := ix.Pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		if bl, isLit := ast.Unparen(e).(*ast.BasicLit); isLit && bl.Kind == token.STRING {
			if u, err := strconv.Unquote(bl.Value); err == nil {
				return u, true
			}
		}
		return "", false
	}
	if tv.Value.Kind() != constant.String {
		return "", false
	}
	if n, ok := ix.ConstLen(e); !ok || n > MaxConstString {
		return "", false // too long to flatten, or not bounded
	}
	return constant.StringVal(tv.Value), true
}

// ConstLen bounds the length of the string constant e from the syntax that
// built it, without flattening its value: literals, +, conversions, and
// constants of this package by their declarations (memoised, so a chain of
// doublings costs one step per constant). A constant imported from another
// package is measured once its package vouched for it: a LongConst fact
// makes it unknown, and without one it is short (or came flattened from
// export data). ok is false when e is not a string constant or its length
// cannot be bounded.
func (ix *Index) ConstLen(e ast.Expr) (int64, bool) {
	return ix.constLen(e, 0)
}

func (ix *Index) constLen(e ast.Expr, depth int) (int64, bool) {
	if depth > 200 {
		return 0, false
	}
	e = ast.Unparen(e)
	tv, ok := ix.Pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return 0, false
	}
	switch x := e.(type) {
	case *ast.BasicLit:
		return int64(len(x.Value)), true
	case *ast.BinaryExpr:
		if x.Op != token.ADD {
			return 0, false
		}
		l, ok1 := ix.constLen(x.X, depth+1)
		r, ok2 := ix.constLen(x.Y, depth+1)
		if !ok1 || !ok2 {
			return 0, false
		}
		return min(l+r, 1<<62), true // saturate: no overflow however deep
	case *ast.CallExpr:
		if ftv, ok := ix.Pass.TypesInfo.Types[x.Fun]; ok && ftv.IsType() && len(x.Args) == 1 {
			return ix.constLen(x.Args[0], depth+1) // string(c), MyString(c)
		}
		return 0, false
	case *ast.Ident:
		return ix.namedConstLen(x, depth)
	case *ast.SelectorExpr:
		return ix.namedConstLen(x.Sel, depth)
	}
	return 0, false
}

func (ix *Index) namedConstLen(id *ast.Ident, depth int) (int64, bool) {
	c, ok := ix.obj(id).(*types.Const)
	if !ok {
		return 0, false
	}
	if c.Pkg() != ix.Pass.Pkg && ix.longImported[c] {
		return 0, false
	}
	ix.constMu.Lock()
	n, seen := ix.constLens[c]
	ix.constMu.Unlock()
	if seen {
		return n, n >= 0
	}
	n = -1
	if c.Pkg() != ix.Pass.Pkg {
		// Bounded by its own package (no LongConst fact), or read from
		// export data, where the compiler flattened it: safe to measure.
		n = int64(len(constant.StringVal(c.Val())))
	}
	for _, d := range ix.Defs[c] {
		if d.RHS != nil && d.Tuple < 0 {
			if l, ok := ix.constLen(d.RHS, depth+1); ok {
				n = l
			}
			break
		}
	}
	ix.constMu.Lock()
	if ix.constLens == nil {
		ix.constLens = map[*types.Const]int64{}
	}
	ix.constLens[c] = n
	ix.constMu.Unlock()
	return n, n >= 0
}

// CallsTo returns the package's calls of the function or method o, in
// source order: calls by name (f(x)) and by selector (p.f(x), v.m(x)). The
// index is built once per package, on first use, for every analyzer.
func (ix *Index) CallsTo(o types.Object) []*ast.CallExpr {
	ix.callsOnce.Do(func() {
		ix.calls = map[types.Object][]*ast.CallExpr{}
		for _, f := range ix.Pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				c, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				var id *ast.Ident
				switch fun := ast.Unparen(c.Fun).(type) {
				case *ast.Ident:
					id = fun
				case *ast.SelectorExpr:
					id = fun.Sel
				}
				if o := ix.Object(id); o != nil {
					ix.calls[o] = append(ix.calls[o], c)
				}
				return true
			})
		}
	})
	return ix.calls[o]
}

// Valid reports whether e has a known, valid type.
func (ix *Index) Valid(e ast.Expr) bool {
	tv, ok := ix.Pass.TypesInfo.Types[e]
	return ok && tv.Type != nil && tv.Type != types.Typ[types.Invalid]
}

// RootObject returns the variable or field at the root of x, x.f, x[i], *x.
func (ix *Index) RootObject(e ast.Expr) types.Object { return ix.rootObj(e) }
