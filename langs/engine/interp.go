package engine

import (
	"fmt"
	"path"
	"strconv"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// Bounds that keep pathological code from blowing up run time. Hitting one
// is reported as a notice, never silent; a bound that may have hidden a
// finding (a tainted value reaching code that was not analysed) is a
// warning.
//
// Call depth does not decide results: each function is interpreted once
// per pattern of argument taint (see memoKey), so a chain of pass-through
// helpers costs one evaluation per helper. maxCallDepth only keeps the
// interpreter's own stack bounded on generated chains thousands of calls
// long; no hand-written server comes near it.
const (
	maxCallDepth = 256
	maxUnitWork  = 200000 // node evaluations per module or function (with its callees)
	workPerLine  = 60     // file budget: this many evaluations per source line...
	minWork      = 400000 // ...but at least this many
)

// project is a set of files analysed together: imports between them are
// resolved, and calls into their functions are followed.
type project struct {
	root  string
	lang  *Lang
	files []*File
	// pkgDirs are the package directories of a workspace; pkgs the
	// packages read from them.
	pkgDirs []string
	pkgs    []wsPackage
}

// wsPackage is one package of a workspace: its name, its directory
// relative to the project root and its project file.
type wsPackage struct {
	name     string
	dir      string
	manifest []byte
}

// packageCandidates are the modules an import of a workspace package by
// its name (or a path inside it) may be.
func (a *analysis) packageCandidates(source string) []string {
	var out []string
	for _, pk := range a.p.pkgs {
		sub, ok := strings.CutPrefix(source, pk.name)
		if !ok || (sub != "" && sub[0] != '/') {
			continue
		}
		for _, c := range a.lang.PackageSources(pk.manifest, strings.TrimPrefix(sub, "/")) {
			rel := pk.dir + "/" + c
			if pk.dir == "." || pk.dir == "" {
				rel = c
			}
			out = append(out, a.lang.ModuleName(path.Clean(rel)))
		}
	}
	return out
}

type module struct {
	f     *File
	env   *env
	state int    // 0 not run, 1 running, 2 done
	exp   *Value // the export object the module starts with (Lang.ExportObjects)
}

// Func is a function defined in the project.
type Func struct {
	Node   *Node
	File   *File
	Name   string
	env    *env // defining scope (closures)
	class  *classInfo
	params []Param
	static bool // a static method: no receiver parameter
	// opts are parameter values declared by option decorators
	// (@click.option("--host", default="0.0.0.0")), used when a caller
	// passes nothing.
	opts map[string]*Value
}

type classInfo struct {
	parents []*classInfo // project classes it extends
	name    string
	ref     string
	methods map[string]*Func
	fields  map[string]string // annotated attributes: name -> type text
	// narrow holds the classes a field's constraint forbids (nil: every
	// class), for a field whose type or default narrows what it accepts
	// (name: str = Field(pattern=r"^[a-z]+$")): a model used as a tool
	// parameter type is validated against it.
	narrow map[string][]string
	bases  []string
	inst   *Value
	file   *File // where it is defined
	// libBase is the qualified name of a base class that is not defined
	// in the project (a library class): super and inherited methods
	// resolve to its names.
	libBase string
}

// method finds a method of the class or of a class it extends.
func (ci *classInfo) method(name string) (*Func, bool) {
	for _, c := range ci.lineage() {
		if m, ok := c.methods[name]; ok {
			return m, true
		}
	}
	return nil, false
}

// maxLineage bounds the classes a method is looked up in.
const maxLineage = 64

// lineage is the class and the project classes it extends, in the order
// a method is looked up: depth first, bases left to right, each class
// once (a class mixing in several bases, class Fetcher(SearchMixin,
// AttachmentsMixin), has the methods of all of them).
func (ci *classInfo) lineage() []*classInfo {
	var out []*classInfo
	seen := map[*classInfo]bool{}
	var walk func(c *classInfo)
	walk = func(c *classInfo) {
		if c == nil || seen[c] || len(out) >= maxLineage {
			return
		}
		seen[c] = true
		out = append(out, c)
		for _, p := range c.parents {
			walk(p)
		}
	}
	walk(ci)
	return out
}

// ctor finds the constructor of the class or of a class it extends.
func (ci *classInfo) ctor() (*Func, bool) {
	if m, ok := ci.method("__init__"); ok {
		return m, true
	}
	return ci.method("constructor")
}

// instance is the one abstract object standing for every instance of the
// class (allocation-site abstraction): attributes set in __init__ are seen
// by every method.
func (ci *classInfo) instance() *Value {
	if ci.inst == nil {
		ci.inst = &Value{Class: ci, Ref: ci.ref + "()"}
	}
	return ci.inst
}

// args is an evaluated argument list.
type args struct {
	node     *Node
	pos      []*Value
	posNodes []*Node
	kw       map[string]*Value
	kwNodes  map[string]*Node
	recv     *Value
	splatKw  *Value // **kwargs or a spread object
}

func (a *args) all() []*Value {
	out := append([]*Value(nil), a.pos...)
	for _, k := range sortedKeys(a.kw) {
		out = append(out, a.kw[k])
	}
	if a.splatKw != nil {
		out = append(out, a.splatKw)
	}
	return out
}

// get resolves an ArgRef (see its doc) to a value and the node that
// supplied it.
func (a *args) get(ref ArgRef) (*Value, *Node, bool) {
	if a == nil {
		return nil, nil, false
	}
	if i := strings.IndexByte(ref, '+'); i > 0 {
		return a.argv(strings.Split(ref, "+"))
	}
	head, rest := ref, ""
	if i := strings.IndexAny(ref, ".["); i >= 0 {
		head, rest = ref[:i], ref[i:]
	}
	var v *Value
	var n *Node
	switch {
	case head == "recv":
		v = a.recv
		if v == nil {
			return nil, nil, false
		}
		if strings.HasPrefix(rest, ".") && v.Ctor != nil {
			// a constructor keyword or option of the receiver
			key := rest[1:]
			if cv, cn, ok := v.Ctor.get(key); ok {
				return cv, cn, true
			}
			if cv, cn, ok := v.Ctor.get("0." + key); ok {
				return cv, cn, true
			}
		}
	case head == "*":
		v = &Value{Elems: a.pos, Literal: true}
		if len(a.posNodes) > 0 {
			n = a.posNodes[0]
		}
	case head == "last":
		if len(a.pos) == 0 {
			return nil, nil, false
		}
		v, n = a.pos[len(a.pos)-1], a.posNodes[len(a.pos)-1]
	case head != "" && head[0] >= '0' && head[0] <= '9':
		i, _ := strconv.Atoi(head)
		if i >= len(a.pos) {
			return nil, nil, false
		}
		v, n = a.pos[i], a.posNodes[i]
	default:
		var ok bool
		v, ok = a.kw[head]
		if !ok {
			return nil, nil, false
		}
		n = a.kwNodes[head]
	}
	for rest != "" && v != nil {
		if rest[0] == '.' {
			key := rest[1:]
			if i := strings.IndexAny(key, ".["); i >= 0 {
				key, rest = key[:i], key[i:]
			} else {
				rest = ""
			}
			pv, ok := v.Props[key]
			if !ok {
				return nil, nil, false
			}
			v = pv
			continue
		}
		end := strings.IndexByte(rest, ']')
		if end < 0 {
			return nil, nil, false
		}
		i, _ := strconv.Atoi(rest[1:end])
		rest = rest[end+1:]
		if i >= len(v.Elems) {
			return nil, nil, false
		}
		v = v.Elems[i]
	}
	return v, n, v != nil
}

// analysis holds the state of one project's run.
type analysis struct {
	p        *project
	lang     *Lang
	sx       *Syntax
	opts     Options
	mods     map[string]*module
	byFile   map[*File]*module
	out      rule.Output
	seen     map[string]int // finding key -> index in out.Findings
	toolLed  map[int]bool   // findings whose leading flow starts at a tool argument
	noticed  map[string]bool
	work     int // evaluations in the whole project (the clock reads on it)
	unitWork int
	// fileWork counts evaluations of each file's code against its own
	// budget (fileMax), so that padding files cannot spend the budget of
	// the server beside them.
	fileWork map[*File]*fileBudget
	// tickFile and tickBudget: the file the last step was charged to and
	// its budget (consecutive steps are nearly always in one file).
	tickFile   *File
	tickBudget *fileBudget
	handling   int       // >0 while a handler (tainted parameters) is being interpreted
	clock      fileClock // Options.FileTimeout
	funcs      []*Func   // every function value seen, interpreted once without taint
	done       map[*Node]bool
	handlers   []handlerJob
	hdone      map[*Node]bool
	// hscopes and hcount: handlers registered again from tainted scopes
	hscopes  map[string]bool
	hcount   map[*Node]int
	raises   map[*Node]bool // project functions that always raise
	memo     map[string]memoEntry
	active   map[*Node]bool
	authFile map[*File]bool
	// originFile: files that validate Origin or Host; boundFile: files
	// with a listener on all interfaces; pending: checks that wait for
	// the whole project (UnlessOrigin).
	originFile map[*File]bool
	boundFile  map[*File]bool
	// loopFile: files with a listener bound to a known loopback host.
	loopFile map[*File]bool
	// ports: the ports of each file's listeners, "" for one known only
	// at run time (for the allowed hosts of an MCP005 fix).
	ports   map[*File][]string
	pending []pendingCheck
	// binds: all-interfaces findings of listeners that are not MCP
	// servers themselves, kept only if they serve MCP (checkTransports).
	binds []pendingBind
	// marks: the calls that gave files a Mark, by mark name; scoped: the
	// call checks that wait for them (CallCheck.Scope).
	marks  map[string][]markUse
	scoped []scopedCheck
	// srcWords: lower-case words a function that reads a Source must
	// contain; srcFuncs caches which functions do.
	srcWords []string
	srcFuncs map[*Node]bool
	trans    []transportUse
	bound    map[*Value]bool // servers with an all-interfaces listener
	// runs: how each server (by the arguments it was constructed with) is
	// run: runLocal over a local transport only so far, runServed over
	// the network or a transport not known; serverBinds: all-interfaces
	// findings of Listener.OnlyServed constructors, decided by runs.
	runs        map[*args]runKind
	serverBinds []serverBind
	enums       map[string]bool
	classes     map[string]*classInfo
	// classNodes: the class each class node defines (super resolves
	// through the enclosing class)
	classNodes map[*Node]*classInfo
	refs       map[string]*refMatches
	callees    *calleeIndex
	sepEmpty   int8 // unnamedSep: 0 not known yet, 1 no, 2 yes
	preds      map[*Node]*predicate
	quiet      int // >0 while summarising: no findings, no notices
	// collect, while a handler whose annotations promise something runs,
	// gathers the effects it reaches (MCP015); stack holds the calls from
	// the handler to the code being interpreted.
	collect *effectLog
	stack   []rule.Step
	// toolDefs and dispatched: low-level tool definitions with claims, and
	// the runs of the dispatch handlers that run them.
	toolDefs    []toolDef
	toolDefSeen map[string]bool
	dispatched  []dispatchRun
	// nest is the nesting of the statements and expressions being
	// interpreted (across calls): the Go stack grows with it.
	nest int
}

// fileBudget is the steps spent on one file's code and its budget.
type fileBudget struct{ work, max int }

type handlerJob struct {
	fn     *Func
	shape  *HandlerShape
	safe   narrowed
	claims []claim
}

type transportUse struct {
	spec   *Transport
	f      *File
	node   *Node
	a      *args
	kind   string
	server *Value
	route  *Node // where the auth finding goes (Transport.AtRoute)
}

// analyzeProject runs the interpreter over one project.
func analyzeProject(p *project, opts Options) (out rule.Output) {
	defer func() {
		if r := recover(); r != nil {
			out.Notices = append(out.Notices, rule.Notice{Level: rule.NoticeError, File: p.files[0].Path,
				Message: fmt.Sprintf("internal error while analysing the project at %s; its findings may be incomplete: %v", p.root, r)})
		}
	}()
	sdk := false
	for _, f := range p.files {
		sdk = sdk || f.SDK
	}
	if !sdk {
		// not an MCP server project
		return out
	}
	a := &analysis{p: p, lang: p.lang, sx: &p.lang.Syntax, opts: opts,
		mods: map[string]*module{}, byFile: map[*File]*module{}, seen: map[string]int{}, toolLed: map[int]bool{}, noticed: map[string]bool{},
		done: map[*Node]bool{}, hdone: map[*Node]bool{}, hscopes: map[string]bool{}, hcount: map[*Node]int{}, raises: map[*Node]bool{}, memo: map[string]memoEntry{}, active: map[*Node]bool{},
		authFile: map[*File]bool{}, originFile: map[*File]bool{}, boundFile: map[*File]bool{}, loopFile: map[*File]bool{}, ports: map[*File][]string{}, bound: map[*Value]bool{}, runs: map[*args]runKind{}, enums: map[string]bool{}, classes: map[string]*classInfo{}, classNodes: map[*Node]*classInfo{}, refs: map[string]*refMatches{}, preds: map[*Node]*predicate{}}
	a.fileWork = map[*File]*fileBudget{}
	a.toolDefSeen = map[string]bool{}
	for _, f := range p.files {
		a.fileWork[f] = &fileBudget{max: max(minWork, workPerLine*len(f.lines))}
	}
	for _, f := range p.files {
		m := &module{f: f}
		a.byFile[f] = m
		if p.lang.ModuleName != nil {
			a.mods[p.lang.ModuleName(f.Rel)] = m
		}
	}
	for _, f := range p.files {
		m := a.byFile[f]
		a.guarded(f, func() { a.runModule(m) })
	}
	// Handlers first (with taint), then every other function once without
	// taint for the address and transport checks; both queues grow while
	// they run (a main() may register handlers).
	for hi, fi := 0, 0; hi < len(a.handlers) || fi < len(a.funcs); {
		if hi < len(a.handlers) {
			j := a.handlers[hi]
			a.guarded(j.fn.File, func() { a.runHandler(j) })
			hi++
			continue
		}
		fn := a.funcs[fi]
		a.guarded(fn.File, func() { a.runPlain(fn) })
		fi++
	}
	a.reportDispatch()
	a.checkTransports()
	a.checkScoped()
	return a.out
}

// guarded runs one unit of analysis (a module, a function) so that a bug
// triggered by one odd function costs that function only, reported.
func (a *analysis) guarded(f *File, run func()) {
	a.unitWork = 0
	if !a.startUnit(f) {
		return // f's time budget is spent
	}
	defer a.endUnit(f, now())
	defer func() {
		if r := recover(); r != nil {
			a.out.Notices = append(a.out.Notices, rule.Notice{Level: rule.NoticeError, File: f.Path,
				Message: fmt.Sprintf("internal error while analysing this file; its findings may be incomplete: %v", r)})
		}
	}()
	run()
}

// cutNotice reports a bound that stopped a tainted value: a warning, as a
// finding may be missing. It is never silenced by quiet mode.
func (a *analysis) cutNotice(f *File, line int, msg string) {
	key := f.Path + "\x00" + msg
	if a.noticed[key] {
		return
	}
	a.noticed[key] = true
	a.out.Notices = append(a.out.Notices, rule.Notice{Level: rule.NoticeWarning, File: f.Path, Line: line, Message: msg, MayHideFinding: true})
}

func (a *analysis) notice(f *File, line int, msg string) {
	if a.quiet > 0 {
		return
	}
	key := f.Path + "\x00" + msg
	if a.noticed[key] {
		return
	}
	a.noticed[key] = true
	a.out.Notices = append(a.out.Notices, rule.Notice{Level: rule.NoticeNote, File: f.Path, Line: line, Message: msg})
}

// enabled reports whether findings of rule id are wanted: enabled by the
// caller and claimed for this language in the catalog (data for a rule
// still in progress stays silent until its fixtures pass).
func (a *analysis) enabled(id string) bool {
	r, ok := rule.ByID(id)
	if !ok || !r.Supports(a.lang.Name) {
		return false
	}
	return a.opts.Enabled == nil || a.opts.Enabled(id)
}

// reportKind reports a finding of check kind k: the kind decides its rule,
// severity and message frame, which details fill. sev, when set, is this
// finding's own severity (a transport served on every interface); gate,
// when set, is the SDK release that makes it moot.
func (a *analysis) reportKind(f *File, n *Node, k rule.CheckKind, sev rule.Severity, gate *rule.Gate, details ...string) {
	info := rule.MustCheck(k)
	if sev == 0 {
		sev = info.EffectiveSeverity()
	}
	a.reportFull(f, n, info.Rule, sev, info.Message(details...), nil, gate, false)
}

// reportFrom reports a taint finding; tool says its flow starts at a tool
// argument.
func (a *analysis) reportFrom(f *File, n *Node, id string, sev rule.Severity, msg string, flow []rule.Step, tool bool) {
	a.reportFull(f, n, id, sev, msg, flow, nil, tool)
}

// maxFlows bounds the flows kept on one finding.
const maxFlows = 16

// reportFull records one finding per rule and sink position. A further
// source reaching a reported sink adds its flow to that finding instead of
// a finding of its own; when the finding came from a prompt or resource
// argument and a tool argument reaches the same sink, the tool argument's
// flow and message lead (tool arguments are what prompt injection sets).
func (a *analysis) reportFull(f *File, n *Node, id string, sev rule.Severity, msg string, flow []rule.Step, gate *rule.Gate, tool bool) {
	if a.quiet > 0 {
		return
	}
	if !a.enabled(id) {
		return
	}
	key := fmt.Sprintf("%s\x00%s\x00%d", id, f.Path, n.Start) // one finding per rule and start position
	if i, ok := a.seen[key]; ok {
		a.addFlow(i, msg, flow, tool)
		return
	}
	a.seen[key] = len(a.out.Findings)
	if sev == 0 {
		if r, ok := rule.ByID(id); ok {
			sev = r.Severity
		}
	}
	a.out.Findings = append(a.out.Findings, rule.Finding{RuleID: id, Severity: sev, Pos: f.Pos(n), End: f.EndPos(n), Message: msg, Flow: flow, Gate: gate})
	if tool {
		a.toolLed[len(a.out.Findings)-1] = true
	}
}

// addFlow adds a further source's flow to a finding, once per source
// position.
func (a *analysis) addFlow(i int, msg string, flow []rule.Step, tool bool) {
	fd := &a.out.Findings[i]
	if len(flow) == 0 || len(fd.Flow) == 0 || len(fd.MoreFlows) >= maxFlows-1 {
		return
	}
	if flow[0].Pos == fd.Flow[0].Pos {
		return
	}
	for _, fl := range fd.MoreFlows {
		if len(fl) > 0 && fl[0].Pos == flow[0].Pos {
			return
		}
	}
	if tool && !a.toolLed[i] {
		fd.MoreFlows = append([][]rule.Step{fd.Flow}, fd.MoreFlows...)
		fd.Flow, fd.Message = flow, msg
		a.toolLed[i] = true
		return
	}
	fd.MoreFlows = append(fd.MoreFlows, flow)
}

// runModule executes a module's top level once (imports, constants,
// function and class definitions, registrations, top-level calls).
func (a *analysis) runModule(m *module) *env {
	if m.state != 0 {
		if m.env == nil {
			m.env = newEnv(nil)
		}
		return m.env
	}
	m.state = 1
	m.env = newEnv(nil)
	a.exportObjects(m)
	it := &interp{a: a, f: m.f, env: m.env}
	it.block(m.f.Root)
	m.state = 2
	return m.env
}

// interp interprets one function body (or module top level).
type interp struct {
	a       *analysis
	f       *File
	env     *env
	depth   int
	ret     *Value
	tryLeft bool // inside a try whose handlers leave (return, raise)
	fn      *Func
	// noFollow: calls into project functions are not interpreted (a
	// predicate summary looks at one body).
	noFollow bool
	// relBases, while a predicate is summarised, maps a path checked
	// through path.relative(base, p) to the marker of its base parameter.
	relBases map[string]*Taint
	// onReturn, when set, sees each returned expression (predicate
	// summaries).
	onReturn func(*Node)
	// thrown is the taint of the values thrown so far and not yet caught
	// (throw x here or in a project function called from here): a catch
	// clause binds it to its parameter.
	thrown *Value
	// checkVars: variables holding the result of a wrapped check
	// (const m = roots.find((r) => isUnder(p, r))), whose truthiness an if
	// condition then tests as that check.
	checkVars map[string]*Node
	// bareExits holds, for each bare return (return;, return None) of
	// the function, the validations in force there: a validator that returns early
	// without a value on some path (if (!policy) return;) has validated
	// only what every such exit has.
	bareExits []map[guardKey]bool
	// valueExits holds the same for each return of a value other than
	// null: a validator that answers a failed check with a value (return
	// "bad path", return false) has validated nothing for a caller that
	// ignores the answer.
	valueExits []map[guardKey]bool
	// dropped is the call of an expression statement being evaluated:
	// the caller does not read its answer.
	dropped *Node
}

// guardKey is one validation: a taint source and the class it was
// cleared for.
type guardKey struct {
	root  *Taint
	class string
}

// guardedHere returns the validations in force in the function's scope.
func (it *interp) guardedHere() map[guardKey]bool {
	out := map[guardKey]bool{}
	for _, v := range it.env.vars {
		if t := taintOf(v); t != nil {
			for _, class := range t.Guarded {
				out[guardKey{t.root(), class}] = true
			}
		}
	}
	return out
}

func (it *interp) tick() bool {
	a := it.a
	a.work++
	a.unitWork++
	if it.f != a.tickFile {
		b := a.fileWork[it.f]
		if b == nil {
			b = &fileBudget{max: minWork}
			a.fileWork[it.f] = b
		}
		a.tickFile, a.tickBudget = it.f, b
	}
	b := a.tickBudget
	b.work++
	fw, fmax := b.work, b.max
	if fw == fmax {
		a.boundNotice(it.f, fmt.Sprintf("analysis budget of %d steps reached in this file; the rest of it was not analysed", fmax))
	}
	if a.unitWork == maxUnitWork {
		a.boundNotice(it.f, fmt.Sprintf("analysis of one function stopped after %d steps; the rest of it was not analysed", maxUnitWork))
	}
	return fw < fmax && a.unitWork < maxUnitWork && !a.outOfTime()
}

// maxNest bounds nest. Real code nests a few dozen levels; 2 MiB of
// g(x, g(x, ...)) nests hundreds of thousands, and interpreting it
// recursively took hundreds of megabytes of stack. What lies deeper is
// not interpreted (a notice says so), as with the step budgets.
const maxNest = 2000

// enter counts one level of nesting; false means the bound is reached
// and the node must not be interpreted (nor leave called).
func (a *analysis) enter(f *File) bool {
	if a.nest >= maxNest {
		a.boundNotice(f, fmt.Sprintf("code nested deeper than %d levels was not analysed", maxNest))
		return false
	}
	a.nest++
	return true
}

func (a *analysis) leave() { a.nest-- }

// boundNotice reports a step bound, even while summarising. Inside a
// handler the cut code may hold a tainted value, so the notice is a
// warning that findings may be missing; elsewhere it is a note.
func (a *analysis) boundNotice(f *File, msg string) {
	key := f.Path + "\x00" + msg
	if a.noticed[key] {
		return
	}
	a.noticed[key] = true
	n := rule.Notice{Level: rule.NoticeNote, File: f.Path, Message: msg}
	if a.handling > 0 {
		n.Level, n.MayHideFinding = rule.NoticeWarning, true
		n.Message += " while following tool arguments; findings in it may be missing"
	}
	a.out.Notices = append(a.out.Notices, n)
}

// block executes every statement child of n.
func (it *interp) block(n *Node) {
	for _, c := range n.Children {
		if c.Named && c.Type != it.a.sx.Comment {
			it.stmt(c)
		}
	}
}

// terminates reports whether executing n always leaves the enclosing block
// (its last statement returns, raises or continues).
func (it *interp) terminates(n *Node) bool {
	sx := it.a.sx
	if n == nil {
		return false
	}
	if has(sx.Return, n.Type) || has(sx.Raise, n.Type) || has(sx.Continue, n.Type) {
		return true
	}
	if has(sx.Block, n.Type) || has(sx.Else, n.Type) {
		kids := n.NamedChildren(sx.Comment)
		if len(kids) == 0 {
			return false
		}
		return it.terminates(kids[len(kids)-1])
	}
	if has(sx.ExprStmt, n.Type) {
		// sys.exit(), process.exit(), or a project function that always
		// raises (fail(msg), tagError(err): never returns)
		if c := n.FirstNamed(sx.Comment); c != nil && has(sx.Call, c.Type) {
			t := it.f.Text(c)
			return strings.HasPrefix(t, "sys.exit(") || strings.HasPrefix(t, "process.exit(") || strings.HasPrefix(t, "exit(") ||
				it.alwaysRaises(c)
		}
	}
	if has(sx.If, n.Type) {
		cons := n.Child("consequence")
		alts := n.ChildrenIn("alternative")
		if len(alts) == 0 || !it.terminates(cons) {
			return false
		}
		for _, alt := range alts {
			if !it.terminates(altBody(alt, sx)) {
				return false
			}
		}
		return true
	}
	return false
}

// alwaysRaises reports whether call calls a project function whose body
// ends by raising on every path.
func (it *interp) alwaysRaises(call *Node) bool {
	sx := it.a.sx
	var fnNode *Node
	for _, f := range sx.CallFunc {
		if c := call.Child(f); c != nil {
			fnNode = c
			break
		}
	}
	if fnNode == nil || !has(sx.Identifier, fnNode.Type) {
		return false
	}
	v, ok := it.env.lookup(it.f.Text(fnNode))
	if !ok || v == nil || v.Fn == nil {
		return false
	}
	fn := v.Fn
	if r, ok := it.a.raises[fn.Node]; ok {
		return r
	}
	it.a.raises[fn.Node] = false // recursion
	b := fn.Node.Child(sx.FuncBody)
	r := b != nil && has(sx.Block, b.Type) && it.raisesOnly(b)
	it.a.raises[fn.Node] = r
	return r
}

// raisesOnly reports whether executing n always raises: like terminates,
// but a return does not count.
func (it *interp) raisesOnly(n *Node) bool {
	sx := it.a.sx
	switch {
	case n == nil:
		return false
	case has(sx.Raise, n.Type):
		return true
	case has(sx.Block, n.Type) || has(sx.Else, n.Type):
		kids := n.NamedChildren(sx.Comment)
		return len(kids) > 0 && it.raisesOnly(kids[len(kids)-1])
	case has(sx.If, n.Type):
		alts := n.ChildrenIn("alternative")
		if len(alts) == 0 || !it.raisesOnly(n.Child("consequence")) {
			return false
		}
		for _, alt := range alts {
			if !it.raisesOnly(altBody(alt, sx)) {
				return false
			}
		}
		return true
	}
	return false
}

func altBody(alt *Node, sx *Syntax) *Node {
	if has(sx.ElseIf, alt.Type) {
		return alt.Child("consequence")
	}
	if b := alt.Child("body"); b != nil {
		return b
	}
	if has(sx.Else, alt.Type) {
		return alt
	}
	return alt
}

func (it *interp) stmt(n *Node) {
	if !it.tick() || !it.a.enter(it.f) {
		return
	}
	defer it.a.leave()
	sx := it.a.sx
	switch {
	case has(sx.Block, n.Type) || has(sx.Module, n.Type):
		it.block(n)
	case has(sx.ExprStmt, n.Type):
		for _, c := range n.NamedChildren(sx.Comment) {
			// a call whose answer is dropped (check(p); await check(p))
			d := c
			for d != nil && has(sx.Passthrough, d.Type) {
				d = d.FirstNamed(sx.Comment)
			}
			saved := it.dropped
			it.dropped = d
			it.expr(c)
			it.dropped = saved
		}
	case has(sx.Import, n.Type) && it.imports(n):
	case has(sx.Decorated, n.Type):
		it.decorated(n)
	case has(sx.Function, n.Type):
		fv := it.defineFunc(n)
		if name := n.Child("name"); name != nil {
			it.env.set(it.f.Text(name), fv)
		}
	case has(sx.Class, n.Type):
		it.defineClass(n)
	case has(sx.Return, n.Type):
		var v *Value
		if c := n.FirstNamed(sx.Comment); c != nil {
			v = it.expr(c)
			if it.onReturn != nil {
				it.onReturn(c)
			}
			if it.fn != nil && has(it.a.lang.NullLiterals, it.f.Text(c)) {
				// return None is a bare return
				it.bareExits = append(it.bareExits, it.guardedHere())
			} else if it.fn != nil {
				it.valueExits = append(it.valueExits, it.guardedHere())
			}
		} else if it.fn != nil {
			it.bareExits = append(it.bareExits, it.guardedHere())
		}
		it.ret = join(it.ret, v)
	case has(sx.If, n.Type):
		it.ifStmt(n)
	case has(sx.Try, n.Type):
		it.tryStmt(n)
	case has(sx.Switch, n.Type):
		it.switchStmt(n)
	case has(sx.Match.Stmt, n.Type):
		it.matchStmt(n)
	case has(sx.Loop, n.Type):
		it.loop(n)
	case has(sx.With, n.Type):
		it.with(n)
	case has(sx.Declarator, n.Type):
		it.declare(n)
	case has(sx.Raise, n.Type):
		for _, c := range n.NamedChildren(sx.Comment) {
			it.throw(it.expr(c))
		}
	case has(sx.Continue, n.Type):
		for _, c := range n.NamedChildren(sx.Comment) {
			it.expr(c)
		}
	case has(sx.Namespace, n.Type):
		it.namespace(n)
	default:
		// declarations wrapping declarators (lexical_declaration), export
		// statements, expression-bearing statements we do not model: walk
		// the named children as statements or expressions.
		for _, c := range n.NamedChildren(sx.Comment) {
			if it.isExpr(c) {
				it.expr(c)
			} else {
				it.stmt(c)
			}
		}
	}
}

func (it *interp) isExpr(n *Node) bool {
	sx := it.a.sx
	for _, l := range [][]string{sx.Identifier, sx.Call, sx.Attribute, sx.Subscript, sx.String, sx.Binary, sx.Ternary,
		sx.Passthrough, sx.Assign, sx.AugAssign, sx.Unary, sx.List, sx.Dict, sx.Number} {
		if has(l, n.Type) {
			return true
		}
	}
	return false
}

func (it *interp) ifStmt(n *Node) {
	sx := it.a.sx
	cond := n.Child("condition")
	it.expr(cond)
	g := it.guard(cond)
	cons := n.Child("consequence")
	alts := n.ChildrenIn("alternative")

	base := it.env
	thenEnv := base.fork()
	if g != nil && !g.negated {
		g.apply(thenEnv)
	}
	it.env = thenEnv
	if cons != nil {
		it.stmt(cons)
	}
	elseEnv := base.fork()
	if g != nil && g.negated {
		g.apply(elseEnv)
	}
	it.env = elseEnv
	for _, alt := range alts {
		if has(sx.ElseIf, alt.Type) {
			// elif: its own condition and guard
			c := alt.Child("condition")
			it.expr(c)
			if b := alt.Child("consequence"); b != nil {
				it.stmt(b)
			}
			continue
		}
		it.stmt(altBody(alt, sx))
	}
	it.env = base
	thenLeaves := it.terminates(cons)
	elseLeaves := len(alts) > 0
	for _, alt := range alts {
		elseLeaves = elseLeaves && it.terminates(altBody(alt, sx))
	}
	switch {
	case thenLeaves && elseLeaves:
		base.replace(thenEnv) // unreachable after; keep something
	case thenLeaves:
		base.replace(elseEnv)
	case elseLeaves:
		base.replace(thenEnv)
	default:
		base.merge(thenEnv, elseEnv)
	}
	if g != nil && g.weak != "" {
		g.markWeak(base)
	}
}

func (it *interp) tryStmt(n *Node) {
	sx := it.a.sx
	leaves := false
	for _, c := range n.Children {
		if has(sx.Except, c.Type) {
			for _, b := range c.Children {
				if has(sx.Block, b.Type) && it.terminates(b) {
					leaves = true
				}
			}
		}
	}
	old := it.tryLeft
	// what the body throws is caught by the handlers (bound to their
	// parameter); what a handler or finally throws goes on
	outer, caught, inBody, catches := it.thrown, (*Value)(nil), true, false
	it.thrown = nil
	for _, c := range n.NamedChildren(sx.Comment) {
		it.tryLeft = leaves && has(sx.Block, c.Type)
		if inBody && !has(sx.Block, c.Type) {
			inBody, caught = false, it.thrown
			it.thrown = nil
		}
		if has(sx.Except, c.Type) {
			catches = true
			// a handler runs instead of the rest of the try body: its
			// assignments join those of the body, unless it leaves
			base := it.env
			handler := base.fork()
			it.env = handler
			if p := it.exceptParam(c); p != nil {
				// unknown when nothing tainted was thrown (it also hides
				// an earlier clause's parameter of the same name)
				it.bind(p, join(caught, unknown()), c)
			}
			it.stmt(c)
			it.env = base
			if !it.clauseLeaves(c) {
				base.merge(base.fork(), handler)
			}
			continue
		}
		it.stmt(c)
	}
	it.tryLeft = old
	if inBody {
		caught, it.thrown = it.thrown, nil
	}
	if !catches {
		it.thrown = join(it.thrown, caught)
	}
	it.thrown = join(outer, it.thrown)
}

// exceptParam is the name an except or catch clause binds the thrown
// value to: the clause's ExceptParam field (catch (e)), else the alias of
// an as pattern among its children (except E as e); nil when it binds
// none.
func (it *interp) exceptParam(c *Node) *Node {
	sx := it.a.sx
	if sx.ExceptParam != "" {
		return c.Child(sx.ExceptParam)
	}
	for _, k := range c.NamedChildren(sx.Comment) {
		if has(sx.AsPattern, k.Type) {
			return it.asAlias(k)
		}
	}
	return nil
}

// asAlias is the target an as pattern binds, unwrapped from python's
// as_pattern_target; nil when it has none.
func (it *interp) asAlias(as *Node) *Node {
	sx := it.a.sx
	al := as.Child("alias")
	if al != nil && !has(sx.Identifier, al.Type) && !has(sx.Pattern, al.Type) {
		al = al.FirstNamed(sx.Comment)
	}
	return al
}

// throw records the taint of a thrown value for the catch clauses around.
func (it *interp) throw(v *Value) {
	if t := taintOf(v); t != nil {
		it.thrown = join(it.thrown, &Value{Taint: t})
	}
}

// namespace runs a namespace's body in a scope of its own and binds its
// name to a value whose members are the names the body defines; a second
// declaration of the same namespace adds to the first.
func (it *interp) namespace(n *Node) {
	body := n.Child("body")
	name := n.Child("name")
	if body == nil {
		return
	}
	inner := newEnv(it.env)
	old := it.env
	it.env = inner
	it.stmt(body)
	it.env = old
	if name == nil {
		return
	}
	parts := strings.Split(it.f.Text(name), ".")
	for _, p := range parts {
		if !identLike(p) || strings.Contains(p, "-") {
			return // declare module "m": no name to bind
		}
	}
	holder := it.env
	var v *Value
	for i, p := range parts {
		var cur *Value
		if i == 0 {
			cur, _ = holder.lookup(p)
		} else if v.Props != nil {
			cur = v.Props[p]
		}
		if cur == nil || cur.Props == nil || !cur.Module {
			ref := p
			if v != nil {
				ref = v.Ref + "." + p
			}
			cur = &Value{Ref: ref, Props: map[string]*Value{}, Module: true}
			if i == 0 {
				it.env.set(p, cur)
			} else {
				v.Props[p] = cur
			}
		}
		v = cur
	}
	for k, mv := range inner.vars {
		v.Props[k] = mv
	}
}

// clauseLeaves reports whether a clause's body (its block child) always
// leaves.
func (it *interp) clauseLeaves(c *Node) bool {
	for _, b := range c.Children {
		if has(it.a.sx.Block, b.Type) && it.terminates(b) {
			return true
		}
	}
	return false
}

// switchStmt runs each case of a switch as a branch of its own and joins
// what they assign; a case that returns or raises joins nothing.
func (it *interp) switchStmt(n *Node) {
	sx := it.a.sx
	if v := n.Child("value"); v != nil {
		it.expr(v)
	}
	body := n.Child("body")
	if body == nil {
		return
	}
	base := it.env
	var acc *env
	hasDefault := false
	for _, c := range body.NamedChildren(sx.Comment) {
		if !has(sx.SwitchCase, c.Type) {
			continue
		}
		if c.Child("value") == nil {
			hasDefault = true
		}
		e := base.fork()
		it.env = e
		var last *Node
		for _, st := range c.NamedChildren(sx.Comment) {
			if st.Field == "value" {
				it.expr(st)
				continue
			}
			it.stmt(st)
			last = st
		}
		it.env = base
		acc = it.joinBranch(acc, e, base, last)
	}
	if acc == nil {
		return
	}
	if !hasDefault {
		m := &env{vars: map[string]*Value{}, parent: base.parent}
		m.merge(acc, base.fork())
		acc = m
	}
	base.replace(acc)
}

// joinBranch adds what a branch (a switch case, a match case) assigned in
// e to acc, what the branches before it assigned; a branch whose last
// statement returns or raises adds nothing.
func (it *interp) joinBranch(acc, e, base *env, last *Node) *env {
	sx := it.a.sx
	if last != nil && (has(sx.Return, last.Type) || has(sx.Raise, last.Type)) {
		return acc
	}
	if acc == nil {
		return e
	}
	m := &env{vars: map[string]*Value{}, parent: base.parent}
	m.merge(acc, e)
	return m
}

func (it *interp) loop(n *Node) {
	sx := it.a.sx
	right := n.Child("right")
	var iter *Value
	if right != nil {
		iter = it.expr(right)
	}
	if c := n.Child("condition"); c != nil {
		it.expr(c)
	}
	if left := n.Child("left"); left != nil && iter != nil {
		it.bind(left, element(iter), n)
	}
	for _, c := range n.Children {
		if c.Field == "body" || (c.Field == "" && has(sx.Block, c.Type)) || c.Field == "alternative" {
			it.stmt(c)
		}
	}
}

func element(v *Value) *Value {
	if v == nil {
		return unknown()
	}
	if len(v.Elems) > 1 && v.Taint == nil {
		for _, e := range v.Elems {
			if dispatchable(e) {
				// a list of tools or handlers: each element in turn
				return &Value{Any: append([]*Value(nil), v.Elems...), Taint: taintOf(v)}
			}
		}
	}
	if len(v.Elems) == 0 && len(v.Any)+len(v.Entries) > 0 && v.Taint == nil {
		return &Value{Any: append(append([]*Value(nil), v.Any...), v.Entries...)}
	}
	if len(v.Elems) > 0 {
		out := v.Elems[0]
		for _, e := range v.Elems[1:] {
			out = join(out, e)
		}
		return out
	}
	return &Value{Taint: taintOf(v)}
}

func (it *interp) with(n *Node) {
	sx := it.a.sx
	n.Walk(func(c *Node) bool {
		if c == n {
			return true
		}
		if has(sx.WithItem, c.Type) {
			val := c.Child("value")
			if val == nil {
				val = c.FirstNamed(sx.Comment)
			}
			if val != nil && has(sx.AsPattern, val.Type) {
				inner := val.FirstNamed(sx.Comment)
				v := it.enter(inner, it.expr(inner))
				if al := it.asAlias(val); al != nil {
					it.bind(al, v, val)
				}
			} else if val != nil {
				it.expr(val)
			}
			return false
		}
		if has(sx.Block, c.Type) {
			it.stmt(c)
			return false
		}
		return true
	})
}

// matchStmt interprets a match statement: each case runs on a copy of
// the scope with its capture names bound to the parts of the subject
// they match, and the copies are joined after it (a case that returns or
// raises does not reach the join).
func (it *interp) matchStmt(n *Node) {
	sx := it.a.sx
	var subj *Value
	for _, s := range n.ChildrenIn("subject") {
		subj = join(subj, it.expr(s))
	}
	body := n.Child("body")
	if body == nil {
		return
	}
	base := it.env
	var acc *env
	for _, c := range body.NamedChildren(sx.Comment) {
		if !has(sx.Match.Case, c.Type) {
			continue
		}
		e := base.fork()
		it.env = e
		var last *Node
		for _, p := range c.NamedChildren(sx.Comment) {
			switch {
			case p.Field == "guard":
				it.expr(p)
			case p.Field == "consequence":
				it.stmt(p)
				if kids := p.NamedChildren(sx.Comment); len(kids) > 0 {
					last = kids[len(kids)-1]
				}
			default:
				it.bindPattern(p, subj)
			}
		}
		it.env = base
		acc = it.joinBranch(acc, e, base, last)
	}
	m := &env{vars: map[string]*Value{}, parent: base.parent}
	if acc == nil {
		return
	}
	m.merge(acc, base.fork()) // no case may match
	base.replace(m)
}

// bindPattern binds the capture names of a match pattern to the parts of
// v they match.
func (it *interp) bindPattern(p *Node, v *Value) {
	ms := it.a.sx.Match
	sx := it.a.sx
	kids := p.NamedChildren(sx.Comment)
	switch {
	case has(ms.Capture, p.Type):
		if len(kids) == 1 && has(sx.Identifier, kids[0].Type) && it.f.Text(kids[0]) != "_" {
			it.env.set(it.f.Text(kids[0]), v)
		}
	case has(ms.Wrap, p.Type):
		for _, k := range kids {
			it.bindPattern(k, v)
		}
	case has(ms.As, p.Type):
		for _, k := range kids {
			if k.Field == "alias" || has(sx.Identifier, k.Type) {
				if name := it.f.Text(k); name != "" && has(sx.Identifier, k.Type) {
					it.env.set(name, v)
				}
				continue
			}
			it.bindPattern(k, v)
		}
	case has(ms.Splat, p.Type):
		for _, k := range kids {
			if has(sx.Identifier, k.Type) && it.f.Text(k) != "_" {
				it.env.set(it.f.Text(k), v)
			}
		}
	case has(ms.Sequence, p.Type):
		for _, k := range kids {
			if has(ms.Splat, k.Type) {
				it.bindPattern(k, v)
				continue
			}
			it.bindPattern(k, element(v))
		}
	case has(ms.Mapping, p.Type):
		var key string
		for _, k := range kids {
			switch {
			case k.Field == "key":
				key = ""
				if kv := it.expr(k); kv != nil && kv.Known {
					key = kv.Str
				}
			case k.Field == "value":
				if key != "" {
					it.bindPattern(k, it.prop(v, key))
				} else {
					it.bindPattern(k, element(v))
				}
			case has(ms.Splat, k.Type):
				it.bindPattern(k, v)
			}
		}
	case has(ms.Class, p.Type):
		for i, k := range kids {
			if i == 0 && has(ms.Capture, k.Type) {
				continue // the class
			}
			it.bindPattern(k, v)
		}
	case has(ms.Keyword, p.Type):
		// k=p in a class pattern: p matches the attribute k
		if len(kids) == 2 && has(sx.Identifier, kids[0].Type) {
			it.bindPattern(kids[1], it.attr(v, it.f.Text(kids[0])))
		}
	}
}

// enter is what `with x as y` binds y to: the result of x.__enter__()
// when x is an instance of a project class that defines it (a context
// manager returning what it was built from), else x itself (open() and
// library context managers return the object they are called on).
func (it *interp) enter(n *Node, v *Value) *Value {
	if v == nil || v.Class == nil {
		return v
	}
	fn, ok := v.Class.method("__enter__")
	if !ok || fn == nil {
		return v
	}
	c := &callSite{it: it, node: n, fnNode: n, callee: &Value{Fn: fn, Recv: v}, ref: fn.Name,
		a: &args{node: n, kw: map[string]*Value{}, kwNodes: map[string]*Node{}}}
	return it.callFuncWith(c, fn, v)
}

// imports binds an import statement's names and reports whether it bound
// any; a statement of an import type that binds nothing (a JS export
// statement without a source) is executed as an ordinary statement.
func (it *interp) imports(n *Node) bool {
	ims := it.a.lang.Imports(it.f, n)
	for _, im := range ims {
		if im.Source == "" && im.Member == ExportAssign && im.Node != nil {
			it.setExports(it.expr(im.Node))
			continue
		}
		if im.Source == "" && im.Node != nil && im.Local != "" {
			// export default <declaration or expression>
			it.env.set(im.Local, it.exportValue(im.Node))
			continue
		}
		v := it.importValue(im)
		if im.Local == "" && im.Member == "*" {
			// from m import * / export * from "./m": every name of a
			// project module
			if v.Props != nil && v.Fn == nil {
				for k, pv := range v.Props {
					if it.a.exportRoot(k) {
						continue // the other module's own export object
					}
					it.env.set(k, pv)
				}
			}
			continue
		}
		if im.Local != "" {
			it.env.set(im.Local, v)
		}
	}
	return len(ims) > 0
}

// exportValue evaluates the declaration or expression of a default
// export; a named declaration also binds its own name.
func (it *interp) exportValue(n *Node) *Value {
	sx := it.a.sx
	switch {
	case has(sx.Function, n.Type):
		fv := it.defineFunc(n)
		if name := n.Child("name"); name != nil {
			it.env.set(it.f.Text(name), fv)
		}
		return fv
	case has(sx.Class, n.Type):
		it.defineClass(n)
		if name := n.Child("name"); name != nil {
			if v, ok := it.env.lookup(it.f.Text(name)); ok {
				return v
			}
		}
		return unknown()
	}
	return it.expr(n)
}

// importValue resolves an import: a project module's binding when the
// source resolves inside the project, else the qualified external name.
func (it *interp) importValue(im Import) *Value {
	a := it.a
	if a.lang.ResolveImport != nil {
		cands := a.lang.ResolveImport(it.f.Rel, im.Source)
		if len(a.p.pkgs) > 0 && a.lang.PackageSources != nil && a.lang.ModuleName != nil {
			cands = append(cands, a.packageCandidates(im.Source)...)
		}
		for _, cand := range cands {
			m := a.mods[cand]
			if m == nil && im.Member != "" && im.Member != "default" && im.Member != "*" {
				// from pkg import mod
				m = a.mods[cand+"."+im.Member]
				if m != nil {
					return &Value{Ref: cand + "." + im.Member, Props: a.runModule(m).vars, Module: true}
				}
			}
			if m == nil {
				continue
			}
			e := a.runModule(m)
			exp := a.exportsOf(m)
			if im.Member == "" || im.Member == "*" {
				if exp != nil && exp != m.exp {
					return exp // module.exports = ...
				}
				props := e.vars
				if exp != nil {
					props = make(map[string]*Value, len(e.vars)+len(exp.Props))
					for k, v := range e.vars {
						props[k] = v
					}
					for k, v := range exp.Props {
						props[k] = v
					}
				}
				return &Value{Ref: cand, Props: props, Module: true}
			}
			if v, ok := e.vars[im.Member]; ok {
				return v
			}
			if exp != nil {
				if im.Member == "default" {
					return exp // the default import of a CommonJS module
				}
				if v, ok := exp.Props[im.Member]; ok {
					return v
				}
			}
			return &Value{Ref: cand + "." + im.Member}
		}
	}
	ref := im.Source
	if im.Member != "" && im.Member != "default" && im.Member != "*" {
		ref += "." + im.Member
	}
	return &Value{Ref: ref, Module: true}
}

// exportObjects binds the module-level variables of Lang.ExportObjects to
// one fresh export object.
func (a *analysis) exportObjects(m *module) {
	if len(a.lang.ExportObjects) == 0 {
		return
	}
	m.exp = &Value{Ref: a.lang.ExportObjects[0], Props: map[string]*Value{}}
	for _, path := range a.lang.ExportObjects {
		names := strings.Split(path, ".")
		if len(names) == 1 {
			m.env.set(names[0], m.exp)
			continue
		}
		holder, ok := m.env.vars[names[0]]
		if !ok {
			holder = &Value{Ref: names[0], Props: map[string]*Value{}}
			m.env.set(names[0], holder)
		}
		for _, nm := range names[1 : len(names)-1] {
			next, ok := holder.Props[nm]
			if !ok {
				next = &Value{Ref: holder.Ref + "." + nm, Props: map[string]*Value{}}
				holder.Props[nm] = next
			}
			holder = next
		}
		holder.Props[names[len(names)-1]] = m.exp
	}
}

// exportRoot reports whether name is the variable an export object path
// starts from (module, exports).
func (a *analysis) exportRoot(name string) bool {
	for _, p := range a.lang.ExportObjects {
		if root, _, _ := strings.Cut(p, "."); root == name {
			return true
		}
	}
	return false
}

// setExports replaces what the module exports (export = value).
func (it *interp) setExports(v *Value) {
	m := it.a.byFile[it.f]
	if m == nil || m.exp == nil {
		return
	}
	names := strings.Split(it.a.lang.ExportObjects[0], ".")
	if len(names) == 1 {
		m.env.set(names[0], v)
		return
	}
	holder, ok := m.env.vars[names[0]]
	for _, nm := range names[1 : len(names)-1] {
		if !ok || holder == nil {
			return
		}
		holder, ok = holder.Props[nm]
	}
	if ok && holder != nil && holder.Props != nil {
		holder.Props[names[len(names)-1]] = v
	}
}

// exportsOf returns what a module exports through its export object: the
// value assigned to it (module.exports = { run }), the object itself when
// properties were set on it (exports.run = ...), else nil.
func (a *analysis) exportsOf(m *module) *Value {
	if m.exp == nil {
		return nil
	}
	names := strings.Split(a.lang.ExportObjects[0], ".")
	v, ok := m.env.vars[names[0]]
	for _, nm := range names[1:] {
		if !ok || v == nil {
			return nil
		}
		v, ok = v.Props[nm]
	}
	if !ok || v == nil {
		return nil
	}
	if v == m.exp && len(v.Props) == 0 {
		return nil
	}
	return v
}

func (it *interp) defineFunc(n *Node) *Value {
	fn := &Func{Node: n, File: it.f, env: it.env, class: nil}
	if name := n.Child("name"); name != nil {
		fn.Name = it.f.Text(name)
	}
	fn.params = it.a.lang.Params(it.f, n)
	it.a.queueFunc(fn)
	return &Value{Fn: fn, Ref: fn.Name}
}

func (a *analysis) queueFunc(fn *Func) {
	if a.done[fn.Node] {
		return
	}
	a.done[fn.Node] = true
	a.funcs = append(a.funcs, fn)
}

func (it *interp) defineClass(n *Node) *Value {
	sx := it.a.sx
	name := it.f.Text(n.Child("name"))
	ci := &classInfo{name: name, ref: name, methods: map[string]*Func{}, fields: map[string]string{}, file: it.f}
	if b := n.Child(sx.ClassBases); b != nil {
		for _, c := range b.NamedChildren(sx.Comment) {
			ci.bases = append(ci.bases, it.f.Text(c))
		}
	}
	for _, c := range n.Children {
		// class A extends B: the heritage clause holds the base
		if !has(sx.Heritage, c.Type) {
			continue
		}
		c.Walk(func(e *Node) bool {
			if has(sx.Extends, e.Type) {
				if v := e.Child("value"); v != nil {
					ci.bases = append(ci.bases, it.f.Text(v))
				}
				return false
			}
			return true
		})
	}
	cv := &Value{Ref: name, Class: ci}
	it.a.classNodes[n] = ci
	if name == "" {
		cv.Ref = ""
	}
	if name != "" {
		it.a.classes[name] = ci
	}
	for _, b := range ci.bases {
		if matchAny(it.a.lang.SafeBases, b) {
			it.a.enums[name] = true
		}
		if v, ok := it.env.lookup(b); ok && v != nil && v.Class != nil {
			ci.parents = append(ci.parents, v.Class)
		} else if ok && v != nil && v.Module && v.Ref != "" && ci.libBase == "" {
			ci.libBase = v.Ref
		}
	}
	if name != "" {
		it.env.set(name, cv)
	}
	body := n.Child("body")
	if body == nil {
		return cv
	}
	for _, c := range body.NamedChildren(sx.Comment) {
		def := c
		if has(sx.Decorated, c.Type) {
			def = c.Child("definition")
			if def == nil {
				continue
			}
		}
		switch {
		case has(sx.Function, def.Type):
			fn := &Func{Node: def, File: it.f, env: it.env, class: ci}
			fn.Name = it.f.Text(def.Child("name"))
			fn.params = it.a.lang.Params(it.f, def)
			if def != c {
				for _, d := range c.Children {
					if d.Type == sx.Decorator && matchAny(it.a.lang.StaticDecorators, strings.TrimLeft(it.f.Text(d), "@")) {
						// no self: the class is a namespace here
						fn.class, fn.static = nil, true
					}
				}
			}
			ci.methods[fn.Name] = fn
			it.a.queueFunc(fn)
			if def != c {
				it.decorators(c, fn)
			}
		case has(sx.Field, def.Type):
			it.field(ci, cv, def)
		case has(sx.ExprStmt, def.Type):
			// annotated fields: name: int
			if as := def.FirstNamed(sx.Comment); as != nil && has(sx.Assign, as.Type) {
				if t := as.Child("type"); t != nil {
					ci.fields[it.f.Text(as.Child("left"))] = it.f.Text(t)
					it.fieldNarrows(ci, it.f.Text(as.Child("left")), t, as.Child("right"))
				}
			}
		default:
			if t := def.Child("type"); t != nil && def.Child("name") != nil {
				ci.fields[it.f.Text(def.Child("name"))] = strings.TrimLeft(it.f.Text(t), ": ")
			}
		}
	}
	it.baseHandlers(ci)
	return cv
}

// baseHandlers registers the methods of a class that a handler shape
// makes handlers by extending a library base class (HandlerShape.Bases).
func (it *interp) baseHandlers(ci *classInfo) {
	if ci.libBase == "" {
		return
	}
	for i := range it.a.lang.Handlers {
		h := &it.a.lang.Handlers[i]
		if len(h.Bases) == 0 || !matchAny(h.Bases, ci.libBase) {
			continue
		}
		for _, name := range h.Methods {
			if m, ok := ci.methods[name]; ok {
				it.a.addHandler(m, h, nil, nil)
			}
		}
	}
}

// field defines a class field with an initialiser: a function value is a
// method (an arrow function's this is the instance), any other value the
// field's initial value on the instance, or on the class when static.
func (it *interp) field(ci *classInfo, cv *Value, def *Node) {
	sx := it.a.sx
	var nameNode *Node
	for _, f := range sx.FieldName {
		if c := def.Child(f); c != nil {
			nameNode = c
			break
		}
	}
	if nameNode == nil {
		return
	}
	name := it.f.Text(nameNode)
	if t := def.Child("type"); t != nil {
		ci.fields[name] = strings.TrimLeft(it.f.Text(t), ": ")
	}
	val := def.Child("value")
	if val == nil {
		return
	}
	static := false
	for _, c := range def.Children {
		if !c.Named && c.Type == sx.Static && sx.Static != "" {
			static = true
		}
	}
	if has(sx.Function, val.Type) {
		fn := &Func{Node: val, File: it.f, env: it.env, class: ci, Name: name, params: it.a.lang.Params(it.f, val)}
		if static {
			fn.class, fn.static = nil, true
		}
		if _, ok := ci.methods[name]; !ok {
			ci.methods[name] = fn
		}
		it.a.queueFunc(fn)
		return
	}
	holder := ci.instance()
	if static {
		holder = cv
	}
	if _, ok := holder.Props[name]; ok {
		return
	}
	old := it.env
	it.env = newEnv(old)
	if sx.This != "" {
		it.env.set(sx.This, holder)
	}
	v := it.expr(val)
	it.env = old
	if holder.Props == nil {
		holder.Props = map[string]*Value{}
	}
	holder.Props[name] = v
}

// superValue is what super names inside a method: with a name, the base
// class's method of that name bound to this (super.m); without, the base
// class's constructor bound to this (super(...)). A library base class
// gives the library's names (Base().m), so that its models apply.
func (it *interp) superValue(n *Node, name string) *Value {
	var ci *classInfo
	for p := n.Parent; p != nil && ci == nil; p = p.Parent {
		if has(it.a.sx.Class, p.Type) {
			ci = it.a.classNodes[p]
		}
	}
	if ci == nil {
		return unknown()
	}
	this := ci.instance()
	if v, ok := it.env.lookup(it.a.sx.This); ok && v != nil && v.Class != nil {
		this = v
	}
	for d, c := 0, ci; c != nil && d < 16; d++ {
		if len(c.parents) > 0 {
			p := c.parents[0]
			if name == "" {
				if m, ok := p.ctor(); ok {
					return &Value{Fn: m, Recv: this, Ref: p.ref}
				}
			} else if m, ok := p.method(name); ok {
				return &Value{Fn: m, Recv: this, Ref: p.ref + "." + name}
			}
			c = p
			continue
		}
		if c.libBase == "" {
			break
		}
		if name == "" {
			return &Value{Ref: c.libBase, Module: true}
		}
		return it.attr(&Value{Ref: c.libBase + "()"}, name)
	}
	return unknown()
}

func (it *interp) decorated(n *Node) {
	def := n.Child("definition")
	if def == nil {
		return
	}
	if has(it.a.sx.Class, def.Type) {
		it.defineClass(def)
		return
	}
	fv := it.defineFunc(def)
	if name := def.Child("name"); name != nil {
		it.env.set(it.f.Text(name), fv)
	}
	it.decorators(n, fv.Fn)
}

// decorators registers fn as a handler when a decorator matches a shape.
func (it *interp) decorators(n *Node, fn *Func) {
	for _, d := range n.Children {
		if d.Type != it.a.sx.Decorator {
			continue
		}
		e := d.FirstNamed(it.a.sx.Comment)
		if e == nil {
			continue
		}
		var ref string
		var call *Node
		if has(it.a.sx.Call, e.Type) {
			ref = it.calleeRef(e)
			// evaluate arguments (e.g. route strings); hooks fire
			if v := it.expr(e); v.Options != nil && fn != nil {
				if fn.opts == nil {
					fn.opts = map[string]*Value{}
				}
				for k, o := range v.Options {
					fn.opts[k] = o
				}
			}
			call = e
		} else {
			ref = it.expr(e).Ref
		}
		it.textDecorator(ref, call, fn)
		for i := range it.a.lang.Handlers {
			h := &it.a.lang.Handlers[i]
			if matchAny(h.Decorators, ref) {
				var cl []claim
				if call != nil && len(h.Annotations) > 0 {
					cl = it.claims(h, it.args(call), fn)
				}
				it.a.addHandler(fn, h, nil, cl)
				break
			}
		}
	}
}

func (it *interp) calleeRef(call *Node) string {
	for _, f := range it.a.sx.CallFunc {
		if c := call.Child(f); c != nil {
			return it.expr(c).Ref
		}
	}
	return ""
}

func (a *analysis) addHandler(fn *Func, h *HandlerShape, safe narrowed, claims []claim) {
	if fn == nil || fn.File != nil && a.docFile(fn.File) {
		return // a documentation snippet's handler is never served
	}
	if len(claims) > 0 && a.hdone[fn.Node] {
		// registered again with annotations (mcp.tool(annotations=...)(fn)
		// after a plain registration): the claims need a run of their own
		a.handlers = append(a.handlers, handlerJob{fn: fn, shape: h, safe: safe, claims: claims})
		return
	}
	if a.hdone[fn.Node] {
		// the same handler registered again from a scope whose variables
		// carry taint (buildServer(token) registering a closure over
		// token) is analysed again with that scope
		sig := envTaintSig(fn.env)
		key := ptrStr(fn.Node) + sig
		if sig == "" || a.hscopes[key] || a.hcount[fn.Node] >= maxHandlerScopes {
			return
		}
		a.hscopes[key] = true
		a.hcount[fn.Node]++
	}
	a.hdone[fn.Node] = true
	a.handlers = append(a.handlers, handlerJob{fn: fn, shape: h, safe: safe, claims: claims})
}

// maxHandlerScopes bounds how often one handler is analysed again for
// registrations from differently tainted scopes.
const maxHandlerScopes = 4

// envTaintSig names the tainted variables a closure's scope chain holds
// and where their taint comes from; "" when none is tainted.
func envTaintSig(e *env) string {
	var b strings.Builder
	for s := e; s != nil; s = s.parent {
		for _, k := range sortedKeys(s.vars) {
			if t := taintOf(s.vars[k]); t != nil {
				b.WriteString("|" + k + "=" + ptrStr(t.root()))
			}
		}
	}
	return b.String()
}

func ptrStr[T any](p *T) string { return fmt.Sprintf("%p", p) }

// bind assigns v to a target pattern (identifier, tuple, list, object
// pattern, attribute, subscript).
func (it *interp) bind(target *Node, v *Value, at *Node) {
	sx := it.a.sx
	if v == nil {
		v = unknown()
	}
	switch {
	case has(sx.PatternDefault, target.Type):
		// [a = "x"] or { k: a = {} }: the value, or the default when the
		// value is absent
		if l := target.Child("left"); l != nil {
			d := it.expr(target.Child("right"))
			it.bind(l, join(v, d), at)
		}
	case has(sx.Identifier, target.Type):
		name := it.f.Text(target)
		delete(it.checkVars, name)
		if t := taintOf(v); t != nil && !v.Literal {
			nv := *v
			nv.Taint = t.with(rule.Step{Pos: it.f.Pos(at), End: it.f.EndPos(at), Message: "assigned to " + name})
			v = &nv
		}
		it.env.set(name, v)
	case has(sx.Pattern, target.Type) || has(sx.List, target.Type):
		kids := target.NamedChildren(sx.Comment)
		for i, k := range kids {
			switch {
			case has(sx.PatternPair, k.Type):
				key := strings.Trim(it.f.Text(k.Child("key")), `"'`)
				it.bind(k.Child("value"), it.prop(v, key), at)
			case has(sx.PatternDefault, k.Type) && isObjectPattern(target):
				// { a = 1 }: property a, or the default
				if l := k.Child("left"); l != nil {
					it.bind(l, join(it.prop(v, it.f.Text(l)), it.expr(k.Child("right"))), at)
				}
			case has(sx.Shorthand, k.Type) || (has(sx.Identifier, k.Type) && has(sx.Pattern, target.Type) && isObjectPattern(target)):
				it.bind(k, it.prop(v, it.f.Text(k)), at)
			case has(sx.Splat, k.Type):
				if inner := k.FirstNamed(sx.Comment); inner != nil {
					it.bind(inner, &Value{Taint: taintOf(v)}, at)
				}
			default:
				var ev *Value
				if i < len(v.Elems) {
					ev = v.Elems[i]
				} else {
					ev = &Value{Taint: taintOf(v)}
				}
				it.bind(k, ev, at)
			}
		}
	case has(sx.Attribute, target.Type):
		obj := it.expr(target.Child(sx.AttrObject))
		name := ""
		for _, f := range sx.AttrName {
			if c := target.Child(f); c != nil {
				name = it.f.Text(c)
			}
		}
		ref := obj.Ref + "." + name
		it.assignHook(target, ref, v, at)
		if obj.Taint == nil && name != "" {
			if obj.Props == nil {
				obj.Props = map[string]*Value{}
			}
			obj.Props[name] = v
		}
	case has(sx.Subscript, target.Type):
		var obj *Value
		for _, f := range sx.SubObject {
			if c := target.Child(f); c != nil {
				obj = it.expr(c)
			}
		}
		var idx *Value
		for _, f := range sx.SubIndex {
			if c := target.Child(f); c != nil {
				idx = it.expr(c)
			}
		}
		if obj != nil && idx != nil && idx.Known && obj.Taint == nil {
			if obj.Props == nil {
				obj.Props = map[string]*Value{}
			}
			obj.Props[idx.Str] = v
		} else if obj != nil && obj.Taint == nil && !obj.Module && dispatchable(v) && len(obj.Entries) < maxAny {
			// REGISTRY[tool.name] = tool: a registry filled under keys
			// known only at run time holds every value stored in it
			obj.Entries = append(obj.Entries, v)
		}
	}
}

func isObjectPattern(n *Node) bool { return strings.Contains(n.Type, "object") }

// prop reads a property of v, turning a key read from a whole argument map
// into that argument.
func (it *interp) prop(v *Value, key string) *Value {
	if v == nil {
		return unknown()
	}
	if p, ok := v.Props[key]; ok {
		if v.Class == nil && taintOf(p) == nil && len(v.Elems)+len(v.Entries) > 0 {
			// merged.update(args) may have replaced it
			if t := storedTaint(v); t != nil {
				return &Value{Taint: t, Ref: p.Ref}
			}
		}
		return p
	}
	if v.Taint != nil {
		t := v.Taint
		if t.Container {
			n := *t
			n.Container = false
			n.Param = key
			// each argument is its own source: checking arguments["path"]
			// says nothing about arguments["target"]
			if t.keys == nil {
				t.keys = map[string]*Taint{}
			}
			if r, ok := t.keys[key]; ok {
				n.Root = r
			} else {
				n.Root = &n
				t.keys[key] = &n
			}
			n.keys = nil
			t = &n
		}
		if v.Class != nil {
			if ty, ok := v.Class.fields[key]; ok && it.a.safeType(ty) {
				return unknown()
			}
			if cs, ok := v.Class.narrow[key]; ok {
				if cs == nil {
					return unknown()
				}
				t = t.clear(cs...)
			}
		}
		out := &Value{Taint: t}
		if v.Ref != "" {
			out.Ref = v.Ref + "." + key
		}
		return out
	}
	out := &Value{}
	if v.Ref != "" {
		out.Ref = v.Ref + "." + key
	}
	if v.Class == nil && len(v.Elems)+len(v.Entries) > 0 {
		// a mapping that took another's items (merged.update(args)):
		// a key it does not hold itself may come from them
		if t := storedTaint(v); t != nil {
			out.Taint = t
			return out
		}
	}
	if v.Options != nil {
		if o, ok := v.Options[key]; ok {
			return o
		}
	}
	return out
}

// storedTaint is the taint of what a container was given after it was
// made (list.append(x), merged.update(args)): its elements and entries.
func storedTaint(v *Value) *Taint {
	if t := taintOf(v); t != nil {
		return t
	}
	for _, e := range v.Entries {
		if t := taintOf(e); t != nil {
			return t
		}
	}
	return nil
}

func (it *interp) declare(n *Node) {
	name := n.Child("name")
	val := n.Child("value")
	if name == nil {
		return
	}
	var v *Value
	if val != nil {
		v = it.expr(val)
	} else {
		v = unknown()
	}
	it.bind(name, v, n)
	it.noteCheck(name, val)
}

// noteCheck remembers a variable that holds the result of a check, so
// that an if condition testing the variable tests the check: a wrapped
// check (const m = roots.find((r) => isUnder(p, r))) or a call of a
// project function (err = validate_version(version); if err: return err).
func (it *interp) noteCheck(name, val *Node) {
	sx := it.a.sx
	if val == nil || name == nil || !has(sx.Identifier, name.Type) {
		return
	}
	switch {
	case has(sx.Call, val.Type):
		if it.wrappedCheck(val) == nil && !it.projectCall(val) && !it.lookupCall(val) {
			return
		}
	case has(sx.Comprehension, val.Type):
		// bad = [s for s in xs if not ok(s)]; if bad: return
	default:
		return
	}
	if it.checkVars == nil {
		it.checkVars = map[string]*Node{}
	}
	it.checkVars[it.f.Text(name)] = val
}

// lookupCall reports whether call is a check whose result is truthy
// when it passes: an allow-list lookup (info = SERVICES.get(name)) or a
// pattern match (m = re.fullmatch(p, x)), as the Guards data name them.
func (it *interp) lookupCall(call *Node) bool {
	sx := it.a.sx
	for _, f := range sx.CallFunc {
		c := call.Child(f)
		if c == nil {
			continue
		}
		ref := it.expr(c).Ref
		if ref == "" {
			ref = it.f.Text(c)
		}
		for i := range it.a.lang.Guards {
			g := &it.a.lang.Guards[i]
			if (g.Kind == AllowListGuard || g.Kind == MatchGuard) && matchAny(g.Callee, ref) {
				return true
			}
		}
	}
	return false
}

// projectCall reports whether call calls a function of the project by a
// plain or dotted name.
func (it *interp) projectCall(call *Node) bool {
	sx := it.a.sx
	for _, f := range sx.CallFunc {
		if c := call.Child(f); c != nil && (has(sx.Identifier, c.Type) || has(sx.Attribute, c.Type)) {
			v := it.expr(c)
			return v != nil && v.Fn != nil
		}
	}
	return false
}
