// Package origincheck implements MCP005 (missing-origin-check) for Go. It
// reports DNS-rebinding protection turned off (go-sdk
// StreamableHTTPOptions/SSEOptions{DisableLocalhostProtection: true}, mcp-go
// WithDisableLocalhostProtection(true) and
// WithSSEDisableLocalhostProtection(true)) whatever the SDK version, and
// every served HTTP MCP transport, loopback included, with no Origin or
// Host validation: no http.CrossOriginProtection in front of it or in its
// options, no wrapper that reads the Origin header or the request's Host,
// and no SDK default that applies.
//
// The SDK default (mcpapi.LocalhostProtections) applies to a listener on
// loopback when the SDK release the package is compiled against has it,
// which the release's API tells (the opt-out option exists exactly in
// those releases). When the SDK's types are not available the finding is
// gated on the version (sdkversions.Protections) and the CLI decides it
// from go.mod. On all interfaces the default does not cover rebinding to
// the machine's other addresses, so validation is required there.
package origincheck

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/internal/exposure"
	"github.com/mcpsec/mcplint/analyzers/internal/index"
	"github.com/mcpsec/mcplint/analyzers/internal/mcpapi"
	"github.com/mcpsec/mcplint/analyzers/internal/meta"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/analyzers/sdkversions"
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
				if o == f && exposure.IsTrue(ix, n.Args[0]) {
					pass.Report(analysis.Diagnostic{Pos: n.Pos(), End: n.End(),
						Message: rule.MustCheck(rule.CheckRebindingOff).Message("server." + f.Name + "(true)")})
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
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "DisableLocalhostProtection" && exposure.IsTrue(ix, kv.Value) {
					pass.Report(analysis.Diagnostic{Pos: kv.Pos(), End: kv.End(),
						Message: rule.MustCheck(rule.CheckRebindingOff).Message("mcp." + t.Name + ".DisableLocalhostProtection")})
				}
			}
		}
	})
	reported := map[*ast.CallExpr]bool{}
	for _, s := range pass.ResultOf[exposure.Analyzer].(*exposure.Result).Served {
		call := s.Listener.Call
		if s.Origin || s.OptOut || reported[call] {
			continue // validated, or reported at the opt-out
		}
		_, exposed := s.Listener.Exposed()
		var gate *rule.Gate
		if !exposed {
			p, ok := mcpapi.FindLocalhostProtection(s.Ctor)
			if ok {
				switch hasMarker(pass, p.Marker) {
				case yes:
					continue // this SDK release validates Host on loopback
				case unknown:
					gate = sdkversions.Gate(sdkversions.Go, mcpapi.SDKModule(p.Ctor.Pkg), p.Table)
				}
			}
		}
		reported[call] = true
		kind := rule.MustCheck(rule.CheckTransportOrigin)
		detail := mcpapi.TransportOriginFix
		if p, ok := mcpapi.FindLocalhostProtection(s.Ctor); ok {
			if exposed {
				detail += kind.LoopbackOnlyFix(protector(p))
			} else {
				module := mcpapi.SDKModule(p.Ctor.Pkg)
				detail += kind.UpgradeFix(module, sdkversions.ProtectedSince(sdkversions.Go, module, p.Table), protector(p))
			}
		}
		d := analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Message: kind.Message(s.Kind, detail),
			Related: []analysis.RelatedInformation{{Pos: s.Transport.Pos(), End: s.Transport.End(), Message: "the transport is created here"}}}
		if gate != nil {
			d.Category = rule.GateCategory(gate)
		}
		pass.Report(d)
	}
	return nil, nil
}

// protector names what validates Host in an SDK release that protects
// loopback servers: the type the transport constructor makes
// ("mcp.StreamableHTTPHandler").
func protector(p mcpapi.LocalhostProtection) string {
	t, ok := mcpapi.ConstructedType(p.Ctor)
	if !ok {
		return "the SDK's " + p.Ctor.Name
	}
	return t.Pkg[strings.LastIndex(t.Pkg, "/")+1:] + "." + t.Name
}

type tri int

const (
	unknown tri = iota
	yes
	no
)

// hasMarker tells from the SDK's types whether the release compiled against
// has the API that marks its default protection: a field (Recv set) or a
// package-level function.
func hasMarker(pass *analysis.Pass, m mcpapi.Func) tri {
	var pkg *types.Package
	for _, p := range pass.Pkg.Imports() {
		if p.Path() == m.Pkg {
			pkg = p
		}
	}
	if pkg == nil || pkg.Scope() == nil || pkg.Scope().Len() == 0 {
		return unknown // not type-checked: the version decides
	}
	if m.Recv == "" {
		if pkg.Scope().Lookup(m.Name) != nil {
			return yes
		}
		return no
	}
	tn, ok := pkg.Scope().Lookup(m.Recv).(*types.TypeName)
	if !ok {
		return unknown
	}
	st, ok := tn.Type().Underlying().(*types.Struct)
	if !ok {
		return unknown
	}
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Name() == m.Name {
			return yes
		}
	}
	return no
}
