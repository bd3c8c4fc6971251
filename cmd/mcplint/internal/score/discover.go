package score

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/gotext"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/analyzers/safefile"
)

// Server is one MCP server program found in the scan.
type Server struct {
	// Root names the server: the main package directory (Go) or the project
	// directory (Python, TypeScript: the nearest directory above the server
	// file with a pyproject.toml, setup.py, requirements*.txt or
	// package.json, else the file's directory).
	Root     string
	Language rule.Language
	// Scope is the directory whose findings count for the server: the Go
	// module root, or Root.
	Scope string
	Entry string // the file that creates the server
}

// Markers of a program that creates an MCP server. They are deliberately
// simple (text, not parse trees): the score groups findings, it does not
// decide what is reported.
var (
	goSDK     = regexp.MustCompile(`"github\.com/(mark3labs/mcp-go/server|modelcontextprotocol/go-sdk/mcp|metoro-io/mcp-golang)"`)
	pyImport  = regexp.MustCompile(`(?m)^\s*(from|import)\s+(mcp|fastmcp)\b`)
	pyCreate  = regexp.MustCompile(`\b(FastMCP|Server|MCPServer|LowLevelServer)\s*\(`)
	tsImport  = regexp.MustCompile(`["'](@modelcontextprotocol/sdk/server/[^"']*|fastmcp)["']`)
	tsCreate  = regexp.MustCompile(`\bnew\s+(McpServer|Server|FastMCP)\s*\(`)
	pyProject = []string{"pyproject.toml", "setup.py", "setup.cfg", "requirements.txt"}
	tsProject = []string{"package.json"}
)

// Discover finds the servers among the scanned Go package directories and
// Python/TypeScript files. root bounds the search for project directories.
func Discover(root string, goDirs, files []string) []Server {
	var out []Server
	for _, dir := range goDirs {
		if entry := goServer(dir); entry != "" {
			out = append(out, Server{Root: dir, Language: rule.Go, Scope: moduleRoot(root, dir), Entry: entry})
		}
	}
	seen := map[string]bool{}
	for _, f := range files {
		lang, markers := rule.TypeScript, tsProject
		imports, creates := tsImportsSDK, tsCreatesServer
		if strings.HasSuffix(f, ".py") {
			lang, markers, imports, creates = rule.Python, pyProject, pyImportsMCP, pyCreatesServer
		}
		data, err := safefile.Read(f, safefile.ManifestLimit)
		if err != nil || !mayCreate(lang, data) || !imports(data) || !creates(data) {
			continue
		}
		proj := projectRoot(root, filepath.Dir(f), markers)
		if seen[string(lang)+proj] {
			continue
		}
		seen[string(lang)+proj] = true
		out = append(out, Server{Root: proj, Language: lang, Scope: proj, Entry: f})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Root != out[j].Root {
			return out[i].Root < out[j].Root
		}
		return out[i].Language < out[j].Language
	})
	return out
}

// mayCreate checks for literals that every match of the language's import
// and creation patterns contains. Most files of a large tree lack them, and
// bytes.Contains is far cheaper than the regexps, which otherwise cost
// seconds per million lines on every run.
func mayCreate(lang rule.Language, data []byte) bool {
	if lang == rule.Python {
		return bytes.Contains(data, []byte("mcp")) &&
			(bytes.Contains(data, []byte("Server")) || bytes.Contains(data, []byte("FastMCP")))
	}
	return (bytes.Contains(data, []byte("@modelcontextprotocol/sdk/server/")) || bytes.Contains(data, []byte("fastmcp"))) &&
		bytes.Contains(data, []byte("new"))
}

// goServer returns a file of a main package in dir that imports an MCP
// server SDK, or "".
func goServer(dir string) string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	isMain, entry := false, ""
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		// Regular files only, bounded: a .go link to /dev/zero is in the tree's power.
		data, err := safefile.Read(filepath.Join(dir, name), safefile.ManifestLimit)
		if err != nil {
			continue
		}
		isMain = isMain || gotext.IsMainPackage(data)
		if entry == "" && goSDK.Match(data) {
			entry = filepath.Join(dir, name)
		}
	}
	if !isMain {
		return ""
	}
	return entry
}

// moduleRoot is the nearest directory at or above dir with a go.mod, not
// above root; dir itself when there is none.
func moduleRoot(root, dir string) string {
	if p := projectRoot(root, dir, []string{"go.mod"}); p != "" {
		if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
			return p
		}
	}
	return dir
}

// projectRoot is the nearest directory at or above dir holding one of the
// marker files, not above root; dir when there is none.
func projectRoot(root, dir string, markers []string) string {
	for d := dir; ; d = filepath.Dir(d) {
		for _, m := range markers {
			if _, err := os.Stat(filepath.Join(d, m)); err == nil {
				return d
			}
		}
		if d == root || !within(root, d) || filepath.Dir(d) == d {
			return dir
		}
	}
}

// within reports whether path is dir or below it.
func within(dir, path string) bool {
	return path == dir || strings.HasPrefix(path, strings.TrimSuffix(dir, string(filepath.Separator))+string(filepath.Separator))
}

// Attribute assigns each finding to servers: among the servers whose scope
// holds the file, the one whose root holds it most closely; a file in a
// module's shared code (below the scope, outside every server root) counts
// for each server of that module. Findings outside every server are not
// rated. per[i] holds the findings of servers[i], in input order; reports
// use it to show findings by server.
func Attribute(servers []Server, findings []rule.Finding) [][]rule.Finding {
	per := make([][]rule.Finding, len(servers))
	for _, f := range findings {
		best, bestLen := -1, -1
		var scoped []int
		for i, s := range servers {
			if !within(s.Scope, f.Pos.File) {
				continue
			}
			scoped = append(scoped, i)
			if within(s.Root, f.Pos.File) && len(s.Root) > bestLen {
				best, bestLen = i, len(s.Root)
			}
		}
		if best >= 0 {
			per[best] = append(per[best], f)
			continue
		}
		for _, i := range scoped {
			per[i] = append(per[i], f)
		}
	}
	return per
}
