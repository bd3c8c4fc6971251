package bindall

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/internal/index"
	"github.com/mcpsec/mcplint/analyzers/internal/listen"
	"golang.org/x/tools/go/analysis"
)

// loopbackHost is the host every MCP001 fix binds to.
const loopbackHost = "127.0.0.1"

// fixDescription is the message of the suggested fix.
const fixDescription = "bind to " + loopbackHost

// hostFix rewrites the string literal the all-interfaces address came from
// so that its host is 127.0.0.1: ":8080" becomes "127.0.0.1:8080",
// "0.0.0.0:9000" and "[::]:9000" become "127.0.0.1:...", and a literal that
// is the host alone ("0.0.0.0" joined with a port) becomes "127.0.0.1". A
// constant's declaration is fixed where it is declared. An address with no
// literal for its host (an http.Server with no Addr, an SDK default) gets
// no fix: there is no port to keep.
func hostFix(ix *index.Index, addr listen.Addr) []analysis.SuggestedFix {
	lit := originLiteral(ix, addr.Origin)
	if lit == nil || len(lit.Value) < 2 || lit.Value[0] != lit.Value[len(lit.Value)-1] {
		return nil
	}
	v, ok := ix.ConstString(lit)
	if !ok || lit.Value[1:len(lit.Value)-1] != v {
		return nil // escapes in the literal: the offsets would not be exact
	}
	i := strings.LastIndex(addr.Text, ":")
	if strings.HasPrefix(addr.Text, "[") {
		i = strings.Index(addr.Text, "]:") + 1
	}
	if i < 0 {
		return nil // no port in the address: nothing to keep
	}
	host := addr.Text[:i]
	start := lit.Pos() + 1 // after the opening quote
	var end token.Pos
	switch {
	case strings.HasPrefix(v, host+":"):
		end = start + token.Pos(len(host)) // the host and its port in one literal
	case v == host && host != "":
		end = start + token.Pos(len(v)) // the host alone, joined with a port elsewhere
	default:
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   fixDescription,
		TextEdits: []analysis.TextEdit{{Pos: start, End: end, NewText: []byte(loopbackHost)}},
	}}
}

// originLiteral returns the string literal an address came from: the node
// itself, or the literal a package-level or local constant is declared
// with.
func originLiteral(ix *index.Index, n ast.Node) *ast.BasicLit {
	switch n := n.(type) {
	case *ast.BasicLit:
		if n.Kind == token.STRING {
			return n
		}
	case *ast.Ident:
		c, ok := ix.Object(n).(*types.Const)
		if !ok || c.Pkg() != ix.Pass.Pkg {
			return nil
		}
		return constLiteral(ix.Pass, c)
	}
	return nil
}

// constLiteral finds the string literal c is declared with in the package.
func constLiteral(pass *analysis.Pass, c *types.Const) *ast.BasicLit {
	for _, f := range pass.Files {
		if f.Pos() > c.Pos() || c.Pos() > f.End() {
			continue
		}
		var found *ast.BasicLit
		ast.Inspect(f, func(n ast.Node) bool {
			vs, ok := n.(*ast.ValueSpec)
			if !ok || found != nil {
				return found == nil
			}
			for i, name := range vs.Names {
				if name.Pos() == c.Pos() && i < len(vs.Values) {
					if bl, ok := vs.Values[i].(*ast.BasicLit); ok && bl.Kind == token.STRING {
						found = bl
					}
				}
			}
			return false
		})
		return found
	}
	return nil
}
