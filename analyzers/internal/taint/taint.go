// Package taint is mcplint's shared taint engine for Go: one analyzer that
// follows client-chosen data from MCP handler sources (handlers.Analyzer) to
// the sinks of mcpapi.Sinks, and whose result every taint rule (MCP002,
// MCP003, MCP006, MCP007, MCP008) filters by rule ID.
//
// The engine is flow-sensitive over the typed syntax tree rather than SSA.
// The reason is robustness: scanning real MCP servers offline usually leaves
// some dependency unloadable, which makes the package ill-typed, and SSA
// cannot be built for ill-typed packages (buildssa does not run on them).
// Walking the structured syntax with go/types information where it exists
// keeps full precision on well-typed code and still works on degraded
// packages. Structured control flow gives guards their meaning directly:
// a condition clears taint in the branch where it holds, and after
// `if !guard { return }` for the rest of the block; branches merge by union
// (the phi of SSA), loops are walked to a small fixed point.
//
// Values flow through assignments, string concatenation, fmt.Sprintf,
// strings and filepath functions, struct fields, slices and maps (field-
// and index-insensitively, by their root variable), and calls. Calls of
// functions of the same package are summarised (which parameters reach which
// sinks, which reach the result, which are vouched for when the function
// returns true); summaries of other packages arrive as analysis facts.
//
// Guards: filepath.IsLocal, filepath.Rel checked for "..", strings.HasPrefix
// of a cleaned absolute path against a separator-terminated base (or a
// separator-terminated cleaned path against a base), a local predicate that
// performs such a check on every `return true` path, constant switch cases
// and allowlist map lookups. os.Root and os.OpenInRoot are not sinks.
// filepath.Clean and filepath.Abs alone are not sanitizers. Numbers and
// booleans never carry taint.
package taint

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/internal/handlers"
	"github.com/mcpsec/mcplint/analyzers/internal/index"
	"github.com/mcpsec/mcplint/analyzers/internal/mcpapi"
	"github.com/mcpsec/mcplint/analyzers/internal/meta"
	"github.com/mcpsec/mcplint/analyzers/knowledge"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"golang.org/x/tools/go/analysis"
)

// Analyzer runs the taint engine; its result is *Result.
var Analyzer = &analysis.Analyzer{
	Name:             "mcptaint",
	Doc:              "follow MCP tool arguments to command, path, URL, code and SQL sinks",
	Run:              meta.Safe(run),
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{index.Analyzer, handlers.Analyzer},
	ResultType:       reflect.TypeOf((*Result)(nil)),
	FactTypes:        []analysis.Fact{(*SummaryFact)(nil), (*PatternFact)(nil)},
}

// Step is one hop of a flow.
type Step struct {
	Pos, End token.Pos
	Message  string
}

// Finding is one source-to-sink flow.
type Finding struct {
	Rule string
	// Severity is the sink kind's severity when it differs from the rule's
	// default; zero otherwise.
	Severity rule.Severity
	Pos, End token.Pos
	Message  string
	Flow     []Step // source and intermediate steps; the sink is Pos
	// More are the flows of further sources reaching the same sink; the
	// sink is reported once.
	More [][]Step
	tool bool // Flow starts at a tool argument
}

// maxFlows bounds the flows kept on one finding.
const maxFlows = 16

// Related converts the flows for analysis.Diagnostic.Related: the first
// flow's steps, then for each further flow a step whose message is
// rule.FlowBreak at the sink followed by that flow's steps.
func (f *Finding) Related() []analysis.RelatedInformation {
	var r []analysis.RelatedInformation
	for _, s := range f.Flow {
		r = append(r, analysis.RelatedInformation{Pos: s.Pos, End: s.End, Message: s.Message})
	}
	for _, fl := range f.More {
		r = append(r, analysis.RelatedInformation{Pos: f.Pos, End: f.End, Message: rule.FlowBreak})
		for _, s := range fl {
			r = append(r, analysis.RelatedInformation{Pos: s.Pos, End: s.End, Message: s.Message})
		}
	}
	return r
}

// addFlow adds a further source's flow to a reported sink, once per source
// position; a tool argument's flow leads over a prompt's or resource's.
func (f *Finding) addFlow(msg string, flow []Step, tool bool) {
	if len(flow) == 0 || len(f.Flow) == 0 || len(f.More) >= maxFlows-1 || flow[0].Pos == f.Flow[0].Pos {
		return
	}
	for _, fl := range f.More {
		if len(fl) > 0 && fl[0].Pos == flow[0].Pos {
			return
		}
	}
	if tool && !f.tool {
		f.More = append([][]Step{f.Flow}, f.More...)
		f.Flow, f.Message, f.tool = flow, msg, true
		return
	}
	f.More = append(f.More, flow)
}

// Result is the taint findings of a package, in position order.
type Result struct {
	Findings []*Finding
	effects  map[ast.Node][]Effect
}

// ByRule returns the findings of one rule.
func (r *Result) ByRule(id string) []*Finding {
	var out []*Finding
	for _, f := range r.Findings {
		if f.Rule == id {
			out = append(out, f)
		}
	}
	return out
}

// SummaryFact is the cross-package summary of a function.
type SummaryFact struct {
	Sinks   []FactSink
	Returns uint64 // parameters (by index, bit i) that reach a result
	Guards  uint64 // parameters vouched for when the function returns true
	// TrueClasses are the classes a parameter is cleared for when the
	// function returns true (an allow-list pattern it matched), for the
	// parameters not in Guards.
	TrueClasses map[int][]rule.Class
	// NilGuards and NilClasses say the same where the function's last
	// result, an error, is nil (a validator that returns an error).
	NilGuards  uint64
	NilClasses map[int][]rule.Class
	ReturnSrc  string // source phrase when the function returns handler input it read itself
	Effects    []FactEffect
}

// FactSink is a sink a parameter reaches inside another package.
type FactSink struct {
	Kind   rule.SinkKind
	Desc   string // e.g. `exec.Command via "sh -c"`
	Params uint64
	// Open: the URL's host is fixed only if the parameter starts with a
	// separator (sinkHit.open).
	Open bool
}

// AFact marks SummaryFact as an analysis fact.
func (*SummaryFact) AFact() {}

func (f *SummaryFact) String() string { return fmt.Sprintf("summary(%d sinks)", len(f.Sinks)) }

// taint is the abstract value of an expression.
type taint struct {
	src       string // `tool argument "cmd"`; "" when only parameter-derived
	input     bool   // the typed argument struct itself (fields name the source)
	params    uint64 // parameters of the current function it derives from
	steps     []Step
	cleaned   bool // result of Abs/Clean/EvalSymlinks/Join
	sepTerm   bool // ends with a path separator
	fromRel   bool // result of filepath.Rel
	hostFixed bool // a constant prefix fixes the URL's scheme and host
	// hostOpen: a constant "scheme://host" with nothing after it leads
	// the value, so the host is fixed only if what follows starts with
	// "/", "?" or "#" ("http://localhost" + endpoint in a helper).
	hostOpen bool
	// leadSep: the value starts with a constant "/", "?" or "#" (a path
	// such as fmt.Sprintf("/apps/%s", name)); after an open host it is
	// only a path.
	leadSep bool
	// inQuery: the value follows a constant "?" or "#": it fills the
	// query string or fragment, not the path.
	inQuery bool
	derived []types.Object
	// cleared are the classes a declared sanitizer made the value safe
	// for (.mcplint.yml models); a sink whose kind one of them clears
	// ignores the value.
	cleared []rule.Class
}

// addClasses returns cs with add, without repeats.
func addClasses(cs, add []rule.Class) []rule.Class {
	out := append([]rule.Class(nil), cs...)
	for _, c := range add {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// clearedFor reports whether a declared sanitizer made t safe for sinks of
// kind k.
func (t *taint) clearedFor(k rule.SinkKind) bool {
	info, ok := rule.Kind(k)
	return ok && info.Class != "" && slices.Contains(t.cleared, info.Class)
}

func (t *taint) clone() *taint {
	c := *t
	c.steps = append([]Step(nil), t.steps...)
	c.derived = append([]types.Object(nil), t.derived...)
	c.cleared = append([]rule.Class(nil), t.cleared...)
	return &c
}

const maxSteps = 12

func (t *taint) with(s Step) *taint {
	c := t.clone()
	if len(c.steps) < maxSteps {
		c.steps = append(c.steps, s)
	}
	return c
}

// plain returns a copy that lost the path and URL shape properties.
func (t *taint) plain() *taint {
	c := t.clone()
	c.cleaned, c.sepTerm, c.fromRel, c.hostFixed, c.derived = false, false, false, false, nil
	c.hostOpen, c.leadSep, c.inQuery = false, false, false
	return c
}

func union(a, b *taint) *taint {
	switch {
	case a == nil:
		return b
	case b == nil, a == b:
		return a
	}
	c := a.clone()
	if c.src == "" {
		c.src, c.input, c.steps = b.src, b.input, b.steps
	}
	c.params |= b.params
	c.cleaned = a.cleaned && b.cleaned
	c.sepTerm = a.sepTerm && b.sepTerm
	c.fromRel = a.fromRel && b.fromRel
	c.hostFixed = a.hostFixed && b.hostFixed
	c.hostOpen = a.hostOpen || b.hostOpen
	c.leadSep = a.leadSep && b.leadSep
	c.inQuery = a.inQuery && b.inQuery
	c.derived = addObjs(c.derived, b.derived...)
	// safe for a class only if both parts are
	var both []rule.Class
	for _, x := range a.cleared {
		if slices.Contains(b.cleared, x) {
			both = append(both, x)
		}
	}
	c.cleared = both
	return c
}

// addObjs adds objects to a derivation set, keeping it small: the guard
// that clears a value also clears the few variables it was copied from.
func addObjs(set []types.Object, objs ...types.Object) []types.Object {
	for _, o := range objs {
		dup := false
		for _, x := range set {
			if x == o {
				dup = true
				break
			}
		}
		if !dup && len(set) < 16 {
			set = append(set, o)
		}
	}
	return set
}

type state map[types.Object]*taint

func (s state) clone() state {
	c := make(state, len(s))
	for k, v := range s {
		c[k] = v
	}
	return c
}

func merge(a, b state) state {
	c := a.clone()
	for k, v := range b {
		c[k] = union(c[k], v)
	}
	return c
}

// summary is what a function does with its parameters.
type summary struct {
	sinks   []sinkHit
	returns uint64
	guards  uint64
	// trueClasses, nilGuards and nilClasses: see SummaryFact.
	trueClasses map[int][]rule.Class
	nilGuards   uint64
	nilClasses  map[int][]rule.Class
	returnSrc   *taint
	// results holds, for a function of several results, which parameters
	// reach each result (x, err := f(p) taints x only where f returns p
	// there); nil for one result.
	results []uint64
	done    bool
}

// recvBit is the summary bit of a method's receiver: the receiver is a
// parameter like the others (r.cmd inside func (r *runner) run()).
const recvBit = 63

type sinkHit struct {
	kind     rule.SinkKind
	desc     string
	pos, end token.Pos // in this package, or NoPos for a fact
	params   uint64
	steps    []Step
	// open: a URL sink reached after a constant "scheme://host" with
	// nothing after it; a caller passing a value that starts with "/"
	// only fills the path.
	open bool
}

type engine struct {
	pass     *analysis.Pass
	ix       *index.Index
	hs       *handlers.Result
	sums     map[ast.Node]*summary
	findings map[string]*Finding
	impls    map[*types.Func][]*ast.FuncDecl
	effects  map[ast.Node][]Effect
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{}
	if isStd(pass) || mcpapi.IsSDKPath(pass.Pkg.Path()) {
		return res, nil // the standard library and the SDKs are modelled by tables
	}
	e := &engine{
		pass:     pass,
		ix:       pass.ResultOf[index.Analyzer].(*index.Index),
		hs:       pass.ResultOf[handlers.Analyzer].(*handlers.Result),
		sums:     map[ast.Node]*summary{},
		findings: map[string]*Finding{},
		impls:    map[*types.Func][]*ast.FuncDecl{},
		effects:  map[ast.Node][]Effect{},
	}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Body != nil {
					s := e.summarize(d)
					e.exportFact(d, s)
				}
			case *ast.GenDecl:
				e.exportPatterns(d)
				// Package-level closures: var handler = func(ctx, req) {...}
				ast.Inspect(d, func(n ast.Node) bool {
					if lit, ok := n.(*ast.FuncLit); ok {
						e.summarize(lit)
						return false
					}
					return true
				})
			}
		}
	}
	for _, f := range e.findings {
		res.Findings = append(res.Findings, f)
	}
	res.effects = e.effects
	sort.Slice(res.Findings, func(i, j int) bool {
		a, b := res.Findings[i], res.Findings[j]
		if a.Pos != b.Pos {
			return a.Pos < b.Pos
		}
		return a.Rule < b.Rule
	})
	return res, nil
}

// isStd reports whether the package is part of the Go distribution.
func isStd(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 || build.Default.GOROOT == "" {
		return false
	}
	name := pass.Fset.File(pass.Files[0].Pos()).Name()
	return strings.HasPrefix(filepath.ToSlash(name), filepath.ToSlash(filepath.Join(build.Default.GOROOT, "src"))+"/")
}

func (e *engine) exportFact(d *ast.FuncDecl, s *summary) {
	obj, ok := e.ix.Object(d.Name).(*types.Func)
	if !ok {
		return
	}
	// Exported even when empty: a function known to return none of its
	// parameters (a sanitizer such as a containment check) must not be
	// mistaken for an unknown function, which propagates.
	f := &SummaryFact{Returns: s.returns, Guards: s.guards, TrueClasses: s.trueClasses, NilGuards: s.nilGuards, NilClasses: s.nilClasses}
	if s.returnSrc != nil {
		f.ReturnSrc = s.returnSrc.src
	}
	for _, h := range s.sinks {
		f.Sinks = append(f.Sinks, FactSink{Kind: h.kind, Desc: h.desc, Params: h.params, Open: h.open})
	}
	for _, ef := range e.effects[d] {
		call := ef.Call
		if ef.Via != "" {
			call += " in " + ef.Via
		}
		f.Effects = append(f.Effects, FactEffect{Kind: ef.Kind, Call: call, Fn: ef.Fn, Params: ef.Params})
	}
	e.pass.ExportObjectFact(obj, f)
}

// summarize walks a function once, recording findings and its summary.
// Recursive calls see the summary under construction.
func (e *engine) summarize(fn ast.Node) *summary {
	if s, ok := e.sums[fn]; ok {
		return s
	}
	s := &summary{}
	e.sums[fn] = s
	w := &walker{e: e, sum: s, st: state{}, fn: fn, guardOK: map[int]bool{}, trueClasses: map[int][]rule.Class{},
		nilOK: map[int]bool{}, nilClasses: map[int][]rule.Class{}}
	var ft *ast.FuncType
	var body *ast.BlockStmt
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		ft, body = fn.Type, fn.Body
	case *ast.FuncLit:
		ft, body = fn.Type, fn.Body
	}
	if d, ok := fn.(*ast.FuncDecl); ok {
		w.bindRecv(d)
	}
	if ft.Results != nil && ft.Results.NumFields() > 1 {
		s.results = make([]uint64, ft.Results.NumFields())
	}
	w.bindParams(ft, true)
	w.boolResult = ft.Results != nil && len(ft.Results.List) == 1 && len(ft.Results.List[0].Names) <= 1 && isBoolExpr(e.pass, ft.Results.List[0].Type)
	w.errResult = ft.Results != nil && ft.Results.NumFields() >= 1 && isErrorExpr(e.pass, ft.Results.List[len(ft.Results.List)-1].Type)
	w.block(body.List)
	if w.boolResult && w.sawTrue {
		for i, ok := range w.guardOK {
			if ok {
				s.guards |= 1 << uint(i)
			}
		}
		s.trueClasses = classMap(w.guardOK, w.trueClasses)
	}
	if w.errResult && w.sawNil {
		for i, ok := range w.nilOK {
			if ok {
				s.nilGuards |= 1 << uint(i)
			}
		}
		s.nilClasses = classMap(w.nilOK, w.nilClasses)
	}
	s.done = true
	return s
}

// isErrorExpr reports whether the type expression e is the error type.
func isErrorExpr(pass *analysis.Pass, e ast.Expr) bool {
	t := pass.TypesInfo.TypeOf(e)
	return t != nil && types.Identical(t, types.Universe.Lookup("error").Type())
}

func isBoolExpr(pass *analysis.Pass, e ast.Expr) bool {
	if id, ok := e.(*ast.Ident); ok && id.Name == "bool" {
		return true
	}
	if t := pass.TypesInfo.TypeOf(e); t != nil {
		if b, ok := t.Underlying().(*types.Basic); ok && b.Kind() == types.Bool {
			return true
		}
	}
	return false
}

type walker struct {
	e          *engine
	sum        *summary
	st         state
	fn         ast.Node
	params     []types.Object
	req        map[types.Object]mcpapi.HandlerKind
	boolResult bool
	sawTrue    bool
	guardOK    map[int]bool
	// trueClasses: per parameter, the classes it is cleared for on every
	// path returning true so far.
	trueClasses map[int][]rule.Class
	// errResult: the function's last result is an error; nilOK,
	// nilClasses and sawNil are guardOK, trueClasses and sawTrue for the
	// paths that return a nil error.
	errResult  bool
	sawNil     bool
	nilOK      map[int]bool
	nilClasses map[int][]rule.Class
	inClosure  int // >0 while walking a closure in place: its returns are its own
	// closureRet collects what the closure being called in place returns.
	closureRet *taint
	// inlining holds the closures being called in place (no recursion).
	inlining map[*ast.FuncLit]bool
	// results holds the per-result taint of the calls of functions with
	// several results, for the assignment that unpacks them.
	results map[*ast.CallExpr][]*taint
	// lits are the closures being walked in place, innermost last: their
	// effects are their own as well as the function's.
	lits []ast.Node
	// when are the conditions on boolean parameters under which the
	// statement walked runs (see Params.When).
	when []Cond
}

// bindRecv taints a method's named receiver by recvBit, so that a
// summary says which of its sinks and results the receiver's data reaches.
func (w *walker) bindRecv(d *ast.FuncDecl) {
	if d.Recv == nil || len(d.Recv.List) != 1 || len(d.Recv.List[0].Names) != 1 {
		return
	}
	n := d.Recv.List[0].Names[0]
	obj := w.e.ix.Object(n)
	if obj == nil || cleanType(obj.Type()) {
		return
	}
	w.st[obj] = &taint{params: 1 << recvBit, derived: []types.Object{obj},
		steps: []Step{{Pos: n.Pos(), End: n.End(), Message: fmt.Sprintf("receiver %s", n.Name)}}}
}

// bindParams taints the parameters of a function: handler inputs as
// sources, the others (when summarising) by their index.
func (w *walker) bindParams(ft *ast.FuncType, summarised bool) {
	if w.req == nil {
		w.req = map[types.Object]mcpapi.HandlerKind{}
	}
	if ft.Params == nil {
		return
	}
	i := 0
	for _, field := range ft.Params.List {
		names := field.Names
		if len(names) == 0 {
			i++
			continue
		}
		for _, n := range names {
			obj := w.e.ix.Object(n)
			idx := i
			i++
			if obj == nil {
				continue
			}
			if summarised {
				w.params = append(w.params, obj)
				for len(w.params) < i {
					w.params = append(w.params, nil)
				}
			}
			if k, ok := w.e.hs.Requests[obj]; ok {
				w.req[obj] = k
				continue
			}
			if w.e.hs.Inputs[obj] {
				if !cleanType(obj.Type()) {
					w.st[obj] = &taint{src: "tool argument", input: true,
						steps: []Step{{Pos: n.Pos(), End: n.End(), Message: fmt.Sprintf("tool arguments arrive in %s", n.Name)}}}
				}
				continue
			}
			if summarised && idx < 64 && !cleanType(obj.Type()) {
				w.st[obj] = &taint{params: 1 << uint(idx), derived: []types.Object{obj},
					steps: []Step{{Pos: n.Pos(), End: n.End(), Message: fmt.Sprintf("parameter %s", n.Name)}}}
			}
		}
	}
}

// cleanType reports whether values of t cannot carry an injection: numbers,
// booleans, errors and funcs.
func cleanType(t types.Type) bool {
	if t == nil {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsNumeric|types.IsBoolean) != 0
	case *types.Signature:
		return true
	case *types.Interface:
		return types.Identical(t, types.Universe.Lookup("error").Type())
	}
	return false
}

func (w *walker) typeOf(e ast.Expr) types.Type {
	t := w.e.pass.TypesInfo.TypeOf(e)
	if t == types.Typ[types.Invalid] {
		return nil
	}
	return t
}

func (w *walker) filter(e ast.Expr, t *taint) *taint {
	if t == nil || cleanType(w.typeOf(e)) {
		return nil
	}
	return t
}

// ---- statements ----

func (w *walker) block(list []ast.Stmt) bool {
	// a condition learnt from an early return holds to the block's end
	defer func(n int) { w.when = w.when[:n] }(len(w.when))
	for _, s := range list {
		if w.stmt(s) {
			return true
		}
	}
	return false
}

func (w *walker) stmt(s ast.Stmt) (terminates bool) {
	switch s := s.(type) {
	case *ast.AssignStmt:
		w.assignStmt(s)
	case *ast.DeclStmt:
		if g, ok := s.Decl.(*ast.GenDecl); ok {
			for _, sp := range g.Specs {
				vs, ok := sp.(*ast.ValueSpec)
				if !ok {
					continue
				}
				lhs := make([]ast.Expr, len(vs.Names))
				for i, n := range vs.Names {
					lhs[i] = n
				}
				if len(vs.Values) > 0 {
					w.assign(lhs, vs.Values, token.DEFINE, s)
				}
			}
		}
	case *ast.ExprStmt:
		w.expr(s.X)
		if call, ok := s.X.(*ast.CallExpr); ok && w.noReturn(call) {
			return true
		}
	case *ast.IncDecStmt:
		w.expr(s.X)
	case *ast.SendStmt:
		w.expr(s.Chan)
		if t := w.expr(s.Value); t != nil {
			// what is sent is what a receive gives: the channel holds it
			w.store(s.Chan, t.plain(), false)
		}
	case *ast.GoStmt:
		w.expr(s.Call)
	case *ast.DeferStmt:
		w.expr(s.Call)
	case *ast.LabeledStmt:
		return w.stmt(s.Stmt)
	case *ast.BlockStmt:
		return w.block(s.List)
	case *ast.ReturnStmt:
		w.returnStmt(s)
		return true
	case *ast.BranchStmt:
		return true
	case *ast.IfStmt:
		return w.ifStmt(s)
	case *ast.ForStmt:
		if s.Init != nil {
			w.stmt(s.Init)
		}
		w.loop(func() {
			if s.Cond != nil {
				w.expr(s.Cond)
			}
			w.block(s.Body.List)
			if s.Post != nil {
				w.stmt(s.Post)
			}
		})
	case *ast.RangeStmt:
		t := w.expr(s.X)
		w.loop(func() {
			for _, kv := range []ast.Expr{s.Key, s.Value} {
				if kv != nil {
					w.store(kv, w.filter(kv, t), s.Tok == token.DEFINE || s.Tok == token.ASSIGN)
				}
			}
			w.block(s.Body.List)
		})
	case *ast.SwitchStmt:
		return w.switchStmt(s)
	case *ast.TypeSwitchStmt:
		if s.Init != nil {
			w.stmt(s.Init)
		}
		var bound types.Object
		var xt *taint
		switch a := s.Assign.(type) {
		case *ast.AssignStmt:
			if ta, ok := a.Rhs[0].(*ast.TypeAssertExpr); ok {
				xt = w.expr(ta.X)
			}
		case *ast.ExprStmt:
			if ta, ok := a.X.(*ast.TypeAssertExpr); ok {
				xt = w.expr(ta.X)
			}
		}
		return w.clauses(s.Body, func(cc ast.Stmt) {
			c := cc.(*ast.CaseClause)
			if obj := w.e.pass.TypesInfo.Implicits[c]; obj != nil {
				bound = obj
				if cleanType(obj.Type()) {
					w.st[bound] = nil
				} else {
					w.st[bound] = xt
				}
			}
		})
	case *ast.SelectStmt:
		return w.clauses(s.Body, func(cc ast.Stmt) {
			if c, ok := cc.(*ast.CommClause); ok && c.Comm != nil {
				w.stmt(c.Comm)
			}
		})
	}
	return false
}

func (w *walker) noReturn(call *ast.CallExpr) bool {
	if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "panic" {
		return true
	}
	f, _, ok := w.e.ix.Callee(call)
	if !ok {
		return false
	}
	switch {
	case f.Pkg == "os" && f.Name == "Exit":
		return true
	case f.Pkg == "log" && (strings.HasPrefix(f.Name, "Fatal") || strings.HasPrefix(f.Name, "Panic")):
		return true
	}
	return false
}

// loop walks a loop body twice so values assigned late in the body reach
// uses early in it, then merges with the state before the loop.
func (w *walker) loop(body func()) {
	before := w.st.clone()
	body()
	w.st = merge(before, w.st)
	body()
	w.st = merge(before, w.st)
}

func (w *walker) clauses(body *ast.BlockStmt, enter func(ast.Stmt)) bool {
	before := w.st
	var outs []state
	hasDefault := false
	allTerm := true
	for _, cc := range body.List {
		w.st = before.clone()
		enter(cc)
		var list []ast.Stmt
		switch c := cc.(type) {
		case *ast.CaseClause:
			list = c.Body
			hasDefault = hasDefault || c.List == nil
		case *ast.CommClause:
			list = c.Body
			hasDefault = hasDefault || c.Comm == nil
		}
		if !w.block(list) {
			allTerm = false
			outs = append(outs, w.st)
		}
	}
	if !hasDefault {
		allTerm = false
		outs = append(outs, before)
	}
	if allTerm && len(outs) == 0 {
		w.st = before
		return true
	}
	w.st = state{}
	for _, o := range outs {
		w.st = merge(w.st, o)
	}
	return false
}

func (w *walker) switchStmt(s *ast.SwitchStmt) bool {
	if s.Init != nil {
		w.stmt(s.Init)
	}
	var tagObj types.Object
	if s.Tag != nil {
		w.expr(s.Tag)
		if id, ok := ast.Unparen(s.Tag).(*ast.Ident); ok {
			tagObj = w.e.ix.Object(id)
		}
	}
	return w.clauses(s.Body, func(cc ast.Stmt) {
		c := cc.(*ast.CaseClause)
		if s.Tag == nil {
			// switch { case guard(x): ... }
			for _, e := range c.List {
				on, _ := w.guards(e)
				w.clear(on)
				don, _ := w.classGuards(e)
				w.clearFor(don)
			}
			return
		}
		if tagObj == nil || c.List == nil {
			return
		}
		for _, e := range c.List {
			if tv, ok := w.e.pass.TypesInfo.Types[e]; !ok || tv.Value == nil {
				if _, lit := e.(*ast.BasicLit); !lit {
					return
				}
			}
		}
		// A constant allowlist: in this case the value is one of the constants.
		w.clear([]types.Object{tagObj})
	})
}

func (w *walker) ifStmt(s *ast.IfStmt) bool {
	if s.Init != nil {
		w.stmt(s.Init)
	}
	w.expr(s.Cond)
	onTrue, onFalse := w.guards(s.Cond)
	declTrue, declFalse := w.classGuards(s.Cond)
	sepTrue, sepFalse := w.suffixFacts(s.Cond)
	bp, bval := w.boolParamCond(s.Cond)
	branch := func(val bool, run func() bool) bool {
		n := len(w.when)
		if bp > 0 {
			w.when = append(w.when, Cond{Param: bp, Val: val})
		}
		term := run()
		w.when = w.when[:n]
		return term
	}
	before := w.st
	w.st = before.clone()
	w.clear(onTrue)
	w.clearFor(declTrue)
	w.markSep(sepTrue)
	thenTerm := branch(bval, func() bool { return w.block(s.Body.List) })
	thenOut := w.st
	w.st = before.clone()
	w.clear(onFalse)
	w.clearFor(declFalse)
	w.markSep(sepFalse)
	elseTerm := false
	if s.Else != nil {
		elseTerm = branch(!bval, func() bool { return w.stmt(s.Else) })
	}
	elseOut := w.st
	if bp > 0 && thenTerm != elseTerm {
		// if !allow { return }: what follows runs only for the other value
		w.when = append(w.when, Cond{Param: bp, Val: thenTerm != bval})
	}
	switch {
	case thenTerm && elseTerm:
		w.st = elseOut
		return true
	case thenTerm:
		w.st = elseOut
	case elseTerm:
		w.st = thenOut
	default:
		w.st = merge(thenOut, elseOut)
	}
	return false
}

// suffixFacts recognises strings.HasSuffix(x, separator): x ends with a
// separator on the branch where it holds.
func (w *walker) suffixFacts(cond ast.Expr) (onTrue, onFalse []types.Object) {
	switch x := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			t, f := w.suffixFacts(x.X)
			return f, t
		}
	case *ast.CallExpr:
		f, _, ok := w.e.ix.Callee(x)
		if ok && f.Pkg == "strings" && f.Name == "HasSuffix" && len(x.Args) == 2 && isSeparator(w, x.Args[1]) {
			return w.vars(x.Args[0]), nil
		}
	}
	return nil, nil
}

func (w *walker) markSep(objs []types.Object) {
	for _, o := range objs {
		if t := w.st[o]; t != nil && t.cleaned {
			t = t.clone()
			t.sepTerm = true
			w.st[o] = t
		}
	}
}

// clear removes taint from the guarded variables and what they derive from.
func (w *walker) clear(objs []types.Object) {
	for _, o := range objs {
		if t := w.st[o]; t != nil {
			for _, d := range t.derived {
				delete(w.st, d)
				w.st[d] = nil
			}
		}
		w.st[o] = nil
	}
}

// clearFor marks the guarded variables, and what they derive from, safe
// for the sinks of the guards' classes only.
func (w *walker) clearFor(gs []classGuard) {
	mark := func(o types.Object, classes []rule.Class) {
		if t := w.st[o]; t != nil {
			t = t.clone()
			t.cleared = addClasses(t.cleared, classes)
			w.st[o] = t
		}
	}
	for _, g := range gs {
		if t := w.st[g.obj]; t != nil {
			for _, d := range t.derived {
				mark(d, g.classes)
			}
		}
		mark(g.obj, g.classes)
	}
}

func (w *walker) returnStmt(s *ast.ReturnStmt) {
	for i, r := range s.Results {
		t := w.expr(r)
		if w.inClosure > 0 {
			if w.closureRet != nil && t != nil {
				w.closureRet = union(w.closureRet, t)
			}
			continue
		}
		if t != nil && w.sum.results != nil {
			if len(s.Results) == len(w.sum.results) {
				w.sum.results[i] |= t.params
			} else {
				for j := range w.sum.results {
					w.sum.results[j] |= t.params // return f(x): f's results
				}
			}
		}
		if t != nil {
			w.sum.returns |= t.params
			if t.src != "" && w.sum.returnSrc == nil {
				w.sum.returnSrc = t
			}
		}
		if i == 0 && w.boolResult && len(s.Results) == 1 {
			w.boolReturn(r)
		}
		if i == len(s.Results)-1 && w.errResult && w.inClosure == 0 && w.isNil(r) {
			// a validator's "valid": what is cleared here holds where its error is nil
			w.returnGuards(w.st, w.nilOK, w.nilClasses, &w.sawNil)
		}
	}
}

// boolReturn records, for a predicate, which parameters are vouched for,
// in full or for some classes, on every path that returns true.
func (w *walker) boolReturn(r ast.Expr) {
	if id, ok := ast.Unparen(r).(*ast.Ident); ok && id.Name == "false" {
		return
	}
	st := w.st
	if tv, ok := w.e.pass.TypesInfo.Types[r]; !ok || tv.Value == nil {
		on, _ := w.guards(r)
		con, _ := w.classGuards(r)
		st = w.st.clone()
		saved := w.st
		w.st = st
		w.clear(on)
		w.clearFor(con)
		st = w.st
		w.st = saved
	}
	w.returnGuards(st, w.guardOK, w.trueClasses, &w.sawTrue)
}

func (w *walker) assignStmt(s *ast.AssignStmt) {
	w.assign(s.Lhs, s.Rhs, s.Tok, s)
}

func (w *walker) assign(lhs, rhs []ast.Expr, tok token.Token, node ast.Node) {
	ts := make([]*taint, len(lhs))
	if len(lhs) == len(rhs) {
		for i, r := range rhs {
			ts[i] = w.expr(r)
		}
	} else if len(rhs) == 1 {
		t := w.expr(rhs[0])
		for i := range lhs {
			ts[i] = t
		}
		if c, ok := ast.Unparen(rhs[0]).(*ast.CallExpr); ok {
			if rs, ok := w.results[c]; ok && len(rs) == len(lhs) {
				copy(ts, rs)
			}
		}
		// v, ok := m[k] and v, ok := x.(T): ok is a bool, filtered below.
	}
	for i, l := range lhs {
		t := w.filter(l, ts[i])
		if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && t != nil {
			if st, ok := w.e.pass.TypesInfo.Selections[sel]; ok && st.Kind() == types.FieldVal {
				w.fieldSink(st.Recv(), sel.Sel.Name, node, t)
			}
		}
		if tok != token.ASSIGN && tok != token.DEFINE {
			w.store(l, t, false)
			continue
		}
		w.store(l, t, true)
	}
}

// store writes t to an assignable expression: a strong update of a
// variable, a weak update of the root variable of a field, element or
// pointee.
func (w *walker) store(l ast.Expr, t *taint, strong bool) {
	switch x := ast.Unparen(l).(type) {
	case *ast.Ident:
		obj := w.e.ix.Object(x)
		if obj == nil {
			return
		}
		if t != nil {
			t = t.clone()
			t.derived = addObjs(t.derived, obj)
		}
		if strong {
			w.st[obj] = t
		} else {
			w.st[obj] = union(w.st[obj], t)
		}
	default:
		if root := rootVar(w.e.ix, l); root != nil && t != nil {
			w.st[root] = union(w.st[root], t.plain())
		}
	}
}

// fieldSink reports a tainted value stored in a field that a library uses
// as a sink's argument (mcpapi.FieldSinks): t of type typ, field name, at n.
func (w *walker) fieldSink(typ types.Type, field string, n ast.Node, t *taint) {
	if typ == nil {
		return
	}
	if p, ok := typ.Underlying().(*types.Pointer); ok {
		typ = p.Elem()
	}
	named, ok := types.Unalias(typ).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return
	}
	for _, fs := range mcpapi.FieldSinks {
		if fs.Field != field || fs.Type != named.Obj().Name() || fs.Pkg != named.Obj().Pkg().Path() {
			continue
		}
		if rule.MustKind(fs.Kind).Class == rule.ClassURL && t.hostFixed {
			return // a constant prefix fixes the scheme and host
		}
		w.hit(fs.Kind, fs.Desc, n.Pos(), n.End(), t)
		return
	}
}

// archiveEntry reports whether x reads the member name or link target of
// an archive entry (mcpapi.ArchiveEntryFields).
func (w *walker) archiveEntry(x *ast.SelectorExpr) bool {
	sel, ok := w.e.pass.TypesInfo.Selections[x]
	if !ok || sel.Kind() != types.FieldVal || sel.Obj().Pkg() == nil {
		return false
	}
	for _, f := range mcpapi.ArchiveEntryFields {
		if f.Pkg == sel.Obj().Pkg().Path() && f.Field == sel.Obj().Name() {
			return true
		}
	}
	return false
}

// rootVar returns the variable at the root of x.f, x[i], *x.
func rootVar(ix *index.Index, e ast.Expr) types.Object {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return ix.Object(x)
		case *ast.SelectorExpr:
			if id, ok := x.X.(*ast.Ident); ok {
				if _, isPkg := ix.Object(id).(*types.PkgName); isPkg {
					return nil
				}
			}
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.UnaryExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// ---- expressions ----

func (w *walker) expr(e ast.Expr) *taint {
	if e == nil {
		return nil
	}
	if tv, ok := w.e.pass.TypesInfo.Types[e]; ok && tv.Value != nil {
		return nil // constants are never tainted
	}
	switch x := e.(type) {
	case *ast.ParenExpr:
		return w.expr(x.X)
	case *ast.Ident:
		obj := w.e.ix.Object(x)
		t := w.st[obj]
		if t == nil {
			return nil
		}
		if len(t.derived) > 0 && t.derived[len(t.derived)-1] == obj {
			return t
		}
		t = t.clone()
		t.derived = addObjs(t.derived, obj)
		return t
	case *ast.BasicLit, *ast.FuncType, *ast.ArrayType, *ast.MapType, *ast.ChanType, *ast.InterfaceType, *ast.StructType:
		return nil
	case *ast.FuncLit:
		w.funcLit(x)
		return nil
	case *ast.BinaryExpr:
		return w.binary(x)
	case *ast.UnaryExpr:
		return w.filter(x, w.expr(x.X))
	case *ast.StarExpr:
		return w.expr(x.X)
	case *ast.SelectorExpr:
		return w.selector(x)
	case *ast.IndexExpr:
		w.expr(x.Index)
		t := w.expr(x.X)
		if t != nil {
			// one element of the container: a check of it vouches for
			// that element, not for the map or slice it was read from
			// (action == "commit" says nothing of args["message"])
			t = t.clone()
			t.derived = nil
		}
		if t != nil && (t.src == "tool argument" || t.src == "prompt argument") {
			if k, ok := w.e.ix.ConstString(x.Index); ok {
				t.src = fmt.Sprintf("%s %q", t.src, k)
			}
		}
		return w.filter(x, t)
	case *ast.IndexListExpr:
		return nil
	case *ast.SliceExpr:
		return w.expr(x.X)
	case *ast.TypeAssertExpr:
		return w.filter(x, w.expr(x.X))
	case *ast.CompositeLit:
		var t *taint
		for _, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				w.expr(kv.Key)
				vt := w.expr(kv.Value)
				if key, ok := kv.Key.(*ast.Ident); ok && vt != nil {
					w.fieldSink(w.typeOf(x), key.Name, kv, vt)
				}
				t = union(t, vt)
			} else {
				t = union(t, w.expr(el))
			}
		}
		if t != nil {
			t = t.plain()
		}
		return w.filter(x, t)
	case *ast.KeyValueExpr:
		return w.expr(x.Value)
	case *ast.CallExpr:
		return w.filter(x, w.call(x))
	}
	return nil
}

// funcLit walks a closure in place: it sees the variables it captures, and
// its own request parameters when it is a handler.
func (w *walker) funcLit(lit *ast.FuncLit) {
	saved, savedParams, savedBool, savedRet := w.st, w.params, w.boolResult, w.closureRet
	w.st = w.st.clone()
	w.params = nil
	w.boolResult = false
	w.closureRet = nil
	w.inClosure++
	w.lits = append(w.lits, lit)
	w.bindParams(lit.Type, false)
	w.block(lit.Body.List)
	w.lits = w.lits[:len(w.lits)-1]
	w.inClosure--
	w.st, w.params, w.boolResult, w.closureRet = saved, savedParams, savedBool, savedRet
}

// callLit calls a closure in place with the taint of its arguments bound
// to its parameters (an immediately called func literal, go func(){}(),
// defer func(){}(), or a variable holding the literal), and returns what
// it returns. The closure sees the variables it captures as they are at
// the call.
func (w *walker) callLit(lit *ast.FuncLit, ats []*taint) *taint {
	if w.inlining[lit] {
		return nil // recursion through a variable
	}
	if w.inlining == nil {
		w.inlining = map[*ast.FuncLit]bool{}
	}
	w.inlining[lit] = true
	defer delete(w.inlining, lit)
	saved, savedParams, savedBool, savedRet := w.st, w.params, w.boolResult, w.closureRet
	w.st = w.st.clone()
	w.params = nil
	w.boolResult = false
	w.closureRet = &taint{} // a marker: union keeps the first non-nil
	w.inClosure++
	w.lits = append(w.lits, lit)
	w.bindParams(lit.Type, false)
	i := 0
	n, variadic := fieldCount(lit.Type.Params)
	for _, field := range lit.Type.Params.List {
		if len(field.Names) == 0 {
			i++
			continue
		}
		for _, id := range field.Names {
			if obj := w.e.ix.Object(id); obj != nil && !cleanType(obj.Type()) {
				if at := argFor(ats, i, variadic, n); at != nil {
					at = at.clone()
					at.derived = addObjs(nil, obj)
					w.st[obj] = union(w.st[obj], at)
				}
			}
			i++
		}
	}
	w.block(lit.Body.List)
	w.lits = w.lits[:len(w.lits)-1]
	w.inClosure--
	ret := w.closureRet
	w.st, w.params, w.boolResult, w.closureRet = saved, savedParams, savedBool, savedRet
	if ret == nil || (ret.src == "" && ret.params == 0 && !ret.input) {
		return nil
	}
	return ret.plain()
}

// fieldCount is the number of parameters a field list declares and
// whether the last is variadic.
func fieldCount(fl *ast.FieldList) (n int, variadic bool) {
	if fl == nil {
		return 0, false
	}
	for _, f := range fl.List {
		k := len(f.Names)
		if k == 0 {
			k = 1
		}
		n += k
		if _, ok := f.Type.(*ast.Ellipsis); ok {
			variadic = true
		}
	}
	return n, variadic
}

var urlPrefix = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]+[/?#]`)

// openHost is a constant scheme and host with nothing after them: the host
// is fixed only if the rest starts with a separator.
var openHost = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#@]+$`)

func (w *walker) binary(x *ast.BinaryExpr) *taint {
	l, r := w.expr(x.X), w.expr(x.Y)
	if x.Op != token.ADD {
		return nil // comparisons and arithmetic yield no strings
	}
	if l == nil && r == nil {
		return nil
	}
	if l == nil {
		// An untainted left part fixes the URL's scheme and host when it is
		// a constant "scheme://host/..." or any run-time value (a base URL
		// from configuration); a constant "https://" alone does not.
		t := r.plain()
		if s, ok := w.e.ix.ConstString(x.X); ok {
			t.hostFixed = urlPrefix.MatchString(s)
			t.hostOpen = openHost.MatchString(s)
			t.leadSep = s != "" && strings.ContainsRune("/?#", rune(s[0]))
			t.inQuery = strings.ContainsAny(s, "?#")
		} else {
			t.hostFixed = true
			t.inQuery = w.constPartHas(x.X, "?#")
		}
		return t
	}
	if r == nil {
		t := l.clone()
		if isSeparator(w, x.Y) && l.cleaned {
			t.sepTerm = true // cleaned + separator keeps its derivation
			t.fromRel = false
			return t
		}
		hf, ho, ls, iq := l.hostFixed, l.hostOpen, l.leadSep, l.inQuery
		t = l.plain()
		t.hostFixed, t.hostOpen, t.leadSep, t.inQuery = hf, ho, ls, iq
		return t
	}
	t := union(l, r).plain()
	// The receiver's own data leading a URL is its configured base URL
	// (c.baseURL + "/repos/" + name): it fixes the host as an untainted
	// run-time value would.
	t.hostFixed = l.recvOnly()
	return t
}

// recvOnly reports whether t derives from a method's receiver alone.
func (t *taint) recvOnly() bool {
	return t != nil && t.src == "" && !t.input && t.params == 1<<recvBit
}

// constPartHas reports whether a constant part of a concatenation holds
// one of chars (base + "?q=" + x: the query string).
func (w *walker) constPartHas(e ast.Expr, chars string) bool {
	if s, ok := w.e.ix.ConstString(e); ok {
		return strings.ContainsAny(s, chars)
	}
	if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.ADD {
		return w.constPartHas(b.X, chars) || w.constPartHas(b.Y, chars)
	}
	return false
}

// credentialed reports whether the function being walked sets a
// credential on a request: a header named like one (req.Header.Set
// ("Authorization", ...)) or basic auth.
func (w *walker) credentialed() bool {
	var body *ast.BlockStmt
	switch fn := w.fn.(type) {
	case *ast.FuncDecl:
		body = fn.Body
	case *ast.FuncLit:
		body = fn.Body
	}
	if body == nil {
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		c, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		switch sel.Sel.Name {
		case "SetBasicAuth":
			found = true
		case "Set", "Add":
			if h, isSel := ast.Unparen(sel.X).(*ast.SelectorExpr); isSel && h.Sel.Name == "Header" && len(c.Args) == 2 {
				if name, known := w.e.ix.ConstString(c.Args[0]); known && knowledge.CredentialHeader(name) {
					found = true
				}
			}
		}
		return true
	})
	return found
}

// constPrefix returns the constant text an expression starts with.
func (w *walker) constPrefix(e ast.Expr) (string, bool) {
	if s, ok := w.e.ix.ConstString(e); ok {
		return s, true
	}
	if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.ADD {
		return w.constPrefix(b.X)
	}
	return "", false
}

// isSeparator reports whether e is a path separator: "/", `\`,
// string(filepath.Separator), string(os.PathSeparator).
func isSeparator(w *walker, e ast.Expr) bool {
	if s, ok := w.e.ix.ConstString(e); ok {
		return s == "/" || s == `\`
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && len(call.Args) == 1 {
		if sel, ok := ast.Unparen(call.Args[0]).(*ast.SelectorExpr); ok {
			return sel.Sel.Name == "Separator" || sel.Sel.Name == "PathSeparator"
		}
	}
	return false
}

// endsWithSeparator reports whether e is syntactically base + separator, or
// a variable assigned only such values.
func (w *walker) endsWithSeparator(e ast.Expr, depth int) bool {
	if depth > 3 {
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		return x.Op == token.ADD && isSeparator(w, x.Y)
	case *ast.Ident:
		obj := w.e.ix.Object(x)
		defs := w.e.ix.Defs[obj]
		if len(defs) == 0 {
			return false
		}
		for _, d := range defs {
			if d.Kind != index.DefAssign || d.RHS == nil || !w.endsWithSeparator(d.RHS, depth+1) {
				return false
			}
		}
		return true
	}
	if s, ok := w.e.ix.ConstString(e); ok {
		return strings.HasSuffix(s, "/")
	}
	return false
}

func (w *walker) isRequest(e ast.Expr) (mcpapi.HandlerKind, bool) {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return 0, false
	}
	k, ok := w.req[w.e.ix.Object(id)]
	return k, ok
}

func (w *walker) selector(x *ast.SelectorExpr) *taint {
	if id, ok := x.X.(*ast.Ident); ok {
		if _, isPkg := w.e.ix.Object(id).(*types.PkgName); isPkg {
			return nil // a package-level name
		}
	}
	// request.Params.Arguments, request.Params.URI
	if inner, ok := ast.Unparen(x.X).(*ast.SelectorExpr); ok && inner.Sel.Name == "Params" && mcpapi.ArgFields[x.Sel.Name] {
		if k, ok := w.isRequest(inner.X); ok {
			return w.source(x, k, "")
		}
	}
	t := w.expr(x.X)
	if t == nil {
		return nil
	}
	if t.input {
		// A field of the typed argument struct names the argument.
		t = t.clone()
		t.input = false
		t.src = fmt.Sprintf("tool argument %q", w.fieldName(x))
	}
	if w.archiveEntry(x) {
		// the archive chose this name: ../ or an absolute link target
		return w.filter(x, t.plain().with(Step{Pos: x.Pos(), End: x.End(), Message: "member name " + x.Sel.Name + " of an archive it selects"}))
	}
	return w.filter(x, t.plain())
}

// fieldName is the JSON name of a selected field, else its Go name.
func (w *walker) fieldName(x *ast.SelectorExpr) string {
	if sel, ok := w.e.pass.TypesInfo.Selections[x]; ok {
		if v, ok := sel.Obj().(*types.Var); ok {
			if st, ok := derefStruct(sel.Recv()); ok {
				for i := 0; i < st.NumFields(); i++ {
					if st.Field(i) == v {
						tag := reflect.StructTag(st.Tag(i)).Get("json")
						if name, _, _ := strings.Cut(tag, ","); name != "" && name != "-" {
							return name
						}
					}
				}
			}
		}
	}
	return x.Sel.Name
}

func derefStruct(t types.Type) (*types.Struct, bool) {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}

// source makes a new source taint read at e.
func (w *walker) source(e ast.Expr, k mcpapi.HandlerKind, name string) *taint {
	var src string
	switch {
	case k == mcpapi.ResourceHandler:
		src = "resource URI"
	case k == mcpapi.PromptHandler && name != "":
		src = fmt.Sprintf("prompt argument %q", name)
	case k == mcpapi.PromptHandler:
		src = "prompt argument"
	case name != "":
		src = fmt.Sprintf("tool argument %q", name)
	default:
		src = "tool argument"
	}
	return &taint{src: src, steps: []Step{{Pos: e.Pos(), End: e.End(), Message: src + " is read here"}}}
}
