package taint

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/mcpsec/mcplint/analyzers/internal/index"
	"github.com/mcpsec/mcplint/analyzers/knowledge"
	"github.com/mcpsec/mcplint/analyzers/rule"
)

// PatternFact is the constant pattern a package-level *regexp.Regexp
// variable is compiled from, for allow-list checks in other packages
// (validate.NameRe.MatchString(x)).
type PatternFact struct{ Pattern string }

// AFact marks PatternFact as an analysis fact.
func (*PatternFact) AFact() {}

func (f *PatternFact) String() string { return "pattern(" + f.Pattern + ")" }

// exportPatterns exports a PatternFact for each package-level variable of
// decl compiled from a constant pattern.
func (e *engine) exportPatterns(decl *ast.GenDecl) {
	if decl.Tok != token.VAR {
		return
	}
	w := &walker{e: e}
	for _, spec := range decl.Specs {
		vs, ok := spec.(*ast.ValueSpec)
		if !ok {
			continue
		}
		for _, id := range vs.Names {
			v, ok := e.ix.Object(id).(*types.Var)
			if !ok || v.Parent() != e.pass.Pkg.Scope() {
				continue
			}
			if pat, ok := w.regexpPattern(id); ok {
				e.pass.ExportObjectFact(v, &PatternFact{Pattern: pat})
			}
		}
	}
}

// regexpCompilers compile their first argument into a *regexp.Regexp.
var regexpCompilers = map[string]bool{"MustCompile": true, "Compile": true, "MustCompilePOSIX": true, "CompilePOSIX": true}

// regexGuard recognises an allow-list match of a constant pattern:
// re.MatchString(x) or re.Match([]byte(x)) with re compiled from a
// constant (in place, in a local variable or in a package-level one), and
// regexp.MatchString(pattern, x). Where it holds, x is cleared for the
// classes the pattern rules out (knowledge.AllowListClasses): ^[a-z0-9-]+$
// leaves no shell metacharacter, separator or dot, so it clears the shell,
// path and SQL classes; ^[\w./-]+$ admits "../", so it clears no path.
// An unanchored pattern, or one admitting any character, clears nothing.
func (w *walker) regexGuard(c *ast.CallExpr) []classGuard {
	f, _, ok := w.e.ix.Callee(c)
	if !ok || f.Pkg != "regexp" || (f.Name != "MatchString" && f.Name != "Match") {
		return nil
	}
	var pat string
	var arg ast.Expr
	switch {
	case f.Recv == "" && len(c.Args) == 2:
		p, ok := w.e.ix.ConstString(c.Args[0])
		if !ok {
			return nil
		}
		pat, arg = p, c.Args[1]
	case f.Recv == "Regexp" && len(c.Args) == 1:
		sel, isSel := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !isSel {
			return nil
		}
		p, ok := w.regexpPattern(sel.X)
		if !ok {
			return nil
		}
		pat, arg = p, c.Args[0]
	default:
		return nil
	}
	classes := knowledge.AllowListClasses(pat, false)
	if len(classes) == 0 {
		return nil
	}
	var out []classGuard
	for _, o := range w.vars(unconvert(w, arg)) {
		out = append(out, classGuard{obj: o, classes: classes})
	}
	return out
}

// unconvert strips a conversion such as []byte(x).
func unconvert(w *walker, e ast.Expr) ast.Expr {
	c, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(c.Args) != 1 {
		return e
	}
	if tv, ok := w.e.pass.TypesInfo.Types[c.Fun]; ok && tv.IsType() {
		return c.Args[0]
	}
	return e
}

// regexpPattern is the constant pattern e was compiled from:
// regexp.MustCompile(`...`) in place, or a variable of this package
// (local or package-level) every definition of which compiles the same
// constant pattern.
func (w *walker) regexpPattern(e ast.Expr) (string, bool) {
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		f, _, ok := w.e.ix.Callee(x)
		if !ok || f.Pkg != "regexp" || f.Recv != "" || !regexpCompilers[f.Name] || len(x.Args) != 1 {
			return "", false
		}
		return w.e.ix.ConstString(x.Args[0])
	case *ast.SelectorExpr:
		// a package-level pattern of another package: validate.NameRe
		if v, ok := w.e.ix.Object(x.Sel).(*types.Var); ok && v.Pkg() != nil && v.Pkg() != w.e.pass.Pkg {
			var fact PatternFact
			if w.e.pass.ImportObjectFact(v, &fact) {
				return fact.Pattern, true
			}
		}
		return "", false
	case *ast.Ident:
		o := w.e.ix.Object(x)
		if o == nil || o.Pkg() != w.e.pass.Pkg {
			return "", false
		}
		defs := w.e.ix.Defs[o]
		pat, found := "", false
		for _, d := range defs {
			if d.Kind != index.DefAssign || d.Tuple > 0 || d.RHS == nil {
				return "", false // assigned from elsewhere: not known
			}
			c, ok := ast.Unparen(d.RHS).(*ast.CallExpr)
			if !ok {
				return "", false
			}
			p, ok := w.regexpPattern(c)
			if !ok || found && p != pat {
				return "", false
			}
			pat, found = p, true
		}
		return pat, found
	}
	return "", false
}

// classGuards returns what a condition vouches for, class by class, when it
// is true and when it is false: allow-list regular expressions, the
// validators declared in .mcplint.yml, and predicates and error-returning
// validators of the scanned code whose summaries say so. Unlike the
// built-in guards (guards), they do not remove the taint: a value a path
// validator accepted still reaches a shell.
func (w *walker) classGuards(cond ast.Expr) (onTrue, onFalse []classGuard) {
	switch x := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			t, f := w.classGuards(x.X)
			return f, t
		}
	case *ast.BinaryExpr:
		switch x.Op {
		case token.LAND:
			// both hold when a && b is true
			at, _ := w.classGuards(x.X)
			bt, _ := w.classGuards(x.Y)
			return append(at, bt...), nil
		case token.LOR:
			// both fail when a || b is false
			_, af := w.classGuards(x.X)
			_, bf := w.classGuards(x.Y)
			return nil, append(af, bf...)
		case token.EQL, token.NEQ:
			// err != nil after err := validate(x): x passed where it is nil
			g := w.errClassGuards(x)
			if x.Op == token.EQL {
				return g, nil
			}
			return nil, g
		}
	case *ast.Ident:
		// ok := re.MatchString(x); ok, _ := regexp.MatchString(p, x)
		if c := w.soleCallDef(x, 0); c != nil {
			return w.callClassGuards(c), nil
		}
	case *ast.CallExpr:
		return w.callClassGuards(x), nil
	}
	return nil, nil
}

// soleCallDef is the call id was assigned from (as result tuple, or the
// only result when tuple is 0) when that is its only definition.
func (w *walker) soleCallDef(id *ast.Ident, tuple int) *ast.CallExpr {
	o := w.e.ix.Object(id)
	if o == nil {
		return nil
	}
	defs := w.e.ix.Defs[o]
	if len(defs) != 1 || defs[0].Kind != index.DefAssign || defs[0].RHS == nil {
		return nil
	}
	if t := defs[0].Tuple; t != tuple && !(t == -1 && tuple == 0) {
		return nil
	}
	c, _ := ast.Unparen(defs[0].RHS).(*ast.CallExpr)
	return c
}

// callClassGuards: what a call that returned true vouches for.
func (w *walker) callClassGuards(c *ast.CallExpr) []classGuard {
	if g := w.regexGuard(c); g != nil {
		return g
	}
	f, obj, ok := w.e.ix.Callee(c)
	if !ok {
		return nil
	}
	if um := models.Load(); um != nil {
		if v, ok := um.validators[f]; ok && v.arg < len(c.Args) {
			var out []classGuard
			for _, o := range w.vars(c.Args[v.arg]) {
				out = append(out, classGuard{obj: o, classes: v.classes})
			}
			return out
		}
	}
	return w.argClassGuards(c, obj, false)
}

// argClassGuards maps a summarised predicate's (or, with onNil, an error
// validator's) per-parameter classes onto the call's arguments.
func (w *walker) argClassGuards(c *ast.CallExpr, obj types.Object, onNil bool) []classGuard {
	sum, ok := w.guardSummary(obj)
	if !ok {
		return nil
	}
	per := sum.TrueClasses
	if onNil {
		per = sum.NilClasses
	}
	var out []classGuard
	for i, a := range c.Args {
		if cs := per[i]; len(cs) > 0 {
			for _, o := range w.vars(a) {
				out = append(out, classGuard{obj: o, classes: cs})
			}
		}
	}
	return out
}

// errCall is the validator call an error comparison `e != nil` or
// `e == nil` is about: e is the call itself, or a variable holding the
// last result of the call and defined nowhere else.
func (w *walker) errCall(x *ast.BinaryExpr) *ast.CallExpr {
	e := x.X
	if !w.isNil(x.Y) {
		if !w.isNil(x.X) {
			return nil
		}
		e = x.Y
	}
	switch v := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		return v
	case *ast.Ident:
		o := w.e.ix.Object(v)
		if o == nil || len(w.e.ix.Defs[o]) != 1 {
			return nil
		}
		d := w.e.ix.Defs[o][0]
		c, ok := ast.Unparen(d.RHS).(*ast.CallExpr)
		if d.Kind != index.DefAssign || !ok {
			return nil
		}
		if sig, ok := w.typeOf(c.Fun).(*types.Signature); ok && d.Tuple == sig.Results().Len()-1 || d.Tuple == -1 {
			return c
		}
	}
	return nil
}

func (w *walker) isNil(e ast.Expr) bool {
	tv, ok := w.e.pass.TypesInfo.Types[e]
	return ok && tv.IsNil()
}

// errClassGuards: what a validator vouches for, by class, where the error
// it returned is nil.
func (w *walker) errClassGuards(x *ast.BinaryExpr) []classGuard {
	c, obj := w.errValidator(x)
	if c == nil {
		return nil
	}
	return w.argClassGuards(c, obj, true)
}

// errGuards: the arguments a validator vouches for in full (a built-in
// guard on every path that returns a nil error) where its error is nil.
func (w *walker) errGuards(x *ast.BinaryExpr) []types.Object {
	c, obj := w.errValidator(x)
	if c == nil {
		return nil
	}
	sum, _ := w.guardSummary(obj)
	return w.maskedVars(c, sum.NilGuards)
}

// errValidator is the validator call an error comparison is about and
// the function it calls (nil, nil when there is none or it is not known).
func (w *walker) errValidator(x *ast.BinaryExpr) (*ast.CallExpr, types.Object) {
	c := w.errCall(x)
	if c == nil {
		return nil, nil
	}
	_, obj, ok := w.e.ix.Callee(c)
	if !ok {
		return nil, nil
	}
	return c, obj
}

// guardSummary is what a project function vouches for (the Guards,
// TrueClasses, NilGuards and NilClasses of SummaryFact): from its summary
// when it is in this package, from its fact when in another. ok is false
// for a function with neither, or one being summarised (recursion).
func (w *walker) guardSummary(obj types.Object) (SummaryFact, bool) {
	if decl := w.e.ix.FuncDecl(obj); decl != nil && decl.Body != nil {
		s := w.e.summarize(decl)
		if !s.done {
			return SummaryFact{}, false
		}
		return SummaryFact{Guards: s.guards, TrueClasses: s.trueClasses, NilGuards: s.nilGuards, NilClasses: s.nilClasses}, true
	}
	if fobj, ok := obj.(*types.Func); ok && fobj.Pkg() != w.e.pass.Pkg {
		var fact SummaryFact
		if w.e.pass.ImportObjectFact(fobj, &fact) {
			return fact, true
		}
	}
	return SummaryFact{}, false
}

// maskedVars lists the variables of the call's arguments whose bit is
// set in mask (argument i, bit i).
func (w *walker) maskedVars(c *ast.CallExpr, mask uint64) []types.Object {
	var out []types.Object
	for i, a := range c.Args {
		if i < 64 && mask&(1<<uint(i)) != 0 {
			out = append(out, w.vars(a)...)
		}
	}
	return out
}

// returnGuards records, at a return that says "valid" (true from a
// predicate, a nil error from a validator), which parameters are cleared
// in full and for which classes; the summary keeps what holds on every
// such return.
func (w *walker) returnGuards(st state, full map[int]bool, classes map[int][]rule.Class, seen *bool) {
	first := !*seen
	*seen = true
	for i, p := range w.params {
		if p == nil {
			continue
		}
		t := st[p]
		cs := allClasses()
		if t != nil {
			cs = t.cleared
		}
		if first {
			full[i], classes[i] = t == nil, slices.Clone(cs)
			continue
		}
		full[i] = full[i] && t == nil
		var both []rule.Class
		for _, c := range classes[i] {
			if slices.Contains(cs, c) {
				both = append(both, c)
			}
		}
		classes[i] = both
	}
}

func allClasses() []rule.Class {
	out := make([]rule.Class, 0, len(rule.Classes))
	for _, c := range rule.Classes {
		out = append(out, c.Class)
	}
	return out
}

// classMap keeps the parameters with some class and not cleared in full
// (those are in the full mask).
func classMap(full map[int]bool, classes map[int][]rule.Class) map[int][]rule.Class {
	var out map[int][]rule.Class
	for i, cs := range classes {
		if len(cs) == 0 || full[i] {
			continue
		}
		if out == nil {
			out = map[int][]rule.Class{}
		}
		out[i] = cs
	}
	return out
}
