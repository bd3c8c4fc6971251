// Package interp is a minimal stub of github.com/traefik/yaegi/interp for fixtures.
package interp

type Options struct{}

type Interpreter struct{}

func New(o Options) *Interpreter { return &Interpreter{} }

func (i *Interpreter) Eval(src string) (any, error) { return nil, nil }
