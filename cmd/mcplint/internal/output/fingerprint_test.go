package output

import (
	"reflect"
	"strings"
	"testing"
)

// The expected values come from a line-by-line port of the codeql-action's
// hash() (src/fingerprints.ts) run under Node with BigInt standing in for
// its 64-bit Long, on the same inputs.
func TestLineHashesMatchCodeQLAction(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"simple", "a\nb\n", []string{"81b8d8db678b2bbe:1", "ade70578248be16f:1", "c129715d7a2bc9a3:1"}},
		{"crlf", "x = 1\r\ny = 2\r\n\r\nz\r", []string{"fc14798536de9557:1", "230932301958a6bb:1", "3b306224f79348fd:1", "95de0951c928fa27:1", "c129715d7a2bc9a3:1"}},
		{"tabs", "\tif x:\n\t\treturn  1\n  \n", []string{"2658cd4321f5dccf:1", "d2d0fac0f6cd6560:1", "3c5bef55b72b93c9:1", "c129715d7a2bc9a3:1"}},
		{"non-BMP", "s = \"😀 é\"\nprint(s)\n", []string{"2530902651073f92:1", "5ebb91d5469ce6a:1", "c129715d7a2bc9a3:1"}},
		{"duplicates", "same\nsame\nsame", []string{"3a51e5a56e90f4f1:1", "ecbdbf3552acd07d:1", "793f1c3a4abeb3f9:1"}},
		{"longer than window", strings.Repeat("y", 250) + "\nshort\n", []string{"cadd4b5b9d92c51c:1", "8bf8ff854171d875:1", "c129715d7a2bc9a3:1"}},
		{"empty", "", []string{"c129715d7a2bc9a3:1"}},
	}
	for _, c := range cases {
		if got := LineHashes([]byte(c.in)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: LineHashes = %q, want %q", c.name, got, c.want)
		}
	}
}

// A finding's fingerprint must survive lines inserted above it.
func TestLineHashSurvivesShift(t *testing.T) {
	before := LineHashes([]byte("import os\n\nos.system(cmd)\n"))
	after := LineHashes([]byte("import os\nimport sys\n\n\nos.system(cmd)\n"))
	if before[2] != after[4] {
		t.Fatalf("hash of the moved line changed: %s vs %s", before[2], after[4])
	}
}
