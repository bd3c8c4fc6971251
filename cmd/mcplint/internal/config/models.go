package config

import (
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/mcpsec/mcplint/analyzers/knowledge"
	"github.com/mcpsec/mcplint/analyzers/rule"
)

var modelKeys = []string{"language", "callee", "source", "sink", "sanitizer", "validator", "arg"}

// languages are the names a model's language may be given by.
var languages = map[string]rule.Language{
	"go": rule.Go, "python": rule.Python, "typescript": rule.TypeScript, "javascript": rule.TypeScript,
}

// models reads the models section: a list of project functions, each with
// a language, a callee and exactly one role.
func (p *parser) models(f *File, n *yaml.Node) {
	if n.Kind != yaml.SequenceNode {
		p.errorf(n, "models: want a list of entries with language, callee and one of source, sink, sanitizer, validator, not %s", kindName(n))
		return
	}
	for _, e := range n.Content {
		if e.Kind != yaml.MappingNode {
			p.errorf(e, "models entry: want a mapping with language, callee and one of source, sink, sanitizer, validator, not %s", kindName(e))
			continue
		}
		if m, ok := p.model(e); ok {
			f.Models = append(f.Models, m)
		}
	}
}

func (p *parser) model(e *yaml.Node) (knowledge.Model, bool) {
	m := knowledge.Model{Line: e.Line}
	ok := true
	seen := map[string]*yaml.Node{}
	var roles []string
	for i := 0; i+1 < len(e.Content); i += 2 {
		k, v := e.Content[i], e.Content[i+1]
		if seen[k.Value] != nil {
			p.errorf(k, "%q is given twice", k.Value)
			ok = false
			continue
		}
		seen[k.Value] = v
		switch k.Value {
		case "language":
			l, found := languages[strings.ToLower(v.Value)]
			if v.Kind != yaml.ScalarNode || !found {
				p.errorf(v, "unknown language %s%s (want go, python, typescript or javascript)", kindName(v),
					Suggest(v.Value, []string{"go", "python", "typescript", "javascript"}))
				ok = false
			}
			m.Language = l
		case "callee":
			if v.Kind != yaml.ScalarNode || strings.TrimSpace(v.Value) == "" {
				p.errorf(v, "callee: want the function's name as mcplint names calls, not %s", kindName(v))
				ok = false
			}
			m.Callee = strings.TrimSpace(v.Value)
		case "source":
			roles = append(roles, k.Value)
			m.Role = knowledge.RoleSource
			if v.Kind != yaml.ScalarNode || v.Value != "true" {
				p.errorf(v, "source: want true (the function returns text the client controls), not %s", kindName(v))
				ok = false
			}
		case "sink":
			roles = append(roles, k.Value)
			m.Role = knowledge.RoleSink
			m.Kind = rule.SinkKind(v.Value)
			if _, found := rule.Kind(m.Kind); v.Kind != yaml.ScalarNode || !found {
				p.errorf(v, "unknown sink kind %s%s (want one of %s)", kindName(v), Suggest(v.Value, rule.KindNames()),
					strings.Join(rule.KindNames(), ", "))
				ok = false
			}
		case "sanitizer", "validator":
			roles = append(roles, k.Value)
			m.Role = knowledge.Role(k.Value)
			m.Classes = p.classes(v)
			if len(m.Classes) == 0 {
				ok = false
			}
		case "arg":
			if v.Kind != yaml.ScalarNode || v.Value == "" {
				p.errorf(v, "arg: want an argument position such as 0, not %s", kindName(v))
				ok = false
			}
			m.Arg = v.Value
		default:
			p.errorf(k, "unknown key %q in models entry%s", k.Value, Suggest(k.Value, modelKeys))
			ok = false
		}
	}
	switch {
	case seen["language"] == nil:
		p.errorf(e, "models entry needs a language: go, python, typescript or javascript")
		return m, false
	case seen["callee"] == nil:
		p.errorf(e, "models entry needs a callee: the function's name as mcplint names calls")
		return m, false
	case len(roles) == 0:
		p.errorf(e, "models entry needs one of source, sink, sanitizer, validator: what the function is")
		return m, false
	case len(roles) > 1:
		p.errorf(e, "models entry says %s: give one role per entry", strings.Join(roles, " and "))
		return m, false
	}
	if !ok {
		return m, false
	}
	if m.Arg == "" && (m.Role == knowledge.RoleSink || m.Role == knowledge.RoleValidator) {
		m.Arg = "0"
	}
	if m.Arg != "" && m.Role != knowledge.RoleSink && m.Role != knowledge.RoleValidator {
		p.errorf(seen["arg"], "arg is read only by sink and validator entries")
		return m, false
	}
	callee := seen["callee"]
	if m.Language == rule.Go {
		if _, _, _, good := knowledge.GoFunc(m.Callee); !good {
			p.errorf(callee, "callee %q: name a Go function as package path and name (example.com/srv/run.Shell) or with its receiver type (example.com/srv/db.Store.Query)", m.Callee)
			return m, false
		}
		if _, err := strconv.Atoi(m.Arg); m.Arg != "" && err != nil {
			p.errorf(seen["arg"], "arg %q: a Go argument is a position from 0", m.Arg)
			return m, false
		}
	} else if fault := knowledge.PatternFault(m.Callee); fault != "" {
		p.errorf(callee, "callee %q cannot match any call: %s", m.Callee, fault)
		return m, false
	}
	return m, true
}

func (p *parser) classes(n *yaml.Node) []rule.Class {
	var known []string
	for _, c := range rule.Classes {
		known = append(known, string(c.Class))
	}
	var out []rule.Class
	for _, s := range p.strings(n) {
		if _, ok := rule.ClassByName(rule.Class(s.Value)); !ok {
			p.errorf(s, "unknown class %q%s (want %s)", s.Value, Suggest(s.Value, known), strings.Join(known, ", "))
			return nil
		}
		out = append(out, rule.Class(s.Value))
	}
	return out
}
