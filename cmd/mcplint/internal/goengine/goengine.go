// Package goengine loads Go packages safely (no toolchain download, no cgo,
// no network, no writes to go.mod) and runs mcplint's go/analysis analyzers
// over them, converting diagnostics to rule.Finding.
//
// Packages whose dependencies cannot be loaded (offline, private modules,
// broken code) are still analysed with partial type information: every
// mcplint analyzer runs despite type errors and falls back to the syntax of
// imports and declarations. Such packages are reported as degraded notices;
// only a package with no syntax at all counts as failed.
package goengine

import (
	"bytes"
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/mcpsec/mcplint/analyzers"
	"github.com/mcpsec/mcplint/analyzers/knowledge"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/analyzers/safefile"
	"github.com/mcpsec/mcplint/analyzers/sdkversions"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Options configures one run of the Go engine.
type Options struct {
	// Enabled reports whether a rule is enabled; nil means all rules.
	Enabled func(ruleID string) bool
	// Analyzers overrides analyzers.All (tests).
	Analyzers []*analysis.Analyzer
	// Models are the project functions .mcplint.yml declares; the Go ones
	// reach the analyzers through their -models flag.
	Models []knowledge.Model
	// LoadTimeout bounds loading one module's packages (go list, and the
	// compilation of dependencies for their export data); a module that
	// runs out is reported and not analysed. Zero means no limit.
	LoadTimeout time.Duration
	// Progress, when set, is called before each module (or directory
	// outside a module) is loaded: its index from 1, their number, and its
	// directory. Loading dominates the cost of a cold scan.
	Progress func(n, total int, dir string)
}

// SeverityCategoryPrefix starts an analysis.Diagnostic Category that sets the
// finding's severity deliberately (e.g. "severity:critical" for MCP004 on a
// listener that also binds all interfaces). Without it the catalog default
// applies.
const SeverityCategoryPrefix = "severity:"

// safeEnv is appended to the environment of every go command mcplint runs
// (go list through go/packages, go env for the cache key).
// GOTOOLCHAIN=local: a scanned go.mod must never make mcplint download and run
// a toolchain. CGO_ENABLED=0: `#cgo pkg-config` lines never run. GOPROXY=off:
// never download. -mod=readonly: never write go.mod or go.sum.
var safeEnv = []string{"GOTOOLCHAIN=local", "CGO_ENABLED=0", "GOPROXY=off", "GOSUMDB=off"}

// Env is the environment of a go command run for the module at root:
// mcplint's own environment with the protections of safeEnv, and GOFLAGS
// replaced by the module's -mod flag (ModFlag), so that neither the user's
// GOFLAGS nor the scanned tree can turn them off.
func Env(root string) []string {
	env := append(os.Environ(), safeEnv...)
	return append(env, "GOFLAGS="+ModFlag(root))
}

// ModFlag is -mod=vendor for a module with a vendor/modules.txt (a regular
// file), else -mod=readonly.
func ModFlag(root string) string {
	if safefile.Regular(filepath.Join(root, "vendor", "modules.txt")) {
		return "-mod=vendor"
	}
	return "-mod=readonly"
}

// Command returns `go args...` to run in the module directory dir with
// Env(dir): every go child of mcplint runs like go list does, in the
// module it is about (whose go.mod and go.work decide what go does).
func Command(dir string, args ...string) *exec.Cmd {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = Env(dir)
	return cmd
}

// Analyze analyses the Go packages in dirs (absolute directories that hold
// .go files). Directories are grouped by their enclosing module.
func Analyze(dirs []string, opts Options) rule.Output {
	as := opts.Analyzers
	if as == nil {
		as = analyzers.All
	}
	var enabled []*analysis.Analyzer
	for _, a := range as {
		if opts.Enabled == nil || opts.Enabled(a.Name) {
			enabled = append(enabled, a)
		}
	}
	if opts.Enabled == nil || opts.Enabled(sdkversions.RuleID) {
		// MCP014 is severe only where an HTTP transport is served: the
		// exposure analyzer finds them, whatever rules run.
		enabled = append(enabled, analyzers.Exposure)
	}
	var out rule.Output
	if len(enabled) == 0 || len(dirs) == 0 {
		return out
	}
	if err := analyzers.SetModels(opts.Models); err != nil {
		out.Notices = append(out.Notices, rule.Notice{Level: rule.NoticeError, Message: err.Error(), Failed: true})
		return out
	}
	enabled = guarded(enabled) // a panicking analyzer costs its package, not the run
	// The CLI applies suppression directives itself, after merging every
	// engine: it needs the silenced findings too.
	analyzers.KeepSuppressed(true)
	groups, loose := groupByModule(dirs)
	roots := make([]string, 0, len(groups))
	for r := range groups {
		roots = append(roots, r)
	}
	sort.Strings(roots)
	e := &engine{analyzers: enabled, files: map[string][]byte{}, lines: map[string][]int{}, seen: map[string]bool{}, loadTimeout: opts.LoadTimeout}
	sort.Strings(loose)
	total := len(roots) + len(loose)
	progress := func(i int, dir string) {
		if opts.Progress != nil {
			opts.Progress(i+1, total, dir)
		}
	}
	for i, root := range roots {
		progress(i, root)
		e.loadModule(root, groups[root], &out)
	}
	for i, dir := range loose {
		progress(len(roots)+i, dir)
		e.loadLoose(dir, &out)
	}
	sortOutput(&out)
	return out
}

// groupByModule maps each module root (the directory of the nearest go.mod)
// to its directories; loose lists directories outside any module.
func groupByModule(dirs []string) (map[string][]string, []string) {
	groups := map[string][]string{}
	var loose []string
	cache := map[string]string{}
	for _, d := range dirs {
		d = filepath.Clean(d)
		root := moduleRoot(d, cache)
		if root == "" {
			loose = append(loose, d)
			continue
		}
		groups[root] = append(groups[root], d)
	}
	return groups, loose
}

func moduleRoot(dir string, cache map[string]string) string {
	var walked []string
	root := ""
	for d := dir; ; {
		if r, ok := cache[d]; ok {
			root = r
			break
		}
		walked = append(walked, d)
		// Lstat: a go.mod that is a link (to /dev/zero, say) or a FIFO is
		// not a module root; go list would read it without bound.
		if safefile.Regular(filepath.Join(d, "go.mod")) {
			root = d
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	for _, w := range walked {
		cache[w] = root
	}
	return root
}

type engine struct {
	analyzers []*analysis.Analyzer
	files     map[string][]byte // file contents, for columns and line counts
	lines     map[string][]int  // line start offsets, by file (lineStarts)
	seen      map[string]bool   // files already counted
	// loadTimeout is Options.LoadTimeout.
	loadTimeout time.Duration
}

func (e *engine) config(dir string, modFlag string, extraEnv ...string) *packages.Config {
	// Dependencies come from export data, not source: every package of the
	// scanned tree is a root (the CLI passes all its directories), so the
	// packages whose facts matter (helpers of the same module) have syntax,
	// while the standard library and third-party modules, which mcplint
	// models by tables, are not parsed and type-checked again.
	mode := packages.LoadSyntax
	env := append(os.Environ(), safeEnv...)
	env = append(env, "GOFLAGS="+modFlag)
	env = append(env, extraEnv...)
	return &packages.Config{Mode: mode | packages.NeedModule, Dir: dir, Env: env, Tests: false}
}

// deadline gives cfg a context that ends after the load budget.
func (e *engine) deadline(cfg *packages.Config) context.CancelFunc {
	ctx, cancel := context.Background(), context.CancelFunc(func() {})
	if e.loadTimeout > 0 {
		ctx, cancel = context.WithTimeout(ctx, e.loadTimeout)
	}
	cfg.Context = ctx
	return cancel
}

func (e *engine) loadModule(root string, dirs []string, out *rule.Output) {
	modFlag := ModFlag(root)
	sort.Strings(dirs)
	patterns := make([]string, 0, len(dirs))
	for _, d := range dirs {
		rel, err := filepath.Rel(root, d)
		if err != nil {
			continue
		}
		patterns = append(patterns, "./"+filepath.ToSlash(rel))
	}
	cfg := e.config(root, modFlag)
	cancel := e.deadline(cfg)
	defer cancel()
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		msg := loadError("could not load Go packages of module", err.Error())
		if cfg.Context.Err() != nil {
			msg = fmt.Sprintf("loading the Go packages of this module took longer than %v (-go-load-timeout); module not analysed", e.loadTimeout)
		}
		out.Notices = append(out.Notices, rule.Notice{Level: rule.NoticeError, File: root, Failed: true, Message: msg})
		return
	}
	e.analyze(pkgs, out)
}

// loadLoose loads the .go files of a directory outside any module as one
// ad-hoc package.
func (e *engine) loadLoose(dir string, out *rule.Output) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		out.Notices = append(out.Notices, rule.Notice{Level: rule.NoticeError, File: dir, Failed: true, Message: "cannot read directory: " + err.Error()})
		return
	}
	var files []string
	for _, en := range ents {
		n := en.Name()
		if !en.IsDir() && strings.HasSuffix(n, ".go") && !strings.HasSuffix(n, "_test.go") {
			files = append(files, filepath.Join(dir, n))
		}
	}
	if len(files) == 0 {
		return
	}
	out.Notices = append(out.Notices, rule.Notice{Level: rule.NoticeNote, File: dir,
		Message: "directory is not inside a Go module (no go.mod): its files are analysed as one package with only standard-library imports resolved"})
	cfg := e.config(dir, "", "GO111MODULE=off")
	cancel := e.deadline(cfg)
	defer cancel()
	pkgs, err := packages.Load(cfg, files...)
	if err != nil {
		msg := "could not load Go files: " + firstLine(err.Error())
		if cfg.Context.Err() != nil {
			msg = fmt.Sprintf("loading the Go files of this directory took longer than %v (-go-load-timeout); not analysed", e.loadTimeout)
		}
		out.Notices = append(out.Notices, rule.Notice{Level: rule.NoticeError, File: dir, Failed: true, Message: msg})
		return
	}
	e.analyze(pkgs, out)
}

func (e *engine) analyze(pkgs []*packages.Package, out *rule.Output) {
	var ok []*packages.Package
	for _, p := range pkgs {
		if len(p.Syntax) == 0 {
			msg := "package has no analysable Go files"
			if len(p.Errors) > 0 {
				msg = "package could not be loaded: " + firstLine(p.Errors[0].Msg)
			}
			file, line := errorPos(p)
			if file == "" && len(p.GoFiles) > 0 {
				file = filepath.Dir(p.GoFiles[0])
			}
			level, failed := rule.NoticeError, true
			if len(p.Errors) == 0 || onlyExcludedByConstraints(p) {
				// Nothing to analyse for this platform is not a failure.
				level, failed = rule.NoticeNote, false
			}
			out.Notices = append(out.Notices, rule.Notice{Level: level, File: file, Line: line, Failed: failed, Message: msg + " (" + p.PkgPath + ")"})
			continue
		}
		if len(p.Errors) > 0 || p.IllTyped {
			file, line := errorPos(p)
			out.Notices = append(out.Notices, rule.Notice{Level: rule.NoticeWarning, File: file, Line: line,
				Message: fmt.Sprintf("package %s analysed with partial type information (%s)", p.PkgPath, partialReason(p))})
		}
		ok = append(ok, p)
	}
	if len(ok) == 0 {
		return
	}
	for _, p := range ok {
		e.count(p, out)
		e.directives(p, out)
	}
	graph, err := checker.Analyze(e.analyzers, ok, &checker.Options{})
	if err != nil {
		out.Notices = append(out.Notices, rule.Notice{Level: rule.NoticeError, Failed: true, Message: "go analysis failed: " + err.Error()})
		return
	}
	for _, act := range graph.Roots {
		if act.Err != nil {
			file := ""
			if len(act.Package.GoFiles) > 0 {
				file = filepath.Dir(act.Package.GoFiles[0])
			}
			// A rule that could not run on a package may hide a finding
			// there: the run must not pass as clean.
			out.Notices = append(out.Notices, rule.Notice{Level: rule.NoticeWarning, File: file, MayHideFinding: true,
				Message: fmt.Sprintf("rule %s skipped package %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err)})
			continue
		}
		if act.Analyzer.Name == analyzers.Exposure.Name {
			// by name: the graph runs guarded copies of the analyzers
			out.Served = append(out.Served, analyzers.ServedTransports(act.Package.Fset, act.Result)...)
			continue
		}
		generated := map[string]bool{}
		for _, f := range act.Package.Syntax {
			if ast.IsGenerated(f) {
				generated[act.Package.Fset.File(f.Pos()).Name()] = true
			}
		}
		for _, d := range act.Diagnostics {
			f, ok := e.finding(act.Analyzer.Name, act.Package.Fset, d)
			if !ok || generated[f.Pos.File] {
				continue
			}
			out.Findings = append(out.Findings, f)
		}
	}
}

func onlyExcludedByConstraints(p *packages.Package) bool {
	for _, e := range p.Errors {
		if !strings.Contains(e.Msg, "build constraints exclude all Go files") {
			return false
		}
	}
	return true
}

// partialReason says why a package has only partial type information, in
// the terms a user can act on: cgo files that were left out, dependencies
// missing from the module cache, or the first error itself.
func partialReason(p *packages.Package) string {
	var why []string
	if cgo := cgoFiles(p); len(cgo) > 0 {
		why = append(why, fmt.Sprintf("its cgo files are not type-checked: %s; mcplint loads Go code with CGO_ENABLED=0 and never runs a C compiler or pkg-config",
			strings.Join(cgo, ", ")))
	}
	var missing []string
	other, first := 0, ""
	for _, e := range p.Errors {
		if m := missingDep.FindStringSubmatch(e.Msg); m != nil {
			missing = append(missing, m[1])
			continue
		}
		if cgoFallout(e.Msg) && len(why) > 0 {
			continue // an identifier defined in a cgo file
		}
		other++
		if first == "" {
			first = errorLine(e.Msg)
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		missing = slices.Compact(missing)
		why = append(why, fmt.Sprintf("dependencies not in the module cache (%s); run `go mod download` in the module, since mcplint never downloads",
			strings.Join(missing, ", ")))
	}
	if other > 0 {
		why = append(why, fmt.Sprintf("%d load or type errors; first: %s", other, first))
	}
	if len(why) == 0 {
		// No error of its own: the type checker marked it because a
		// package it imports has errors (reported on that package).
		why = append(why, "a package it imports has errors")
	}
	return strings.Join(why, "; ")
}

// missingDep matches the go command's and the type checker's words for an
// import whose module is not available offline.
var missingDep = regexp.MustCompile(`(?:cannot find module providing package|no required module provides package|could not import|missing go\.sum entry for module providing package) "?([^\s"():;]+)`)

// cgoFallout recognises errors that follow from leaving cgo files out.
func cgoFallout(msg string) bool {
	return strings.Contains(msg, "undefined: ") || strings.Contains(msg, "could not import C")
}

// cgoFiles lists the package's files that were left out because they import
// "C" (the loader runs with CGO_ENABLED=0).
func cgoFiles(p *packages.Package) []string {
	var out []string
	fset := token.NewFileSet()
	for _, f := range p.IgnoredFiles {
		if !strings.HasSuffix(f, ".go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, parser.ImportsOnly)
		if err != nil {
			continue
		}
		for _, im := range af.Imports {
			if im.Path.Value == `"C"` {
				out = append(out, filepath.Base(f))
				break
			}
		}
	}
	return out
}

// errorLine is the first line of an error that says something: go list
// prefixes compiler output with a "# package" header line.
func errorLine(msg string) string {
	for _, l := range strings.Split(msg, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "# ") {
			return l
		}
	}
	return firstLine(msg)
}

// errorPos returns the position of a package's first error, when it has one.
func errorPos(p *packages.Package) (string, int) {
	for _, e := range p.Errors {
		if e.Pos == "" || e.Pos == "-" {
			continue
		}
		// file:line:col or file:line
		parts := strings.Split(e.Pos, ":")
		if len(parts) >= 2 {
			var line int
			fmt.Sscanf(parts[1], "%d", &line)
			return filepath.Clean(parts[0]), line
		}
	}
	if len(p.GoFiles) > 0 {
		return filepath.Dir(p.GoFiles[0]), 0
	}
	return "", 0
}

// toolchainNeed matches the go command's refusal to load a module that asks
// for a newer Go than the installed one (it may not switch: GOTOOLCHAIN=local).
var toolchainNeed = regexp.MustCompile(`requires go >= ([^ ]+) \(running go ([^ ;)]+)`)

// loadError words a load failure; a module that needs a newer Go gets a
// message that says so, and that nothing was downloaded.
func loadError(prefix, msg string) string {
	if m := toolchainNeed.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("module needs a newer Go: go.mod requires go >= %s, the installed go command is go %s; "+
			"mcplint never downloads a toolchain (GOTOOLCHAIN=local), so this module was not analysed", m[1], m[2])
	}
	return prefix + ": " + firstLine(msg)
}

// firstLine is the first line of a loader error, with the next one when the
// first only announces it ("go: errors parsing go.mod:").
func firstLine(s string) string {
	first, rest, _ := strings.Cut(s, "\n")
	if strings.HasSuffix(first, ":") {
		if next, _, _ := strings.Cut(strings.TrimSpace(rest), "\n"); next != "" {
			return first + " " + next
		}
	}
	return first
}

func (e *engine) content(file string) []byte {
	if b, ok := e.files[file]; ok {
		return b
	}
	b, _ := safefile.Read(file, safefile.ManifestLimit)
	e.files[file] = b
	return b
}

func (e *engine) count(p *packages.Package, out *rule.Output) {
	for _, f := range p.GoFiles {
		if e.seen[f] {
			continue
		}
		e.seen[f] = true
		b := e.content(f)
		out.Files++
		n := bytes.Count(b, []byte{'\n'})
		if len(b) > 0 && b[len(b)-1] != '\n' {
			n++
		}
		out.Lines += n
	}
}

// nolintPattern matches golangci-lint's machine-readable //nolint comments
// (no space after the slashes).
var nolintPattern = regexp.MustCompile(`^//nolint(?::([\w,\- ]+))?(?:\s|//|$)`)

func (e *engine) directives(p *packages.Package, out *rule.Output) {
	for _, f := range p.Syntax {
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if d, ok := rule.ParseDirective(c.Text); ok {
					d.Pos = e.position(p.Fset, c.Pos())
					out.Directives = append(out.Directives, d)
					continue
				}
				if m := nolintPattern.FindStringSubmatch(c.Text); m != nil && nolintCoversUs(m[1]) {
					out.Directives = append(out.Directives, rule.Directive{Pos: e.position(p.Fset, c.Pos()), Nolint: true, Reason: c.Text})
				}
			}
		}
	}
}

// nolintCoversUs reports whether a //nolint linter list silences mcplint:
// a bare //nolint, or a list naming mcplint or all.
func nolintCoversUs(list string) bool {
	if strings.TrimSpace(list) == "" {
		return true
	}
	for _, l := range strings.Split(list, ",") {
		switch strings.ToLower(strings.TrimSpace(l)) {
		case "mcplint", "all":
			return true
		}
	}
	return false
}

func (e *engine) position(fset *token.FileSet, p token.Pos) rule.Position {
	pos := fset.Position(p)
	file := filepath.Clean(pos.Filename)
	return rule.Position{File: file, Line: pos.Line, Col: pos.Column, Col16: e.col16(file, pos.Line, pos.Column)}
}

// lineStarts is the offset of each line of file (contents b), computed
// once per file: positions are converted for every finding, flow step and
// directive, and scanning from the top each time made that quadratic.
func (e *engine) lineStarts(file string, b []byte) []int {
	if ls, ok := e.lines[file]; ok {
		return ls
	}
	ls := []int{0}
	for i, c := range b {
		if c == '\n' {
			ls = append(ls, i+1)
		}
	}
	e.lines[file] = ls
	return ls
}

func (e *engine) col16(file string, line, col int) int {
	b := e.content(file)
	if b == nil || line < 1 {
		return col
	}
	starts := e.lineStarts(file, b)
	if line > len(starts) {
		return col
	}
	start := starts[line-1]
	end := bytes.IndexByte(b[start:], '\n')
	if end < 0 {
		end = len(b) - start
	}
	return rule.UTF16Col(b[start:start+end], col)
}

func (e *engine) finding(id string, fset *token.FileSet, d analysis.Diagnostic) (rule.Finding, bool) {
	r, ok := rule.ByID(id)
	if !ok {
		return rule.Finding{}, false // a helper analyzer, not a rule
	}
	end := d.End
	if !end.IsValid() {
		end = d.Pos
	}
	f := rule.Finding{
		RuleID:   id,
		Severity: r.Severity,
		Pos:      e.position(fset, d.Pos),
		End:      e.position(fset, end),
		Message:  d.Message,
	}
	if g, ok := rule.ParseGateCategory(d.Category); ok {
		f.Gate = g
	}
	for _, sf := range d.SuggestedFixes {
		if fx, ok := e.fix(fset, sf); ok {
			f.Fixes = append(f.Fixes, fx)
		}
	}
	if s, ok := strings.CutPrefix(d.Category, SeverityCategoryPrefix); ok {
		if sev, err := rule.ParseSeverity(s); err == nil {
			f.Severity = sev
		}
	}
	switch {
	case len(d.Related) == 0:
	case isTaint(r):
		// A taint rule's related information is its flows, separated by
		// rule.FlowBreak: the first is Flow, the others MoreFlows.
		var flows [][]rule.Step
		var cur []rule.Step
		for _, rel := range d.Related {
			if rel.Message == rule.FlowBreak {
				flows, cur = append(flows, cur), nil
				continue
			}
			cur = append(cur, e.step(fset, rel))
		}
		flows = append(flows, cur)
		for i, fl := range flows {
			if len(fl) == 0 {
				continue
			}
			// The sink closes the flow, unless the analyzer already ended there.
			if last := fl[len(fl)-1]; last.Pos != f.Pos {
				fl = append(fl, rule.Step{Pos: f.Pos, End: f.End, Message: d.Message})
			}
			if i == 0 {
				f.Flow = fl
			} else {
				f.MoreFlows = append(f.MoreFlows, fl)
			}
		}
	default:
		// Other rules' related information explains the finding (where
		// the transport was created, where the token was read); a
		// rule.FlowBreak in it starts the finding's flow (MCP015: the
		// calls from the handler to the effect).
		inFlow := false
		for _, rel := range d.Related {
			switch {
			case rel.Message == rule.FlowBreak:
				inFlow = true
			case inFlow:
				f.Flow = append(f.Flow, e.step(fset, rel))
			default:
				f.Related = append(f.Related, e.step(fset, rel))
			}
		}
	}
	return f, true
}

// fix converts a suggested fix to the shared form; a fix whose edits fall
// outside a readable file is dropped rather than offered half.
func (e *engine) fix(fset *token.FileSet, sf analysis.SuggestedFix) (rule.Fix, bool) {
	fx := rule.Fix{Description: sf.Message}
	for _, te := range sf.TextEdits {
		tf := fset.File(te.Pos)
		end := te.End
		if !end.IsValid() {
			end = te.Pos
		}
		if tf == nil || fset.File(end) != tf {
			return rule.Fix{}, false
		}
		file := filepath.Clean(tf.Name())
		src := e.content(file)
		start, stop := tf.Offset(te.Pos), tf.Offset(end)
		if src == nil || stop > len(src) {
			return rule.Fix{}, false
		}
		fx.Edits = append(fx.Edits, rule.NewEdit(file, src, start, stop, string(te.NewText)))
	}
	return fx, len(fx.Edits) > 0
}

func (e *engine) step(fset *token.FileSet, rel analysis.RelatedInformation) rule.Step {
	end := rel.End
	if !end.IsValid() {
		end = rel.Pos
	}
	return rule.Step{Pos: e.position(fset, rel.Pos), End: e.position(fset, end), Message: rel.Message}
}

func isTaint(r *rule.Rule) bool {
	for _, t := range r.Tags {
		if t == "taint" {
			return true
		}
	}
	return false
}

func lessPos(a, b rule.Position) int {
	switch {
	case a.File != b.File:
		return strings.Compare(a.File, b.File)
	case a.Line != b.Line:
		return a.Line - b.Line
	}
	return a.Col - b.Col
}

func sortOutput(out *rule.Output) {
	sort.SliceStable(out.Findings, func(i, j int) bool {
		a, b := out.Findings[i], out.Findings[j]
		if c := lessPos(a.Pos, b.Pos); c != 0 {
			return c < 0
		}
		if a.RuleID != b.RuleID {
			return a.RuleID < b.RuleID
		}
		return a.Message < b.Message
	})
	// The same diagnostic can come from a package loaded twice (loose and
	// module); keep one.
	dedup := out.Findings[:0]
	for i, f := range out.Findings {
		if i > 0 {
			p := out.Findings[i-1]
			if p.RuleID == f.RuleID && p.Pos == f.Pos && p.Message == f.Message {
				continue
			}
		}
		dedup = append(dedup, f)
	}
	out.Findings = dedup
	sort.SliceStable(out.Directives, func(i, j int) bool {
		return lessPos(out.Directives[i].Pos, out.Directives[j].Pos) < 0
	})
	sort.SliceStable(out.Notices, func(i, j int) bool {
		a, b := out.Notices[i], out.Notices[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Message < b.Message
	})
}
