package taint_test

import (
	"fmt"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/internal/taint"
)

// astKinds lists the expression and statement node types of go/ast, read
// from the source of the Go release that builds the test: every type with
// an exprNode or stmtNode method.
func astKinds(t *testing.T) []string {
	t.Helper()
	path := filepath.Join(build.Default.GOROOT, "src", "go", "ast", "ast.go")
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		t.Fatalf("reading go/ast: %v", err)
	}
	var kinds []string
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || (fd.Name.Name != "exprNode" && fd.Name.Name != "stmtNode") {
			continue
		}
		typ := fd.Recv.List[0].Type
		if s, ok := typ.(*ast.StarExpr); ok {
			typ = s.X
		}
		if id, ok := typ.(*ast.Ident); ok {
			kinds = append(kinds, id.Name)
		}
	}
	sort.Strings(kinds)
	if len(kinds) < 40 {
		t.Fatalf("read only %d node kinds from %s", len(kinds), path)
	}
	return kinds
}

var casePattern = regexp.MustCompile(`\bcase:\s*([A-Za-z0-9_-]+)`)

// TestConformance holds the Go conformance table complete: every
// expression and statement kind of go/ast has exactly one decision, each
// decision that propagates or blocks names a fixture case, and that case
// holds a node of its kind.
func TestConformance(t *testing.T) {
	kinds := astKinds(t)
	// node kinds present in each fixture case
	dir := filepath.Join("..", "..", "..", "testdata", "go", "src", "conformance")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	inCase := map[string]map[string]bool{}
	fset := token.NewFileSet()
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		type span struct {
			name       string
			start, end token.Pos
		}
		var spans []span
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if m := casePattern.FindStringSubmatch(c.Text); m != nil {
					if len(spans) > 0 {
						spans[len(spans)-1].end = c.Pos()
					}
					spans = append(spans, span{m[1], c.Pos(), f.FileEnd})
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				return false
			}
			for _, sp := range spans {
				if n.Pos() >= sp.start && n.Pos() < sp.end {
					if inCase[sp.name] == nil {
						inCase[sp.name] = map[string]bool{}
					}
					name := strings.TrimPrefix(fmt.Sprintf("%T", n), "*ast.")
					inCase[sp.name][name] = true
				}
			}
			return true
		})
	}
	for _, problem := range rule.CheckDecisions(taint.Conformance, kinds, inCase) {
		t.Error(problem)
	}
}
