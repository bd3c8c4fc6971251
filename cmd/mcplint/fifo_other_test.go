//go:build !unix

package main

import "testing"

// mkfifo skips the test where named pipes cannot be made by path.
func mkfifo(t *testing.T, path string) {
	t.Helper()
	t.Skip("named pipes need a Unix system")
}
