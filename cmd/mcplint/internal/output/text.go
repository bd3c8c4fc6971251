package output

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/termsafe"
)

// writeText prints one line per finding, `path:line:col: message (ID, severity)`,
// the shape compilers and go vet use so editors and terminals can jump to it,
// then a summary line.
func writeText(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	active := r.active()
	for _, f := range active {
		// Paths and messages come from the scanned tree: escaped, they
		// cannot drive the terminal or start a CI log command.
		fmt.Fprintf(bw, "%s:%d:%d: %s (%s, %s)\n", termsafe.String(r.displayPath(f.Pos.File)), f.Pos.Line, f.Pos.Col, termsafe.String(f.Message), f.RuleID, f.Severity)
	}
	fmt.Fprintln(bw, summary(r, active))
	if line := scoreSummary(r); line != "" {
		fmt.Fprintln(bw, line)
	}
	return bw.Flush()
}

// summary is the closing line of text output.
func summary(r *Report, active []rule.Finding) string {
	counts := map[rule.Severity]int{}
	for _, f := range active {
		counts[f.Severity]++
	}
	var parts []string
	for s := rule.Critical; s >= rule.Low; s-- {
		if counts[s] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[s], s))
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "mcplint: %s", plural(len(active), "finding"))
	if len(parts) > 0 {
		fmt.Fprintf(&b, " (%s)", strings.Join(parts, ", "))
	}
	fmt.Fprintf(&b, " in %s, %s", plural(r.Files, "file"), plural(r.Lines, "line"))
	if n := len(r.Findings) - len(active); n > 0 {
		fmt.Fprintf(&b, "; %d suppressed", n)
	}
	return b.String()
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
