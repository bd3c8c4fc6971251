package engine

import (
	"errors"
	"strings"
	"testing"
	"time"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/python"
)

// TestParserReusedAfterTimeout checks that a worker's parser, reused from
// file to file, starts each file afresh: a parse stopped by its time
// budget must not stop, or be resumed by, the next file's parse.
func TestParserReusedAfterTimeout(t *testing.T) {
	lang := python.GetLanguage()
	small := []byte("import os\n\ndef f(x):\n    return os.path.join('a', x)\n")
	want, _, err := parse(nil, lang, small, 0)
	if err != nil {
		t.Fatal(err)
	}
	big := []byte(strings.Repeat("x = [1, 2, (3, 4), {'a': b}]\n", 200000))
	p := sitter.NewParser()
	defer p.Close()
	for i := 0; i < 3; i++ {
		if _, _, err := parse(p, lang, big, 2*time.Millisecond); !errors.Is(err, errParseTimeout) {
			t.Fatalf("round %d: parse of a large file with a 2ms budget: err = %v, want errParseTimeout", i, err)
		}
		got, _, err := parse(p, lang, small, 0)
		if err != nil {
			t.Fatalf("round %d: the next file on the same parser: %v", i, err)
		}
		if Sexp(got) != Sexp(want) {
			t.Fatalf("round %d: the next file's tree differs from a fresh parser's:\n%s\nwant\n%s", i, Sexp(got), Sexp(want))
		}
	}
}
