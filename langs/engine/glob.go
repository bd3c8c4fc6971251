package engine

// match reports whether s matches pattern, where '*' matches any run of
// characters (dots included) and every other byte matches itself. Callee
// names are dotted ("mcp.server.fastmcp.FastMCP().run"), so path.Match's
// separator rules do not fit.
func match(pattern, s string) bool {
	for len(pattern) > 0 {
		if pattern[0] == '*' {
			for len(pattern) > 0 && pattern[0] == '*' {
				pattern = pattern[1:]
			}
			if pattern == "" {
				return true
			}
			for i := 0; i <= len(s); i++ {
				if match(pattern, s[i:]) {
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
