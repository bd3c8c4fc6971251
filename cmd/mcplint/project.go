//go:build cgo

package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/knowledge"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/baseline"
	mcpconfig "github.com/mcpsec/mcplint/cmd/mcplint/internal/config"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/output"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/termsafe"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/walk"
)

// project is what a run takes from files in the project rather than from
// the command line: the .mcplint.yml configuration and the -baseline file.
// Both are read before the scan so that a mistake in them fails fast.
type project struct {
	file     *mcpconfig.File // nil without a configuration file
	base     *baseline.File  // nil without -baseline
	basePath string
	// disabled lists the rules the configuration file turned off: rules the
	// command line alone would have run.
	disabled []string
	// failOn is the file's fail-on when it applied ("" otherwise).
	failOn string
}

// loadProject finds and reads the configuration file and the baseline, and
// merges the configuration into cfg. A key given on the command line wins
// over the same key in the file.
func loadProject(cfg *config) (*project, error) {
	p := &project{}
	path := cfg.configFile
	switch path {
	case "none":
		path = ""
	case "":
		path = mcpconfig.Find(scanDir(cfg.paths))
	}
	if path != "" {
		f, err := mcpconfig.Load(path)
		if err != nil {
			return nil, relativeErrors(err)
		}
		p.file = f
		flagsOnly := *cfg
		mergeFile(cfg, f)
		for _, r := range rule.Rules {
			if flagsOnly.enabled(r.ID) && !cfg.enabled(r.ID) {
				p.disabled = append(p.disabled, r.ID)
			}
		}
		if !cfg.set["fail-on"] && f.FailOnSet {
			p.failOn = "none"
			if f.FailOn != 0 {
				p.failOn = f.FailOn.String()
			}
		}
	}
	if cfg.writeBaseline != "" {
		// Fail before a long scan rather than after it.
		if info, err := os.Stat(filepath.Dir(cfg.writeBaseline)); err != nil || !info.IsDir() {
			return nil, fmt.Errorf("-write-baseline: no directory %s", filepath.Dir(cfg.writeBaseline))
		}
	}
	if cfg.baseline != "" {
		b, err := baseline.Read(cfg.baseline)
		if err != nil {
			return nil, fmt.Errorf("-baseline: %w", err)
		}
		p.base, p.basePath = b, cfg.baseline
	}
	return p, nil
}

// scanDir is where the search for a configuration file starts: the first
// path to scan, or its directory when it is a file.
func scanDir(paths []string) string {
	p := "."
	if len(paths) > 0 {
		if p = strings.TrimSuffix(paths[0], "..."); p == "" {
			p = "."
		}
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return "."
	}
	if info, err := os.Stat(abs); err == nil && !info.IsDir() {
		return filepath.Dir(abs)
	}
	return abs
}

// relativeErrors shows configuration errors with a path relative to the
// working directory, as the rest of the command's messages do.
func relativeErrors(err error) error {
	var es mcpconfig.Errors
	if !errors.As(err, &es) {
		return err
	}
	wd, _ := os.Getwd()
	for _, e := range es {
		e.File = displayPath(wd, e.File)
	}
	return es
}

// mergeFile applies the file's settings that no flag overrode. A rule named
// in -enable runs even when the file disables it: the command line is the
// more specific request.
func mergeFile(cfg *config, f *mcpconfig.File) {
	cfg.models = f.Models
	if !cfg.set["enable"] {
		cfg.enable = f.Enable
	}
	if !cfg.set["disable"] {
		for _, id := range f.Disable {
			if !cfg.set["enable"] || !contains(cfg.enable, id) {
				cfg.disable = append(cfg.disable, id)
			}
		}
	}
	if !cfg.set["fail-on"] && f.FailOnSet {
		cfg.failOn = f.FailOn
	}
}

// rebase makes the paths of a configuration file named with -config that
// lies outside the scanned repository relative to the repository's top
// level (root): a CI job keeps its own file outside the checkout, where a
// pull request cannot change it, and its paths still mean the repository's.
func (p *project) rebase(cfg *config, root string) {
	if p.file == nil || cfg.configFile == "" || within(root, p.file.Path) {
		return
	}
	p.file.Dir = root
}

// trace says what the configuration file turned off or changed, for the
// JSON and SARIF reports; nil without a file.
func (p *project) trace(cfg *config) *output.ConfigTrace {
	f := p.file
	if f == nil {
		return nil
	}
	t := &output.ConfigTrace{File: f.Path, Disabled: p.disabled, FailOn: p.failOn}
	for _, g := range f.Exclude {
		t.Exclude = append(t.Exclude, g.Pattern)
	}
	for _, ig := range f.Ignore {
		var paths []string
		for _, g := range ig.Paths {
			paths = append(paths, g.Pattern)
		}
		t.Ignore = append(t.Ignore, fmt.Sprintf("%s in %s: %s", strings.Join(ig.Rules, ","), strings.Join(paths, ","), ig.Reason))
	}
	if len(f.Severity) > 0 {
		t.Severity = map[string]string{}
		for id, sev := range f.Severity {
			t.Severity[id] = sev.String()
		}
	}
	return t
}

// notices turns the trace into one notice naming the file, so that stderr
// and SARIF notifications say what the file turned off: a pull request can
// edit .mcplint.yml, and a rule it disables must not vanish without a word.
// A file that turns nothing off or down gets a note; otherwise a warning.
func (p *project) notices(cfg *config) []rule.Notice {
	t := p.trace(cfg)
	if t == nil {
		return nil
	}
	var parts []string
	if len(t.Disabled) > 0 {
		parts = append(parts, "disabled rules "+strings.Join(t.Disabled, ", "))
	}
	if len(t.Exclude) > 0 {
		parts = append(parts, "excluded paths "+strings.Join(t.Exclude, ", "))
	}
	if len(t.Ignore) > 0 {
		parts = append(parts, "ignores "+strings.Join(t.Ignore, "; "))
	}
	if len(t.Severity) > 0 {
		var ids []string
		for id := range t.Severity {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		var sevs []string
		for _, id := range ids {
			sevs = append(sevs, id+"="+t.Severity[id])
		}
		parts = append(parts, "set severities "+strings.Join(sevs, ", "))
	}
	if t.FailOn != "" {
		parts = append(parts, "set fail-on "+t.FailOn)
	}
	clears := false
	if len(cfg.models) > 0 {
		var roles []string
		for _, m := range cfg.models {
			roles = append(roles, string(m.Role)+" "+m.Callee)
			clears = clears || m.Role == knowledge.RoleSanitizer || m.Role == knowledge.RoleValidator
		}
		parts = append(parts, "declares "+strings.Join(roles, ", "))
	}
	if len(parts) == 0 {
		return []rule.Notice{{Level: rule.NoticeNote, File: t.File, Message: "configuration file in use; it turns nothing off"}}
	}
	level := rule.NoticeNote
	if len(t.Disabled) > 0 || len(t.Exclude) > 0 || len(t.Ignore) > 0 || t.FailOn != "" || clears {
		level = rule.NoticeWarning
	}
	return []rule.Notice{{Level: level, File: t.File, Message: "configuration file " + strings.Join(parts, "; ")}}
}

// exclude drops the walked files, Go package directories and walk notices
// that the configuration excludes.
func (p *project) exclude(t *walk.Targets) {
	if p.file == nil || len(p.file.Exclude) == 0 {
		return
	}
	keep := func(list []string) []string {
		out := list[:0]
		for _, x := range list {
			if !p.file.Excluded(x) {
				out = append(out, x)
			}
		}
		return out
	}
	t.Files = keep(t.Files)
	t.GoDirs = keep(t.GoDirs)
	notices := t.Notices[:0]
	for _, n := range t.Notices {
		if n.File == "" || !p.file.Excluded(n.File) {
			notices = append(notices, n)
		}
	}
	t.Notices = notices
}

// apply runs after in-source suppressions, on sorted findings: it drops
// findings in excluded files (an exclude can name single Go files in a
// package that was analysed), applies severity overrides, silences what the
// file's ignore entries cover, writes -write-baseline, and silences what
// the baseline holds.
func (p *project) apply(cfg *config, root string, out *rule.Output, stderr io.Writer) error {
	if f := p.file; f != nil {
		kept := out.Findings[:0]
		for _, fd := range out.Findings {
			if f.Excluded(fd.Pos.File) {
				continue
			}
			if sev, ok := f.Severity[fd.RuleID]; ok {
				fd.Severity = sev
			}
			if ig, ok := f.Ignored(fd.RuleID, fd.Pos.File); ok && fd.Suppressed == nil {
				fd.Suppressed = &rule.Suppression{Kind: "external", Justification: ig.Reason,
					Pos: rule.Position{File: f.Path, Line: ig.Line, Col: 1}}
			}
			kept = append(kept, fd)
		}
		out.Findings = kept
	}
	if cfg.writeBaseline != "" {
		var active []rule.Finding
		for _, fd := range out.Findings {
			if fd.Suppressed == nil {
				active = append(active, fd)
			}
		}
		b := baseline.Build(root, active)
		if err := baseline.Write(cfg.writeBaseline, b); err != nil {
			return fmt.Errorf("-write-baseline: %w", err)
		}
		fmt.Fprintf(stderr, "mcplint: wrote %s to baseline %s\n", plural(len(b.Findings), "finding"), termsafe.String(cfg.writeBaseline))
		// The run then reports as the next one will: against the new baseline.
		p.base, p.basePath = b, cfg.writeBaseline
	}
	if p.base == nil {
		return nil
	}
	m := baseline.NewMatcher(root, p.base)
	for i := range out.Findings {
		fd := &out.Findings[i]
		if fd.Suppressed == nil && m.Match(*fd) {
			fd.Suppressed = &rule.Suppression{Kind: "external", Justification: "in baseline " + filepath.ToSlash(p.basePath), Baseline: true}
		}
	}
	if cfg.writeBaseline == "" {
		hint := ""
		if m.Stale() > 0 {
			hint = "; they were fixed or changed, and -write-baseline drops them"
		}
		verb := "match"
		if m.Stale() == 1 {
			verb = "matches"
		}
		fmt.Fprintf(stderr, "mcplint: baseline %s: %s matched, %s no longer %s a finding%s\n", termsafe.String(p.basePath), plural(m.Matched(), "finding"), plural(m.Stale(), "entry"), verb, hint)
	}
	return nil
}

// rules is the catalog as this project sees it: rules whose severity the
// configuration overrides are copies with the new default, so that SARIF
// rule descriptors (whose security-severity GitHub code scanning ranks
// alerts by) agree with the findings. The order stays the catalog's, which
// SARIF ruleIndex relies on.
func (p *project) rules() []*rule.Rule {
	if p.file == nil || len(p.file.Severity) == 0 {
		return rule.Rules
	}
	out := make([]*rule.Rule, len(rule.Rules))
	for i, r := range rule.Rules {
		out[i] = r
		if sev, ok := p.file.Severity[r.ID]; ok {
			c := *r
			c.Severity = sev
			out[i] = &c
		}
	}
	return out
}
