package taint

import (
	"go/ast"
	"go/token"
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
}

// FactEffect is an effect of a function of another package.
type FactEffect struct {
	Kind rule.EffectKind
	Call string
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
// walked in place inside it.
func (w *walker) effect(ef Effect) {
	w.e.addEffect(w.fn, ef)
	for _, l := range w.lits {
		w.e.addEffect(l, ef)
	}
}

// callEffect records the effect of a call of a library function.
func (w *walker) callEffect(c *ast.CallExpr, f mcpapi.Func) {
	var kind rule.EffectKind
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
				}
			}
		case mcpapi.EffectOpenFlags:
			if ef.Arg < len(c.Args) && namesAny(c.Args[ef.Arg], mcpapi.WriteOpenFlags) {
				kind = ef.Kind
			}
		}
		if kind != "" && ef.URLArg >= 0 && ef.URLArg < len(c.Args) && w.readEndpoint(c.Args[ef.URLArg], 0) {
			kind = "" // a query sent in a POST body: a read
		}
	} else if mcpapi.IsSDKClient(f) {
		kind = knowledge.SDKVerbEffect(f.Name)
	}
	if kind != "" && !w.inLogCode(c) {
		w.effect(Effect{Kind: kind, Call: shortName(f), Pos: c.Pos(), End: c.End()})
	}
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
		if len(ef.Steps) >= maxSteps {
			continue
		}
		ef.Steps = append([]Step{step}, ef.Steps...)
		w.effect(ef)
	}
}

// factEffects carries the effects of a function of another package.
func (w *walker) factEffects(c *ast.CallExpr, name string, fact *SummaryFact) {
	for _, fe := range fact.Effects {
		w.effect(Effect{Kind: fe.Kind, Call: fe.Call, Via: name, Pos: c.Pos(), End: c.End()})
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

// constArgv is the command line of an exec call from argument i on, as far
// as it is constant from the start.
func (w *walker) constArgv(c *ast.CallExpr, i int) []string {
	var out []string
	for ; i < len(c.Args); i++ {
		s, ok := w.e.ix.ConstString(c.Args[i])
		if !ok {
			break
		}
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
