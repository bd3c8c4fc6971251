package docgen

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// Known is what one language's tables know, in a neutral shape (filled by
// cmd/mcplint/internal/tables, so that docgen stays free of langs/).
type Known struct {
	Language   rule.Language
	Sinks      []KnownSink
	Sanitizers []KnownCheck
	Guards     []KnownCheck
	Sources    []KnownSource
	// Calls are the entries of the check kinds (listeners, transports,
	// call checks, description texts).
	Calls []KnownCall
}

// KnownCall is one table entry behind a check kind: its callees and, for a
// call check, what makes the call a finding.
type KnownCall struct {
	Kind    rule.CheckKind
	Callees []string
	Detail  string
}

// KnownSink is one sink entry: callees and the argument checked.
type KnownSink struct {
	Kind    rule.SinkKind
	Callees []string
	Arg     string // "argument 0", "0.url", ...
	Detail  string // " with shell=True", or the condition
}

// KnownCheck is a sanitizer or guard: what it is, its callees, the classes
// it clears ("" meaning every class).
type KnownCheck struct {
	What    string
	Callees []string
	Classes []rule.Class
}

// KnownSource is a source of a class other than tool arguments.
type KnownSource struct {
	Class   string
	Name    string
	Callees []string
}

// knownSection renders, for a rule, the sinks, sanitizers, guards and
// sources each language's tables know.
func knownSection(r *rule.Rule, known []Known) []byte {
	if len(known) == 0 {
		return nil
	}
	kinds := rule.KindsOf(r.ID)
	if len(kinds) == 0 {
		return checksSection(r, known)
	}
	classes := map[rule.Class]bool{}
	sources := map[string]bool{}
	for _, k := range kinds {
		if k.Class != "" {
			classes[k.Class] = true
		}
		sources[k.Source] = true
	}
	var b bytes.Buffer
	b.WriteString("## What mcplint knows\n\n")
	b.WriteString("Generated from the library tables. Sink kinds of this rule:\n\n")
	for _, k := range kinds {
		cl := ""
		if k.Class != "" {
			cl = fmt.Sprintf("; cleared by class `%s`", k.Class)
		}
		fmt.Fprintf(&b, "- `%s`: %s (message: \"... %s ...%s\"%s)\n", k.Kind, k.Doc, k.Verb, k.Tail, cl)
	}
	b.WriteString("\nA project can add its own functions to these lists with `models` in [`.mcplint.yml`](../config.md#models-your-own-sources-sinks-and-checks).\n\n")
	for _, l := range known {
		if !r.Supports(l.Language) {
			continue
		}
		var sinks []string
		for _, k := range kinds {
			for _, s := range l.Sinks {
				if s.Kind == k.Kind {
					sinks = append(sinks, fmt.Sprintf("- `%s` %s%s: %s", s.Kind, s.Arg, s.Detail, codes(s.Callees)))
				}
			}
		}
		if len(sinks) == 0 {
			continue
		}
		fmt.Fprintf(&b, "### %s\n\nSinks:\n\n%s\n\n", languageNames[l.Language], strings.Join(sinks, "\n"))
		for _, part := range []struct {
			title  string
			checks []KnownCheck
		}{{"Sanitizers", l.Sanitizers}, {"Guards", l.Guards}} {
			var lines []string
			for _, c := range part.checks {
				if clears(c.Classes, classes) {
					line := "- " + c.What + classList(c.Classes)
					if len(c.Callees) > 0 {
						line += ": " + codes(c.Callees)
					}
					lines = append(lines, line)
				}
			}
			if len(lines) > 0 {
				fmt.Fprintf(&b, "%s:\n\n%s\n\n", part.title, strings.Join(lines, "\n"))
			}
		}
		var srcs []string
		for _, s := range l.Sources {
			if sources[s.Class] {
				srcs = append(srcs, fmt.Sprintf("- %s: %s", s.Name, codes(s.Callees)))
			}
		}
		if len(srcs) > 0 {
			fmt.Fprintf(&b, "Sources:\n\n%s\n\n", strings.Join(srcs, "\n"))
		}
	}
	return b.Bytes()
}

// clears reports whether a check clearing cs (every class when empty)
// matters to a rule whose sinks are cleared by want.
func clears(cs []rule.Class, want map[rule.Class]bool) bool {
	if len(want) == 0 {
		return false
	}
	if len(cs) == 0 {
		return true
	}
	for _, c := range cs {
		if want[c] {
			return true
		}
	}
	return false
}

func classList(cs []rule.Class) string {
	if len(cs) == 0 {
		return ""
	}
	var s []string
	for _, c := range cs {
		s = append(s, string(c))
	}
	return " (" + strings.Join(s, ", ") + ")"
}

func codes(ss []string) string {
	return "`" + strings.Join(ss, "`, `") + "`"
}

// checksSection renders, for a rule found by check kinds rather than
// sinks, the kinds and the calls each language's tables know for them.
func checksSection(r *rule.Rule, known []Known) []byte {
	kinds := rule.ChecksOf(r.ID)
	if len(kinds) == 0 {
		return nil
	}
	var b bytes.Buffer
	b.WriteString("## What mcplint knows\n\n")
	b.WriteString("Generated from the library tables. Check kinds of this rule:\n\n")
	for _, k := range kinds {
		fmt.Fprintf(&b, "- `%s`: %s (message: \"%s\")\n", k.Kind, k.Doc, strings.ReplaceAll(k.Format, "%s", "..."))
	}
	b.WriteString("\n")
	for _, l := range known {
		if !r.Supports(l.Language) {
			continue
		}
		var lines []string
		for _, k := range kinds {
			for _, c := range l.Calls {
				if c.Kind == k.Kind {
					line := fmt.Sprintf("- `%s`: %s", c.Kind, codes(c.Callees))
					if c.Detail != "" {
						line += " (" + c.Detail + ")"
					}
					lines = append(lines, line)
				}
			}
		}
		if len(lines) > 0 {
			fmt.Fprintf(&b, "### %s\n\n%s\n\n", languageNames[l.Language], strings.Join(lines, "\n"))
		}
	}
	return b.Bytes()
}
