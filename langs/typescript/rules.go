package typescript

import (
	"github.com/mcpsec/mcplint/analyzers/poison"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/langs/engine"
)

// texts: where the official SDK, fastmcp and low-level servers keep the
// text a model reads.
var texts = []engine.TextCheck{
	// server.tool(name, description, [schema], cb): a string second argument
	{RuleID: "MCP009", What: "tool", Callee: []string{"*.tool"}, Arg: []engine.ArgRef{"1"}, Name: []engine.ArgRef{"0"}, Check: poison.Details},
	{RuleID: "MCP009", What: "prompt", Callee: []string{"*.prompt"}, Arg: []engine.ArgRef{"1"}, Name: []engine.ArgRef{"0"}, Check: poison.Details},
	{RuleID: "MCP009", What: "resource", Callee: []string{"*.resource"}, Arg: []engine.ArgRef{"2.description", "2.title"},
		Name: []engine.ArgRef{"0"}, Check: poison.Details},
	// registerTool(name, { title, description, inputSchema }, cb)
	{RuleID: "MCP009", What: "tool", Callee: []string{"*.registerTool"}, Arg: []engine.ArgRef{"1.description", "1.title"},
		Name: []engine.ArgRef{"0"}, Check: poison.Details},
	{RuleID: "MCP009", What: "prompt", Callee: []string{"*.registerPrompt"}, Arg: []engine.ArgRef{"1.description", "1.title"},
		Name: []engine.ArgRef{"0"}, Check: poison.Details},
	{RuleID: "MCP009", What: "resource", Callee: []string{"*.registerResource"}, Arg: []engine.ArgRef{"2.description", "2.title"},
		Name: []engine.ArgRef{"0"}, Check: poison.Details},
	// fastmcp: addTool({ name, description, parameters, execute })
	{RuleID: "MCP009", What: "tool", Callee: []string{"*.addTool"}, Arg: []engine.ArgRef{"0.description"}, Name: []engine.ArgRef{"0.name"}, Check: poison.Details},
	{RuleID: "MCP009", What: "prompt", Callee: []string{"*.addPrompt"}, Arg: []engine.ArgRef{"0.description"}, Name: []engine.ArgRef{"0.name"}, Check: poison.Details},
	{RuleID: "MCP009", What: "resource", Callee: []string{"*.addResource", "*.addResourceTemplate"}, Arg: []engine.ArgRef{"0.description"},
		Name: []engine.ArgRef{"0.name"}, Check: poison.Details},
	// a tool definition in a low-level server's tools/list answer
	{RuleID: "MCP009", What: "tool", Keys: []string{"name", "description", "inputSchema"}, Arg: []engine.ArgRef{"description", "title"},
		Name: []engine.ArgRef{"name"}, Check: poison.Details},
	// zod parameter descriptions: z.string().describe("...")
	{RuleID: "MCP009", What: "parameter", Callee: []string{"zod*.describe"}, Arg: []engine.ArgRef{"0"}, Check: poison.Details},
}

// sources and marks: filled in by the token-passthrough and stdio-stdout data.
// sources (MCP011): the bearer token the client sent to this server.
// Whole header maps are not sources: reading another header from them is
// no passthrough.
var (
	authHeader = []string{"authorization", "Authorization", "AUTHORIZATION"}
	sources    = []engine.Source{
		{Name: "the Authorization header of the incoming request", Class: "token", Attr: []string{"*.headers.authorization"}},
		{Name: "the Authorization header of the incoming request", Class: "token", Callee: []string{"*.headers.get", "*.header", "*.get"},
			When: []engine.Cond{{Arg: "0", OneOf: authHeader}}},
		{Name: "the access token of the incoming request", Class: "token", Attr: []string{"*.authinfo.token"}},
	}
)

// marks: where a program starts serving MCP over stdio.
var marks = []engine.Mark{
	{Name: "stdio", Callee: []string{"*StdioServerTransport"}},
	// fastmcp: server.start() defaults to stdio
	{Name: "stdio", Callee: []string{"fastmcp.FastMCP().start", "*FastMCP().start"}, When: []engine.Cond{{Arg: "0.transportType", Missing: true}}},
	{Name: "stdio", Callee: []string{"fastmcp.FastMCP().start", "*FastMCP().start"}, When: []engine.Cond{{Arg: "0.transportType", OneOf: []string{"stdio"}}}},
}

// ruleChecks are the call checks of MCP010-MCP013, appended to callChecks.
// tokenSinks (MCP011): the headers of outbound requests, except to an
// endpoint whose job is to validate the token (userinfo, introspection).
var validating = []engine.Cond{{Arg: "0", Mentions: []string{"userinfo", "introspect", "tokeninfo"}, Not: true},
	{Arg: "url", Mentions: []string{"userinfo", "introspect", "tokeninfo"}, Not: true}}

// tokenSinks (MCP011): the headers of outbound requests.
var tokenSinks = []engine.Sink{
	{Kind: rule.KindTokenHeader, Callee: []string{"fetch", "globalThis.fetch", "node-fetch", "cross-fetch", "undici.fetch",
		"undici.request", "got", "ky", "Request", "axios.get", "axios.delete", "axios.head", "axios.options"},
		Arg: []engine.ArgRef{"1.headers"}, When: validating, Mode: engine.AnyPart},
	{Kind: rule.KindTokenHeader, Callee: []string{"axios.post", "axios.put", "axios.patch"},
		Arg: []engine.ArgRef{"2.headers"}, When: validating, Mode: engine.AnyPart},
	{Kind: rule.KindTokenHeader, Callee: []string{"axios", "axios.request", "axios.create"},
		Arg: []engine.ArgRef{"0.headers"}, When: validating, Mode: engine.AnyPart},
}

var ruleChecks = append(append([]engine.CallCheck(nil), audienceChecks...), stdoutChecks...)

// audienceChecks (MCP010): token verification that never checks the aud
// claim.
var audienceChecks = []engine.CallCheck{
	{RuleID: "MCP010", Callee: []string{"jose.jwtVerify"}, When: []engine.Cond{{Arg: "2.audience", Missing: true}}, ReadInstead: []string{"aud"},
		Message: "jwtVerify accepts tokens issued for any audience: pass { audience } so that only tokens for this server are accepted"},
	{RuleID: "MCP010", Callee: []string{"jsonwebtoken.verify"}, When: []engine.Cond{{Arg: "2.audience", Missing: true}}, ReadInstead: []string{"aud"},
		Message: "jwt.verify accepts tokens issued for any audience: pass { audience } so that only tokens for this server are accepted"},
	{RuleID: "MCP010", Callee: []string{"express-jwt.expressjwt"}, When: []engine.Cond{{Arg: "0.audience", Missing: true}},
		Message: "expressjwt accepts tokens issued for any audience: pass { audience } so that only tokens for this server are accepted"},
}

// stdoutChecks (MCP012): writes to stdout while a stdio transport serves.
// Node prints console.log, info, debug, dir and table to stdout; error,
// warn and trace go to stderr.
var stdoutChecks = []engine.CallCheck{
	// console.log, info and debug format as console.error does, so the
	// fix is exact; dir and table print differently and get none.
	toError(stdout("console.log")), toError(stdout("console.info")), toError(stdout("console.debug")), stdout("console.dir"), stdout("console.table"),
	{RuleID: "MCP012", Scope: "stdio", Callee: []string{"process.stdout.write"},
		Message: "process.stdout.write writes to stdout, which carries the stdio MCP transport: write to process.stderr",
		Fix:     &engine.Fix{Description: "write to process.stderr", Callee: engine.Rename{From: "process.stdout", To: "process.stderr"}}},
	// MCP013: the streamable transport's session IDs
	{RuleID: "MCP013", Callee: streamable, When: []engine.Cond{{Arg: "0.sessionIdGenerator", Calls: weakRandom, NotCalls: strongRandom}},
		Message: "session ID generator (sessionIdGenerator) returns a value from Math.random or the clock: use randomUUID() from node:crypto"},
}

func stdout(callee string) engine.CallCheck {
	return engine.CallCheck{RuleID: "MCP012", Scope: "stdio", Callee: []string{callee},
		Message: callee + " writes to stdout, which carries the stdio MCP transport: use console.error"}
}

var (
	// weakRandom are callee texts of predictable values; strongRandom of
	// cryptographic ones (a generator that mixes one in is not reported).
	weakRandom   = []string{"Math.random", "Date.now", "*Date().getTime", "*Date().valueOf", "performance.now", "process.hrtime*"}
	strongRandom = []string{"*randomUUID", "*randomBytes", "*getRandomValues", "*randomInt", "*uuid*", "*v4", "*nanoid*", "*createId", "*ulid*", "*crypto*"}
)

// toError gives a console check the fix that calls console.error instead.
func toError(c engine.CallCheck) engine.CallCheck {
	c.Fix = &engine.Fix{Description: "use console.error", Callee: engine.Rename{From: c.Callee[0], To: "console.error"}}
	return c
}
