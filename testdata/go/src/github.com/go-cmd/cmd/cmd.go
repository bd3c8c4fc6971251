// Package cmd is a stub of github.com/go-cmd/cmd for the fixtures.
package cmd

type Cmd struct{ Name string }

type Options struct{ Buffered bool }

type Status struct{ Stdout []string }

func NewCmd(name string, args ...string) *Cmd                   { return &Cmd{Name: name} }
func NewCmdOptions(o Options, name string, args ...string) *Cmd { return &Cmd{Name: name} }
func (c *Cmd) Start() <-chan Status                             { return nil }
