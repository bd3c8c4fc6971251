package mcpapi

// Description text (MCP009): where the Go SDKs keep the text a model reads.

// DescriptionArg is a call whose argument is description text.
type DescriptionArg struct {
	Func
	Arg  int    // index of the text argument
	What string // "tool", "prompt", "resource", "parameter"
	// Owner lists the calls whose first argument names what is described
	// (mcp.NewTool("name", mcp.WithDescription(...))); the nearest
	// enclosing one is used. Empty when the call names it itself (Name).
	Owner []Func
	Name  int // index of the name argument of the call itself, or -1
}

// DescriptionArgs are mcp-go's description options and constructors.
var DescriptionArgs = []DescriptionArg{
	{Func: fn(MCPGoMCP, "WithDescription"), Arg: 0, What: "tool", Owner: []Func{fn(MCPGoMCP, "NewTool")}, Name: -1},
	{Func: fn(MCPGoMCP, "WithTitleAnnotation"), Arg: 0, What: "tool", Owner: []Func{fn(MCPGoMCP, "NewTool")}, Name: -1},
	{Func: fn(MCPGoMCP, "NewToolWithRawSchema"), Arg: 1, What: "tool", Name: 0},
	{Func: fn(MCPGoMCP, "Description"), Arg: 0, What: "parameter", Owner: propertyOwners, Name: -1},
	{Func: fn(MCPGoMCP, "WithPromptDescription"), Arg: 0, What: "prompt", Owner: []Func{fn(MCPGoMCP, "NewPrompt")}, Name: -1},
	{Func: fn(MCPGoMCP, "ArgumentDescription"), Arg: 0, What: "parameter", Owner: []Func{fn(MCPGoMCP, "WithArgument")}, Name: -1},
	{Func: fn(MCPGoMCP, "WithResourceDescription"), Arg: 0, What: "resource", Owner: []Func{fn(MCPGoMCP, "NewResource")}, Name: -1},
	{Func: fn(MCPGoMCP, "WithTemplateDescription"), Arg: 0, What: "resource", Owner: []Func{fn(MCPGoMCP, "NewResourceTemplate")}, Name: -1},
}

var propertyOwners = []Func{
	fn(MCPGoMCP, "WithString"), fn(MCPGoMCP, "WithNumber"), fn(MCPGoMCP, "WithBoolean"),
	fn(MCPGoMCP, "WithArray"), fn(MCPGoMCP, "WithObject"), fn(MCPGoMCP, "WithInteger"),
	fn(MCPGoMCP, "WithAny"),
}

// FindDescriptionArg returns the description entry for f.
func FindDescriptionArg(f Func) (DescriptionArg, bool) {
	for _, d := range DescriptionArgs {
		if d.Func == f {
			return d, true
		}
	}
	return DescriptionArg{}, false
}

// DescriptionStruct is a struct type whose fields hold description text
// (go-sdk mcp.Tool{Description: ...}).
type DescriptionStruct struct {
	Type   Func // Pkg and Name
	What   string
	Fields []string // text fields
	Name   string   // the field naming what is described
}

// DescriptionStructs are go-sdk's tool, prompt and resource definitions.
var DescriptionStructs = []DescriptionStruct{
	{Func{Pkg: GoSDKMCP, Name: "Tool"}, "tool", []string{"Description", "Title"}, "Name"},
	{Func{Pkg: GoSDKMCP, Name: "Prompt"}, "prompt", []string{"Description", "Title"}, "Name"},
	{Func{Pkg: GoSDKMCP, Name: "PromptArgument"}, "parameter", []string{"Description", "Title"}, "Name"},
	{Func{Pkg: GoSDKMCP, Name: "Resource"}, "resource", []string{"Description", "Title"}, "Name"},
	{Func{Pkg: GoSDKMCP, Name: "ResourceTemplate"}, "resource", []string{"Description", "Title"}, "Name"},
	{Func{Pkg: MCPGoMCP, Name: "Tool"}, "tool", []string{"Description"}, "Name"},
}

// FindDescriptionStruct returns the entry for a struct type.
func FindDescriptionStruct(t Func) (DescriptionStruct, bool) {
	for _, d := range DescriptionStructs {
		if d.Type.Pkg == t.Pkg && d.Type.Name == t.Name {
			return d, true
		}
	}
	return DescriptionStruct{}, false
}

// Stdio transports (MCP012): calls and types that serve MCP over the
// process's stdin and stdout.
var (
	StdioServeCalls = []Func{
		fn(MCPGoServer, "ServeStdio"),
		meth(MCPGoServer, "StdioServer", "Listen"),
		fn(GoSDKMCP, "NewStdioTransport"),
	}
	StdioTypes = []Func{{Pkg: GoSDKMCP, Name: "StdioTransport"}}
)

// StdoutWrite is a call that writes to stdout, or makes a writer that does
// (MCP012, check kind rule.CheckStdout).
type StdoutWrite struct {
	Func
	// Stdout says which operand must be os.Stdout for the call to write to
	// stdout: an argument index, StdoutAlways (the call writes to stdout
	// whatever its operands: fmt.Print) or StdoutRecv (the receiver:
	// os.Stdout.Write).
	Stdout int
	// What is the message detail: what the call does.
	What string
	// Fix is the edit offered: PrintToFprint or StdoutToStderr.
	Fix StdoutFix
}

// Operands of StdoutWrite.Stdout that are not argument indexes.
const (
	StdoutAlways = -1
	StdoutRecv   = -2
)

// StdoutFix names how a stdout write is turned into a stderr write.
type StdoutFix int

// Stdout fixes.
const (
	// StdoutToStderr: the os.Stdout operand becomes os.Stderr.
	StdoutToStderr StdoutFix = iota + 1
	// PrintToFprint: Print, Println, Printf become Fprint, Fprintln,
	// Fprintf with os.Stderr as first argument.
	PrintToFprint
)

// StdoutWrites are the standard library's writes to stdout.
var StdoutWrites = []StdoutWrite{
	{fn("fmt", "Print"), StdoutAlways, "fmt.Print writes to stdout", PrintToFprint},
	{fn("fmt", "Println"), StdoutAlways, "fmt.Println writes to stdout", PrintToFprint},
	{fn("fmt", "Printf"), StdoutAlways, "fmt.Printf writes to stdout", PrintToFprint},
	{fn("fmt", "Fprint"), 0, "fmt.Fprint(os.Stdout, ...) writes to stdout", StdoutToStderr},
	{fn("fmt", "Fprintln"), 0, "fmt.Fprintln(os.Stdout, ...) writes to stdout", StdoutToStderr},
	{fn("fmt", "Fprintf"), 0, "fmt.Fprintf(os.Stdout, ...) writes to stdout", StdoutToStderr},
	{fn("io", "WriteString"), 0, "io.WriteString(os.Stdout, ...) writes to stdout", StdoutToStderr},
	{meth("os", "File", "Write"), StdoutRecv, "os.Stdout.Write writes to stdout", StdoutToStderr},
	{meth("os", "File", "WriteString"), StdoutRecv, "os.Stdout.WriteString writes to stdout", StdoutToStderr},
	{meth("os", "File", "WriteAt"), StdoutRecv, "os.Stdout.WriteAt writes to stdout", StdoutToStderr},
	{fn("log", "SetOutput"), 0, "log.SetOutput(os.Stdout) sends the log to stdout", StdoutToStderr},
	{meth("log", "Logger", "SetOutput"), 0, "a logger set to os.Stdout writes to stdout", StdoutToStderr},
	{fn("log", "New"), 0, "log.New(os.Stdout, ...) makes a logger that writes to stdout", StdoutToStderr},
	{fn("log/slog", "NewTextHandler"), 0, "slog.NewTextHandler(os.Stdout, ...) makes a logger that writes to stdout", StdoutToStderr},
	{fn("log/slog", "NewJSONHandler"), 0, "slog.NewJSONHandler(os.Stdout, ...) makes a logger that writes to stdout", StdoutToStderr},
}

// NoReturn are the standard library's calls that end the program or the
// goroutine (MCP012: a branch that ends in one does not reach the stdio
// transport started after it).
var NoReturn = []Func{
	fn("os", "Exit"),
	fn("log", "Fatal"), fn("log", "Fatalf"), fn("log", "Fatalln"),
	fn("log", "Panic"), fn("log", "Panicf"), fn("log", "Panicln"),
}

// FindStdoutWrite returns the stdout-write entry for f.
func FindStdoutWrite(f Func) (StdoutWrite, bool) {
	for _, w := range StdoutWrites {
		if w.Func == f {
			return w, true
		}
	}
	return StdoutWrite{}, false
}

// Session-ID generators (MCP013).
var (
	// SessionIDOptions take the generator function as argument 0.
	SessionIDOptions = []Func{fn(MCPGoServer, "WithSessionIDGenerator")}
	// SessionIDManagerOptions take a value whose Generate method makes IDs.
	SessionIDManagerOptions = []Func{fn(MCPGoServer, "WithSessionIdManager")}
	// SessionIDFields are struct fields holding the generator function.
	SessionIDFields = []Func{{Pkg: GoSDKMCP, Recv: "ServerOptions", Name: "GetSessionID"}}
)

// JWT (MCP010): token parsing calls and the options that check aud.
const GolangJWT = "github.com/golang-jwt/jwt/v5"

// JWTParse is a call that parses and verifies a token and accepts options
// from OptArg on; one of Audience among them checks the audience.
type JWTParse struct {
	Func
	OptArg   int
	Audience []Func
}

var (
	golangJWTAudience = []Func{fn(GolangJWT, "WithAudience"), fn(GolangJWT, "WithAllAudiences")}
	jwxJWT            = []string{"github.com/lestrrat-go/jwx/v2/jwt", "github.com/lestrrat-go/jwx/v3/jwt"}
)

// JWTParses are golang-jwt v5's and lestrrat-go/jwx's (v2, v3) parse entry
// points.
var JWTParses = func() []JWTParse {
	p := []JWTParse{
		{fn(GolangJWT, "Parse"), 2, golangJWTAudience},
		{fn(GolangJWT, "ParseWithClaims"), 3, golangJWTAudience},
		{fn(GolangJWT, "NewParser"), 0, golangJWTAudience},
	}
	for _, pkg := range jwxJWT {
		aud := []Func{fn(pkg, "WithAudience")}
		p = append(p,
			JWTParse{fn(pkg, "Parse"), 1, aud}, JWTParse{fn(pkg, "ParseString"), 1, aud},
			JWTParse{fn(pkg, "ParseRequest"), 1, aud}, JWTParse{fn(pkg, "ParseHeader"), 2, aud},
		)
	}
	return p
}()

// OIDCConfig is go-oidc's verifier configuration; SkipClientIDCheck: true
// turns the audience check off.
var OIDCConfig = Func{Pkg: "github.com/coreos/go-oidc/v3/oidc", Name: "Config"}

// OwnerNameArg is the index of the name argument of owner calls whose
// first argument is not the name (mcp.NewResource(uri, name, ...)).
var OwnerNameArg = map[Func]int{fn(MCPGoMCP, "NewResource"): 1, fn(MCPGoMCP, "NewResourceTemplate"): 1}
