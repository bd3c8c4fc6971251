package rule

import (
	"bytes"
	"fmt"
	"sort"
)

// Fix is a change to the source that resolves a finding: mechanical and
// exact, so that applying it and scanning again finds nothing for the rule
// at that place. The CLI applies fixes with -fix, prints them with -diff,
// and carries them in SARIF and JSON; Go analyzers offer the same edits as
// analysis.SuggestedFix for gopls and golangci-lint --fix.
type Fix struct {
	Description string // imperative, lower case: "bind to 127.0.0.1"
	Edits       []Edit
}

// Edit replaces the bytes [Offset, EndOffset) of File with New; an
// insertion has Offset == EndOffset. Pos and End are the same range as
// lines and columns (End is exclusive).
type Edit struct {
	File      string // absolute, cleaned, OS separators
	Offset    int
	EndOffset int
	Pos       Position
	End       Position
	New       string
	// Lines is the original text of the whole lines the edit touches,
	// so that a file changed since the scan is recognised and left alone.
	Lines string
}

// NewEdit builds an edit of src (the contents of file) replacing
// [start, end) with text, computing its line and column positions.
func NewEdit(file string, src []byte, start, end int, text string) Edit {
	return Edit{File: file, Offset: start, EndOffset: end, Pos: OffsetPosition(file, src, start), End: OffsetPosition(file, src, end), New: text,
		Lines: string(LinesAround(src, start, end))}
}

// LinesAround returns the whole lines of src that [start, end) touches,
// without the final line terminator.
func LinesAround(src []byte, start, end int) []byte {
	if start < 0 || end > len(src) || start > end {
		return nil
	}
	from := bytes.LastIndexByte(src[:start], '\n') + 1
	to := bytes.IndexByte(src[end:], '\n')
	if to < 0 {
		to = len(src)
	} else {
		to += end
	}
	return src[from:to]
}

// OffsetPosition returns the position of byte offset off in src.
func OffsetPosition(file string, src []byte, off int) Position {
	if off > len(src) {
		off = len(src)
	}
	if off < 0 {
		off = 0
	}
	line := 1 + bytes.Count(src[:off], []byte{'\n'})
	start := bytes.LastIndexByte(src[:off], '\n') + 1
	lineEnd := bytes.IndexByte(src[start:], '\n')
	if lineEnd < 0 {
		lineEnd = len(src) - start
	}
	col := off - start + 1
	return Position{File: file, Line: line, Col: col, Col16: UTF16Col(src[start:start+lineEnd], col)}
}

// Plan is the outcome of choosing which fixes to apply together.
type Plan struct {
	// Edits are the accepted edits by file, sorted by offset, none
	// overlapping.
	Edits map[string][]Edit
	// Applied and Skipped index the fixes given to PlanFixes.
	Applied []int
	Skipped []int
}

// PlanFixes chooses the fixes to apply together, in the order given: a fix
// is taken whole or not at all, and is skipped when one of its edits
// overlaps an edit already taken (or is an insertion at the same offset
// with other text). An edit identical to one already taken is taken once,
// so that two fixes that both add the same import agree. The order of the
// input decides, so the result is deterministic for a sorted input.
func PlanFixes(fixes []Fix) Plan {
	p := Plan{Edits: map[string][]Edit{}}
	for i, fx := range fixes {
		if len(fx.Edits) == 0 || !p.fits(fx) {
			p.Skipped = append(p.Skipped, i)
			continue
		}
		for _, e := range fx.Edits {
			if !p.has(e) {
				p.Edits[e.File] = append(p.Edits[e.File], e)
			}
		}
		p.Applied = append(p.Applied, i)
	}
	for f := range p.Edits {
		es := p.Edits[f]
		sort.SliceStable(es, func(i, j int) bool {
			if es[i].Offset != es[j].Offset {
				return es[i].Offset < es[j].Offset
			}
			return es[i].EndOffset < es[j].EndOffset
		})
	}
	return p
}

func (p *Plan) has(e Edit) bool {
	for _, x := range p.Edits[e.File] {
		if x.Offset == e.Offset && x.EndOffset == e.EndOffset && x.New == e.New {
			return true
		}
	}
	return false
}

// fits reports whether every edit of fx is valid and either already taken
// or clear of the taken edits and of the fix's other edits.
func (p *Plan) fits(fx Fix) bool {
	for i, e := range fx.Edits {
		if e.Offset < 0 || e.EndOffset < e.Offset || e.File == "" {
			return false
		}
		if p.has(e) {
			continue
		}
		for _, x := range p.Edits[e.File] {
			if overlap(e, x) {
				return false
			}
		}
		for _, y := range fx.Edits[:i] {
			if y.File == e.File && overlap(e, y) && !(y.Offset == e.Offset && y.EndOffset == e.EndOffset && y.New == e.New) {
				return false
			}
		}
	}
	return true
}

// overlap reports whether two edits of one file touch the same bytes, or
// insert at the same offset (whose order would be a guess).
func overlap(a, b Edit) bool {
	if a.Offset == a.EndOffset || b.Offset == b.EndOffset {
		if a.Offset == b.Offset {
			return true
		}
		// an insertion strictly inside a replaced range
		return (a.Offset == a.EndOffset && a.Offset > b.Offset && a.Offset < b.EndOffset) ||
			(b.Offset == b.EndOffset && b.Offset > a.Offset && b.Offset < a.EndOffset)
	}
	return a.Offset < b.EndOffset && b.Offset < a.EndOffset
}

// ApplyEdits returns src with edits (sorted, not overlapping, as
// PlanFixes gives them) applied.
func ApplyEdits(src []byte, edits []Edit) ([]byte, error) {
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.Offset < last || e.EndOffset > len(src) || e.EndOffset < e.Offset {
			return nil, fmt.Errorf("edit at offset %d-%d does not fit the file (%d bytes): was it changed since the scan?", e.Offset, e.EndOffset, len(src))
		}
		out.Write(src[last:e.Offset])
		out.WriteString(e.New)
		last = e.EndOffset
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}
