package stdiostdout

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

const fixDescription = "write to os.Stderr"

// printFix turns fmt.Print, Println and Printf into Fprint, Fprintln and
// Fprintf on os.Stderr, adding the "os" import when the file lacks it. No
// fix is offered when the file imports os under a name that something
// else shadows at the call, or as _ or . .
func (c *checker) printFix(call *ast.CallExpr, name string) []analysis.SuggestedFix {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	file := c.fileOf(call.Pos())
	if file == nil {
		return nil
	}
	osName, importEdit, ok := c.osImport(file, call.Pos())
	if !ok {
		return nil
	}
	arg := osName + ".Stderr"
	if len(call.Args) > 0 {
		arg += ", "
	}
	edits := []analysis.TextEdit{
		{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte("F" + strings.ToLower(name[:1]) + name[1:])},
		{Pos: call.Lparen + 1, End: call.Lparen + 1, NewText: []byte(arg)},
	}
	if importEdit != nil {
		edits = append(edits, *importEdit)
	}
	return []analysis.SuggestedFix{{Message: fixDescription, TextEdits: edits}}
}

// stderrFix turns the os.Stdout selector e into os.Stderr.
func stderrFix(e ast.Expr) []analysis.SuggestedFix {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	return []analysis.SuggestedFix{{Message: fixDescription,
		TextEdits: []analysis.TextEdit{{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte("Stderr")}}}}
}

func (c *checker) fileOf(pos token.Pos) *ast.File {
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos < f.FileEnd {
			return f
		}
	}
	return nil
}

// osImport returns the name under which file refers to package os at pos,
// with the edit that adds the import when it is missing.
func (c *checker) osImport(file *ast.File, pos token.Pos) (string, *analysis.TextEdit, bool) {
	name := ""
	for _, spec := range file.Imports {
		if p, err := strconv.Unquote(spec.Path.Value); err != nil || p != "os" {
			continue
		}
		name = "os"
		if spec.Name != nil {
			name = spec.Name.Name
		}
	}
	if name == "_" || name == "." {
		return "", nil, false
	}
	lookup := "os"
	if name != "" {
		lookup = name
	}
	if scope := c.pass.TypesInfo.Scopes[file]; scope != nil {
		if inner := scope.Innermost(pos); inner != nil {
			_, obj := inner.LookupParent(lookup, pos)
			if pn, ok := obj.(*types.PkgName); ok && pn.Imported().Path() == "os" {
				return lookup, nil, true
			}
			if obj != nil {
				return "", nil, false // the name means something else here
			}
		}
	} else if name != "" {
		return name, nil, true // no scope information: trust the import
	}
	if name != "" {
		return name, nil, true
	}
	if c.pass.Pkg.Scope().Lookup("os") != nil {
		return "", nil, false
	}
	return "os", importEdit(file, "os"), true
}

// importEdit adds path (a standard library package) to file's imports:
// into the first parenthesised import declaration, among its standard
// library imports in sorted order (so gofmt keeps the order), else as a
// declaration of its own.
func importEdit(file *ast.File, path string) *analysis.TextEdit {
	quoted := strconv.Quote(path)
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if !gd.Lparen.IsValid() || len(gd.Specs) == 0 {
			return &analysis.TextEdit{Pos: gd.End(), End: gd.End(), NewText: []byte("\nimport " + quoted)}
		}
		var lastStd *ast.ImportSpec
		for _, s := range gd.Specs {
			is := s.(*ast.ImportSpec)
			p, err := strconv.Unquote(is.Path.Value)
			if err != nil || strings.Contains(strings.SplitN(p, "/", 2)[0], ".") {
				continue // not the standard library
			}
			if p > path {
				return &analysis.TextEdit{Pos: is.Pos(), End: is.Pos(), NewText: []byte(quoted + "\n\t")}
			}
			lastStd = is
		}
		if lastStd != nil {
			return &analysis.TextEdit{Pos: lastStd.End(), End: lastStd.End(), NewText: []byte("\n\t" + quoted)}
		}
		first := gd.Specs[0]
		return &analysis.TextEdit{Pos: first.Pos(), End: first.Pos(), NewText: []byte(quoted + "\n\n\t")}
	}
	return &analysis.TextEdit{Pos: file.Name.End(), End: file.Name.End(), NewText: []byte("\n\nimport " + quoted)}
}
