package python

import (
	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/langs/engine"
)

// httpClients are the receivers whose get/post/... methods send requests.
var httpClients = []string{"requests.", "httpx.", "requests.Session().", "requests.session().", "httpx.Client().", "httpx.AsyncClient().",
	"aiohttp.ClientSession().", "*.ClientSession()."}

func verbs(prefixes []string, vs ...string) []string {
	var out []string
	for _, p := range prefixes {
		for _, v := range vs {
			out = append(out, p+v)
		}
	}
	return out
}

// effects are the library calls that change the world outside the server
// (MCP015), besides the process and SQL sinks.
var effects = []engine.Effect{
	{Kind: rule.EffectDelete, Mode: engine.EffectAlways, Callee: []string{"os.remove", "os.unlink", "os.rmdir", "os.removedirs", "os.truncate",
		"shutil.rmtree", "aiofiles.os.remove", "aiofiles.os.unlink", "aiofiles.os.rmdir", "pathlib.Path().unlink", "pathlib.Path().rmdir",
		"*Path().unlink", "*Path().rmdir"}},
	{Kind: rule.EffectWrite, Mode: engine.EffectAlways, Callee: []string{"os.rename", "os.renames", "os.replace", "shutil.move",
		"shutil.copy", "shutil.copy2", "shutil.copyfile", "shutil.copytree", "*Path().write_text", "*Path().write_bytes",
		"*Path().rename", "*Path().replace", "aiofiles.os.rename", "aiofiles.os.replace"}},
	{Kind: rule.EffectWrite, Mode: engine.EffectOpenMode, Callee: []string{"open", "io.open", "codecs.open", "aiofiles.open"},
		Arg: []engine.ArgRef{"1", "mode"}, Default: "r"},
	{Kind: rule.EffectWrite, Mode: engine.EffectOpenMode, Callee: []string{"*Path().open"}, Arg: []engine.ArgRef{"0", "mode"}, Default: "r"},
	{Kind: rule.EffectModify, Mode: engine.EffectAlways, Callee: []string{"os.mkdir", "os.makedirs", "os.chmod", "os.chown", "os.symlink",
		"os.link", "os.utime", "*Path().mkdir", "*Path().touch", "*Path().symlink_to", "*Path().chmod", "aiofiles.os.mkdir", "aiofiles.os.makedirs"}},
	// HTTP: the method is the function's name, or request()'s argument
	{Kind: rule.EffectHTTPPost, Mode: engine.EffectAlways, Callee: verbs(httpClients, "post"), URL: []engine.ArgRef{"0", "url"}},
	{Kind: rule.EffectHTTPWrite, Mode: engine.EffectAlways, Callee: verbs(httpClients, "put", "patch"), URL: []engine.ArgRef{"0", "url"}},
	{Kind: rule.EffectHTTPDelete, Mode: engine.EffectAlways, Callee: verbs(httpClients, "delete"), URL: []engine.ArgRef{"0", "url"}},
	{Mode: engine.EffectMethod, Callee: verbs(httpClients, "request"), Arg: []engine.ArgRef{"0", "method"}, URL: []engine.ArgRef{"1", "url"}},
	{Mode: engine.EffectMethod, Callee: []string{"urllib.request.Request"}, Arg: []engine.ArgRef{"method"}, Default: "GET", URL: []engine.ArgRef{"0", "url"}},
	// Cypher text run by the neo4j driver
	{Mode: engine.EffectSQLText, Callee: []string{"neo4j.*", "*.execute_query"}, Arg: []engine.ArgRef{"0", "query", "query_"}},
	// API clients whose method names say what they change
	{Mode: engine.EffectVerb, Callee: []string{"boto3.client().*", "boto3.resource().*", "boto3.*Session().client().*",
		"github.Github()*", "atlassian.Jira().*", "atlassian.Confluence().*", "jira.JIRA().*", "gitlab.Gitlab()*",
		"kubernetes.client.*Api().*", "docker.from_env()*", "docker.DockerClient()*", "slack_sdk.WebClient().*"}},
}
