package engine

import (
	"fmt"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/knowledge"
	"github.com/mcpsec/mcplint/analyzers/rule"
)

// sink reports a tool argument reaching a sink argument.
func (it *interp) sink(c *callSite, s *Sink) {
	var v *Value
	for _, r := range s.Arg {
		if x, _, ok := c.a.get(r); ok {
			v = x
			break
		}
	}
	if v == nil {
		return
	}
	if s.Mode == URLHost && v.Literal && len(s.HostKeys) > 0 {
		// an options object: only the properties naming the destination
		host, path := requestParts(v, s)
		if host == nil {
			if path != nil && rule.MustKind(s.Kind).Source == "" {
				it.pathSegment(c, s, path)
			}
			return
		}
		v = host
	}
	k := rule.MustKind(s.Kind)
	t := it.sinkTaint(v, s)
	if t == nil && s.Mode == URLHost && k.Source == "" {
		it.pathSegment(c, s, v)
		return
	}
	if t == nil || t.cleared(string(k.Class)) || t.Source != k.Source {
		return
	}
	it.reportSink(c, s, k, t)
}

// requestParts returns the first tainted host property of a request
// options object (a spread counts: it may hold one), and the first tainted
// path property.
func requestParts(v *Value, s *Sink) (host, path *Value) {
	for _, k := range append(append([]string(nil), s.HostKeys...), "...") {
		if p := v.Props[k]; p != nil && taintOf(p) != nil {
			return p, nil
		}
	}
	for _, k := range s.PathKeys {
		if p := v.Props[k]; p != nil && taintOf(p) != nil {
			return nil, p
		}
	}
	return nil, nil
}

// pathSegment reports a tool argument that only fills the path of a
// request to a fixed host (KindURLPath): not when it is encoded, not in the
// query string, and only on a request that carries this server's
// credentials (an Authorization, token or API-key header, or auth=, on the
// call or on the client it is made with), where "../" reaches other
// endpoints with them.
func (it *interp) pathSegment(c *callSite, s *Sink, v *Value) {
	t := taintOf(v)
	if t == nil || t.Source != "" {
		return
	}
	k := rule.MustKind(rule.KindURLPath)
	if t.cleared(string(k.Class)) || strings.ContainsAny(v.Prefix, "?#") || strings.ContainsAny(v.Joint, "?#") ||
		strings.ContainsAny(v.BaseText, "?#") || !credentialed(c) {
		return
	}
	it.reportSink(c, s, k, t)
}

// credentialed reports whether a request call, or the client object it is
// made on, sets a credential: a header named like one, or an auth option.
func credentialed(c *callSite) bool {
	var sets []*args
	sets = append(sets, c.a)
	if r := c.callee.Recv; r != nil && r.Ctor != nil {
		sets = append(sets, r.Ctor)
	}
	for _, a := range sets {
		for _, v := range append(a.all(), &Value{Props: a.kw}) {
			if v == nil {
				continue
			}
			if _, ok := v.Props["auth"]; ok {
				return true
			}
			h := v.Props["headers"]
			if h == nil {
				continue
			}
			for k := range h.Props {
				if knowledge.CredentialHeader(k) {
					return true
				}
			}
		}
	}
	return false
}

// reportSink reports a tainted sink argument with kind k's message.
func (it *interp) reportSink(c *callSite, s *Sink, k *rule.KindInfo, t *Taint) {
	name := s.Name
	if name == "" {
		name = c.name()
	}
	src := t.Param
	if t.Source == "" && !t.Named {
		kind := t.Kind
		if kind == "" {
			kind = "tool"
		}
		src = fmt.Sprintf("%s argument %q", kind, t.Param)
	}
	msg := k.Message(src, name, s.Detail)
	if ci, ok := rule.ClassByName(k.Class); t.Weak != "" && ok && ci.Containment {
		msg += " (" + t.Weak + ")"
	}
	if t.File != nil && t.File != it.f {
		if t.Source != "" {
			msg += fmt.Sprintf(" (read in %s)", t.File.Rel)
		} else {
			msg += fmt.Sprintf(" (argument of a handler in %s)", t.File.Rel)
		}
	}
	flow := append(append([]rule.Step(nil), t.Steps...), rule.Step{Pos: it.f.Pos(c.node), End: it.f.EndPos(c.node), Message: "reaches " + name})
	it.a.reportFrom(it.f, c.node, k.Rule, k.Severity, msg, flow, t.Source == "" && (t.Kind == "" || t.Kind == "tool"))
	if it.a.collect != nil && it.a.quiet == 0 && rule.EffectOfSink(s.Kind) != "" && t.Source == "" && (t.Kind == "" || t.Kind == "tool") {
		it.recordEffect(rule.EffectOfSink(s.Kind), name, c.node)
	}
}

// sinkTaint returns the taint that matters for the sink's mode.
func (it *interp) sinkTaint(v *Value, s *Sink) *Taint {
	switch s.Mode {
	case AnyPart:
		return taintOf(v)
	case Whole:
		return v.Taint
	case ArgvOption:
		if len(v.Elems) < 2 || !knowledge.ProgramIn(knowledge.OptionPrograms, progName(v.Elems[0])) {
			return nil
		}
		for i, e := range v.Elems[1:] {
			if e.Known && e.Str == "--" {
				return nil // end of options: the rest are operands
			}
			prev := v.Elems[i]
			if prev.Known && strings.HasPrefix(prev.Str, "-") && !strings.Contains(prev.Str, "=") {
				continue // probably the value of the option before it (-name x)
			}
			if t := taintOf(e); t != nil && e.Prefix == "" && !e.Based && len(e.Elems) == 0 {
				return t
			}
		}
		return nil
	case Leading:
		parts := v.Elems
		if len(parts) == 0 {
			parts = []*Value{v}
		}
		for i, e := range parts {
			if e.Known && e.Str == "--" {
				return nil // end of options
			}
			if i > 0 && parts[i-1].Known && strings.HasPrefix(parts[i-1].Str, "-") && !strings.Contains(parts[i-1].Str, "=") {
				continue // probably the value of the option before it
			}
			if t := taintOf(e); t != nil && e.Prefix == "" && !e.Based && len(e.Elems) == 0 {
				return t
			}
		}
		return nil
	case Built:
		if v.Built {
			return taintOf(v)
		}
		return nil
	case URLHost:
		t := taintOf(v)
		if t == nil {
			return nil
		}
		if hostFixed(v.Prefix) || hostFixed(v.BaseText) || (v.Based && strings.ContainsAny(v.Joint, "/?#")) {
			return nil // scheme and host come before the argument
		}
		return t
	case Program:
		if len(v.Elems) == 0 {
			if v.Literal {
				return nil
			}
			return v.Taint
		}
		if t := v.Elems[0].Taint; t != nil {
			return t
		}
		if len(v.Elems) >= 3 && knowledge.ProgramIn(knowledge.Shells, progName(v.Elems[0])) &&
			v.Elems[1].Known && knowledge.FlagIn(knowledge.ShellFlags, v.Elems[1].Str) {
			return taintOf(v.Elems[2])
		}
		return nil
	case CodeFlag:
		if len(v.Elems) < 3 {
			return nil
		}
		prog := progName(v.Elems[0])
		if (knowledge.ProgramIn(knowledge.Interpreters, prog) || has(it.a.lang.ProgramRefs, prog)) &&
			v.Elems[1].Known && knowledge.FlagIn(knowledge.CodeFlags, v.Elems[1].Str) {
			return taintOf(v.Elems[2])
		}
		return nil
	}
	return nil
}

// progName is the program an argv element names: a known string's base
// name, or the qualified name of a value such as sys.executable.
func progName(v *Value) string {
	if v == nil {
		return ""
	}
	if v.Known {
		return baseName(v.Str)
	}
	return v.Ref
}

func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		p = p[i+1:]
	}
	return strings.TrimSuffix(p, ".exe")
}

// hostFixed reports whether a URL prefix fixes scheme and host
// ("https://api.example.com/").
func hostFixed(prefix string) bool {
	i := strings.Index(prefix, "://")
	if i <= 0 {
		return false
	}
	rest := prefix[i+3:]
	j := strings.IndexAny(rest, "/?#")
	return j > 0
}

func (it *interp) recvName(c *callSite) string {
	if c.fnNode == nil {
		return ""
	}
	obj := c.fnNode.Child(it.a.sx.AttrObject)
	// path.resolve().relative_to(base): a method of the path without
	// arguments (resolve, absolute, expanduser) is still that path
	sx := it.a.sx
	for obj != nil && has(sx.Call, obj.Type) {
		var fn *Node
		for _, f := range sx.CallFunc {
			if fn = obj.Child(f); fn != nil {
				break
			}
		}
		al := obj.Child(sx.CallArgs)
		if fn == nil || !has(sx.Attribute, fn.Type) || al != nil && len(al.NamedChildren(sx.Comment)) > 0 {
			break
		}
		obj = fn.Child(sx.AttrObject)
	}
	return it.targetName(obj)
}
