//go:build cgo

package main

import "syscall"

// minAddressSpace is the least address space a scan gets, whatever the
// machine: a large Go module's types and a Python project's syntax trees fit
// well within it.
const minAddressSpace = 8 << 30

// capAddressSpace lowers this process's address-space limit (RLIMIT_AS) to
// limit, unless it is lower already, and returns a function that restores
// the old one. The supervisor sets it around starting the scanning child,
// which inherits it, as do the go commands the child runs: the go list that
// mcplint starts compiles the scanned packages for their export data, and a
// hostile constant makes the Go compiler grow without end (22 GiB before the
// kernel killed it, for a 35-line file). With the cap it fails alone, the
// package is analysed with partial type information, and the scan goes on;
// should the scanning child itself hit the cap, the supervisor reports the
// crash with exit 3. The limit is the machine's memory (at least
// minAddressSpace): a backstop against taking the whole machine down, not a
// budget a real project meets.
func capAddressSpace(limit uint64) func() {
	var old syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_AS, &old) != nil || old.Cur <= limit {
		return func() {}
	}
	lim := old
	lim.Cur = limit
	if syscall.Setrlimit(syscall.RLIMIT_AS, &lim) != nil {
		return func() {}
	}
	return func() { syscall.Setrlimit(syscall.RLIMIT_AS, &old) }
}

// scanAddressSpace is the cap of a scan: the machine's memory, at least
// minAddressSpace.
func scanAddressSpace() uint64 {
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) != nil {
		return minAddressSpace
	}
	return max(uint64(si.Totalram)*uint64(si.Unit), minAddressSpace)
}
