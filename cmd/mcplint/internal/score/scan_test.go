package score

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The hand-written Python markers answer as the regexps they replace, on
// random texts made of the markers' own pieces.
func TestScannersMatchRegexps(t *testing.T) {
	pieces := []string{"from", "import", "mcp", "fastmcp", "fast", "mcpx", "x", "_", "1", " ", "  ", "\n", "\t", "\r", "\f", "\v", "(", ")", ".",
		"Server", "MCP", "LowLevel", "FastMCP", "MCPServer", "LowLevelServer", "é", "#"}
	rng := rand.New(rand.NewPCG(3, 4))
	texts := []string{"", "from mcp", "import fastmcp.x", "  \n\tfrom  mcp", "xfrom mcp", "from mcpx", "Server(", "aServer(", "MCPServer (", "xMCPServer(", "LowLevelServer\n(", "FastMCP"}
	for range 200000 {
		var b strings.Builder
		for range 1 + rng.IntN(10) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	hits := [2]int{}
	for _, s := range texts {
		data := []byte(s)
		if got, want := pyImportsMCP(data), pyImport.Match(data); got != want {
			t.Fatalf("pyImportsMCP(%q) = %v, pyImport says %v", s, got, want)
		} else if want {
			hits[0]++
		}
		if got, want := pyCreatesServer(data), pyCreate.Match(data); got != want {
			t.Fatalf("pyCreatesServer(%q) = %v, pyCreate says %v", s, got, want)
		} else if want {
			hits[1]++
		}
	}
	if hits[0] < 100 || hits[1] < 1000 {
		t.Fatalf("too few matching texts (%v): the generator does not exercise the patterns", hits)
	}
}

// The same for the TypeScript markers.
func TestTSScannersMatchRegexps(t *testing.T) {
	pieces := []string{"@modelcontextprotocol/sdk/server/", "@modelcontextprotocol/sdk/client/", "fastmcp", "mcp", `"`, "'", "`", "x", "_", " ", "\n", "\t", "\v",
		"new", "renew", "new ", "McpServer", "Server", "FastMCP", "Mcp", "(", ")", "stdio.js", "é", "new McpServer", "new Server", " (", `"fastmcp`}
	rng := rand.New(rand.NewPCG(7, 8))
	texts := []string{"", `"fastmcp"`, `'@modelcontextprotocol/sdk/server/mcp.js'`, `"@modelcontextprotocol/sdk/server/`, "new McpServer(", "new\nServer (", "anew Server(", "new  FastMCP\t("}
	for range 200000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	hits := [2]int{}
	for _, s := range texts {
		data := []byte(s)
		if got, want := tsImportsSDK(data), tsImport.Match(data); got != want {
			t.Fatalf("tsImportsSDK(%q) = %v, tsImport says %v", s, got, want)
		} else if want {
			hits[0]++
		}
		if got, want := tsCreatesServer(data), tsCreate.Match(data); got != want {
			t.Fatalf("tsCreatesServer(%q) = %v, tsCreate says %v", s, got, want)
		} else if want {
			hits[1]++
		}
	}
	if hits[0] < 1000 || hits[1] < 1000 {
		t.Fatalf("too few matching texts (%v): the generator does not exercise the patterns", hits)
	}
}

func BenchmarkPythonMarkers(b *testing.B) {
	data := []byte(strings.Repeat("import os\nfrom typing import Any\n\nclass Handler:\n    def run(self, server):\n        return server.call(mcp_name)\n", 400) +
		"from mcp.server.fastmcp import FastMCP\nmcp = FastMCP(\"x\")\n")
	for b.Loop() {
		if !pyImportsMCP(data) || !pyCreatesServer(data) {
			b.Fatal("no match")
		}
	}
}

func BenchmarkPythonMarkersRegexp(b *testing.B) {
	data := []byte(strings.Repeat("import os\nfrom typing import Any\n\nclass Handler:\n    def run(self, server):\n        return server.call(mcp_name)\n", 400) +
		"from mcp.server.fastmcp import FastMCP\nmcp = FastMCP(\"x\")\n")
	for b.Loop() {
		if !pyImport.Match(data) || !pyCreate.Match(data) {
			b.Fatal("no match")
		}
	}
}
