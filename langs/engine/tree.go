package engine

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"

	sitter "github.com/smacker/go-tree-sitter"
)

// Node is a Go-side copy of one tree-sitter node. The engine copies a file's
// tree once, in a single cursor walk, and then closes the C tree: every later
// question (type, field, text, children) is answered from Go memory without
// crossing cgo again, and the copies can be read from many goroutines at
// once, which the binding's trees cannot.
type Node struct {
	Type     string // grammar node type, interned per language
	Field    string // field name in the parent, "" if none
	Named    bool
	Start    uint32 // byte offsets into File.Src
	End      uint32
	Line     int // 1-based
	Col      int // 1-based byte column
	EndLine  int
	EndCol   int
	Parent   *Node
	Children []*Node
	Error    bool // ERROR or MISSING node
}

// Child returns the first child in field f, or nil.
func (n *Node) Child(f string) *Node {
	if n == nil {
		return nil
	}
	for _, c := range n.Children {
		if c.Field == f {
			return c
		}
	}
	return nil
}

// ChildrenIn returns every child in field f.
func (n *Node) ChildrenIn(f string) []*Node {
	var out []*Node
	for _, c := range n.Children {
		if c.Field == f {
			out = append(out, c)
		}
	}
	return out
}

// NamedChildren returns the named children, skipping comments of kind
// commentType.
func (n *Node) NamedChildren(commentType string) []*Node {
	if n == nil {
		return nil
	}
	out := make([]*Node, 0, len(n.Children))
	for _, c := range n.Children {
		if c.Named && c.Type != commentType {
			out = append(out, c)
		}
	}
	return out
}

// FirstNamed returns the first named child that is not a comment.
func (n *Node) FirstNamed(commentType string) *Node {
	if n == nil {
		return nil
	}
	for _, c := range n.Children {
		if c.Named && c.Type != commentType {
			return c
		}
	}
	return nil
}

// Walk calls f for n and its descendants in source order; f returns false
// to skip a node's children.
func (n *Node) Walk(f func(*Node) bool) {
	if n == nil || !f(n) {
		return
	}
	for _, c := range n.Children {
		c.Walk(f)
	}
}

// internTable keeps one copy of each node type and field name per
// language, so a million nodes share a few hundred strings.
type internTable struct {
	mu     sync.Mutex
	types  map[sitter.Symbol]string
	named  map[sitter.Symbol]bool
	fields map[string]string
}

var interns sync.Map // *sitter.Language -> *internTable

func internFor(l *sitter.Language) *internTable {
	if t, ok := interns.Load(l); ok {
		return t.(*internTable)
	}
	t, _ := interns.LoadOrStore(l, &internTable{types: map[sitter.Symbol]string{}, named: map[sitter.Symbol]bool{}, fields: map[string]string{}})
	return t.(*internTable)
}

// typeName returns the interned type name of n and whether nodes of that
// symbol are named, asking the C side once per symbol.
func (t *internTable) typeName(l *sitter.Language, n *sitter.Node) (string, bool) {
	sym := n.Symbol()
	t.mu.Lock()
	s, ok := t.types[sym]
	named := t.named[sym]
	t.mu.Unlock()
	if ok {
		return s, named
	}
	s = n.Type()
	named = n.IsNamed()
	t.mu.Lock()
	t.types[sym] = s
	t.named[sym] = named
	t.mu.Unlock()
	return s, named
}

func (t *internTable) field(f string) string {
	if f == "" {
		return ""
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if s, ok := t.fields[f]; ok {
		return s
	}
	t.fields[f] = f
	return f
}

// parse parses src with lang and returns the Go copy of its tree and
// whether the tree holds ERROR or MISSING nodes (the first such line).
//
// The copy asks the C side as little as possible per node (every cgo call
// costs about as much as parsing the node): positions are computed from
// byte offsets here, and named-ness is cached per symbol.
func parse(ctx context.Context, lang *sitter.Language, src []byte) (root *Node, errLine int, err error) {
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(lang)
	tree, err := p.ParseCtx(ctx, nil, src)
	if err != nil {
		return nil, 0, err
	}
	if tree == nil {
		return nil, 0, fmt.Errorf("parser returned no tree")
	}
	defer tree.Close()
	it := internFor(lang)
	rn := tree.RootNode()
	hasErr := rn.HasError()
	c := sitter.NewTreeCursor(rn)
	defer c.Close()
	lines := lineStarts(src)
	pos := func(off uint32) (int, int) {
		i := sort.Search(len(lines), func(i int) bool { return lines[i] > int(off) }) - 1
		if i < 0 {
			i = 0
		}
		return i + 1, int(off) - lines[i] + 1
	}

	var stack []*Node
	for {
		sn := c.CurrentNode()
		typ, named := it.typeName(lang, sn)
		n := &Node{
			Type:  typ,
			Field: it.field(c.CurrentFieldName()),
			Named: named,
			Start: sn.StartByte(),
			End:   sn.EndByte(),
		}
		n.Line, n.Col = pos(n.Start)
		n.EndLine, n.EndCol = pos(n.End)
		if hasErr && (typ == "ERROR" || sn.IsMissing()) {
			n.Error = true
			if errLine == 0 {
				errLine = n.Line
			}
		}
		if len(stack) > 0 {
			par := stack[len(stack)-1]
			n.Parent = par
			par.Children = append(par.Children, n)
		} else {
			root = n
		}
		if c.GoToFirstChild() {
			stack = append(stack, n)
			continue
		}
		for !c.GoToNextSibling() {
			if !c.GoToParent() {
				return root, errLine, nil
			}
			stack = stack[:len(stack)-1]
		}
	}
}

// Sexp renders n as an S-expression with field names, for debugging and
// for writing language data.
func Sexp(n *Node) string {
	var b strings.Builder
	var rec func(n *Node, depth int)
	rec = func(n *Node, depth int) {
		if !n.Named {
			return
		}
		b.WriteString(strings.Repeat("  ", depth))
		if n.Field != "" {
			b.WriteString(n.Field + ": ")
		}
		b.WriteString(n.Type)
		b.WriteString("\n")
		for _, c := range n.Children {
			rec(c, depth+1)
		}
	}
	rec(n, 0)
	return b.String()
}
