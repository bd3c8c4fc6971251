// Package cli is a stub of github.com/urfave/cli/v2 for the analyzer tests.
package cli

// Flag is a command-line flag.
type Flag interface{ Names() []string }

// StringFlag is a string flag.
type StringFlag struct {
	Name        string
	Value       string
	Usage       string
	Destination *string
}

// Names returns the flag's names.
func (f *StringFlag) Names() []string { return []string{f.Name} }

// Context is the context of a command's action.
type Context struct{}

// String returns the value of the named string flag.
func (c *Context) String(name string) string { return "" }

// App is a command-line application.
type App struct {
	Name   string
	Flags  []Flag
	Action func(*Context) error
}

// Run runs the application.
func (a *App) Run(args []string) error { return nil }
