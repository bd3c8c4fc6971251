package engine

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// Fix is, as data, the edit a CallCheck offers to resolve its finding
// (rule.Fix). Each part applies only when the source has exactly the
// expected text, so that the edit is mechanical and exact; when a part
// does not apply, no fix is offered.
type Fix struct {
	Description string
	// Callee renames the callee: its text must be From, or From followed
	// by "." (console.log -> console.error, sys.stdout.write ->
	// sys.stderr.write).
	Callee Rename
	// Arg names an argument (ArgRef: "0", "file", "0.stream") whose text
	// must be Value.From; it becomes Value.To (file=sys.stdout ->
	// file=sys.stderr).
	Arg   ArgRef
	Value Rename
	// Append is an argument added after the last one (file=sys.stderr).
	Append string
	// Import is a module the new text names; when the file does not
	// import it, Lang.ImportFix adds the import.
	Import string
	// Requires are arguments the call must have for the fix to be whole
	// (turning protection on needs the list of allowed hosts).
	Requires []ArgRef
}

// Rename replaces the text From with To.
type Rename struct{ From, To string }

// ImportFix says how a fix adds an import to a file: Statement with %s
// for the module, one line, placed before the first top-level statement
// that is not a docstring or one of First (glob patterns over statement
// text that must stay first, such as from __future__ imports).
type ImportFix struct {
	Statement string
	First     []string
}

// FixHost is the host every MCP001 fix binds to.
const FixHost = "127.0.0.1"

// attachFix adds fx to the finding reported for rule id at n, if any.
func (a *analysis) attachFix(f *File, n *Node, id string, fx *rule.Fix) {
	if fx == nil || n == nil {
		return
	}
	key := id + "\x00" + f.Path + "\x00" + strconv.Itoa(int(n.Start))
	if i, ok := a.seen[key]; ok && len(a.out.Findings[i].Fixes) == 0 {
		a.out.Findings[i].Fixes = []rule.Fix{*fx}
	}
}

// reportCheck reports a CallCheck's finding with its fix.
func (a *analysis) reportCheck(f *File, n *Node, cc *CallCheck) {
	a.report(f, n, cc.RuleID, 0, cc.Message, nil)
	if cc.Fix != nil {
		a.attachFix(f, n, cc.RuleID, a.callFix(f, n, cc.Fix))
	}
}

// callFix builds the edits of fx on call, or nil when the source does not
// have the shape the fix expects.
func (a *analysis) callFix(f *File, call *Node, fx *Fix) *rule.Fix {
	for _, r := range fx.Requires {
		if a.argNode(f, call, r) == nil {
			return nil
		}
	}
	out := &rule.Fix{Description: fx.Description}
	edit := func(start, end uint32, text string) {
		out.Edits = append(out.Edits, rule.NewEdit(f.Path, f.Src, int(start), int(end), text))
	}
	if fx.Callee.From != "" {
		fn := a.calleeNode(call)
		t := f.Text(fn)
		if fn == nil || !(t == fx.Callee.From || strings.HasPrefix(t, fx.Callee.From+".")) {
			return nil
		}
		edit(fn.Start, fn.Start+uint32(len(fx.Callee.From)), fx.Callee.To)
	}
	if fx.Arg != "" {
		n := a.argNode(f, call, fx.Arg)
		if n == nil || f.Text(n) != fx.Value.From {
			return nil
		}
		edit(n.Start, n.End, fx.Value.To)
	}
	if fx.Append != "" {
		al := call.Child(a.sx.CallArgs)
		if al == nil || len(al.Children) < 2 || f.Text(al.Children[len(al.Children)-1]) != ")" {
			return nil // a tagged template or a generator argument
		}
		args := al.NamedChildren(a.sx.Comment)
		if len(args) == 0 {
			edit(al.Start+1, al.Start+1, fx.Append)
		} else {
			last := args[len(args)-1]
			edit(last.End, last.End, ", "+fx.Append)
		}
	}
	if fx.Import != "" && !a.imports(f, fx.Import) {
		e, ok := a.importEdit(f, fx.Import)
		if !ok {
			return nil
		}
		out.Edits = append(out.Edits, e)
	}
	if len(out.Edits) == 0 {
		return nil
	}
	return out
}

func (a *analysis) calleeNode(call *Node) *Node {
	for _, fld := range a.sx.CallFunc {
		if c := call.Child(fld); c != nil {
			return c
		}
	}
	return nil
}

// argNode finds, by syntax alone, the node an ArgRef names in call: a
// positional argument, a keyword argument's value, or a property of an
// object or dict literal argument ("0.host"). Spread and shorthand forms
// have no node of their own and give nil.
func (a *analysis) argNode(f *File, call *Node, ref ArgRef) *Node {
	sx := a.sx
	al := call.Child(sx.CallArgs)
	if al == nil {
		return nil
	}
	parts := strings.Split(ref, ".")
	var n *Node
	head := parts[0]
	if i, err := strconv.Atoi(head); err == nil {
		pos := 0
		for _, c := range al.NamedChildren(sx.Comment) {
			if c.Type == sx.KeywordArg && sx.KeywordArg != "" {
				continue
			}
			if has(sx.Splat, c.Type) {
				return nil // the positions after a spread are unknown
			}
			if pos == i {
				n = c
				break
			}
			pos++
		}
	} else if sx.KeywordArg != "" {
		for _, c := range al.NamedChildren(sx.Comment) {
			if c.Type == sx.KeywordArg && f.Text(c.Child("name")) == head {
				n = c.Child("value")
			}
		}
	}
	for _, key := range parts[1:] {
		n = a.property(f, n, key)
	}
	return n
}

// property returns the value node of key in the dict or object literal n.
func (a *analysis) property(f *File, n *Node, key string) *Node {
	if n == nil || !has(a.sx.Dict, n.Type) {
		return nil
	}
	var found *Node
	for _, c := range n.NamedChildren(a.sx.Comment) {
		if has(a.sx.Pair, c.Type) && unquote(f.Text(c.Child("key"))) == key {
			found = c.Child("value")
		}
	}
	return found
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

// addProps inserts properties (each "key: value") into the object
// literal obj, after its last member.
func (a *analysis) addProps(f *File, obj *Node, props []string) (rule.Edit, bool) {
	if obj == nil || !has(a.sx.Dict, obj.Type) || len(obj.Children) < 2 {
		return rule.Edit{}, false
	}
	members := obj.NamedChildren(a.sx.Comment)
	for _, m := range members {
		if has(a.sx.Splat, m.Type) {
			return rule.Edit{}, false // a spread may set the same options: adding ours would override them
		}
	}
	text := strings.Join(props, ", ")
	if len(members) == 0 {
		open := obj.Children[0]
		if f.Text(open) != "{" {
			return rule.Edit{}, false
		}
		return rule.NewEdit(f.Path, f.Src, int(open.End), int(obj.Children[len(obj.Children)-1].Start), " "+text+" "), true
	}
	last := members[len(members)-1]
	return rule.NewEdit(f.Path, f.Src, int(last.End), int(last.End), ", "+text), true
}

// imports reports whether f binds module under its own name.
func (a *analysis) imports(f *File, module string) bool {
	for _, im := range f.Imports {
		if im.Local == module && im.Source == module && im.Member == "" {
			return true
		}
	}
	return false
}

// importEdit adds the import of module (Lang.ImportFix) before the first
// top-level statement that need not come first.
func (a *analysis) importEdit(f *File, module string) (rule.Edit, bool) {
	ifx := a.lang.ImportFix
	if ifx.Statement == "" || f.Root == nil {
		return rule.Edit{}, false
	}
	stmts := f.Root.NamedChildren(a.sx.Comment)
	for i, s := range stmts {
		if i == 0 && a.docstring(s) {
			continue
		}
		if matchAny(ifx.First, f.Text(s)) {
			continue
		}
		start := int(s.Start)
		if ls := strings.LastIndexByte(string(f.Src[:start]), '\n') + 1; strings.TrimSpace(string(f.Src[ls:start])) != "" {
			return rule.Edit{}, false // not at the start of its line
		} else {
			start = ls
		}
		return rule.NewEdit(f.Path, f.Src, start, start, strings.Replace(ifx.Statement, "%s", module, 1)+"\n"), true
	}
	// only a docstring or nothing: the import goes at the end
	end := len(f.Src)
	text := strings.Replace(ifx.Statement, "%s", module, 1) + "\n"
	if end > 0 && f.Src[end-1] != '\n' {
		text = "\n" + text
	}
	return rule.NewEdit(f.Path, f.Src, end, end, text), true
}

// docstring reports whether s is a statement holding only a string.
func (a *analysis) docstring(s *Node) bool {
	if !has(a.sx.ExprStmt, s.Type) {
		return false
	}
	c := s.NamedChildren(a.sx.Comment)
	return len(c) == 1 && has(a.sx.String, c[0].Type)
}

// hostLiteralFix rewrites the string literal n whose text is an
// all-interfaces host, alone or with a port ("0.0.0.0", ":8080",
// "[::]:9000"), so that the host is 127.0.0.1. The literal must be plain:
// one quote character each side, no prefix, escape or interpolation.
func (a *analysis) hostLiteralFix(f *File, n *Node) *rule.Fix {
	if n == nil || !has(a.sx.String, n.Type) {
		return nil
	}
	t := f.Text(n)
	if len(t) < 2 || !strings.ContainsRune(`"'`+"`", rune(t[0])) || t[len(t)-1] != t[0] {
		return nil
	}
	inner := t[1 : len(t)-1]
	if strings.ContainsAny(inner, "\\\"'`{}$\n") {
		return nil
	}
	hostText := inner
	switch {
	case strings.HasPrefix(inner, "["):
		if i := strings.Index(inner, "]:"); i >= 0 {
			hostText = inner[:i+1]
		}
	case strings.Count(inner, ":") == 1:
		hostText = inner[:strings.IndexByte(inner, ':')]
	}
	if !allInterfaces(hostText) {
		return nil
	}
	start := int(n.Start) + 1
	return &rule.Fix{Description: "bind to " + FixHost,
		Edits: []rule.Edit{rule.NewEdit(f.Path, f.Src, start, start+len(hostText), FixHost)}}
}

// protectFix builds the edit of a ProtectFix for the transport created by
// call in f, reached at reach.
func (a *analysis) protectFix(f *File, call *Node, p *ProtectFix, rc reach) *rule.Fix {
	if p == nil || rc == reachNetwork {
		return nil // a host not known to be loopback: which names reach it is not known
	}
	ports := a.ports[f]
	if len(ports) == 0 || ports[0] == "" {
		return nil
	}
	for _, port := range ports[1:] {
		if port != ports[0] {
			return nil
		}
	}
	hosts := fmt.Sprintf("[%q, %q]", FixHost+":"+ports[0], "localhost:"+ports[0])
	props := []string{p.Enable + ": true", p.Hosts + ": " + hosts}
	fix := &rule.Fix{Description: p.Description}
	if obj := a.argNode(f, call, p.Options); obj != nil {
		e, ok := a.addProps(f, obj, props)
		if !ok {
			return nil
		}
		fix.Edits = []rule.Edit{e}
		return fix
	}
	i, err := strconv.Atoi(p.Options)
	if err != nil || i == 0 {
		return nil
	}
	prev := a.argNode(f, call, strconv.Itoa(i-1))
	if prev == nil || a.argNode(f, call, p.Options) != nil {
		return nil
	}
	if al := call.Child(a.sx.CallArgs); al == nil || len(al.NamedChildren(a.sx.Comment)) != i {
		return nil
	}
	fix.Edits = []rule.Edit{rule.NewEdit(f.Path, f.Src, int(prev.End), int(prev.End), ", { "+strings.Join(props, ", ")+" }")}
	return fix
}
