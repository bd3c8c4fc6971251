// Package missingauth implements MCP004 (missing-auth) for Go: an HTTP MCP
// transport (mcp-go SSEServer or StreamableHTTPServer, go-sdk
// StreamableHTTPHandler or SSEHandler) served by a listener with nothing in
// front of it that authenticates: no auth.RequireBearerToken, no middleware
// that reads the Authorization header, no mcp-go context function that
// reads credentials. A transport that also listens on all interfaces is
// reported as critical.
package missingauth

import (
	"fmt"

	"github.com/mcpsec/mcplint/analyzers/internal/exposure"
	"github.com/mcpsec/mcplint/analyzers/internal/index"
	"github.com/mcpsec/mcplint/analyzers/internal/meta"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"golang.org/x/tools/go/analysis"
)

const ruleID = "MCP004"

// Analyzer reports unauthenticated HTTP MCP transports.
var Analyzer = &analysis.Analyzer{
	Name:             ruleID,
	Doc:              meta.Doc(ruleID),
	URL:              meta.URL(ruleID),
	Run:              meta.Safe(run),
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{index.Analyzer, exposure.Analyzer},
}

func run(pass *analysis.Pass) (any, error) {
	reported := map[any]bool{}
	for _, s := range pass.ResultOf[exposure.Analyzer].(*exposure.Result).Served {
		if s.Authed {
			continue // something in front of the transport authenticates
		}
		call := s.Listener.Call
		if reported[call] {
			continue
		}
		reported[call] = true
		d := analysis.Diagnostic{
			Pos:     call.Pos(),
			End:     call.End(),
			Message: fmt.Sprintf("%s MCP transport is served without authentication", s.Kind),
			Related: []analysis.RelatedInformation{{Pos: s.Transport.Pos(), End: s.Transport.End(), Message: "the transport is created here"}},
		}
		if addr, exposed := s.Listener.Exposed(); exposed {
			d.Message = fmt.Sprintf("%s MCP transport is served without authentication on all interfaces (%q)", s.Kind, addr.Display())
			d.Category = meta.SeverityCategory(rule.Critical)
		}
		pass.Report(d)
	}
	return nil, nil
}
