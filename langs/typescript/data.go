package typescript

import "github.com/mcpsec/mcplint/langs/engine"

var handlers = []engine.HandlerShape{
	// McpServer.tool(name, [description], [schema], cb), registerTool(name, config, cb)
	{Kind: "tool", Calls: []string{"*.tool", "*.registerTool"}, Func: []engine.ArgRef{"last"},
		Schema: []engine.ArgRef{"2", "1", "1.inputSchema"}, SafeSchema: []string{"*z.number()*", "*z.boolean()*", "*z.enum()*", "*z.literal()*", "*z.nativeEnum()*"}},
	{Kind: "prompt", Calls: []string{"*.prompt", "*.registerPrompt"}, Func: []engine.ArgRef{"last"}},
	{Kind: "resource", Calls: []string{"*.resource", "*.registerResource"}, Func: []engine.ArgRef{"last"}},
	// low-level Server.setRequestHandler(CallToolRequestSchema, (request) => ...)
	{Kind: "tool", Calls: []string{"*.setRequestHandler"}, When: []engine.Cond{{Arg: "0", Ref: []string{"*CallToolRequestSchema"}}},
		Func: []engine.ArgRef{"1"}},
	// fastmcp: server.addTool({ name, parameters, execute })
	{Kind: "tool", Calls: []string{"*.addTool"}, Func: []engine.ArgRef{"0.execute"}},
}

var listeners = []engine.Listener{
	// Fastify defaults to loopback: only an explicit host is reported.
	{RuleID: "MCP001", Callee: []string{"fastify().listen", "fastify.fastify().listen", "fastify.default().listen", "*createMcpFastifyApp().listen"},
		Host: []engine.ArgRef{"0.host", "1"}},
	{RuleID: "MCP001", Callee: []string{"*createMcpExpressApp"}, Host: []engine.ArgRef{"0.host"}},
	// Hono's node server and Bun/Deno bind every interface without a hostname.
	{RuleID: "MCP001", Callee: []string{"@hono/node-server.serve"}, Host: []engine.ArgRef{"0.hostname"},
		NoHostAll: true, PortArg: []engine.ArgRef{"0.port", "0.fetch"}, Runtime: "Node"},
	{RuleID: "MCP001", Callee: []string{"Bun.serve"}, Host: []engine.ArgRef{"0.hostname"},
		NoHostAll: true, PortArg: []engine.ArgRef{"0.port", "0.fetch"}, Runtime: "Bun"},
	{RuleID: "MCP001", Callee: []string{"Deno.serve"}, Host: []engine.ArgRef{"0.hostname"},
		NoHostAll: true, PortArg: []engine.ArgRef{"0.port", "0.fetch"}, Runtime: "Deno"},
	// Node: listen(port[, host][, cb]) / listen({ port, host }); no host is every interface.
	{RuleID: "MCP001", Callee: []string{"*.listen"}, Host: []engine.ArgRef{"1", "0.host"}, NoHostAll: true, PortArg: []engine.ArgRef{"0.port", "0"}, Runtime: "Node"},
}

var models = []engine.Model{
	{Callee: []string{"require"}, Kind: engine.ModuleRef, Name: []engine.ArgRef{"0"}},
	{Callee: []string{"Number", "parseInt", "parseFloat", "Boolean", "*.length", "*.startsWith", "*.endsWith", "*.includes",
		"*.test", "crypto.*", "*.existsSync"}, Kind: engine.Clean},
	{Callee: []string{"*path.resolve", "*path.normalize", "*.realpathSync", "*.realpath"}, Kind: engine.Resolve},
	{Callee: []string{"*path.basename"}, Kind: engine.Sanitize, Classes: []string{"path"}},
	{Callee: []string{"String", "*path.join", "*.trim", "*.toLowerCase", "*.toUpperCase", "*.join", "*.replace", "*.replaceAll",
		"*.split", "*.concat", "*.slice", "*.substring", "JSON.parse", "encodeURI", "*.toString"}, Kind: engine.Propagate},
	{Callee: []string{"*.get"}, Kind: engine.GetKey},
}

var sinks = []engine.Sink{
	{RuleID: "MCP002", Callee: []string{"child_process.exec", "child_process.execSync", "*execAsync", "*execPromise"},
		Arg: []engine.ArgRef{"0"}, Mode: engine.AnyPart, Class: "shell"},
	{RuleID: "MCP002", Callee: []string{"child_process.spawn", "child_process.spawnSync", "child_process.execFile", "child_process.execFileSync"},
		When: []engine.Cond{{Arg: "2.shell", Truthy: true}}, Arg: []engine.ArgRef{"0"}, Mode: engine.AnyPart, Class: "shell", Detail: " with shell: true"},
	{RuleID: "MCP002", Callee: []string{"child_process.spawn", "child_process.spawnSync", "child_process.execFile", "child_process.execFileSync"},
		Arg: []engine.ArgRef{"0"}, Mode: engine.Whole},
	{RuleID: "MCP007", Callee: []string{"eval", "Function", "vm.runInNewContext", "vm.runInThisContext", "vm.runInContext", "*vm.Script"},
		Arg: []engine.ArgRef{"0", "last"}, Mode: engine.AnyPart},
	{RuleID: "MCP003", Callee: []string{"fs.readFile", "fs.readFileSync", "fs.writeFile", "fs.writeFileSync", "fs.promises.readFile",
		"fs.promises.writeFile", "fs/promises.readFile", "fs/promises.writeFile", "fs.unlink", "fs.unlinkSync", "fs/promises.unlink",
		"fs.rm", "fs.rmSync", "fs/promises.rm", "fs.readdir", "fs.readdirSync", "fs/promises.readdir", "fs.createReadStream",
		"fs.createWriteStream", "fs.appendFile", "fs.appendFileSync", "fs/promises.appendFile", "fs.mkdir", "fs/promises.mkdir"},
		Arg: []engine.ArgRef{"0"}, Mode: engine.AnyPart, Class: "path", Tail: " without a containment check"},
	{RuleID: "MCP006", Callee: []string{"fetch", "node-fetch", "axios", "axios.get", "axios.post", "axios.put", "axios.delete", "axios.request",
		"got", "got.get", "got.post", "undici.request", "undici.fetch"},
		Arg: []engine.ArgRef{"0", "0.url"}, Mode: engine.URLHost, Verb: "controls the URL passed to"},
}

var guards = []engine.Guard{
	{Callee: []string{"*.startsWith"}, Kind: engine.PrefixGuard, Class: "path", Sep: []string{"path.sep", "*path.sep", "*'/'", `*"/"`, "*path.sep}"}},
}
