// Package missingauth implements MCP004 (missing-auth) for Go: an HTTP MCP
// transport (mcp-go SSEServer or StreamableHTTPServer, go-sdk
// StreamableHTTPHandler or SSEHandler) reachable from the network and
// served by a listener with nothing in front of it that authenticates: no
// auth.RequireBearerToken, no middleware that reads the Authorization
// header, no mcp-go context function that reads credentials.
//
// Reachable means bound to all interfaces (critical) or to an address not
// known to be loopback. A transport that listens only on loopback is not
// reported here: its risk is a web page reaching it through the browser,
// which MCP005 covers. Authentication wired in on one path only (behind a
// flag or a setting that is off by default) still counts as missing.
package missingauth

import (
	"fmt"
	"go/ast"

	"github.com/mcpsec/mcplint/analyzers/internal/exposure"
	"github.com/mcpsec/mcplint/analyzers/internal/index"
	"github.com/mcpsec/mcplint/analyzers/internal/meta"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"golang.org/x/tools/go/analysis"
)

const ruleID = "MCP004"

// Analyzer reports unauthenticated HTTP MCP transports reachable from the
// network.
var Analyzer = &analysis.Analyzer{
	Name:             ruleID,
	Doc:              meta.Doc(ruleID),
	URL:              meta.URL(ruleID),
	Run:              meta.Safe(run),
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{index.Analyzer, exposure.Analyzer},
}

const fix = "put authentication in front of it (auth.RequireBearerToken or a middleware that checks the Authorization header)"

func run(pass *analysis.Pass) (any, error) {
	served := pass.ResultOf[exposure.Analyzer].(*exposure.Result).Served
	// authOn: listener calls with at least one authenticating path to a
	// transport (auth behind a condition).
	authOn := map[*ast.CallExpr]bool{}
	for _, s := range served {
		if s.Authed {
			authOn[s.Listener.Call] = true
		}
	}
	reported := map[*ast.CallExpr]bool{}
	for _, s := range served {
		call := s.Listener.Call
		if s.Authed || reported[call] {
			continue // something in front of the transport authenticates
		}
		if s.Listener.Loopback() {
			continue // loopback only: MCP005's business
		}
		reported[call] = true
		where := "on an address not known to be loopback"
		sev := rule.Severity(0)
		if addr, exposed := s.Listener.Exposed(); exposed {
			where = fmt.Sprintf("on all interfaces (%q)", addr.Display())
			sev = rule.Critical
		}
		kind := rule.MustCheck(rule.CheckTransportAuth)
		msg := kind.Message(s.Kind, where, fix)
		if authOn[call] {
			msg = kind.Message(s.Kind, where+" unless the authenticating path is taken",
				"authentication is off by default; make it the default or require its setting")
		}
		d := analysis.Diagnostic{
			Pos:     call.Pos(),
			End:     call.End(),
			Message: msg,
			Related: []analysis.RelatedInformation{{Pos: s.Transport.Pos(), End: s.Transport.End(), Message: "the transport is created here"}},
		}
		if sev != 0 {
			d.Category = meta.SeverityCategory(sev)
		}
		pass.Report(d)
	}
	return nil, nil
}
