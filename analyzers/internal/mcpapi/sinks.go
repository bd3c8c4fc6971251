package mcpapi

import "github.com/mcpsec/mcplint/analyzers/rule"

// SinkMode says how a sink call is checked.
type SinkMode int

// Sink modes.
const (
	// SinkArgs: any of Args tainted is a finding.
	SinkArgs SinkMode = iota + 1
	// SinkExec: Args[0] is the program; a tainted program is a finding, and
	// when the program is one of knowledge.Shells or knowledge.Interpreters,
	// a tainted argument after its script flag ("-c", "-e") is one too
	// (kind shell for shells, code for interpreters). Other argv elements
	// are argument passing.
	SinkExec
	// SinkURL: Args[0] is a URL; a finding unless a constant prefix fixes
	// the scheme and host.
	SinkURL
)

// Sink is a call a tool argument must not reach. Kind says what the call
// does with it; the rule and message come from rule.SinkKinds.
type Sink struct {
	Func
	Kind rule.SinkKind
	Mode SinkMode
	Args []int // argument indexes checked
}

func fn(pkg, name string) Func         { return Func{Pkg: pkg, Name: name} }
func meth(pkg, recv, name string) Func { return Func{Pkg: pkg, Recv: recv, Name: name} }

// Sinks lists the taint sinks.
var Sinks = func() []Sink {
	s := []Sink{
		{Func: fn("os/exec", "Command"), Kind: rule.KindExecArgv, Mode: SinkExec, Args: []int{0}},
		{Func: fn("os/exec", "CommandContext"), Kind: rule.KindExecArgv, Mode: SinkExec, Args: []int{1}},
		{Func: fn("syscall", "Exec"), Kind: rule.KindExecArgv, Mode: SinkArgs, Args: []int{0}},
		{Func: fn("syscall", "ForkExec"), Kind: rule.KindExecArgv, Mode: SinkArgs, Args: []int{0}},
		{Func: fn("os", "StartProcess"), Kind: rule.KindExecArgv, Mode: SinkArgs, Args: []int{0}},

		{Func: fn("net/http", "ServeFile"), Kind: rule.KindPathRead, Mode: SinkArgs, Args: []int{2}},
		{Func: fn("os", "Rename"), Kind: rule.KindPathWrite, Mode: SinkArgs, Args: []int{0, 1}},
		{Func: fn("os", "Symlink"), Kind: rule.KindPathWrite, Mode: SinkArgs, Args: []int{0, 1}},
		{Func: fn("os", "Link"), Kind: rule.KindPathWrite, Mode: SinkArgs, Args: []int{0, 1}},
		{Func: fn("os", "CopyFS"), Kind: rule.KindPathWrite, Mode: SinkArgs, Args: []int{0}},

		{Func: fn("net/http", "Get"), Kind: rule.KindURL, Mode: SinkURL, Args: []int{0}},
		{Func: fn("net/http", "Head"), Kind: rule.KindURL, Mode: SinkURL, Args: []int{0}},
		{Func: fn("net/http", "Post"), Kind: rule.KindURL, Mode: SinkURL, Args: []int{0}},
		{Func: fn("net/http", "PostForm"), Kind: rule.KindURL, Mode: SinkURL, Args: []int{0}},
		{Func: fn("net/http", "NewRequest"), Kind: rule.KindURL, Mode: SinkURL, Args: []int{1}},
		{Func: fn("net/http", "NewRequestWithContext"), Kind: rule.KindURL, Mode: SinkURL, Args: []int{2}},
		{Func: meth("net/http", "Client", "Get"), Kind: rule.KindURL, Mode: SinkURL, Args: []int{0}},
		{Func: meth("net/http", "Client", "Head"), Kind: rule.KindURL, Mode: SinkURL, Args: []int{0}},
		{Func: meth("net/http", "Client", "Post"), Kind: rule.KindURL, Mode: SinkURL, Args: []int{0}},
		{Func: meth("net/http", "Client", "PostForm"), Kind: rule.KindURL, Mode: SinkURL, Args: []int{0}},

		// goja and otto are not sinks: pure-Go JavaScript sandboxes with no
		// file, network or process access beyond the functions the server
		// binds into them ("code mode" gateways bind their own tools, which
		// the model can call anyway). yaegi interprets Go with the standard
		// library: os/exec is one import away.
		{Func: meth("github.com/traefik/yaegi/interp", "Interpreter", "Eval"), Kind: rule.KindCode, Mode: SinkArgs, Args: []int{0}},
		{Func: meth("github.com/traefik/yaegi/interp", "Interpreter", "EvalWithContext"), Kind: rule.KindCode, Mode: SinkArgs, Args: []int{1}},
		{Func: fn("github.com/expr-lang/expr", "Eval"), Kind: rule.KindCode, Mode: SinkArgs, Args: []int{0}},
		{Func: fn("plugin", "Open"), Kind: rule.KindCode, Mode: SinkArgs, Args: []int{0}},

		// go-git: the working tree a repository is cloned, created or
		// opened in is a path the server writes or reads.
		{Func: fn("github.com/go-git/go-git/v5", "PlainClone"), Kind: rule.KindPathWrite, Mode: SinkArgs, Args: []int{0}},
		{Func: fn("github.com/go-git/go-git/v5", "PlainCloneContext"), Kind: rule.KindPathWrite, Mode: SinkArgs, Args: []int{1}},
		{Func: fn("github.com/go-git/go-git/v5", "PlainInit"), Kind: rule.KindPathWrite, Mode: SinkArgs, Args: []int{0}},
		{Func: fn("github.com/go-git/go-git/v5", "PlainOpen"), Kind: rule.KindPathRead, Mode: SinkArgs, Args: []int{0}},
		{Func: fn("github.com/go-git/go-git/v5", "PlainOpenWithOptions"), Kind: rule.KindPathRead, Mode: SinkArgs, Args: []int{0}},
	}
	// One-path filesystem calls, by what they do with the path.
	for _, g := range []struct {
		kind  rule.SinkKind
		names []string
	}{
		{rule.KindPathRead, []string{"Open", "ReadFile", "ReadDir", "Stat", "Lstat", "DirFS", "Readlink"}},
		{rule.KindPathWrite, []string{"Create", "WriteFile", "Remove", "RemoveAll", "Mkdir", "MkdirAll", "Chmod", "Chown", "Lchown",
			"Chtimes", "Truncate"}},
		{rule.KindPath, []string{"OpenFile"}},
	} {
		for _, name := range g.names {
			s = append(s, Sink{Func: fn("os", name), Kind: g.kind, Mode: SinkArgs, Args: []int{0}})
		}
	}
	for _, name := range []string{"ReadFile", "ReadDir"} {
		s = append(s, Sink{Func: fn("io/ioutil", name), Kind: rule.KindPathRead, Mode: SinkArgs, Args: []int{0}})
	}
	for _, name := range []string{"WriteFile", "TempFile", "TempDir"} {
		s = append(s, Sink{Func: fn("io/ioutil", name), Kind: rule.KindPathWrite, Mode: SinkArgs, Args: []int{0}})
	}
	for _, name := range []string{"Walk", "WalkDir", "Glob"} {
		s = append(s, Sink{Func: fn("path/filepath", name), Kind: rule.KindPathRead, Mode: SinkArgs, Args: []int{0}})
	}
	// SQL text: database/sql and common drivers/ORMs. The query is the
	// first argument, or the second after a context.
	for _, recv := range []string{"DB", "Tx", "Conn"} {
		for _, name := range []string{"Query", "QueryRow", "Exec", "Prepare"} {
			s = append(s, Sink{Func: meth("database/sql", recv, name), Kind: rule.KindSQL, Mode: SinkArgs, Args: []int{0}})
			s = append(s, Sink{Func: meth("database/sql", recv, name+"Context"), Kind: rule.KindSQL, Mode: SinkArgs, Args: []int{1}})
		}
	}
	for _, recv := range []string{"DB", "Tx"} {
		for _, name := range []string{"Queryx", "QueryRowx", "MustExec"} {
			s = append(s, Sink{Func: meth("github.com/jmoiron/sqlx", recv, name), Kind: rule.KindSQL, Mode: SinkArgs, Args: []int{0}})
		}
		for _, name := range []string{"Select", "Get"} {
			s = append(s, Sink{Func: meth("github.com/jmoiron/sqlx", recv, name), Kind: rule.KindSQL, Mode: SinkArgs, Args: []int{1}})
		}
	}
	for _, name := range []string{"Raw", "Exec"} {
		s = append(s, Sink{Func: meth("gorm.io/gorm", "DB", name), Kind: rule.KindSQL, Mode: SinkArgs, Args: []int{0}})
	}
	for _, p := range []struct{ pkg, recv string }{
		{"github.com/jackc/pgx/v5", "Conn"}, {"github.com/jackc/pgx/v5/pgxpool", "Pool"},
		{"github.com/jackc/pgx/v4", "Conn"}, {"github.com/jackc/pgx/v4/pgxpool", "Pool"},
	} {
		for _, name := range []string{"Query", "QueryRow", "Exec"} {
			s = append(s, Sink{Func: meth(p.pkg, p.recv, name), Kind: rule.KindSQL, Mode: SinkArgs, Args: []int{1}})
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
