// Package cobra is a stub of github.com/spf13/cobra for the analyzer tests.
package cobra

import "github.com/spf13/pflag"

// Command is a command.
type Command struct {
	Use  string
	RunE func(cmd *Command, args []string) error
}

// Flags returns the command's flags.
func (c *Command) Flags() *pflag.FlagSet { return &pflag.FlagSet{} }

// Execute runs the command.
func (c *Command) Execute() error { return nil }
