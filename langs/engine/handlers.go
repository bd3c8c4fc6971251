package engine

import (
	"fmt"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/knowledge"
	"github.com/mcpsec/mcplint/analyzers/rule"
)

// narrowed maps the parameters a registration's schema constrains to the
// sink classes they cannot reach: nil for every class (z.number(),
// z.enum([...])), else the classes an allow-list pattern forbids
// (z.string().regex(/^[a-z0-9]+$/)).
type narrowed map[string][]string

// all reports whether parameter nm cannot carry an attack string at all.
func (n narrowed) all(nm string) bool {
	cs, ok := n[nm]
	return ok && cs == nil
}

// maxSchemaChain bounds the method calls followed back through one schema
// expression (z.string().min(1).regex(...).describe(...)).
const maxSchemaChain = 32

// safeSchema lists the parameters a registration's schema narrows, by
// their schema values: a type that cannot carry a string (SafeSchema
// matched anywhere in the chain of calls that built it) clears every
// class; an allow-list pattern (SchemaPattern: zod's .regex(re), which
// every value must match) clears the classes the pattern forbids, as the
// same pattern would in a re.test(x) guard.
func (it *interp) safeSchema(h *HandlerShape, a *args) narrowed {
	out := narrowed{}
	for _, r := range h.Schema {
		v, _, ok := a.get(r)
		if !ok {
			continue
		}
		v = schemaObject(v)
		for _, k := range sortedKeys(v.Props) {
			if all, cs := h.Narrow.narrows(v.Props[k], 0); all {
				out[k] = nil
			} else if len(cs) > 0 {
				out[k] = cs
			}
		}
	}
	return out
}

// maxSchemaNesting bounds the wrappers followed into (z.array(z.optional(...))).
const maxSchemaNesting = 4

// narrows reports whether the schema value v admits no attack string at
// all (Safe), else the classes its allow-list patterns forbid:
// every .regex(re) of the chain must match, so their classes add up. A
// wrapper (Wrap: z.array(s), z.optional(s)) narrows as the schema it
// wraps does: each element must match it.
func (h SchemaVocab) narrows(v *Value, depth int) (bool, []string) {
	if v == nil {
		return false, nil
	}
	if matchAny(h.Safe, v.Ref) {
		return true, nil
	}
	var out []string
	for i := 0; i < maxSchemaChain && v != nil && v.Ctor != nil; i++ {
		if matchAny(h.Pattern, v.Ref) {
			for _, pv := range h.patternArgs(v.Ctor) {
				if pat := compiledPattern(pv); pat != nil {
					out = addClasses(out, classNames(knowledge.AllowListClasses(pat.Str, false)))
				}
			}
		}
		if len(v.Ctor.pos) > 0 && matchAny(h.Wrap, v.Ref) && depth < maxSchemaNesting {
			all, cs := h.narrows(v.Ctor.pos[0], depth+1)
			if all {
				return true, nil
			}
			out = addClasses(out, cs)
		}
		v = v.Ctor.recv
	}
	return false, out
}

// patternArgs are the arguments of a Pattern call that hold its
// expression: the PatternKw keywords, else the first argument.
func (h SchemaVocab) patternArgs(a *args) []*Value {
	if len(h.PatternKw) == 0 {
		if len(a.pos) > 0 {
			return a.pos[:1]
		}
		return nil
	}
	var out []*Value
	for _, k := range h.PatternKw {
		if v, ok := a.kw[k]; ok {
			out = append(out, v)
		}
	}
	return out
}

// typeNarrows reports what a parameter's type annotation (the syntax
// node ty) narrows, as SchemaVocab.narrows does for a schema value:
// constr(pattern=re), or each further element of
// Annotated[str, Field(pattern=re)].
func (it *interp) typeNarrows(ty *Node) (bool, []string) {
	s := it.a.lang.TypeSchema
	if ty == nil || s.empty() {
		return false, nil
	}
	sx := it.a.sx
	for ty != nil && has(it.a.lang.TypeNodes, ty.Type) {
		ty = ty.FirstNamed(sx.Comment)
	}
	if ty == nil {
		return false, nil
	}
	if has(sx.Subscript, ty.Type) || has(it.a.lang.GenericTypes, ty.Type) {
		kids := ty.NamedChildren(sx.Comment)
		if len(kids) < 2 || !matchAny(it.a.lang.Annotated, it.f.Text(kids[0])) {
			return false, nil
		}
		if len(kids) == 2 && has(it.a.lang.TypeArgs, kids[1].Type) {
			kids = append(kids[:1:1], kids[1].NamedChildren(sx.Comment)...)
		}
		var out []string
		for _, k := range kids[1:] {
			all, cs := it.typeNarrows(k)
			if all {
				return true, nil
			}
			out = addClasses(out, cs)
		}
		return false, out
	}
	if !has(sx.Call, ty.Type) {
		return false, nil
	}
	return s.narrows(it.expr(ty), 0)
}

// fieldNarrows records what a class field's annotation ty or default
// value def narrows (name: constr(pattern=re), name: str =
// Field(pattern=re)).
func (it *interp) fieldNarrows(ci *classInfo, name string, ty, def *Node) {
	s := it.a.lang.TypeSchema
	if s.empty() {
		return
	}
	all, cs := it.typeNarrows(ty)
	if !all && def != nil && has(it.a.sx.Call, def.Type) {
		var more []string
		all, more = s.narrows(it.expr(def), 0)
		cs = addClasses(cs, more)
	}
	if !all && len(cs) == 0 {
		return
	}
	if ci.narrow == nil {
		ci.narrow = map[string][]string{}
	}
	if all {
		cs = nil
	}
	ci.narrow[name] = cs
}

func addClasses(out, cs []string) []string {
	for _, c := range cs {
		if !has(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// narrowed is v, an argument map validated against the object schema obj
// (schema.parse(args)), with each property obj narrows read out and
// narrowed: clean for a safe type, clear of the classes a pattern forbids.
func (it *interp) narrowed(v, obj *Value, s SchemaVocab) *Value {
	if taintOf(v) == nil || len(obj.Props) == 0 {
		return v
	}
	out := *v
	out.Props = make(map[string]*Value, len(v.Props)+len(obj.Props))
	for pk, pv := range v.Props {
		out.Props[pk] = pv
	}
	for _, k := range sortedKeys(obj.Props) {
		all, cs := s.narrows(obj.Props[k], 0)
		if !all && len(cs) == 0 {
			continue
		}
		p := unknown()
		if !all {
			p = it.prop(v, k)
			if t := taintOf(p); t != nil {
				np := *p
				np.Taint = t.clear(cs...)
				p = &np
			}
		}
		out.Props[k] = p
	}
	return &out
}

// schemaObject is the object of parameter schemas a schema value holds:
// the value itself (an object literal), or the object literals of the
// call chain that built it (z.object({ n: z.number() }).extend({ ... })
// .strict()), a later call's keys winning.
func schemaObject(v *Value) *Value {
	if v.Literal {
		return v
	}
	out := &Value{Literal: true, Props: map[string]*Value{}}
	for i := 0; i < maxSchemaChain && v != nil && v.Ctor != nil; i++ {
		if len(v.Ctor.pos) > 0 && v.Ctor.pos[0] != nil && v.Ctor.pos[0].Literal {
			for k, pv := range v.Ctor.pos[0].Props {
				if _, ok := out.Props[k]; !ok {
					out.Props[k] = pv
				}
			}
		}
		v = v.Ctor.recv
	}
	return out
}

// safeType reports whether a type annotation narrows a parameter to values
// that cannot carry an attack string.
func (a *analysis) safeType(ty string) bool {
	ty = strings.TrimSpace(ty)
	for _, w := range []string{"Optional[", "Annotated["} {
		if strings.HasPrefix(ty, w) && strings.HasSuffix(ty, "]") {
			ty = ty[len(w) : len(ty)-1]
			if i := strings.IndexByte(ty, ','); i >= 0 && w == "Annotated[" {
				ty = ty[:i]
			}
		}
	}
	ty = strings.TrimSuffix(strings.TrimSpace(ty), " | None")
	ty = strings.TrimSpace(ty)
	if matchAny(a.lang.SafeTypes, ty) {
		return true
	}
	return a.enums[ty]
}

// runHandler interprets a handler with its parameters tainted.
func (a *analysis) runHandler(j handlerJob) {
	fn := j.fn
	a.handling++
	defer func() { a.handling-- }()
	it := &interp{a: a, f: fn.File, env: newEnv(fn.env), fn: fn}
	if fn.class != nil && a.sx.This != "" {
		it.env.set(a.sx.This, fn.class.instance())
	}
	for i, p := range fn.params {
		if p.Pattern != nil {
			it.bind(p.Pattern, a.patternSource(fn, j, i, p), p.Node)
			continue
		}
		v := a.paramValue(fn, j, i, p, it)
		if len(p.Names) == 1 {
			it.env.set(p.Names[0], v)
			continue
		}
		for _, nm := range p.Names {
			it.env.set(nm, a.narrowedSource(fn, j, nm, p))
		}
	}
	if len(j.claims) > 0 || j.shape.Dispatch && a.enabled(rule.HintRule) {
		a.collect = &effectLog{seen: map[string]bool{}, n: map[rule.EffectKind]int{}, max: maxEffects}
		if j.shape.Dispatch {
			a.collect.max = maxDispatchEffects
		}
		defer func() { a.collect, a.stack = nil, nil }()
	}
	it.body(fn)
	if a.collect != nil {
		a.reportClaims(fn, j.claims, a.collect)
		if j.shape.Dispatch {
			a.dispatched = append(a.dispatched, dispatchRun{fn: fn, log: a.collect})
		}
	}
}

func (a *analysis) paramValue(fn *Func, j handlerJob, i int, p Param, it *interp) *Value {
	if i == 0 && fn.class != nil && a.sx.This == "" && len(p.Names) == 1 && (p.Names[0] == "self" || p.Names[0] == "cls") {
		return fn.class.instance()
	}
	if len(p.Names) != 1 {
		return unknown()
	}
	name := p.Names[0]
	if j.shape.ArgsParamSet {
		if argIndex(fn, i, a.sx) != j.shape.ArgsParam || has(a.lang.ContextNames, name) {
			return unknown()
		}
		if j.shape.ArgsPath != "" {
			return a.argsPathValue(fn, j, p)
		}
		return a.safeProps(fn, j, p, a.source(fn, j.shape, name, p, true))
	}
	if has(a.lang.ContextNames, name) || (p.Type != "" && matchAny(a.lang.ContextTypes, p.Type)) || j.safe.all(name) {
		return unknown()
	}
	if p.Type != "" && a.safeType(p.Type) {
		return unknown()
	}
	if cs := j.safe[name]; len(cs) > 0 {
		return a.narrowedSource(fn, j, name, p)
	}
	v := a.source(fn, j.shape, name, p, p.KwRest)
	if p.Type != "" && p.Node != nil {
		// name: Annotated[str, Field(pattern=r"^[a-z0-9-]+$")]
		all, cs := it.typeNarrows(p.Node.Child("type"))
		if all {
			return unknown()
		}
		if len(cs) > 0 {
			t := v.Taint.clear(cs...)
			t.Root = t
			v.Taint = t
		}
	}
	return v
}

// narrowedSource is the source of argument nm as the registration's
// schema narrows it: nothing for a safe type, a taint already clear of
// the classes an allow-list pattern forbids, else the plain argument.
func (a *analysis) narrowedSource(fn *Func, j handlerJob, nm string, p Param) *Value {
	cs, ok := j.safe[nm]
	if !ok {
		return a.source(fn, j.shape, nm, p, false)
	}
	if cs == nil {
		return unknown()
	}
	v := a.source(fn, j.shape, nm, p, false)
	t := v.Taint.clear(cs...)
	t.Root = t
	v.Taint = t
	return v
}

func (a *analysis) source(fn *Func, h *HandlerShape, name string, p Param, container bool) *Value {
	f := fn.File
	at := p.Node
	if at == nil {
		at = fn.Node
	}
	t := &Taint{Kind: h.Kind, Param: name, File: f, Container: container,
		Steps: []rule.Step{{Pos: f.Pos(at), End: f.EndPos(at), Message: fmt.Sprintf("%s argument %q", h.Kind, name)}}}
	t.Root = t
	t.keys = map[string]*Taint{} // shared by every copy: one root per argument read from it
	v := &Value{Taint: t}
	if p.Type != "" {
		if ci := a.classes[strings.TrimSpace(p.Type)]; ci != nil {
			v.Class = ci
			t.Container = true
		}
	}
	return v
}

// runPlain interprets a function once without taint, for the address and
// transport checks; parameters take their default values.
func (a *analysis) runPlain(fn *Func) {
	if a.hdone[fn.Node] {
		return
	}
	it := &interp{a: a, f: fn.File, env: newEnv(fn.env), fn: fn}
	if fn.class != nil && a.sx.This != "" {
		it.env.set(a.sx.This, fn.class.instance())
	}
	for i, p := range fn.params {
		if i == 0 && fn.class != nil && a.sx.This == "" && len(p.Names) == 1 {
			it.env.set(p.Names[0], fn.class.instance())
			continue
		}
		if v := a.typedInstance(p); v != nil {
			it.env.set(p.Names[0], v)
			continue
		}
		for _, nm := range p.Names {
			v := unknown()
			if o := fn.opts[nm]; o != nil && p.Default == nil {
				v = o // @click.option("--host", default=...)
			}
			if p.Default != nil && len(p.Names) == 1 {
				d := it.expr(p.Default)
				if d.Known {
					dv := *d
					if !dv.Default || dv.Origin == "" { // typer.Option("0.0.0.0") names itself
						dv.Origin = "the default of parameter " + nm
					}
					dv.Default = true
					v = &dv
				}
			}
			it.env.set(nm, v)
		}
	}
	it.body(fn)
}

// argIndex is the position of parameter i as a caller passes it: a bound
// method registered as a handler (server.call_tool()(self.call_tool))
// does not count its receiver parameter.
func argIndex(fn *Func, i int, sx *Syntax) int {
	if fn.class != nil && !fn.static && sx.This == "" && len(fn.params) > 0 && len(fn.params[0].Names) == 1 &&
		(fn.params[0].Names[0] == "self" || fn.params[0].Names[0] == "cls") {
		return i - 1
	}
	return i
}
