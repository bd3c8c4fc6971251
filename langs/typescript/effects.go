package typescript

import (
	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/langs/engine"
)

var (
	httpLibs   = []string{"axios", "got", "ky", "superagent", "needle", "axios.create()", "axios.default", "got.extend()", "ky.create()"}
	fetchFuncs = []string{"fetch", "globalThis.fetch", "node-fetch", "cross-fetch", "isomorphic-fetch", "undici.fetch"}
)

// effects are the library calls that change the world outside the server
// (MCP015), besides the process and SQL sinks.
var effects = []engine.Effect{
	{Kind: rule.EffectDelete, Mode: engine.EffectAlways, Callee: append(fsCallees("unlink", "rm", "rmdir", "truncate", "remove", "emptyDir"),
		"rimraf", "rimraf.rimraf", "rimraf.sync", "del", "del.deleteAsync", "del.deleteSync", "trash")},
	{Kind: rule.EffectWrite, Mode: engine.EffectAlways, Callee: fsCallees("writeFile", "appendFile", "createWriteStream", "rename",
		"copyFile", "cp", "copy", "move", "outputFile", "outputJson", "writeJson", "writeJSON", "outputJSON")},
	{Kind: rule.EffectWrite, Mode: engine.EffectOpenMode, Callee: fsCallees("open"), Arg: []engine.ArgRef{"1", "1.flags"}, Default: "r"},
	{Kind: rule.EffectModify, Mode: engine.EffectAlways, Callee: fsCallees("mkdir", "symlink", "link", "chmod", "chown", "utimes",
		"ensureFile", "ensureDir", "mkdirp")},
	// HTTP: the method is the function's name, or an option (fetch
	// defaults to GET)
	{Kind: rule.EffectHTTPPost, Mode: engine.EffectAlways, Callee: in(httpLibs, "post"), URL: []engine.ArgRef{"0"}},
	{Kind: rule.EffectHTTPWrite, Mode: engine.EffectAlways, Callee: in(httpLibs, "put", "patch"), URL: []engine.ArgRef{"0"}},
	{Kind: rule.EffectHTTPDelete, Mode: engine.EffectAlways, Callee: in(httpLibs, "delete"), URL: []engine.ArgRef{"0"}},
	{Mode: engine.EffectMethod, Callee: fetchFuncs, Arg: []engine.ArgRef{"1.method", "0.method"}, Default: "GET", URL: []engine.ArgRef{"0", "0.url"}},
	{Mode: engine.EffectMethod, Callee: []string{"axios", "axios.request", "axios.create().request", "got", "ky", "undici.request"},
		Arg: []engine.ArgRef{"0.method", "1.method"}, Default: "GET", URL: []engine.ArgRef{"0", "0.url"}},
	// API clients whose method names say what they change
	{Mode: engine.EffectVerb, Callee: []string{"*Octokit().rest.*", "*Octokit().*", "*Octokit().graphql", "@notionhq/client.Client().*",
		"*WebClient().*", "*MongoClient().db().collection().*", "*MongoClient().db().*", "*Stripe().*", "*.collection().*"}},
	{Kind: rule.EffectSDKDelete, Mode: engine.EffectAlways, Callee: []string{"*.deleteOne", "*.deleteMany", "*.dropCollection",
		"*.dropDatabase", "*.dropIndex", "*.dropIndexes", "*.findOneAndDelete"}},
	{Kind: rule.EffectSDKWrite, Mode: engine.EffectAlways, Callee: []string{"*.insertOne", "*.insertMany", "*.updateOne", "*.updateMany",
		"*.replaceOne", "*.findOneAndUpdate", "*.findOneAndReplace", "*.bulkWrite", "*.createCollection", "*.createIndex", "*.createIndexes"}},
}
