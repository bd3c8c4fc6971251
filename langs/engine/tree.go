package engine

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

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
	Start    uint32 // byte offsets into File.Src; File.Pos and File.Line give lines and columns
	End      uint32
	Parent   *Node
	Children []*Node
	// A node takes 80 bytes: a large project holds millions of them at
	// once, so lines and columns are computed from offsets when a finding
	// needs them rather than stored, and the flags sit together.
	Named bool
	Error bool // ERROR or MISSING node
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

// internTable holds one copy of each node type and field name of a
// language, indexed by symbol and field id, so a million nodes share a few
// hundred strings. It is filled once per language and only read after,
// which lets every parser goroutine use it without a lock (a lock per node
// cost a tenth of the parse).
type internTable struct {
	types  []string // by symbol
	fields []string // by field id; 0 is "no field"
}

var interns sync.Map // *sitter.Language -> *internTable

func internFor(l *sitter.Language) *internTable {
	if t, ok := interns.Load(l); ok {
		return t.(*internTable)
	}
	t := &internTable{types: make([]string, l.SymbolCount()), fields: []string{""}}
	for i := range t.types {
		t.types[i] = l.SymbolName(sitter.Symbol(i))
	}
	// Field ids run from 1 to the language's field count; the binding
	// answers "" past the last.
	for id := 1; id <= 0xffff; id++ {
		name := l.FieldName(id)
		if name == "" {
			break
		}
		t.fields = append(t.fields, name)
	}
	got, _ := interns.LoadOrStore(l, t)
	return got.(*internTable)
}

// symbol returns the type name of a symbol.
func (t *internTable) symbol(l *sitter.Language, sym uint16) string {
	if int(sym) < len(t.types) {
		return t.types[sym]
	}
	return l.SymbolName(sitter.Symbol(sym)) // not in the language's table: never seen, but never wrong
}

// fieldName returns the name of a field id ("" for 0: no field).
func (t *internTable) fieldName(l *sitter.Language, id uint16) string {
	if int(id) < len(t.fields) {
		return t.fields[id]
	}
	return l.FieldName(int(id))
}

// errParseTimeout: the parse ran past its time budget.
var errParseTimeout = errors.New("parse time budget spent")

// parse parses src with lang and returns the Go copy of its tree and
// the first line holding an ERROR or MISSING node (0 if none).
//
// The copy is made in one cgo call (flatten) that walks the tree on the C
// side: asking the binding node by node costs several cgo calls per node,
// which measured ten times the parse itself.
//
// p is the calling worker's parser, reused from file to file (a parser
// allocates its stacks and lexer buffers once); nil parses with a parser
// of its own.
//
// timeout bounds the parse (0: no bound). It is the parser's own clock,
// not a context: the binding watches a context from a goroutine that can
// raise the cancellation flag after the parse has ended, which would stop
// the worker's next file.
func parse(p *sitter.Parser, lang *sitter.Language, src []byte, timeout time.Duration) (root *Node, errLine int, err error) {
	if p == nil {
		p = sitter.NewParser()
		defer p.Close()
	}
	p.SetLanguage(lang)
	p.SetOperationLimit(int(timeout.Microseconds()))
	tree, err := p.ParseCtx(context.Background(), nil, src)
	if err != nil {
		// A parse stopped half-way is kept for resumption; the next file
		// must start from scratch.
		p.Reset()
		if errors.Is(err, sitter.ErrOperationLimit) && timeout > 0 {
			return nil, 0, errParseTimeout
		}
		return nil, 0, err
	}
	if tree == nil {
		return nil, 0, fmt.Errorf("parser returned no tree")
	}
	flat, free := flatten(tree)
	// The flat list is all the Go copy needs: the C tree goes before the
	// Go nodes are allocated, so a file never holds both at their peak.
	tree.Close()
	defer free()
	if len(flat) == 0 {
		return nil, 0, fmt.Errorf("cannot copy the syntax tree")
	}
	it := internFor(lang)
	nodes := make([]Node, len(flat))
	// Every node's children are a window of one shared array, sized exactly:
	// growing a slice per parent cost a third of the tree's memory. A
	// first pass counts the children (the flat copy is in preorder with
	// depths), a second hands out the windows.
	nchild := make([]int32, len(flat))
	var parents []int32
	for i := range flat {
		depth := int(flat[i].depth)
		if depth > len(parents) {
			return nil, 0, fmt.Errorf("malformed tree copy")
		}
		parents = parents[:depth]
		if depth > 0 {
			nchild[parents[depth-1]]++
		}
		parents = append(parents, int32(i))
	}
	kids := make([]*Node, len(flat))
	off := 0
	for i, c := range nchild {
		if c > 0 {
			nodes[i].Children = kids[off : off : off+int(c)]
			off += int(c)
		}
	}
	var stack []*Node
	for i := range flat {
		fn := &flat[i]
		n := &nodes[i]
		n.Type, n.Named = it.symbol(lang, uint16(fn.symbol)), fn.named != 0
		n.Field = it.fieldName(lang, uint16(fn.field))
		n.Start, n.End = uint32(fn.start), uint32(fn.end)
		if n.Type == "ERROR" || fn.missing != 0 {
			n.Error = true
			if errLine == 0 {
				errLine, _ = lineCol(lineStarts(src), n.Start)
			}
		}
		depth := int(fn.depth)
		if depth > len(stack) {
			return nil, 0, fmt.Errorf("malformed tree copy")
		}
		stack = stack[:depth]
		if depth > 0 {
			par := stack[depth-1]
			n.Parent = par
			par.Children = append(par.Children, n)
		}
		stack = append(stack, n)
	}
	return &nodes[0], errLine, nil
}

// lineCol returns the 1-based line and byte column of offset off, given
// the offsets at which lines start.
func lineCol(lines []int, off uint32) (int, int) {
	i := sort.Search(len(lines), func(i int) bool { return lines[i] > int(off) }) - 1
	if i < 0 {
		i = 0
	}
	return i + 1, int(off) - lines[i] + 1
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
