// Package gclplugin is mcplint's golangci-lint v2 module plugin. Build a
// custom golangci-lint with `golangci-lint custom` (see .custom-gcl.example.yml)
// and enable the "mcplint" linter (see .golangci.example.yml).
//
// The plugin runs exactly analyzers.All, each finding as one golangci-lint
// issue (see withoutRelated). The analyzers honour `mcplint:ignore ID --
// reason` comments themselves; golangci-lint applies //nolint:mcplint. It
// is pure Go: nothing under analyzers/ uses cgo or tree-sitter, so it builds
// with CGO_ENABLED=0 wherever golangci-lint does.
package gclplugin

import (
	"fmt"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"github.com/mcpsec/mcplint/analyzers"
	"github.com/mcpsec/mcplint/analyzers/knowledge"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"golang.org/x/tools/go/analysis"
)

func init() {
	register.Plugin("mcplint", New)
}

// Settings are the plugin's settings under
// linters.settings.custom.mcplint.settings. They are lists and scalars only:
// golangci-lint's configuration reader lower-cases map keys and splits them
// at dots, so rule IDs are values, never keys. Unknown settings are
// rejected.
type Settings struct {
	// Enable lists the rules to run (IDs such as MCP002 or names such as
	// command-injection); empty means every rule.
	Enable []string `json:"enable"`
	// Disable lists rules not to run.
	Disable []string `json:"disable"`
	// Models declare project functions as sources, sinks, sanitizers or
	// validators, as the models section of .mcplint.yml does for Go.
	Models []Model `json:"models"`
}

// Model is one declared Go function (see docs/config.md, Models): callee
// as package path and name, and one of source, sink (a sink kind),
// sanitizer or validator (sanitizer classes), with arg for sinks and
// validators.
type Model struct {
	Callee    string   `json:"callee"`
	Source    bool     `json:"source"`
	Sink      string   `json:"sink"`
	Sanitizer []string `json:"sanitizer"`
	Validator []string `json:"validator"`
	Arg       string   `json:"arg"`
}

// model converts a setting into the shared vocabulary.
func (m Model) model() (knowledge.Model, error) {
	k := knowledge.Model{Language: rule.Go, Callee: m.Callee, Arg: m.Arg}
	n := 0
	if m.Source {
		k.Role, n = knowledge.RoleSource, n+1
	}
	if m.Sink != "" {
		k.Role, k.Kind, n = knowledge.RoleSink, rule.SinkKind(m.Sink), n+1
	}
	for _, c := range []struct {
		role    knowledge.Role
		classes []string
	}{{knowledge.RoleSanitizer, m.Sanitizer}, {knowledge.RoleValidator, m.Validator}} {
		if len(c.classes) == 0 {
			continue
		}
		k.Role, n = c.role, n+1
		for _, s := range c.classes {
			if _, ok := rule.ClassByName(rule.Class(s)); !ok {
				return k, fmt.Errorf("mcplint: model %s: unknown class %q", m.Callee, s)
			}
			k.Classes = append(k.Classes, rule.Class(s))
		}
	}
	if n != 1 {
		return k, fmt.Errorf("mcplint: model %s: give exactly one of source, sink, sanitizer, validator", m.Callee)
	}
	return k, nil
}

// Plugin is the golangci-lint linter plugin.
type Plugin struct {
	analyzers []*analysis.Analyzer
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New decodes and checks the settings.
func New(conf any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](conf)
	if err != nil {
		return nil, fmt.Errorf("mcplint: %w", err)
	}
	enable, err := ruleSet(s.Enable)
	if err != nil {
		return nil, err
	}
	disable, err := ruleSet(s.Disable)
	if err != nil {
		return nil, err
	}
	var ms []knowledge.Model
	for _, m := range s.Models {
		k, err := m.model()
		if err != nil {
			return nil, err
		}
		ms = append(ms, k)
	}
	if err := analyzers.SetModels(ms); err != nil {
		return nil, fmt.Errorf("mcplint: %w", err)
	}
	p := &Plugin{}
	for _, a := range analyzers.All {
		if (len(enable) == 0 || enable[a.Name]) && !disable[a.Name] {
			p.analyzers = append(p.analyzers, withoutRelated(a))
		}
	}
	return p, nil
}

// withoutRelated returns a copy of a rule's analyzer whose diagnostics carry
// no related information. golangci-lint turns every related location into an
// issue of its own ("MCP002(related information): tool argument read here"),
// so one finding with a taint flow became several issues; each finding stays
// one issue, and the flow is in mcplint's own SARIF and JSON output.
//
// Only rule analyzers are copied: the shared analyzers they require
// (handler discovery, taint) keep their identity, which ResultOf needs.
func withoutRelated(a *analysis.Analyzer) *analysis.Analyzer {
	c := *a
	run := a.Run
	c.Run = func(pass *analysis.Pass) (any, error) {
		p := *pass
		p.Report = func(d analysis.Diagnostic) {
			d.Related = nil
			pass.Report(d)
		}
		return run(&p)
	}
	return &c
}

// ruleSet resolves rule IDs or names to IDs.
func ruleSet(list []string) (map[string]bool, error) {
	set := map[string]bool{}
	for _, item := range list {
		id := ""
		for _, r := range rule.Rules {
			if strings.EqualFold(item, r.ID) || strings.EqualFold(item, r.Name) {
				id = r.ID
			}
		}
		if id == "" {
			return nil, fmt.Errorf("mcplint: unknown rule %q (want an ID such as MCP002 or a name such as command-injection)", item)
		}
		set[id] = true
	}
	return set, nil
}

// BuildAnalyzers returns the enabled analyzers.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) { return p.analyzers, nil }

// GetLoadMode asks for type information: the rules need go/types.
func (p *Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
