// Package typescript is the engine's knowledge of TypeScript and JavaScript
// as data: grammars per extension, node-type names, import and parameter
// shapes, the MCP SDK handler shapes (@modelcontextprotocol/sdk McpServer
// and Server, fastmcp), listeners and sinks. It holds no control flow per
// rule.
package typescript

import (
	"encoding/json"
	"path"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/javascript"
	"github.com/smacker/go-tree-sitter/typescript/tsx"
	"github.com/smacker/go-tree-sitter/typescript/typescript"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/langs/engine"
)

var (
	tsGrammar  = typescript.GetLanguage()
	tsxGrammar = tsx.GetLanguage()
	jsGrammar  = javascript.GetLanguage()
)

// grammarFor picks the grammar by extension. JavaScript files use the
// JavaScript grammar, which parses JSX too (JSX in .js is common); .d.ts
// declarations hold no code and are skipped.
func grammarFor(p string) *sitter.Language {
	if strings.HasSuffix(p, ".d.ts") || strings.HasSuffix(p, ".d.mts") || strings.HasSuffix(p, ".d.cts") {
		return nil
	}
	switch path.Ext(p) {
	case ".ts", ".mts", ".cts":
		return tsGrammar
	case ".tsx":
		return tsxGrammar
	case ".js", ".jsx", ".mjs", ".cjs":
		return jsGrammar
	}
	return nil
}

// testFile reports unit-test files by name (x.test.ts, x.spec.js; jest,
// vitest and mocha conventions).
func testFile(base string) bool {
	stem := strings.TrimSuffix(base, path.Ext(base))
	return strings.HasSuffix(stem, ".test") || strings.HasSuffix(stem, ".spec")
}

// Lang is the TypeScript/JavaScript language data.
var Lang = &engine.Lang{
	Name:     rule.TypeScript,
	Grammar:  grammarFor,
	TestFile: testFile,
	SkipMinified: func(p string) bool {
		switch path.Ext(p) {
		case ".js", ".mjs", ".cjs", ".jsx":
			return true
		}
		return false
	},
	ProjectFiles:        []string{"package.json", "deno.json"},
	WorkspaceFiles:      []string{"pnpm-workspace.yaml", "lerna.json"},
	WorkspaceKey:        "workspaces",
	PackageName:         packageName,
	PackageSources:      packageSources,
	SDKModules:          []string{"@modelcontextprotocol/*", "fastmcp", "fastmcp/*", "mcp-framework", "mcp-framework/*", "mcp-handler", "@vercel/mcp-adapter"},
	ModuleName:          moduleName,
	ResolveImport:       resolveImport,
	ModuleSource:        unquote,
	ExportObjects:       []string{"module.exports", "exports"},
	Syntax:              syntax,
	Imports:             imports,
	Params:              params,
	Handlers:            handlers,
	Listeners:           listeners,
	CallChecks:          append(append([]engine.CallCheck(nil), callChecks...), ruleChecks...),
	Transports:          transports,
	Models:              models,
	Sinks:               append(append([]engine.Sink(nil), sinks...), tokenSinks...),
	Guards:              guards,
	Effects:             effects,
	ToolDefs:            []engine.ToolDef{{Keys: []string{"name", "inputSchema", "annotations"}, Name: []engine.ArgRef{"name"}, Annotations: []engine.ArgRef{"annotations"}}},
	Texts:               texts,
	Sources:             sources,
	Marks:               append(append([]engine.Mark(nil), marks...), originMarks...),
	TrueLiteral:         "true",
	NullLiterals:        []string{"null", "undefined"},
	TruthCalls:          []string{"Boolean"},
	Conformance:         conformance,
	GrammarNames:        []string{"TypeScript", "TSX", "JavaScript (with JSX)"},
	ConformanceFixtures: []string{"testdata/conformance/typescript", "testdata/conformance/javascript"},
	ContextNames:        []string{"extra", "context", "ctx"},
	GuardWrappers:       []string{"*.some", "*.every", "*.find"},
	AuthMarkers: []string{"*requireBearerAuth", "*bearerAuth", "*.verifyAccessToken", "*passport.authenticate", "*jwt.verify", "*expressjwt", "*authenticate",
		"*.headers.authorization", "*.headers.Authorization", "*.verifyToken", "*.verifyIdToken", "*clerkMiddleware", "*requireAuth", "*withMcpAuth"},
	AuthStrings: []string{"authorization", "x-api-key", "bearer "},
	OriginMarkers: []string{"*hostHeaderValidation", "*localhostHostValidation", "*originValidation", "*localhostOriginValidation",
		"*.headers.origin", "*.headers.Origin", "*.headers.host", "*.headers.Host"},
	OriginMark: "origin-validated",
	// documentation companions: type-checked regions synced into docs,
	// never run (the TypeScript SDK's sync-snippets convention)
	DocFiles: []string{"*.examples.ts", "*.examples.js", "*.examples.mts", "*.examples.tsx"},
	SDK:      engine.SDKPackage{Ecosystem: "npm", Package: "@modelcontextprotocol/sdk"},
	SDKClasses: []string{"*.StreamableHTTPServerTransport", "*.WebStandardStreamableHTTPServerTransport",
		"*.NodeStreamableHTTPServerTransport", "*.SSEServerTransport"},
}

var syntax = engine.Syntax{
	Comment:    "comment",
	Module:     []string{"program"},
	Block:      []string{"statement_block"},
	ExprStmt:   []string{"expression_statement"},
	Identifier: []string{"identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern", "this"},
	Call:       []string{"call_expression", "new_expression"},
	CallFunc:   []string{"function", "constructor"},
	CallArgs:   "arguments",
	Splat:      []string{"spread_element", "rest_pattern"},
	Attribute:  []string{"member_expression"},
	CleanAttrs: []string{"length", "size", "byteLength"},
	AttrObject: "object",
	AttrName:   []string{"property"},
	Subscript:  []string{"subscript_expression"},
	SubObject:  []string{"object"},
	SubIndex:   []string{"index"},
	String:     []string{"string", "template_string"},
	StringText: []string{"string_fragment"},
	Escape:     []string{"escape_sequence"},
	Interp:     []string{"template_substitution"},
	Number:     []string{"number", "true", "false", "null", "undefined"},
	Regex:      []string{"regex"},
	Binary:     []string{"binary_expression"},
	Unary:      []string{"unary_expression", "update_expression"},
	Not:        []string{"!"},
	Ternary:    []string{"ternary_expression"},
	Passthrough: []string{"parenthesized_expression", "await_expression", "as_expression", "non_null_expression", "satisfies_expression",
		"instantiation_expression"},
	PassLast:       []string{"type_assertion"},
	Sequence:       []string{"sequence_expression"},
	List:           []string{"array"},
	Dict:           []string{"object"},
	Pair:           []string{"pair"},
	Shorthand:      []string{"shorthand_property_identifier"},
	Assign:         []string{"assignment_expression"},
	Declarator:     []string{"variable_declarator"},
	AugAssign:      []string{"augmented_assignment_expression"},
	Pattern:        []string{"object_pattern", "array_pattern"},
	PatternPair:    []string{"pair_pattern"},
	PatternDefault: []string{"object_assignment_pattern", "assignment_pattern"},
	Function: []string{"function_declaration", "function_expression", "function", "arrow_function", "method_definition",
		"generator_function_declaration", "generator_function"},
	FuncBody:    "body",
	ResultType:  "return_type",
	ResultWrap:  []string{"Promise"},
	Class:       []string{"class_declaration", "class", "abstract_class_declaration"},
	Heritage:    []string{"class_heritage"},
	Extends:     []string{"extends_clause"},
	Yield:       []string{"yield_expression"},
	This:        "this",
	Decorator:   "decorator",
	Return:      []string{"return_statement"},
	If:          []string{"if_statement"},
	Else:        []string{"else_clause"},
	Raise:       []string{"throw_statement"},
	Continue:    []string{"continue_statement", "break_statement"},
	Loop:        []string{"for_statement", "for_in_statement", "while_statement", "do_statement"},
	Try:         []string{"try_statement"},
	Switch:      []string{"switch_statement"},
	SwitchCase:  []string{"switch_case", "switch_default"},
	Cases:       []string{"switch_case"},
	CaseValue:   []string{"value"},
	Except:      []string{"catch_clause"},
	ExceptParam: "parameter",
	Namespace:   []string{"internal_module", "module"},
	Field:       []string{"public_field_definition", "field_definition"},
	FieldName:   []string{"name", "property"},
	Static:      "static",
	Super:       []string{"super"},
	Import:      []string{"import_statement", "export_statement"},
}

var exts = []string{".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"}

// moduleName is the project-relative path without extension; index files
// also answer for their directory.
func moduleName(rel string) string {
	for _, e := range exts {
		if strings.HasSuffix(rel, e) {
			rel = strings.TrimSuffix(rel, e)
			break
		}
	}
	return strings.TrimSuffix(rel, "/index")
}

// resolveImport resolves relative specifiers ("./util.js") against the
// importing file, and the conventional source-root aliases of tsconfig
// paths ("~/utils/x.js", "@/lib/x") against src/ and the project root;
// package specifiers stay external (a candidate that names no project
// module is ignored).
func resolveImport(fromRel, source string) []string {
	if strings.HasPrefix(source, ".") {
		p := path.Join(path.Dir(fromRel), source)
		return []string{moduleName(p)}
	}
	for _, alias := range []string{"~/", "@/", "#/", "src/"} {
		if rest, ok := strings.CutPrefix(source, alias); ok {
			return []string{moduleName("src/" + rest), moduleName(rest)}
		}
	}
	return nil
}

func unquote(s string) string {
	s = strings.Trim(s, "\"'`")
	return strings.TrimPrefix(s, "node:")
}

func imports(f *engine.File, n *engine.Node) []engine.Import {
	if n.Type == "export_statement" {
		return exports(f, n)
	}
	if rc := firstOfType(n, "import_require_clause"); rc != nil {
		// import x = require("m")
		if id := rc.FirstNamed("comment"); id != nil && id.Type == "identifier" {
			return []engine.Import{{Local: f.Text(id), Source: unquote(f.Text(rc.Child("source"))), Node: rc}}
		}
	}
	src := unquote(f.Text(n.Child("source")))
	var out []engine.Import
	for _, clause := range n.Children {
		if clause.Type != "import_clause" {
			continue
		}
		for _, c := range clause.NamedChildren("comment") {
			switch c.Type {
			case "identifier":
				out = append(out, engine.Import{Local: f.Text(c), Source: src, Member: "default", Node: c})
			case "namespace_import":
				if id := c.FirstNamed("comment"); id != nil {
					out = append(out, engine.Import{Local: f.Text(id), Source: src, Node: c})
				}
			case "named_imports":
				for _, s := range c.NamedChildren("comment") {
					name := f.Text(s.Child("name"))
					local := name
					if al := s.Child("alias"); al != nil {
						local = f.Text(al)
					}
					out = append(out, engine.Import{Local: local, Source: src, Member: name, Node: s})
				}
			}
		}
	}
	if len(out) == 0 && src != "" {
		// import "./side-effect.js"
		out = append(out, engine.Import{Source: src, Node: n})
	}
	return out
}

func firstOfType(n *engine.Node, typ string) *engine.Node {
	for _, c := range n.Children {
		if c.Type == typ {
			return c
		}
	}
	return nil
}

// exports translates re-exports (export { a as b } from "./m", export *
// from "./m") into imports, and a default export into a binding of
// "default" with no source. Other export statements bind nothing and run
// as ordinary statements.
func exports(f *engine.File, n *engine.Node) []engine.Import {
	srcNode := n.Child("source")
	if srcNode == nil {
		isDefault := false
		assign := false
		for _, c := range n.Children {
			switch {
			case !c.Named && f.Text(c) == "default":
				isDefault = true
			case !c.Named && f.Text(c) == "=":
				assign = true
			case assign && c.Named && c.Type != "comment":
				// export = value: TypeScript's module.exports
				return []engine.Import{{Member: engine.ExportAssign, Node: c}}
			}
		}
		if !isDefault {
			return nil
		}
		if d := n.Child("declaration"); d != nil {
			return []engine.Import{{Local: "default", Node: d}}
		}
		if v := n.Child("value"); v != nil {
			return []engine.Import{{Local: "default", Node: v}}
		}
		return nil
	}
	src := unquote(f.Text(srcNode))
	var out []engine.Import
	for _, c := range n.NamedChildren("comment") {
		switch c.Type {
		case "export_clause":
			for _, s := range c.NamedChildren("comment") {
				name := f.Text(s.Child("name"))
				local := name
				if al := s.Child("alias"); al != nil {
					local = f.Text(al)
				}
				out = append(out, engine.Import{Local: local, Source: src, Member: name, Node: s})
			}
		case "namespace_export":
			if id := c.FirstNamed("comment"); id != nil {
				out = append(out, engine.Import{Local: f.Text(id), Source: src, Node: c})
			}
		}
	}
	if len(out) == 0 {
		out = append(out, engine.Import{Source: src, Member: "*", Node: n})
	}
	return out
}

func params(f *engine.File, fn *engine.Node) []engine.Param {
	if p := fn.Child("parameter"); p != nil {
		// x => ...
		return []engine.Param{{Names: []string{f.Text(p)}, Node: p}}
	}
	ps := fn.Child("parameters")
	if ps == nil {
		return nil
	}
	var out []engine.Param
	for _, c := range ps.NamedChildren("comment") {
		p := engine.Param{Node: c}
		pat := c
		switch c.Type {
		case "required_parameter", "optional_parameter":
			pat = c.Child("pattern")
			for _, m := range c.Children {
				if m.Type == "accessibility_modifier" || m.Type == "override_modifier" || (!m.Named && f.Text(m) == "readonly") {
					p.Field = true // a parameter property
				}
			}
			if t := c.Child("type"); t != nil {
				p.Type = strings.TrimSpace(strings.TrimPrefix(f.Text(t), ":"))
			}
			p.Default = c.Child("value")
		case "assignment_pattern":
			pat = c.Child("left")
			p.Default = c.Child("right")
		}
		if pat == nil {
			continue
		}
		if pat.Type == "rest_pattern" {
			p.Rest = true
			pat = pat.FirstNamed("comment")
			if pat == nil {
				continue
			}
		}
		p.Names = patternNames(f, pat)
		if pat.Type == "object_pattern" || pat.Type == "array_pattern" {
			p.Pattern = pat
		}
		if len(p.Names) == 0 && p.Pattern == nil {
			continue
		}
		out = append(out, p)
	}
	return out
}

// patternNames lists the names a parameter pattern binds, one level deep:
// ({ cmd, path: p }) binds cmd and path (the client's argument names).
func patternNames(f *engine.File, pat *engine.Node) []string {
	switch pat.Type {
	case "identifier", "this":
		return []string{f.Text(pat)}
	case "object_pattern":
		var out []string
		for _, c := range pat.NamedChildren("comment") {
			switch c.Type {
			case "shorthand_property_identifier_pattern":
				out = append(out, f.Text(c))
			case "pair_pattern":
				out = append(out, strings.Trim(f.Text(c.Child("key")), "\"'"))
			case "object_assignment_pattern":
				out = append(out, f.Text(c.Child("left")))
			}
		}
		return out
	}
	return nil
}

// manifest is what package resolution reads of a package.json.
type manifest struct {
	Name    string          `json:"name"`
	Source  string          `json:"source"`
	Main    string          `json:"main"`
	Module  string          `json:"module"`
	Types   string          `json:"types"`
	Exports json.RawMessage `json:"exports"`
}

func packageName(b []byte) string {
	var m manifest
	if json.Unmarshal(b, &m) != nil {
		return ""
	}
	return m.Name
}

// builtDirs are the directories a package's build writes, whose sources
// conventionally sit under src/ (dist/index.js is built from
// src/index.ts).
var builtDirs = []string{"dist/", "build/", "lib/", "out/"}

// packageSources lists where the sources of an import of a workspace
// package (sub "" for the package itself, else a path inside it) may
// be: the entry points its package.json names, the same paths under
// src/ when they name built output, and the conventional src/index.
func packageSources(b []byte, sub string) []string {
	var m manifest
	if json.Unmarshal(b, &m) != nil {
		return nil
	}
	var entries []string
	if sub == "" {
		entries = append(entries, m.Source, m.Module, m.Main, m.Types)
		entries = append(entries, exportTargets(m.Exports, ".")...)
		entries = append(entries, "src/index", "index")
	} else {
		entries = append(entries, exportTargets(m.Exports, "./"+sub)...)
		entries = append(entries, "src/"+sub, sub)
	}
	var out []string
	seen := map[string]bool{}
	add := func(e string) {
		e = strings.TrimSuffix(strings.TrimPrefix(e, "./"), ".d.ts")
		if e == "" || strings.HasPrefix(e, "/") || strings.Contains(e, "..") || seen[e] {
			return
		}
		seen[e] = true
		out = append(out, e)
	}
	for _, e := range entries {
		add(e)
		for _, d := range builtDirs {
			if rest, ok := strings.CutPrefix(strings.TrimPrefix(e, "./"), d); ok {
				add("src/" + rest)
			}
		}
	}
	return out
}

// exportTargets are the paths an "exports" map gives for key: a string,
// or the import, require, default and types conditions of an object.
func exportTargets(raw json.RawMessage, key string) []string {
	if len(raw) == 0 {
		return nil
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		if key == "." {
			return []string{s}
		}
		return nil
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil {
		return nil
	}
	v, ok := m[key]
	if !ok {
		if key != "." {
			return nil
		}
		v = raw // conditions at the top level: { "import": "./dist/index.js" }
	}
	if json.Unmarshal(v, &s) == nil {
		return []string{s}
	}
	var conds map[string]json.RawMessage
	if json.Unmarshal(v, &conds) != nil {
		return nil
	}
	var out []string
	for _, c := range []string{"source", "import", "require", "default", "types", "node"} {
		if json.Unmarshal(conds[c], &s) == nil {
			out = append(out, s)
		}
	}
	return out
}
