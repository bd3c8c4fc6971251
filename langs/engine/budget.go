package engine

import (
	"fmt"
	"time"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// fileClock enforces Options.FileTimeout on analysis: the wall time spent
// in the units (module top level, function with its callees) of one file
// adds up, and once it reaches the budget the running unit stops and the
// file's later units are skipped. Step budgets bound the work; this bounds
// the time, whatever the machine, and it is what a user can tune.
type fileClock struct {
	spent    map[*File]time.Duration
	deadline time.Time // of the running unit; zero means none
	cut      bool      // the running unit ran out of time
	unitFile *File
	reported map[*File]bool
}

// now is the clock; tests replace it to make time budgets deterministic.
var now = time.Now

// timeCheckEvery is how many steps pass between two reads of the clock.
const timeCheckEvery = 256

// startUnit arms the deadline for a unit of f; false means f's budget is
// already spent and the unit must not run.
func (a *analysis) startUnit(f *File) bool {
	c := &a.clock
	c.cut, c.deadline, c.unitFile = false, time.Time{}, f
	if a.opts.FileTimeout <= 0 {
		return true
	}
	if c.spent == nil {
		c.spent = map[*File]time.Duration{}
	}
	left := a.opts.FileTimeout - c.spent[f]
	if left <= 0 {
		a.timeNotice(f)
		return false
	}
	c.deadline = now().Add(left)
	return true
}

// endUnit charges the unit's time to its file.
func (a *analysis) endUnit(f *File, start time.Time) {
	if a.opts.FileTimeout > 0 {
		a.clock.spent[f] += now().Sub(start)
	}
	a.clock.deadline = time.Time{}
}

// outOfTime is called on every step; it reads the clock every
// timeCheckEvery steps and, once the deadline passed, keeps saying so
// until the unit ends.
func (a *analysis) outOfTime() bool {
	c := &a.clock
	if c.cut {
		return true
	}
	if c.deadline.IsZero() || a.work%timeCheckEvery != 0 || now().Before(c.deadline) {
		return false
	}
	c.cut = true
	a.timeNotice(c.unitFile)
	return true
}

// timeNotice reports, once per file, that its analysis was cut short. It
// bypasses quiet mode: a time cut is never silent.
func (a *analysis) timeNotice(f *File) {
	c := &a.clock
	if c.reported == nil {
		c.reported = map[*File]bool{}
	}
	if f == nil || c.reported[f] {
		return
	}
	c.reported[f] = true
	// inside a handler a tool argument may have been flowing on
	a.out.Notices = append(a.out.Notices, rule.Notice{Level: rule.NoticeWarning, File: f.Path, MayHideFinding: a.handling > 0,
		Message: fmt.Sprintf("analysis of this file stopped at its %v time budget (-file-timeout); findings in it may be incomplete", a.opts.FileTimeout)})
}
