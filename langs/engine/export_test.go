package engine

import "time"

// SetClock replaces the engine's clock for a test and returns a function
// that restores it.
func SetClock(f func() time.Time) (restore func()) {
	old := now
	now = f
	return func() { now = old }
}
