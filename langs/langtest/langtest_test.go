package langtest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/langs/engine"
	"github.com/mcpsec/mcplint/langs/python"
)

// fakeT records failures instead of failing the real test.
type fakeT struct {
	errors []string
	fatal  bool
}

func (f *fakeT) Helper() {}
func (f *fakeT) Errorf(format string, args ...any) {
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}
func (f *fakeT) Fatalf(format string, args ...any) {
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
	f.fatal = true
}

var langs = []*engine.Lang{python.Lang}

func fixture(t *testing.T, src string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "server.py"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

const header = "from mcp.server.fastmcp import FastMCP\n"

func TestMatchedWantPasses(t *testing.T) {
	ft := &fakeT{}
	Run(ft, fixture(t, header+`mcp = FastMCP("x", host="0.0.0.0")  # want "all interfaces"`+"\n"), langs)
	if len(ft.errors) != 0 {
		t.Fatalf("want no failures, got %q", ft.errors)
	}
}

func TestMissingFindingFails(t *testing.T) {
	ft := &fakeT{}
	Run(ft, fixture(t, header+`mcp = FastMCP("x", host="127.0.0.1")  # want "all interfaces"`+"\n"), langs)
	if len(ft.errors) != 1 || !strings.Contains(ft.errors[0], "no finding matched want") {
		t.Fatalf("want one unmatched-want failure, got %q", ft.errors)
	}
}

func TestUnexpectedFindingFails(t *testing.T) {
	ft := &fakeT{}
	Run(ft, fixture(t, header+`mcp = FastMCP("x", host="0.0.0.0")`+"\n"), langs)
	if len(ft.errors) != 1 || !strings.Contains(ft.errors[0], "unexpected finding MCP001") {
		t.Fatalf("want one unexpected-finding failure, got %q", ft.errors)
	}
}

func TestWrongMessageFails(t *testing.T) {
	ft := &fakeT{}
	Run(ft, fixture(t, header+`mcp = FastMCP("x", host="0.0.0.0")  # want "something else"`+"\n"), langs)
	if len(ft.errors) != 2 {
		t.Fatalf("want an unexpected finding and an unmatched want, got %q", ft.errors)
	}
}

func TestWantInStringIsNotAWant(t *testing.T) {
	ft := &fakeT{}
	Run(ft, fixture(t, header+`s = "# want \"x\""`+"\n"), langs)
	if len(ft.errors) != 0 {
		t.Fatalf("a want inside a string must be ignored, got %q", ft.errors)
	}
}

func TestMalformedWantFails(t *testing.T) {
	ft := &fakeT{}
	Run(ft, fixture(t, header+"x = 1  # want unquoted\n"), langs)
	if len(ft.errors) == 0 {
		t.Fatal("a malformed want must fail")
	}
}
