//go:build cgo

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/analyzers/sdkversions"
	mcpconfig "github.com/mcpsec/mcplint/cmd/mcplint/internal/config"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/goengine"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/output"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/score"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/termsafe"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/walk"
	"github.com/mcpsec/mcplint/langs"
)

// Exit codes. They do not depend on the output format.
const (
	exitClean    = 0 // nothing at or above -fail-on
	exitFindings = 1 // findings at or above -fail-on
	exitUsage    = 2 // bad flags, configuration, paths, or an output that cannot be written
	exitFailure  = 3 // some input could not be analysed at all (findings are still printed)
)

// toolVersion is the version of this build (see rule.BuildInfo: the module
// version or VCS pseudo-version the toolchain recorded, or the release
// version set at link time).
func toolVersion() string { return rule.BuildInfo().Version }

// run is the whole command, testable without a process: it writes to the
// given streams and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stdout)
	if errors.Is(err, flag.ErrHelp) {
		return exitClean
	}
	var usage errUsage
	if errors.As(err, &usage) {
		fmt.Fprintf(stderr, "mcplint: %v (see mcplint -h)\n", err)
		return exitUsage
	}
	if err != nil {
		fmt.Fprintf(stderr, "mcplint: %v\n", err)
		return exitUsage
	}
	switch {
	case cfg.version:
		fmt.Fprintln(stdout, rule.BuildInfo())
		return exitClean
	case cfg.listRules:
		listRules(stdout)
		return exitClean
	case cfg.explain != "":
		return explain(stdout, stderr, cfg.explain)
	}
	// Output files are opened before the scan: an unwritable path fails in
	// a moment, not after a scan that may take minutes.
	sinks, err := openOutputs(cfg.outputs)
	if err != nil {
		printError(stderr, err)
		return exitUsage
	}
	defer sinks.close()
	if stop := startProfiles(cfg, stderr); stop != nil {
		defer stop()
	}
	tm := newTimings(cfg.verbose)
	prog := newProgress(stderr, !cfg.quiet && isTerminal(stderr))

	proj, err := loadProject(cfg)
	if err != nil {
		printError(stderr, err)
		return exitUsage
	}
	tm.mark("configuration")
	prog.set(func(s *progressState) { s.phase = "walking" })
	targets, err := walk.Walk(cfg.paths, walk.Options{Supported: langs.Supported, Manifest: sdkversions.IsManifest,
		Test: testCode, TestDir: langs.TestDir,
		Progress: func(n int) { prog.set(func(s *progressState) { s.walked = n }) }})
	if err != nil {
		prog.clear()
		printError(stderr, err)
		return exitUsage
	}
	if cfg.cacheDir != "" && !cfg.parseOnly {
		if err := checkCacheDir(cfg, targets.Root); err != nil {
			printError(stderr, err)
			return exitUsage
		}
	}
	proj.rebase(cfg, targets.Root)
	proj.exclude(targets)
	onlyLangs(targets, cfg.langs)
	tm.mark(fmt.Sprintf("walk (%s, %s, %s)", plural(len(targets.Files), "Python/TypeScript file"), plural(len(targets.GoDirs), "Go package directory"), plural(len(targets.Manifests), "manifest")))
	if cfg.parseRaw {
		prog.clear()
		n, lines := langs.RawParse(targets.Files, langs.Options{MaxFileSize: cfg.maxFileSize, Workers: runtime.GOMAXPROCS(0)})
		fmt.Fprintf(stdout, "parsed %d files, %d lines\n", n, lines)
		return exitClean
	}
	// Finding the servers for the score reads the files again; it needs
	// nothing from the engines, so it runs beside them (a project's
	// analysis leaves cores idle) rather than after them.
	servers := make(chan []score.Server, 1)
	if cfg.parseOnly {
		servers <- nil // nothing is reported, so nothing is rated
	} else {
		go func() { servers <- score.Discover(targets.Root, targets.GoDirs, targets.Files) }()
	}
	out := analyze(cfg, targets, prog, tm)
	prog.clear()
	out.Notices = append(out.Notices, proj.notices(cfg)...)
	diagnoseDirectives(&out, cfg)
	relativeNotices(out.Notices, targets.Root)
	output.Sort(out.Findings)
	output.SortNotices(out.Notices)
	if err := proj.apply(cfg, targets.Root, &out, stderr); err != nil {
		printError(stderr, err)
		return exitUsage
	}
	tm.mark("suppressions, configuration and baseline")
	if cfg.fix || cfg.diff {
		if err := fixTree(cfg, targets.Root, &out, stdout, stderr); err != nil {
			printError(stderr, err)
			return exitUsage
		}
		tm.mark("fixes")
	}

	code := exitCode(cfg, out)
	wd, _ := os.Getwd()
	var failed []rule.Notice
	for _, n := range out.Notices {
		if n.Failed {
			failed = append(failed, n)
		}
	}
	rep := &output.Report{
		Tool: "mcplint", Version: toolVersion(), Root: targets.Root, WorkDir: wd, Rules: proj.rules(),
		Findings: out.Findings, Notices: out.Notices, Files: out.Files, Lines: out.Lines, ExitCode: code,
		Scores: score.Rate(<-servers, out.Findings,
			score.Coverage{Enabled: cfg.enabled, Failed: failed}),
		SARIFCategory: cfg.sarifCat, SARIFAbsoluteURI: cfg.sarifURI == "absolute",
		Config: proj.trace(cfg),
	}
	tm.mark("score")
	for _, n := range out.Notices {
		fmt.Fprintf(stderr, "mcplint: %s\n", noticeText(rep, n))
	}
	if cfg.parseOnly {
		fmt.Fprintf(stdout, "parsed %d files, %d lines\n", out.Files, out.Lines)
		return exitClean
	}
	color := useColor(cfg.color, stdout)
	for _, s := range sinks {
		if err := s.write(rep, stdout, color); err != nil {
			printError(stderr, err)
			return exitUsage
		}
	}
	tm.mark("output")
	tm.print(stderr)
	return code
}

// analyze runs the engines at once (they share nothing) and merges their
// output with the walker's notices: go/analysis for Go packages, tree-sitter
// for Python and TypeScript, and the manifest reader for SDK versions.
func analyze(cfg *config, t *walk.Targets, prog *progress, tm *timings) rule.Output {
	var goOut, tsOut, sdkOut rule.Output
	var cache *resultCache
	if cfg.cacheDir != "" && !cfg.parseOnly {
		cache = &resultCache{dir: cfg.cacheDir, key: cfg.cacheMAC}
	}
	var wg sync.WaitGroup
	if len(t.GoDirs) > 0 && !cfg.parseOnly {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer tm.since(time.Now(), func() string { return "Go engine (" + plural(len(t.GoDirs), "package directory") + ")" })
			run := func() rule.Output {
				return goengine.Analyze(t.GoDirs, goengine.Options{Enabled: cfg.enabled, LoadTimeout: cfg.goTimeout, Models: cfg.models,
					Progress: func(n, total int, dir string) {
						prog.set(func(s *progressState) { s.goN, s.goTotal, s.goDir = n, total, displayPath(t.Root, dir) })
					}})
			}
			if cache == nil {
				goOut = run()
				return
			}
			key, ok := goKey(cfg, t.GoDirs)
			goOut = cached(cache, "go", key, ok, run)
		}()
	}
	if len(t.Files) > 0 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer tm.since(time.Now(), func() string {
				return "Python/TypeScript engine (" + plural(tsOut.Files, "file") + ", " + plural(tsOut.Lines, "line") + ")"
			})
			run := func(files []string) rule.Output {
				return langs.Analyze(files, langs.Options{Enabled: cfg.enabled, Models: cfg.models, MaxFileSize: cfg.maxFileSize, FileTimeout: cfg.fileTimeout, ParseOnly: cfg.parseOnly, Workers: runtime.GOMAXPROCS(0),
					Progress: func(parsed, analysed, total int) {
						prog.set(func(s *progressState) { s.filesParsed, s.filesDone, s.filesTotal = parsed, analysed, total })
					}})
			}
			if cache == nil {
				tsOut = run(t.Files)
				return
			}
			tsOut = treeSitterCached(cfg, cache, t.Files, run)
		}()
	}
	if len(t.Manifests) > 0 && !cfg.parseOnly {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer tm.since(time.Now(), func() string { return "manifests (" + plural(len(t.Manifests), "file") + ")" })
			sdkOut = sdkversions.Analyze(t.Manifests, sdkversions.Options{Enabled: cfg.enabled})
		}()
	}
	wg.Wait()
	tm.mark("analysis")
	out := rule.Output{Notices: t.Notices}
	out.Merge(goOut)
	out.Merge(tsOut)
	out.Merge(sdkOut)
	// Engines filter too; this keeps -enable/-disable exact whatever an engine does.
	kept := out.Findings[:0]
	for _, f := range out.Findings {
		if cfg.enabled(f.RuleID) {
			kept = append(kept, f)
		}
	}
	out.Findings = kept
	if !cfg.parseOnly {
		sdkversions.Join(&out, t.Manifests, lookedFor(t))
	}
	return out
}

// lookedFor names the ecosystems whose engines looked for served
// transports in this run.
func lookedFor(t *walk.Targets) map[string]bool {
	looked := map[string]bool{}
	if len(t.GoDirs) > 0 {
		looked["go"] = true
	}
	for _, f := range t.Files {
		if languageOf(f) == rule.Python {
			looked["pypi"] = true
		} else {
			looked["npm"] = true
		}
	}
	return looked
}

// diagnoseDirectives applies suppression directives to findings, then
// reports directives that are malformed or silence nothing. An unused
// directive is only reported when every rule it names ran on its file, so
// that -disable or a language a rule does not cover yet cause no noise.
func diagnoseDirectives(out *rule.Output, cfg *config) {
	used := make([]bool, len(out.Directives))
	byFile := map[string][]int{}
	for i, d := range out.Directives {
		byFile[d.Pos.File] = append(byFile[d.Pos.File], i)
	}
	for fi := range out.Findings {
		f := &out.Findings[fi]
		for _, di := range byFile[f.Pos.File] {
			d := out.Directives[di]
			if !d.Covers(f.RuleID, f.Pos.File, f.Pos.Line) {
				continue
			}
			used[di] = true
			if f.Suppressed == nil {
				just := d.Reason
				if d.Nolint {
					just = "nolint"
				}
				f.Suppressed = &rule.Suppression{Kind: "inSource", Justification: just, Pos: d.Pos}
			}
		}
	}
	for i, d := range out.Directives {
		switch {
		case d.Problem != "":
			out.Notices = append(out.Notices, rule.Notice{Level: rule.NoticeWarning, File: d.Pos.File, Line: d.Pos.Line, Message: d.Problem})
		case used[i] || d.Nolint:
		case allRan(d.IDs, languageOf(d.Pos.File), cfg):
			out.Notices = append(out.Notices, rule.Notice{Level: rule.NoticeWarning, File: d.Pos.File, Line: d.Pos.Line,
				Message: "suppression directive for " + strings.Join(d.IDs, ",") + " matches no finding on this line or the next; remove it"})
		}
	}
}

func allRan(ids []string, lang rule.Language, cfg *config) bool {
	for _, id := range ids {
		r, ok := rule.ByID(id)
		if !ok || !r.Supports(lang) || !cfg.enabled(id) {
			return false
		}
	}
	return true
}

func languageOf(path string) rule.Language {
	switch filepath.Ext(path) {
	case ".go":
		return rule.Go
	case ".py":
		return rule.Python
	}
	return rule.TypeScript
}

// exitCode: analysis failures win, since the findings may be incomplete;
// then findings at or above -fail-on.
func exitCode(cfg *config, out rule.Output) int {
	for _, n := range out.Notices {
		if n.Failed || n.MayHideFinding {
			return exitFailure
		}
	}
	if cfg.failOn == 0 {
		return exitClean
	}
	for _, f := range out.Findings {
		if f.Suppressed == nil && f.Severity >= cfg.failOn {
			return exitFindings
		}
	}
	return exitClean
}

// noticeText is a notice as stderr shows it. Names and messages come from
// the scanned tree, so they are escaped (see termsafe).
func noticeText(r *output.Report, n rule.Notice) string {
	level := n.Level
	if n.MayHideFinding && level == rule.NoticeNote {
		level = rule.NoticeWarning
	}
	if n.File == "" {
		return fmt.Sprintf("%s: %s", level, termsafe.String(n.Message))
	}
	loc := termsafe.String(displayPath(r.WorkDir, n.File))
	if n.Line > 0 {
		loc = fmt.Sprintf("%s:%d", loc, n.Line)
	}
	return fmt.Sprintf("%s: %s: %s", loc, level, termsafe.String(n.Message))
}

// printError writes an error on stderr, one escaped line per configuration
// problem: errors can quote paths and text of the scanned tree.
func printError(stderr io.Writer, err error) {
	var es mcpconfig.Errors
	if errors.As(err, &es) {
		for _, e := range es {
			fmt.Fprintf(stderr, "mcplint: %s\n", termsafe.String(e.Error()))
		}
		return
	}
	fmt.Fprintf(stderr, "mcplint: %s\n", termsafe.String(err.Error()))
}

func displayPath(wd, path string) string {
	if p, err := filepath.Rel(wd, path); err == nil && !strings.HasPrefix(p, "..") {
		return p
	}
	return path
}

// relativeNotices rewrites absolute paths under root inside notice messages
// (loader and file-system errors quote them) as paths relative to root, as
// the rest of the output names files: a log shows no machine's layout.
func relativeNotices(ns []rule.Notice, root string) {
	prefix := strings.TrimSuffix(root, string(filepath.Separator)) + string(filepath.Separator)
	for i := range ns {
		if root != "" {
			ns[i].Message = strings.ReplaceAll(ns[i].Message, prefix, "")
		}
	}
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	switch {
	case strings.HasSuffix(word, "y"):
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(word, "y"))
	case strings.HasSuffix(word, "s"):
		return fmt.Sprintf("%d %ses", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func listRules(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tSEVERITY\tCWE\tLANGUAGES\tTITLE")
	for _, r := range rule.Rules {
		fmt.Fprintf(tw, "%s\t%s\t%s\tCWE-%d\t%s\t%s\n", r.ID, r.Name, r.Severity, r.CWE, languages(r), r.Title)
	}
	tw.Flush()
}

func languages(r *rule.Rule) string {
	if !r.Implemented() {
		return "not implemented yet"
	}
	names := make([]string, len(r.Languages))
	for i, l := range r.Languages {
		names[i] = string(l)
	}
	return strings.Join(names, ",")
}

func explain(stdout, stderr io.Writer, id string) int {
	rid, ok := resolveRule(id)
	if !ok {
		fmt.Fprintf(stderr, "mcplint: -explain: unknown rule %q (see mcplint -list-rules)\n", id)
		return exitUsage
	}
	r, _ := rule.ByID(rid)
	fmt.Fprintf(stdout, "# %s %s: %s\n\n", r.ID, r.Name, r.Title)
	fmt.Fprintf(stdout, "Severity: %s. CWE-%d. Languages: %s.\n\n%s\n\n", r.Severity, r.CWE, languages(r), r.Summary)
	fmt.Fprint(stdout, r.Help)
	return exitClean
}

// startProfiles starts -cpuprofile and arranges -memprofile; the returned
// function finishes both.
func startProfiles(cfg *config, stderr io.Writer) func() {
	if cfg.cpuProfile == "" && cfg.memProfile == "" {
		return nil
	}
	var cpu *os.File
	if cfg.cpuProfile != "" {
		f, err := os.Create(cfg.cpuProfile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintf(stderr, "mcplint: -cpuprofile: %v\n", err)
		} else {
			cpu = f
		}
	}
	return func() {
		if cpu != nil {
			pprof.StopCPUProfile()
			cpu.Close()
		}
		if cfg.memProfile != "" {
			f, err := os.Create(cfg.memProfile)
			if err == nil {
				runtime.GC()
				err = pprof.WriteHeapProfile(f)
				f.Close()
			}
			if err != nil {
				fmt.Fprintf(stderr, "mcplint: -memprofile: %v\n", err)
			}
		}
	}
}

// isVetTool recognises go vet's -vettool protocol: "-V=full" to identify
// the tool, "-flags" to list its flags, or a single *.cfg file per package.
func isVetTool(args []string) bool {
	if len(args) == 0 {
		return false
	}
	if args[0] == "-V=full" || args[0] == "-flags" {
		return true
	}
	return strings.HasSuffix(args[len(args)-1], ".cfg")
}

// testCode is the test-code policy of the walk: the tree-sitter languages'
// test files and test directories (langs.Test), and Go packages under a
// test directory (internal/test, test/e2e), which hold test helpers and
// harnesses the way tests/ does in Python. Go's _test.go files are left
// out by the walk itself.
func testCode(rel string) bool {
	if langs.Test(rel) {
		return true
	}
	if !strings.HasSuffix(rel, ".go") {
		return false
	}
	for _, d := range strings.Split(path.Dir(rel), "/") {
		if langs.TestDir(d) {
			return true
		}
	}
	return false
}
