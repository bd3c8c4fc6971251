// Package termsafe makes text from a scanned tree safe to print on a
// terminal or in a CI log. File names, source snippets and messages built
// from them are attacker-controlled in CI: an escape sequence rewrites the
// terminal, a bare carriage return or line feed starts a new log line that
// the GitHub Actions runner reads as a workflow command (::stop-commands::,
// ::add-mask::), and bidirectional overrides make the log show other text
// than it holds ("Trojan Source").
package termsafe

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// String returns s unchanged when it holds nothing unsafe; otherwise the
// unsafe runes are written as Go escapes (\n, \x1b, \u202e), in the style
// of %q without the quotes, and its backslashes are doubled so that it
// reads unambiguously (a string with nothing unsafe keeps its backslashes:
// Windows paths stay readable). Unsafe: the C0 controls but tab (CR and LF
// included), DEL, the C1 controls, every Unicode format character (among
// them the bidirectional marks, embeddings, overrides and isolates U+200E,
// U+200F, U+061C, U+202A-U+202E, U+2066-U+2069, and zero-width
// characters), the line and paragraph separators (U+2028, U+2029), and
// invalid UTF-8.
func String(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteString(`\x`)
			b.WriteString(strconv.FormatUint(uint64(s[i])|0x100, 16)[1:])
		case r == '\\':
			b.WriteString(`\\`)
		case unsafeRune(r):
			q := strconv.QuoteRuneToASCII(r) // 'x' with Go escapes
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func needsEscape(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\t') || c == 0x7f {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || unsafeRune(r) {
			return true
		}
		i += n
	}
	return false
}

// unsafeRune reports runes that control a terminal, or reorder or hide
// text: the controls (Cc) but tab, every format character (Cf: the bidi
// marks, embeddings, overrides and isolates, zero-width characters, the
// BOM), and the line and paragraph separators.
func unsafeRune(r rune) bool {
	switch {
	case r == '\t':
		return false // harmless, and common in source lines
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r == 0x2028, r == 0x2029:
		return true
	}
	return r >= 0xad && unicode.Is(unicode.Cf, r)
}

// Unsafe reports whether String would change s.
func Unsafe(s string) bool { return needsEscape(s) }
