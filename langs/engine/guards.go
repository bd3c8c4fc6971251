package engine

import (
	"strings"

	"github.com/mcpsec/mcplint/analyzers/knowledge"
	"github.com/mcpsec/mcplint/analyzers/rule"
)

// compiledPattern is the pattern text of a regular expression value: a
// known string or literal, or the known first argument of the call that
// compiled it (re.compile(p), new RegExp(p)) when no other argument is
// given or the others are not known to change what ^ and $ mean. nil when
// the text is not known.
func compiledPattern(v *Value) *Value {
	if v == nil {
		return nil
	}
	if v.Known {
		return v
	}
	if v.Ctor == nil || len(v.Ctor.pos) == 0 || v.Ctor.pos[0] == nil || !v.Ctor.pos[0].Known {
		return nil
	}
	for _, f := range v.Ctor.all()[1:] {
		// multi-line mode: ^ and $ match at every line break
		if f != nil && (f.Known && strings.Contains(f.Str, "m") || strings.Contains(f.Ref, "MULTILINE") || strings.HasSuffix(f.Ref, ".M")) {
			return nil
		}
	}
	return v.Ctor.pos[0]
}

// classNames turns data classes into the engine's taint class strings.
func classNames(cs []rule.Class) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = string(c)
	}
	return out
}

// targetName finds the variable a check is about, looking through str(),
// String(), parentheses and a path joined onto a base the argument does
// not choose (is_safe(ROOT / name) checks name).
func (it *interp) targetName(n *Node) string {
	sx := it.a.sx
	for d := 0; n != nil && d < 4; d++ {
		switch {
		case has(sx.Identifier, n.Type):
			return it.f.Text(n)
		case has(sx.Passthrough, n.Type):
			n = n.FirstNamed(sx.Comment)
		case has(sx.Binary, n.Type):
			l, op, r := it.comparison(n)
			if op != "/" || l == nil || taintOf(it.expr(l)) != nil {
				return ""
			}
			n = r
		case has(sx.Call, n.Type):
			al := n.Child(sx.CallArgs)
			if al == nil {
				return ""
			}
			n = al.FirstNamed(sx.Comment)
		default:
			return ""
		}
	}
	return ""
}

// checkTarget is targetName that also says whether the path was resolved
// on the way (realpath(p).startswith(...) checks the resolved p).
func (it *interp) checkTarget(n *Node) (string, bool) {
	sx := it.a.sx
	resolved := false
	for d := 0; n != nil && d < 4; d++ {
		switch {
		case has(sx.Identifier, n.Type):
			return it.f.Text(n), resolved
		case has(sx.Passthrough, n.Type):
			n = n.FirstNamed(sx.Comment)
		case has(sx.Call, n.Type):
			for _, f := range sx.CallFunc {
				if c := n.Child(f); c != nil {
					if m := it.a.model(it.f.Text(c)); m != nil && m.Kind == Resolve {
						resolved = true
					} else if m := it.a.model(it.expr(c).Ref); m != nil && m.Kind == Resolve {
						resolved = true
					}
				}
			}
			al := n.Child(sx.CallArgs)
			var first *Node
			if al != nil {
				first = al.FirstNamed(sx.Comment)
			}
			if first == nil {
				// Path(p).resolve(), str(p).strip(): the receiver is the path
				obj := n.Child(sx.CallFunc[0])
				if obj == nil || !has(sx.Attribute, obj.Type) {
					return "", false
				}
				n = obj.Child(sx.AttrObject)
				continue
			}
			n = first
		default:
			return "", false
		}
	}
	return "", false
}

// leadingDots is the weakness of rejecting a leading ".." on a path that
// was not made relative to a root first.
const leadingDots = `only a leading ".." is rejected; "a/../../x" still climbs`

// notResolved is the weakness of a containment check on a path that was
// not made absolute and resolved before it.
const notResolved = "containment check on a path that was not resolved first"

// predicate is what a project function that returns a containment check
// on one of its parameters checks: calling it is a guard on that argument.
type predicate struct {
	param int
	// base, when > 0, is 1 + the index of the parameter that is the root
	// the check measures from (path.relative(base, p)): a call passing a
	// tool argument there checks nothing.
	base    int
	negated bool
	class   string
	more    []string // further classes cleared (an allow-list regex)
	weak    string
}

// predicateCall treats a call of a project predicate function as a guard
// on the argument it checks (if not is_safe(path): raise).
func (it *interp) predicateCall(call *Node, fn *Func, neg bool) *guardInfo {
	p := it.a.predicateOf(fn)
	if p == nil {
		return nil
	}
	sx := it.a.sx
	al := call.Child(sx.CallArgs)
	if al == nil {
		return nil
	}
	args := al.NamedChildren(sx.Comment)
	if p.param >= len(args) {
		return nil
	}
	if p.base > 0 && p.base-1 < len(args) && uncontained([]*Value{it.expr(args[p.base-1])}) != nil {
		return nil // the caller's root is a tool argument
	}
	name := it.targetName(args[p.param])
	if name == "" {
		return nil
	}
	weak := p.weak
	if weak == notResolved {
		// the predicate cannot know; the caller's path may be resolved
		if v, ok := it.env.lookup(name); ok && v != nil && v.Resolved {
			weak = ""
		}
	}
	return &guardInfo{it: it, negated: neg != p.negated, names: []string{name}, class: p.class, more: p.more, weak: weak}
}

// predicateOf summarises fn as a predicate when a return statement returns
// a guard shape on (an alias of) a parameter. The body is interpreted
// quietly with a marker taint per parameter; memoised per function.
func (a *analysis) predicateOf(fn *Func) *predicate {
	if p, ok := a.preds[fn.Node]; ok {
		return p
	}
	a.preds[fn.Node] = nil // recursion
	a.quiet++
	defer func() { a.quiet-- }()
	found := a.predicatePass(fn, -1)
	if found != nil {
		// a path joined from two parameters carries the first one's mark
		// (candidate = base_dir / name; is_within(base_dir, candidate)):
		// a later parameter that the check covers on its own is the one
		// checked
		for j := len(fn.params) - 1; j > found.param; j-- {
			if p := a.predicatePass(fn, j); p != nil && p.param == j {
				found = p
				break
			}
		}
	}
	a.preds[fn.Node] = found
	return found
}

// predicatePass interprets fn once with a marker taint on each parameter
// (only on parameter only, when it is not -1) and returns the check its
// return statements make on one of them.
func (a *analysis) predicatePass(fn *Func, only int) *predicate {
	sub := &interp{a: a, f: fn.File, env: newEnv(fn.env), fn: fn, noFollow: true}
	roots := map[*Taint]int{}
	for i, p := range fn.params {
		if only >= 0 && i != only {
			for _, nm := range p.Names {
				sub.env.set(nm, unknown())
			}
			continue
		}
		if p.Default != nil && len(p.Names) == 1 {
			// a parameter callers leave to its default (pathImpl = path)
			// is that module, not a value the predicate checks
			if d := sub.expr(p.Default); d.Module || d.Fn != nil {
				sub.env.set(p.Names[0], d)
				continue
			}
		}
		if len(p.Names) == 1 {
			t := &Taint{Param: p.Names[0]}
			t.Root = t
			roots[t] = i
			sub.env.set(p.Names[0], &Value{Taint: t})
		}
	}
	var found *predicate
	// a null return is the answer "valid" only when every one is
	// (if v.startswith("1"): return None would let v through unchecked)
	var nullRoot *Taint
	var nullExits []map[guardKey]bool
	sub.onReturn = func(e *Node) {
		if has(sub.a.lang.NullLiterals, sub.f.Text(e)) {
			nullExits = append(nullExits, sub.guardedHere())
		}
		if found != nil {
			return
		}
		g := sub.guard(e)
		if g == nil {
			// return True after a check that raises when it fails
			// (try: path.resolve().relative_to(base); return True)
			// return None after a check whose failure returns an error
			// (if v not in ALLOWED: return "invalid"; return None): the
			// call gives no value when the check held
			text := sub.f.Text(e)
			isTrue := text == sub.a.lang.TrueLiteral && sub.a.lang.TrueLiteral != ""
			if isTrue || has(sub.a.lang.NullLiterals, text) {
				for i, p := range fn.params {
					if len(p.Names) != 1 {
						continue
					}
					if v, ok := sub.env.lookup(p.Names[0]); ok && taintOf(v) != nil && len(taintOf(v).Guarded) > 0 {
						if _, isRoot := roots[taintOf(v).root()]; isRoot {
							found = &predicate{param: i, negated: !isTrue, class: taintOf(v).Guarded[0]}
							if !isTrue {
								nullRoot = taintOf(v).root()
							}
							return
						}
					}
				}
			}
			return
		}
		for _, name := range g.names {
			if v, ok := sub.env.lookup(name); ok && taintOf(v) != nil {
				if i, ok := roots[taintOf(v).root()]; ok {
					found = &predicate{param: i, negated: g.negated, class: g.class, more: g.more, weak: g.weak}
					if b, ok := roots[sub.relBases[name]]; ok && sub.relBases[name] != nil {
						found.base = b + 1
					}
					return
				}
			}
		}
	}
	sub.body(fn)
	if nullRoot != nil {
		k := guardKey{nullRoot, found.class}
		if !everyExit(nullExits, k) || !everyExit(sub.bareExits, k) {
			found = nil
		}
	}
	return found
}

func (it *interp) clearVar(e *env, name, class, weak string) {
	v, ok := e.lookup(name)
	if !ok || v == nil || taintOf(v) == nil {
		return
	}
	nv := *v
	t := taintOf(v)
	if weak != "" {
		n := *t
		n.Weak = weak
		nv.Taint = &n
	} else {
		nv.Taint = t.guard(class)
	}
	e.set(name, &nv)
}

// guardInfo is a recognised containment check in an if condition.
type guardInfo struct {
	it      *interp
	negated bool // the check fails in the then-branch (if not ok: raise)
	// onlyThen: the guard holds inside the then-branch only (a conjunction
	// whose false side says nothing).
	onlyThen bool
	names    []string
	class    string
	more     []string // further classes cleared (an allow-list regex)
	weak     string
	// exact: the check is about the named value only (scheme ===
	// "logs"), not about values derived from the same source (the rest
	// of the string it was split from), so aliases are not cleared
	exact bool
}

func (g *guardInfo) apply(e *env) {
	if g.weak != "" {
		return
	}
	classes := append([]string{g.class}, g.more...)
	for _, n := range g.names {
		for _, class := range classes {
			if v, ok := e.lookup(n); ok && taintOf(v) != nil && !g.exact {
				// every alias of the checked source is as safe as the checked one
				clearRoot(e, taintOf(v).root(), class)
			}
			g.it.clearVar(e, n, class, "")
		}
	}
}

// clearRoot clears class on every variable of the innermost scope whose
// taint comes from root.
func clearRoot(e *env, root *Taint, class string) {
	for k, v := range e.vars {
		t := taintOf(v)
		if t == nil || t.root() != root || t.cleared(class) {
			continue
		}
		nv := *v
		nv.Taint = t.guard(class)
		e.vars[k] = &nv
	}
}

func (g *guardInfo) markWeak(e *env) {
	for _, n := range g.names {
		g.it.clearVar(e, n, "", g.weak)
	}
}

// guard recognises a containment check by shape in an if condition.
func (it *interp) guard(cond *Node) *guardInfo {
	sx := it.a.sx
	neg := false
	for d := 0; cond != nil && d < 6; d++ {
		switch {
		case has(sx.Passthrough, cond.Type):
			cond = cond.FirstNamed(sx.Comment)
			continue
		case has(sx.Unary, cond.Type):
			op := ""
			for _, c := range cond.Children {
				if !c.Named {
					op = it.f.Text(c)
					break
				}
			}
			if has(sx.Not, op) {
				neg = !neg
				cond = cond.FirstNamed(sx.Comment)
				continue
			}
			return nil
		case has(sx.Binary, cond.Type) || strings.Contains(cond.Type, "comparison"):
			// commonpath([base, p]) != base
			kids := cond.NamedChildren(sx.Comment)
			if len(kids) < 2 {
				return nil
			}
			if op := cond.Child("operator"); op != nil {
				if g := it.logicalGuard(it.f.Text(op), cond.Child("left"), cond.Child("right"), neg); g != nil || isLogical(it.f.Text(op)) {
					return g
				}
			}
			if checked, isNull := it.nullComparison(cond, kids); checked != nil {
				// re.match(p, x) is not None: the check itself
				neg = neg != isNull
				cond = checked
				continue
			}
			text := it.f.Text(cond)
			if g := it.memberGuard(cond, kids, neg); g != nil {
				return g
			}
			if strings.Contains(text, "!=") {
				neg = !neg
			} else if !strings.Contains(text, "==") {
				return nil
			}
			if g := it.equalsKnown(cond, neg); g != nil {
				return g
			}
			cond = kids[0]
			continue
		case has(sx.Identifier, cond.Type):
			// const m = roots.find((r) => inside(p, r)); if (!m) ...
			if c, ok := it.checkVars[it.f.Text(cond)]; ok {
				cond = c
				continue
			}
			return nil
		case has(sx.Comprehension, cond.Type):
			return it.failuresGuard(cond, neg)
		case has(sx.Call, cond.Type):
			if inner := it.truthOf(cond); inner != nil {
				cond = inner // bool(re.match(p, x))
				continue
			}
			if inner := it.wrappedCheck(cond); inner != nil {
				// any(p.startswith(d) for d in dirs), dirs.some(d => ...)
				cond = inner
				continue
			}
			return it.guardCall(cond, neg)
		}
		return nil
	}
	return nil
}

// nullComparison recognises a comparison of a value with a null literal
// (m is None, m is not None, m === null, m != undefined): checked is the
// other side, isNull whether the comparison holds when it is null.
func (it *interp) nullComparison(cond *Node, kids []*Node) (checked *Node, isNull bool) {
	if len(kids) != 2 || len(it.a.lang.NullLiterals) == 0 {
		return nil, false
	}
	var op string
	for _, c := range cond.Children {
		if !c.Named || c.Type == "operator" {
			op += strings.TrimSpace(it.f.Text(c)) + " "
		}
	}
	switch strings.TrimSpace(op) {
	case "is", "==", "===":
		isNull = true
	case "is not", "!=", "!==":
	default:
		return nil, false
	}
	switch {
	case has(it.a.lang.NullLiterals, it.f.Text(kids[1])):
		return kids[0], isNull
	case has(it.a.lang.NullLiterals, it.f.Text(kids[0])):
		return kids[1], isNull
	}
	return nil, false
}

// truthOf is the argument of a truth conversion (bool(x), Boolean(x)).
func (it *interp) truthOf(call *Node) *Node {
	sx := it.a.sx
	fn, al := it.a.calleeNode(call), call.Child(sx.CallArgs)
	if fn == nil || al == nil || !has(it.a.lang.TruthCalls, it.f.Text(fn)) {
		return nil
	}
	if args := al.NamedChildren(sx.Comment); len(args) == 1 {
		return args[0]
	}
	return nil
}

// memberGuard recognises `base in p.parents` (MemberGuard data: the
// attribute name pattern): p lies under base when it holds. Like the other
// containment checks it needs a resolved p: Path.absolute() keeps "..".
func (it *interp) memberGuard(cond *Node, kids []*Node, neg bool) *guardInfo {
	sx := it.a.sx
	var op string
	for _, c := range cond.Children {
		if !c.Named {
			op += strings.TrimSpace(it.f.Text(c)) + " "
		}
	}
	op = strings.TrimSpace(op)
	if op != "in" && op != "not in" {
		return nil
	}
	right := kids[len(kids)-1]
	if g := it.allowListIn(kids[0], right, neg != (op == "not in")); g != nil {
		return g
	}
	if !has(sx.Attribute, right.Type) {
		return nil
	}
	for i := range it.a.lang.Guards {
		g := &it.a.lang.Guards[i]
		if g.Kind != MemberGuard || !matchAny(g.Callee, it.f.Text(right)) {
			continue
		}
		name, viaResolve := it.checkTarget(right.Child(sx.AttrObject))
		if name == "" {
			return nil
		}
		gi := &guardInfo{it: it, negated: neg != (op == "not in"), class: string(g.Class), names: []string{name}}
		if v, ok := it.env.lookup(name); ok && v != nil && !v.Resolved && !viaResolve {
			gi.weak = notResolved
		}
		return gi
	}
	return nil
}

// allowListIn recognises `x in ALLOWED` (AllowListGuard data) where
// ALLOWED is a collection the tool argument does not control: a literal
// or any untainted value that is not a known string (x in "abc" is a
// substring test). A whole argument in the list can only be one of the
// listed values, which clears every class; a part of it (its host:
// urlparse(url).hostname in ALLOWED_HOSTS) clears only the classes the
// guard lists for parts.
func (it *interp) allowListIn(left, right *Node, negated bool) *guardInfo {
	var g *Guard
	for i := range it.a.lang.Guards {
		if it.a.lang.Guards[i].Kind == AllowListGuard {
			g = &it.a.lang.Guards[i]
			break
		}
	}
	if g == nil {
		return nil
	}
	coll := it.expr(right)
	if coll.Known || taintOf(coll) != nil {
		return nil
	}
	return it.allowListOn(g, left, negated)
}

// allowListOn builds the guard for a checked expression.
func (it *interp) allowListOn(g *Guard, left *Node, negated bool) *guardInfo {
	sx := it.a.sx
	if has(sx.Identifier, left.Type) {
		return &guardInfo{it: it, negated: negated, names: []string{it.f.Text(left)}, class: string(g.Class), more: classNames(g.Clears)}
	}
	// urlparse(url).hostname: a named part of the argument
	if !has(sx.Attribute, left.Type) || len(g.Parts) == 0 {
		return nil
	}
	part := ""
	for _, f := range sx.AttrName {
		if c := left.Child(f); c != nil {
			part = it.f.Text(c)
		}
	}
	if !has(g.PartNames, part) {
		return nil // a scheme or port check leaves the host free
	}
	name, _ := it.checkTarget(left.Child(sx.AttrObject))
	if name == "" {
		return nil
	}
	parts := classNames(g.Parts)
	return &guardInfo{it: it, negated: negated, names: []string{name}, class: parts[0], more: parts[1:]}
}

func isLogical(op string) bool {
	switch op {
	case "and", "or", "&&", "||":
		return true
	}
	return false
}

// logicalGuard finds a guard inside a conjunction or disjunction where it
// is sound:
//   - A or B (and their negation): when the whole condition is false every
//     operand is, so a check whose failure makes it true still holds on
//     the false side (if bad(x) or other: raise);
//   - A and B: when the whole is true every operand is (if ok(x) and y:
//     use(x)); on the false side only when the other operand is x's own
//     truthiness or presence (if x and x.startswith("-"): raise; if x is
//     not None and x not in ALLOWED: return), since then either x is
//     empty or the check failed.
func (it *interp) logicalGuard(op string, l, r *Node, neg bool) *guardInfo {
	if l == nil || r == nil {
		return nil
	}
	switch op {
	case "or", "||":
		for _, side := range []*Node{l, r} {
			if g := it.guard(side); g != nil && g.negated && !neg {
				return g
			}
		}
		// p === dir || p.startsWith(dir + sep): when the whole holds, p
		// is an allowed value or passed the check
		if !neg {
			return it.eitherGuard(l, r)
		}
	case "and", "&&":
		for i, side := range []*Node{l, r} {
			g := it.guard(side)
			if g == nil {
				continue
			}
			other := []*Node{r, l}[i]
			if !g.negated && !neg {
				g.onlyThen = true
				return g
			}
			if g.negated && !neg && len(g.names) == 1 && it.presenceOf(other) == g.names[0] {
				return g
			}
			if g.negated && !neg && len(g.names) == 1 && (g.weak == "" || g.weak == notResolved) {
				// if not p.startswith(base + sep) and p != base: raise;
				// on the false side p passed the check or is the base
				if n := it.comparedOn(other, "!=", "!=="); n != "" && (n == g.names[0] || it.sameRel(n, g.names[0])) {
					return g
				}
			}
		}
	}
	return nil
}

// failuresGuard reads a comprehension that collects the elements a check
// rejects (bad = [s for s in xs if not ok(s)]) tested for being non-empty
// (if bad: return): where it is empty, every element of xs passed, which
// is the check on xs.
func (it *interp) failuresGuard(n *Node, neg bool) *guardInfo {
	sx := it.a.sx
	var forIn, filter *Node
	for _, c := range n.NamedChildren(sx.Comment) {
		switch {
		case has(sx.ForIn, c.Type):
			if forIn != nil {
				return nil // nested loops: not one element per value
			}
			forIn = c
		case has(sx.CompIf, c.Type):
			if filter != nil {
				return nil
			}
			filter = c
		}
	}
	if neg || forIn == nil || filter == nil {
		return nil
	}
	elem, coll := forIn.Child("left"), forIn.Child("right")
	if elem == nil || coll == nil || !has(sx.Identifier, elem.Type) {
		return nil
	}
	name := it.targetName(coll)
	g := it.guard(filter.FirstNamed(sx.Comment))
	if name == "" || g == nil || !g.negated || len(g.names) != 1 || g.names[0] != it.f.Text(elem) {
		return nil
	}
	g.names = []string{name}
	return g
}

// presenceOf returns x when n tests only that x has a value: x itself,
// or x compared with a null literal so that it holds when x is not null
// (x is not None, x !== undefined).
func (it *interp) presenceOf(n *Node) string {
	sx := it.a.sx
	if has(sx.Identifier, n.Type) {
		return it.f.Text(n)
	}
	if !has(sx.Binary, n.Type) && !strings.Contains(n.Type, "comparison") {
		return ""
	}
	kids := n.NamedChildren(sx.Comment)
	if len(kids) < 2 {
		return ""
	}
	if checked, isNull := it.nullComparison(n, kids); checked != nil && !isNull && has(sx.Identifier, checked.Type) {
		return it.f.Text(checked)
	}
	return ""
}

// equalsKnown recognises `x === "literal"` and `u.hostname !== "api.x"`
// (AllowListGuard data): x, or the named part of u, is that one value.
func (it *interp) equalsKnown(cond *Node, negated bool) *guardInfo {
	sx := it.a.sx
	op := it.f.Text(cond.Child("operator"))
	switch op {
	case "==", "===", "!=", "!==":
	default:
		return nil
	}
	l, r := cond.Child("left"), cond.Child("right")
	if l == nil || r == nil {
		return nil
	}
	if !has(sx.String, r.Type) {
		if !has(sx.String, l.Type) {
			return nil
		}
		l, r = r, l
	}
	if v := it.expr(r); !v.Known || v.Str == "" {
		return nil
	}
	for i := range it.a.lang.Guards {
		if g := &it.a.lang.Guards[i]; g.Kind == AllowListGuard {
			gi := it.allowListOn(g, l, negated)
			if gi != nil {
				gi.exact = true
			}
			return gi
		}
	}
	return nil
}

// eitherGuard: both sides of a disjunction make the same name safe when
// they hold, each a guard or an equality with a value the argument does
// not control (rel === "" || !rel.startsWith("..")).
func (it *interp) eitherGuard(l, r *Node) *guardInfo {
	var g *guardInfo
	var eqNames []string
	for _, side := range []*Node{l, r} {
		if name := it.equalityOn(side); name != "" {
			eqNames = append(eqNames, name)
			continue
		}
		sg := it.guard(side)
		if sg == nil || sg.negated || (sg.weak != "" && sg.weak != notResolved) || len(sg.names) != 1 || (g != nil && g.names[0] != sg.names[0]) {
			return nil
		}
		g = sg
	}
	if g == nil {
		return nil
	}
	for _, n := range eqNames {
		if n != g.names[0] && !it.sameRel(n, g.names[0]) {
			return nil
		}
	}
	g.onlyThen = false
	return g
}

// equalityOn returns x for `x === v` / `x == v` where v carries no taint.
func (it *interp) equalityOn(n *Node) string {
	return it.comparedOn(n, "===", "==")
}

// comparedOn returns x for `x OP v` where OP is one of ops and v carries
// no taint.
func (it *interp) comparedOn(n *Node, ops ...string) string {
	sx := it.a.sx
	for n != nil && has(sx.Passthrough, n.Type) {
		n = n.FirstNamed(sx.Comment)
	}
	if n == nil || !has(sx.Binary, n.Type) {
		return ""
	}
	l, op, r := it.comparison(n)
	if !has(ops, op) || l == nil || r == nil || !has(sx.Identifier, l.Type) {
		return ""
	}
	if rt := taintOf(it.expr(r)); rt != nil {
		// summarising a predicate, every parameter carries a marker: x
		// equal to the other parameter (the base it is checked against,
		// c === p || c.startsWith(p + sep)) is x equal to the base
		lt := taintOf(it.expr(l))
		if !it.noFollow || lt == nil || lt.root() == rt.root() || rt.Kind != "" || lt.Kind != "" {
			return ""
		}
	}
	return it.f.Text(l)
}

// comparison splits a binary comparison into its operands and operator:
// fields left, operator and right, or (python's comparison_operator, one
// operator) the two named children and the tokens between them ("is
// not").
func (it *interp) comparison(n *Node) (l *Node, op string, r *Node) {
	if l, r = n.Child("left"), n.Child("right"); l != nil && r != nil {
		if o := n.Child("operator"); o != nil {
			op = it.f.Text(o)
		}
		return l, op, r
	}
	kids := n.NamedChildren(it.a.sx.Comment)
	if len(kids) != 2 {
		return nil, "", nil
	}
	var toks []string
	for _, c := range n.Children {
		if !c.Named && c.Start >= kids[0].End && c.End <= kids[1].Start {
			toks = append(toks, it.f.Text(c))
		}
	}
	return kids[0], strings.Join(toks, " "), kids[1]
}

// sameRel reports whether rel is path.relative(base, name) (its check is a
// check of name).
func (it *interp) sameRel(rel, name string) bool {
	v, ok := it.env.lookup(rel)
	return ok && v != nil && v.RelOf == name
}

// wrappedCheck returns the check inside any()/all()/.some()/.every(): the
// body of the generator or arrow function passed to a GuardWrappers call.
func (it *interp) wrappedCheck(call *Node) *Node {
	sx := it.a.sx
	var fnNode *Node
	for _, f := range sx.CallFunc {
		if c := call.Child(f); c != nil {
			fnNode = c
		}
	}
	if fnNode == nil || !matchAny(it.a.lang.GuardWrappers, it.f.Text(fnNode)) {
		return nil
	}
	al := call.Child(sx.CallArgs)
	if al == nil {
		return nil
	}
	arg := al
	if !has(sx.Comprehension, al.Type) {
		// any(x for x in y) has the generator itself as its argument list
		arg = al.FirstNamed(sx.Comment)
	}
	switch {
	case arg == nil:
		return nil
	case has(sx.Comprehension, arg.Type):
		return arg.Child("body")
	case has(sx.Function, arg.Type):
		if b := arg.Child(sx.FuncBody); b != nil && !has(sx.Block, b.Type) {
			return b
		}
	}
	return nil
}

func (it *interp) guardCall(call *Node, neg bool) *guardInfo {
	sx := it.a.sx
	var fnNode *Node
	for _, f := range sx.CallFunc {
		if c := call.Child(f); c != nil {
			fnNode = c
		}
	}
	if fnNode == nil {
		return nil
	}
	callee := it.expr(fnNode)
	ref := callee.Ref
	if ref == "" {
		ref = it.f.Text(fnNode)
	}
	if g := it.validatorCall(call, fnNode, ref, neg); g != nil {
		return g
	}
	if callee.Fn != nil {
		return it.predicateCall(call, callee.Fn, neg)
	}
	for i := range it.a.lang.Guards {
		g := &it.a.lang.Guards[i]
		if g.Kind == TryGuard || !matchAny(g.Callee, ref) {
			continue
		}
		gi := &guardInfo{it: it, negated: neg, class: string(g.Class)}
		al := call.Child(sx.CallArgs)
		var argNodes []*Node
		if al != nil {
			argNodes = al.NamedChildren(sx.Comment)
		}
		resolved := true
		switch g.Kind {
		case PrefixGuard, ContainGuard:
			name, viaResolve := it.checkTarget(fnNode.Child(sx.AttrObject))
			if name == "" {
				return nil
			}
			gi.names = []string{name}
			if v, ok := it.env.lookup(name); ok && v != nil {
				resolved = v.Resolved || viaResolve
			}
			if g.Kind == PrefixGuard {
				if len(argNodes) == 0 {
					return nil
				}
				av := it.expr(argNodes[0])
				if !it.endsWithSep(av, argNodes[0], g.Seps) {
					gi.weak = "prefix check without separator"
				}
			}
		case MatchGuard:
			// re.match(r"^[a-z0-9_]+$", x): the argument after the pattern;
			// /^[a-z]+$/.test(x), x.match(/^[a-z]+$/) as Args say
			where := g.Args
			if len(where) == 0 {
				where = []ArgRef{"0", "1"}
			}
			patNode, targetNode := it.guardArg(fnNode, argNodes, where[0]), it.guardArg(fnNode, argNodes, where[1])
			if patNode == nil || targetNode == nil {
				continue
			}
			pat := compiledPattern(it.expr(patNode))
			if pat == nil {
				continue
			}
			classes := classNames(knowledge.AllowListClasses(pat.Str, matchAny(g.Anchored, ref)))
			name := it.targetName(targetNode)
			if len(classes) == 0 || name == "" {
				continue
			}
			gi.names, gi.class, gi.more = []string{name}, classes[0], classes[1:]
		case AllowListGuard:
			// ALLOWED.includes(x): the receiver is the collection
			if len(argNodes) == 0 {
				continue
			}
			coll := it.expr(fnNode.Child(sx.AttrObject))
			if coll.Known || taintOf(coll) != nil || taintOf(&Value{Elems: coll.Entries}) != nil {
				continue // a string, or a collection the arguments filled
			}
			if g.Collection && (coll.Module || !coll.Literal && len(coll.Elems)+len(coll.Entries) == 0) {
				continue // a client's get, not a lookup in a known table
			}
			if g.Collection && len(argNodes) != 1 {
				continue // TABLE.get(x, default) has a value for any x
			}
			ag := it.allowListOn(g, argNodes[0], neg)
			if ag == nil {
				continue
			}
			ag.exact = true
			return ag
		case RejectPrefix:
			name, _ := it.checkTarget(fnNode.Child(sx.AttrObject))
			if name == "" || len(argNodes) == 0 {
				continue
			}
			lead := false
			if v, ok := it.env.lookup(name); ok && v != nil && v.RelOf != "" {
				// rel = path.relative(root, p); rel.startsWith(".."): checks p
				name = v.RelOf
			} else if ci, ok := rule.ClassByName(g.Class); ok && ci.Containment {
				// a path that does not start with ".." may still climb
				// ("a/../../etc"): only a path made relative to a fixed
				// root is contained when it does not
				lead = true
			}
			if av := it.expr(argNodes[0]); !rejectedPrefix(av, g.Prefixes) {
				continue // not this guard; maybe a path prefix check
			}
			// the check holding is the bad case: the path where it fails is safe
			gi.names, gi.negated = []string{name}, !neg
			if lead {
				gi.weak = leadingDots
			}
		case CommonGuard:
			if len(argNodes) == 0 {
				return nil
			}
			for _, e := range argNodes[0].NamedChildren(sx.Comment) {
				if name := it.targetName(e); name != "" {
					if v, ok := it.env.lookup(name); ok && taintOf(v) != nil {
						gi.names = append(gi.names, name)
						resolved = resolved && v.Resolved
					}
				}
			}
		}
		if len(gi.names) == 0 {
			return nil
		}
		if !resolved && gi.weak == "" {
			gi.weak = notResolved
		}
		return gi
	}
	return nil
}

// rejectedPrefix reports whether v is one of prefixes: a known string, or
// known text followed by the platform's separator (`..${path.sep}`), which
// is that text with "/" on one platform and "\\" on the other.
func rejectedPrefix(v *Value, prefixes []string) bool {
	if v.Known {
		return has(prefixes, v.Str)
	}
	return v.SepEnd && v.Head != "" && v.Taint == nil && has(prefixes, v.Head+"/") && has(prefixes, v.Head+`\`)
}

// guardArg returns the node of a guard call's argument: "recv" (the
// object a method is called on) or a positional index.
func (it *interp) guardArg(fnNode *Node, argNodes []*Node, ref ArgRef) *Node {
	if ref == "recv" {
		return fnNode.Child(it.a.sx.AttrObject)
	}
	if i, ok := atoi(ref); ok && i < len(argNodes) {
		return argNodes[i]
	}
	return nil
}

func (it *interp) endsWithSep(v *Value, n *Node, seps []string) bool {
	if v.SepEnd {
		return true
	}
	if v.Known {
		return strings.HasSuffix(v.Str, "/") || strings.HasSuffix(v.Str, `\`)
	}
	if matchAny(seps, v.Ref) {
		return true
	}
	t := strings.TrimSpace(it.f.Text(n))
	for _, s := range seps {
		if strings.HasSuffix(t, strings.TrimPrefix(s, "*")) {
			return true
		}
	}
	return false
}

// validatorCall recognises a call of a declared validator (ValidatorGuard):
// the checked argument is safe for the validator's classes where it
// returned true.
func (it *interp) validatorCall(call, fnNode *Node, ref string, neg bool) *guardInfo {
	sx := it.a.sx
	for i := range it.a.lang.Guards {
		g := &it.a.lang.Guards[i]
		if g.Kind != ValidatorGuard || !matchAny(g.Callee, ref) {
			continue
		}
		var argNodes []*Node
		if al := call.Child(sx.CallArgs); al != nil {
			argNodes = al.NamedChildren(sx.Comment)
		}
		n := it.guardArg(fnNode, argNodes, g.Args[0])
		if n == nil {
			return nil
		}
		name := it.targetName(n)
		if name == "" {
			return nil
		}
		return &guardInfo{it: it, negated: neg, names: []string{name}, class: string(g.Class), more: classNames(g.Clears)}
	}
	return nil
}
