package bindall

import (
	"go/ast"
	"go/types"

	"github.com/mcpsec/mcplint/analyzers/internal/index"
	"github.com/mcpsec/mcplint/analyzers/internal/listen"
	"github.com/mcpsec/mcplint/analyzers/internal/mcpapi"
	"golang.org/x/tools/go/analysis"
)

// servesNoMCP reports whether a listener is known to serve no MCP server:
// a net.Listen whose listener is only asked for its address and closed (a
// free-port probe), or an HTTP server whose handler is a ServeMux (the
// default one, or a local one) on which only plain functions are
// registered, none of which touches an MCP SDK or forwards to another
// handler (an OAuth callback receiver of a client, a health endpoint). Any
// other handler, or one that cannot be followed, may serve MCP.
func servesNoMCP(pass *analysis.Pass, ix *index.Index, l *listen.Listener) bool {
	if l.Entry.Transport != "" {
		return false // an MCP transport's own Start
	}
	if l.Entry.Pkg == "net" || l.Entry.Pkg == "crypto/tls" {
		return probeOnly(pass, ix, l.Call)
	}
	if l.Entry.Pkg != "net/http" {
		return false
	}
	h := l.Handler
	if h == nil && l.Entry.HandlerArg < 0 && l.ServerLit == nil {
		return false // an http.Server built elsewhere: handler unknown
	}
	if h == nil || isNilIdent(h) {
		return muxServesNoMCP(pass, ix, nil)
	}
	id, ok := ast.Unparen(h).(*ast.Ident)
	if !ok {
		if u, isU := ast.Unparen(h).(*ast.UnaryExpr); isU {
			id, ok = ast.Unparen(u.X).(*ast.Ident)
		}
	}
	if !ok {
		return false
	}
	t, ok := ix.TypeName(id, 0)
	if !ok || t.Pkg != "net/http" || t.Name != "ServeMux" {
		return false
	}
	obj := ix.Object(id)
	if obj == nil {
		return false
	}
	return muxServesNoMCP(pass, ix, obj)
}

func isNilIdent(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "nil"
}

// muxServesNoMCP reports whether every registration on a ServeMux (nil:
// http.DefaultServeMux through http.Handle and http.HandleFunc) is a plain
// function that touches no MCP SDK, and there is at least one.
func muxServesNoMCP(pass *analysis.Pass, ix *index.Index, mux types.Object) bool {
	regs, ok := 0, true
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			c, isCall := n.(*ast.CallExpr)
			if !isCall || !ok {
				return ok
			}
			f, _, known := ix.Callee(c)
			if !known || f.Pkg != "net/http" || (f.Name != "Handle" && f.Name != "HandleFunc") || len(c.Args) != 2 {
				return true
			}
			if mux == nil {
				if f.Recv != "" {
					return true
				}
			} else {
				sel, isSel := ast.Unparen(c.Fun).(*ast.SelectorExpr)
				if f.Recv != "ServeMux" || !isSel || ix.RootObject(sel.X) != mux {
					return true
				}
			}
			regs++
			if !plainFunc(pass, ix, c.Args[1]) {
				ok = false
			}
			return true
		})
	}
	return ok && regs > 0
}

// plainFunc reports whether a registered handler is a function (a literal,
// or a function of the package) whose body refers to nothing of an MCP SDK
// and serves no other handler (ServeHTTP).
func plainFunc(pass *analysis.Pass, ix *index.Index, e ast.Expr) bool {
	var body *ast.BlockStmt
	switch x := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		body = x.Body
	case *ast.Ident:
		if d := ix.FuncDecl(ix.Object(x)); d != nil {
			body = d.Body
		}
	}
	if body == nil {
		return false
	}
	clean := true
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.SelectorExpr:
			if x.Sel.Name == "ServeHTTP" {
				clean = false
			}
		case *ast.Ident:
			// the package's own names are not the SDK's, even inside
			// the SDK's repository
			if o := ix.Object(x); o != nil && o.Pkg() != nil && o.Pkg() != pass.Pkg && mcpapi.IsSDKPath(o.Pkg().Path()) {
				clean = false
			}
		}
		return clean
	})
	return clean
}

// probeOnly reports whether the listener a net.Listen call opens is only
// asked for its address and closed: nothing accepts on it or serves it.
func probeOnly(pass *analysis.Pass, ix *index.Index, call *ast.CallExpr) bool {
	var ln types.Object
	for _, file := range pass.Files {
		if file.Pos() > call.Pos() || call.End() > file.End() {
			continue
		}
		ast.Inspect(file, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || len(as.Rhs) != 1 || ast.Unparen(as.Rhs[0]) != call || len(as.Lhs) == 0 {
				return ln == nil
			}
			if id, isID := as.Lhs[0].(*ast.Ident); isID {
				ln = ix.Object(id)
			}
			return false
		})
	}
	if ln == nil {
		return false // returned, passed on or stored: it may be served
	}
	uses := 0
	ok := true
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			if !ok {
				return false
			}
			if sel, isSel := n.(*ast.SelectorExpr); isSel {
				if id, isID := ast.Unparen(sel.X).(*ast.Ident); isID && ix.Object(id) == ln {
					uses++
					if sel.Sel.Name != "Addr" && sel.Sel.Name != "Close" {
						ok = false
					}
					return false
				}
			}
			if id, isID := n.(*ast.Ident); isID && ix.Object(id) == ln && pass.TypesInfo.Defs[id] == nil {
				ok = false // used as a value: returned, passed, stored
			}
			return true
		})
	}
	return ok && uses > 0
}
