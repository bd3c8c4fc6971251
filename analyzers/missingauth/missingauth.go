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
	"go/ast"
	"go/token"
	"go/types"

	"github.com/mcpsec/mcplint/analyzers/internal/exposure"
	"github.com/mcpsec/mcplint/analyzers/internal/index"
	"github.com/mcpsec/mcplint/analyzers/internal/mcpapi"
	"github.com/mcpsec/mcplint/analyzers/internal/meta"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
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

func run(pass *analysis.Pass) (any, error) {
	served := pass.ResultOf[exposure.Analyzer].(*exposure.Result).Served
	// authOn: listener calls with at least one authenticating path to a
	// transport (auth behind a condition).
	authOn := map[*ast.CallExpr]bool{}
	required := map[*ast.CallExpr]bool{}
	for _, s := range served {
		if s.Authed {
			authOn[s.Listener.Call] = true
			if s.AuthDef != nil && requiredBefore(pass, s.AuthDef) {
				required[s.Listener.Call] = true
			}
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
		if required[call] {
			continue // the function refuses to serve without the credential unless told to
		}
		reported[call] = true
		sev, where := rule.Severity(0), rule.Where(rule.ReachUnknown, "")
		if addr, named := s.Listener.Network(); named {
			where = rule.Where(rule.ReachNetwork, addr.Display())
		}
		if addr, exposed := s.Listener.Exposed(); exposed {
			sev, where = rule.Critical, rule.Where(rule.ReachAll, addr.Display())
		}
		kind := rule.MustCheck(rule.CheckTransportAuth)
		msg := kind.Message(s.Kind, where, mcpapi.TransportAuthFix)
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

// requiredBefore reports whether the authenticating assignment def, made
// in a branch (if token != "" { h = requireKey(token, h) }), is in fact
// required: earlier in the same block the function returns when the
// branch's condition does not hold (if token == "" && !allowOpen { return
// err }), so serving without authentication takes an explicit opt-out.
func requiredBefore(pass *analysis.Pass, def ast.Node) bool {
	var file *ast.File
	for _, f := range pass.Files {
		if f.FileStart <= def.Pos() && def.End() <= f.FileEnd {
			file = f
		}
	}
	if file == nil {
		return false
	}
	path, _ := astutil.PathEnclosingInterval(file, def.Pos(), def.End())
	for i, n := range path {
		ifs, ok := n.(*ast.IfStmt)
		if !ok {
			continue
		}
		if ifs.Else != nil && ifs.Else.Pos() <= def.Pos() && def.End() <= ifs.Else.End() {
			return false // in the else branch: not the simple shape
		}
		if i+1 >= len(path) {
			return false
		}
		block, ok := path[i+1].(*ast.BlockStmt)
		if !ok {
			return false
		}
		for _, st := range block.List {
			if st == ifs {
				return false
			}
			guard, ok := st.(*ast.IfStmt)
			if !ok || guard.Else != nil || guard.Init != nil || !returns(guard.Body) {
				continue
			}
			for _, term := range conjuncts(guard.Cond) {
				if negates(term, ifs.Cond) {
					return true
				}
			}
		}
		return false
	}
	return false
}

// returns reports whether a block ends by leaving the function.
func returns(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	_, ok := b.List[len(b.List)-1].(*ast.ReturnStmt)
	return ok
}

// conjuncts splits a && b && c.
func conjuncts(e ast.Expr) []ast.Expr {
	if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.LAND {
		return append(conjuncts(b.X), conjuncts(b.Y)...)
	}
	return []ast.Expr{ast.Unparen(e)}
}

// negates reports whether a is the negation of b, by syntax: x == y
// against x != y, !x against x.
func negates(a, b ast.Expr) bool {
	a, b = ast.Unparen(a), ast.Unparen(b)
	if u, ok := a.(*ast.UnaryExpr); ok && u.Op == token.NOT {
		return types.ExprString(ast.Unparen(u.X)) == types.ExprString(b)
	}
	if u, ok := b.(*ast.UnaryExpr); ok && u.Op == token.NOT {
		return types.ExprString(ast.Unparen(u.X)) == types.ExprString(a)
	}
	x, ok1 := a.(*ast.BinaryExpr)
	y, ok2 := b.(*ast.BinaryExpr)
	if !ok1 || !ok2 {
		return false
	}
	opposite := x.Op == token.EQL && y.Op == token.NEQ || x.Op == token.NEQ && y.Op == token.EQL
	return opposite && types.ExprString(x.X) == types.ExprString(y.X) && types.ExprString(x.Y) == types.ExprString(y.Y)
}
