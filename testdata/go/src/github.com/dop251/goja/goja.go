// Package goja is a minimal stub of github.com/dop251/goja for fixtures.
package goja

type Value interface{}

type Runtime struct{}

func New() *Runtime                                    { return &Runtime{} }
func (r *Runtime) RunString(src string) (Value, error) { return nil, nil }
