// Package python is the engine's knowledge of Python as data: the grammar,
// node-type names, import and parameter shapes, the MCP SDK handler shapes
// (FastMCP in the official SDK and the standalone fastmcp package, the
// low-level Server), listeners, transports, models of library functions,
// sinks, sanitizers and guards. It holds no control flow per rule.
package python

import (
	"path"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/python"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/langs/engine"
)

var grammar = python.GetLanguage()

// Lang is the Python language data.
var Lang = &engine.Lang{
	Name: rule.Python,
	Grammar: func(p string) *sitter.Language {
		if strings.HasSuffix(p, ".py") {
			return grammar
		}
		return nil
	},
	TestFile: func(base string) bool {
		// pytest's default discovery, and its fixtures file.
		return strings.HasSuffix(base, ".py") && (strings.HasPrefix(base, "test_") || strings.HasSuffix(base, "_test.py") || base == "conftest.py")
	},
	ProjectFiles:  []string{"pyproject.toml", "setup.py", "setup.cfg", "Pipfile"},
	SDKModules:    []string{"mcp", "mcp.*", "fastmcp", "fastmcp.*"},
	ModuleName:    moduleName,
	ResolveImport: resolveImport,
	Syntax:        syntax,
	Imports:       imports,
	Params:        params,
	Handlers:      handlers,
	Listeners:     listeners,
	// fixes add `import sys` after the docstring and __future__ imports
	ImportFix:  engine.ImportFix{Statement: "import %s", First: []string{"from __future__ import*"}},
	CallChecks: append(append([]engine.CallCheck(nil), callChecks...), ruleChecks...),
	Transports: transports,
	Models:     models,
	Sinks:      append(append([]engine.Sink(nil), sinks...), tokenSinks...),
	Guards:     guards,
	Effects:    effects,
	ToolDefs: []engine.ToolDef{{Callee: []string{"mcp.types.Tool", "*types.Tool"}, Name: []engine.ArgRef{"name"},
		Annotations: []engine.ArgRef{"annotations"}}},
	Texts:       texts,
	Sources:     sources,
	Marks:       append(append([]engine.Mark(nil), marks...), originMarks...),
	OriginMark:  "origin-validated",
	ProgramRefs: []string{"sys.executable"},
	SDK:         engine.SDKPackage{Ecosystem: "pypi", Package: "mcp"},
	SDKClasses: []string{"mcp.server.*.FastMCP", "mcp.server.*.MCPServer", "mcp.server.*.SseServerTransport",
		"mcp.server.*.StreamableHTTPSessionManager", "fastmcp.server.*.FastMCP", "src.mcp.server.*.FastMCP", "src.mcp.server.*.MCPServer", "src.fastmcp.server.*.FastMCP"},
	SafeTypes: []string{"int", "float", "bool", "complex", "Literal[*", "typing.Literal[*", "int | float", "float | int",
		"list[int]", "List[int]", "list[float]", "datetime", "datetime.*", "date", "UUID", "uuid.UUID", "Decimal"},
	ContextTypes:     []string{"Context", "Context[*", "*.Context", "*.Context[*", "RequestContext*", "*Context"},
	ContextNames:     []string{"ctx", "context"},
	SafeBases:        []string{"Enum", "*.Enum", "IntEnum", "*.IntEnum", "StrEnum", "*.StrEnum"},
	GuardWrappers:    []string{"any", "all"},
	StaticDecorators: []string{"staticmethod"},
	AuthMarkers: []string{"*BearerAuthBackend", "*AuthenticationMiddleware", "*RequireAuthMiddleware", "*BearerAuthProvider",
		"*JWTVerifier", "*TokenVerifier", "*AuthSettings", "*HTTPBearer", "*APIKeyHeader", "*OAuth2PasswordBearer",
		"*verify_token", "*verify_api_key", "*check_auth", "*require_auth", "*authenticate"},
	AuthStrings: []string{"authorization", "x-api-key", "bearer "},
	// a request's Host or Origin read by hand (request.headers["origin"])
	OriginMarkers:       []string{"*.headers.origin", "*.headers.host", "*.url.hostname"},
	TypeSchema:          pydanticTypes,
	Annotated:           []string{"Annotated", "*.Annotated"},
	TypeNodes:           []string{"type"},
	GenericTypes:        []string{"generic_type"},
	TypeArgs:            []string{"type_parameter"},
	TrueLiteral:         "True",
	NullLiterals:        []string{"None"},
	TruthCalls:          []string{"bool"},
	Conformance:         conformance,
	GrammarNames:        []string{"Python"},
	ConformanceFixtures: []string{"testdata/conformance/python"},
}

var syntax = engine.Syntax{
	Comment:       "comment",
	Module:        []string{"module"},
	Block:         []string{"block"},
	ExprStmt:      []string{"expression_statement"},
	Identifier:    []string{"identifier"},
	Call:          []string{"call"},
	CallFunc:      []string{"function"},
	CallArgs:      "arguments",
	KeywordArg:    "keyword_argument",
	Splat:         []string{"list_splat", "dictionary_splat"},
	Attribute:     []string{"attribute"},
	AttrObject:    "object",
	AttrName:      []string{"attribute"},
	Subscript:     []string{"subscript"},
	SubObject:     []string{"value"},
	SubIndex:      []string{"subscript"},
	String:        []string{"string"},
	StringText:    []string{"string_content"},
	Escape:        []string{"escape_sequence"},
	Interp:        []string{"interpolation"},
	StringJoin:    []string{"concatenated_string"},
	Number:        []string{"integer", "float", "true", "false", "none"},
	Binary:        []string{"binary_operator", "boolean_operator", "comparison_operator"},
	Unary:         []string{"not_operator", "unary_operator"},
	Not:           []string{"not"},
	Ternary:       []string{"conditional_expression"},
	Passthrough:   []string{"parenthesized_expression", "await"},
	Yield:         []string{"yield"},
	NamedExpr:     []string{"named_expression"},
	List:          []string{"list", "tuple", "expression_list", "set"},
	Dict:          []string{"dictionary"},
	Pair:          []string{"pair"},
	Comprehension: []string{"list_comprehension", "set_comprehension", "generator_expression", "dictionary_comprehension"},
	ForIn:         []string{"for_in_clause"},
	CompIf:        []string{"if_clause"},
	Assign:        []string{"assignment"},
	AugAssign:     []string{"augmented_assignment"},
	Pattern:       []string{"pattern_list", "tuple_pattern", "list_pattern"},
	Function:      []string{"function_definition", "lambda"},
	FuncBody:      "body",
	ResultType:    "return_type",
	ResultWrap:    []string{"Optional", "Awaitable"},
	Class:         []string{"class_definition"},
	ClassBases:    "superclasses",
	Decorated:     []string{"decorated_definition"},
	Decorator:     "decorator",
	Return:        []string{"return_statement"},
	If:            []string{"if_statement"},
	ElseIf:        []string{"elif_clause"},
	Else:          []string{"else_clause"},
	Raise:         []string{"raise_statement"},
	Continue:      []string{"continue_statement", "break_statement"},
	Loop:          []string{"for_statement", "while_statement"},
	With:          []string{"with_statement"},
	WithItem:      []string{"with_item"},
	AsPattern:     []string{"as_pattern"},
	Match: engine.MatchSyntax{
		Stmt: []string{"match_statement"}, Case: []string{"case_clause"},
		Wrap: []string{"case_pattern", "union_pattern"}, Capture: []string{"dotted_name"},
		Mapping: []string{"dict_pattern"}, Sequence: []string{"list_pattern", "tuple_pattern"},
		Splat: []string{"splat_pattern"}, Class: []string{"class_pattern"}, Keyword: []string{"keyword_pattern"},
		As: []string{"as_pattern"},
	},
	Try:       []string{"try_statement"},
	Cases:     []string{"case_clause"},
	CaseValue: []string{"case_pattern"},
	Except:    []string{"except_clause", "except_group_clause"},
	Import:    []string{"import_statement", "import_from_statement"},
}

// moduleName maps pkg/mod.py to pkg.mod and pkg/__init__.py to pkg.
func moduleName(rel string) string {
	m := strings.TrimSuffix(rel, ".py")
	m = strings.TrimSuffix(m, "/__init__")
	return strings.ReplaceAll(m, "/", ".")
}

// resolveImport lists the module names an import source may denote: the
// absolute name, the name relative to each enclosing directory (scripts run
// from their own directory, src/ layouts), or a relative import.
func resolveImport(fromRel, source string) []string {
	dir := path.Dir(fromRel)
	if strings.HasPrefix(source, ".") {
		rest := strings.TrimLeft(source, ".")
		up := len(source) - len(rest) - 1
		for i := 0; i < up; i++ {
			dir = path.Dir(dir)
		}
		base := ""
		if dir != "." {
			base = strings.ReplaceAll(dir, "/", ".")
		}
		switch {
		case base == "":
			return []string{rest}
		case rest == "":
			return []string{base}
		}
		return []string{base + "." + rest}
	}
	out := []string{}
	for d := dir; d != "." && d != "/" && d != ""; d = path.Dir(d) {
		out = append(out, strings.ReplaceAll(d, "/", ".")+"."+source)
	}
	return append(out, source)
}

func imports(f *engine.File, n *engine.Node) []engine.Import {
	var out []engine.Import
	switch n.Type {
	case "import_statement":
		for _, c := range n.ChildrenIn("name") {
			switch c.Type {
			case "dotted_name":
				full := f.Text(c)
				first := strings.SplitN(full, ".", 2)[0]
				out = append(out, engine.Import{Local: first, Source: first, Node: c})
				if first != full {
					// the full name still marks SDK use (import mcp.server)
					out = append(out, engine.Import{Local: "", Source: full, Node: c})
				}
			case "aliased_import":
				out = append(out, engine.Import{Local: f.Text(c.Child("alias")), Source: f.Text(c.Child("name")), Node: c})
			}
		}
	case "import_from_statement":
		src := f.Text(n.Child("module_name"))
		for _, c := range n.ChildrenIn("name") {
			switch c.Type {
			case "dotted_name":
				out = append(out, engine.Import{Local: f.Text(c), Source: src, Member: f.Text(c), Node: c})
			case "aliased_import":
				out = append(out, engine.Import{Local: f.Text(c.Child("alias")), Source: src, Member: f.Text(c.Child("name")), Node: c})
			}
		}
		if len(out) == 0 {
			out = append(out, engine.Import{Source: src, Member: "*", Node: n})
		}
	}
	kept := out[:0]
	for _, im := range out {
		if im.Local != "" || im.Member == "*" || im.Source != "" {
			kept = append(kept, im)
		}
	}
	return kept
}

func params(f *engine.File, fn *engine.Node) []engine.Param {
	ps := fn.Child("parameters")
	if ps == nil {
		return nil
	}
	var out []engine.Param
	for _, c := range ps.NamedChildren("comment") {
		p := engine.Param{Node: c}
		switch c.Type {
		case "identifier":
			p.Names = []string{f.Text(c)}
		case "typed_parameter":
			id := c.FirstNamed("comment")
			if id == nil {
				continue
			}
			switch id.Type {
			case "list_splat_pattern":
				p.Rest = true
				id = id.FirstNamed("comment")
			case "dictionary_splat_pattern":
				p.KwRest = true
				id = id.FirstNamed("comment")
			}
			p.Names = []string{f.Text(id)}
			p.Type = f.Text(c.Child("type"))
		case "default_parameter", "typed_default_parameter":
			p.Names = []string{f.Text(c.Child("name"))}
			p.Type = f.Text(c.Child("type"))
			p.Default = c.Child("value")
		case "list_splat_pattern":
			p.Rest = true
			p.Names = []string{f.Text(c.FirstNamed("comment"))}
		case "dictionary_splat_pattern":
			p.KwRest = true
			p.Names = []string{f.Text(c.FirstNamed("comment"))}
		default:
			continue // keyword and positional separators
		}
		out = append(out, p)
	}
	return out
}
