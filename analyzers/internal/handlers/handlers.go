// Package handlers is the handler-discovery analyzer: it finds the MCP tool,
// resource and prompt handlers of a package and the parameters through which
// they receive client-chosen data. The taint engine starts from its result.
//
// A handler is recognised by its signature, not only by its registration:
// any function or closure with a parameter of an SDK request type
// (mcp-go mcp.CallToolRequest, go-sdk *mcp.CallToolRequest, ...) is treated
// as a handler. That finds handlers registered in another package (mcp-go
// servers often do `s.AddTool(cpu.NewTool(), cpu.Handler)` in main) without
// facts, and it works when the SDK could not be type-checked, because the
// parameter's declared type is read from the syntax. Registration calls
// (mcpapi.Registrations) add the tool name and mark typed-input handlers.
//
// A parameter after the request is the decoded tool arguments only for a
// typed handler: one passed to a typed registration (go-sdk mcp.AddTool,
// mcp-go NewTypedToolHandler) in this package, or one of go-sdk's typed
// handler shape, func(ctx, *mcp.CallToolRequest, In) (*mcp.CallToolResult,
// Out, error). A helper f(ctx, req mcp.CallToolRequest, logger) called from
// a handler has a request parameter but no tool arguments after it.
package handlers

import (
	"github.com/mcpsec/mcplint/analyzers/internal/meta"
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/internal/index"
	"github.com/mcpsec/mcplint/analyzers/internal/mcpapi"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// Analyzer discovers handlers; its result is *Result.
var Analyzer = &analysis.Analyzer{
	Name:             "mcphandlers",
	Doc:              "discover MCP tool, resource and prompt handlers and their argument parameters",
	Run:              meta.Safe(run),
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{index.Analyzer, inspect.Analyzer},
	ResultType:       reflect.TypeOf((*Result)(nil)),
}

// Handler is one discovered handler.
type Handler struct {
	Func ast.Node // *ast.FuncDecl or *ast.FuncLit
	Kind mcpapi.HandlerKind
	// Request is the request parameter; Input the typed argument struct
	// parameter (go-sdk mcp.AddTool, mcp-go NewTypedToolHandler), or nil.
	Request types.Object
	Input   types.Object
	// Registered is the registration call, when seen in this package.
	Registered *ast.CallExpr
	// after is the first parameter after the request that is not a
	// context: the typed input, if a typed registration takes the handler.
	after types.Object
}

// Result is the handlers of the package.
type Result struct {
	Handlers []*Handler
	// Requests maps every request parameter to its handler kind.
	Requests map[types.Object]mcpapi.HandlerKind
	// Inputs holds typed argument parameters.
	Inputs map[types.Object]bool
	byFunc map[ast.Node]*Handler
}

// Of returns the handler for a function node.
func (r *Result) Of(fn ast.Node) *Handler { return r.byFunc[fn] }

func run(pass *analysis.Pass) (any, error) {
	ix := pass.ResultOf[index.Analyzer].(*index.Index)
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	res := &Result{Requests: map[types.Object]mcpapi.HandlerKind{}, Inputs: map[types.Object]bool{}, byFunc: map[ast.Node]*Handler{}}
	ins.Preorder([]ast.Node{(*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)}, func(n ast.Node) {
		var ft *ast.FuncType
		switch n := n.(type) {
		case *ast.FuncDecl:
			ft = n.Type
		case *ast.FuncLit:
			ft = n.Type
		}
		if h := classify(ix, n, ft); h != nil {
			res.Handlers = append(res.Handlers, h)
			res.byFunc[n] = h
			if h.Request != nil {
				res.Requests[h.Request] = h.Kind
			}
			if h.Input != nil {
				res.Inputs[h.Input] = true
			}
		}
	})
	// Registrations name the handler kind for closures and declared
	// functions passed by name.
	ins.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		f, _, ok := ix.Callee(call)
		if !ok {
			return
		}
		reg, ok := mcpapi.FindRegistration(f)
		if !ok || reg.HandlerArg < 0 || reg.HandlerArg >= len(call.Args) {
			return
		}
		var fn ast.Node
		switch a := ast.Unparen(call.Args[reg.HandlerArg]).(type) {
		case *ast.FuncLit:
			fn = a
		case *ast.Ident:
			fn = ix.FuncDecl(ix.Object(a))
		case *ast.SelectorExpr:
			fn = ix.FuncDecl(ix.Object(a.Sel))
		}
		if h := res.byFunc[fn]; h != nil {
			h.Registered = call
			if reg.Typed && h.Input == nil && h.after != nil {
				h.Input = h.after
				res.Inputs[h.Input] = true
			}
		}
	})
	return res, nil
}

// classify returns a handler when a parameter has an SDK request type.
func classify(ix *index.Index, fn ast.Node, ft *ast.FuncType) *Handler {
	if ft.Params == nil {
		return nil
	}
	var h *Handler
	reqPkg := ""
	for _, field := range ft.Params.List {
		t, ok := paramType(ix, field)
		for _, name := range field.Names {
			obj := ix.Object(name)
			if h == nil {
				// a blank request (_ *mcp.CallToolRequest) still makes a
				// handler: its typed arguments come after it
				if ok && mcpapi.IsRequestType(t.Pkg, t.Name) {
					h = &Handler{Func: fn, Request: obj, Kind: kindOf(t.Name, obj)}
					reqPkg = t.Pkg
				}
				continue
			}
			if obj == nil {
				continue
			}
			if h.after == nil && !(ok && t.Pkg == "context") {
				h.after = obj
			}
		}
	}
	if h != nil && h.after != nil && goSDKTyped(reqPkg, ft) {
		h.Input = h.after
	}
	return h
}

// goSDKTyped reports go-sdk's typed tool handler shape: a go-sdk request
// and three results (*CallToolResult, Out, error).
func goSDKTyped(reqPkg string, ft *ast.FuncType) bool {
	if ft.Results == nil {
		return false
	}
	n := 0
	for _, r := range ft.Results.List {
		n += max(1, len(r.Names))
	}
	return n == 3 && reqPkg == mcpapi.GoSDKMCP
}

func paramType(ix *index.Index, field *ast.Field) (mcpapi.Func, bool) {
	if t, ok := ix.TypeExprName(field.Type); ok {
		return t, true
	}
	return mcpapi.Func{}, false
}

func kindOf(typeName string, obj types.Object) mcpapi.HandlerKind {
	switch typeName {
	case "ReadResourceRequest":
		return mcpapi.ResourceHandler
	case "GetPromptRequest":
		return mcpapi.PromptHandler
	case "ServerRequest":
		// go-sdk's generic request: the type argument says which.
		if obj != nil {
			if s := obj.Type().String(); strings.Contains(s, "ReadResourceParams") {
				return mcpapi.ResourceHandler
			} else if strings.Contains(s, "GetPromptParams") {
				return mcpapi.PromptHandler
			}
		}
	}
	return mcpapi.ToolHandler
}
