// Package stdiostdout implements MCP012 (stdio-stdout) for Go: a program
// that serves MCP over stdio writes something else to stdout, the protocol
// stream.
//
// Scope: a main package that starts a stdio transport (mcpapi.StdioServeCalls,
// mcpapi.StdioTypes). Writes to stdout are reported in code that runs while
// the transport is up or on the way to starting it:
//   - the package's MCP handlers and the package's functions they call;
//   - the function that starts the transport, before the start, and the
//     package's functions called there; a write in a branch that ends by
//     returning or exiting, or in the other branch of an if (another case
//     of a switch) that starts the transport, does not reach the transport
//     and is not reported.
//
// Handlers in other packages (a tools package registered by main) are
// examined in their own package, whose writes travel as a package fact
// (HandlerWrites) to the main packages that import it; a main package that
// starts a stdio transport reports the writes of the handlers of every
// package of its module it imports, at the call that starts the transport,
// with the write as related information. The analyzer reads only what its
// pass gives it, so its results are right under any driver's cache.
package stdiostdout

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path"
	"path/filepath"
	"sort"

	"github.com/mcpsec/mcplint/analyzers/internal/handlers"
	"github.com/mcpsec/mcplint/analyzers/internal/index"
	"github.com/mcpsec/mcplint/analyzers/internal/mcpapi"
	"github.com/mcpsec/mcplint/analyzers/internal/meta"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

const ruleID = "MCP012"

// Analyzer reports stdout writes in stdio servers.
var Analyzer = &analysis.Analyzer{
	Name:             ruleID,
	Doc:              meta.Doc(ruleID),
	URL:              meta.URL(ruleID),
	Run:              meta.Safe(run),
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{index.Analyzer, handlers.Analyzer, inspect.Analyzer},
	FactTypes:        []analysis.Fact{(*HandlerWrites)(nil)},
}

// HandlerWrites is the package fact of a package that is not a main
// package: the stdout writes in its MCP handlers and in the package's
// functions they call. A main package that serves stdio and imports the
// package reports them.
type HandlerWrites struct {
	// Module is the module path of the package ("" outside a module):
	// only main packages of the same module report the writes.
	Module string
	Writes []Write
}

// Write is one stdout write, located by file name and byte offsets (a
// token.Pos means nothing in another pass's file set).
type Write struct {
	File           string
	Line           int
	Offset, EndOff int
	What, Handler  string
}

// AFact marks HandlerWrites as an analysis fact.
func (*HandlerWrites) AFact() {}

func (f *HandlerWrites) String() string {
	var hs []string
	for _, w := range f.Writes {
		hs = append(hs, w.Handler)
	}
	return fmt.Sprintf("stdout writes in handlers %v", hs)
}

type checker struct {
	pass     *analysis.Pass
	ix       *index.Index
	visited  map[ast.Node]bool
	reported map[token.Pos]bool
	// record, when set, receives the writes instead of pass.Report (a
	// package that is not main: they become its fact).
	record func(call *ast.CallExpr, what string)
}

func run(pass *analysis.Pass) (any, error) {
	ix := pass.ResultOf[index.Analyzer].(*index.Index)
	if !ix.MCP || mcpapi.IsSDKPath(pass.Pkg.Path()) {
		return nil, nil
	}
	if pass.Pkg.Name() != "main" {
		exportWrites(pass, ix)
		return nil, nil
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	// The stdio starts, with the function that contains each.
	type start struct {
		at    ast.Node
		fn    ast.Node // *ast.FuncDecl or *ast.FuncLit
		stack []ast.Node
	}
	var starts []start
	ins.WithStack([]ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || !isStdioStart(ix, n) {
			return true
		}
		for i := len(stack) - 1; i >= 0; i-- {
			switch stack[i].(type) {
			case *ast.FuncDecl, *ast.FuncLit:
				starts = append(starts, start{at: n, fn: stack[i], stack: append([]ast.Node(nil), stack[i:]...)})
				return true
			}
		}
		return true
	})
	if len(starts) == 0 {
		return nil, nil
	}
	c := &checker{pass: pass, ix: ix, visited: map[ast.Node]bool{}, reported: map[token.Pos]bool{}}
	for _, h := range pass.ResultOf[handlers.Analyzer].(*handlers.Result).Handlers {
		c.reachable(h.Func, "in an MCP handler")
	}
	for _, s := range starts {
		c.beforeStart(s.fn, s.at, s.stack)
	}
	reportImported(pass, starts[0].at)
	return nil, nil
}

// exportWrites records the stdout writes in the handlers of a package that
// is not main, and the package's functions they call, as its fact.
func exportWrites(pass *analysis.Pass, ix *index.Index) {
	generated := map[*token.File]bool{}
	for _, f := range pass.Files {
		if ast.IsGenerated(f) {
			generated[pass.Fset.File(f.Pos())] = true
		}
	}
	fact := &HandlerWrites{}
	if pass.Module != nil {
		fact.Module = pass.Module.Path
	}
	c := &checker{pass: pass, ix: ix, visited: map[ast.Node]bool{}, reported: map[token.Pos]bool{}}
	handler := ""
	c.record = func(call *ast.CallExpr, what string) {
		tf := pass.Fset.File(call.Pos())
		if tf == nil || generated[tf] {
			return
		}
		fact.Writes = append(fact.Writes, Write{File: tf.Name(), Line: tf.Line(call.Pos()),
			Offset: tf.Offset(call.Pos()), EndOff: tf.Offset(call.End()), What: what, Handler: handler})
	}
	for _, h := range pass.ResultOf[handlers.Analyzer].(*handlers.Result).Handlers {
		handler = handlerName(h.Func)
		c.reachable(h.Func, "")
	}
	if len(fact.Writes) > 0 {
		pass.ExportPackageFact(fact)
	}
}

func handlerName(fn ast.Node) string {
	if d, ok := fn.(*ast.FuncDecl); ok {
		return d.Name.Name
	}
	return "func literal"
}

// reportImported reports, at the call that starts the stdio transport, the
// stdout writes in the handlers of the packages of this module that the
// main package imports.
func reportImported(pass *analysis.Pass, at ast.Node) {
	module := ""
	if pass.Module != nil {
		module = pass.Module.Path
	}
	type pkgWrites struct {
		path string
		fact *HandlerWrites
	}
	var all []pkgWrites
	for _, pf := range pass.AllPackageFacts() {
		f, ok := pf.Fact.(*HandlerWrites)
		if !ok || pf.Package == pass.Pkg || f.Module != module {
			continue // another module's handlers are its own business
		}
		all = append(all, pkgWrites{pf.Package.Path(), f})
	}
	if len(all) == 0 {
		return
	}
	sort.Slice(all, func(i, j int) bool { return all[i].path < all[j].path })
	files := map[string]*token.File{}
	pass.Fset.Iterate(func(f *token.File) bool {
		files[f.Name()] = f
		return true
	})
	dir := filepath.Dir(pass.Fset.Position(at.Pos()).Filename)
	for _, p := range all {
		for _, w := range p.fact.Writes {
			loc := filepath.Base(w.File)
			if rel, err := filepath.Rel(dir, w.File); err == nil {
				loc = filepath.ToSlash(rel)
			}
			d := analysis.Diagnostic{Pos: at.Pos(), End: at.End(),
				Message: rule.MustCheck(rule.CheckStdout).Message(fmt.Sprintf("%s in MCP handler %s of package %s (%s:%d), which the stdio transport started here serves",
					w.What, w.Handler, p.path, loc, w.Line), "write to os.Stderr")}
			// The write itself, where the driver's file set holds its file.
			if tf := files[w.File]; tf != nil && w.EndOff <= tf.Size() {
				d.Related = []analysis.RelatedInformation{{Pos: tf.Pos(w.Offset), End: tf.Pos(w.EndOff), Message: w.What}}
			}
			pass.Report(d)
		}
	}
}

func isStdioStart(ix *index.Index, n ast.Node) bool {
	switch n := n.(type) {
	case *ast.CallExpr:
		f, _, ok := ix.Callee(n)
		if !ok {
			return false
		}
		for _, s := range mcpapi.StdioServeCalls {
			if s == f {
				return true
			}
		}
	case *ast.CompositeLit:
		t, ok := ix.TypeName(n, 0)
		if !ok {
			return false
		}
		for _, s := range mcpapi.StdioTypes {
			if s.Pkg == t.Pkg && s.Name == t.Name {
				return true
			}
		}
	}
	return false
}

// reachable reports every stdout write in fn and in the package's
// functions it calls.
func (c *checker) reachable(fn ast.Node, where string) {
	if fn == nil || c.visited[fn] {
		return
	}
	c.visited[fn] = true
	ast.Inspect(fn, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		c.checkCall(call, where)
		c.follow(call, where)
		return true
	})
}

// follow walks into a function of this package that call invokes.
func (c *checker) follow(call *ast.CallExpr, where string) {
	_, obj, _ := c.ix.Callee(call)
	if d := c.ix.FuncDecl(obj); d != nil && d.Body != nil {
		c.reachable(d, where)
	}
}

// beforeStart reports writes in fn that run before the transport starts at
// start: earlier in the function, not in a branch that returns or exits,
// and not in a branch that excludes the start.
func (c *checker) beforeStart(fn ast.Node, start ast.Node, startStack []ast.Node) {
	onPath := map[ast.Node]bool{}
	for _, n := range startStack {
		onPath[n] = true
	}
	var stack []ast.Node
	ast.Inspect(fn, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if n.Pos() >= start.Pos() {
			return false // at or after the start
		}
		if lit, ok := n.(*ast.FuncLit); ok && n != fn {
			_ = lit
			return false // runs later, if at all (handlers are walked separately)
		}
		if call, ok := n.(*ast.CallExpr); ok && !excluded(stack, onPath) {
			c.checkCall(call, "before the stdio transport starts")
			c.follow(call, "before the stdio transport starts")
		}
		stack = append(stack, n)
		return true
	})
}

// excluded reports whether the innermost statements in stack are in a
// block that ends by leaving the function, or in a branch of an if that
// does not contain the start.
func excluded(stack []ast.Node, onPath map[ast.Node]bool) bool {
	for i, n := range stack {
		switch n := n.(type) {
		case *ast.BlockStmt:
			if !onPath[n] && terminates(n) {
				return true
			}
		case *ast.IfStmt:
			if onPath[n] && i+1 < len(stack) && !onPath[stack[i+1]] && stack[i+1] != n.Init && stack[i+1] != n.Cond {
				return true // the branch not taken when the transport starts
			}
		case *ast.CaseClause, *ast.CommClause:
			if !onPath[n] && i > 0 && onPath[stack[i-1]] {
				return true // another case of a switch or select that starts the transport
			}
		}
	}
	return false
}

func terminates(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.ExprStmt:
		if call, ok := s.X.(*ast.CallExpr); ok {
			switch fun := ast.Unparen(call.Fun).(type) {
			case *ast.Ident:
				return fun.Name == "panic"
			case *ast.SelectorExpr:
				// by the package name as written: the block may be in
				// code whose types did not load
				if id, ok := fun.X.(*ast.Ident); ok {
					for _, f := range mcpapi.NoReturn {
						if f.Recv == "" && id.Name == path.Base(f.Pkg) && fun.Sel.Name == f.Name {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// checkCall reports call if it writes to stdout.
func (c *checker) checkCall(call *ast.CallExpr, where string) {
	if c.reported[call.Pos()] {
		return
	}
	f, _, ok := c.ix.Callee(call)
	if !ok {
		return
	}
	w, ok := mcpapi.FindStdoutWrite(f)
	if !ok {
		return
	}
	// the operand that must be os.Stdout, and the fix: Print becomes
	// Fprint on os.Stderr, an os.Stdout operand becomes os.Stderr
	var operand ast.Expr
	switch w.Stdout {
	case mcpapi.StdoutAlways:
	case mcpapi.StdoutRecv:
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			operand = sel.X
		}
	default:
		if w.Stdout < len(call.Args) {
			operand = call.Args[w.Stdout]
		}
	}
	if w.Stdout != mcpapi.StdoutAlways && (operand == nil || !c.isStdout(operand)) {
		return
	}
	what := w.What
	var fix []analysis.SuggestedFix
	switch w.Fix {
	case mcpapi.PrintToFprint:
		fix = c.printFix(call, f.Name)
	case mcpapi.StdoutToStderr:
		fix = stderrFix(operand)
	}
	if what == "" {
		return
	}
	c.reported[call.Pos()] = true
	if c.record != nil {
		c.record(call, what)
		return
	}
	c.pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(),
		Message:        rule.MustCheck(rule.CheckStdout).Message(what+" "+where, "write to os.Stderr"),
		SuggestedFixes: fix})
}

// isStdout reports whether e is os.Stdout.
func (c *checker) isStdout(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Stdout" {
		return false
	}
	if v, ok := c.ix.Object(sel.Sel).(*types.Var); ok && v.Pkg() != nil {
		return v.Pkg().Path() == "os"
	}
	id, ok := sel.X.(*ast.Ident)
	return ok && id.Name == "os"
}
