// Package gotext answers questions about Go source text without parsing it,
// for the places that look at many files before any is loaded (finding a
// module's stdio server, finding server programs for the score).
package gotext

import "bytes"

var mainClause = []byte("package main")

// IsMainPackage reports whether a line of src starts with "package main"
// followed by a non-word character or the end of src: what the regexp
// `(?m)^package main\b` matches, without running a matcher over every byte
// (which cost more than type-checking the module it was applied to).
func IsMainPackage(src []byte) bool {
	for i := 0; ; {
		j := bytes.Index(src[i:], mainClause)
		if j < 0 {
			return false
		}
		at := i + j
		end := at + len(mainClause)
		if (at == 0 || src[at-1] == '\n') && (end == len(src) || !isWordByte(src[end])) {
			return true
		}
		i = at + 1
	}
}

// isWordByte is regexp's \w: an ASCII letter, digit or underscore.
func isWordByte(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}
