package output

import "github.com/mcpsec/mcplint/cmd/mcplint/internal/termsafe"

// TermSafe makes s safe to print on a terminal or in a CI log: control
// characters, and the invisible and bidirectional formatting characters
// that can make a line read differently from what it holds, are shown as
// escapes. Paths, messages and source lines come from the scanned code,
// which may be hostile. See termsafe.String.
func TermSafe(s string) string { return termsafe.String(s) }
