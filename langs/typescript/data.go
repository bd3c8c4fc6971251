package typescript

import (
	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/langs/engine"
)

// safeZod are zod schema shapes that cannot carry an attack string.
// (import { z } from "zod" names them zod.z.number(), import * as z from
// "zod/v4" names them zod/v4.number()).
var safeZod = []string{"*.number()*", "*.boolean()*", "*.enum()*", "*.literal()*", "*.nativeEnum()*", "*.int()*",
	"*.bigint()*", "*.date()*", "*.coerce.number()*", "*.coerce.boolean()*"}

// zodPattern is zod's string pattern constraint: z.string().regex(re)
// rejects every value re does not match.
var zodPattern = []string{"*.regex()"}

// zodWrap are zod schemas made from the schema of their elements or of an
// optional value: z.array(s), z.optional(s), z.nullable(s), z.nullish(s).
var zodWrap = []string{"*.array()", "*.optional()", "*.nullable()", "*.nullish()"}

var zodSchema = engine.SchemaVocab{Safe: safeZod, Pattern: zodPattern, Wrap: zodWrap}

var handlers = []engine.HandlerShape{
	// McpServer.tool(name, [description], [schema], cb), registerTool(name, config, cb):
	// cb(args, extra); args is the argument map.
	{Kind: "tool", Calls: []string{"*.tool", "*.registerTool"}, Func: []engine.ArgRef{"last"}, ArgsParam: 0, ArgsParamSet: true,
		Schema: []engine.ArgRef{"2", "1", "1.inputSchema"}, Narrow: zodSchema,
		// registerTool(name, { annotations }, cb); tool(name, [description], [schema], annotations, cb)
		Annotations: []engine.ArgRef{"1.annotations", "1", "2", "3"}, Name: []engine.ArgRef{"0"}},
	{Kind: "prompt", Calls: []string{"*.prompt", "*.registerPrompt"}, Func: []engine.ArgRef{"last"}, ArgsParam: 0, ArgsParamSet: true,
		Schema: []engine.ArgRef{"2", "1", "1.argsSchema"}, Narrow: zodSchema},
	// resource(name, template, [metadata], cb(uri, variables, extra)): the
	// template variables are the client's
	{Kind: "resource", Calls: []string{"*.resource", "*.registerResource"}, Func: []engine.ArgRef{"last"}, ArgsParam: 1, ArgsParamSet: true},
	// low-level Server.setRequestHandler(CallToolRequestSchema, (request) => ...)
	{Kind: "tool", Calls: []string{"*.setRequestHandler"}, When: []engine.Cond{{Arg: "0", Ref: []string{"*CallToolRequestSchema"}}},
		Func: []engine.ArgRef{"1"}, ArgsParam: 0, ArgsParamSet: true, ArgsPath: "params.arguments", Dispatch: true},
	// the method named by its string ("tools/call"), as some servers do
	{Kind: "tool", Calls: []string{"*.setRequestHandler"}, When: []engine.Cond{{Arg: "0", OneOf: []string{"tools/call"}}},
		Func: []engine.ArgRef{"1"}, ArgsParam: 0, ArgsParamSet: true, ArgsPath: "params.arguments", Dispatch: true},
	{Kind: "prompt", Calls: []string{"*.setRequestHandler"}, When: []engine.Cond{{Arg: "0", Ref: []string{"*GetPromptRequestSchema"}}},
		Func: []engine.ArgRef{"1"}, ArgsParam: 0, ArgsParamSet: true, ArgsPath: "params.arguments"},
	{Kind: "resource", Calls: []string{"*.setRequestHandler"}, When: []engine.Cond{{Arg: "0", Ref: []string{"*ReadResourceRequestSchema"}}},
		Func: []engine.ArgRef{"1"}, ArgsParam: 0, ArgsParamSet: true, ArgsPath: "params.uri"},
	// fastmcp: server.addTool({ name, parameters, execute(args, context) })
	{Kind: "tool", Calls: []string{"*.addTool"}, Func: []engine.ArgRef{"0.execute"}, ArgsParam: 0, ArgsParamSet: true,
		Schema: []engine.ArgRef{"0.parameters"}, Narrow: zodSchema, Annotations: []engine.ArgRef{"0.annotations"}, Name: []engine.ArgRef{"0.name"}},
	{Kind: "resource", Calls: []string{"*.addResourceTemplate"}, Func: []engine.ArgRef{"0.load"}, ArgsParam: 0, ArgsParamSet: true},
	{Kind: "prompt", Calls: []string{"*.addPrompt"}, Func: []engine.ArgRef{"0.load"}, ArgsParam: 0, ArgsParamSet: true},
	// mcp-framework: tools, resources and prompts are classes found in
	// their directories; extending the base class registers them.
	// execute(input) gets the tool's arguments, generateMessages(args) the
	// prompt's.
	{Kind: "tool", Bases: []string{"mcp-framework.MCPTool"}, Methods: []string{"execute"}, ArgsParam: 0, ArgsParamSet: true},
	{Kind: "prompt", Bases: []string{"mcp-framework.MCPPrompt"}, Methods: []string{"generateMessages"}, ArgsParam: 0, ArgsParamSet: true},
}

var listeners = []engine.Listener{
	// Fastify defaults to loopback: only an explicit host is reported.
	{Callee: []string{"fastify().listen", "fastify.fastify().listen", "fastify.default().listen", "*createMcpFastifyApp().listen"},
		Host: []engine.ArgRef{"0.host", "1"}},
	{Callee: []string{"*createMcpExpressApp"}, Host: []engine.ArgRef{"0.host"}, Serves: true},
	// Hono's node server and Bun/Deno bind every interface without a hostname.
	{Callee: []string{"@hono/node-server.serve"}, Host: []engine.ArgRef{"0.hostname"},
		NoHostAll: true, PortArg: []engine.ArgRef{"0.port", "0.fetch"}, Runtime: "Node"},
	{Callee: []string{"Bun.serve"}, Host: []engine.ArgRef{"0.hostname"},
		NoHostAll: true, PortArg: []engine.ArgRef{"0.port", "0.fetch"}, Runtime: "Bun"},
	{Callee: []string{"Deno.serve"}, Host: []engine.ArgRef{"0.hostname"},
		NoHostAll: true, PortArg: []engine.ArgRef{"0.port", "0.fetch"}, Runtime: "Deno"},
	// Node: listen(port[, host][, cb]) / listen({ port, host }); no host is every interface.
	{Callee: []string{"*.listen"}, Host: []engine.ArgRef{"1", "0.host"}, NoHostAll: true, PortArg: []engine.ArgRef{"0.port", "0"}, Runtime: "Node"},
}

var (
	streamable = []string{"*StreamableHTTPServerTransport"}
	sse        = []string{"*SSEServerTransport"}
	// options of the streamable transport (argument 0) and of the SSE
	// transport (argument 2) that turn on Host/Origin validation
	streamableSecurity = []string{"0.enableDnsRebindingProtection", "0.allowedHosts", "0.allowedOrigins"}
	sseSecurity        = []string{"2.enableDnsRebindingProtection", "2.allowedHosts", "2.allowedOrigins"}
)

var callChecks = []engine.CallCheck{
	{Kind: rule.CheckRebindingOff, Detail: []string{"enableDnsRebindingProtection: false"}, Callee: streamable,
		When: []engine.Cond{{Arg: "0.enableDnsRebindingProtection", Falsy: true}}, NotInSDK: true, Fix: protectOn("0")},
	{Kind: rule.CheckRebindingOff, Detail: []string{"enableDnsRebindingProtection: false"}, Callee: sse,
		When: []engine.Cond{{Arg: "2.enableDnsRebindingProtection", Falsy: true}}, NotInSDK: true, Fix: protectOn("2")},
	{Kind: rule.CheckCORSAnyOrigin, Detail: []string{"allows every origin (cors() without options)"}, Callee: []string{"cors"},
		When: []engine.Cond{{Arg: "0", Absent: true}}, UnlessOrigin: true},
	{Kind: rule.CheckCORSAnyOrigin, Detail: []string{`allows every origin (origin: "*")`}, Callee: []string{"cors"},
		When: []engine.Cond{{Arg: "0.origin", OneOf: []string{"*"}}}, UnlessOrigin: true},
	{Kind: rule.CheckCORSAnyOrigin, Detail: []string{"reflects every origin (origin: true)"}, Callee: []string{"cors"},
		When: []engine.Cond{{Arg: "0.origin", Truthy: true}}, UnlessOrigin: true},
}

var (
	authFix   = "put authentication in front of the route (requireBearerAuth or a middleware that checks the Authorization header)"
	originFix = "create the app with createMcpExpressApp() on a loopback host (SDK 1.24.0 or later), validate the Host header, or pass enableDnsRebindingProtection: true with allowedHosts"
)

// protect turns on the transport's Host validation in its options
// argument; protectOn sets a literal false to true where the allowed
// hosts are already listed (without them the SDK validates nothing).
func protect(options engine.ArgRef) *engine.ProtectFix {
	return &engine.ProtectFix{Description: "turn on DNS-rebinding protection with the loopback hosts", Options: options,
		Enable: "enableDnsRebindingProtection", Hosts: "allowedHosts"}
}

func protectOn(options engine.ArgRef) *engine.Fix {
	return &engine.Fix{Description: "turn on DNS-rebinding protection", Arg: options + ".enableDnsRebindingProtection",
		Value: engine.Rename{From: "false", To: "true"}, Requires: []engine.ArgRef{options + ".allowedHosts"}}
}

var transports = []engine.Transport{
	{Callee: streamable, Kind: "streamable HTTP", SecurityArgs: streamableSecurity, AtRoute: true, Protect: protect("0"),
		AuthFix: authFix, OriginFix: originFix},
	{Callee: sse, Kind: "SSE", SecurityArgs: sseSecurity, AtRoute: true, Protect: protect("2"),
		AuthFix: authFix, OriginFix: originFix},
	// Vercel's mcp-handler (formerly @vercel/mcp-adapter): a fetch-style
	// (Request) => Response handler over the SDK's streamable HTTP (and
	// SSE) transports, which it creates without Host validation; the
	// platform serving the route decides the address, so it is reachable
	// unless a listener in the file binds loopback. withMcpAuth wraps it
	// with token verification.
	{Callee: []string{"mcp-handler.createMcpHandler", "@vercel/mcp-adapter.createMcpHandler"}, Kind: "streamable HTTP",
		AuthFix: "wrap the handler in withMcpAuth(handler, verifyToken, { required: true })", OriginUnknown: true},
	// fastmcp: server.start({ transportType: "httpStream" }) without authenticate
	{Callee: []string{"fastmcp.FastMCP().start", "*FastMCP().start"}, KindArg: "0.transportType",
		Kinds: map[string]string{"httpStream": "HTTP stream", "sse": "SSE"}, Server: "recv", HostArgs: []engine.ArgRef{"0.httpStream.host"},
		AuthArgs: []string{"authenticate"}, AuthFix: "pass authenticate to new FastMCP({...})", OriginUnknown: true},
}

var (
	mcpApps      = []string{"*createMcpExpressApp", "*createMcpHonoApp", "*createMcpFastifyApp"}
	anyHost      = []string{"0.0.0.0", "::", "[::]", ""}
	originHeader = []string{"origin", "Origin", "host", "Host"}
)

// originMarks are calls that validate Host or Origin for the file's routes
// (OriginMark): the SDK's app factories on a loopback host (their default)
// or with allowedHosts, a header read by name, cors() with explicit origins.
var originMarks = []engine.Mark{
	// the factories validate whenever the host is loopback, their default;
	// a host chosen at run time (loopback by default) counts, a host known
	// to be every interface does not
	{Name: "origin-validated", Callee: mcpApps, When: []engine.Cond{{Arg: "0.host", OneOf: anyHost, Not: true}}},
	{Name: "origin-validated", Callee: mcpApps, When: []engine.Cond{{Arg: "0.allowedHosts", Present: true}}},
	{Name: "origin-validated", Callee: []string{"*.get", "*.header"}, When: []engine.Cond{{Arg: "0", OneOf: originHeader}}},
	{Name: "origin-validated", Callee: []string{"cors"}, When: []engine.Cond{{Arg: "0.origin", Present: true},
		{Arg: "0.origin", OneOf: []string{"*"}, Not: true}, {Arg: "0.origin", Truthy: true, Not: true}}},
}

// commander's program (or a new Command()) and yargs(...): option
// declarations are fluent, each returning the command.
var (
	commanders = []string{"commander.program", "commander.program*()", "*Command()", "*Command()*()", "commander.createCommand()*"}
	yargsCalls = []string{"yargs()", "yargs*()", "yargs.default()*"}
)

// on lists recv.member for every receiver pattern and member.
func on(recvs []string, members ...string) []string {
	var out []string
	for _, r := range recvs {
		for _, m := range members {
			out = append(out, r+"."+m)
		}
	}
	return out
}

var models = []engine.Model{
	// commander: .option("-H, --host <host>", "desc", "0.0.0.0") then
	// program.opts().host; yargs: .option("host", { default: "0.0.0.0" })
	// then .parse() or .argv
	{Callee: on(commanders, "option", "requiredOption"), Kind: engine.OptionDecl, Name: []engine.ArgRef{"0"},
		Default: []engine.ArgRef{"2"}, Chain: true},
	{Callee: on(yargsCalls, "option", "positional"), Kind: engine.OptionDecl, Name: []engine.ArgRef{"0"},
		Default: []engine.ArgRef{"1.default"}, Chain: true},
	{Callee: append(on(commanders, "name", "version", "description", "usage", "argument", "command", "allowUnknownOption"),
		on(yargsCalls, "usage", "scriptName", "help", "version", "alias", "strict", "command", "demandOption")...),
		Kind: engine.OptionDecl, Chain: true},
	{Callee: append(on(commanders, "opts", "parse", "optsWithGlobals"), on(yargsCalls, "parse", "parseSync")...), Kind: engine.OptionParse},
	// require("m"), import("m") (a promise of the module; await passes it
	// through), module.require and a require made by createRequire
	{Callee: []string{"require", "import", "module.require", "*createRequire()"}, Kind: engine.ModuleRef, Name: []engine.ArgRef{"0"}},
	// promisify(exec) is still exec
	{Callee: []string{"util.promisify", "promisify", "bluebird.promisify", "*.promisify"}, Kind: engine.Alias},
	{Callee: []string{"Number", "parseInt", "parseFloat", "Boolean", "Number.*", "Math.*", "Date.*", "*.startsWith", "*.endsWith",
		"*.includes", "*.indexOf", "*.lastIndexOf", "*.test", "*.localeCompare", "crypto.*", "*.existsSync", "Array.isArray",
		"*path.isAbsolute", "*.isFile", "*.isDirectory", "*.getTime", "*.randomUUID", "*.statSync", "*.stat", "*.lstat",
		"*.access", "*.accessSync"}, Kind: engine.Clean},
	{Callee: []string{"*path.resolve", "*path.normalize", "*.realpathSync", "*.realpath", "*.realpathSync.native"}, Kind: engine.Resolve},
	{Callee: []string{"*path.basename"}, Kind: engine.Sanitize, Classes: []rule.Class{rule.ClassPath}},
	// percent-encoding that leaves no "/", "?" or "#" (encodeURI keeps them)
	{Callee: []string{"encodeURIComponent", "URLSearchParams", "querystring.stringify", "qs.stringify"}, Kind: engine.Sanitize,
		Classes: []rule.Class{rule.ClassURLPath}},
	// identifier and literal quoting of the SQL drivers (pg escapeIdentifier
	// and escapeLiteral, mysql escapeId and escape, pg-format)
	{Callee: []string{"*.escapeIdentifier", "*.escapeLiteral", "*.escapeId", "mysql.escape", "mysql2.escape", "*pg-format.ident",
		"*pg-format.literal"}, Kind: engine.Sanitize, Classes: []rule.Class{rule.ClassSQL}},
	{Callee: []string{"*path.relative"}, Kind: engine.Relative},
	{Callee: []string{"shell-quote.quote", "*shellEscape", "*shellescape", "shell-escape", "*escapeShellArg", "*quoteShellArg"},
		Kind: engine.Sanitize, Classes: []rule.Class{rule.ClassShell}},
	// zod: schema.parse(x) is x as the schema narrows it; safeParse(x) is
	// { success, data }, data the parsed x
	{Callee: []string{"zod*.parse", "zod*.parseAsync"}, Kind: engine.Propagate, Args: []engine.ArgRef{"0"}, Narrow: zodSchema},
	{Callee: []string{"zod*.safeParse", "zod*.safeParseAsync"}, Kind: engine.Propagate, Args: []engine.ArgRef{"0"}, Field: "data",
		Narrow: zodSchema},
	{Callee: []string{"String", "*path.join", "*path.dirname", "*path.extname", "*.trim", "*.trimStart", "*.trimEnd", "*.toLowerCase",
		"*.toUpperCase", "*.join", "*.replace", "*.replaceAll", "*.split", "*.concat", "*.slice", "*.substring", "*.substr",
		"*.padStart", "*.padEnd", "*.repeat", "*.at", "*.filter", "*.flat", "*.reverse", "*.sort",
		"JSON.parse", "JSON.stringify", "*.parse", "*.parseAsync", "encodeURI", "decodeURI", "decodeURIComponent",
		"*.toString", "*.valueOf", "*.normalize", "Buffer.from", "Object.entries",
		"Object.assign", "Promise.resolve", "*URL", "*fileURLToPath", "*pathToFileURL", "*.href"}, Kind: engine.Propagate},
	// zod: safeParse(x) is { success, data }, data the parsed x
	{Callee: []string{"*.safeParse", "*.safeParseAsync"}, Kind: engine.Propagate, Field: "data"},
	{Callee: []string{"*.get"}, Kind: engine.GetKey},
	// tool registries: tables built from lists, entries added and found
	{Callee: []string{"Map", "Object.fromEntries", "Object.values", "Set", "Array.from"}, Kind: engine.Collect},
	{Callee: []string{"*.set"}, Kind: engine.Store},
	{Callee: []string{"*.push", "*.unshift", "*.add"}, Kind: engine.Store, Each: true},
	{Callee: []string{"*.find", "*.findLast"}, Kind: engine.Pick},
	{Callee: []string{"*.then", "*.finally"}, Kind: engine.Callback},
	{Callee: []string{"*.map", "*.forEach", "*.flatMap", "*.some", "*.every"}, Kind: engine.Callback, Each: true},
}

var (
	childProcess = []string{"child_process", "cross-spawn"}
)

// in lists module.member for every module and member.
func in(mods []string, members ...string) []string {
	var out []string
	for _, m := range mods {
		for _, f := range members {
			out = append(out, m+"."+f)
		}
	}
	return out
}

var (
	fsModules = []string{"fs", "fs.promises", "fs/promises", "fs-extra", "graceful-fs", "fs-extra.promises"}
	// fs operations by what they do with the path in argument 0 (copy and
	// rename read their source; open's mode is an argument)
	fsReads = []string{"readFile", "createReadStream", "readdir", "opendir", "copyFile", "cp", "readlink", "watch",
		"readJson", "readJSON", "copy"}
	fsWrites = []string{"writeFile", "appendFile", "createWriteStream", "unlink", "rm", "rmdir", "mkdir", "rename", "symlink",
		"link", "chmod", "chown", "truncate", "utimes", "outputFile", "outputJson", "writeJson", "remove", "emptyDir",
		"ensureFile", "ensureDir", "move", "mkdirp", "writeJSON", "outputJSON"}
)

// fsCallees lists module.op and module.opSync for every fs module.
func fsCallees(ops ...string) []string {
	var all []string
	for _, o := range ops {
		all = append(all, o, o+"Sync")
	}
	return in(fsModules, all...)
}

func pathSink(kind rule.SinkKind, callees []string, arg ...engine.ArgRef) engine.Sink {
	return engine.Sink{Kind: kind, Callee: callees, Arg: arg, Mode: engine.AnyPart}
}

// requestHostKeys and requestPathKeys are the options of a request
// object (fetch-style clients, axios, got, http.request) that choose where
// it goes; headers, body, method and query parameters do not.
var (
	requestHostKeys = []string{"url", "href", "origin", "host", "hostname", "port", "protocol", "baseURL", "baseUrl",
		"prefixUrl", "socketPath", "proxy", "agent", "lookup", "input", "uri"}
	requestPathKeys = []string{"path", "pathname"}
)

var httpVerbs = []string{"get", "post", "put", "patch", "delete", "head", "options", "request"}

var (
	spawners    = append(in(childProcess, "spawn", "spawnSync", "execFile", "execFileSync"), "cross-spawn", "cross-spawn.sync")
	execas      = []string{"execa", "execa.execa", "execa.execaSync"}
	shellOption = func(arg engine.ArgRef) []engine.Cond { return []engine.Cond{{Arg: arg, Truthy: true}} }
)

var sinks = []engine.Sink{
	// code: node -e / python -c with a tainted code string
	{Kind: rule.KindCode, Callee: in(childProcess, "spawn", "spawnSync", "execFile", "execFileSync"), Arg: []engine.ArgRef{"0+1"},
		Mode: engine.CodeFlag},
	{Kind: rule.KindCode, Callee: []string{"execa", "execa.execa", "execa.execaSync", "execa.execaNode"}, Arg: []engine.ArgRef{"0+1"},
		Mode: engine.CodeFlag},
	{Kind: rule.KindCode, Callee: []string{"eval", "globalThis.eval", "Function", "vm.runInNewContext", "vm.runInThisContext", "vm.runInContext",
		"vm.Script", "vm.compileFunction", "vm.SourceTextModule", "vm2.VM().run", "vm2.NodeVM().run", "*.evaluate"},
		Arg: []engine.ArgRef{"0"}, Mode: engine.AnyPart},
	{Kind: rule.KindCode, Callee: []string{"Function"}, Arg: []engine.ArgRef{"last"}, Mode: engine.AnyPart},
	// a string given to a timer is evaluated as code
	{Kind: rule.KindCode, Callee: []string{"setTimeout", "setInterval", "setImmediate", "globalThis.setTimeout", "globalThis.setInterval"},
		Arg: []engine.ArgRef{"0"}, Mode: engine.Whole},
	// template engines compile their template text to JavaScript: a
	// template written by the caller runs code in the server
	{Kind: rule.KindTemplate, Callee: []string{"ejs.render", "ejs.compile", "handlebars.compile", "handlebars.precompile", "handlebars.default.compile",
		"pug.render", "pug.compile", "nunjucks.renderString", "nunjucks.compile", "nunjucks.Template", "lodash.template",
		"lodash/template", "lodash-es.template", "underscore.template", "dot.template", "eta.renderString", "eta.Eta().renderString",
		"squirrelly.render", "art-template.render", "art-template.compile"},
		Arg: []engine.ArgRef{"0"}, Mode: engine.AnyPart},
	{Kind: rule.KindCode, Callee: []string{"require", "import", "module.require", "*createRequire()"}, Arg: []engine.ArgRef{"0"}, Mode: engine.AnyPart},

	// shells
	{Kind: rule.KindShell, Callee: append(in(childProcess, "exec", "execSync"), "shelljs.exec", "execa.execaCommand",
		"execa.execaCommandSync", "zx.$", "*execAsync", "*execPromise"),
		Arg: []engine.ArgRef{"0"}, Mode: engine.AnyPart},
	{Kind: rule.KindShell, Callee: spawners, When: shellOption("2.shell"), Arg: []engine.ArgRef{"0+1"}, Mode: engine.AnyPart, Detail: " with shell: true"},
	{Kind: rule.KindShell, Callee: spawners, When: shellOption("1.shell"), Arg: []engine.ArgRef{"0"}, Mode: engine.AnyPart, Detail: " with shell: true"},
	{Kind: rule.KindShell, Callee: execas, When: shellOption("2.shell"), Arg: []engine.ArgRef{"0+1"}, Mode: engine.AnyPart, Detail: " with shell: true"},
	{Kind: rule.KindShell, Callee: execas, When: shellOption("1.shell"), Arg: []engine.ArgRef{"0"}, Mode: engine.AnyPart, Detail: " with shell: true"},
	// simple-git hands every argument to git's argv: one starting with "-"
	// is an option (--upload-pack=..., --output=...)
	{Kind: rule.KindArgvOption, Callee: simpleGit, Arg: []engine.ArgRef{"0"}, Mode: engine.Leading},
	{Kind: rule.KindArgvOption, Callee: simpleGit, Arg: []engine.ArgRef{"*"}, Mode: engine.Leading},
	// a tainted program, or [shell, "-c", tainted]
	{Kind: rule.KindExecArgv, Callee: append(append(in(childProcess, "spawn", "spawnSync", "execFile", "execFileSync", "fork"),
		"cross-spawn", "cross-spawn.sync"), "execa", "execa.execa", "execa.execaSync", "node-pty.spawn", "@homebridge/node-pty-prebuilt-multiarch.spawn"),
		Arg: []engine.ArgRef{"0+1"}, Mode: engine.Program},

	// paths
	pathSink(rule.KindPathRead, fsCallees(fsReads...), "0"),
	pathSink(rule.KindPathWrite, fsCallees(fsWrites...), "0"),
	pathSink(rule.KindPath, fsCallees("open"), "0"),
	pathSink(rule.KindPathWrite, in(fsModules, "copyFile", "copyFileSync", "cp", "cpSync", "rename", "renameSync", "symlink", "symlinkSync",
		"link", "linkSync", "copy", "copySync", "move", "moveSync"), "1"),
	// files served to the client
	pathSink(rule.KindPathRead, []string{"*.sendFile", "*.download", "send"}, "0"),
	// archives: where they are read from and extracted to
	pathSink(rule.KindPathRead, []string{"adm-zip", "*.addLocalFolder", "*.addLocalFile"}, "0"),
	pathSink(rule.KindPathWrite, []string{"*.extractAllTo", "*.extractAllToAsync", "*.writeZip"}, "0"),
	pathSink(rule.KindPathWrite, []string{"*.extractEntryTo"}, "1"),
	pathSink(rule.KindPath, []string{"tar.x", "tar.extract", "tar.c", "tar.create", "tar.t", "tar.list"}, "0.cwd", "0.file", "0.C", "0.f"),
	pathSink(rule.KindPath, []string{"extract-zip"}, "1.dir", "0"),
	pathSink(rule.KindPathWrite, []string{"unzipper.Extract"}, "0.path"),

	// URLs
	{Kind: rule.KindURL, Callee: append(append(append(append([]string{"fetch", "globalThis.fetch", "node-fetch", "cross-fetch",
		"isomorphic-fetch", "undici.fetch", "undici.request", "undici.stream", "axios", "got", "ky", "superagent",
		"needle", "request", "phin"}, in([]string{"axios", "got", "ky", "superagent", "needle", "request"}, httpVerbs...)...),
		in([]string{"axios.create()", "axios.default", "got.extend()", "ky.create()"}, httpVerbs...)...),
		in([]string{"http", "https", "follow-redirects.http", "follow-redirects.https"}, "get", "request")...), "*.goto",
		"got-scraping.gotScraping", "got-scraping.gotScraping.get", "got-scraping.gotScraping.post"),
		Arg: []engine.ArgRef{"0", "0.url"}, Mode: engine.URLHost, HostKeys: requestHostKeys, PathKeys: requestPathKeys},
	// needle(method, url), clients bound to a base URL, sockets
	{Kind: rule.KindURL, Callee: []string{"needle", "needle.request"}, Arg: []engine.ArgRef{"1"}, Mode: engine.URLHost},
	{Kind: rule.KindBaseURL, Callee: []string{"axios.create", "axios.default.create"}, Arg: []engine.ArgRef{"0.baseURL"}, Mode: engine.URLHost},
	{Kind: rule.KindBaseURL, Callee: []string{"got.extend", "ky.create", "ky.extend"}, Arg: []engine.ArgRef{"0.prefixUrl"}, Mode: engine.URLHost},
	{Kind: rule.KindURL, Callee: []string{"undici.Client", "undici.Pool", "undici.connect", "ws", "ws.WebSocket", "ws.default", "WebSocket", "EventSource",
		"eventsource", "eventsource.EventSource"}, Arg: []engine.ArgRef{"0"}, Mode: engine.URLHost},
	{Kind: rule.KindHost, Callee: []string{"net.connect", "net.createConnection", "tls.connect"}, Arg: []engine.ArgRef{"0.host", "1"},
		Mode: engine.URLHost},

	// SQL text built from a tool argument
	{Kind: rule.KindSQL, Callee: []string{"*.query", "*.execute", "*.raw", "*.prepare", "*.$queryRawUnsafe", "*.$executeRawUnsafe",
		"*.unsafe", "*.whereRaw", "*.orderByRaw", "*.havingRaw", "*.joinRaw", "*.selectRaw", "*Database().exec",
		"better-sqlite3().exec", "*db.exec", "*.sql.exec",
		// sqlite3 and sqlite: the statement methods of a database object
		"*Database().run", "*Database().all", "*Database().get", "*Database().each", "*Database().map",
		"sqlite.open().run", "sqlite.open().all", "sqlite.open().get", "sqlite.open().each", "sqlite.open().exec",
		"*.unsafeQuery"},
		Arg: []engine.ArgRef{"0", "0.sql", "0.text"}, Mode: engine.Built},
}

// simpleGit are the simple-git calls whose arguments become git's argv.
var simpleGit = func() []string {
	var out []string
	for _, recv := range []string{"simple-git()", "simple-git.simpleGit()", "simple-git.default()", "simple-git.gitP()"} {
		for _, m := range []string{"raw", "clone", "mirror", "checkout", "fetch", "pull", "push", "log", "diff", "show", "branch", "tag",
			"reset", "revparse", "grep", "submoduleAdd", "addRemote", "listRemote"} {
			out = append(out, recv+"."+m, recv+".*."+m)
		}
	}
	return out
}()

var seps = []string{"path.sep", "*path.sep", "*'/'", `*"/"`, "*path.sep}", "*path.sep)", "*path.posix.sep"}

var guards = []engine.Guard{
	// ALLOWED.has(x), LIST.includes(new URL(u).hostname), u.hostname ===
	// "api.example.com": x is one of the listed values; a URL's host part
	// clears the URL only
	{Callee: []string{"*.has", "*.includes"}, Kind: engine.AllowListGuard, Class: rule.ClassShell,
		Clears: []rule.Class{rule.ClassPath, rule.ClassSQL, rule.ClassURL, rule.ClassOption, rule.ClassCode},
		Parts:  []rule.Class{rule.ClassURL}, PartNames: []string{"hostname", "host", "origin"}},
	// /^[a-z0-9-]+$/.test(x), x.match(/^...$/): x holds only the allowed characters
	// if (x.startsWith("-")) throw: x cannot be read as an option
	{Callee: []string{"*.startsWith"}, Kind: engine.RejectPrefix, Class: rule.ClassOption, Prefixes: []string{"-", "--"}},
	{Callee: []string{"*.test"}, Kind: engine.MatchGuard, Class: rule.ClassPath, Args: []engine.ArgRef{"recv", "0"}},
	{Callee: []string{"*.match"}, Kind: engine.MatchGuard, Class: rule.ClassPath, Args: []engine.ArgRef{"0", "recv"}},
	// rel = path.relative(root, p); if (rel.startsWith("..")) throw: checks p
	{Callee: []string{"*.startsWith"}, Kind: engine.RejectPrefix, Class: rule.ClassPath, Prefixes: []string{"..", "../", "..\\"}},
	{Callee: []string{"*.startsWith"}, Kind: engine.PrefixGuard, Class: rule.ClassPath, Seps: seps},
}
