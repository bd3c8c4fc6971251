package mcpapi

// SinkKind says how a sink call is checked.
type SinkKind int

// Sink kinds.
const (
	// SinkArgs: any of Args tainted is a finding.
	SinkArgs SinkKind = iota + 1
	// SinkExec: Args[0] is the program; a tainted program is a finding, and
	// when the program is a shell or interpreter, a tainted argument after
	// its script flag ("-c", "-e") is one too (MCP002 for shells, MCP007
	// for interpreters). Other argv elements are argument passing.
	SinkExec
	// SinkURL: Args[0] is a URL; a finding unless a constant prefix fixes
	// the scheme and host.
	SinkURL
)

// Sink is a call a tool argument must not reach.
type Sink struct {
	Func
	Rule string
	Kind SinkKind
	Args []int // argument indexes checked
}

const (
	ruleCmd  = "MCP002"
	rulePath = "MCP003"
	ruleSSRF = "MCP006"
	ruleCode = "MCP007"
	ruleSQL  = "MCP008"
)

func fn(pkg, name string) Func         { return Func{Pkg: pkg, Name: name} }
func meth(pkg, recv, name string) Func { return Func{Pkg: pkg, Recv: recv, Name: name} }

// Sinks lists the taint sinks of MCP002, MCP003, MCP006, MCP007 and MCP008.
var Sinks = func() []Sink {
	s := []Sink{
		{Func: fn("os/exec", "Command"), Rule: ruleCmd, Kind: SinkExec, Args: []int{0}},
		{Func: fn("os/exec", "CommandContext"), Rule: ruleCmd, Kind: SinkExec, Args: []int{1}},
		{Func: fn("syscall", "Exec"), Rule: ruleCmd, Kind: SinkArgs, Args: []int{0}},
		{Func: fn("syscall", "ForkExec"), Rule: ruleCmd, Kind: SinkArgs, Args: []int{0}},
		{Func: fn("os", "StartProcess"), Rule: ruleCmd, Kind: SinkArgs, Args: []int{0}},

		{Func: fn("net/http", "ServeFile"), Rule: rulePath, Kind: SinkArgs, Args: []int{2}},
		{Func: fn("os", "Rename"), Rule: rulePath, Kind: SinkArgs, Args: []int{0, 1}},
		{Func: fn("os", "Symlink"), Rule: rulePath, Kind: SinkArgs, Args: []int{0, 1}},
		{Func: fn("os", "Link"), Rule: rulePath, Kind: SinkArgs, Args: []int{0, 1}},
		{Func: fn("os", "CopyFS"), Rule: rulePath, Kind: SinkArgs, Args: []int{0}},

		{Func: fn("net/http", "Get"), Rule: ruleSSRF, Kind: SinkURL, Args: []int{0}},
		{Func: fn("net/http", "Head"), Rule: ruleSSRF, Kind: SinkURL, Args: []int{0}},
		{Func: fn("net/http", "Post"), Rule: ruleSSRF, Kind: SinkURL, Args: []int{0}},
		{Func: fn("net/http", "PostForm"), Rule: ruleSSRF, Kind: SinkURL, Args: []int{0}},
		{Func: fn("net/http", "NewRequest"), Rule: ruleSSRF, Kind: SinkURL, Args: []int{1}},
		{Func: fn("net/http", "NewRequestWithContext"), Rule: ruleSSRF, Kind: SinkURL, Args: []int{2}},
		{Func: meth("net/http", "Client", "Get"), Rule: ruleSSRF, Kind: SinkURL, Args: []int{0}},
		{Func: meth("net/http", "Client", "Head"), Rule: ruleSSRF, Kind: SinkURL, Args: []int{0}},
		{Func: meth("net/http", "Client", "Post"), Rule: ruleSSRF, Kind: SinkURL, Args: []int{0}},
		{Func: meth("net/http", "Client", "PostForm"), Rule: ruleSSRF, Kind: SinkURL, Args: []int{0}},

		// goja and otto are not sinks: pure-Go JavaScript sandboxes with no
		// file, network or process access beyond the functions the server
		// binds into them ("code mode" gateways bind their own tools, which
		// the model can call anyway). yaegi interprets Go with the standard
		// library: os/exec is one import away.
		{Func: meth("github.com/traefik/yaegi/interp", "Interpreter", "Eval"), Rule: ruleCode, Kind: SinkArgs, Args: []int{0}},
		{Func: meth("github.com/traefik/yaegi/interp", "Interpreter", "EvalWithContext"), Rule: ruleCode, Kind: SinkArgs, Args: []int{1}},
		{Func: fn("github.com/expr-lang/expr", "Eval"), Rule: ruleCode, Kind: SinkArgs, Args: []int{0}},
		{Func: fn("plugin", "Open"), Rule: ruleCode, Kind: SinkArgs, Args: []int{0}},
	}
	// One-path filesystem calls.
	for _, name := range []string{"Open", "OpenFile", "Create", "ReadFile", "WriteFile", "Remove", "RemoveAll",
		"Mkdir", "MkdirAll", "ReadDir", "Stat", "Lstat", "Chmod", "Chown", "Lchown", "Chtimes", "Truncate", "DirFS", "Readlink"} {
		s = append(s, Sink{Func: fn("os", name), Rule: rulePath, Kind: SinkArgs, Args: []int{0}})
	}
	for _, name := range []string{"ReadFile", "WriteFile", "ReadDir", "TempFile", "TempDir"} {
		s = append(s, Sink{Func: fn("io/ioutil", name), Rule: rulePath, Kind: SinkArgs, Args: []int{0}})
	}
	for _, name := range []string{"Walk", "WalkDir", "Glob"} {
		s = append(s, Sink{Func: fn("path/filepath", name), Rule: rulePath, Kind: SinkArgs, Args: []int{0}})
	}
	// SQL text: database/sql and common drivers/ORMs. The query is the
	// first argument, or the second after a context.
	for _, recv := range []string{"DB", "Tx", "Conn"} {
		for _, name := range []string{"Query", "QueryRow", "Exec", "Prepare"} {
			s = append(s, Sink{Func: meth("database/sql", recv, name), Rule: ruleSQL, Kind: SinkArgs, Args: []int{0}})
			s = append(s, Sink{Func: meth("database/sql", recv, name+"Context"), Rule: ruleSQL, Kind: SinkArgs, Args: []int{1}})
		}
	}
	for _, recv := range []string{"DB", "Tx"} {
		for _, name := range []string{"Queryx", "QueryRowx", "MustExec"} {
			s = append(s, Sink{Func: meth("github.com/jmoiron/sqlx", recv, name), Rule: ruleSQL, Kind: SinkArgs, Args: []int{0}})
		}
		for _, name := range []string{"Select", "Get"} {
			s = append(s, Sink{Func: meth("github.com/jmoiron/sqlx", recv, name), Rule: ruleSQL, Kind: SinkArgs, Args: []int{1}})
		}
	}
	for _, name := range []string{"Raw", "Exec"} {
		s = append(s, Sink{Func: meth("gorm.io/gorm", "DB", name), Rule: ruleSQL, Kind: SinkArgs, Args: []int{0}})
	}
	for _, p := range []struct{ pkg, recv string }{
		{"github.com/jackc/pgx/v5", "Conn"}, {"github.com/jackc/pgx/v5/pgxpool", "Pool"},
		{"github.com/jackc/pgx/v4", "Conn"}, {"github.com/jackc/pgx/v4/pgxpool", "Pool"},
	} {
		for _, name := range []string{"Query", "QueryRow", "Exec"} {
			s = append(s, Sink{Func: meth(p.pkg, p.recv, name), Rule: ruleSQL, Kind: SinkArgs, Args: []int{1}})
		}
	}
	return s
}()

// FindSink returns the sink entry for f.
func FindSink(f Func) (Sink, bool) {
	for _, s := range Sinks {
		if s.Func == f {
			return s, true
		}
	}
	return Sink{}, false
}

// Shells run their -c argument as a shell script (MCP002).
var Shells = map[string]string{
	"sh": "-c", "bash": "-c", "zsh": "-c", "dash": "-c", "ksh": "-c", "fish": "-c",
	"cmd": "/c", "cmd.exe": "/c", "powershell": "-Command", "powershell.exe": "-Command", "pwsh": "-Command",
}

// Interpreters run their -c or -e argument as code (MCP007).
var Interpreters = map[string]string{
	"python": "-c", "python3": "-c", "python2": "-c", "node": "-e", "nodejs": "-e", "deno": "eval",
	"ruby": "-e", "perl": "-e", "php": "-r", "osascript": "-e", "lua": "-e",
}

// Cleaners return a cleaned path derived from their first argument: a
// containment check on the result also vouches for the argument. They are
// not sanitizers on their own.
var Cleaners = map[Func]bool{
	fn("path/filepath", "Abs"): true, fn("path/filepath", "Clean"): true, fn("path/filepath", "EvalSymlinks"): true,
	fn("path/filepath", "Dir"): true, fn("path/filepath", "ToSlash"): true, fn("path/filepath", "FromSlash"): true,
	fn("path", "Clean"): true, fn("path", "Dir"): true,
}

// Joiners build a cleaned path from several parts (the result is cleaned,
// but a containment check on it vouches for none of the parts).
var Joiners = map[Func]bool{fn("path/filepath", "Join"): true, fn("path", "Join"): true}

// Sanitizers return values that cannot carry an injection: numbers,
// booleans, escaped strings.
var Sanitizers = map[Func]bool{
	fn("strconv", "Atoi"): true, fn("strconv", "ParseInt"): true, fn("strconv", "ParseUint"): true,
	fn("strconv", "ParseFloat"): true, fn("strconv", "ParseBool"): true, fn("strconv", "Quote"): true,
	fn("net/url", "QueryEscape"): true, fn("net/url", "PathEscape"): true,
	fn("path/filepath", "Base"): true, fn("path", "Base"): true, fn("path/filepath", "Ext"): true,
	fn("github.com/alessio/shellescape", "Quote"): true, fn("al.essio.dev/pkg/shellescape", "Quote"): true,
	fn("github.com/kballard/go-shellquote", "Join"): true,
	fn("encoding/hex", "EncodeToString"):            true, fn("strings", "Count"): true, fn("strings", "Index"): true,
}

// GuardFuncs vouch for their first argument on the branch where they
// return true.
var GuardFuncs = map[Func]bool{
	fn("path/filepath", "IsLocal"): true,
}

// RootContained are calls that open a path inside a root and so are not
// sinks: os.Root methods and os.OpenInRoot.
var RootContained = map[Func]bool{fn("os", "OpenInRoot"): true}
