// Package bindall implements MCP001 (bind-all-interfaces) for Go: a network
// listener in an MCP server whose address binds every interface, such as
// http.ListenAndServe(":8080", h), net.Listen("tcp", "0.0.0.0:9000"), an
// http.Server with no host in Addr, or mcp-go's SSEServer.Start(":8080").
// Addresses are folded through constants, concatenation, fmt.Sprintf, flag
// defaults and environment fallbacks; an address that is entirely chosen at
// run time with no all-interfaces default is not reported.
package bindall

import (
	"fmt"
	"go/ast"

	"github.com/mcpsec/mcplint/analyzers/internal/index"
	"github.com/mcpsec/mcplint/analyzers/internal/listen"
	"github.com/mcpsec/mcplint/analyzers/internal/meta"
	"golang.org/x/tools/go/analysis"
)

const ruleID = "MCP001"

// Analyzer reports listeners bound to all interfaces.
var Analyzer = &analysis.Analyzer{
	Name:             ruleID,
	Doc:              meta.Doc(ruleID),
	URL:              meta.URL(ruleID),
	Run:              meta.Safe(run),
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{index.Analyzer, listen.Analyzer},
}

func run(pass *analysis.Pass) (any, error) {
	ix := pass.ResultOf[index.Analyzer].(*index.Index)
	if !ix.MCP {
		return nil, nil // not part of an MCP server
	}
	for _, l := range pass.ResultOf[listen.Analyzer].(*listen.Result).Listeners {
		if l.Entry.ViaListener {
			continue // reported where the listener is opened
		}
		addr, ok := l.Exposed()
		if !ok {
			continue // loopback, or chosen at run time with no all-interfaces default
		}
		if servesNoMCP(pass, ix, l) {
			continue // a port probe, or a mux of plain functions that serve no MCP
		}
		what := "MCP server"
		if l.Entry.Transport != "" {
			what = "MCP " + l.Entry.Transport + " transport"
		}
		shown := fmt.Sprintf("%q", addr.Display())
		if addr.Why != "" {
			shown += ", " + addr.Why
		}
		d := analysis.Diagnostic{
			Pos:     l.Call.Pos(),
			End:     l.Call.End(),
			Message: fmt.Sprintf("%s listens on all interfaces (%s): anyone on the network can call its tools; bind to 127.0.0.1", what, shown),
			// The literal that chose the address becomes a loopback one.
			SuggestedFixes: hostFix(ix, addr),
		}
		if addr.Origin != nil && line(pass, addr.Origin) != line(pass, l.Call) {
			d.Related = []analysis.RelatedInformation{{
				Pos: addr.Origin.Pos(), End: addr.Origin.End(),
				Message: fmt.Sprintf("address %q is chosen here", addr.Display()),
			}}
		}
		pass.Report(d)
	}
	return nil, nil
}

func line(pass *analysis.Pass, n ast.Node) int { return pass.Fset.Position(n.Pos()).Line }
