package score

import "bytes"

// Hand-written forms of the server markers. Go's regexp cannot start its
// search from a literal when a pattern begins with an anchor, a character
// class or an alternation, so the markers ran the regexp machine over
// every byte of every file that mentions mcp: a fifth of a second per
// 350,000 lines of Python. These look for the literals first and check the
// shape around them; a test holds them to the regexps they replace.

// isSpace is regexp's \s: [\t\n\f\r ].
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// isWord is regexp's \w: [0-9A-Za-z_].
func isWord(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// pyImportsMCP is pyImport.Match: `(?m)^\s*(from|import)\s+(mcp|fastmcp)\b`.
func pyImportsMCP(data []byte) bool {
	for off := 0; ; {
		i := bytes.Index(data[off:], []byte("mcp"))
		if i < 0 {
			return false
		}
		j := off + i
		off = j + 1
		if j+3 < len(data) && isWord(data[j+3]) {
			continue // \b
		}
		s := j
		if bytes.HasSuffix(data[:j], []byte("fast")) {
			s = j - 4 // "mcp" alone would need a space before it
		}
		k := s
		for k > 0 && isSpace(data[k-1]) {
			k--
		}
		if k == s {
			continue // \s+
		}
		var b int
		switch {
		case bytes.HasSuffix(data[:k], []byte("from")):
			b = k - 4
		case bytes.HasSuffix(data[:k], []byte("import")):
			b = k - 6
		default:
			continue
		}
		if lineStartBefore(data, b) {
			return true
		}
	}
}

// lineStartBefore reports whether only white space lies between a line
// start and b: (?m)^\s* ending at b.
func lineStartBefore(data []byte, b int) bool {
	for p := b; ; p-- {
		if p == 0 || data[p-1] == '\n' {
			return true
		}
		if !isSpace(data[p-1]) {
			return false
		}
	}
}

// pyCreatesServer is pyCreate.Match: `\b(FastMCP|Server|MCPServer|LowLevelServer)\s*\(`.
func pyCreatesServer(data []byte) bool {
	return calls(data, "Server", "MCP", "LowLevel") || calls(data, "FastMCP")
}

// calls reports whether name, alone or with one of prefixes before it,
// starts a word and is followed by \s*\(.
func calls(data []byte, name string, prefixes ...string) bool {
	for off := 0; ; {
		i := bytes.Index(data[off:], []byte(name))
		if i < 0 {
			return false
		}
		j := off + i
		off = j + 1
		k := j + len(name)
		for k < len(data) && isSpace(data[k]) {
			k++
		}
		if k == len(data) || data[k] != '(' {
			continue
		}
		if j == 0 || !isWord(data[j-1]) {
			return true
		}
		for _, p := range prefixes {
			if s := j - len(p); bytes.HasSuffix(data[:j], []byte(p)) && (s == 0 || !isWord(data[s-1])) {
				return true
			}
		}
	}
}

func isQuote(c byte) bool { return c == '"' || c == '\'' }

// tsImportsSDK is tsImport.Match:
// `["'](@modelcontextprotocol/sdk/server/[^"']*|fastmcp)["']`.
func tsImportsSDK(data []byte) bool {
	const sdk = "@modelcontextprotocol/sdk/server/"
	for off := 0; ; {
		i := bytes.Index(data[off:], []byte(sdk))
		if i < 0 {
			break
		}
		j := off + i
		off = j + 1
		if j > 0 && isQuote(data[j-1]) && bytes.ContainsAny(data[j+len(sdk):], `"'`) {
			return true
		}
	}
	for off := 0; ; {
		i := bytes.Index(data[off:], []byte("fastmcp"))
		if i < 0 {
			return false
		}
		j := off + i
		off = j + 1
		if j > 0 && isQuote(data[j-1]) && j+7 < len(data) && isQuote(data[j+7]) {
			return true
		}
	}
}

// tsCreatesServer is tsCreate.Match: `\bnew\s+(McpServer|Server|FastMCP)\s*\(`.
func tsCreatesServer(data []byte) bool {
	for off := 0; ; {
		i := bytes.Index(data[off:], []byte("new"))
		if i < 0 {
			return false
		}
		j := off + i
		off = j + 1
		if j > 0 && isWord(data[j-1]) {
			continue // \b
		}
		k := j + 3
		for k < len(data) && isSpace(data[k]) {
			k++
		}
		if k == j+3 {
			continue // \s+
		}
		for _, name := range []string{"McpServer", "Server", "FastMCP"} {
			if !bytes.HasPrefix(data[k:], []byte(name)) {
				continue
			}
			e := k + len(name)
			for e < len(data) && isSpace(data[e]) {
				e++
			}
			if e < len(data) && data[e] == '(' {
				return true
			}
		}
	}
}
