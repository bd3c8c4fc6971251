package engine

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/smacker/go-tree-sitter/python"
	"github.com/smacker/go-tree-sitter/typescript/tsx"
)

// TestDump prints the tree of the file named by $DUMP (a .py or TS file),
// a helper for writing language data: DUMP=x.py go test -run TestDump -v.
func TestDump(t *testing.T) {
	f := os.Getenv("DUMP")
	if f == "" {
		t.Skip("set DUMP to a file to print its tree")
	}
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	l := tsx.GetLanguage()
	if strings.HasSuffix(f, ".py") {
		l = python.GetLanguage()
	}
	root, _, err := parse(nil, l, src, 0)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Print(Sexp(root))
}
