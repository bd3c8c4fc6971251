//go:build cgo

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/mcpsec/mcplint/analyzers/knowledge"
	"github.com/mcpsec/mcplint/analyzers/rule"
	mcpconfig "github.com/mcpsec/mcplint/cmd/mcplint/internal/config"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/output"
)

// config is everything the command line says, gathered on one FlagSet.
type config struct {
	// models are the project functions .mcplint.yml declares.
	models      []knowledge.Model
	outputs     []outputSpec
	enable      []string // rule IDs; empty means all
	disable     []string
	failOn      rule.Severity // 0 means never fail on findings
	listRules   bool
	explain     string
	version     bool
	sarifCat    string
	sarifURI    string
	maxFileSize int64
	fileTimeout time.Duration // 0: no limit
	goTimeout   time.Duration // loading one Go module; 0: no limit
	parseOnly   bool
	parseRaw    bool
	langs       []string // -lang: analyse only these languages (benchmarks); empty means all
	cacheDir    string   // -cache: repeat-run cache directory; "" means no cache
	// cacheKeyFile is -cache-key: the file holding the key cache entries
	// are authenticated with; "" means the default (cachekey.go).
	cacheKeyFile string
	cacheMAC     []byte // the key, loaded by checkCacheDir
	cpuProfile   string
	memProfile   string
	paths        []string
	color        string // -color: auto, always or never
	quiet        bool   // -q: no progress
	verbose      bool   // -v: phase timings
	fix          bool   // -fix: apply the fixes findings offer
	diff         bool   // -diff: print the fixes as a unified diff

	// Project files (see project.go).
	configFile    string          // -config: a file, "none", or "" to search
	baseline      string          // -baseline
	writeBaseline string          // -write-baseline
	set           map[string]bool // flags given on the command line, which win over the config file
}

// outputSpec is one -format value: a format and where it goes ("" = stdout).
type outputSpec struct {
	format string
	path   string
}

type formatList struct{ specs *[]outputSpec }

func (f formatList) String() string { return "" }

func (f formatList) Set(v string) error {
	name, path, _ := strings.Cut(v, ":")
	for _, known := range output.Formats {
		if name == known {
			*f.specs = append(*f.specs, outputSpec{format: name, path: path})
			return nil
		}
	}
	return fmt.Errorf("unknown format %q%s (want %s, optionally with :FILE)", name, mcpconfig.Suggest(name, output.Formats), strings.Join(output.Formats, ", "))
}

const usageText = `usage: mcplint [flags] [paths...]

mcplint finds security flaws in MCP server source code (Go, Python,
TypeScript/JavaScript). Paths default to "."; "./..." is accepted. Flags
may follow the paths; "--" ends the flags.

Exit codes: 0 no findings at or above -fail-on, 1 findings, 2 usage or
configuration error, 3 some input could not be analysed.

Flags:
`

// errUsage marks an error in the command line itself (an unknown flag, a
// bad value): run prints it with a pointer to -h rather than the whole usage.
type errUsage struct{ err error }

func (e errUsage) Error() string { return e.err.Error() }
func (e errUsage) Unwrap() error { return e.err }

// parseFlags reads args into a config. flag.ErrHelp means -h was given (the
// usage is printed on stdout then). Flags may follow paths, as in
// `mcplint . -format json`; "--" ends the flags, so a path may start with "-".
func parseFlags(args []string, stdout io.Writer) (*config, error) {
	cfg := &config{set: map[string]bool{}}
	fs := flag.NewFlagSet("mcplint", flag.ContinueOnError)
	// The flag package prints an error and the whole usage on a bad flag;
	// run prints one line instead.
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	var enable, disable, failOn string
	fs.Var(formatList{&cfg.outputs}, "format", "output `format`: text, concise, json, github, sarif, score or html; FORMAT:FILE writes to FILE; repeatable")
	fs.StringVar(&enable, "enable", "", "comma-separated rule IDs or names to run (default: all)")
	fs.StringVar(&disable, "disable", "", "comma-separated rule IDs or names not to run")
	fs.StringVar(&failOn, "fail-on", "low", "lowest `severity` that makes the exit code 1: low, medium, high, critical or none")
	fs.BoolVar(&cfg.listRules, "list-rules", false, "list the rules and exit")
	fs.StringVar(&cfg.explain, "explain", "", "print the documentation of rule `ID` and exit")
	fs.BoolVar(&cfg.version, "version", false, "print the version and exit")
	fs.StringVar(&cfg.sarifCat, "sarif-category", "", "SARIF automationDetails.id, to tell apart several uploads for one commit")
	fs.StringVar(&cfg.sarifURI, "sarif-uri", "relative", "SARIF artifact URIs: relative (to %SRCROOT%, for code scanning) or absolute (file://, for logs opened elsewhere)")
	fs.Int64Var(&cfg.maxFileSize, "max-file-size", 2<<20, "largest Python/TypeScript/JavaScript file analysed, in `bytes`; larger files are reported as skipped")
	fs.DurationVar(&cfg.fileTimeout, "file-timeout", 10*time.Second, "time budget of one Python/TypeScript/JavaScript file (parse and analysis), e.g. 30s; a file that runs out is reported; 0 means no limit")
	fs.DurationVar(&cfg.goTimeout, "go-load-timeout", 15*time.Minute, "time budget for loading one Go module (go list, compiling dependencies); a module that runs out is reported; 0 means no limit")
	fs.BoolVar(&cfg.parseOnly, "parse-only", false, "parse every file and report nothing (for benchmarks)")
	fs.BoolVar(&cfg.parseRaw, "parse-raw", false, "parse every Python/TypeScript/JavaScript file with the plain tree-sitter parser and nothing else, and report the counts (the benchmarks' yardstick for -parse-only)")
	var langList string
	fs.StringVar(&langList, "lang", "", "analyse only these comma-separated `languages`: go, python, typescript (for benchmarks)")
	fs.StringVar(&cfg.cacheDir, "cache", "", "keep results in `dir` and reuse them when the files, rules, options and mcplint version are unchanged; auto: the user cache directory (default: no cache)")
	fs.StringVar(&cfg.cacheKeyFile, "cache-key", "", "`file` holding the secret that authenticates -cache entries (default: mcplint/cache.key in the user's configuration directory, created on first use); must be outside the cache and the scanned tree")
	fs.StringVar(&cfg.cpuProfile, "cpuprofile", "", "write a CPU profile to `file`")
	fs.StringVar(&cfg.memProfile, "memprofile", "", "write a heap profile to `file`")
	fs.StringVar(&cfg.configFile, "config", "", "configuration `file` (default: .mcplint.yml in the scan root or a parent, up to the repository top level); none disables it")
	fs.StringVar(&cfg.baseline, "baseline", "", "report only findings not recorded in this baseline `file`")
	fs.StringVar(&cfg.writeBaseline, "write-baseline", "", "record the current findings in this baseline `file`")
	fs.StringVar(&cfg.color, "color", "auto", "colour text output: auto (on a terminal, unless NO_COLOR is set), always or never")
	fs.BoolVar(&cfg.fix, "fix", false, "apply the fixes that findings offer (MCP001, MCP005, MCP012) to the files, and report what is left")
	fs.BoolVar(&cfg.diff, "diff", false, "print the fixes that findings offer as a unified diff on standard output instead of a report; change nothing")
	fs.BoolVar(&cfg.quiet, "q", false, "quiet: no progress on standard error")
	fs.BoolVar(&cfg.verbose, "v", false, "verbose: print the time each phase took on standard error")
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprint(stdout, usageText)
				fs.SetOutput(stdout)
				fs.PrintDefaults()
				return nil, err
			}
			return nil, errUsage{flagError(err, fs)}
		}
		rest := fs.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			cfg.paths = append(cfg.paths, rest...)
			break
		}
		if len(rest) == 0 {
			break
		}
		cfg.paths = append(cfg.paths, rest[0])
		args = rest[1:]
	}
	fs.Visit(func(f *flag.Flag) { cfg.set[f.Name] = true })
	switch cfg.color {
	case "auto", "always", "never":
	default:
		return nil, errUsage{fmt.Errorf("-color: want auto, always or never, not %q", cfg.color)}
	}
	var err error
	if cfg.enable, err = ruleList(enable); err != nil {
		return nil, fmt.Errorf("-enable: %w", err)
	}
	if cfg.disable, err = ruleList(disable); err != nil {
		return nil, fmt.Errorf("-disable: %w", err)
	}
	if failOn != "none" {
		if cfg.failOn, err = rule.ParseSeverity(failOn); err != nil {
			want := []string{"low", "medium", "high", "critical", "none"}
			return nil, fmt.Errorf("-fail-on: unknown severity %q%s (want %s)", failOn, mcpconfig.Suggest(failOn, want), strings.Join(want, ", "))
		}
	}
	for _, l := range strings.Split(langList, ",") {
		switch l = strings.TrimSpace(l); l {
		case "":
		case "go", "python", "typescript":
			cfg.langs = append(cfg.langs, l)
		default:
			return nil, fmt.Errorf("-lang: unknown language %q (want go, python or typescript)", l)
		}
	}
	if cfg.cacheDir == "auto" {
		// The user's cache directory ($XDG_CACHE_HOME, ~/Library/Caches,
		// %LocalAppData%): outside every scanned tree, so a hook or an editor
		// can ask for a cache without naming a path (a directory called auto
		// is ./auto).
		dir, err := os.UserCacheDir()
		if err != nil {
			return nil, fmt.Errorf("-cache auto: %w", err)
		}
		cfg.cacheDir = filepath.Join(dir, "mcplint")
	}
	if cfg.sarifURI != "relative" && cfg.sarifURI != "absolute" {
		return nil, fmt.Errorf("-sarif-uri: want relative or absolute, not %q", cfg.sarifURI)
	}
	if cfg.maxFileSize <= 0 {
		return nil, errors.New("-max-file-size must be positive")
	}
	if cfg.fileTimeout < 0 {
		return nil, errors.New("-file-timeout must not be negative")
	}
	if cfg.goTimeout < 0 {
		return nil, errors.New("-go-load-timeout must not be negative")
	}
	stdouts := 0
	for _, o := range cfg.outputs {
		if o.path == "" {
			stdouts++
		}
	}
	if cfg.fix && cfg.diff {
		return nil, errUsage{errors.New("-fix and -diff: give one (-diff shows what -fix would change)")}
	}
	if cfg.diff && stdouts > 0 {
		return nil, errUsage{errors.New("-diff writes the diff to standard output; give -format a :FILE")}
	}
	if len(cfg.outputs) == 0 && !cfg.diff {
		cfg.outputs = []outputSpec{{format: "text"}}
	}
	if stdouts > 1 {
		return nil, errors.New("-format: more than one format writes to standard output; give all but one a :FILE")
	}
	return cfg, nil
}

// ruleList resolves a comma-separated list of rule IDs or names to IDs.
func ruleList(s string) ([]string, error) {
	var ids []string
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		id, ok := resolveRule(f)
		if !ok {
			return nil, fmt.Errorf("unknown rule %q%s (see mcplint -list-rules)", f, mcpconfig.Suggest(f, ruleNames()))
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// ruleNames lists every rule ID and name, for suggestions.
func ruleNames() []string {
	var known []string
	for _, r := range rule.Rules {
		known = append(known, r.ID, r.Name)
	}
	return known
}

// flagError rewords the flag package's errors: an unknown flag gets the
// closest known one as a suggestion.
func flagError(err error, fs *flag.FlagSet) error {
	msg := err.Error()
	name, ok := strings.CutPrefix(msg, "flag provided but not defined: -")
	if !ok {
		return err
	}
	var known []string
	fs.VisitAll(func(f *flag.Flag) { known = append(known, f.Name) })
	return fmt.Errorf("unknown flag -%s%s", name, mcpconfig.Suggest(strings.TrimLeft(name, "-"), known))
}

func resolveRule(s string) (string, bool) {
	for _, r := range rule.Rules {
		if strings.EqualFold(s, r.ID) || s == r.Name {
			return r.ID, true
		}
	}
	return "", false
}

// enabled reports whether the configuration runs rule id.
func (c *config) enabled(id string) bool {
	if len(c.enable) > 0 && !contains(c.enable, id) {
		return false
	}
	return !contains(c.disable, id)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
