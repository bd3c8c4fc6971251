package fixapply

import (
	"bytes"
	"fmt"
	"io"
)

// context is the number of unchanged lines around each change, as diff -u
// prints.
const context = 3

// Diff writes a unified diff of one file (git's a/ and b/ prefixes, so
// that git apply and patch -p1 take it). The changed lines are found by
// comparing the two texts line by line from both ends within each run of
// differing lines, which is exact for the small, local edits fixes make.
func Diff(w io.Writer, name string, old, new []byte) error {
	a, b := lines(old), lines(new)
	blocks := changedBlocks(a, b)
	if len(blocks) == 0 {
		return nil
	}
	if _, err := fmt.Fprintf(w, "--- a/%s\n+++ b/%s\n", name, name); err != nil {
		return err
	}
	for i := 0; i < len(blocks); {
		// A hunk takes the blocks whose context lines touch.
		j := i + 1
		for j < len(blocks) && blocks[j].a0-blocks[j-1].a1 <= 2*context {
			j++
		}
		if err := hunk(w, a, b, blocks[i:j]); err != nil {
			return err
		}
		i = j
	}
	return nil
}

// block is a run of lines a[a0:a1] replaced by b[b0:b1].
type block struct{ a0, a1, b0, b1 int }

// changedBlocks finds the runs of differing lines: common lines are
// matched greedily from the front, and each run of differences ends at
// the first line from which the rest of the two texts agree, or at the
// next line they share (found within a window, then from the back).
func changedBlocks(a, b [][]byte) []block {
	var out []block
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if i < len(a) && j < len(b) && bytes.Equal(a[i], b[j]) {
			i, j = i+1, j+1
			continue
		}
		ni, nj := resync(a, b, i, j)
		out = append(out, block{i, ni, j, nj})
		i, j = ni, nj
	}
	return out
}

// resync returns the first pair (ni, nj) after a difference at (i, j)
// from which a and b agree again on a line, preferring the smallest total
// skip; at the ends of the texts it returns their lengths.
func resync(a, b [][]byte, i, j int) (int, int) {
	const window = 200
	for d := 1; d <= 2*window; d++ {
		for k := 0; k <= d; k++ {
			ni, nj := i+k, j+d-k
			if ni >= len(a) || nj >= len(b) {
				continue
			}
			if bytes.Equal(a[ni], b[nj]) && agree(a, b, ni, nj) {
				return ni, nj
			}
		}
	}
	return len(a), len(b)
}

// agree reports whether a and b match for a few lines from (i, j), or to
// the end of both, so that a blank line alone does not resynchronise.
func agree(a, b [][]byte, i, j int) bool {
	for k := 0; k < context; k++ {
		if i+k >= len(a) || j+k >= len(b) {
			return i+k >= len(a) && j+k >= len(b)
		}
		if !bytes.Equal(a[i+k], b[j+k]) {
			return false
		}
	}
	return true
}

func hunk(w io.Writer, a, b [][]byte, bs []block) error {
	first, last := bs[0], bs[len(bs)-1]
	a0 := max(first.a0-context, 0)
	b0 := first.b0 - (first.a0 - a0)
	a1 := min(last.a1+context, len(a))
	b1 := last.b1 + (a1 - last.a1)
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "@@ -%s +%s @@\n", span(a0, a1), span(b0, b1))
	at := a0
	for _, bl := range bs {
		for ; at < bl.a0; at++ {
			line(&buf, ' ', a[at])
		}
		for k := bl.a0; k < bl.a1; k++ {
			line(&buf, '-', a[k])
		}
		for k := bl.b0; k < bl.b1; k++ {
			line(&buf, '+', b[k])
		}
		at = bl.a1
	}
	for ; at < a1; at++ {
		line(&buf, ' ', a[at])
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// span renders a hunk range: start,count with the start 1-based, or the
// line before for an empty range.
func span(from, to int) string {
	n := to - from
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", from)
	case 1:
		return fmt.Sprintf("%d", from+1)
	}
	return fmt.Sprintf("%d,%d", from+1, n)
}

func line(buf *bytes.Buffer, mark byte, l []byte) {
	buf.WriteByte(mark)
	buf.Write(l)
	if len(l) == 0 || l[len(l)-1] != '\n' {
		buf.WriteString("\n\\ No newline at end of file\n")
	}
}

// lines splits text after each newline, keeping the newlines.
func lines(text []byte) [][]byte {
	var out [][]byte
	for len(text) > 0 {
		i := bytes.IndexByte(text, '\n')
		if i < 0 {
			out = append(out, text)
			break
		}
		out = append(out, text[:i+1])
		text = text[i+1:]
	}
	return out
}
