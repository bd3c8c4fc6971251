package engine

import (
	"fmt"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/knowledge"
	"github.com/mcpsec/mcplint/analyzers/rule"
)

// WithModels returns a copy of l with the user's models added ahead of the
// built-in entries, so that a declaration wins over what the tables or a
// summary of the function would say. l itself is never changed: the
// language data is shared by every run.
func WithModels(l *Lang, ms []knowledge.Model) *Lang {
	if len(ms) == 0 {
		return l
	}
	c := *l
	var sinks []Sink
	var models []Model
	var guards []Guard
	var sources []Source
	for _, m := range ms {
		callee := []string{m.Callee}
		switch m.Role {
		case knowledge.RoleSink:
			sinks = append(sinks, Sink{Kind: m.Kind, Callee: callee, Arg: []ArgRef{m.Arg}, Mode: declaredMode(m.Kind), Declared: true})
		case knowledge.RoleSanitizer:
			models = append(models, Model{Callee: callee, Kind: Sanitize, Classes: m.Classes, Declared: true})
		case knowledge.RoleValidator:
			guards = append(guards, Guard{Callee: callee, Kind: ValidatorGuard, Class: m.Classes[0], Clears: m.Classes[1:], Args: []ArgRef{m.Arg}})
		case knowledge.RoleSource:
			// named as the call reads, without the pattern's leading glob
			name := strings.TrimLeft(m.Callee, "*.")
			if name == "" {
				name = m.Callee
			}
			sources = append(sources, Source{Name: fmt.Sprintf("the value %s returns", name), Callee: callee, Declared: true})
		}
	}
	c.Sinks = append(sinks, l.Sinks...)
	c.Models = append(models, l.Models...)
	c.Guards = append(guards, l.Guards...)
	c.Sources = append(sources, l.Sources...)
	return &c
}

// declaredMode is how a declared sink of a kind checks its argument: the
// URL kinds only when the caller can choose scheme or host, an argv only
// when it runs a chosen program or script; anything else when any part is
// tainted.
func declaredMode(k rule.SinkKind) SinkMode {
	switch k {
	case rule.KindURL, rule.KindBaseURL, rule.KindHost:
		return URLHost
	case rule.KindExecArgv:
		return Program
	case rule.KindArgvOption:
		return Leading
	}
	return AnyPart
}
