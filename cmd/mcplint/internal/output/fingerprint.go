package output

import (
	"strconv"
	"unicode/utf8"
)

// LineHashes computes GitHub code scanning's primaryLocationLineHash for
// every line of content, exactly as the codeql-action upload step does
// (src/fingerprints.ts): a rolling hash with multiplier 37 over a window of
// 100 UTF-16 code units, skipping spaces and tabs, treating CR and CRLF as
// LF, each line's value being the hash of the window that starts at the
// line's first non-blank unit, suffixed ":n" for its n-th occurrence.
// Index i of the result is line i+1. Computing it ourselves means uploads
// from mcplint get stable alert identities across line shifts even when the
// action is not the uploader.
func LineHashes(content []byte) []string {
	const (
		blockSize = 100
		mod       = 37
		eof       = 65535
	)
	var firstMod uint64 = 1
	for i := 0; i < blockSize; i++ {
		firstMod *= mod
	}
	var (
		window      [blockSize]uint64
		lineNumbers [blockSize]int
		hash        uint64
		index       int
		lineNumber  int
		lineStart   = true
		prevCR      bool
		counts      = map[uint64]int{}
		out         []string
	)
	for i := range lineNumbers {
		lineNumbers[i] = -1
	}
	emit := func() {
		counts[hash]++
		ln := lineNumbers[index]
		for len(out) < ln {
			out = append(out, "")
		}
		out[ln-1] = strconv.FormatUint(hash, 16) + ":" + strconv.Itoa(counts[hash])
		lineNumbers[index] = -1
	}
	update := func(c uint64) {
		begin := window[index]
		window[index] = c
		// Wrapping uint64 arithmetic matches the action's 64-bit Long.
		hash = mod*hash + c - firstMod*begin
		index = (index + 1) % blockSize
	}
	process := func(c uint64) {
		if c == ' ' || c == '\t' || (prevCR && c == '\n') {
			prevCR = false
			return
		}
		if c == '\r' {
			c = '\n'
			prevCR = true
		} else {
			prevCR = false
		}
		if lineNumbers[index] != -1 {
			emit()
		}
		if lineStart {
			lineStart = false
			lineNumber++
			lineNumbers[index] = lineNumber
		}
		if c == '\n' {
			lineStart = true
		}
		update(c)
	}
	// Node decodes the file as UTF-8 (invalid bytes become U+FFFD) and walks
	// UTF-16 code units; do the same.
	for len(content) > 0 {
		r, size := utf8.DecodeRune(content)
		content = content[size:]
		if r >= 0x10000 {
			r -= 0x10000
			process(uint64(0xD800 + (r >> 10)))
			process(uint64(0xDC00 + (r & 0x3FF)))
			continue
		}
		process(uint64(r))
	}
	process(eof)
	for i := 0; i < blockSize; i++ {
		if lineNumbers[index] != -1 {
			emit()
		}
		update(0)
	}
	return out
}
