// Package origincheck implements MCP005 (missing-origin-check) for Go:
// DNS-rebinding protection turned off (go-sdk
// StreamableHTTPOptions{DisableLocalhostProtection: true}, mcp-go
// WithDisableLocalhostProtection(true) and WithSSEDisableLocalhostProtection(true)),
// or a go-sdk transport served on all interfaces, where its localhost
// protection does not apply, without http.CrossOriginProtection in front.
package origincheck

import (
	"fmt"
	"go/ast"
	"go/constant"

	"github.com/mcpsec/mcplint/analyzers/internal/exposure"
	"github.com/mcpsec/mcplint/analyzers/internal/index"
	"github.com/mcpsec/mcplint/analyzers/internal/mcpapi"
	"github.com/mcpsec/mcplint/analyzers/internal/meta"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

const ruleID = "MCP005"

// Analyzer reports MCP transports without Origin validation.
var Analyzer = &analysis.Analyzer{
	Name:             ruleID,
	Doc:              meta.Doc(ruleID),
	URL:              meta.URL(ruleID),
	Run:              meta.Safe(run),
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{index.Analyzer, exposure.Analyzer, inspect.Analyzer},
}

func run(pass *analysis.Pass) (any, error) {
	ix := pass.ResultOf[index.Analyzer].(*index.Index)
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ins.Preorder([]ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.CallExpr:
			f, _, ok := ix.Callee(n)
			if !ok || len(n.Args) != 1 {
				return
			}
			for _, o := range mcpapi.OriginOptions {
				if o == f && isTrue(ix, n.Args[0]) {
					pass.Report(analysis.Diagnostic{Pos: n.Pos(), End: n.End(),
						Message: fmt.Sprintf("DNS-rebinding protection is disabled for the MCP transport (server.%s(true))", f.Name)})
				}
			}
		case *ast.CompositeLit:
			t, ok := ix.TypeExprName(n.Type)
			if !ok || t.Pkg != mcpapi.GoSDKMCP || (t.Name != "StreamableHTTPOptions" && t.Name != "SSEOptions") {
				return
			}
			for _, el := range n.Elts {
				kv, ok := el.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "DisableLocalhostProtection" && isTrue(ix, kv.Value) {
					pass.Report(analysis.Diagnostic{Pos: kv.Pos(), End: kv.End(),
						Message: "DNS-rebinding protection is disabled for the MCP transport (mcp." + t.Name + ".DisableLocalhostProtection)"})
				}
			}
		}
	})
	for _, s := range pass.ResultOf[exposure.Analyzer].(*exposure.Result).Served {
		if s.SDK != mcpapi.GoSDKMCP || s.Origin {
			continue
		}
		addr, exposed := s.Listener.Exposed()
		if !exposed {
			continue // on loopback the SDK's own localhost protection applies
		}
		pass.Report(analysis.Diagnostic{Pos: s.Listener.Call.Pos(), End: s.Listener.Call.End(),
			Message: fmt.Sprintf("%s MCP transport is served on all interfaces (%q) without Origin validation; wrap it in http.NewCrossOriginProtection().Handler", s.Kind, addr.Display())})
	}
	return nil, nil
}

func isTrue(ix *index.Index, e ast.Expr) bool {
	if tv, ok := ix.Pass.TypesInfo.Types[e]; ok && tv.Value != nil {
		return tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value) // never String(): a string constant may be huge
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "true"
}
