//go:build cgo && !linux

package main

// capAddressSpace is a no-op outside Linux (see memcap_linux.go).
func capAddressSpace(uint64) func() { return func() {} }

func scanAddressSpace() uint64 { return 0 }
