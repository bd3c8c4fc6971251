// Package tokenaudience implements MCP010 (token-audience) for Go: a
// package of an MCP server parses bearer tokens without checking their
// audience.
//
// golang-jwt v5 jwt.Parse, jwt.ParseWithClaims and jwt.NewParser, and
// lestrrat-go/jwx (v2, v3) jwt.Parse, ParseString, ParseRequest and
// ParseHeader, are reported when none of their options is an audience
// option (jwt.WithAudience, golang-jwt's jwt.WithAllAudiences) and the
// enclosing function does not check the audience itself (GetAudience,
// VerifyAudience, an Audience field, claims["aud"], a separate
// jwt.Validate(tok, jwt.WithAudience(...))). go-oidc's
// oidc.Config{SkipClientIDCheck: true} is reported too. Options passed as a
// slice (opts...) cannot be read and are trusted. A Parser's methods are not
// reported: the options were chosen at jwt.NewParser.
package tokenaudience

import (
	"go/ast"
	"go/constant"
	"go/token"

	"github.com/mcpsec/mcplint/analyzers/internal/index"
	"github.com/mcpsec/mcplint/analyzers/internal/mcpapi"
	"github.com/mcpsec/mcplint/analyzers/internal/meta"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

const ruleID = "MCP010"

// Analyzer reports JWT parsing without an audience check.
var Analyzer = &analysis.Analyzer{
	Name:             ruleID,
	Doc:              meta.Doc(ruleID),
	URL:              meta.URL(ruleID),
	Run:              meta.Safe(run),
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{index.Analyzer, inspect.Analyzer},
}

func run(pass *analysis.Pass) (any, error) {
	ix := pass.ResultOf[index.Analyzer].(*index.Index)
	if !ix.MCP || mcpapi.IsSDKPath(pass.Pkg.Path()) {
		return nil, nil
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ins.WithStack([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		call := n.(*ast.CallExpr)
		f, _, ok := ix.Callee(call)
		if !ok {
			return true
		}
		var parse mcpapi.JWTParse
		found := false
		for _, p := range mcpapi.JWTParses {
			if p.Func == f {
				parse, found = p, true
			}
		}
		if !found || call.Ellipsis != token.NoPos {
			return true
		}
		for _, a := range call.Args[min(parse.OptArg, len(call.Args)):] {
			if audienceOption(ix, a, parse.Audience) {
				return true
			}
		}
		if fn := enclosingFunc(stack); fn != nil && readsAudience(ix, fn) {
			return true
		}
		pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(),
			Message: rule.MustCheck(rule.CheckAnyAudience).Message("jwt."+f.Name, "pass jwt.WithAudience(...) so that only tokens issued for this MCP server are accepted")})
		return true
	})
	// go-oidc: oidc.Config{SkipClientIDCheck: true}.
	ins.Preorder([]ast.Node{(*ast.CompositeLit)(nil)}, func(n ast.Node) {
		lit := n.(*ast.CompositeLit)
		t, ok := ix.TypeName(lit, 0)
		if !ok || t.Pkg != mcpapi.OIDCConfig.Pkg || t.Name != mcpapi.OIDCConfig.Name {
			return
		}
		for _, el := range lit.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "SkipClientIDCheck" {
				if tv, ok := pass.TypesInfo.Types[kv.Value]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value) {
					pass.Report(analysis.Diagnostic{Pos: kv.Pos(), End: kv.End(),
						Message: rule.MustCheck(rule.CheckAnyAudience).Message("oidc.Config with SkipClientIDCheck", "set ClientID to this MCP server's audience and keep the check")})
				}
			}
		}
	})
	return nil, nil
}

// audienceOption reports whether e is one of the audience options, or a
// variable assigned one.
func audienceOption(ix *index.Index, e ast.Expr, audience []mcpapi.Func) bool {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		for _, d := range ix.Defs[ix.Object(id)] {
			if d.RHS != nil && d.RHS != e && audienceOption(ix, d.RHS, audience) {
				return true
			}
		}
		return false
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	f, _, ok := ix.Callee(call)
	if !ok {
		return false
	}
	for _, o := range audience {
		if o == f {
			return true
		}
	}
	return false
}

func enclosingFunc(stack []ast.Node) ast.Node {
	for i := len(stack) - 1; i >= 0; i-- {
		if d, ok := stack[i].(*ast.FuncDecl); ok {
			return d
		}
	}
	for i := len(stack) - 1; i >= 0; i-- {
		if l, ok := stack[i].(*ast.FuncLit); ok {
			return l
		}
	}
	return nil
}

// readsAudience reports whether fn looks at the aud claim itself.
func readsAudience(ix *index.Index, fn ast.Node) bool {
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			switch n.Sel.Name {
			case "Audience", "GetAudience", "VerifyAudience", "Aud", "WithAudience":
				found = true
			}
		case *ast.BasicLit:
			if s, ok := ix.ConstString(n); ok && s == "aud" {
				found = true
			}
		}
		return !found
	})
	return found
}
