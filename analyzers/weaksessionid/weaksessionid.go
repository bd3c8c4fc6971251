// Package weaksessionid implements MCP013 (weak-session-id) for Go: a
// session-ID generator given to an MCP SDK returns a predictable value.
//
// Generators: go-sdk mcp.ServerOptions{GetSessionID: f} and
// opts.GetSessionID = f, mcp-go server.WithSessionIDGenerator(f), and the
// Generate method of the value given to server.WithSessionIdManager. When f
// is a function literal or a function (or method) of this package, the
// values it returns are traced back through local variables and the
// package's functions to their sources: math/rand (v1, v2), the clock
// (time.Now) and counters (an incremented variable, sync/atomic adds) are
// predictable; crypto/rand and random UUIDs are not. A generator is reported
// when what it returns derives from a predictable source and from no
// cryptographic one.
package weaksessionid

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/internal/index"
	"github.com/mcpsec/mcplint/analyzers/internal/mcpapi"
	"github.com/mcpsec/mcplint/analyzers/internal/meta"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

const ruleID = "MCP013"

// Analyzer reports predictable session-ID generators.
var Analyzer = &analysis.Analyzer{
	Name:             ruleID,
	Doc:              meta.Doc(ruleID),
	URL:              meta.URL(ruleID),
	Run:              meta.Safe(run),
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{index.Analyzer, inspect.Analyzer},
}

// strongRandom are calls whose result is unpredictable.
var strongRandom = map[string]bool{
	"github.com/google/uuid.New": true, "github.com/google/uuid.NewString": true, "github.com/google/uuid.NewRandom": true,
	"github.com/google/uuid.NewV7": true, "github.com/gofrs/uuid.NewV4": true, "github.com/gofrs/uuid/v5.NewV4": true,
	"github.com/gofrs/uuid/v5.NewV7": true, "github.com/segmentio/ksuid.New": true, "github.com/oklog/ulid/v2.Make": true,
}

type checker struct {
	pass        *analysis.Pass
	ix          *index.Index
	incremented map[types.Object]token.Pos
	// filled are variables filled from crypto/rand: crand.Read(b),
	// io.ReadFull(crand.Reader, b).
	filled map[types.Object]bool
}

// origin is what a value derives from.
type origin struct {
	weak   map[string]ast.Node // "math/rand" -> where
	strong bool
}

func (o *origin) add(p origin) {
	for k, v := range p.weak {
		if _, ok := o.weak[k]; !ok {
			o.weak[k] = v
		}
	}
	o.strong = o.strong || p.strong
}

func run(pass *analysis.Pass) (any, error) {
	ix := pass.ResultOf[index.Analyzer].(*index.Index)
	if !ix.MCP || mcpapi.IsSDKPath(pass.Pkg.Path()) {
		return nil, nil
	}
	c := &checker{pass: pass, ix: ix, incremented: map[types.Object]token.Pos{}, filled: map[types.Object]bool{}}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ins.Preorder([]ast.Node{(*ast.IncDecStmt)(nil), (*ast.AssignStmt)(nil), (*ast.CallExpr)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.CallExpr:
			if c.cryptoCall(n) {
				for _, a := range n.Args {
					if o := ix.RootObject(a); o != nil {
						c.filled[o] = true
					}
				}
			}
		case *ast.IncDecStmt:
			if o := ix.RootObject(n.X); o != nil {
				c.incremented[o] = n.Pos()
			}
		case *ast.AssignStmt:
			if n.Tok == token.ADD_ASSIGN && len(n.Lhs) == 1 {
				if o := ix.RootObject(n.Lhs[0]); o != nil && isInteger(o.Type()) {
					c.incremented[o] = n.Pos()
				}
			}
		}
	})
	ins.Preorder([]ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.CallExpr:
			f, _, ok := ix.Callee(n)
			if !ok || len(n.Args) == 0 {
				return
			}
			for _, o := range mcpapi.SessionIDOptions {
				if o == f {
					c.checkGenerator(n.Args[0], c.funcOf(n.Args[0]), "server."+f.Name)
				}
			}
			for _, o := range mcpapi.SessionIDManagerOptions {
				if o == f {
					c.checkGenerator(n.Args[0], c.generateMethod(n.Args[0]), "the Generate method of the server."+f.Name+" value")
				}
			}
		case *ast.CompositeLit:
			t, ok := ix.TypeName(n, 0)
			if !ok {
				return
			}
			for _, fld := range mcpapi.SessionIDFields {
				if t.Pkg != fld.Pkg || t.Name != fld.Recv {
					continue
				}
				for _, el := range n.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						if id, ok := kv.Key.(*ast.Ident); ok && id.Name == fld.Name {
							c.checkGenerator(kv.Value, c.funcOf(kv.Value), "mcp."+fld.Recv+"."+fld.Name)
						}
					}
				}
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != 1 || len(n.Rhs) != 1 {
				return
			}
			sel, ok := n.Lhs[0].(*ast.SelectorExpr)
			if !ok {
				return
			}
			t, ok := ix.TypeName(sel.X, 0)
			if !ok {
				return
			}
			for _, fld := range mcpapi.SessionIDFields {
				if t.Pkg == fld.Pkg && t.Name == fld.Recv && sel.Sel.Name == fld.Name {
					c.checkGenerator(n.Rhs[0], c.funcOf(n.Rhs[0]), "mcp."+fld.Recv+"."+fld.Name)
				}
			}
		}
	})
	return nil, nil
}

// cryptoCall reports whether call is a crypto/rand function or takes
// crypto/rand.Reader.
func (c *checker) cryptoCall(call *ast.CallExpr) bool {
	if f, _, ok := c.ix.Callee(call); ok && f.Pkg == "crypto/rand" {
		return true
	}
	for _, a := range call.Args {
		if sel, ok := ast.Unparen(a).(*ast.SelectorExpr); ok {
			if v, ok := c.ix.Object(sel.Sel).(*types.Var); ok && v.Pkg() != nil && v.Pkg().Path() == "crypto/rand" {
				return true
			}
		}
	}
	return false
}

func isInteger(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// funcOf returns the body-bearing function e denotes: a literal or a
// function or method of this package.
func (c *checker) funcOf(e ast.Expr) ast.Node {
	switch e := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		return e
	case *ast.Ident:
		if d := c.ix.FuncDecl(c.ix.Object(e)); d != nil && d.Body != nil {
			return d
		}
	case *ast.SelectorExpr:
		if d := c.ix.FuncDecl(c.ix.Object(e.Sel)); d != nil && d.Body != nil {
			return d
		}
	}
	return nil
}

// generateMethod returns the Generate method of e's type, when declared in
// this package.
func (c *checker) generateMethod(e ast.Expr) ast.Node {
	t := c.pass.TypesInfo.TypeOf(e)
	if t == nil {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, c.pass.Pkg, "Generate")
	if d := c.ix.FuncDecl(obj); d != nil && d.Body != nil {
		return d
	}
	return nil
}

func (c *checker) checkGenerator(at ast.Expr, fn ast.Node, what string) {
	if fn == nil {
		return
	}
	o := c.returns(fn, map[ast.Node]bool{})
	if o.strong || len(o.weak) == 0 {
		return
	}
	var kinds []string
	for k := range o.weak {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	d := analysis.Diagnostic{Pos: at.Pos(), End: at.End(),
		Message: rule.MustCheck(rule.CheckWeakSessionID).Message(what, "derived from "+strings.Join(kinds, " and "),
			"session IDs must be unguessable; use crypto/rand (rand.Text) or leave the SDK's default")}
	for _, k := range kinds {
		n := o.weak[k]
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: n.Pos(), End: n.End(), Message: k})
	}
	c.pass.Report(d)
}

// returns is the origin of the first result of fn's return statements.
func (c *checker) returns(fn ast.Node, seen map[ast.Node]bool) origin {
	o := origin{weak: map[string]ast.Node{}}
	if seen[fn] {
		return o
	}
	seen[fn] = true
	var body *ast.BlockStmt
	switch fn := fn.(type) {
	case *ast.FuncLit:
		body = fn.Body
	case *ast.FuncDecl:
		body = fn.Body
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) > 0 {
				o.add(c.expr(n.Results[0], seen, 0))
			}
		}
		return true
	})
	return o
}

// expr is the origin of an expression.
func (c *checker) expr(e ast.Expr, seen map[ast.Node]bool, depth int) origin {
	o := origin{weak: map[string]ast.Node{}}
	if depth > 8 {
		return o
	}
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			f, obj, ok := c.ix.Callee(n)
			if !ok {
				return true
			}
			switch {
			case f.Pkg == "math/rand" || f.Pkg == "math/rand/v2":
				o.weak["math/rand"] = n
			case f.Pkg == "crypto/rand" || strongRandom[f.Pkg+"."+f.Name]:
				o.strong = true
			case f.Pkg == "time" && f.Recv == "" && f.Name == "Now":
				o.weak["the clock (time.Now)"] = n
			case f.Pkg == "sync/atomic" && (strings.HasPrefix(f.Name, "Add") || f.Name == "Add"):
				o.weak["a counter"] = n
			default:
				if d := c.ix.FuncDecl(obj); d != nil && d.Body != nil {
					o.add(c.returns(d, seen))
				}
			}
		case *ast.Ident:
			obj := c.ix.Object(n)
			v, ok := obj.(*types.Var)
			if !ok {
				return true
			}
			if _, inc := c.incremented[v]; inc {
				o.weak["a counter"] = n
			}
			if c.filled[v] {
				o.strong = true
			}
			if seen[n] {
				return true
			}
			seen[n] = true
			for _, d := range c.ix.Defs[v] {
				if (d.Kind == index.DefAssign || d.Kind == index.DefOpAssign) && d.RHS != nil {
					o.add(c.expr(d.RHS, seen, depth+1))
				}
			}
		}
		return true
	})
	return o
}
