package taint

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/internal/mcpapi"
	"github.com/mcpsec/mcplint/analyzers/knowledge"
	"github.com/mcpsec/mcplint/analyzers/rule"
)

// Effect is a call that changes the world outside the server, reached by a
// function whatever its arguments are (MCP015): the function's effect
// summary. It is computed by the same walk as the taint summary, so that
// helpers, closures and other packages are followed the same way.
type Effect struct {
	Kind rule.EffectKind
	// Call names the call with the effect (os.Remove); Via the function
	// of another package that makes it, "" when the call is in this
	// package.
	Call, Via string
	// Pos and End are the call with the effect, or the call of the
	// function of another package that has it.
	Pos, End token.Pos
	// Steps are the calls from the function to the effect, outermost
	// first.
	Steps []Step
	// Fn names the function that makes the call ("" for a closure): a
	// name that says it reads settles an ambiguous effect
	// (knowledge.Contradicts).
	Fn string
	// Params say which of the function's parameters decide the effect;
	// each call resolves them from the arguments it passes.
	Params
}

// Params are the parameters of a function that decide one of its
// effects, by index plus one (0: none). Method: an HTTP request whose
// method is that parameter is no effect until a call passes a method
// that writes (doRequest(ctx, "GET", u) reads, doRequest(ctx, "POST", u)
// posts); a method no call resolves is no evidence of a write. URL: a
// request whose URL is that parameter is a read when a call passes a URL
// ending in an endpoint that only reads (knowledge.ReadEndpoint).
//
// When lists the boolean parameters the effect waits for: an effect under
// `if allowWrite {...}`, or after `if !allowWrite { return }`, happens only
// for calls that do not pass the constant that rules it out
// (generateLink(ctx, args, false) never shortens).
type Params struct {
	Method, URL int
	When        []Cond
}

// Cond says an effect happens only when boolean parameter Param (index
// plus one) is Val.
type Cond struct {
	Param int
	Val   bool
}

// Pending reports whether the effect waits for a call to give its method.
func (ef *Effect) Pending() bool { return ef.Method > 0 }

// FactEffect is an effect of a function of another package.
type FactEffect struct {
	Kind rule.EffectKind
	Call string
	Fn   string
	Params
}

// maxEffects bounds the effects kept per function and kind: one is enough
// to contradict an annotation; a few make the report useful.
const maxEffects = 4

// EffectsOf returns the effects a function or closure of this package
// reaches, in the order the walk met them.
func (r *Result) EffectsOf(fn ast.Node) []Effect { return r.effects[fn] }

// FactEffectsOf returns the effects of a function of another package.
func FactEffectsOf(f *SummaryFact) []FactEffect { return f.Effects }

func (e *engine) addEffect(fn ast.Node, ef Effect) {
	n := 0
	for _, x := range e.effects[fn] {
		if x.Kind == ef.Kind {
			if x.Pos == ef.Pos {
				return
			}
			n++
		}
	}
	if n < maxEffects {
		e.effects[fn] = append(e.effects[fn], ef)
	}
}

// effect records an effect for the function walked and the closures being
// walked in place inside it. The conditions of the branch it is in go with
// the function's copy; a closure's parameters are not the function's, so
// its copy has none.
func (w *walker) effect(ef Effect) {
	own := ef
	if len(w.when) > 0 {
		own.When = append(append([]Cond(nil), w.when...), ef.When...)
	}
	w.e.addEffect(w.fn, own)
	ef.When = nil
	for _, l := range w.lits {
		w.e.addEffect(l, ef)
	}
}

// boolParamCond recognises a branch condition on a boolean parameter of the
// function walked: p or !p. It returns the parameter (index plus one) and
// the value that takes the then branch, or 0.
func (w *walker) boolParamCond(cond ast.Expr) (int, bool) {
	val := true
	e := ast.Unparen(cond)
	for {
		u, ok := e.(*ast.UnaryExpr)
		if !ok || u.Op != token.NOT {
			break
		}
		val = !val
		e = ast.Unparen(u.X)
	}
	i := w.paramOf(e)
	if i == 0 {
		return 0, false
	}
	t := w.typeOf(e)
	if t == nil {
		return 0, false
	}
	if b, ok := t.Underlying().(*types.Basic); !ok || b.Info()&types.IsBoolean == 0 {
		return 0, false
	}
	return i, val
}

// callEffect records the effect of a call of a library function.
func (w *walker) callEffect(c *ast.CallExpr, f mcpapi.Func) {
	var kind rule.EffectKind
	var ps Params
	if ef, ok := mcpapi.FindEffect(f); ok {
		switch ef.Mode {
		case mcpapi.EffectAlways:
			kind = ef.Kind
		case mcpapi.EffectCommand:
			if !knowledge.QueryCommand(w.constArgv(c, ef.Arg)) {
				kind = ef.Kind
			}
		case mcpapi.EffectSQLText:
			if ef.Arg < len(c.Args) {
				if text, ok := w.knownText(c.Args[ef.Arg], 0); ok {
					kind = knowledge.SQLEffect(text)
				}
			}
		case mcpapi.EffectMethodArg:
			if ef.Arg < len(c.Args) {
				if m, ok := w.knownText(c.Args[ef.Arg], 0); ok {
					kind = knowledge.MethodEffect(m)
				} else if i := w.paramOf(c.Args[ef.Arg]); i > 0 {
					// decided by each call of this function
					kind, ps.Method = rule.EffectHTTPWrite, i
				}
			}
		case mcpapi.EffectOpenFlags:
			if ef.Arg < len(c.Args) && namesAny(c.Args[ef.Arg], mcpapi.WriteOpenFlags) {
				kind = ef.Kind
			}
		}
		if kind != "" && ef.URLArg >= 0 && ef.URLArg < len(c.Args) {
			if w.readEndpoint(c.Args[ef.URLArg], 0) {
				kind = "" // a query sent in a POST body: a read
			} else {
				ps.URL = w.paramOf(c.Args[ef.URLArg])
			}
		}
	} else if mcpapi.IsSDKClient(f) {
		kind = knowledge.SDKVerbEffect(f.Name)
	}
	if kind != "" && !w.inLogCode(c) {
		fn := ""
		if d, ok := w.fn.(*ast.FuncDecl); ok {
			fn = d.Name.Name
		}
		w.effect(Effect{Kind: kind, Call: shortName(f), Pos: c.Pos(), End: c.End(), Fn: fn, Params: ps})
	}
}

// paramOf is the parameter (index plus one) of the function walked that
// e names, or 0.
func (w *walker) paramOf(e ast.Expr) int {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return 0
	}
	obj := w.e.ix.Object(id)
	for i, p := range w.params {
		if p != nil && p == obj {
			return i + 1
		}
	}
	return 0
}

// resolve settles the parameters of a callee's effect with the arguments
// of the call c: false when the call makes it no effect (a read method, a
// read endpoint, or a method it cannot tell).
func (w *walker) resolve(ef *Params, kind *rule.EffectKind, c *ast.CallExpr) bool {
	arg := func(i int) ast.Expr {
		if i <= 0 || i > len(c.Args) {
			return nil
		}
		return c.Args[i-1]
	}
	if ef.Method > 0 {
		a := arg(ef.Method)
		if a == nil {
			return false
		}
		if m, ok := w.knownText(a, 0); ok {
			*kind = knowledge.MethodEffect(m)
			if *kind == "" {
				return false // this call reads
			}
			ef.Method = 0
		} else if ef.Method = w.paramOf(a); ef.Method == 0 {
			return false // a method not known here is no evidence of a write
		}
	}
	if len(ef.When) > 0 {
		var when []Cond
		for _, cd := range ef.When {
			a := arg(cd.Param)
			if a == nil {
				continue
			}
			if tv, ok := w.e.pass.TypesInfo.Types[a]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool {
				if constant.BoolVal(tv.Value) != cd.Val {
					return false // this call rules the effect out
				}
				continue
			}
			if j := w.paramOf(a); j > 0 {
				when = append(when, Cond{Param: j, Val: cd.Val})
			}
		}
		ef.When = when
	}
	if ef.URL > 0 {
		a := arg(ef.URL)
		switch {
		case a == nil:
			ef.URL = 0
		case w.readEndpoint(a, 0):
			return false // a query endpoint: a read
		default:
			ef.URL = w.paramOf(a)
		}
	}
	return true
}

// inLogCode reports whether the call is in logging code (knowledge.LogName
// of its function or file): the server's bookkeeping, not an effect.
func (w *walker) inLogCode(c *ast.CallExpr) bool {
	if d, ok := w.fn.(*ast.FuncDecl); ok && knowledge.LogName(d.Name.Name) {
		return true
	}
	return knowledge.LogName(filepath.Base(w.e.pass.Fset.Position(c.Pos()).Filename))
}

// calleeEffects carries the effects of a called function of this package to
// the caller, through the call.
func (w *walker) calleeEffects(c *ast.CallExpr, callee ast.Node, name string) {
	step := Step{Pos: c.Pos(), End: c.End(), Message: "calls " + name}
	for _, ef := range w.e.effects[callee] {
		if len(ef.Steps) >= maxSteps || !w.resolve(&ef.Params, &ef.Kind, c) {
			continue
		}
		ef.Steps = append([]Step{step}, ef.Steps...)
		w.effect(ef)
	}
}

// factEffects carries the effects of a function of another package.
func (w *walker) factEffects(c *ast.CallExpr, name string, fact *SummaryFact) {
	for _, fe := range fact.Effects {
		if !w.resolve(&fe.Params, &fe.Kind, c) {
			continue
		}
		w.effect(Effect{Kind: fe.Kind, Call: fe.Call, Via: name, Pos: c.Pos(), End: c.End(), Fn: fe.Fn, Params: fe.Params})
	}
}

// knownText is the constant text (or constant prefix) of e, following a
// local variable to its one definition and fmt.Sprintf to its format.
func (w *walker) knownText(e ast.Expr, depth int) (string, bool) {
	if s, ok := w.constPrefix(e); ok {
		return s, true
	}
	if depth > 3 {
		return "", false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		defs := w.e.ix.Defs[w.e.ix.Object(x)]
		if len(defs) == 1 && defs[0].RHS != nil && defs[0].Tuple < 0 {
			return w.knownText(defs[0].RHS, depth+1)
		}
	case *ast.CallExpr:
		if f, _, ok := w.e.ix.Callee(x); ok && f.Pkg == "fmt" && f.Name == "Sprintf" && len(x.Args) > 0 {
			return w.knownText(x.Args[0], depth+1)
		}
	}
	return "", false
}

// readEndpoint reports whether a string literal in a request's URL
// expression (or the one definition of a variable it names) ends in an
// endpoint that only reads.
func (w *walker) readEndpoint(e ast.Expr, depth int) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.BasicLit:
			if s, ok := w.e.ix.ConstString(x); ok && knowledge.ReadEndpoint(s) {
				found = true
			}
		case *ast.Ident:
			defs := w.e.ix.Defs[w.e.ix.Object(x)]
			if depth < 2 && len(defs) == 1 && defs[0].RHS != nil && defs[0].Tuple < 0 && w.readEndpoint(defs[0].RHS, depth+1) {
				found = true
			}
		}
		return !found
	})
	return found
}

// constArgv is the command line of an exec call from argument i on, ""
// for an argument that is not constant.
func (w *walker) constArgv(c *ast.CallExpr, i int) []string {
	var out []string
	for ; i < len(c.Args); i++ {
		s, _ := w.e.ix.ConstString(c.Args[i])
		out = append(out, s)
	}
	return out
}

// namesAny reports whether e mentions one of names (os.O_WRONLY|os.O_CREATE).
func namesAny(e ast.Expr, names []string) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && knowledge.FlagIn(names, id.Name) {
			found = true
		}
		return !found
	})
	return found
}

// fetchEffect records a tool argument reaching the URL of a request.
func (w *walker) fetchEffect(kind rule.SinkKind, desc string, pos, end token.Pos, t *taint) {
	ek := rule.EffectOfSink(kind)
	if t.src == "" || !strings.HasPrefix(t.src, "tool ") || ek == "" || !pos.IsValid() {
		return
	}
	w.effect(Effect{Kind: ek, Call: desc, Pos: pos, End: end, Steps: t.steps})
}
