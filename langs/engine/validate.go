package engine

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/knowledge"
	"github.com/mcpsec/mcplint/analyzers/rule"
)

// Validate checks a language's tables and returns one line per problem:
// unknown sink kinds, classes and rule IDs; conditions that set no test or
// two; callee patterns that cannot match any name the interpreter gives;
// fields a guard kind does not read; and entries shadowed by an earlier
// one, which could never decide anything because the engine takes the
// first match. Every language's data is validated by a test.
func Validate(l *Lang) []string {
	v := &validator{}
	for i, h := range l.Handlers {
		at := fmt.Sprintf("Handlers[%d]", i)
		v.patterns(at+".Decorators", h.Decorators)
		v.patterns(at+".Calls", h.Calls)
		v.schema(at+".Narrow", h.Narrow)
		if !h.Narrow.empty() && len(h.Schema) == 0 {
			v.errorf("%s: schema patterns without Schema", at)
		}
		v.conds(at, h.When)
		if h.Kind != "tool" && h.Kind != "resource" && h.Kind != "prompt" {
			v.errorf("%s: kind %q is not tool, resource or prompt", at, h.Kind)
		}
	}
	v.schema("TypeSchema", l.TypeSchema)
	v.patterns("Annotated", l.Annotated)
	for i, ls := range l.Listeners {
		at := fmt.Sprintf("Listeners[%d]", i)
		v.patterns(at+".Callee", ls.Callee)
		v.patterns(at+".AssignTo", ls.AssignTo)
		v.conds(at, ls.When)
		if ls.OnlyServed && !ls.Serves {
			v.errorf("%s: OnlyServed is read only with Serves", at)
		}
		// the first listener whose conditions hold is the only one run
		for j := 0; j < i; j++ {
			if len(l.Listeners[j].When) == 0 && v.covered(l.Listeners[j].Callee, ls.Callee) {
				v.errorf("%s is shadowed by Listeners[%d]", at, j)
				break
			}
		}
	}
	for i, cc := range l.CallChecks {
		at := fmt.Sprintf("CallChecks[%d]", i)
		k := v.check(at, cc.Kind, cc.Detail)
		v.patterns(at+".Callee", cc.Callee)
		v.conds(at, cc.When)
		if k == nil {
			continue
		}
		// one finding per rule and call: an earlier check of the same
		// rule that always fires on the same calls would say the same
		// thing twice
		for j := 0; j < i; j++ {
			e := l.CallChecks[j]
			if ek, ok := rule.Check(e.Kind); ok && ek.Rule == k.Rule && e.Scope == cc.Scope && e.UnlessOrigin == cc.UnlessOrigin &&
				(len(e.When) == 0 || reflect.DeepEqual(e.When, cc.When)) && v.covered(e.Callee, cc.Callee) {
				v.errorf("%s is shadowed by CallChecks[%d]", at, j)
				break
			}
		}
	}
	for i, t := range l.Transports {
		at := fmt.Sprintf("Transports[%d]", i)
		v.patterns(at+".Callee", t.Callee)
		v.conds(at, t.When)
		if t.AuthFix == "" {
			v.errorf("%s: no AuthFix", at)
		}
		if (len(t.Local) > 0 || t.KindDefault != "") && t.KindArg == "" {
			v.errorf("%s: Local and KindDefault are read only with KindArg", at)
		}
		if t.OriginUnknown && (len(t.SecurityArgs) > 0 || t.OriginFix != "" || t.Default != nil) {
			v.errorf("%s: SecurityArgs, OriginFix and Default are not read when OriginUnknown", at)
		}
		if !t.OriginUnknown && t.OriginFix == "" {
			v.errorf("%s: no OriginFix (or set OriginUnknown)", at)
		}
	}
	for i, m := range l.Models {
		at := fmt.Sprintf("Models[%d]", i)
		v.patterns(at+".Callee", m.Callee)
		v.classes(at, m.Classes)
		if m.Kind == Sanitize && len(m.Classes) == 0 {
			v.errorf("%s: a sanitizer that clears no class", at)
		}
		if m.Kind != Sanitize && len(m.Classes) > 0 {
			v.errorf("%s: Classes is read only by Sanitize models", at)
		}
		// the first model whose callee matches is the only one applied
		for _, p := range m.Callee {
			for j := 0; j < i; j++ {
				if v.covered(l.Models[j].Callee, []string{p}) {
					v.errorf("%s: callee %q is shadowed by Models[%d]", at, p, j)
					break
				}
			}
		}
	}
	for i, s := range l.Sinks {
		at := fmt.Sprintf("Sinks[%d]", i)
		k, ok := rule.Kind(s.Kind)
		if !ok {
			v.errorf("%s: unknown sink kind %q (known: %s)", at, s.Kind, strings.Join(rule.KindNames(), ", "))
		}
		v.patterns(at+".Callee", s.Callee)
		v.conds(at, s.When)
		if len(s.Arg) == 0 {
			v.errorf("%s: no argument", at)
		}
		if len(s.HostKeys)+len(s.PathKeys) > 0 && (s.Mode != URLHost || len(s.HostKeys) == 0) {
			v.errorf("%s: HostKeys and PathKeys are for URLHost sinks, and need HostKeys", at)
		}
		if !ok {
			continue
		}
		// one finding per rule and call: an earlier sink of the same rule
		// that checks the same arguments the same way on every call of
		// these callees decides alone
		for j := 0; j < i; j++ {
			e := l.Sinks[j]
			ek, ok := rule.Kind(e.Kind)
			if ok && ek.Rule == k.Rule && e.Mode == s.Mode && reflect.DeepEqual(e.Arg, s.Arg) &&
				(len(e.When) == 0 || reflect.DeepEqual(e.When, s.When)) && v.covered(e.Callee, s.Callee) {
				v.errorf("%s is shadowed by Sinks[%d]", at, j)
				break
			}
		}
	}
	for i, e := range l.Effects {
		at := fmt.Sprintf("Effects[%d]", i)
		v.patterns(at+".Callee", e.Callee)
		v.conds(at, e.When)
		fixed := e.Mode == EffectAlways || e.Mode == EffectOpenMode
		switch {
		case e.Mode < EffectAlways || e.Mode > EffectVerb:
			v.errorf("%s: unknown mode %d", at, e.Mode)
		case fixed && e.Kind == "":
			v.errorf("%s: no effect kind", at)
		case !fixed && e.Kind != "":
			v.errorf("%s: the mode decides the kind; Kind %q is never read", at, e.Kind)
		case (e.Mode == EffectSQLText || e.Mode == EffectMethod || e.Mode == EffectOpenMode) && len(e.Arg) == 0:
			v.errorf("%s: no argument", at)
		}
		if e.Kind != "" {
			func() {
				defer func() {
					if r := recover(); r != nil {
						v.errorf("%s: %v", at, r)
					}
				}()
				rule.MustEffect(e.Kind)
			}()
		}
	}
	for i, g := range l.Guards {
		at := fmt.Sprintf("Guards[%d]", i)
		v.guard(at, g)
		// guardCall stops at the first guard whose callee matches, unless
		// its kind looks further when its shape does not fit
		for j := 0; j < i; j++ {
			e := l.Guards[j]
			switch e.Kind {
			case PrefixGuard, ContainGuard, CommonGuard, MemberGuard:
				if e.Kind == g.Kind || g.Kind != TryGuard && g.Kind != MemberGuard {
					if v.covered(e.Callee, g.Callee) {
						v.errorf("%s is shadowed by Guards[%d]", at, j)
					}
				}
			}
		}
	}
	for i, tc := range l.Texts {
		at := fmt.Sprintf("Texts[%d]", i)
		v.patterns(at+".Callee", tc.Callee)
		v.patterns(at+".Decorators", tc.Decorators)
		v.patterns(at+".ParamCalls", tc.ParamCalls)
		v.conds(at, tc.When)
		if tc.Check == nil {
			v.errorf("%s: no Check", at)
		}
	}
	sourceClasses := map[string]bool{"": true}
	for i, s := range l.Sources {
		at := fmt.Sprintf("Sources[%d]", i)
		v.patterns(at+".Callee", s.Callee)
		v.conds(at, s.When)
		if s.Class == "" || s.Name == "" {
			v.errorf("%s: a source needs a class and a name", at)
		}
		sourceClasses[s.Class] = true
	}
	for _, k := range rule.SinkKinds {
		if !sourceClasses[k.Source] {
			v.errorf("sink kind %s looks for source class %q, which no Source has", k.Kind, k.Source)
		}
	}
	marks := map[string]bool{}
	for i, m := range l.Marks {
		at := fmt.Sprintf("Marks[%d]", i)
		v.patterns(at+".Callee", m.Callee)
		v.conds(at, m.When)
		marks[m.Name] = true
	}
	for i, cc := range l.CallChecks {
		if cc.Scope != "" && !marks[cc.Scope] {
			v.errorf("CallChecks[%d]: scope %q is no Mark", i, cc.Scope)
		}
	}
	v.patterns("GuardWrappers", l.GuardWrappers)
	return v.errs
}

type validator struct{ errs []string }

func (v *validator) errorf(format string, args ...any) {
	v.errs = append(v.errs, fmt.Sprintf(format, args...))
}

// engineChecks are the check kinds whose details the engine computes
// (listeners, transports, description texts): no call check names them.
var engineChecks = map[rule.CheckKind]bool{rule.CheckBindAll: true, rule.CheckTransportAuth: true,
	rule.CheckTransportOrigin: true, rule.CheckDescription: true}

// check checks a call check's kind and that its details fill the kind's
// message frame exactly.
func (v *validator) check(at string, k rule.CheckKind, details []string) *rule.CheckInfo {
	info, ok := rule.Check(k)
	if !ok {
		v.errorf("%s: unknown check kind %q (known: %s)", at, k, strings.Join(rule.CheckNames(), ", "))
		return nil
	}
	if engineChecks[k] {
		v.errorf("%s: check kind %s is reported by the engine, not by call checks", at, k)
	}
	if len(details) != info.Details() {
		v.errorf("%s: check kind %s takes %d details (%q), got %d", at, k, info.Details(), info.Format, len(details))
	}
	for i, d := range details {
		if strings.TrimSpace(d) == "" {
			v.errorf("%s: Detail[%d] is empty", at, i)
		}
	}
	return info
}

func (v *validator) classes(at string, cs []rule.Class) {
	for _, c := range cs {
		if _, ok := rule.ClassByName(c); !ok {
			v.errorf("%s: unknown class %q", at, c)
		}
	}
}

// guard checks that a guard sets the fields its kind reads, and only those.
func (v *validator) guard(at string, g Guard) {
	v.patterns(at+".Callee", g.Callee)
	v.patterns(at+".Anchored", g.Anchored)
	v.classes(at, append(append([]rule.Class{g.Class}, g.Clears...), g.Parts...))
	only := func(field string, set bool, kinds ...GuardKind) {
		if !set {
			return
		}
		for _, k := range kinds {
			if g.Kind == k {
				return
			}
		}
		v.errorf("%s: %s is not read by this guard kind", at, field)
	}
	only("Seps", len(g.Seps) > 0, PrefixGuard)
	only("Prefixes", len(g.Prefixes) > 0, RejectPrefix)
	only("Anchored", len(g.Anchored) > 0, MatchGuard)
	only("Clears", len(g.Clears) > 0, AllowListGuard)
	only("Args", len(g.Args) > 0, MatchGuard)
	only("Collection", g.Collection, AllowListGuard)
	if g.Collection && len(g.Callee) == 0 {
		v.errorf("%s: Collection without Callee", at)
	}
	only("Parts", len(g.Parts) > 0 || len(g.PartNames) > 0, AllowListGuard)
	if len(g.Parts) > 0 != (len(g.PartNames) > 0) {
		v.errorf("%s: Parts and PartNames go together", at)
	}
	if g.Kind == RejectPrefix && len(g.Prefixes) == 0 {
		v.errorf("%s: RejectPrefix without Prefixes", at)
	}
	if g.Kind == PrefixGuard && len(g.Seps) == 0 {
		v.errorf("%s: PrefixGuard without Seps", at)
	}
	if g.Kind != AllowListGuard && len(g.Callee) == 0 {
		v.errorf("%s: no callee", at)
	}
}

// conds checks that each condition sets exactly one test.
func (v *validator) conds(at string, cs []Cond) {
	for i, c := range cs {
		n := 0
		for _, set := range []bool{len(c.OneOf) > 0, c.Absent, c.Present, c.Truthy, c.Falsy, len(c.Ref) > 0,
			len(c.Contains) > 0, len(c.Tag) > 0, c.Missing, len(c.Calls) > 0 || len(c.Nodes) > 0, len(c.Mentions) > 0} {
			if set {
				n++
			}
		}
		switch {
		case n == 0:
			v.errorf("%s.When[%d]: the condition sets no test", at, i)
		case n > 1:
			v.errorf("%s.When[%d]: the condition sets %d tests; write one condition per test", at, i, n)
		}
		if len(c.NotCalls) > 0 && len(c.Calls) == 0 && len(c.Nodes) == 0 {
			v.errorf("%s.When[%d]: NotCalls without Calls or Nodes", at, i)
		}
		if c.Arg == "" {
			v.errorf("%s.When[%d]: no argument", at, i)
		}
		v.patterns(fmt.Sprintf("%s.When[%d].Ref", at, i), c.Ref)
	}
}

// patterns checks that each pattern can match a name the interpreter
// gives: dotted names, "()" after a call, "?" for an unknown value, module
// paths. Whitespace, quotes, brackets other than "()" and a trailing dot
// never occur in such names.
// schema checks the patterns of a schema vocabulary.
func (v *validator) schema(at string, s SchemaVocab) {
	v.patterns(at+".Safe", s.Safe)
	v.patterns(at+".Pattern", s.Pattern)
	v.patterns(at+".Wrap", s.Wrap)
}

func (v *validator) patterns(at string, ps []string) {
	seen := map[string]bool{}
	for _, p := range ps {
		if seen[p] {
			v.errorf("%s: pattern %q listed twice", at, p)
		}
		seen[p] = true
		if reason := knowledge.PatternFault(p); reason != "" {
			v.errorf("%s: pattern %q cannot match: %s", at, p, reason)
		}
	}
}

// covered reports whether every pattern of later is matched by a pattern of
// earlier (a '*' in later is taken literally, so "*.get" covers "*.get" and
// "requests.get" but not "*"), i.e. no name matches later but not earlier.
func (v *validator) covered(earlier, later []string) bool {
	if len(later) == 0 {
		return false
	}
	for _, p := range later {
		if !matchAny(earlier, p) {
			return false
		}
	}
	return true
}
