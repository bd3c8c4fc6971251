package mcpapi

import (
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// EffectMode says how an effect call's kind is decided.
type EffectMode int

// Effect modes.
const (
	// EffectAlways: the call always has Kind.
	EffectAlways EffectMode = iota + 1
	// EffectSQLText: argument Arg is statement text; its known text (or
	// constant prefix) decides (knowledge.SQLEffect).
	EffectSQLText
	// EffectMethodArg: argument Arg is the HTTP method
	// (knowledge.MethodEffect).
	EffectMethodArg
	// EffectOpenFlags: argument Arg is os.OpenFile's flags: Kind when they
	// name a flag that writes.
	EffectOpenFlags
	// EffectCommand: arguments from Arg on are a command line; Kind
	// unless it is one that only reads (knowledge.QueryCommand).
	EffectCommand
)

// Effect is a call that changes the world outside the server (MCP015).
type Effect struct {
	Func
	Kind rule.EffectKind
	Mode EffectMode
	Arg  int
	// URLArg, for HTTP requests, is the URL argument: a POST to an
	// endpoint that only reads (knowledge.ReadEndpoint) is no effect.
	URLArg int
}

// SDKClient is a known API client whose methods are classified by their
// leading verb (knowledge.SDKVerbEffect): every method of a receiver type
// in a package under PkgPrefix whose name ends in RecvSuffix ("" for any).
type SDKClient struct {
	PkgPrefix  string
	RecvSuffix string
}

// SDKClients are the API clients whose mutating calls are effects.
var SDKClients = []SDKClient{
	{PkgPrefix: "github.com/google/go-github/", RecvSuffix: "Service"},
	{PkgPrefix: "gitlab.com/gitlab-org/api/client-go", RecvSuffix: "Service"},
	{PkgPrefix: "github.com/xanzy/go-gitlab", RecvSuffix: "Service"},
	{PkgPrefix: "k8s.io/client-go/"},
	{PkgPrefix: "sigs.k8s.io/controller-runtime/pkg/client"},
}

// WriteOpenFlags are the os.OpenFile flags that make it write.
var WriteOpenFlags = []string{"O_WRONLY", "O_RDWR", "O_CREATE", "O_TRUNC", "O_APPEND"}

// Effects lists the effect calls. Process execution and SQL come from
// Sinks (every exec sink runs a process, every SQL sink runs its text);
// the rest is listed here.
var Effects = func() []Effect {
	var out []Effect
	for _, s := range Sinks {
		switch s.Kind {
		case rule.KindExecArgv, rule.KindShell, rule.KindProgram:
			out = append(out, Effect{Func: s.Func, Kind: rule.EffectExec, Mode: EffectCommand, Arg: s.Args[0]})
		case rule.KindSQL, rule.KindSQLScript:
			out = append(out, Effect{Func: s.Func, Mode: EffectSQLText, Arg: s.Args[0]})
		}
	}
	for _, g := range []struct {
		kind  rule.EffectKind
		pkg   string
		names []string
	}{
		{rule.EffectDelete, "os", []string{"Remove", "RemoveAll", "Truncate"}},
		{rule.EffectWrite, "os", []string{"WriteFile", "Create", "Rename", "CopyFS"}},
		{rule.EffectWrite, "io/ioutil", []string{"WriteFile"}},
		{rule.EffectModify, "os", []string{"Mkdir", "MkdirAll", "Chmod", "Chown", "Lchown", "Chtimes", "Symlink", "Link"}},
	} {
		for _, n := range g.names {
			out = append(out, Effect{Func: fn(g.pkg, n), Kind: g.kind, Mode: EffectAlways})
		}
	}
	for i := range out {
		out[i].URLArg = -1
	}
	out = append(out,
		Effect{Func: fn("os", "OpenFile"), Kind: rule.EffectWrite, Mode: EffectOpenFlags, Arg: 1, URLArg: -1},
		Effect{Func: fn("net/http", "Post"), Kind: rule.EffectHTTPPost, Mode: EffectAlways, URLArg: 0},
		Effect{Func: fn("net/http", "PostForm"), Kind: rule.EffectHTTPPost, Mode: EffectAlways, URLArg: 0},
		Effect{Func: meth("net/http", "Client", "Post"), Kind: rule.EffectHTTPPost, Mode: EffectAlways, URLArg: 0},
		Effect{Func: meth("net/http", "Client", "PostForm"), Kind: rule.EffectHTTPPost, Mode: EffectAlways, URLArg: 0},
		Effect{Func: fn("net/http", "NewRequest"), Mode: EffectMethodArg, Arg: 0, URLArg: 1},
		Effect{Func: fn("net/http", "NewRequestWithContext"), Mode: EffectMethodArg, Arg: 1, URLArg: 2},
		Effect{Func: meth("github.com/shurcooL/githubv4", "Client", "Mutate"), Kind: rule.EffectSDKWrite, Mode: EffectAlways, URLArg: -1},
	)
	return out
}()

// FindEffect returns the effect entry for f.
func FindEffect(f Func) (Effect, bool) {
	for _, e := range Effects {
		if e.Func == f {
			return e, true
		}
	}
	return Effect{}, false
}

// IsSDKClient reports whether f is a method of a known API client.
func IsSDKClient(f Func) bool {
	if f.Recv == "" {
		return false
	}
	for _, c := range SDKClients {
		if strings.HasPrefix(f.Pkg, c.PkgPrefix) && strings.HasSuffix(f.Recv, c.RecvSuffix) {
			return true
		}
	}
	return false
}

// HintOptions are mcp-go tool options that set one annotation hint from
// their boolean argument, by the hint's specification name.
var HintOptions = map[Func]string{
	fn(MCPGoMCP, "WithReadOnlyHintAnnotation"):    "readOnlyHint",
	fn(MCPGoMCP, "WithDestructiveHintAnnotation"): "destructiveHint",
	fn(MCPGoMCP, "WithOpenWorldHintAnnotation"):   "openWorldHint",
}

// HintStructs are the annotation struct types (mcp-go mcp.ToolAnnotation,
// go-sdk mcp.ToolAnnotations); HintFields name their hint fields.
var HintStructs = []Func{{Pkg: MCPGoMCP, Name: "ToolAnnotation"}, {Pkg: GoSDKMCP, Name: "ToolAnnotations"}}

// HintFields maps the fields of HintStructs to the hints they set.
var HintFields = map[string]string{"ReadOnlyHint": "readOnlyHint", "DestructiveHint": "destructiveHint", "OpenWorldHint": "openWorldHint"}

// ToolDefs are the calls and struct types that define a tool and where its
// name is: mcp-go mcp.NewTool("name", ...), go-sdk mcp.Tool{Name: ...}.
var ToolDefs = []Func{fn(MCPGoMCP, "NewTool"), fn(MCPGoMCP, "NewToolWithRawSchema"), {Pkg: MCPGoMCP, Name: "Tool"}, {Pkg: GoSDKMCP, Name: "Tool"}}
