// Package engine is mcplint's language-neutral tree-sitter engine. It parses
// each file once, copies the tree into Go memory, and runs one abstract
// interpreter over it that does constant folding (for listener addresses)
// and taint tracking (from MCP handler parameters to sinks) at the same
// time. Everything the engine knows about a language comes from a Lang value
// (langs/python, langs/typescript): node-type names, SDK handler shapes,
// listeners, sinks, sanitizers and guards. The engine never branches on a
// rule ID or a language name: tables tag sinks with a rule.SinkKind and
// checks with a rule.CheckKind, and the kind decides the rule, the
// severity and the message frame, the same for every language.
//
// # Plugging in a language
//
// A language is one *Lang value (see langs/python for a complete one):
//
//   - Grammar, Syntax, Imports, Params translate the grammar: which node
//     types are calls, attributes, strings, assignments, functions,
//     branches; where their parts are (field names); how an import
//     statement binds names. Dump a tree with
//     DUMP=file.ts go test ./langs/engine -run TestDump -v.
//   - Everything else is matched against callee names. The interpreter
//     names every value it can: an import binds its qualified name
//     ("subprocess", "mcp.server.fastmcp.FastMCP", "express" for a default
//     import), an attribute appends ".name", a call appends "()"; an
//     attribute of an unknown value is "?.name"; a call whose callee has no
//     name falls back to its source text. So `app = express();
//     app.listen(3000)` calls "express().listen", and the patterns (glob,
//     '*' matches anything) "*.listen" or "express().listen" match it.
//   - HandlerShape finds handlers (decorators or registration calls with
//     the function as an argument); their parameters become sources unless
//     ContextNames/ContextTypes/SafeTypes/SafeBases or the Schema say
//     otherwise. Sink says which argument (ArgRef) must not carry a tool
//     argument and how (SinkMode); Model says how a library call transforms
//     values (propagate, sanitize, resolve, env default, tag an MCP app);
//     Guard recognises containment checks by shape; Listener, CallCheck and
//     Transport drive MCP001, MCP005 and MCP004.
//   - TextCheck hands description text (call arguments, docstrings of
//     registered functions, parameter annotations, tool-definition
//     literals) to a classifier the data supplies. Source makes values
//     the client sent outside the tool arguments (its bearer token) a
//     taint of their own class, seen only by sinks of that class. Mark
//     gives a file a property (a stdio transport starts here) and a
//     CallCheck with Scope keeps its findings to the code that runs while
//     the marked thing is live.
//   - Findings only appear for rules whose catalog entry lists the
//     language, and only in projects that import one of SDKModules.
//   - Fixtures: testdata/<language>/<rule name>/ with `// want "regexp"`
//     comments, run by langs/langtest.
package engine

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// Lang describes one language family to the engine. All fields are data;
// the two function hooks (Imports, Params) exist because import statements
// and parameter lists differ too much in shape to describe with node names,
// and they only translate syntax into the neutral Import and Param types.
type Lang struct {
	Name rule.Language
	// Grammar returns the grammar for a file name, or nil if the file is
	// not this language's.
	Grammar func(path string) *sitter.Language
	// SkipMinified turns on the minified-bundle check for the file.
	SkipMinified func(path string) bool
	// TestFile reports, by the file's base name, test code of this
	// language (test_x.py, x.spec.ts). With the test directories of
	// TestDirs it decides what the walk skips unless the command line
	// names it.
	TestFile func(base string) bool
	// ProjectFiles are file names that mark a project root (package.json,
	// pyproject.toml). Files are grouped into projects by the nearest
	// ancestor holding one; cross-module resolution stays inside a project.
	ProjectFiles []string
	// WorkspaceFiles and WorkspaceKey mark a workspace root: a directory
	// holding one of WorkspaceFiles (pnpm-workspace.yaml), or a project
	// file with the top-level key WorkspaceKey (package.json
	// "workspaces"). The packages under it are one project, and an import
	// of one of them by its name resolves to its sources: PackageName
	// reads the name from a package's project file, PackageSources gives
	// candidate source paths (relative to the package directory) for an
	// import of sub, a path inside the package ("" for the package).
	WorkspaceFiles []string
	WorkspaceKey   string
	PackageName    func(manifest []byte) string
	PackageSources func(manifest []byte, sub string) []string
	// SDKModules are glob patterns over import sources; a project that
	// imports one is an MCP server project, and only such projects are
	// analysed for findings (precision: a Flask app that is not an MCP
	// server is not mcplint's business).
	SDKModules []string
	// ModuleName turns a project-relative file path into the dotted module
	// name imports use (python: pkg/mod.py -> pkg.mod), and ResolveImport
	// turns an import source seen in file into candidate module names.
	ModuleName    func(rel string) string
	ResolveImport func(fromRel, source string) []string
	// ModuleSource, when set, normalises a module name given as a string
	// at run time (require("node:fs") is "fs").
	ModuleSource func(source string) string
	// ExportObjects name the object a module exports besides its top-level
	// names, as paths from a module-level variable (CommonJS
	// "module.exports" and its alias "exports"). They all start as one
	// object; assigning to the first replaces what the module exports.
	ExportObjects []string

	Syntax Syntax

	// Imports extracts the import bindings of one import statement node.
	Imports func(f *File, n *Node) []Import
	// Params extracts a function's parameters.
	Params func(f *File, fn *Node) []Param

	// ImportFix says how fixes add an import (Fix.Import).
	ImportFix ImportFix

	Handlers   []HandlerShape
	Listeners  []Listener
	CallChecks []CallCheck
	Transports []Transport
	Models     []Model
	Sinks      []Sink
	Guards     []Guard
	// Effects are library calls that change the world outside the server
	// (MCP015), besides the process and SQL sinks; ToolDefs are the tool
	// definitions of low-level servers, run by Dispatch handlers.
	Effects  []Effect
	ToolDefs []ToolDef
	// SafeTypes are glob patterns over a parameter's type annotation text
	// that make it no source (int, bool, Literal[...]); ContextTypes and
	// ContextNames mark context objects the SDK injects.
	SafeTypes    []string
	ContextTypes []string
	ContextNames []string
	// SafeBases are class base-name patterns whose subclasses are safe
	// parameter types (Enum, IntEnum).
	SafeBases []string
	// TypeSchema says which values of a parameter's type annotation
	// narrow the argument (constr(pattern=re), Field(pattern=re));
	// Annotated are the subscripted types whose further elements are
	// such values (Annotated[str, Field(pattern=re)]), TypeNodes the
	// syntax nodes that wrap an annotation's expression, GenericTypes
	// the nodes of a subscripted type besides Subscript, and TypeArgs the
	// nodes that hold its elements.
	TypeSchema   SchemaVocab
	Annotated    []string
	TypeNodes    []string
	GenericTypes []string
	TypeArgs     []string
	// StaticDecorators mark methods without a receiver parameter
	// (staticmethod).
	StaticDecorators []string
	// GuardWrappers are callees whose function or generator argument holds
	// a containment check (any, all, .some, .every).
	GuardWrappers []string
	// AuthMarkers are glob patterns over callee names and keyword names;
	// any of them in a file means the file authenticates its transports.
	AuthMarkers []string
	// AuthStrings are lower-case substrings of string constants (a header
	// name such as "authorization") with the same meaning.
	AuthStrings []string
	// OriginMarkers are glob patterns over callee and attribute names
	// (req.headers.origin, hostHeaderValidation) whose presence in a file
	// means its HTTP routes validate Origin or Host.
	OriginMarkers []string

	// Texts say where the text a model reads as a description lives
	// (tool descriptions, docstrings, parameter descriptions) and which
	// classifier judges it.
	Texts []TextCheck
	// Sources are expressions whose values come from the client's request
	// rather than from tool arguments (the Authorization header); their
	// taint only reaches sinks that name the same Source.
	Sources []Source
	// Marks name calls that give their file a property later checks can
	// require (a stdio transport is started here).
	Marks []Mark
	// OriginMark names the Mark whose calls validate Origin or Host for
	// the file's HTTP routes under conditions (createMcpExpressApp() on a
	// loopback host), like OriginMarkers do unconditionally.
	OriginMark string
	// DocFiles are glob patterns over file base names of documentation
	// snippets (*.examples.ts): code that is type-checked but never run,
	// so the transports and listeners in it are never served.
	DocFiles []string
	// SDKClasses are glob patterns over the qualified names (module and
	// class) of the SDK's own server and transport classes: a project that
	// defines one is the SDK's source, whose transports are
	// library code served by its users, not by the project.
	SDKClasses []string
	// SDK names the registry package whose transport code serves this
	// language's MCP HTTP transports (rule.Served, for MCP014).
	SDK SDKPackage
	// ProgramRefs are qualified names of values that name an interpreter
	// (sys.executable), besides the program names of
	// knowledge.Interpreters.
	ProgramRefs []string

	// TrueLiteral is the source text of the boolean true ("True",
	// "true"): a predicate that returns it after a check that raises when
	// it fails vouches for the value it checked.
	TrueLiteral string
	// NullLiterals are the source texts of "no value" (None; null,
	// undefined): a check compared with one (m is not None, m !== null)
	// holds when the check gives a value.
	NullLiterals []string
	// TruthCalls turn a value into its truth (bool, Boolean): a check
	// wrapped in one is still that check.
	TruthCalls []string

	// Conformance decides, for every named node type of the language's
	// grammars, how taint crosses it (docs/conformance.md is generated
	// from it; a test holds it complete).
	Conformance []Decision
	// GrammarNames and ConformanceFixtures say, for the conformance
	// documentation, which grammars the table covers and where its
	// fixture cases are (paths from the repository root).
	GrammarNames        []string
	ConformanceFixtures []string
}

// SDKPackage is a package as its registry names it.
type SDKPackage struct {
	Ecosystem string // "pypi", "npm"
	Package   string
}

// SDKDefault is the Host validation an SDK release gives a transport by
// default on loopback: a transport whose server was constructed by one of
// Servers (callee patterns), on loopback, is reported only if the project
// selects a release of Package before Since (rule.Gate).
type SDKDefault struct {
	Servers []string
	SDKPackage
	Since string
	What  string // the server as messages name it ("FastMCP")
}

// Syntax maps grammar node types to the roles the interpreter knows. Each
// list names every node type with that role; field names say where the
// parts are.
type Syntax struct {
	Comment string

	Module      []string // root node types
	Block       []string // statement containers executed in order
	ExprStmt    []string // statement wrappers whose children are expressions
	Identifier  []string
	Call        []string // call and new expressions
	CallFunc    []string // fields holding the callee (function, constructor)
	CallArgs    string   // field holding the argument list
	KeywordArg  string   // python keyword_argument (fields name, value)
	Splat       []string // *args, **kw, ...spread
	Attribute   []string // a.b
	CleanAttrs  []string // attributes whose value carries nothing of the object (length)
	AttrObject  string
	AttrName    []string // fields holding the attribute name (attribute, property)
	Subscript   []string // a[b]
	SubObject   []string // fields: value, object
	SubIndex    []string // fields: subscript, index
	String      []string // string literals, f-strings, template strings
	StringText  []string // literal parts inside a string node
	Escape      []string // escape sequences inside a string node
	Interp      []string // interpolations inside a string node
	StringJoin  []string // implicit concatenation ("a" "b")
	Number      []string
	Regex       []string // regex literals: their value is the pattern (field pattern)
	Binary      []string // binary and boolean operators (field operator)
	Unary       []string // not x, !x (field argument or first named child)
	Ternary     []string // a if c else b, c ? a : b
	Passthrough []string // (x), await x, x as T, x!, x satisfies T
	// PassLast: wrappers whose operand is the last named child (<T>x)
	PassLast      []string
	Sequence      []string // a, b: evaluates every operand, the value is the last
	List          []string // list, tuple, array, expression_list
	Dict          []string // dict and object literals
	Pair          []string // key: value (fields key, value)
	Shorthand     []string // { port } in an object literal
	Comprehension []string
	ForIn         []string // for clauses inside comprehensions (fields left, right)
	// CompIf are the filter clauses of a comprehension: a variable holding
	// the elements a check rejects (bad = [s for s in xs if not ok(s)])
	// is that check on every element of xs where it is empty.
	CompIf []string

	Assign         []string // fields left, right
	Declarator     []string // fields name, value
	AugAssign      []string // fields left, right
	Pattern        []string // destructuring: tuple/list/object patterns
	PatternPair    []string // { a: b } inside an object pattern (fields key, value)
	PatternDefault []string // { a = 1 } inside a pattern (fields left, right)

	Function []string // every function-like node (fields name, parameters, body)
	FuncBody string
	// ResultType is the field of a function holding its declared result
	// type (-> Fetcher, : Promise<Fetcher>); a call whose body gives no
	// class to its result gets the project class named there.
	ResultType string
	// ResultWrap are the generic types whose first argument is the
	// result a caller sees (Promise<T>, Optional[T]).
	ResultWrap []string
	Class      []string // fields name, body, superclasses
	// Heritage and Extends: clauses naming the base class (class_heritage
	// holding extends_clause, field value) when ClassBases is no field
	Heritage []string
	Extends  []string
	Yield    []string // yield: the value joins the function's result
	// NamedExpr binds its name field to its value field and gives the
	// value (python's (x := v)).
	NamedExpr []string
	// This is the implicit receiver name inside methods ("this"); empty
	// when the receiver is the first parameter (python self).
	This       string
	ClassBases string
	Decorated  []string // decorated_definition (field definition; decorator children)
	Decorator  string

	Return    []string
	If        []string // fields condition, consequence, alternative
	ElseIf    []string // elif clause (condition, consequence)
	Else      []string // else clause (body or first named child)
	Raise     []string // raise and throw: terminate the branch
	Continue  []string // continue and break
	Loop      []string // for/while (fields left, right, body, condition)
	With      []string // with statement (items bound with as)
	WithItem  []string // with_item (field value); as_pattern holds alias
	AsPattern []string
	Try       []string
	Switch    []string // switch statements (fields value, body)
	// Cases are the clauses of switch and match statements whose values
	// (children of a type in CaseValue, or field "value" when CaseValue
	// names it) a dispatch compares with a tool's name.
	Cases      []string
	CaseValue  []string
	SwitchCase []string // case and default clauses (field value; none for default)
	// Match describes structural pattern matching (Python match):
	// each case binds the capture names of its patterns to parts of the
	// subject.
	Match  MatchSyntax
	Except []string // except and catch clauses
	// ExceptParam is the field of an except or catch clause that binds
	// the thrown value (catch (e)); the values thrown in the try body,
	// also inside the project functions it calls, are bound to it. When
	// empty, the alias of an AsPattern child of the clause is that name
	// (except E as e).
	ExceptParam string
	// Namespace: a namespace or internal module (fields name, body); its
	// body runs in a scope of its own and its names are the members of
	// a value bound to the namespace name (X.f).
	Namespace []string
	// Field: a class field with an initialiser (fields FieldName, value).
	// A function initialiser is a method of the class (this is the
	// instance); any other value is the field's initial value on the
	// instance (or on the class when static).
	Field     []string
	FieldName []string
	Static    string // the modifier text of a static member
	// Super is the base-class reference (super(...), super.m(...)).
	Super  []string
	Import []string // statements handed to Lang.Imports
	Not    []string // operator texts meaning logical negation
}

// MatchSyntax names the node types of a match statement and its
// patterns.
type MatchSyntax struct {
	Stmt     []string // match statement (fields subject, body)
	Case     []string // case clause (patterns, fields guard, consequence)
	Wrap     []string // patterns that hold one or more patterns of the same value (case_pattern, union_pattern)
	Capture  []string // a name pattern: binds the value (a dotted name is a constant)
	Mapping  []string // {"k": p, **rest}: fields key and value per entry
	Sequence []string // [a, *rest], (a, b): each element pattern binds an element
	Splat    []string // *rest, **rest: the remaining elements or items
	Class    []string // Cls(p, k=p): positional patterns bind the value, keyword patterns its attributes
	Keyword  []string // k=p in a class pattern
	As       []string // p as name: name binds the value
}

// Import binds one local name to a qualified name, e.g. `sp` to
// "subprocess", `FastMCP` to "mcp.server.fastmcp.FastMCP". Source is the
// module as written (for SDK detection and project resolution); Member is
// the imported member ("" for the whole module, "default" for a JS default
// import).
type Import struct {
	Local  string
	Source string
	Member string
	Node   *Node
}

// ExportAssign as an Import's Member (with no Source) makes the value of
// the import's Node what the module exports (TypeScript `export = x`), as
// an assignment to the first of Lang.ExportObjects would.
const ExportAssign = "="

// Param is one function parameter as the language sees it. Names holds the
// bound names (several when destructured), Type the annotation text,
// Default the default value node.
type Param struct {
	Names   []string
	Type    string
	Default *Node
	Node    *Node
	Rest    bool // *args / ...rest
	KwRest  bool // **kwargs
	// Field: a constructor parameter that is also stored on the instance
	// (TypeScript constructor(private name: string)).
	Field bool
	// Pattern is the destructuring pattern when the parameter is one
	// ({ cmd, path: p }); the engine binds it like an assignment.
	Pattern *Node
}

// ArgRef names an argument of a call. Forms:
//
//	"0", "1"       positional argument by index
//	"last"         the last positional argument
//	"host"         keyword argument host (python)
//	"0.host"       property host of the object or dict passed as argument 0
//	"0[1]"         element 1 of the list or tuple passed as argument 0
//	"recv"         the receiver (a in a.f())
//	"recv.host"    property of the receiver object (e.g. a constructor keyword)
//	"0+1"          argument 0 followed by the elements of the list argument 1
//	               (spawn(program, [args...]) as one argv list)
//	"*"            every positional argument as one list, the way a
//	               function called as f(*argv) sees them
//	               (create_subprocess_exec("git", "diff", target) is the
//	               argv list ["git", "diff", target]); present whenever
//	               the call has any positional argument
//
// Several refs in a list are tried in order; the first present wins.
type ArgRef = string

// Cond is a condition on an argument value, used by listeners, checks and
// sinks. Exactly one of the predicate fields should be set.
type Cond struct {
	Arg ArgRef
	// OneOf: the argument is a statically known string in this set.
	OneOf []string
	// Absent: the argument is not passed at all.
	Absent bool
	// Present: the argument is passed.
	Present bool
	// Truthy / Falsy: a known boolean literal value.
	Truthy, Falsy bool
	// Ref: the argument's qualified name matches one of these patterns
	// (CallToolRequestSchema).
	Ref []string
	// Contains: the argument is a list holding a known string in this set.
	Contains []string
	// Tag: the argument carries one of these tags (an MCP HTTP app).
	Tag []string
	// Missing: the argument is certainly not passed: absent, with no
	// **kwargs or spread that could supply it, and every object on its
	// path ("2.audience") a literal. Unlike Absent, an options object the
	// engine cannot see into is not Missing.
	Missing bool
	// Calls: the argument is a function (or an inline function) whose
	// body makes a call whose callee text matches one of these patterns
	// or holds a node of a type in Nodes, and makes no call matching
	// NotCalls (sessionIdGenerator: () => Math.random().toString(36)).
	Calls    []string
	Nodes    []string
	NotCalls []string
	// Mentions: the argument's known value or its source text contains
	// one of these lower-case substrings (an URL "/userinfo", a constant
	// USERINFO_URL).
	Mentions []string
	// Not negates the condition.
	Not bool
}

// HandlerShape says how an MCP SDK registers a handler. Kind is "tool",
// "resource" or "prompt" (messages say "tool argument ...").
type HandlerShape struct {
	Kind string
	// When restricts Calls (setRequestHandler(CallToolRequestSchema, ...)).
	When []Cond
	// Decorators are callee patterns of decorators that register the
	// decorated function (@mcp.tool() or bare @mcp.tool).
	Decorators []string
	// Calls are callee patterns of calls that register a function passed
	// as argument Func (a reference or an inline function).
	Calls []string
	Func  []ArgRef
	// Bases are patterns of the qualified names of library base classes
	// whose subclasses are handlers: the subclass's methods named in
	// Methods are registered by the extension itself (mcp-framework's
	// class T extends MCPTool { execute(input) }).
	Bases   []string
	Methods []string
	// ArgsParam, when >= 0 with ArgsParamSet, makes only that parameter a
	// source (low-level call_tool(name, arguments): arguments is index 1).
	ArgsParam    int
	ArgsParamSet bool
	// ArgsPath, with ArgsParam, says the arguments are a property path
	// inside that parameter ("params.arguments" of a low-level request):
	// only what is read from there is a source.
	ArgsPath string
	// Schema names the argument holding a parameter schema object; Narrow
	// says which of its property schemas narrow an argument (z.number(),
	// z.string().regex(re)).
	Schema []ArgRef
	Narrow SchemaVocab
	// Annotations name the arguments that may hold the tool's annotations
	// (MCP015): a dict or object literal, or a constructor call, with
	// readOnlyHint, destructiveHint, openWorldHint. Name says where the
	// tool's name is; NameFromFunc falls back to the function's name.
	Annotations  []ArgRef
	Name         []ArgRef
	NameFromFunc bool
	// Dispatch marks a low-level handler that runs every tool, choosing
	// by name (call_tool(name, arguments)): the effects of each branch are
	// checked against the annotations of the ToolDefs it runs.
	Dispatch bool
}

// Listener is a network listener whose address MCP001 checks. Host lists
// where the host is passed; when no host is passed and NoHostAll is set the
// listener binds every interface (Node's listen(port)). When the host is
// absent and NoHostAll is false, nothing is reported (FastMCP, Fastify and
// uvicorn default to loopback). Findings are of kind rule.CheckBindAll.
type Listener struct {
	Callee []string
	When   []Cond
	Host   []ArgRef
	// Addr lists arguments holding a whole address ("host:port", ":8080").
	Addr []ArgRef
	// NoHostAll: absent host means all interfaces, provided PortArg is
	// present and looks like a port (not a socket path or handle).
	NoHostAll bool
	PortArg   []ArgRef
	// Runtime names what binds when no host is given ("Node", "Bun").
	Runtime string
	// AssignTo are patterns over the target of an assignment that sets a
	// listener's host (mcp.settings.host = "0.0.0.0").
	AssignTo []string
	// Serves: the callee is an MCP server or an MCP app factory, so it
	// serves MCP whatever else its file does. Other listeners (HTTP
	// servers, uvicorn, app.listen) are reported only when what they serve
	// carries an MCP transport or their file serves one: an OAuth callback
	// receiver or a metrics endpoint in an MCP project serves no tools.
	Serves bool
	// OnlyServed, with Serves: the host is the constructed server's, used
	// only when the server itself serves over the network (FastMCP's
	// host). A server whose every run the project makes is a local
	// transport (Transport.Local: run() over stdio) listens on nothing and
	// is not reported; one never run in the project still is (a CLI may
	// run it over HTTP). With AssignTo, the server is the one whose
	// settings the assignment sets (mcp.settings.host).
	OnlyServed bool
}

// CallCheck reports a call whose arguments satisfy every condition
// (TransportSecuritySettings(enable_dns_rebinding_protection=False)). Kind
// decides the rule, the severity and the message frame (rule.CheckKinds);
// Detail fills the frame with the library's words, one string per %s
// (the option as written, the fix in the library's terms).
type CallCheck struct {
	Kind   rule.CheckKind
	Detail []string
	Callee []string
	When   []Cond
	// UnlessOrigin keeps the finding only in a file that serves an MCP
	// transport (Transports) and does not validate Origin or Host
	// (OriginMarkers): CORS in front of the MCP route.
	UnlessOrigin bool
	// NotInSDK drops the finding in a project that is the SDK's own
	// source (SDKClasses): the check is about how a project configures
	// the transports it serves, and the SDK's library code (a fallback
	// for callers that pass no settings) serves nothing itself.
	NotInSDK bool
	// ReadInstead lists attribute names (aud) whose read in the same
	// function shows the condition is checked by hand after the call
	// (payload.aud compared with the server's audience): then nothing is
	// reported.
	ReadInstead []string
	// Fix, when set, is the edit offered with the finding.
	Fix *Fix
	// Scope, when set, names a Mark: the finding is kept only where code
	// runs while the marked thing is live: in the function (or module top
	// level) that makes the marked call, outside branches that do not
	// contain it, and in handler bodies of a project with such a call.
	Scope string
}

// Transport marks a call that serves an MCP server over HTTP: either the
// server's own run(transport="sse") (Server "recv", KindArg "transport"
// looked up in Kinds) or a web server given an MCP app (App "0", the app's
// tag names the transport). The server's constructor keywords, the call's
// keywords and the file are searched for auth markers. Missing
// authentication is of kind rule.CheckTransportAuth, missing Origin or Host
// validation of rule.CheckTransportOrigin.
type Transport struct {
	Callee []string
	When   []Cond
	// KindArg names the argument whose known value names the transport,
	// looked up in Kinds; App names an argument whose tag names it.
	KindArg ArgRef
	Kinds   map[string]string
	// Local lists values of KindArg that name a transport with no network
	// listener ("stdio"); KindDefault is the value when the argument is
	// missing. A run over a local transport serves nothing (see
	// Listener.OnlyServed).
	Local       []string
	KindDefault string
	App         ArgRef
	Server      ArgRef
	// AuthArgs are keyword/property names on the server constructor or on
	// this call that configure authentication.
	AuthArgs []string
	// SecurityArgs configure Origin/Host validation; HostArgs where the bind
	// host is (on the call or the server constructor).
	SecurityArgs []string
	HostArgs     []ArgRef
	// OriginUnknown: how the server validates Origin or Host is not
	// modelled (no SecurityArgs to look for), so no finding of kind
	// rule.CheckTransportOrigin is made.
	OriginUnknown bool
	// Kind, when set, says the call itself serves a transport of this kind
	// (new StreamableHTTPServerTransport(...) inside a web route).
	Kind string
	// DefaultLoopback: without a host argument the server binds loopback
	// (FastMCP, uvicorn), so it is not reachable from the network.
	DefaultLoopback bool
	// AuthFix and OriginFix end the MCP004 and MCP005 messages with the
	// fix in the SDK's terms.
	AuthFix, OriginFix string
	// Default is the SDK's own Host validation on loopback, if any.
	Default *SDKDefault
	// Protect, when set, is the fix of the rule.CheckTransportOrigin finding: turn on
	// the transport's own Host validation.
	Protect *ProtectFix
	// AtRoute reports a Kind transport's missing authentication at the web
	// route registration (app.post("/mcp", async (req, res) => ...)) whose
	// inline handler creates it: the route is what lacks authentication.
	AtRoute bool
}

// ProtectFix turns on a transport's Host validation: the options object
// (argument Options, added when the call has exactly the arguments before
// it) gets Enable set to true and Hosts set to the hosts a loopback
// listener is reached by, with the port of the file's one listener
// (`127.0.0.1:3000`, `localhost:3000`: the SDK compares the whole Host
// header). Without one known port there is no exact list and no fix.
type ProtectFix struct {
	Description string
	Options     ArgRef
	Enable      string
	Hosts       string
}

// ModelKind says how a library function transforms values.
type ModelKind int

// Model kinds.
const (
	// Propagate: result carries the taint of receiver and arguments and, if
	// all parts are known strings, their concatenation (str, os.path.join,
	// strip, format, join).
	Propagate ModelKind = iota + 1
	// EnvDefault: result is the known default (argument Default) of a
	// configuration lookup such as os.getenv("HOST", "0.0.0.0").
	EnvDefault
	// Clean: result is neither tainted nor known (int(), len()).
	Clean
	// Sanitize: result carries the taint but cleared for Classes (shlex.quote
	// clears "shell"; os.path.basename clears "path").
	Sanitize
	// Resolve: result carries the taint and is marked as an absolute,
	// symlink-resolved path (realpath, Path.resolve).
	Resolve
	// OptionDecl: declares a command-line option on the receiver object:
	// Name is the option name argument ("--bind-address", "-H, --host
	// <host>" or a bare "host"), Default its default. The option is read
	// back under its snake_case and camelCase names. With Chain the call
	// returns the receiver (commander's and yargs' fluent .option()).
	OptionDecl
	// OptionParse: the result holds the options declared on the receiver.
	OptionParse
	// ParamOption: a decorator that declares an option filling the
	// decorated function's parameter of the same name (click's
	// @click.option("--host", default="0.0.0.0")): the parameter takes
	// Default when the caller passes nothing.
	ParamOption
	// Format: a format call on a known template: result is Built.
	Format
	// GetKey: dict.get("k") / map.pop("k") on a tainted receiver reads
	// that key (naming the argument when the receiver is the argument map);
	// on anything else the call is opaque.
	GetKey
	// ModuleRef: require("m"): the result is module Name names.
	ModuleRef
	// TagResult: the result is an MCP HTTP app (sse_app()): it carries Tag
	// and remembers the receiver as its server.
	TagResult
	// Alias: the result is argument Args[0] itself, so a wrapper keeps
	// the wrapped function's name (promisify(exec) is still exec).
	Alias
	// Relative: path.relative(base, p): the result carries p's taint and
	// remembers p, so that a RejectPrefix check of the result for ".."
	// guards p itself.
	Relative
	// Callback: the function passed as argument Args[0] (default "0") is
	// called with the receiver (promise.then(cb)) or, with Each, with its
	// elements (list.map(cb), list.forEach(cb)); the result carries the
	// receiver's taint and the callback's return value. With a second
	// Args entry the callback gets that argument instead of the receiver
	// (re.sub(pattern, repl, text): Args "1", "2"), and an argument that
	// is not a function is text joined into the result.
	Callback
	// Invoke: the call runs the function passed as positional argument
	// Args[0] (default "0") with the positional arguments after it and the
	// keywords (asyncio.to_thread(fn, x), loop.run_in_executor(None, fn, x)).
	Invoke
	// Collect: the result is a table of the entries of argument 0 (new
	// Map(entries), Object.fromEntries, Object.values): looking one up by
	// an unknown key may give any of them.
	Collect
	// Store: the call adds its last positional argument (every one with
	// Each) to the receiver (map.set(k, v), list.push(x)).
	Store
	// Pick: the result is one element of the receiver (list.find(cb));
	// the callback runs on each element.
	Pick
)

// SchemaVocab is how a schema library's values narrow what they accept.
type SchemaVocab struct {
	// Safe are patterns of schema refs that admit no attack string
	// (z.number(), z.enum([...])): matched anywhere in the chain of calls
	// that built the schema.
	Safe []string
	// Pattern are patterns of the refs of schema calls whose first
	// argument is a regular expression every value must match (zod's
	// z.string().regex(re)): the value is clear of the classes the pattern
	// forbids, as an allow-list guard would make it.
	Pattern []string
	// Wrap are patterns of the refs of schema calls whose first argument
	// is the schema of the value's elements or of the value itself
	// (z.array(s), z.optional(s)): they narrow as it does.
	Wrap []string
	// PatternKw, when set, names the keyword arguments of a Pattern call
	// that hold the expression (constr(pattern=re), Field(regex=re)),
	// instead of the first argument.
	PatternKw []string
}

func (s SchemaVocab) empty() bool { return len(s.Safe)+len(s.Pattern)+len(s.Wrap) == 0 }

// Model describes a library function's effect on values.
type Model struct {
	Callee  []string
	Kind    ModelKind
	Default []ArgRef     // EnvDefault, OptionDecl, ParamOption
	Name    []ArgRef     // OptionDecl, ParamOption
	Chain   bool         // OptionDecl: the call returns its receiver
	Classes []rule.Class // Sanitize
	// When limits a Sanitize model to calls whose arguments meet every
	// condition (quote(s, safe="") encodes "/", quote(s) does not).
	When []Cond
	// Narrow, on Propagate, says the receiver is a schema the result was
	// validated against (schema.parse(args)): the properties the schema
	// narrows are narrowed in the result too.
	Narrow SchemaVocab
	// Args limits Propagate to these arguments ("recv" included); empty
	// means the receiver and every argument.
	Args []ArgRef
	Tag  string // TagResult
	Each bool   // Callback: pass the receiver's elements
	// Words: a Propagate whose result is a list of shell words
	// (shlex.split): an argv, no longer text built for an interpreter
	// such as SQL.
	Words bool
	// Field: a Propagate whose result holds the propagated value under
	// this property and nothing else of it (zod's safeParse(x).data; its
	// success flag carries nothing).
	Field string
	// Declared marks a model the user declared: it applies to functions
	// defined in the project too, instead of their bodies.
	Declared bool
}

// SinkMode says which part of a sink argument must be tainted.
type SinkMode int

// Sink modes.
const (
	// AnyPart: any tainted part of the argument (string, list element).
	AnyPart SinkMode = iota
	// Program: the program to run: a tainted string, a list whose first
	// element is tainted, or a list [shell, "-c", tainted].
	Program
	// CodeFlag: a list [interpreter, "-c"|"-e", tainted] (python -c).
	CodeFlag
	// URLHost: the tainted value can control scheme or host: not after a
	// known "scheme://host/" prefix.
	URLHost
	// Built: the value was built from a tainted part by concatenation or
	// formatting (SQL text), not a bare argument.
	Built
	// Whole: the argument itself is tainted (not merely a list holding
	// tainted elements).
	Whole
	// ArgvOption: an argv list whose program (a known string or name in
	// Shells) takes dangerous options, with a later element that starts
	// with tainted text and no "--" before it (git diff <target>).
	ArgvOption
	// Leading: the argument (or an element of it) starts with tainted text,
	// so it can be read as an option ("--output=..."); "--unified={n}"
	// cannot.
	Leading
)

// Sink is a call whose argument must not carry a tool argument. Kind says
// what the call does with it (a command line, a path, SQL text); the rule,
// severity, message wording and the sanitizer class that clears it come
// from the kind (rule.SinkKinds), so a kind reads the same in every
// language.
type Sink struct {
	Kind   rule.SinkKind
	Callee []string
	When   []Cond
	Arg    []ArgRef
	Mode   SinkMode
	// Name is the sink as messages name it ("subprocess.run"); "" uses the
	// callee text. Detail is appended ("with shell=True").
	Name   string
	Detail string
	// Declared marks a sink the user declared (.mcplint.yml models): it is
	// checked on functions defined in the project too, whose bodies would
	// otherwise decide.
	Declared bool
	// HostKeys and PathKeys, for a URLHost sink whose argument is an
	// options object literal (http.request({ hostname, path, headers })),
	// name the properties that choose the destination: a tool argument in
	// a host key (or a spread) controls the URL, one in a path key only
	// fills its path; the others (headers, body) choose nothing. Without
	// them every property counts.
	HostKeys []string
	PathKeys []string
}

// GuardKind says what a guard checks.
type GuardKind int

// Guard kinds.
const (
	// PrefixGuard: recv.startswith(arg); a guard only when arg ends with a
	// separator and the receiver was resolved.
	PrefixGuard GuardKind = iota + 1
	// ContainGuard: recv.is_relative_to(base), a full containment check on
	// a resolved path (the receiver is checked).
	ContainGuard
	// CommonGuard: commonpath([base, p]) compared with base: every tainted
	// element of the list argument is checked.
	CommonGuard
	// TryGuard: recv.relative_to(base) inside try whose handler leaves.
	TryGuard
	// RejectPrefix: recv.startswith(P) with P one of Prefixes, whose true branch
	// leaves (if target.startswith("-"): raise): the receiver cannot start
	// with P afterwards (no option injection).
	RejectPrefix
	// MatchGuard: re.match(PATTERN, x) with a known, anchored allow-list
	// pattern whose failing branch leaves: x holds only the characters the
	// pattern allows, which clears every class they cannot break (path,
	// shell, sql). Callees matching Anchored anchor the pattern themselves
	// (fullmatch).
	MatchGuard
	// MemberGuard: `base in p.parents` where the attribute matches Callee.
	MemberGuard
	// ValidatorGuard: a call matching Callee that returns true when its
	// argument Args[0] is safe for Class and Clears (a validator the user
	// declared); a function defined in the project is not summarised
	// instead.
	ValidatorGuard
	// AllowListGuard: `x in ALLOWED` (Python's in) or a call matching
	// Callee (ALLOWED.includes(x): receiver collection, argument 0
	// checked): x itself clears Class and Clears (every class); a part of x
	// (urlparse(x).hostname) clears Parts.
	AllowListGuard
)

// Guard recognises a containment check by shape. Class is the sanitizer
// class it clears ("path"); each kind reads only the fields named for it.
type Guard struct {
	Callee []string
	Kind   GuardKind
	Class  rule.Class
	// Seps (PrefixGuard) are expressions that count as a path separator at
	// the end of the prefix: glob patterns over a value's qualified name
	// ("os.sep") and, with the leading "*" dropped, suffixes of the
	// argument's source text ("*os.sep)" ends `base + os.sep)`).
	Seps []string
	// Prefixes (RejectPrefix) are the known strings whose rejection is the
	// check ("-" for options, ".." for a relative path that climbs).
	Prefixes []string
	// Anchored (MatchGuard) are callee patterns that anchor the pattern at
	// both ends themselves (re.fullmatch), so it needs no ^ and $.
	Anchored []string
	// Clears (AllowListGuard) are the classes cleared besides Class when
	// the whole value is checked against the list.
	Clears []rule.Class
	// Parts (AllowListGuard) are the classes a check on a part named in
	// PartNames clears (urlparse(u).hostname in ALLOWED clears "url").
	Parts     []rule.Class
	PartNames []string
	// Args, for MatchGuard, say where the pattern and the checked value
	// are ("recv" or an index); default ["0", "1"] (re.match(p, x)).
	Args []ArgRef
	// Collection (AllowListGuard with Callee): the receiver must be a
	// collection the server defines (a dict, list or set literal), not
	// any object with such a method (SERVICES.get(x), not
	// requests.get(x)).
	Collection bool
}

// TextCheck says where description text lives and how to judge it. The
// text is taken from call arguments (Callee, Arg), from the docstring of
// a function registered by a decorator or call (Decorators, Func) unless
// one of Arg is passed, or from dict/object literals holding all of Keys
// (a tool list of a low-level server), under the key Arg names. Findings
// are of kind rule.CheckDescription.
type TextCheck struct {
	// What names the text in messages: "tool" gives `tool description of "x"`.
	What       string
	Callee     []string
	When       []Cond
	Decorators []string
	Func       []ArgRef
	Arg        []ArgRef
	// Name lists where the tool name is (an argument, or a key of the
	// literal); a docstring's function name is the fallback.
	Name []ArgRef
	Keys []string
	// ParamCalls, when set, makes the check about the registered
	// function's parameters instead: calls whose callee text matches one
	// of these inside a parameter's annotation or default
	// (Annotated[str, Field(description=...)]) hold the text in Arg, and
	// the parameter's name names it.
	ParamCalls []string
	// Check returns one detail per signal found in text, lower case
	// (`uses markup addressed to the model ("<IMPORTANT>")`).
	Check func(text string) []string
}

// Source is an expression whose value the client sent to this server
// outside the tool arguments (the bearer token). Attr patterns match the
// name of an attribute read or of a subscript with a known key, lower
// case ("*.headers.authorization" matches req.headers["Authorization"]);
// Callee patterns match calls whose result is the source, under When.
type Source struct {
	Name string // what messages call it: `the Authorization header the client sent`
	// Class groups sources: a Sink with Source set to a class sees them.
	Class  string
	Attr   []string
	Callee []string
	When   []Cond
	// Declared marks a source the user declared: Name is the whole phrase
	// messages use (`the value read_body returns`), and its taint is seen
	// by the sinks of tool arguments.
	Declared bool
}

// Mark gives the file of a matching call a property named Name.
type Mark struct {
	Name   string
	Callee []string
	When   []Cond
}
