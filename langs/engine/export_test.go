package engine

import (
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

// AnalysisTime parses files, then runs and times the analysis alone.
func AnalysisTime(files []string, langs []*Lang, opts Options) (Output, time.Duration) {
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = DefaultMaxFileSize
	}
	var parsed []*File
	for _, r := range parseAll(files, langs, opts, 1) {
		if r != nil && r.file != nil {
			parsed = append(parsed, r.file)
		}
	}
	start := now()
	var out Output
	for _, p := range groupProjects(parsed) {
		o := analyzeProject(p, opts)
		out.Findings = append(out.Findings, o.Findings...)
		out.Notices = append(out.Notices, o.Notices...)
	}
	return out, now().Sub(start)
}

// Output is the engine's result type, for AnalysisTime.
type Output = rule.Output
