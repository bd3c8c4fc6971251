// Package langtest is the `want`-comment harness for Python and
// TypeScript fixtures, the tree-sitter twin of analysistest: a comment
// `# want "regexp"` (or `// want "regexp"`, several quoted regexps allowed)
// on a line expects one finding on that line whose message matches each
// regexp. Comments are read from comment nodes through the engine's own
// parser, so a `want` inside a string is not a want. Unexpected findings and
// unmatched wants both fail the test.
package langtest

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/analyzers/sdkversions"
	"github.com/mcpsec/mcplint/langs/engine"
)

// T is the part of *testing.T the harness uses, so its own tests can pass
// a fake and see failures.
type T interface {
	Helper()
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
}

type want struct {
	file string
	line int
	re   *regexp.Regexp
	hit  bool
}

var wantPattern = regexp.MustCompile(`^[#/*\s]*want\s+(.*)$`)

// Files lists the fixture files under dir that one of langs claims, sorted.
func Files(t T, dir string, langs []*engine.Lang) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		for _, l := range langs {
			if l.Grammar(p) != nil {
				abs, err := filepath.Abs(p)
				if err != nil {
					return err
				}
				files = append(files, abs)
				break
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("langtest: %v", err)
	}
	sort.Strings(files)
	return files
}

// Run analyses every fixture file under dir with langs and checks the
// findings against the want comments. With rules given, only those rules
// run (a rule's fixture directory tests that rule alone). It returns the
// engine output so a test can check more (flows, notices).
func Run(t T, dir string, langs []*engine.Lang, rules ...string) rule.Output {
	t.Helper()
	files := Files(t, dir, langs)
	if len(files) == 0 {
		t.Fatalf("langtest: no fixture files under %s", dir)
		return rule.Output{}
	}
	var wants []*want
	for _, f := range files {
		wants = append(wants, readWants(t, f, langs)...)
	}
	var opts engine.Options
	if len(rules) > 0 {
		opts.Enabled = func(id string) bool {
			for _, r := range rules {
				if r == id {
					return true
				}
			}
			return false
		}
	}
	out := engine.Run(files, langs, opts)
	// findings that depend on the SDK version are decided by the fixture's
	// manifests, as the CLI decides them
	sdkversions.Join(&out, manifests(dir), map[string]bool{"pypi": true, "npm": true})
	for _, n := range out.Notices {
		if n.Failed {
			t.Errorf("%s", n)
		}
	}
	for _, fd := range out.Findings {
		matched := false
		for _, w := range wants {
			if !w.hit && w.file == fd.Pos.File && w.line == fd.Pos.Line && (w.re.MatchString(fd.Message) || w.re.MatchString(fd.RuleID+": "+fd.Message)) {
				w.hit, matched = true, true
				break
			}
		}
		if !matched {
			t.Errorf("%s:%d:%d: unexpected finding %s: %s", rel(dir, fd.Pos.File), fd.Pos.Line, fd.Pos.Col, fd.RuleID, fd.Message)
		}
	}
	for _, w := range wants {
		if !w.hit {
			t.Errorf("%s:%d: no finding matched want %q", rel(dir, w.file), w.line, w.re.String())
		}
	}
	return out
}

func rel(dir, p string) string {
	if abs, err := filepath.Abs(dir); err == nil {
		if r, err := filepath.Rel(abs, p); err == nil {
			return r
		}
	}
	return p
}

// readWants parses the want comments of one file.
func readWants(t T, path string, langs []*engine.Lang) []*want {
	t.Helper()
	f, err := engine.ParseFile(path, langs)
	if err != nil {
		t.Fatalf("langtest: %v", err)
		return nil
	}
	var out []*want
	for _, c := range engine.Comments(f) {
		text := f.Text(c)
		m := wantPattern.FindStringSubmatch(text)
		if m == nil {
			continue
		}
		rest := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(m[1]), "*/"))
		for rest != "" {
			q, err := strconv.QuotedPrefix(rest)
			if err != nil {
				t.Errorf("%s:%d: malformed want comment %q: %v", path, f.Line(c), text, err)
				break
			}
			s, _ := strconv.Unquote(q)
			re, err := regexp.Compile(s)
			if err != nil {
				t.Errorf("%s:%d: bad want regexp %q: %v", path, f.Line(c), s, err)
			} else {
				out = append(out, &want{file: path, line: f.Line(c), re: re})
			}
			rest = strings.TrimSpace(rest[len(q):])
		}
	}
	return out
}

// manifests lists the manifest and lock files under dir.
func manifests(dir string) []string {
	var out []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && sdkversions.IsManifest(p) {
			if abs, err := filepath.Abs(p); err == nil {
				out = append(out, abs)
			}
		}
		return nil
	})
	return out
}
