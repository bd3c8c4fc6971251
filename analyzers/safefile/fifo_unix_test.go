//go:build unix

package safefile

import (
	"syscall"
	"testing"
)

// mkfifo makes a named pipe at path: reading one blocks until a writer
// comes, the shape of file a hostile tree uses to hang a scanner.
func mkfifo(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Fatal(err)
	}
}
