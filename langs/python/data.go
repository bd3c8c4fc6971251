package python

import (
	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/langs/engine"
)

// HTTP transports of FastMCP's run(); stdio is not a network listener.
var httpTransports = []string{"sse", "streamable-http", "streamable_http", "http"}

var handlers = []engine.HandlerShape{
	// low-level mcp.server.Server: call_tool(name, arguments)
	// (the decorator applied by hand, often to a bound method:
	// self.server.call_tool()(self.call_tool))
	{Kind: "tool", Decorators: []string{"*.call_tool"}, Calls: []string{"*.call_tool()"}, Func: []engine.ArgRef{"0"}, ArgsParam: 1, ArgsParamSet: true,
		Dispatch: true},
	{Kind: "prompt", Decorators: []string{"*.get_prompt"}, Calls: []string{"*.get_prompt()"}, Func: []engine.ArgRef{"0"}, ArgsParam: 1, ArgsParamSet: true},
	{Kind: "resource", Decorators: []string{"*.read_resource"}, Calls: []string{"*.read_resource()"}, Func: []engine.ArgRef{"0"}},
	// FastMCP (official SDK and standalone fastmcp)
	// the decorator applied by hand: mcp.tool()(fn), mcp.tool(name="x")(self.fn)
	{Kind: "tool", Decorators: []string{"*.tool"},
		Calls: []string{"*.add_tool", "*Tool.from_function", "*FunctionTool.from_function", "*.tool()"}, Func: []engine.ArgRef{"0", "fn"},
		Annotations: []engine.ArgRef{"annotations"}, Name: []engine.ArgRef{"name"}, NameFromFunc: true},
	{Kind: "resource", Decorators: []string{"*.resource"}, Calls: []string{"*.add_resource_fn", "*.resource()"}, Func: []engine.ArgRef{"0", "fn"}},
	{Kind: "prompt", Decorators: []string{"*.prompt"}, Calls: []string{"*.add_prompt", "*.prompt()"}, Func: []engine.ArgRef{"0", "fn"}},
}

var listeners = []engine.Listener{
	{Callee: []string{"*FastMCP", "*MCPServer"}, Host: []engine.ArgRef{"host"}, Serves: true, OnlyServed: true},
	{Callee: []string{"*FastMCP().run", "*FastMCP().run_async", "*MCPServer().run"},
		When: []engine.Cond{{Arg: "transport", OneOf: httpTransports}}, Host: []engine.ArgRef{"host"}, Serves: true},
	{Callee: []string{"*FastMCP().run_sse_async", "*FastMCP().run_streamable_http_async", "*FastMCP().run_http_async"},
		Host: []engine.ArgRef{"host"}, Serves: true},
	// settings.host binds only when the server is run over the network
	{AssignTo: []string{"*FastMCP().settings.host", "*MCPServer().settings.host"}, Serves: true, OnlyServed: true},
	{Callee: []string{"uvicorn.run", "uvicorn.Config", "hypercorn.config.Config"}, Host: []engine.ArgRef{"host"}},
	{Callee: []string{"*socket().bind"}, Host: []engine.ArgRef{"0[0]"}},
	{Callee: []string{"aiohttp.web.run_app", "*web.run_app", "*TCPSite"}, Host: []engine.ArgRef{"host", "1"}},
	{Callee: []string{"*Flask().run", "*Quart().run"}, Host: []engine.ArgRef{"host", "0"}},
	{Callee: []string{"*HTTPServer", "*ThreadingHTTPServer", "*TCPServer"}, Host: []engine.ArgRef{"0[0]"}},
}

var callChecks = []engine.CallCheck{
	{Kind: rule.CheckRebindingOff, Detail: []string{"enable_dns_rebinding_protection=False"}, Callee: []string{"*TransportSecuritySettings"},
		When: []engine.Cond{{Arg: "enable_dns_rebinding_protection", Falsy: true}}, NotInSDK: true},
	{Kind: rule.CheckRebindingOff, Detail: []string{`allowed_origins=["*"] accepts any Origin`}, Callee: []string{"*TransportSecuritySettings"},
		When: []engine.Cond{{Arg: "allowed_origins", Contains: []string{"*"}}}},
	{Kind: rule.CheckRebindingOff, Detail: []string{`allowed_hosts=["*"] accepts any Host`}, Callee: []string{"*TransportSecuritySettings"},
		When: []engine.Cond{{Arg: "allowed_hosts", Contains: []string{"*"}}}},
	{Kind: rule.CheckCORSAnyOrigin, Detail: []string{`allows every origin (allow_origins=["*"])`}, Callee: []string{"*.add_middleware", "*Middleware"},
		When: []engine.Cond{{Arg: "0", Ref: []string{"*CORSMiddleware"}}, {Arg: "allow_origins", Contains: []string{"*"}}}},
}

var (
	authArgs = []string{"auth", "token_verifier", "auth_server_provider", "auth_provider"}
	// FastMCP and uvicorn bind 127.0.0.1 unless given a host
	fastmcpHosts = []engine.ArgRef{"host", "recv.host", "recv.settings.host"}
	authFix      = "pass auth= or token_verifier= to the server, or put a middleware that checks the Authorization header in front of the app"
	originFix    = "pass transport_security=TransportSecuritySettings(allowed_hosts=[...], allowed_origins=[...]) or add TrustedHostMiddleware with explicit hosts"
	// the official SDK's FastMCP (renamed MCPServer in 2.x) validates Host
	// on loopback by default from mcp 1.23.0 (sdkversions.Protections)
	fastmcpDefault = &engine.SDKDefault{Servers: []string{"mcp.server.fastmcp.FastMCP*", "mcp.server.fastmcp.server.FastMCP*",
		"mcp.server.mcpserver.MCPServer*", "mcp.server.mcpserver.server.MCPServer*", "mcp.server.MCPServer*"},
		SDKPackage: engine.SDKPackage{Ecosystem: "pypi", Package: "mcp"}, Since: "1.23.0", What: "FastMCP"}
)

var transports = []engine.Transport{
	{Callee: []string{"*FastMCP().run_sse_async"}, Kind: "SSE", Server: "recv", AuthArgs: authArgs, SecurityArgs: []string{"transport_security"},
		HostArgs: fastmcpHosts, DefaultLoopback: true, AuthFix: authFix, OriginFix: originFix, Default: fastmcpDefault},
	{Callee: []string{"*FastMCP().run_streamable_http_async", "*FastMCP().run_http_async"}, Kind: "streamable HTTP", Server: "recv",
		AuthArgs: authArgs, SecurityArgs: []string{"transport_security"}, HostArgs: fastmcpHosts, DefaultLoopback: true,
		AuthFix: authFix, OriginFix: originFix, Default: fastmcpDefault},
	{Callee: []string{"*FastMCP().run", "*FastMCP().run_async", "*MCPServer().run"}, KindArg: "transport",
		Kinds: map[string]string{"sse": "SSE", "streamable-http": "streamable HTTP", "streamable_http": "streamable HTTP", "http": "HTTP"},
		Local: []string{"stdio"}, KindDefault: "stdio",
		Server: "recv", AuthArgs: authArgs, SecurityArgs: []string{"transport_security"}, HostArgs: fastmcpHosts, DefaultLoopback: true,
		AuthFix: authFix, OriginFix: originFix, Default: fastmcpDefault},
	{Callee: []string{"uvicorn.run", "uvicorn.Config", "hypercorn.asyncio.serve", "hypercorn.trio.serve"}, App: "0",
		AuthArgs: authArgs, SecurityArgs: []string{"transport_security", "security_settings"}, HostArgs: []engine.ArgRef{"host"},
		DefaultLoopback: true, AuthFix: authFix, OriginFix: originFix, Default: fastmcpDefault},
}

// originMarks: calls that validate Host for the file's HTTP app (OriginMark)
var originMarks = []engine.Mark{
	{Name: "origin-validated", Callee: []string{"*.add_middleware", "*Middleware"},
		When: []engine.Cond{{Arg: "0", Ref: []string{"*TrustedHostMiddleware"}}, {Arg: "allowed_hosts", Contains: []string{"*"}, Not: true}}},
}

var (
	// Path.absolute() is not here: it keeps ".." segments
	resolveCallees = []string{"os.path.realpath", "os.path.abspath", "*.resolve", "*.realpath"}
)

var models = []engine.Model{
	{Callee: []string{"os.getenv", "os.environ.get", "os.environ.setdefault"}, Kind: engine.EnvDefault, Default: []engine.ArgRef{"1", "default"}},
	{Callee: []string{"*ArgumentParser().add_argument", "*add_argument_group().add_argument"}, Kind: engine.OptionDecl,
		Name: []engine.ArgRef{"0", "1"}, Default: []engine.ArgRef{"default"}},
	{Callee: []string{"*ArgumentParser().parse_args"}, Kind: engine.OptionParse},
	// click: @click.option("--host", default="0.0.0.0") fills the
	// command's parameter host; typer: host: str = typer.Option("0.0.0.0")
	{Callee: []string{"click.option", "asyncclick.option", "rich_click.option"}, Kind: engine.ParamOption,
		Name: []engine.ArgRef{"0", "1", "2"}, Default: []engine.ArgRef{"default"}},
	{Callee: []string{"typer.Option", "typer.Argument"}, Kind: engine.EnvDefault, Default: []engine.ArgRef{"0", "default"}},
	{Callee: []string{"*FastMCP().sse_app"}, Kind: engine.TagResult, Tag: "SSE"},
	{Callee: []string{"*FastMCP().streamable_http_app"}, Kind: engine.TagResult, Tag: "streamable HTTP"},
	{Callee: []string{"*FastMCP().http_app"}, Kind: engine.TagResult, Tag: "HTTP"},
	{Callee: []string{"*SseServerTransport"}, Kind: engine.TagResult, Tag: "SSE"},
	{Callee: []string{"*StreamableHTTPSessionManager"}, Kind: engine.TagResult, Tag: "streamable HTTP"},
	{Callee: []string{"shlex.quote", "pipes.quote"}, Kind: engine.Sanitize, Classes: []rule.Class{rule.ClassShell}},
	{Callee: []string{"shlex.split"}, Kind: engine.Propagate, Words: true},
	{Callee: []string{"os.path.basename", "*secure_filename"}, Kind: engine.Sanitize, Classes: []rule.Class{rule.ClassPath}},
	// percent-encoding that leaves no "/", "?" or "#": quote_plus and
	// urlencode always, quote only with the keyword safe="" (its default
	// keeps "/")
	{Callee: []string{"urllib.parse.quote_plus", "urllib.parse.urlencode"}, Kind: engine.Sanitize, Classes: []rule.Class{rule.ClassURLPath}},
	{Callee: []string{"urllib.parse.quote"}, Kind: engine.Sanitize, Classes: []rule.Class{rule.ClassURLPath},
		When: []engine.Cond{{Arg: "safe", OneOf: []string{""}}}},
	// identifier quoting that escapes embedded quotes (psycopg's
	// quote_ident, SQLAlchemy's identifier preparer); sqlalchemy's
	// quoted_name is not here: it only marks a name for the dialect to
	// quote and formats unquoted into an f-string
	{Callee: []string{"*.quote_ident", "*identifier_preparer.quote", "*identifier_preparer.quote_identifier"},
		Kind: engine.Sanitize, Classes: []rule.Class{rule.ClassSQL}},
	{Callee: resolveCallees, Kind: engine.Resolve},
	// temporary files live where tempfile puts them; what a file holds is
	// not the caller's text even when the caller picked the path (the path
	// itself is checked at the open)
	{Callee: []string{"tempfile.*", "open", "io.open", "codecs.open", "aiofiles.open", "*.read_text", "*.read_bytes",
		"json.load", "tomllib.load", "toml.load"}, Kind: engine.Clean},
	{Callee: []string{"int", "float", "bool", "len", "abs", "round", "hash", "isinstance", "id", "*.startswith", "*.endswith",
		"*.isdigit", "*.isalnum", "*.isalpha", "*.exists", "*.is_file", "*.is_dir", "os.path.exists", "os.path.isfile",
		"os.path.isdir", "*.is_relative_to", "os.path.commonpath", "uuid.*", "hashlib.*", "*.hexdigest", "*.count",
		"*.index", "*.find", "re.match", "re.fullmatch", "re.search", "*.match", "*.fullmatch"}, Kind: engine.Clean},
	{Callee: []string{"*.format", "*.format_map"}, Kind: engine.Format},
	{Callee: []string{"*.get", "*.pop", "*.getlist", "*.setdefault"}, Kind: engine.GetKey},
	// registries filled by hand: tools.append(ShellTool()), tools.add(t)
	// dict.update(other), list.insert(i, x), deque.appendleft(x)
	{Callee: []string{"*.append", "*.add", "*.extend", "*.update", "*.insert", "*.appendleft"}, Kind: engine.Store, Each: true},
	// a substitution's result is the text with the replacement, or what
	// a replacement function returns, in it
	{Callee: []string{"re.sub", "re.subn"}, Kind: engine.Callback, Args: []engine.ArgRef{"1", "2"}},
	{Callee: []string{"re.compile().sub", "re.compile().subn"}, Kind: engine.Callback, Args: []engine.ArgRef{"0", "1"}},
	{Callee: []string{"asyncio.to_thread", "anyio.to_thread.run_sync", "*.submit"}, Kind: engine.Invoke},
	{Callee: []string{"*.run_in_executor"}, Kind: engine.Invoke, Args: []engine.ArgRef{"1"}},
	{Callee: []string{"str", "repr", "os.path.join", "os.path.normpath", "os.path.expanduser", "os.path.expandvars",
		"os.fspath", "pathlib.Path", "pathlib.PurePath", "*.joinpath", "*.strip", "*.lstrip", "*.rstrip", "*.lower",
		"*.upper", "*.join", "*.replace", "*.encode", "*.decode", "*.split", "*.splitlines",
		"*.with_name", "*.with_suffix", "urllib.parse.urljoin", "urllib.parse.unquote", "json.loads", "*.copy",
		"list", "tuple", "dict", "*.items", "*.values", "*.keys", "sorted", "reversed"}, Kind: engine.Propagate},
}

var subprocessAll = []string{"subprocess.run", "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.Popen"}

func pathSink(kind rule.SinkKind, callees []string, arg ...engine.ArgRef) engine.Sink {
	return engine.Sink{Kind: kind, Callee: callees, Arg: arg, Mode: engine.AnyPart}
}

func urlSink(callees []string, arg ...engine.ArgRef) engine.Sink {
	return engine.Sink{Kind: rule.KindURL, Callee: callees, Arg: arg, Mode: engine.URLHost}
}

var httpMethods = []string{"get", "post", "put", "patch", "delete", "head", "options", "stream"}

func methods(prefixes ...string) []string {
	var out []string
	for _, p := range prefixes {
		for _, m := range httpMethods {
			out = append(out, p+m)
		}
	}
	return out
}

var (
	notShell = []engine.Cond{{Arg: "shell", Truthy: true, Not: true}}
	// libraries that read the file they are given
	fileReaders = []string{"docx.Document", "openpyxl.load_workbook", "pandas.read_csv", "pandas.read_excel", "pandas.read_json",
		"pandas.read_parquet", "PIL.Image.open", "fitz.open", "pypdf.PdfReader", "PyPDF2.PdfReader"}
	// and those that write it, or open it in a mode the call chooses
	fileWriters = []string{"*.save", "*.to_csv", "*.to_excel", "*.to_json", "*.to_parquet"}
	fileOpeners = []string{"sqlite3.connect", "zipfile.ZipFile", "tarfile.open"}
)

var sinks = []engine.Sink{
	// code: python -c / node -e with a tainted code string
	{Kind: rule.KindCode, Callee: append(append([]string{}, subprocessAll...), "os.spawn*", "os.exec*"), Arg: []engine.ArgRef{"0", "args"},
		Mode: engine.CodeFlag},
	{Kind: rule.KindCode, Callee: []string{"asyncio.create_subprocess_exec"}, Arg: []engine.ArgRef{"*"}, Mode: engine.CodeFlag},
	{Kind: rule.KindCode, Callee: []string{"eval", "exec", "compile", "builtins.eval", "builtins.exec"}, Arg: []engine.ArgRef{"0", "source"}, Mode: engine.AnyPart},
	{Kind: rule.KindCode, Callee: []string{"runpy.run_path", "runpy.run_module", "importlib.import_module", "__import__"}, Arg: []engine.ArgRef{"0"}, Mode: engine.AnyPart},
	{Kind: rule.KindDeserialize, Callee: []string{"pickle.loads", "pickle.load", "cPickle.loads", "dill.loads", "marshal.loads", "shelve.open", "jsonpickle.decode", "yaml.unsafe_load"},
		Arg: []engine.ArgRef{"0"}, Mode: engine.AnyPart},
	{Kind: rule.KindDeserialize, Callee: []string{"yaml.load", "yaml.load_all"}, Arg: []engine.ArgRef{"0", "stream"}, Mode: engine.AnyPart,
		When: []engine.Cond{{Arg: "Loader", Ref: []string{"*SafeLoader", "*CSafeLoader", "*BaseLoader"}, Not: true}}},

	// template engines compiling the caller's text: {{ ''.__class__... }}
	// runs Python (server-side template injection)
	{Kind: rule.KindTemplate, Callee: []string{"jinja2.Template", "*Environment().from_string", "*SandboxedEnvironment().from_string",
		"mako.template.Template", "*.render_template_string", "tornado.template.Template", "django.template.Template",
		"*Engine().from_string"}, Arg: []engine.ArgRef{"0", "source", "text", "template_string"}, Mode: engine.AnyPart},
	// more deserialisers that run code
	{Kind: rule.KindDeserialize, Callee: []string{"pickle.Unpickler", "_pickle.loads", "cloudpickle.loads", "dill.load", "joblib.load",
		"pandas.read_pickle", "yaml.unsafe_load_all", "yaml.full_load", "torch.load", "numpy.load"},
		Arg: []engine.ArgRef{"0"}, Mode: engine.AnyPart,
		When: []engine.Cond{{Arg: "allow_pickle", Falsy: true, Not: true}, {Arg: "weights_only", Truthy: true, Not: true}}},

	// shells and programs
	// sh and plumbum: sh.bash("-c", cmd), plumbum.local["sh"]["-c", cmd]
	{Kind: rule.KindShell, Callee: []string{"sh.bash", "sh.sh", "sh.zsh", "sh.Command().bake", "plumbum.cmd.bash", "plumbum.cmd.sh"},
		Arg: []engine.ArgRef{"*"}, Mode: engine.AnyPart},
	{Kind: rule.KindProgram, Callee: []string{"sh.Command", "plumbum.local.get"}, Arg: []engine.ArgRef{"0"}, Mode: engine.Whole},
	{Kind: rule.KindShell, Callee: subprocessAll, When: []engine.Cond{{Arg: "shell", Truthy: true}}, Arg: []engine.ArgRef{"0", "args"},
		Mode: engine.AnyPart, Detail: " with shell=True"},
	{Kind: rule.KindExecArgv, Callee: subprocessAll, When: notShell, Arg: []engine.ArgRef{"0", "args"}, Mode: engine.Program},
	{Kind: rule.KindShell, Callee: []string{"subprocess.getoutput", "subprocess.getstatusoutput", "os.system", "os.popen", "commands.getoutput",
		"asyncio.create_subprocess_shell", "pexpect.run", "pexpect.spawn", "pexpect.popen_spawn.PopenSpawn"},
		Arg: []engine.ArgRef{"0", "cmd", "command"}, Mode: engine.AnyPart},
	{Kind: rule.KindExecArgv, Callee: []string{"asyncio.create_subprocess_exec"}, Arg: []engine.ArgRef{"*"}, Mode: engine.Program},
	{Kind: rule.KindExecArgv, Callee: []string{"os.exec*", "os.spawn*", "os.posix_spawn*"}, Arg: []engine.ArgRef{"0"}, Mode: engine.Whole},
	// GitPython passes every argument to the git CLI: an argument starting
	// with "-" is an option (git diff --output=/etc/...)
	{Kind: rule.KindArgvOption, Callee: []string{"*Repo().git.*", "git.Git().*", "*.git.execute"}, Arg: []engine.ArgRef{"*"}, Mode: engine.Leading},
	// argv lists for programs whose options write files or run commands
	{Kind: rule.KindArgvOption, Callee: subprocessAll, Arg: []engine.ArgRef{"0", "args"}, When: notShell, Mode: engine.ArgvOption},
	{Kind: rule.KindArgvOption, Callee: []string{"asyncio.create_subprocess_exec"}, Arg: []engine.ArgRef{"*"}, Mode: engine.ArgvOption},
	// remote shells: the command line runs in the remote user's shell
	{Kind: rule.KindShell, Callee: []string{"*.exec_command", "fabric.*.run", "*Connection().run", "*Connection().sudo"},
		Arg: []engine.ArgRef{"0", "command"}, Mode: engine.AnyPart},

	// paths
	pathSink(rule.KindPath, []string{"open", "io.open", "codecs.open", "aiofiles.open", "os.open"}, "0", "file"),
	pathSink(rule.KindPathRead, []string{"os.listdir", "os.scandir", "os.walk", "glob.glob", "glob.iglob", "shutil.copy", "shutil.copy2",
		"shutil.copyfile", "shutil.copytree"}, "0", "path", "src"),
	pathSink(rule.KindPathWrite, []string{"os.remove", "os.unlink", "os.rmdir", "os.removedirs", "os.makedirs", "os.mkdir",
		"os.rename", "os.renames", "os.replace", "os.chmod", "os.chown", "os.truncate", "os.symlink", "os.link",
		"shutil.move", "shutil.rmtree", "shutil.make_archive", "aiofiles.os.*", "shutil.unpack_archive"}, "0", "path", "src"),
	pathSink(rule.KindPathWrite, []string{"os.rename", "os.renames", "os.replace", "shutil.copy", "shutil.copy2", "shutil.copyfile",
		"shutil.copytree", "shutil.move"}, "1", "dst"),
	// files served to the client
	pathSink(rule.KindPathRead, []string{"*send_file", "*FileResponse", "*send_from_directory"}, "0", "path", "path_or_file"),
	pathSink(rule.KindPathRead, []string{"git.Repo", "git.Repo.clone_from"}, "0", "path", "url"),
	pathSink(rule.KindPathWrite, []string{"git.Repo.init"}, "0", "path", "url"),
	pathSink(rule.KindPathWrite, []string{"git.Repo.clone_from"}, "1", "to_path"),
	// GitPython's index takes any path, also outside the work tree, and
	// copies the file into the repository (git add on the command line
	// refuses such a path)
	pathSink(rule.KindPathRead, []string{"*Repo().index.add"}, "0", "items"),
	pathSink(rule.KindPathWrite, []string{"*Repo().index.remove", "*Repo().index.move"}, "0", "items"),
	pathSink(rule.KindPathRead, fileReaders, "0", "filename", "path"),
	pathSink(rule.KindPathWrite, fileWriters, "0", "filename", "path"),
	pathSink(rule.KindPath, fileOpeners, "0", "filename", "path"),
	pathSink(rule.KindPathRead, []string{"*.read_text", "*.read_bytes", "*.iterdir", "*.glob", "*.rglob"}, "recv"),
	pathSink(rule.KindPathWrite, []string{"*.write_text", "*.write_bytes", "*.unlink", "*.rmdir", "*.rename", "*.touch", "*.mkdir",
		"*.symlink_to", "*.chmod"}, "recv"),
	pathSink(rule.KindPath, []string{"*.open"}, "recv"),
	// archives: the destination of an extraction, and a tar archive the
	// caller picked, extracted without filter="data" (its members may
	// name ../ paths or links out of the destination)
	pathSink(rule.KindPathWrite, []string{"*.extractall"}, "path", "0"),
	// extract(member, path): argument 0 names a member of the archive
	pathSink(rule.KindPathWrite, []string{"*.extract"}, "path", "1"),
	{Kind: rule.KindArchive, Callee: []string{"tarfile.open().extractall", "tarfile.open().extract", "tarfile.TarFile().extractall",
		"tarfile.TarFile.open().extractall"}, Arg: []engine.ArgRef{"recv"}, Mode: engine.AnyPart,
		When: []engine.Cond{{Arg: "filter", Missing: true}}},

	// URLs
	urlSink(append(methods("requests.", "httpx.", "requests.Session().", "requests.session().", "httpx.Client().", "httpx.AsyncClient().",
		"aiohttp.ClientSession().", "*.ClientSession()."),
		"urllib.request.urlopen", "urllib.request.Request", "urllib.request.urlretrieve", "urllib3.*.request", "*.urlopen",
		"websockets.connect", "websocket.create_connection"), "0", "url", "uri"),
	urlSink([]string{"requests.request", "httpx.request", "requests.Session().request", "httpx.Client().request", "httpx.AsyncClient().request",
		"aiohttp.ClientSession().request", "*PoolManager().request"}, "1", "url"),

	// SQL
	{Kind: rule.KindSQL, Callee: []string{"*.execute", "*.executemany", "*.executescript", "sqlalchemy.text", "*.read_sql", "*.read_sql_query", "*.objects.raw", "*.fetchrow", "*.fetchval",
		"*.exec_driver_sql", "*.mogrify", "duckdb.sql", "duckdb.query", "duckdb.execute", "duckdb.connect().sql", "duckdb.connect().query",
		"*get_client().query", "*get_client().command", "*get_client().query_df", "*get_async_client().query", "*get_async_client().command",
		"asyncpg.*.fetch", "asyncpg.*.copy_from_query", "pandas.read_sql_query", "polars.read_database"},
		Arg: []engine.ArgRef{"0", "sql", "query", "statement", "cmd"}, Mode: engine.Built},
	// executescript runs every statement of its text: a caller's text is
	// any number of statements, whatever a check of its first word said
	{Kind: rule.KindSQLScript, Callee: []string{"*.executescript"}, Arg: []engine.ArgRef{"0", "sql_script"}, Mode: engine.Whole},
}

var seps = []string{"os.sep", "os.path.sep", "*'/'", `*"/"`, "*os.sep}", "*os.sep)", "*os.path.sep)"}

var guards = []engine.Guard{
	// x in ALLOWED: x is one of the listed values
	{Kind: engine.AllowListGuard, Class: rule.ClassShell, Clears: []rule.Class{rule.ClassPath, rule.ClassSQL, rule.ClassURL, rule.ClassOption, rule.ClassCode},
		Parts: []rule.Class{rule.ClassURL}, PartNames: []string{"hostname", "netloc", "host"}},
	// info = SERVICES.get(x); if not info: return: x is a key of the table
	{Callee: []string{"*.get"}, Kind: engine.AllowListGuard, Class: rule.ClassShell, Collection: true,
		Clears: []rule.Class{rule.ClassPath, rule.ClassSQL, rule.ClassURL, rule.ClassOption, rule.ClassCode}},
	{Callee: []string{"*.parents"}, Kind: engine.MemberGuard, Class: rule.ClassPath},
	{Callee: []string{"re.match", "re.fullmatch", "re.search"}, Kind: engine.MatchGuard, Class: rule.ClassPath, Anchored: []string{"re.fullmatch"}},
	// ID_RE = re.compile(r"^[\w-]+$") ... ID_RE.match(x): the pattern is the receiver's
	{Callee: []string{"re.compile().match", "re.compile().fullmatch", "re.compile().search"}, Kind: engine.MatchGuard,
		Class: rule.ClassPath, Args: []engine.ArgRef{"recv", "0"}, Anchored: []string{"re.compile().fullmatch"}},
	{Callee: []string{"*.startswith"}, Kind: engine.RejectPrefix, Class: rule.ClassOption, Prefixes: []string{"-", "--"}},
	{Callee: []string{"*.startswith"}, Kind: engine.PrefixGuard, Class: rule.ClassPath, Seps: seps},
	{Callee: []string{"*.is_relative_to"}, Kind: engine.ContainGuard, Class: rule.ClassPath},
	{Callee: []string{"os.path.commonpath", "*.commonpath"}, Kind: engine.CommonGuard, Class: rule.ClassPath},
	{Callee: []string{"*.relative_to"}, Kind: engine.TryGuard, Class: rule.ClassPath},
}

// pydanticTypes are pydantic's string constraints in a parameter's type
// annotation: constr(pattern=re) (regex= in pydantic 1) and
// Field(pattern=re) inside Annotated[str, ...] reject every value re does
// not match.
var pydanticTypes = engine.SchemaVocab{
	Pattern:   []string{"pydantic.constr()", "pydantic.Field()", "pydantic.types.constr()", "pydantic.fields.Field()", "constr()", "Field()"},
	PatternKw: []string{"pattern", "regex"},
}
