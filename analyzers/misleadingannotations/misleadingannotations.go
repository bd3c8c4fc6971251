// Package misleadingannotations implements MCP015 (misleading-tool-
// annotations) for Go: a tool's annotations promise that its handler reads
// only (readOnlyHint: true), makes only additive changes (destructiveHint:
// false) or stays in a closed world (openWorldHint: false), while the
// handler, or a function it calls, does otherwise.
//
// Annotations are read from mcp-go's options (mcp.WithReadOnlyHintAnnotation,
// WithDestructiveHintAnnotation, WithOpenWorldHintAnnotation,
// WithToolAnnotation(mcp.ToolAnnotation{...})) and go-sdk's
// mcp.ToolAnnotations literals. The handler is the function given to the
// call that takes the tool definition (s.AddTool(tool, h), mcp.AddTool(s,
// tool, h), a project wrapper such as NewTool(toolset, tool, h)), found by
// climbing from the annotation through the tool definition, through the
// variable that holds it, or through the function that returns it. What
// the handler does is the effect summary of the shared taint engine
// (analyzers/internal/taint), computed by the walk that summarises sinks.
package misleadingannotations

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/internal/index"
	"github.com/mcpsec/mcplint/analyzers/internal/mcpapi"
	"github.com/mcpsec/mcplint/analyzers/internal/meta"
	"github.com/mcpsec/mcplint/analyzers/internal/taint"
	"github.com/mcpsec/mcplint/analyzers/knowledge"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

const ruleID = rule.HintRule

// Analyzer reports MCP015 findings.
var Analyzer = &analysis.Analyzer{
	Name:             ruleID,
	Doc:              meta.Doc(ruleID),
	URL:              meta.URL(ruleID),
	Run:              meta.Safe(run),
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{inspect.Analyzer, index.Analyzer, taint.Analyzer},
}

// claim is one hint an annotation sets to its promising value.
type claim struct {
	hint rule.Hint
	node ast.Node // the option call or the struct field
}

type checker struct {
	pass *analysis.Pass
	ix   *index.Index
	res  *taint.Result
	// ins finds a node's parents when a claim is checked: a map of
	// every node's parent cost more than the rest of the analyzer.
	ins *inspector.Inspector
	// funcs are the function declarations of the package by object, for
	// finding the calls of a function that returns a tool definition.
	calls map[types.Object][]*ast.CallExpr
	// uses are the identifiers that use each object, in source order.
	uses map[types.Object][]*ast.Ident
}

func run(pass *analysis.Pass) (any, error) {
	ix := pass.ResultOf[index.Analyzer].(*index.Index)
	if !ix.MCP || mcpapi.IsSDKPath(pass.Pkg.Path()) {
		return nil, nil
	}
	c := &checker{pass: pass, ix: ix, res: pass.ResultOf[taint.Analyzer].(*taint.Result),
		ins: pass.ResultOf[inspect.Analyzer].(*inspector.Inspector), calls: map[types.Object][]*ast.CallExpr{}, uses: map[types.Object][]*ast.Ident{}}
	// The claims first: most packages make none, and the maps the checks
	// need (every node's parent, every call and use) cost more than the
	// rest of the analyzer.
	var claims []claim
	c.ins.Preorder([]ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.CallExpr:
			if fn, _, ok := ix.Callee(n); ok {
				if name, ok := mcpapi.HintOptions[fn]; ok && len(n.Args) == 1 {
					claims = c.addClaim(claims, name, n.Args[0], n)
				}
			}
		case *ast.CompositeLit:
			if t, ok := ix.TypeName(n, 0); ok && isHintStruct(t) {
				for _, el := range n.Elts {
					kv, ok := el.(*ast.KeyValueExpr)
					if !ok {
						continue
					}
					if key, ok := kv.Key.(*ast.Ident); ok {
						if name, ok := mcpapi.HintFields[key.Name]; ok {
							claims = c.addClaim(claims, name, kv.Value, kv)
						}
					}
				}
			}
		}
	})
	if len(claims) == 0 {
		return nil, nil // no annotation promises anything
	}
	c.ins.Preorder([]ast.Node{(*ast.Ident)(nil), (*ast.CallExpr)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Ident:
			if o := pass.TypesInfo.Uses[n]; o != nil {
				c.uses[o] = append(c.uses[o], n)
			}
		case *ast.CallExpr:
			if _, obj, ok := ix.Callee(n); ok && obj != nil {
				c.calls[obj] = append(c.calls[obj], n)
			}
		}
	})
	for _, cl := range claims {
		c.check(cl)
	}
	return nil, nil
}

func isHintStruct(t mcpapi.Func) bool {
	for _, s := range mcpapi.HintStructs {
		if s.Pkg == t.Pkg && s.Name == t.Name {
			return true
		}
	}
	return false
}

// addClaim keeps a hint set to the value that promises something.
func (c *checker) addClaim(claims []claim, name string, value ast.Expr, at ast.Node) []claim {
	h, ok := rule.HintByName(name)
	if !ok {
		return claims
	}
	if b, ok := c.boolValue(value, 0); ok && b == h.Claim {
		claims = append(claims, claim{hint: h, node: at})
	}
	return claims
}

// boolValue is the constant boolean e denotes: true, a named constant,
// &v or a pointer helper (mcp.ToBoolPtr(true), ptr.To(false),
// jsonschema.Ptr(true)) around one.
func (c *checker) boolValue(e ast.Expr, depth int) (bool, bool) {
	if depth > 3 {
		return false, false
	}
	e = ast.Unparen(e)
	if tv, ok := c.pass.TypesInfo.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool {
		return constant.BoolVal(tv.Value), true
	}
	switch x := e.(type) {
	case *ast.Ident:
		switch x.Name {
		case "true":
			return true, true
		case "false":
			return false, true
		}
		defs := c.ix.Defs[c.ix.Object(x)]
		if len(defs) == 1 && defs[0].RHS != nil && defs[0].Tuple < 0 {
			return c.boolValue(defs[0].RHS, depth+1)
		}
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return c.boolValue(x.X, depth+1)
		}
	case *ast.CallExpr:
		if len(x.Args) == 1 {
			return c.boolValue(x.Args[0], depth+1)
		}
	}
	return false, false
}

// handler is a function that handles the annotated tool: a function of
// this package, or one of another package known by its summary fact.
type handler struct {
	node ast.Node // *ast.FuncDecl or *ast.FuncLit
	obj  *types.Func
	name string
	at   ast.Node // where the handler is given
}

// check reports the claim when a handler of its tool reaches an effect
// that breaks it.
func (c *checker) check(cl claim) {
	hs, tool := c.handlersOf(cl.node)
	for _, h := range hs {
		if c.checkHandler(cl, h, tool) {
			return
		}
	}
}

func (c *checker) checkHandler(cl claim, h handler, tool string) bool {
	var effects []taint.Effect
	if h.node != nil {
		effects = c.res.EffectsOf(h.node)
	} else if h.obj != nil {
		var fact taint.SummaryFact
		if !c.pass.ImportObjectFact(h.obj, &fact) {
			return false
		}
		for _, fe := range taint.FactEffectsOf(&fact) {
			effects = append(effects, taint.Effect{Kind: fe.Kind, Call: fe.Call, Via: h.name, Pos: h.at.Pos(), End: h.at.End(), Fn: fe.Fn, Params: fe.Params})
		}
	}
	name := tool
	if name == "" {
		name = h.name
	}
	for _, ef := range effects {
		if ef.Pending() {
			continue // a method the handler's own parameters would give
		}
		if !knowledge.Contradicts(ef.Kind, cl.hint, name, ef.Fn) {
			continue // not an effect, or one the tool's or function's name settles as a read
		}
		what := "tool"
		if tool != "" {
			what = fmt.Sprintf("tool %q", tool)
		}
		msg := rule.HintMessage(what, cl.hint, ef.Kind, ef.Call, ef.Via)
		verb := rule.MustEffect(ef.Kind).Verb
		related := []analysis.RelatedInformation{{Pos: ef.Pos, End: ef.End, Message: verb + ": " + ef.Call}, {Pos: ef.Pos, End: ef.End, Message: rule.FlowBreak}}
		start := h.at
		if h.node != nil {
			start = h.node
		}
		related = append(related, analysis.RelatedInformation{Pos: start.Pos(), End: headEnd(start), Message: "handler of " + what})
		for _, s := range ef.Steps {
			related = append(related, analysis.RelatedInformation{Pos: s.Pos, End: s.End, Message: s.Message})
		}
		related = append(related, analysis.RelatedInformation{Pos: ef.Pos, End: ef.End, Message: verb + ": " + ef.Call})
		d := analysis.Diagnostic{Pos: cl.node.Pos(), End: cl.node.End(), Message: msg, Related: related}
		if r, ok := rule.ByID(ruleID); ok && cl.hint.Severity != r.Severity {
			d.Category = meta.SeverityCategory(cl.hint.Severity)
		}
		c.pass.Report(d)
		return true
	}
	return false
}

// headEnd ends a function's step at its signature, not its whole body.
func headEnd(n ast.Node) token.Pos {
	switch f := n.(type) {
	case *ast.FuncDecl:
		return f.Type.End()
	case *ast.FuncLit:
		return f.Type.End()
	}
	return n.End()
}

// maxClimb bounds the climb from an annotation to the call that takes the
// handler (through variables and returning functions).
const maxClimb = 4

// handlersOf climbs from an annotation to the call or literal that pairs
// the tool definition with handlers, and returns them with the tool's name.
func (c *checker) handlersOf(n ast.Node) ([]handler, string) {
	tool := ""
	seen := map[ast.Node]bool{}
	var climb func(n ast.Node, depth int) []handler
	climb = func(n ast.Node, depth int) []handler {
		if depth > maxClimb || seen[n] {
			return nil
		}
		seen[n] = true
		cur, ok := c.cursor(n)
		if !ok {
			return nil
		}
		for child, pc := n, cur.Parent(); pc.Node() != nil; child, pc = pc.Node(), pc.Parent() {
			switch p := pc.Node().(type) {
			case *ast.CallExpr:
				if tool == "" {
					tool = c.toolName(p)
				}
				if hs := c.funcArgs(p.Args, child); len(hs) > 0 {
					if tool == "" && len(p.Args) > 0 {
						// a wrapper of the project named like the SDK's
						// constructor: MustTool("name", "description", h, opts...)
						tool, _ = c.ix.ConstString(p.Args[0])
					}
					return hs
				}
			case *ast.CompositeLit:
				if tool == "" {
					tool = c.toolName(p)
				}
				var vals []ast.Expr
				for _, el := range p.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						vals = append(vals, kv.Value)
					} else {
						vals = append(vals, el)
					}
				}
				if hs := c.funcArgs(vals, child); len(hs) > 0 {
					return hs
				}
			case *ast.UnaryExpr, *ast.KeyValueExpr, *ast.ParenExpr, *ast.StarExpr:
			case *ast.AssignStmt:
				// tool := mcp.NewTool(...), tool.Annotations = &mcp.ToolAnnotations{...}
				var out []handler
				for i, r := range p.Rhs {
					if r != child && !(len(p.Rhs) == 1 && i == 0) {
						continue
					}
					for j, l := range p.Lhs {
						if len(p.Lhs) == len(p.Rhs) && j != i {
							continue
						}
						out = append(out, c.viaVar(c.ix.RootObject(l), depth, climb)...)
					}
				}
				return out
			case *ast.ValueSpec:
				var out []handler
				for _, name := range p.Names {
					out = append(out, c.viaVar(c.ix.Object(name), depth, climb)...)
				}
				return out
			case *ast.ReturnStmt:
				// func ListTool() mcp.Tool { return mcp.NewTool(...) }
				fd := enclosingDecl(pc)
				if fd == nil {
					return nil
				}
				var out []handler
				for _, call := range c.calls[c.ix.Object(fd.Name)] {
					out = append(out, climb(call, depth+1)...)
				}
				return out
			default:
				return nil
			}
		}
		return nil
	}
	return climb(n, 0), tool
}

// viaVar climbs from every use of a variable holding the tool definition.
func (c *checker) viaVar(obj types.Object, depth int, climb func(ast.Node, int) []handler) []handler {
	if obj == nil {
		return nil
	}
	var out []handler
	for _, id := range c.uses[obj] {
		cur, ok := c.cursor(id)
		if !ok {
			continue
		}
		p := cur.Parent().Node()
		if _, isCall := p.(*ast.CallExpr); !isCall {
			if _, isAddr := p.(*ast.UnaryExpr); !isAddr {
				continue
			}
		}
		out = append(out, climb(id, depth+1)...)
	}
	return out
}

// cursor finds n in the package's inspector. FindByPos gives the innermost
// node over n's extent: n, or a descendant with the same extent.
func (c *checker) cursor(n ast.Node) (inspector.Cursor, bool) {
	cur, ok := c.ins.Root().FindByPos(n.Pos(), n.End())
	for ok && cur.Node() != nil && cur.Node().Pos() == n.Pos() && cur.Node().End() == n.End() {
		if cur.Node() == n {
			return cur, true
		}
		cur = cur.Parent()
	}
	return c.ins.Root().FindNode(n)
}

// enclosingDecl is the function declaration around cur, unless a function
// literal is nearer.
func enclosingDecl(cur inspector.Cursor) *ast.FuncDecl {
	for p := cur.Parent(); p.Node() != nil; p = p.Parent() {
		switch p := p.Node().(type) {
		case *ast.FuncDecl:
			return p
		case *ast.FuncLit:
			return nil
		}
	}
	return nil
}

// toolName reads the tool name of a tool definition call or literal.
func (c *checker) toolName(n ast.Node) string {
	switch n := n.(type) {
	case *ast.CallExpr:
		f, _, ok := c.ix.Callee(n)
		if ok && isToolDef(f) && len(n.Args) > 0 {
			s, _ := c.ix.ConstString(n.Args[0])
			return s
		}
	case *ast.CompositeLit:
		t, ok := c.ix.TypeName(n, 0)
		if !ok || !isToolDef(t) {
			return ""
		}
		for _, el := range n.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if key, ok := kv.Key.(*ast.Ident); ok && key.Name == "Name" {
					s, _ := c.ix.ConstString(kv.Value)
					return s
				}
			}
		}
	}
	return ""
}

func isToolDef(f mcpapi.Func) bool {
	for _, d := range mcpapi.ToolDefs {
		if d.Pkg == f.Pkg && d.Name == f.Name && d.Recv == f.Recv {
			return true
		}
	}
	return false
}

// funcArgs returns the handlers among the arguments of a call or the
// values of a literal, except the one the tool definition came from.
func (c *checker) funcArgs(args []ast.Expr, skip ast.Node) []handler {
	var out []handler
	for _, a := range args {
		if a == skip {
			continue
		}
		out = append(out, c.funcsOf(a, 0)...)
	}
	return out
}

// funcsOf resolves a function-valued expression: a closure, a function or
// method by name, a typed-handler adapter around one, or the closures a
// local factory returns (s.AddTool(tool, handleList(client))).
func (c *checker) funcsOf(e ast.Expr, depth int) []handler {
	if depth > 3 {
		return nil
	}
	e = ast.Unparen(e)
	if t := c.pass.TypesInfo.TypeOf(e); t != nil {
		if _, isFunc := t.Underlying().(*types.Signature); !isFunc {
			return nil
		}
	}
	switch x := e.(type) {
	case *ast.FuncLit:
		return []handler{{node: x, at: x}}
	case *ast.Ident, *ast.SelectorExpr:
		id, _ := x.(*ast.Ident)
		if sel, ok := x.(*ast.SelectorExpr); ok {
			id = sel.Sel
		}
		obj := c.ix.Object(id)
		if d := c.ix.FuncDecl(obj); d != nil && d.Body != nil {
			return []handler{{node: d, name: d.Name.Name, at: x}}
		}
		if fo, ok := obj.(*types.Func); ok && fo.Pkg() != nil && fo.Pkg() != c.pass.Pkg {
			return []handler{{obj: fo, name: shortName(fo), at: x}}
		}
		if v, ok := obj.(*types.Var); ok {
			// h := func(...) {...}; s.AddTool(tool, h)
			defs := c.ix.Defs[v]
			if len(defs) == 1 && defs[0].RHS != nil {
				return c.funcsOf(defs[0].RHS, depth+1)
			}
		}
	case *ast.CallExpr:
		f, obj, ok := c.ix.Callee(x)
		if ok {
			if reg, isReg := mcpapi.FindRegistration(f); isReg && reg.HandlerArg >= 0 && reg.HandlerArg < len(x.Args) {
				return c.funcsOf(x.Args[reg.HandlerArg], depth+1)
			}
		}
		d := c.ix.FuncDecl(obj)
		if d == nil || d.Body == nil {
			return nil
		}
		var out []handler
		ast.Inspect(d.Body, func(n ast.Node) bool {
			if _, isLit := n.(*ast.FuncLit); isLit {
				return false // a nested closure's returns are its own
			}
			if r, ok := n.(*ast.ReturnStmt); ok {
				for _, res := range r.Results {
					out = append(out, c.funcsOf(res, depth+1)...)
				}
			}
			return true
		})
		return out
	}
	return nil
}

func shortName(f *types.Func) string {
	name := f.Name()
	if sig, ok := f.Type().(*types.Signature); ok && sig.Recv() != nil {
		t := sig.Recv().Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := t.(*types.Named); ok {
			name = n.Obj().Name() + "." + name
		}
	}
	return f.Pkg().Name() + "." + strings.TrimPrefix(name, ".")
}
