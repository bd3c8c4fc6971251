// Package runner is a helper in another package: its summary reaches the
// handler's package as an analysis fact.
package runner

import (
	"context"
	"os/exec"
)

// Shell runs script through sh -c.
func Shell(ctx context.Context, script string) ([]byte, error) {
	return exec.CommandContext(ctx, "sh", "-c", script).Output()
}

// Grep runs grep with the pattern as an argument: no shell.
func Grep(pattern, file string) ([]byte, error) {
	return exec.Command("grep", "-e", pattern, "--", file).Output()
}
