package python

import (
	"github.com/mcpsec/mcplint/analyzers/poison"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/langs/engine"
)

// texts: where FastMCP and the low-level server keep the text a model
// reads. A function's docstring is its description unless description=
// is passed.
var texts = []engine.TextCheck{
	{RuleID: "MCP009", What: "tool", Callee: []string{"*.tool", "*.add_tool", "*Tool.from_function"}, Decorators: []string{"*.tool"},
		Arg: []engine.ArgRef{"description"}, Func: []engine.ArgRef{"0", "fn"}, Name: []engine.ArgRef{"name"}, Check: poison.Details},
	{RuleID: "MCP009", What: "resource", Callee: []string{"*.resource", "*.add_resource_fn"}, Decorators: []string{"*.resource"},
		Arg: []engine.ArgRef{"description"}, Func: []engine.ArgRef{"fn"}, Name: []engine.ArgRef{"name"}, Check: poison.Details},
	{RuleID: "MCP009", What: "prompt", Callee: []string{"*.prompt", "*.add_prompt"}, Decorators: []string{"*.prompt"},
		Arg: []engine.ArgRef{"description"}, Func: []engine.ArgRef{"0", "fn"}, Name: []engine.ArgRef{"name"}, Check: poison.Details},
	// low-level server: types.Tool(name=..., description=...) in list_tools
	{RuleID: "MCP009", What: "tool", Callee: []string{"mcp.types.Tool", "*.types.Tool"},
		Arg: []engine.ArgRef{"description", "title"}, Name: []engine.ArgRef{"name"}, Check: poison.Details},
	{RuleID: "MCP009", What: "prompt", Callee: []string{"mcp.types.Prompt", "*.types.Prompt"},
		Arg: []engine.ArgRef{"description", "title"}, Name: []engine.ArgRef{"name"}, Check: poison.Details},
	{RuleID: "MCP009", What: "resource", Callee: []string{"mcp.types.Resource", "*.types.Resource", "mcp.types.ResourceTemplate", "*.types.ResourceTemplate"},
		Arg: []engine.ArgRef{"description", "title"}, Name: []engine.ArgRef{"name"}, Check: poison.Details},
	// Annotated[str, Field(description="...")] or = Field(description="...")
	// on the parameters of a FastMCP tool, resource or prompt
	{RuleID: "MCP009", What: "parameter", Callee: []string{"*.tool", "*.add_tool", "*.resource", "*.prompt", "*.add_prompt"},
		Decorators: []string{"*.tool", "*.resource", "*.prompt"}, Func: []engine.ArgRef{"0", "fn"},
		ParamCalls: []string{"Field", "*.Field"}, Arg: []engine.ArgRef{"description", "title"}, Check: poison.Details},
	{RuleID: "MCP009", What: "parameter", Callee: []string{"mcp.types.PromptArgument", "*.types.PromptArgument"},
		Arg: []engine.ArgRef{"description"}, Name: []engine.ArgRef{"name"}, Check: poison.Details},
}

// sources and marks: filled in by the token-passthrough and stdio-stdout data.
// sources (MCP011): the bearer token the client sent to this server.
// Whole header maps are not sources: reading another header from them is
// no passthrough.
var (
	authHeader = []string{"authorization", "Authorization", "AUTHORIZATION"}
	sources    = []engine.Source{
		{Name: "the Authorization header of the incoming request", Class: "token", Attr: []string{"*headers*.authorization"}},
		{Name: "the Authorization header of the incoming request", Class: "token", Callee: []string{"*headers*.get", "*.header"},
			When: []engine.Cond{{Arg: "0", OneOf: authHeader}}},
		{Name: "the access token of the incoming request", Class: "token", Attr: []string{"*get_access_token().token"}},
	}
)

// marks: where a program starts serving MCP over stdio. FastMCP's run()
// defaults to stdio.
var (
	fastmcpRun = []string{"*FastMCP().run", "*FastMCP().run_async", "*MCPServer().run"}
	marks      = []engine.Mark{
		{Name: "stdio", Callee: fastmcpRun, When: []engine.Cond{{Arg: "transport", Missing: true}, {Arg: "0", Missing: true}}},
		{Name: "stdio", Callee: fastmcpRun, When: []engine.Cond{{Arg: "transport", OneOf: []string{"stdio"}}}},
		{Name: "stdio", Callee: fastmcpRun, When: []engine.Cond{{Arg: "0", OneOf: []string{"stdio"}}}},
		{Name: "stdio", Callee: []string{"*FastMCP().run_stdio_async", "mcp.server.stdio.stdio_server", "*.stdio.stdio_server"}},
	}
)

// ruleChecks are the call checks of MCP010-MCP013, appended to callChecks.
// tokenSinks (MCP011): the headers of outbound requests, except to an
// endpoint whose job is to validate the token (userinfo, introspection).
var validating = []engine.Cond{{Arg: "0", Mentions: []string{"userinfo", "introspect", "tokeninfo"}, Not: true},
	{Arg: "url", Mentions: []string{"userinfo", "introspect", "tokeninfo"}, Not: true}}

// tokenSinks (MCP011): the headers of outbound requests.
var tokenSinks = []engine.Sink{
	{Kind: rule.KindTokenHeader, Callee: append(methods("requests.", "httpx.", "requests.Session().", "requests.session().",
		"httpx.Client().", "httpx.AsyncClient().", "aiohttp.ClientSession().", "*.ClientSession()."),
		"requests.request", "httpx.request", "requests.Session().request", "httpx.Client().request", "httpx.AsyncClient().request",
		"aiohttp.ClientSession().request", "httpx.Client", "httpx.AsyncClient", "aiohttp.ClientSession", "*.ClientSession",
		"urllib.request.Request"),
		Arg: []engine.ArgRef{"headers"}, When: validating, Mode: engine.AnyPart},
}

var ruleChecks = append(append([]engine.CallCheck(nil), audienceChecks...), stdoutChecks...)

// audienceChecks (MCP010): token verification that never checks the aud
// claim. Peeking at claims with verify_signature off is no verification
// and is not reported.
var audienceChecks = []engine.CallCheck{
	{RuleID: "MCP010", Callee: []string{"jwt.decode", "jose.jwt.decode"},
		When: []engine.Cond{{Arg: "audience", Missing: true}, {Arg: "options.verify_signature", Falsy: true, Not: true},
			{Arg: "options.verify_aud", Falsy: true, Not: true}}, ReadInstead: []string{"aud"},
		Message: "jwt.decode accepts tokens issued for any audience: pass audience= so that only tokens for this server are accepted"},
	{RuleID: "MCP010", Callee: []string{"jwt.decode", "jose.jwt.decode"},
		When:    []engine.Cond{{Arg: "options.verify_aud", Falsy: true}, {Arg: "options.verify_signature", Falsy: true, Not: true}},
		Message: `jwt.decode turns the audience check off (options={"verify_aud": False}): tokens issued for other services are accepted`},
	{RuleID: "MCP010", Callee: []string{"*JWTVerifier", "*BearerAuthProvider"}, When: []engine.Cond{{Arg: "audience", Missing: true}},
		Message: "JWTVerifier accepts tokens issued for any audience: pass audience= so that only tokens for this server are accepted"},
}

// stdoutChecks (MCP012): writes to stdout while a stdio transport serves.
var stdoutChecks = []engine.CallCheck{
	{RuleID: "MCP012", Scope: "stdio", Callee: []string{"print"}, When: []engine.Cond{{Arg: "file", Missing: true}},
		Message: "print writes to stdout, which carries the stdio MCP transport: print to sys.stderr (file=sys.stderr) or use logging",
		Fix:     &engine.Fix{Description: "print to sys.stderr", Append: "file=sys.stderr", Import: "sys"}},
	{RuleID: "MCP012", Scope: "stdio", Callee: []string{"print"}, When: []engine.Cond{{Arg: "file", Ref: []string{"sys.stdout"}}},
		Message: "print(file=sys.stdout) writes to stdout, which carries the stdio MCP transport: print to sys.stderr or use logging",
		Fix:     toStderr("file")},
	{RuleID: "MCP012", Scope: "stdio", Callee: []string{"sys.stdout.write", "sys.stdout.writelines", "sys.stdout.buffer.write"},
		Message: "sys.stdout.write writes to stdout, which carries the stdio MCP transport: write to sys.stderr",
		Fix:     &engine.Fix{Description: "write to sys.stderr", Callee: engine.Rename{From: "sys.stdout", To: "sys.stderr"}}},
	{RuleID: "MCP012", Scope: "stdio", Callee: []string{"logging.basicConfig"}, When: []engine.Cond{{Arg: "stream", Ref: []string{"sys.stdout"}}},
		Message: "logging is configured to write to stdout, which carries the stdio MCP transport: log to sys.stderr (the default)",
		Fix:     toStderr("stream")},
	{RuleID: "MCP012", Scope: "stdio", Callee: []string{"logging.StreamHandler"}, When: []engine.Cond{{Arg: "0", Ref: []string{"sys.stdout"}}},
		Message: "a logging handler writes to stdout, which carries the stdio MCP transport: log to sys.stderr (the default)",
		Fix:     toStderr("0")},
}

// toStderr is the fix of an argument that names sys.stdout.
func toStderr(arg engine.ArgRef) *engine.Fix {
	return &engine.Fix{Description: "write to sys.stderr", Arg: arg, Value: engine.Rename{From: "sys.stdout", To: "sys.stderr"}}
}
