// Package walk turns the paths given on the command line into the files and
// Go package directories mcplint analyses. It skips what is not the user's
// source (vendor/, node_modules/, .git/, dist/, build/, testdata/, hidden
// directories, virtualenvs, what .gitignore ignores) unless a path names it
// explicitly, never follows a symlink, and reports every source file it
// cannot take instead of dropping it.
package walk

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	ignore "github.com/sabhiram/go-gitignore"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/analyzers/safefile"
)

// Targets is what the walk found.
type Targets struct {
	Root   string   // the directory paths in output are relative to (git top level, else the scan root)
	GoDirs []string // absolute directories holding .go files, sorted
	Files  []string // absolute non-Go source files for the tree-sitter engine, sorted
	// Manifests are absolute package manifests and lock files (go.mod,
	// package.json, pyproject.toml, ...) for the SDK version check, sorted.
	Manifests []string
	Notices   []rule.Notice
}

// Options say which non-Go files the tree-sitter engine takes, and which
// files are manifests the SDK version check reads.
type Options struct {
	Supported func(path string) bool
	Manifest  func(path string) bool
	// Test reports test code by its slash-separated path. Test code of
	// the tree-sitter languages is skipped unless the command line names
	// it: the file itself, or a path that is itself test code (tests/,
	// tests/unit). Go's _test.go files are always left to go vet's rule.
	Test func(rel string) bool
	// TestDir reports a directory name that holds test code (tests,
	// __tests__): a path through one named on the command line asks for
	// its tests.
	TestDir func(name string) bool
	// Progress, when set, is called with the number of files examined so
	// far, every 256 files (the CLI's progress line).
	Progress func(files int)
}

// skipDirs are directory names that hold no first-party source. Named
// explicitly on the command line they are scanned all the same.
var skipDirs = map[string]bool{
	"vendor": true, "node_modules": true, "dist": true, "build": true, "testdata": true,
	"__pycache__": true, "site-packages": true, "venv": true, "bower_components": true,
}

// Walk expands paths ("." by default, "./..." and "dir/..." accepted).
// A path that does not exist is an error: the caller treats it as a usage
// error rather than a clean scan of nothing.
func Walk(paths []string, opts Options) (*Targets, error) {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	t := &Targets{}
	goDirs := map[string]bool{}
	files := map[string]bool{}
	manifests := map[string]bool{}
	var roots []string
	for _, p := range paths {
		p = strings.TrimSuffix(p, "...")
		if p == "" {
			p = "."
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, err
		}
		info, err := os.Lstat(abs)
		if err != nil {
			return nil, fmt.Errorf("cannot scan %s: %w", p, errors.Unwrap(err))
		}
		if info.Mode()&fs.ModeSymlink != 0 {
			// A symlink named on the command line is the user's choice; resolve it.
			if abs, err = filepath.EvalSymlinks(abs); err != nil {
				return nil, fmt.Errorf("cannot scan %s: %w", p, err)
			}
			if info, err = os.Stat(abs); err != nil {
				return nil, fmt.Errorf("cannot scan %s: %w", p, err)
			}
		}
		if !info.IsDir() {
			roots = append(roots, filepath.Dir(abs))
			t.addFile(abs, info, goDirs, files, manifests, opts, true)
			continue
		}
		roots = append(roots, abs)
		o := opts
		if namesTestDir(p, opts) {
			o.Test = nil // a test directory named on the command line: its tests are wanted
		}
		t.walkDir(abs, goDirs, files, manifests, o)
	}
	t.Root = findRoot(roots)
	t.GoDirs = sortedKeys(goDirs)
	t.Files = sortedKeys(files)
	t.Manifests = sortedKeys(manifests)
	return t, nil
}

// testManifest reports a package manifest inside a test directory: the
// dependencies of a test project, not of the server.
func testManifest(rel string, opts Options) bool {
	if opts.Manifest == nil || opts.TestDir == nil || !opts.Manifest(rel) {
		return false
	}
	return namesTestDir(filepath.Dir(rel), opts)
}

func namesTestDir(p string, opts Options) bool {
	if opts.TestDir == nil {
		return false
	}
	for _, d := range strings.Split(filepath.ToSlash(filepath.Clean(p)), "/") {
		if opts.TestDir(d) {
			return true
		}
	}
	return false
}

func (t *Targets) walkDir(root string, goDirs, files, manifests map[string]bool, opts Options) {
	ign := newIgnorer(root)
	seen := 0
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			t.Notices = append(t.Notices, rule.Notice{Level: rule.NoticeError, File: path, Message: "cannot read: " + errText(err), Failed: true})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if path == root {
				t.enter(ign, path)
				return nil
			}
			name := d.Name()
			if skipDirs[name] || strings.HasPrefix(name, ".") || ign.ignored(path, true) {
				return fs.SkipDir
			}
			t.enter(ign, path)
			return nil
		}
		if d.Type()&fs.ModeSymlink == 0 && !wanted(path, opts) {
			return nil // never read, so .gitignore (a regexp per pattern) need not be asked
		}
		if ign.ignored(path, false) {
			return nil
		}
		if opts.Test != nil {
			if rel, err := filepath.Rel(root, path); err == nil && (opts.Test(filepath.ToSlash(rel)) || testManifest(rel, opts)) {
				return nil // test code, analysed only when named
			}
		}
		info, err := d.Info()
		if err != nil {
			t.Notices = append(t.Notices, rule.Notice{Level: rule.NoticeError, File: path, Message: "cannot read: " + errText(err), Failed: true})
			return nil
		}
		t.addFile(path, info, goDirs, files, manifests, opts, false)
		if seen++; opts.Progress != nil && seen%256 == 0 {
			opts.Progress(seen)
		}
		return nil
	})
	t.Notices = append(t.Notices, ign.notices()...)
}

// wanted reports whether path, by name, is a file addFile keeps.
func wanted(path string, opts Options) bool {
	return strings.HasSuffix(path, ".go") || (opts.Supported != nil && opts.Supported(path)) || (opts.Manifest != nil && opts.Manifest(path))
}

// addFile classifies one file. Symlinks and special files (FIFOs, devices)
// are never opened: opening a FIFO would hang the scan.
func (t *Targets) addFile(path string, info fs.FileInfo, goDirs, files, manifests map[string]bool, opts Options, explicit bool) {
	if info.Mode()&fs.ModeSymlink != 0 {
		// A linked directory may hold sources, or loop back to the root;
		// say that it was not followed.
		if st, err := os.Stat(path); err == nil && st.IsDir() {
			t.Notices = append(t.Notices, rule.Notice{Level: rule.NoticeNote, File: path, Message: "symbolic link to a directory not followed"})
			return
		}
	}
	isGo := strings.HasSuffix(path, ".go")
	isOther := !isGo && opts.Supported != nil && opts.Supported(path)
	isManifest := !isGo && !isOther && opts.Manifest != nil && opts.Manifest(path)
	if !isGo && !isOther && !isManifest {
		if explicit {
			t.Notices = append(t.Notices, rule.Notice{Level: rule.NoticeWarning, File: path, Message: "not a file mcplint analyses (want .go, .py, .ts, .tsx, .js, .jsx, .mjs, .cjs)"})
		}
		return
	}
	switch {
	case info.Mode()&fs.ModeSymlink != 0:
		t.Notices = append(t.Notices, rule.Notice{Level: rule.NoticeNote, File: path, Message: "symbolic link not followed"})
		return
	case !info.Mode().IsRegular():
		t.Notices = append(t.Notices, rule.Notice{Level: rule.NoticeWarning, File: path, Message: "not a regular file; skipped"})
		return
	}
	if isManifest {
		manifests[path] = true
		return
	}
	if isGo {
		if strings.HasSuffix(path, "_test.go") {
			return // tests are not server code; go vet style
		}
		goDirs[filepath.Dir(path)] = true
		return
	}
	files[path] = true
}

// findRoot picks the directory output paths are relative to: the git top
// level above the first root (found by looking for .git, never by running
// git), else the common parent of the roots.
func findRoot(roots []string) string {
	if len(roots) == 0 {
		wd, _ := os.Getwd()
		return wd
	}
	for dir := roots[0]; ; {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			if covers(dir, roots) {
				return dir
			}
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	common := roots[0]
	for !covers(common, roots) {
		common = filepath.Dir(common)
	}
	return common
}

func covers(dir string, paths []string) bool {
	for _, p := range paths {
		if p != dir && !strings.HasPrefix(p, dir+string(filepath.Separator)) && dir != string(filepath.Separator) {
			return false
		}
	}
	return true
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// ignorer applies the .gitignore files found from the scan root down. Files
// above the scan root are not read: the user named the directory to scan.
type ignorer struct {
	byDir map[string]*gitignore
	// skipped lists, per directory of a .gitignore, the source files and
	// directories its patterns kept out of the scan.
	skipped map[string][]string
}

func newIgnorer(string) *ignorer {
	return &ignorer{byDir: map[string]*gitignore{}, skipped: map[string][]string{}}
}

// notices names, per .gitignore, what its patterns kept out of the scan: a
// pull request can add a pattern (and force-add the file it hides), so
// what .gitignore skipped must leave a trace, like what .mcplint.yml turns
// off. Notes, sorted; the first few paths of each are named.
func (g *ignorer) notices() []rule.Notice {
	var out []rule.Notice
	for _, dir := range sortedKeys(boolKeys(g.skipped)) {
		paths := g.skipped[dir]
		sort.Strings(paths)
		var shown []string
		for _, p := range paths[:min(len(paths), 5)] {
			r, _ := filepath.Rel(dir, p)
			shown = append(shown, filepath.ToSlash(r))
		}
		more := ""
		if len(paths) > len(shown) {
			more = fmt.Sprintf(" and %d more", len(paths)-len(shown))
		}
		what := fmt.Sprintf("%d source files or directories", len(paths))
		if len(paths) == 1 {
			what = "1 source file or directory"
		}
		out = append(out, rule.Notice{Level: rule.NoticeNote, File: filepath.Join(dir, ".gitignore"),
			Message: fmt.Sprintf("its patterns kept %s out of the scan: %s%s", what, strings.Join(shown, ", "), more)})
	}
	return out
}

func boolKeys(m map[string][]string) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

// maxGitignore bounds a .gitignore file; real ones are a few KiB.
const maxGitignore = safefile.SmallLimit

// enter reads dir's .gitignore: a regular file only, never through a link
// (a link to /dev/zero would never end, a FIFO would block the walk), and
// at most maxGitignore bytes. One that cannot be read is reported and its
// patterns are not applied, which makes the scan cover more, not less.
func (t *Targets) enter(g *ignorer, dir string) {
	path := filepath.Join(dir, ".gitignore")
	data, err := safefile.Read(path, maxGitignore)
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		t.Notices = append(t.Notices, rule.Notice{Level: rule.NoticeWarning, File: path, Message: "not read: " + errText(err) + "; its patterns are not applied"})
		return
	}
	g.byDir[dir] = compileGitignore(strings.Split(string(data), "\n"))
}

// gitignore is one .gitignore file. go-gitignore compiles each pattern to
// a regular expression and tries them all on every path, which cost more
// than parsing the files of a large tree. Here each pattern is compiled
// alone and paired with a literal that every path it matches contains, so
// a substring search rejects almost every pattern and go-gitignore's own
// regular expression decides the rest: the answers are go-gitignore's.
// A file with a line this does not model exactly is asked as a whole.
type gitignore struct {
	lines    []string
	patterns []ignorePattern // nil: ask the whole file
	whole    *ignore.GitIgnore
}

type ignorePattern struct {
	re      *ignore.GitIgnore // the pattern alone, without its "!"
	negate  bool
	literal string // contained in every path re matches; "" if none is known
}

func compileGitignore(lines []string) *gitignore {
	g := &gitignore{lines: lines}
	var pats []ignorePattern
	for _, line := range lines {
		// go-gitignore's reading of a line: comments first, then blanks.
		l := strings.TrimRight(line, "\r")
		if strings.HasPrefix(l, "#") {
			continue
		}
		t := strings.Trim(l, " ")
		if t == "" {
			continue
		}
		p := ignorePattern{literal: patternLiteral(t)}
		if t[0] == '!' {
			pos := t[1:]
			if pos == "" || strings.ContainsAny(pos[:1], "#! ") {
				return g // an escape after "!", or a pattern of nothing
			}
			p.negate, p.re = true, ignore.CompileIgnoreLines(pos)
		} else {
			p.re = ignore.CompileIgnoreLines(line)
		}
		pats = append(pats, p)
	}
	g.patterns = pats
	if g.patterns == nil {
		g.patterns = []ignorePattern{}
	}
	return g
}

// matches answers as go-gitignore's MatchesPath: a pattern that matches
// ignores the path, and a later negated one that matches keeps it.
func (g *gitignore) matches(rel string) bool {
	if g.patterns == nil {
		if g.whole == nil {
			g.whole = ignore.CompileIgnoreLines(g.lines...)
		}
		return g.whole.MatchesPath(rel)
	}
	matched := false
	for i := range g.patterns {
		p := &g.patterns[i]
		if p.negate && !matched {
			continue // a negation only undoes a match
		}
		if p.literal != "" && !strings.Contains(rel, p.literal) {
			continue
		}
		if p.re.MatchesPath(rel) {
			matched = !p.negate
		}
	}
	return matched
}

// patternLiteral returns the longest run of characters of a .gitignore
// line that go-gitignore copies into its regular expression as the same
// characters, so any path the pattern matches contains it. Runs stop at
// glob characters, escapes, character classes and slashes ("**/" may
// match nothing); a line holding a character go-gitignore leaves
// unescaped for the regular expression has none ("").
func patternLiteral(line string) string {
	if strings.ContainsAny(line, "+(){}|^$") {
		return ""
	}
	best := ""
	for _, seg := range strings.FieldsFunc(line, func(r rune) bool { return strings.ContainsRune("*?[]\\/#!", r) }) {
		if len(seg) > len(best) {
			best = seg
		}
	}
	return best
}

// ignored asks every .gitignore between the scan root and path.
func (g *ignorer) ignored(path string, isDir bool) bool {
	for dir := filepath.Dir(path); ; dir = filepath.Dir(dir) {
		if gi := g.byDir[dir]; gi != nil {
			rel, err := filepath.Rel(dir, path)
			if err == nil {
				rel = filepath.ToSlash(rel)
				if isDir {
					rel += "/"
				}
				if gi.matches(rel) {
					g.skipped[dir] = append(g.skipped[dir], path)
					return true
				}
			}
		}
		if parent := filepath.Dir(dir); parent == dir {
			return false
		}
	}
}
