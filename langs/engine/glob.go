package engine

import "strings"

// match reports whether s matches pattern, where '*' matches any run of
// characters (dots included) and every other byte matches itself. Callee
// names are dotted ("mcp.server.fastmcp.FastMCP().run"), so path.Match's
// separator rules do not fit.
func match(pattern, s string) bool {
	// Quick rejects: the literal text before the first '*' and after the
	// last must begin and end s. Most patterns fail here, and the
	// backtracking below tries every split of s for a leading '*'; each
	// call reference is tested against every sink, guard and handler shape.
	first := strings.IndexByte(pattern, '*')
	if first < 0 {
		return pattern == s
	}
	last := strings.LastIndexByte(pattern, '*')
	if !strings.HasPrefix(s, pattern[:first]) || !strings.HasSuffix(s, pattern[last+1:]) {
		return false
	}
	return matchStar(pattern, s)
}

func matchStar(pattern, s string) bool {
	for len(pattern) > 0 {
		if pattern[0] == '*' {
			for len(pattern) > 0 && pattern[0] == '*' {
				pattern = pattern[1:]
			}
			if pattern == "" {
				return true
			}
			for i := 0; i <= len(s); i++ {
				if matchStar(pattern, s[i:]) {
					return true
				}
			}
			return false
		}
		if s == "" || s[0] != pattern[0] {
			return false
		}
		pattern, s = pattern[1:], s[1:]
	}
	return s == ""
}

func matchAny(patterns []string, s string) bool {
	for _, p := range patterns {
		if match(p, s) {
			return true
		}
	}
	return false
}
