package engine

import (
	"reflect"
	"syscall"
	"time"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// SetClock replaces the engine's clock for a test and returns a function
// that restores it.
func SetClock(f func() time.Time) (restore func()) {
	old := now
	now = f
	return func() { now = old }
}

// AnalysisTime parses files, then runs the analysis alone and returns the
// processor time it used (not wall time: a busy machine must not fail a
// test of the engine's complexity).
func AnalysisTime(files []string, langs []*Lang, opts Options) (Output, time.Duration) {
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = DefaultMaxFileSize
	}
	var parsed []*File
	for _, r := range parseAll(files, langs, opts, 1, nil, func() {}) {
		if r != nil && r.file != nil {
			parsed = append(parsed, r.file)
		}
	}
	start := cpuTime()
	var out Output
	for _, p := range groupProjects(parsed) {
		o := analyzeProject(p, opts)
		out.Findings = append(out.Findings, o.Findings...)
		out.Notices = append(out.Notices, o.Notices...)
	}
	return out, cpuTime() - start
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// Output is the engine's result type, for AnalysisTime.
type Output = rule.Output

// matchesSlow is matches by trying every pattern of every table: the
// definition calleeIndex must agree with (tests compare the two).
func (a *analysis) matchesSlow(ref string) *refMatches {
	l := a.lang
	m := &refMatches{auth: matchAny(l.AuthMarkers, ref), origin: matchAny(l.OriginMarkers, ref), model: -1}
	for i := range l.Models {
		if matchAny(l.Models[i].Callee, ref) {
			m.model = i
			break
		}
	}
	for i := range l.Handlers {
		if matchAny(l.Handlers[i].Calls, ref) {
			m.handlers = append(m.handlers, i)
		}
	}
	for i := range l.Listeners {
		if matchAny(l.Listeners[i].Callee, ref) {
			m.listeners = append(m.listeners, i)
		}
	}
	for i := range l.CallChecks {
		if matchAny(l.CallChecks[i].Callee, ref) {
			m.checks = append(m.checks, i)
		}
	}
	for i := range l.Transports {
		if matchAny(l.Transports[i].Callee, ref) {
			m.transports = append(m.transports, i)
		}
	}
	for i := range l.Sinks {
		if matchAny(l.Sinks[i].Callee, ref) {
			m.sinks = append(m.sinks, i)
		}
	}
	for i := range l.Guards {
		if matchAny(l.Guards[i].Callee, ref) {
			m.guards = append(m.guards, i)
		}
	}
	for i := range l.Texts {
		if matchAny(l.Texts[i].Callee, ref) {
			m.texts = append(m.texts, i)
		}
	}
	for i := range l.Sources {
		if matchAny(l.Sources[i].Callee, ref) {
			m.sources = append(m.sources, i)
		}
	}
	for i := range l.Marks {
		if matchAny(l.Marks[i].Callee, ref) {
			m.marks = append(m.marks, i)
		}
	}
	for i := range l.Effects {
		if matchAny(l.Effects[i].Callee, ref) {
			m.effects = append(m.effects, i)
		}
	}
	return m
}

// CalleeIndexMismatches returns the names for which the callee index of l
// and trying every pattern disagree.
func CalleeIndexMismatches(l *Lang, refs []string) []string {
	a := &analysis{lang: l}
	x := newCalleeIndex(l)
	var bad []string
	for _, r := range refs {
		if !reflect.DeepEqual(x.lookup(r), a.matchesSlow(r)) {
			bad = append(bad, r)
		}
	}
	return bad
}

// CalleePatterns returns every callee pattern of l's tables.
func CalleePatterns(l *Lang) []string {
	out := append(append([]string(nil), l.AuthMarkers...), l.OriginMarkers...)
	for _, m := range l.Models {
		out = append(out, m.Callee...)
	}
	for _, h := range l.Handlers {
		out = append(out, h.Calls...)
	}
	for _, x := range l.Listeners {
		out = append(out, x.Callee...)
	}
	for _, x := range l.CallChecks {
		out = append(out, x.Callee...)
	}
	for _, x := range l.Transports {
		out = append(out, x.Callee...)
	}
	for _, x := range l.Sinks {
		out = append(out, x.Callee...)
	}
	for _, x := range l.Guards {
		out = append(out, x.Callee...)
	}
	for _, x := range l.Texts {
		out = append(out, x.Callee...)
	}
	for _, x := range l.Sources {
		out = append(out, x.Callee...)
	}
	for _, x := range l.Marks {
		out = append(out, x.Callee...)
	}
	for _, x := range l.Effects {
		out = append(out, x.Callee...)
	}
	return out
}

// CalleeLookups looks every name up in l's tables, with the callee index
// or (slow) by trying every pattern, and returns how many matched any.
func CalleeLookups(l *Lang, names []string, slow bool) int {
	a := &analysis{lang: l}
	x := newCalleeIndex(l)
	n := 0
	for _, r := range names {
		var m *refMatches
		if slow {
			m = a.matchesSlow(r)
		} else {
			m = x.lookup(r)
		}
		if m.model >= 0 || len(m.sinks)+len(m.handlers)+len(m.listeners) > 0 {
			n++
		}
	}
	return n
}
