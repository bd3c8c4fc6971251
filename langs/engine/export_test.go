package engine

import (
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
