package engine

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/mcpsec/mcplint/analyzers/rule"
	sitter "github.com/smacker/go-tree-sitter"
)

// Options configures a run.
type Options struct {
	// Enabled reports whether a rule is enabled; nil means all.
	Enabled func(ruleID string) bool
	// MaxFileSize is the largest file analysed, in bytes (default 2 MiB).
	MaxFileSize int64
	// Workers is the number of parallel parsers (default GOMAXPROCS).
	Workers int
	// ParseOnly parses (and copies) every file and stops there.
	ParseOnly bool
	// FileTimeout bounds the time spent on one file: parsing it, and the
	// analysis of its module and functions. A file that runs out is
	// reported; zero means no limit.
	FileTimeout time.Duration
	// Progress, when set, is called (from any goroutine) each time a file
	// has been parsed and each time a project's files have been analysed,
	// with the files parsed and analysed so far and their total.
	Progress func(parsed, analysed, total int)
}

// gcAfterLines: a project at least this large is collected as soon as it
// is done (a collection of a small heap costs about a millisecond).
const gcAfterLines = 20000

// DefaultMaxFileSize is used when Options.MaxFileSize is zero.
const DefaultMaxFileSize = 2 << 20

// Minified-bundle thresholds: generated bundles are not source anyone
// reviews, and their single huge lines make every finding useless.
const (
	maxAvgLine  = 1000
	maxLineLen  = 20000
	minifiedMin = 4096 // files smaller than this are never called minified
)

// File is one parsed source file.
type File struct {
	Path  string // absolute
	Rel   string // slash path relative to the project root
	Src   []byte
	Root  *Node
	Lang  *Lang
	lines []int // byte offset of each line start

	Imports []Import
	SDK     bool // imports an MCP SDK
	project *project
}

// Text returns the source text of n.
func (f *File) Text(n *Node) string {
	if n == nil {
		return ""
	}
	return string(f.Src[n.Start:n.End])
}

func (f *File) lineText(line int) []byte {
	if line < 1 || line > len(f.lines) {
		return nil
	}
	start := f.lines[line-1]
	end := len(f.Src)
	if line < len(f.lines) {
		end = f.lines[line] - 1
	}
	if end < start {
		end = start
	}
	return bytes.TrimRight(f.Src[start:end], "\r")
}

// Pos returns the start position of n.
func (f *File) Pos(n *Node) rule.Position {
	return f.position(lineCol(f.lines, n.Start))
}

// EndPos returns the end position of n.
func (f *File) EndPos(n *Node) rule.Position {
	return f.position(lineCol(f.lines, n.End))
}

// Line returns the 1-based line on which n starts.
func (f *File) Line(n *Node) int {
	l, _ := lineCol(f.lines, n.Start)
	return l
}

func (f *File) position(line, col int) rule.Position {
	return rule.Position{File: f.Path, Line: line, Col: col, Col16: rule.UTF16Col(f.lineText(line), col)}
}

// Run analyses files with the languages that claim them. It never panics:
// a panic while handling one file or project becomes a notice.
func Run(files []string, langs []*Lang, opts Options) rule.Output {
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = DefaultMaxFileSize
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// Projects are parsed and analysed one at a time, in order, with one
	// step of overlap: the next project is parsed (on every worker) while
	// the current one is analysed (its interpreter state is shared, so a
	// project is analysed on one goroutine). At most two projects' trees
	// are in memory at once, and the analysis no longer leaves the other
	// cores idle. The order of the results is the order of the projects,
	// whatever the timing.
	var out rule.Output
	var parsedN, analysedN atomic.Int64
	batches := batchByProject(files, langs)
	gate := newTokenGate(maxTokens(opts.MaxFileSize))
	parsedBatches := make(chan []*fileResult) // unbuffered: one project parsed ahead
	go func() {
		defer close(parsedBatches)
		for _, batch := range batches {
			parsedBatches <- parseAll(batch, langs, opts, workers, gate, func() {
				if opts.Progress != nil {
					opts.Progress(int(parsedN.Add(1)), int(analysedN.Load()), len(files))
				}
			})
		}
	}()
	bi := 0
	for res := range parsedBatches {
		batch := batches[bi]
		bi++
		var parsed []*File
		batchLines := 0
		for _, r := range res {
			if r == nil {
				continue
			}
			out.Notices = append(out.Notices, r.notices...)
			out.Directives = append(out.Directives, r.directives...)
			if r.file != nil {
				out.Files++
				out.Lines += len(r.file.lines)
				batchLines += len(r.file.lines)
				parsed = append(parsed, r.file)
			}
		}
		res = nil
		if !opts.ParseOnly {
			for _, p := range groupProjects(parsed) {
				o := analyzeProject(p, opts)
				out.Findings = append(out.Findings, o.Findings...)
				out.Served = append(out.Served, o.Served...)
				out.Notices = append(out.Notices, o.Notices...)
			}
		}
		parsed = nil
		if opts.Progress != nil {
			opts.Progress(int(parsedN.Load()), int(analysedN.Add(int64(len(batch)))), len(files))
		}
		// This project's trees are garbage now. Collecting them at once
		// keeps the peak near the two largest neighbouring projects; left
		// to the pacer, the headroom it grants a large heap (GOGC) lets
		// the next projects pile up on top of this one's garbage.
		if batchLines >= gcAfterLines {
			runtime.GC()
		}
	}
	sortOutput(&out)
	return out
}

// parseAll loads files on workers goroutines, results in input order.
func parseAll(files []string, langs []*Lang, opts Options, workers int, gate *tokenGate, parsed func()) []*fileResult {
	res := make([]*fileResult, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers && w < len(files); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := sitter.NewParser()
			defer p.Close()
			for i := range next {
				res[i] = loadFile(files[i], langs, opts, gate, p)
				parsed()
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	return res
}

// batchByProject splits files by language and project root (the nearest
// ancestor holding one of the language's ProjectFiles), in a stable order.
// Files no language claims form their own batch (they produce nothing).
func batchByProject(files []string, langs []*Lang) [][]string {
	byKey := map[string][]string{}
	cache := map[string]bool{}
	for _, f := range files {
		var lang *Lang
		for _, l := range langs {
			if l.Grammar(f) != nil {
				lang = l
				break
			}
		}
		key := "\x00"
		if lang != nil {
			key = string(lang.Name) + "\x00" + projectRoot(f, lang, cache)
		}
		byKey[key] = append(byKey[key], f)
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([][]string, len(keys))
	for i, k := range keys {
		out[i] = byKey[k]
	}
	return out
}

// projectRoot returns the nearest ancestor of file holding a project file,
// or "" when there is none.
func projectRoot(file string, lang *Lang, cache map[string]bool) string {
	pkg := packageRoot(file, lang, cache)
	if pkg == "" {
		return ""
	}
	if ws := workspaceRoot(pkg, lang, cache); ws != "" {
		return ws
	}
	return pkg
}

// workspaceRoot returns the nearest directory at or above dir that is a
// workspace root (Lang.WorkspaceFiles, Lang.WorkspaceKey), or "".
func workspaceRoot(dir string, lang *Lang, cache map[string]bool) string {
	if len(lang.WorkspaceFiles) == 0 && lang.WorkspaceKey == "" {
		return ""
	}
	for {
		for _, n := range lang.WorkspaceFiles {
			if exists(filepath.Join(dir, n), cache) {
				return dir
			}
		}
		if lang.WorkspaceKey != "" {
			for _, n := range lang.ProjectFiles {
				if hasManifestKey(filepath.Join(dir, n), lang.WorkspaceKey, cache) {
					return dir
				}
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func exists(p string, cache map[string]bool) bool {
	v, ok := cache[p]
	if !ok {
		_, err := os.Stat(p)
		v = err == nil
		cache[p] = v
	}
	return v
}

// maxManifest bounds the project files read for their keys.
const maxManifest = 1 << 20

// hasManifestKey reports whether the JSON object in file p has the
// top-level key.
func hasManifestKey(p, key string, cache map[string]bool) bool {
	ck := p + "\x00" + key
	if v, ok := cache[ck]; ok {
		return v
	}
	v := false
	if exists(p, cache) {
		if b := readManifest(p); b != nil {
			var m map[string]json.RawMessage
			if json.Unmarshal(b, &m) == nil {
				_, v = m[key]
			}
		}
	}
	cache[ck] = v
	return v
}

// readManifest reads a project file, nil when it is missing, not a
// regular file or too large.
func readManifest(p string) []byte {
	st, err := os.Lstat(p)
	if err != nil || !st.Mode().IsRegular() || st.Size() > maxManifest {
		return nil
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return nil
	}
	return b
}

// packageRoot returns the nearest ancestor of file holding a project
// file, or "" when there is none.
func packageRoot(file string, lang *Lang, cache map[string]bool) string {
	for dir := filepath.Dir(file); ; {
		for _, n := range lang.ProjectFiles {
			p := filepath.Join(dir, n)
			v, ok := cache[p]
			if !ok {
				_, err := os.Stat(p)
				v = err == nil
				cache[p] = v
			}
			if v {
				return dir
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

type fileResult struct {
	file       *File
	notices    []rule.Notice
	directives []rule.Directive
}

// loadFile reads, checks, parses and copies one file, with the worker's
// parser p (nil: a parser of its own).
func loadFile(path string, langs []*Lang, opts Options, gate *tokenGate, p *sitter.Parser) (r *fileResult) {
	r = &fileResult{}
	defer func() {
		if p := recover(); p != nil {
			r.file = nil
			r.notices = append(r.notices, rule.Notice{Level: rule.NoticeError, File: path, Failed: true,
				Message: fmt.Sprintf("internal error while parsing, file skipped: %v", p)})
			_ = debug.Stack
		}
	}()
	var lang *Lang
	for _, l := range langs {
		if l.Grammar(path) != nil {
			lang = l
			break
		}
	}
	if lang == nil {
		return nil
	}
	src, lines, tokens, n := readSource(path, lang, opts)
	if n != nil {
		r.notices = append(r.notices, *n)
		return r
	}
	if gate != nil {
		gate.acquire(tokens)
		defer gate.release(tokens)
	}
	fail := func(msg string) *fileResult {
		r.notices = append(r.notices, rule.Notice{Level: rule.NoticeWarning, File: path, Failed: true, Message: msg})
		return r
	}
	root, errLine, err := parse(p, lang.Grammar(path), src, opts.FileTimeout)
	if err != nil {
		if errors.Is(err, errParseTimeout) {
			return fail(fmt.Sprintf("file skipped: parsing took longer than its %v time budget (-file-timeout)", opts.FileTimeout))
		}
		return fail("cannot parse file: " + err.Error())
	}
	f := &File{Path: path, Src: src, Root: root, Lang: lang, lines: lines}
	if errLine > 0 {
		r.notices = append(r.notices, rule.Notice{Level: rule.NoticeWarning, File: path, Line: errLine,
			Message: "file has syntax the parser did not understand; the rest of the file was analysed"})
	}
	r.directives = directives(f)
	f.Imports = collectImports(f)
	r.file = f
	return r
}

// readSource reads a file that a language claims and applies the limits
// on what is parsed (size, minified bundles); a file not to be parsed
// comes back as a notice instead.
func readSource(path string, lang *Lang, opts Options) (src []byte, lines []int, tokens int, n *rule.Notice) {
	// A file skipped by a limit is a warning; one that cannot be read at
	// all is an error (the README's table of hostile input says which).
	failAt := func(level rule.NoticeLevel, msg string) ([]byte, []int, int, *rule.Notice) {
		return nil, nil, 0, &rule.Notice{Level: level, File: path, Failed: true, Message: msg}
	}
	fail := func(msg string) ([]byte, []int, int, *rule.Notice) { return failAt(rule.NoticeWarning, msg) }
	// A minified bundle is generated code, skipped by policy as dist/ is:
	// reported, but not a failure of the run.
	skipMinified := func(msg string) ([]byte, []int, int, *rule.Notice) {
		return nil, nil, 0, &rule.Notice{Level: rule.NoticeWarning, File: path, Message: msg}
	}
	st, err := os.Stat(path)
	if err != nil {
		return failAt(rule.NoticeError, "cannot read file: "+err.Error())
	}
	if st.Size() > opts.MaxFileSize {
		return fail(fmt.Sprintf("file skipped: %d bytes is larger than the %d-byte limit", st.Size(), opts.MaxFileSize))
	}
	src, err = os.ReadFile(path)
	if err != nil {
		return failAt(rule.NoticeError, "cannot read file: "+err.Error())
	}
	lines = lineStarts(src)
	if lang.SkipMinified != nil && lang.SkipMinified(path) && len(src) >= minifiedMin {
		if avg := len(src) / len(lines); avg > maxAvgLine {
			return skipMinified(fmt.Sprintf("file skipped: looks minified (average line length %d bytes)", avg))
		}
		for i := range lines {
			end := len(src)
			if i+1 < len(lines) {
				end = lines[i+1]
			}
			if end-lines[i] > maxLineLen {
				return skipMinified(fmt.Sprintf("file skipped: looks minified (line %d is %d bytes long)", i+1, end-lines[i]))
			}
		}
	}
	// The memory a tree takes follows its nodes (memory.go).
	tokens = estimateTokens(src)
	if limit := maxTokens(opts.MaxFileSize); tokens > limit {
		return fail(fmt.Sprintf("file skipped: about %d tokens is more than the %d that a file within the %d-byte limit may hold (dense or deeply nested code; -max-file-size raises both)", tokens, limit, opts.MaxFileSize))
	}
	return src, lines, tokens, nil
}

func lineStarts(src []byte) []int {
	ls := []int{0}
	for i, b := range src {
		if b == '\n' && i+1 < len(src) {
			ls = append(ls, i+1)
		}
	}
	return ls
}

// Comments returns every comment node of f in source order.
func Comments(f *File) []*Node {
	var out []*Node
	ct := f.Lang.Syntax.Comment
	f.Root.Walk(func(n *Node) bool {
		if n.Type == ct {
			out = append(out, n)
			return false
		}
		return true
	})
	return out
}

func directives(f *File) []rule.Directive {
	var out []rule.Directive
	for _, c := range Comments(f) {
		text := f.Text(c)
		if !strings.Contains(text, rule.DirectiveMarker) {
			continue
		}
		d, ok := rule.ParseDirective(text)
		if !ok {
			continue
		}
		d.Pos = f.Pos(c)
		out = append(out, d)
	}
	return out
}

// collectImports walks top-level statements (and blocks such as try and
// if at any depth outside functions) for import statements.
func collectImports(f *File) []Import {
	sx := &f.Lang.Syntax
	var out []Import
	loaders := moduleLoaders(f.Lang)
	f.Root.Walk(func(n *Node) bool {
		if has(sx.Import, n.Type) {
			out = append(out, f.Lang.Imports(f, n)...)
			return false
		}
		// require("m") and import("m") load modules too, anywhere in the
		// file: a CommonJS server is an MCP server like its ESM twin.
		if len(loaders) > 0 && has(sx.Call, n.Type) {
			if im, ok := loaderImport(f, n, loaders); ok {
				out = append(out, im)
			}
		}
		return true
	})
	for _, im := range out {
		if matchAny(f.Lang.SDKModules, im.Source) {
			f.SDK = true
		}
	}
	return out
}

// moduleLoaders are the callee patterns of the language's ModuleRef
// models (require, import): calls that load a module named by a string.
func moduleLoaders(l *Lang) []string {
	var out []string
	for _, m := range l.Models {
		if m.Kind == ModuleRef {
			out = append(out, m.Callee...)
		}
	}
	return out
}

// loaderImport reads require("m") / import("m") as an import of m that
// binds no name (the interpreter binds the result like any value).
func loaderImport(f *File, call *Node, loaders []string) (Import, bool) {
	sx := &f.Lang.Syntax
	var fn *Node
	for _, fld := range sx.CallFunc {
		if c := call.Child(fld); c != nil {
			fn = c
			break
		}
	}
	if fn == nil || fn.End-fn.Start > 64 || !matchAny(loaders, f.Text(fn)) {
		return Import{}, false
	}
	al := call.Child(sx.CallArgs)
	if al == nil {
		return Import{}, false
	}
	arg := al.FirstNamed(sx.Comment)
	if arg == nil || !has(sx.String, arg.Type) {
		return Import{}, false
	}
	for _, c := range arg.Children {
		if has(sx.Interp, c.Type) {
			return Import{}, false // a computed name
		}
	}
	src := f.Text(arg)
	if f.Lang.ModuleSource != nil {
		src = f.Lang.ModuleSource(src)
	}
	return Import{Source: src, Node: call}, true
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// groupProjects groups files by language and by the nearest ancestor
// directory holding a project file; files without one share a group.
func groupProjects(files []*File) []*project {
	byKey := map[string]*project{}
	var keys []string
	cache := map[string]bool{}
	pkgSeen := map[string]bool{}
	for _, f := range files {
		pkg := packageRoot(f.Path, f.Lang, cache)
		root := pkg
		if pkg != "" {
			if ws := workspaceRoot(pkg, f.Lang, cache); ws != "" {
				root = ws
			}
		}
		key := string(f.Lang.Name) + "\x00" + root
		p := byKey[key]
		if p == nil {
			p = &project{root: root, lang: f.Lang}
			byKey[key] = p
			keys = append(keys, key)
		}
		p.files = append(p.files, f)
		if pkg != "" && f.Lang.PackageName != nil && !pkgSeen[key+"\x00"+pkg] {
			pkgSeen[key+"\x00"+pkg] = true
			p.pkgDirs = append(p.pkgDirs, pkg)
		}
	}
	sort.Strings(keys)
	out := make([]*project, 0, len(keys))
	for _, k := range keys {
		p := byKey[k]
		if p.root == "" {
			p.root = commonDir(p.files)
		}
		for _, f := range p.files {
			rel, err := filepath.Rel(p.root, f.Path)
			if err != nil {
				rel = filepath.Base(f.Path)
			}
			f.Rel = filepath.ToSlash(rel)
			f.project = p
		}
		p.readPackages()
		out = append(out, p)
	}
	return out
}

// readPackages names the packages of a project (a workspace holds
// several), so that an import of one by its name resolves to its sources.
func (p *project) readPackages() {
	if p.lang.PackageName == nil || len(p.pkgDirs) < 2 {
		return // one package imports itself by relative paths
	}
	sort.Strings(p.pkgDirs)
	for _, dir := range p.pkgDirs {
		rel, err := filepath.Rel(p.root, dir)
		if err != nil {
			continue
		}
		for _, n := range p.lang.ProjectFiles {
			b := readManifest(filepath.Join(dir, n))
			if b == nil {
				continue
			}
			if name := p.lang.PackageName(b); name != "" {
				p.pkgs = append(p.pkgs, wsPackage{name: name, dir: filepath.ToSlash(rel), manifest: b})
			}
			break
		}
	}
}

func commonDir(files []*File) string {
	if len(files) == 0 {
		return ""
	}
	dir := filepath.Dir(files[0].Path)
	for _, f := range files[1:] {
		for !strings.HasPrefix(f.Path, dir+string(filepath.Separator)) {
			parent := filepath.Dir(dir)
			if parent == dir {
				return dir
			}
			dir = parent
		}
	}
	return dir
}

func sortOutput(o *rule.Output) {
	sort.SliceStable(o.Findings, func(i, j int) bool {
		a, b := o.Findings[i], o.Findings[j]
		if a.Pos.File != b.Pos.File {
			return a.Pos.File < b.Pos.File
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		if a.Pos.Col != b.Pos.Col {
			return a.Pos.Col < b.Pos.Col
		}
		if a.RuleID != b.RuleID {
			return a.RuleID < b.RuleID
		}
		return a.Message < b.Message
	})
	sort.SliceStable(o.Notices, func(i, j int) bool {
		a, b := o.Notices[i], o.Notices[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Message < b.Message
	})
	sort.SliceStable(o.Directives, func(i, j int) bool {
		a, b := o.Directives[i], o.Directives[j]
		if a.Pos.File != b.Pos.File {
			return a.Pos.File < b.Pos.File
		}
		return a.Pos.Line < b.Pos.Line
	})
}

// ParseFile parses one file with the first language that claims it, for
// tools (the want-comment harness) that need its comments.
func ParseFile(path string, langs []*Lang) (*File, error) {
	r := loadFile(path, langs, Options{MaxFileSize: DefaultMaxFileSize}, nil, nil)
	if r == nil {
		return nil, fmt.Errorf("%s: no language claims this file", path)
	}
	if r.file == nil {
		msg := "not parsed"
		if len(r.notices) > 0 {
			msg = r.notices[0].Message
		}
		return nil, fmt.Errorf("%s: %s", path, msg)
	}
	return r.file, nil
}
