// Package mcpapi is mcplint's knowledge of the Go MCP SDKs and the standard
// library, kept as data: which calls start network listeners and where their
// address is, which calls register tool, resource and prompt handlers, which
// expressions read tool arguments, which calls are sinks, sanitizers or
// authentication wrappers.
//
// Analyzers consult these tables instead of hard-coding API names, so adding
// an SDK version or a new sink is a one-line change here. Every entry names a
// function by import path, receiver type name (without pointer; "" for
// package-level functions) and function name, because that triple can be
// recovered both from full type information and, when a dependency could not
// be loaded, from the syntax of the call alone.
package mcpapi

import "strings"

// Import paths of the SDKs mcplint models.
const (
	MCPGoServer = "github.com/mark3labs/mcp-go/server"
	MCPGoMCP    = "github.com/mark3labs/mcp-go/mcp"
	GoSDKMCP    = "github.com/modelcontextprotocol/go-sdk/mcp"
	GoSDKAuth   = "github.com/modelcontextprotocol/go-sdk/auth"
)

// SDKModules are module path prefixes whose import marks a package as part of
// an MCP server. Listener rules only fire in such programs: an HTTP server in
// an unrelated tool is not mcplint's business.
var SDKModules = []string{
	"github.com/mark3labs/mcp-go",
	"github.com/modelcontextprotocol/go-sdk",
	"github.com/metoro-io/mcp-golang",
	"github.com/ThinkInAIXYZ/go-mcp",
}

// SDKModule returns the module of an SDK package path ("" for others).
func SDKModule(path string) string {
	for _, m := range SDKModules {
		if path == m || strings.HasPrefix(path, m+"/") {
			return m
		}
	}
	return ""
}

// IsSDKPath reports whether path is (inside) one of SDKModules.
func IsSDKPath(path string) bool {
	for _, m := range SDKModules {
		if path == m || strings.HasPrefix(path, m+"/") {
			return true
		}
	}
	return false
}

// Func names a function or method.
type Func struct {
	Pkg  string // import path
	Recv string // receiver type name without '*', "" for a function
	Name string
}

func (f Func) String() string {
	short := f.Pkg[strings.LastIndex(f.Pkg, "/")+1:]
	if f.Recv != "" {
		return short + "." + f.Recv + "." + f.Name
	}
	return short + "." + f.Name
}

// Listener is a call that starts listening on a network address.
type Listener struct {
	Func
	// AddrArg is the index of the address argument. -1 means the address is
	// the Addr field of the receiver (http.Server.ListenAndServe).
	AddrArg int
	// HandlerArg is the index of the http.Handler served, or -1.
	HandlerArg int
	// DefaultAddr is the address used when AddrArg is beyond the arguments
	// given (variadic address parameters, as gin's Run has).
	DefaultAddr string
	// ViaListener: argument AddrArg is a net.Listener made elsewhere
	// (ln, _ := net.Listen("tcp", addr); srv.Serve(ln)); the address is
	// the one that listener was opened on. MCP001 reports the net.Listen
	// call itself, not this one.
	ViaListener bool
	// Transport is non-empty when the call starts an MCP transport itself
	// ("SSE", "streamable HTTP"); the receiver is then the MCP server.
	Transport string
}

// Listeners are the calls MCP001 checks.
var Listeners = []Listener{
	{Func: Func{"net/http", "", "ListenAndServe"}, AddrArg: 0, HandlerArg: 1},
	{Func: Func{"net/http", "", "ListenAndServeTLS"}, AddrArg: 0, HandlerArg: 3},
	{Func: Func{"net/http", "Server", "ListenAndServe"}, AddrArg: -1, HandlerArg: -1},
	{Func: Func{"net/http", "Server", "ListenAndServeTLS"}, AddrArg: -1, HandlerArg: -1},
	{Func: Func{"net/http", "", "Serve"}, AddrArg: 0, HandlerArg: 1, ViaListener: true},
	{Func: Func{"net/http", "", "ServeTLS"}, AddrArg: 0, HandlerArg: 1, ViaListener: true},
	{Func: Func{"net/http", "Server", "Serve"}, AddrArg: 0, HandlerArg: -1, ViaListener: true},
	{Func: Func{"net/http", "Server", "ServeTLS"}, AddrArg: 0, HandlerArg: -1, ViaListener: true},
	{Func: Func{"net", "", "Listen"}, AddrArg: 1, HandlerArg: -1},
	{Func: Func{"net", "ListenConfig", "Listen"}, AddrArg: 2, HandlerArg: -1},
	{Func: Func{"crypto/tls", "", "Listen"}, AddrArg: 1, HandlerArg: -1},
	{Func: Func{MCPGoServer, "SSEServer", "Start"}, AddrArg: 0, HandlerArg: -1, Transport: "SSE"},
	{Func: Func{MCPGoServer, "StreamableHTTPServer", "Start"}, AddrArg: 0, HandlerArg: -1, Transport: "streamable HTTP"},
	{Func: Func{"github.com/gin-gonic/gin", "Engine", "Run"}, AddrArg: 0, HandlerArg: -1, DefaultAddr: ":8080"},
	{Func: Func{"github.com/labstack/echo/v4", "Echo", "Start"}, AddrArg: 0, HandlerArg: -1},
}

// Constructor maps a function to the named type it returns, so that the
// receiver of a method call can be identified even when the SDK could not be
// type-checked (offline scan without the module cache).
type Constructor struct {
	Func
	Type Func // Pkg and Name of the returned type (Recv unused)
}

// Constructors are calls whose result type mcplint needs to know by name.
var Constructors = []Constructor{
	{Func{MCPGoServer, "", "NewMCPServer"}, Func{Pkg: MCPGoServer, Name: "MCPServer"}},
	{Func{MCPGoServer, "", "NewSSEServer"}, Func{Pkg: MCPGoServer, Name: "SSEServer"}},
	{Func{MCPGoServer, "", "NewStreamableHTTPServer"}, Func{Pkg: MCPGoServer, Name: "StreamableHTTPServer"}},
	{Func{MCPGoServer, "", "NewStdioServer"}, Func{Pkg: MCPGoServer, Name: "StdioServer"}},
	{Func{GoSDKMCP, "", "NewServer"}, Func{Pkg: GoSDKMCP, Name: "Server"}},
	{Func{GoSDKMCP, "", "NewStreamableHTTPHandler"}, Func{Pkg: GoSDKMCP, Name: "StreamableHTTPHandler"}},
	{Func{GoSDKMCP, "", "NewSSEHandler"}, Func{Pkg: GoSDKMCP, Name: "SSEHandler"}},
	{Func{"net/http", "", "NewServeMux"}, Func{Pkg: "net/http", Name: "ServeMux"}},
	{Func{"github.com/gin-gonic/gin", "", "Default"}, Func{Pkg: "github.com/gin-gonic/gin", Name: "Engine"}},
	{Func{"github.com/gin-gonic/gin", "", "New"}, Func{Pkg: "github.com/gin-gonic/gin", Name: "Engine"}},
	{Func{"github.com/labstack/echo/v4", "", "New"}, Func{Pkg: "github.com/labstack/echo/v4", Name: "Echo"}},
}

// ConstructedType returns the type a constructor call returns.
func ConstructedType(f Func) (Func, bool) {
	for _, c := range Constructors {
		if c.Func == f {
			return c.Type, true
		}
	}
	return Func{}, false
}

// FindListener returns the listener entry for f.
func FindListener(f Func) (Listener, bool) {
	for _, l := range Listeners {
		if l.Func == f {
			return l, true
		}
	}
	return Listener{}, false
}

// HTTPTransport is a value that serves an MCP transport over HTTP.
type HTTPTransport struct {
	Func        // the constructor
	Kind string // "SSE" or "streamable HTTP"
}

// HTTPTransports construct HTTP MCP transports (MCP004, MCP005).
var HTTPTransports = []HTTPTransport{
	{Func{MCPGoServer, "", "NewSSEServer"}, "SSE"},
	{Func{MCPGoServer, "", "NewStreamableHTTPServer"}, "streamable HTTP"},
	{Func{GoSDKMCP, "", "NewStreamableHTTPHandler"}, "streamable HTTP"},
	{Func{GoSDKMCP, "", "NewSSEHandler"}, "SSE"},
}

// The fixes MCP004 and MCP005 name for a Go HTTP transport, in the
// standard library's and the SDKs' terms (the tree-sitter languages keep
// theirs in Transport.AuthFix and OriginFix).
const (
	TransportAuthFix   = "put authentication in front of it (auth.RequireBearerToken or a middleware that checks the Authorization header)"
	TransportOriginFix = "wrap the handler in http.NewCrossOriginProtection().Handler or check the Host header"
)

// FindHTTPTransport returns the transport a constructor call creates.
func FindHTTPTransport(f Func) (HTTPTransport, bool) {
	for _, t := range HTTPTransports {
		if t.Func == f {
			return t, true
		}
	}
	return HTTPTransport{}, false
}

// AuthWrappers are calls that put authentication in front of a handler, or
// options that make an MCP transport authenticate (MCP004).
var AuthWrappers = []Func{
	{GoSDKAuth, "", "RequireBearerToken"},
	{MCPGoServer, "", "WithHTTPContextFunc"},
	{MCPGoServer, "", "WithSSEContextFunc"},
	{MCPGoServer, "", "WithProtectedResourceMetadata"},
	{MCPGoServer, "", "WithSSEProtectedResourceMetadata"},
}

// OriginOptions disable DNS-rebinding protection when given true (MCP005).
var OriginOptions = []Func{
	{MCPGoServer, "", "WithDisableLocalhostProtection"},
	{MCPGoServer, "", "WithSSEDisableLocalhostProtection"},
}

// LocalhostProtection tells, for one transport constructor, whether the SDK
// release compiled against validates the Host header of requests arriving
// on loopback by default: Marker (a field of an options type, Recv set, or
// a package-level option function) exists exactly in the releases that do.
// Table names the sdkversions.Protections entry with the version, used
// when the SDK's types are not available.
type LocalhostProtection struct {
	Ctor   Func
	Marker Func
	Table  string
}

// LocalhostProtections lists the transports whose SDK protects loopback
// servers by default (MCP005).
var LocalhostProtections = []LocalhostProtection{
	{Func{GoSDKMCP, "", "NewStreamableHTTPHandler"}, Func{GoSDKMCP, "StreamableHTTPOptions", "DisableLocalhostProtection"}, "StreamableHTTPHandler"},
	{Func{GoSDKMCP, "", "NewSSEHandler"}, Func{GoSDKMCP, "SSEOptions", "DisableLocalhostProtection"}, "SSEHandler"},
	{Func{MCPGoServer, "", "NewStreamableHTTPServer"}, Func{MCPGoServer, "", "WithDisableLocalhostProtection"}, "SSEServer, StreamableHTTPServer"},
	{Func{MCPGoServer, "", "NewSSEServer"}, Func{MCPGoServer, "", "WithSSEDisableLocalhostProtection"}, "SSEServer, StreamableHTTPServer"},
}

// FindLocalhostProtection returns the entry for a transport constructor.
func FindLocalhostProtection(ctor Func) (LocalhostProtection, bool) {
	for _, p := range LocalhostProtections {
		if p.Ctor == ctor {
			return p, true
		}
	}
	return LocalhostProtection{}, false
}

// HandlerKind says what an MCP handler serves.
type HandlerKind int

// Handler kinds.
const (
	ToolHandler HandlerKind = iota + 1
	ResourceHandler
	PromptHandler
)

func (k HandlerKind) String() string {
	switch k {
	case ToolHandler:
		return "tool"
	case ResourceHandler:
		return "resource"
	case PromptHandler:
		return "prompt"
	}
	return "handler"
}

// Registration is a call that registers an MCP handler.
type Registration struct {
	Func
	// HandlerArg is the index of the handler argument; -1 means every
	// argument is a struct literal (or slice of them) whose Handler field is
	// the handler (mcp-go AddTools(server.ServerTool{...})).
	HandlerArg int
	Kind       HandlerKind
	// Typed marks go-sdk's generic mcp.AddTool and mcp-go's typed handler
	// adapters: the handler's third parameter is the decoded argument struct.
	Typed bool
}

// Registrations list the handler registration calls of both SDKs.
var Registrations = []Registration{
	{Func{MCPGoServer, "MCPServer", "AddTool"}, 1, ToolHandler, false},
	{Func{MCPGoServer, "MCPServer", "AddTaskTool"}, 1, ToolHandler, false},
	{Func{MCPGoServer, "MCPServer", "AddTools"}, -1, ToolHandler, false},
	{Func{MCPGoServer, "MCPServer", "SetTools"}, -1, ToolHandler, false},
	{Func{MCPGoServer, "MCPServer", "AddResource"}, 1, ResourceHandler, false},
	{Func{MCPGoServer, "MCPServer", "AddResourceTemplate"}, 1, ResourceHandler, false},
	{Func{MCPGoServer, "MCPServer", "AddResources"}, -1, ResourceHandler, false},
	{Func{MCPGoServer, "MCPServer", "AddResourceTemplates"}, -1, ResourceHandler, false},
	{Func{MCPGoServer, "MCPServer", "AddPrompt"}, 1, PromptHandler, false},
	{Func{MCPGoServer, "MCPServer", "AddPrompts"}, -1, PromptHandler, false},
	{Func{MCPGoMCP, "", "NewTypedToolHandler"}, 0, ToolHandler, true},
	{Func{MCPGoMCP, "", "NewStructuredToolHandler"}, 0, ToolHandler, true},
	{Func{GoSDKMCP, "", "AddTool"}, 2, ToolHandler, true},
	{Func{GoSDKMCP, "Server", "AddTool"}, 1, ToolHandler, false},
	{Func{GoSDKMCP, "Server", "AddResource"}, 1, ResourceHandler, false},
	{Func{GoSDKMCP, "Server", "AddResourceTemplate"}, 1, ResourceHandler, false},
	{Func{GoSDKMCP, "Server", "AddPrompt"}, 1, PromptHandler, false},
}

// FindRegistration returns the registration entry for f.
func FindRegistration(f Func) (Registration, bool) {
	for _, r := range Registrations {
		if r.Func == f {
			return r, true
		}
	}
	return Registration{}, false
}

// RequestTypes are the handler request parameter types, by package and type
// name. go-sdk's CallToolRequest is an alias of ServerRequest[...], so both
// spellings are listed.
var RequestTypes = []Func{
	{Pkg: MCPGoMCP, Name: "CallToolRequest"},
	{Pkg: MCPGoMCP, Name: "ReadResourceRequest"},
	{Pkg: MCPGoMCP, Name: "GetPromptRequest"},
	{Pkg: GoSDKMCP, Name: "CallToolRequest"},
	{Pkg: GoSDKMCP, Name: "ReadResourceRequest"},
	{Pkg: GoSDKMCP, Name: "GetPromptRequest"},
	{Pkg: GoSDKMCP, Name: "ServerRequest"},
}

// IsRequestType reports whether pkg.name is an MCP handler request type.
func IsRequestType(pkg, name string) bool {
	for _, r := range RequestTypes {
		if r.Pkg == pkg && r.Name == name {
			return true
		}
	}
	return false
}

// ArgReaders are methods on the request that return an argument value. The
// first argument of each is the argument's name, when it has one.
var ArgReaders = map[string]bool{
	"GetString": true, "RequireString": true, "GetStringSlice": true, "RequireStringSlice": true,
	"GetArguments": true, "GetRawArguments": true,
}

// NonStringArgReaders return numbers or booleans: never a source, because a
// number cannot carry a shell metacharacter or a path separator.
var NonStringArgReaders = map[string]bool{
	"GetInt": true, "RequireInt": true, "GetFloat": true, "RequireFloat": true,
	"GetBool": true, "RequireBool": true, "GetIntSlice": true, "RequireIntSlice": true,
	"GetFloatSlice": true, "RequireFloatSlice": true, "GetBoolSlice": true, "RequireBoolSlice": true,
}

// ArgParsers are mcp-go package functions that read an argument from the
// request given as their first argument, named by the second:
// mcp.ParseString(request, "path", "").
var ArgParsers = map[Func]bool{
	{Pkg: MCPGoMCP, Name: "ParseString"}: true, {Pkg: MCPGoMCP, Name: "ParseArgument"}: true,
	{Pkg: MCPGoMCP, Name: "ParseStringMap"}: true,
}

// BindMethods decode the arguments into their pointer argument.
var BindMethods = map[string]bool{"BindArguments": true}

// ArgFields are request fields that hold client-chosen data:
// request.Params.Arguments (tools), request.Params.URI (resources).
var ArgFields = map[string]bool{"Arguments": true, "URI": true, "RawArguments": true}
