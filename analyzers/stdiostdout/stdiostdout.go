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
// Handlers in other packages of the module (a tools package registered by
// main) are examined in their own package when some main package of the
// module starts a stdio transport; that main package is found by reading the
// module's files (a go.mod above the package), since dependencies are
// analysed before the programs that use them.
package stdiostdout

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"io/fs"
	"path/filepath"
	"strings"
	"sync"

	"github.com/mcpsec/mcplint/analyzers/gotext"
	"github.com/mcpsec/mcplint/analyzers/internal/handlers"
	"github.com/mcpsec/mcplint/analyzers/internal/index"
	"github.com/mcpsec/mcplint/analyzers/internal/mcpapi"
	"github.com/mcpsec/mcplint/analyzers/internal/meta"
	"github.com/mcpsec/mcplint/analyzers/safefile"
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
}

type checker struct {
	pass     *analysis.Pass
	ix       *index.Index
	visited  map[ast.Node]bool
	reported map[token.Pos]bool
}

func run(pass *analysis.Pass) (any, error) {
	ix := pass.ResultOf[index.Analyzer].(*index.Index)
	if !ix.MCP || mcpapi.IsSDKPath(pass.Pkg.Path()) {
		return nil, nil
	}
	if pass.Pkg.Name() != "main" {
		// A library package's handlers are reported when a main package
		// of the same module serves stdio.
		if len(pass.Files) == 0 {
			return nil, nil
		}
		server := stdioMain(filepath.Dir(pass.Fset.File(pass.Files[0].Pos()).Name()))
		if server == "" {
			return nil, nil
		}
		c := &checker{pass: pass, ix: ix, visited: map[ast.Node]bool{}, reported: map[token.Pos]bool{}}
		for _, h := range pass.ResultOf[handlers.Analyzer].(*handlers.Result).Handlers {
			c.reachable(h.Func, "in an MCP handler of a module whose stdio server is "+server)
		}
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
	return nil, nil
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
				if id, ok := fun.X.(*ast.Ident); ok {
					switch id.Name + "." + fun.Sel.Name {
					case "os.Exit", "log.Fatal", "log.Fatalf", "log.Fatalln", "log.Panic", "log.Panicf", "log.Panicln":
						return true
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
	what := ""
	switch {
	case f.Pkg == "fmt" && f.Recv == "" && (f.Name == "Print" || f.Name == "Println" || f.Name == "Printf"):
		what = "fmt." + f.Name + " writes to stdout"
	case f.Pkg == "fmt" && f.Recv == "" && (f.Name == "Fprint" || f.Name == "Fprintln" || f.Name == "Fprintf") && c.stdoutArg(call, 0):
		what = "fmt." + f.Name + "(os.Stdout, ...) writes to stdout"
	case f.Pkg == "io" && f.Recv == "" && f.Name == "WriteString" && c.stdoutArg(call, 0):
		what = "io.WriteString(os.Stdout, ...) writes to stdout"
	case f.Pkg == "os" && f.Recv == "File" && (f.Name == "Write" || f.Name == "WriteString" || f.Name == "WriteAt"):
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if ok && c.isStdout(sel.X) {
			what = "os.Stdout." + f.Name + " writes to stdout"
		}
	case f.Pkg == "log" && f.Recv == "" && f.Name == "SetOutput" && c.stdoutArg(call, 0):
		what = "log.SetOutput(os.Stdout) sends the log to stdout"
	case f.Pkg == "log" && f.Recv == "Logger" && f.Name == "SetOutput" && c.stdoutArg(call, 0):
		what = "a logger set to os.Stdout writes to stdout"
	case f.Pkg == "log" && f.Recv == "" && f.Name == "New" && c.stdoutArg(call, 0):
		what = "log.New(os.Stdout, ...) makes a logger that writes to stdout"
	case f.Pkg == "log/slog" && f.Recv == "" && (f.Name == "NewTextHandler" || f.Name == "NewJSONHandler") && c.stdoutArg(call, 0):
		what = "slog." + f.Name + "(os.Stdout, ...) makes a logger that writes to stdout"
	}
	if what == "" {
		return
	}
	c.reported[call.Pos()] = true
	c.pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(),
		Message: fmt.Sprintf("%s %s, and stdout carries the stdio MCP transport: write to os.Stderr", what, where)})
}

func (c *checker) stdoutArg(call *ast.CallExpr, i int) bool {
	return i < len(call.Args) && c.isStdout(call.Args[i])
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

// stdioMains caches stdioMain by module root: one walk per module, even
// when packages of the module are analysed in parallel.
var stdioMains sync.Map // string -> *stdioSearch

type stdioSearch struct {
	once  sync.Once
	found string
}

// stdioMain returns the path, relative to the module root, of a main
// package file of the module containing dir that starts a stdio transport
// (found by its text: ServeStdio(, NewStdioServer(, StdioTransport{,
// NewStdioTransport(), or "" when there is none or no go.mod above dir.
func stdioMain(dir string) string {
	root := dir
	for {
		if safefile.Regular(filepath.Join(root, "go.mod")) {
			break
		}
		parent := filepath.Dir(root)
		if parent == root {
			return ""
		}
		root = parent
	}
	v, _ := stdioMains.LoadOrStore(root, &stdioSearch{})
	s := v.(*stdioSearch)
	s.once.Do(func() { s.found = findStdioMain(root) })
	return s.found
}

// findStdioMain walks the module at root for a main package file that
// starts a stdio transport.
func findStdioMain(root string) string {
	found := ""
	markers := [][]byte{[]byte("ServeStdio("), []byte("NewStdioServer("), []byte("StdioTransport{"), []byte("NewStdioTransport(")}
	files := 0
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || found != "" {
			return filepath.SkipDir
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (name == "vendor" || name == "testdata" || name == "node_modules" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			if path != root {
				if safefile.Regular(filepath.Join(path, "go.mod")) {
					return filepath.SkipDir // another module
				}
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		if files++; files > 20000 {
			return filepath.SkipAll
		}
		// Regular files only, bounded: a .go link to /dev/zero is in the tree's power.
		data, err := safefile.Read(path, safefile.ManifestLimit)
		if err != nil || !gotext.IsMainPackage(data) {
			return nil
		}
		for _, m := range markers {
			if bytes.Contains(data, m) {
				rel, _ := filepath.Rel(root, path)
				found = filepath.ToSlash(rel)
				return filepath.SkipAll
			}
		}
		return nil
	})
	return found
}
