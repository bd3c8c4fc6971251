// Package tables collects what the engines' library tables know (Go's in
// analyzers/, Python's and TypeScript's in langs/) into the neutral shape
// docgen renders on the rule pages, so that docgen itself stays free of
// langs/.
package tables

import (
	"strings"

	"github.com/mcpsec/mcplint/analyzers/knowledge/golang"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/docgen"
	"github.com/mcpsec/mcplint/langs"
	"github.com/mcpsec/mcplint/langs/engine"
)

// guardNames say what each guard shape checks.
var guardNames = map[engine.GuardKind]string{
	engine.PrefixGuard:    "prefix check with a separator on a resolved path",
	engine.ContainGuard:   "containment check on a resolved path",
	engine.CommonGuard:    "common-path comparison",
	engine.TryGuard:       "relative-path computation that raises outside the base",
	engine.RejectPrefix:   "rejected prefix",
	engine.MatchGuard:     "anchored allow-list pattern",
	engine.MemberGuard:    "parent-directory membership",
	engine.ValidatorGuard: "declared validator",
	engine.AllowListGuard: "membership in a fixed allow-list",
}

// Known lists, per language, the sinks, sanitizers, guards and sources of
// the tables.
func Known() []docgen.Known {
	out := []docgen.Known{goKnown()}
	for _, l := range langs.Languages {
		out = append(out, langKnown(l))
	}
	return out
}

func goKnown() docgen.Known {
	k := docgen.Known{Language: rule.Go}
	for _, s := range golang.Sinks() {
		k.Sinks = append(k.Sinks, docgen.KnownSink{Kind: s.Kind, Callees: []string{s.Callee}, Arg: s.Args})
	}
	k.Sanitizers = []docgen.KnownCheck{{What: "functions whose result cannot carry an injection", Callees: golang.Sanitizers()}}
	for _, s := range golang.ClassSanitizers() {
		k.Sanitizers = append(k.Sanitizers, docgen.KnownCheck{What: "sanitizer", Callees: []string{s.Callee}, Classes: s.Classes})
	}
	for _, c := range golang.Checks() {
		k.Calls = append(k.Calls, docgen.KnownCall{Kind: c.Kind, Callees: c.Callees})
	}
	k.Guards = []docgen.KnownCheck{
		{What: "functions that vouch for their argument when they return true", Callees: golang.Guards()},
		{What: "containment checks by shape: filepath.Rel checked for \"..\", strings.HasPrefix of a cleaned absolute path and the base with a separator, os.Root"},
		{What: "allow-list patterns: (*regexp.Regexp).MatchString and Match, regexp.MatchString, with a constant anchored pattern; they clear the classes the pattern rules out, also through a predicate or an error-returning validator"},
	}
	return k
}

func langKnown(l *engine.Lang) docgen.Known {
	k := docgen.Known{Language: l.Name}
	for _, s := range l.Sinks {
		ks := docgen.KnownSink{Kind: s.Kind, Callees: s.Callee, Arg: "argument " + strings.Join(s.Arg, " or "), Detail: s.Detail}
		if ks.Detail == "" && len(s.When) > 0 {
			ks.Detail = " (under a condition on its arguments)"
		}
		k.Sinks = append(k.Sinks, ks)
	}
	for _, m := range l.Models {
		if m.Kind == engine.Sanitize {
			k.Sanitizers = append(k.Sanitizers, docgen.KnownCheck{What: "sanitizer", Callees: m.Callee, Classes: m.Classes})
		}
	}
	for _, g := range l.Guards {
		k.Guards = append(k.Guards, docgen.KnownCheck{What: guardNames[g.Kind], Callees: g.Callee,
			Classes: append([]rule.Class{g.Class}, g.Clears...)})
	}
	for _, ls := range l.Listeners {
		k.Calls = append(k.Calls, docgen.KnownCall{Kind: rule.CheckBindAll, Callees: append(append([]string(nil), ls.Callee...), ls.AssignTo...)})
	}
	for _, t := range l.Transports {
		k.Calls = append(k.Calls, docgen.KnownCall{Kind: rule.CheckTransportAuth, Callees: t.Callee})
		if !t.OriginUnknown {
			k.Calls = append(k.Calls, docgen.KnownCall{Kind: rule.CheckTransportOrigin, Callees: t.Callee})
		}
	}
	for _, cc := range l.CallChecks {
		c := docgen.KnownCall{Kind: cc.Kind, Callees: cc.Callee}
		if len(cc.Detail) > 0 {
			c.Detail = cc.Detail[0]
		}
		if cc.Scope != "" {
			c.Detail += ", while a " + cc.Scope + " transport serves"
		}
		k.Calls = append(k.Calls, c)
	}
	for _, tc := range l.Texts {
		callees := append(append(append([]string(nil), tc.Callee...), tc.Decorators...), tc.Keys...)
		k.Calls = append(k.Calls, docgen.KnownCall{Kind: rule.CheckDescription, Callees: callees, Detail: tc.What})
	}
	for _, s := range l.Sources {
		k.Sources = append(k.Sources, docgen.KnownSource{Class: s.Class, Name: s.Name, Callees: append(append([]string(nil), s.Callee...), s.Attr...)})
	}
	return k
}
