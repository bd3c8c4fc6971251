// Package toolpoisoning implements MCP009 (tool-poisoning) for Go: the text
// a model reads as a tool, prompt, resource or parameter description carries
// hidden instructions. Description text is read from mcp-go's options
// (mcp.WithDescription, mcp.Description, mcp.WithPromptDescription,
// mcp.ArgumentDescription, mcp.WithResourceDescription, ...) and from go-sdk
// definitions (mcp.Tool{Description: ...}, mcp.Prompt, mcp.Resource,
// mcp.PromptArgument), when it is a constant (literals, named constants and
// their concatenations), and from the struct tags that describe typed tool
// arguments: `jsonschema:"..."` (go-sdk uses the whole tag as the
// description; invopop/jsonschema's description=...) and
// `jsonschema_description:"..."`. The text is judged by analyzers/poison;
// the finding names every signal that fired.
package toolpoisoning

import (
	"fmt"
	"go/ast"
	"reflect"
	"strconv"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/internal/index"
	"github.com/mcpsec/mcplint/analyzers/internal/mcpapi"
	"github.com/mcpsec/mcplint/analyzers/internal/meta"
	"github.com/mcpsec/mcplint/analyzers/poison"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

const ruleID = "MCP009"

// Analyzer reports poisoned descriptions.
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
	ins.WithStack([]ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.Field)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		switch n := n.(type) {
		case *ast.Field:
			checkTag(pass, n)
		case *ast.CallExpr:
			f, _, ok := ix.Callee(n)
			if !ok {
				return true
			}
			d, ok := mcpapi.FindDescriptionArg(f)
			if !ok || d.Arg >= len(n.Args) {
				return true
			}
			name := ""
			if d.Name >= 0 && d.Name < len(n.Args) {
				name, _ = ix.ConstString(n.Args[d.Name])
			} else {
				name = ownerName(ix, d.Owner, stack)
			}
			check(pass, ix, n.Args[d.Arg], d.What, name)
		case *ast.CompositeLit:
			t, ok := ix.TypeName(n, 0)
			if !ok {
				return true
			}
			d, ok := mcpapi.FindDescriptionStruct(t)
			if !ok {
				return true
			}
			name := ""
			var texts []ast.Expr
			for _, el := range n.Elts {
				kv, ok := el.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				key, ok := kv.Key.(*ast.Ident)
				if !ok {
					continue
				}
				if key.Name == d.Name {
					name, _ = ix.ConstString(kv.Value)
				}
				for _, f := range d.Fields {
					if key.Name == f {
						texts = append(texts, kv.Value)
					}
				}
			}
			for _, e := range texts {
				check(pass, ix, e, d.What, name)
			}
		}
		return true
	})
	return nil, nil
}

// ownerName is the constant first argument of the nearest enclosing owner
// call: the tool of mcp.NewTool("name", mcp.WithDescription(...)).
func ownerName(ix *index.Index, owners []mcpapi.Func, stack []ast.Node) string {
	for i := len(stack) - 2; i >= 0; i-- {
		c, ok := stack[i].(*ast.CallExpr)
		if !ok {
			continue
		}
		f, _, ok := ix.Callee(c)
		if !ok {
			continue
		}
		for _, o := range owners {
			if o != f {
				continue
			}
			if i := mcpapi.OwnerNameArg[f]; i < len(c.Args) {
				name, _ := ix.ConstString(c.Args[i])
				return name
			}
			return ""
		}
	}
	return ""
}

// checkTag judges the jsonschema description tags of a struct field.
func checkTag(pass *analysis.Pass, f *ast.Field) {
	if f.Tag == nil {
		return
	}
	raw, err := strconv.Unquote(f.Tag.Value)
	if err != nil {
		return
	}
	tag := reflect.StructTag(raw)
	name := ""
	if len(f.Names) > 0 {
		name = f.Names[0].Name
	}
	if j, ok := tag.Lookup("json"); ok {
		if n, _, _ := strings.Cut(j, ","); n != "" && n != "-" {
			name = n
		}
	}
	for _, key := range []string{"jsonschema", "jsonschema_description"} {
		if text, ok := tag.Lookup(key); ok {
			report(pass, f.Tag, text, "parameter", name)
		}
	}
}

func check(pass *analysis.Pass, ix *index.Index, e ast.Expr, what, name string) {
	text, ok := ix.ConstString(e)
	if !ok {
		return
	}
	report(pass, e, text, what, name)
}

func report(pass *analysis.Pass, e ast.Node, text, what, name string) {
	details := poison.Details(text)
	if len(details) == 0 {
		return
	}
	subject := what + " description"
	if name != "" {
		subject += fmt.Sprintf(" of %q", name)
	}
	pass.Report(analysis.Diagnostic{Pos: e.Pos(), End: e.End(),
		Message: rule.MustCheck(rule.CheckDescription).Message(subject, strings.Join(details, "; "))})
}
