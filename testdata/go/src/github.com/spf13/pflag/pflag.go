// Package pflag is a stub of github.com/spf13/pflag for the analyzer tests.
package pflag

// FlagSet is a set of flags.
type FlagSet struct{}

// String defines a string flag.
func (f *FlagSet) String(name, value, usage string) *string { return &value }

// StringVar defines a string flag that fills p.
func (f *FlagSet) StringVar(p *string, name, value, usage string) {}

// StringVarP is StringVar with a shorthand.
func (f *FlagSet) StringVarP(p *string, name, shorthand, value, usage string) {}

// GetString returns the value of the named flag.
func (f *FlagSet) GetString(name string) (string, error) { return "", nil }

// Flag is one flag.
type Flag struct{ Name string }

// Lookup returns the named flag.
func (f *FlagSet) Lookup(name string) *Flag { return &Flag{Name: name} }
