package termsafe

import (
	"strings"
	"testing"
)

func TestString(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"server.py", "server.py"},
		{`C:\src\server.py`, `C:\src\server.py`},
		{"héllo/世界.py", "héllo/世界.py"},
		{"d\n::stop-commands::x\n", `d\n::stop-commands::x\n`},
		{"a\rb", `a\rb`},
		{"\x1b[2J\a", `\x1b[2J\a`},
		{"tab\there", "tab\there"},
		{"zero\u200bwidth\ufeff", `zero\u200bwidth\ufeff`},
		{"del\x7f", `del\x7f`},
		{"c1\u0085\u009b", `c1\u0085\u009b`},
		{"bidi\u202eevil\u202c", `bidi\u202eevil\u202c`},
		{"iso\u2066x\u2069", `iso\u2066x\u2069`},
		{"marks\u200e\u200f\u061c", `marks\u200e\u200f\u061c`},
		{"sep\u2028\u2029", `sep\u2028\u2029`},
		{"bad\xffutf8", `bad\xffutf8`},
		{"back\\slash\n", `back\\slash\n`},
	} {
		if got := String(tc.in); got != tc.want {
			t.Errorf("String(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if Unsafe(tc.in) != (tc.in != tc.want) {
			t.Errorf("Unsafe(%q) = %v", tc.in, Unsafe(tc.in))
		}
	}
}

// FuzzString checks that nothing unsafe survives, whatever the input.
func FuzzString(f *testing.F) {
	f.Add("d\n::add-mask::x\r\x1b]0;t\a\u202e")
	f.Fuzz(func(t *testing.T, s string) {
		out := String(s)
		if Unsafe(out) {
			t.Fatalf("String(%q) = %q still unsafe", s, out)
		}
		if strings.ContainsAny(out, "\r\n\x1b") {
			t.Fatalf("String(%q) = %q holds a control", s, out)
		}
	})
}
