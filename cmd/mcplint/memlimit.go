//go:build cgo

package main

import (
	"os"
	"runtime/debug"
)

// defaultMemoryLimit is the soft heap limit of a run unless GOMEMLIMIT
// says otherwise. The tree-sitter engine holds one project's syntax trees
// at a time (about 100 MiB for 150k lines of Python); with the collector's
// default pacing (GOGC=100) the heap may grow to twice that before it
// collects. A soft limit makes it collect earlier when the heap nears the
// limit, for about 20% more CPU on the largest projects (bench/RESULTS.md),
// and never fails: a project whose live data exceeds the limit only makes
// the collector work harder, and the runtime caps that at half the CPU.
const defaultMemoryLimit = 150 << 20

func setMemoryLimit() {
	if os.Getenv("GOMEMLIMIT") != "" {
		return // the user's choice
	}
	if debug.SetMemoryLimit(-1) < defaultMemoryLimit {
		return // already lower (a test, an embedding program)
	}
	debug.SetMemoryLimit(defaultMemoryLimit)
}
