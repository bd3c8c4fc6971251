package output

import (
	"fmt"
	"strings"
	"unicode"
)

// TermSafe makes s safe to print on a terminal: control characters, and
// the invisible and bidirectional formatting characters that can make a
// line read differently from what it holds, are shown as escapes. Paths,
// messages and source lines come from the scanned code, which may be
// hostile.
func TermSafe(s string) string {
	clean := true
	for _, r := range s {
		if unsafeRune(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !unsafeRune(r):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}

func unsafeRune(r rune) bool {
	if r == '\t' {
		return false
	}
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029'
}
