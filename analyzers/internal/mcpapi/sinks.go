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
		// browser automation: a script evaluated in the page the server
		// drives runs with that page's session and origin
		{Func: fn("github.com/chromedp/chromedp", "Evaluate"), Kind: rule.KindCode, Mode: SinkArgs, Args: []int{0}},
		{Func: fn("github.com/chromedp/chromedp", "EvaluateAsDevTools"), Kind: rule.KindCode, Mode: SinkArgs, Args: []int{0}},
		{Func: fn("github.com/chromedp/chromedp", "Poll"), Kind: rule.KindCode, Mode: SinkArgs, Args: []int{0}},
		{Func: fn("github.com/chromedp/chromedp", "PollFunction"), Kind: rule.KindCode, Mode: SinkArgs, Args: []int{0}},
		{Func: meth("github.com/go-rod/rod", "Page", "Eval"), Kind: rule.KindCode, Mode: SinkArgs, Args: []int{0}},
		{Func: meth("github.com/go-rod/rod", "Page", "MustEval"), Kind: rule.KindCode, Mode: SinkArgs, Args: []int{0}},
		{Func: meth("github.com/go-rod/rod", "Element", "Eval"), Kind: rule.KindCode, Mode: SinkArgs, Args: []int{0}},
		{Func: meth("github.com/go-rod/rod", "Element", "MustEval"), Kind: rule.KindCode, Mode: SinkArgs, Args: []int{0}},
		// the browser the server drives loads the page from wherever the
		// URL points, the local network included
		{Func: fn("github.com/chromedp/chromedp", "Navigate"), Kind: rule.KindURL, Mode: SinkURL, Args: []int{0}},
		{Func: meth("github.com/go-rod/rod", "Page", "Navigate"), Kind: rule.KindURL, Mode: SinkURL, Args: []int{0}},
		{Func: meth("github.com/go-rod/rod", "Page", "MustNavigate"), Kind: rule.KindURL, Mode: SinkURL, Args: []int{0}},
		{Func: meth("github.com/go-rod/rod", "Browser", "MustPage"), Kind: rule.KindURL, Mode: SinkURL, Args: []int{0}},

		// go-git: the working tree a repository is cloned, created or
		// opened in is a path the server writes or reads.
		{Func: fn("github.com/go-git/go-git/v5", "PlainClone"), Kind: rule.KindPathWrite, Mode: SinkArgs, Args: []int{0}},
		{Func: fn("github.com/go-git/go-git/v5", "PlainCloneContext"), Kind: rule.KindPathWrite, Mode: SinkArgs, Args: []int{1}},
		{Func: fn("github.com/go-git/go-git/v5", "PlainInit"), Kind: rule.KindPathWrite, Mode: SinkArgs, Args: []int{0}},
		{Func: fn("github.com/go-git/go-git/v5", "PlainOpen"), Kind: rule.KindPathRead, Mode: SinkArgs, Args: []int{0}},
		{Func: fn("github.com/go-git/go-git/v5", "PlainOpenWithOptions"), Kind: rule.KindPathRead, Mode: SinkArgs, Args: []int{0}},

		// archives opened by path (the members' names are the archive's
		// choice: see ArchiveEntryFields)
		{Func: fn("archive/zip", "OpenReader"), Kind: rule.KindPathRead, Mode: SinkArgs, Args: []int{0}},

		// go-cmd wraps os/exec: the program, then its arguments.
		{Func: fn("github.com/go-cmd/cmd", "NewCmd"), Kind: rule.KindExecArgv, Mode: SinkExec, Args: []int{0}},
		{Func: fn("github.com/go-cmd/cmd", "NewCmdOptions"), Kind: rule.KindExecArgv, Mode: SinkExec, Args: []int{1}},
	}
	// HTTP clients: resty (v2 and v3) and req send a request's URL from
	// the method that names the verb.
	for _, pkg := range []string{"github.com/go-resty/resty/v2", "resty.dev/v3"} {
		for _, name := range []string{"Get", "Head", "Post", "Put", "Patch", "Delete", "Options"} {
			s = append(s, Sink{Func: meth(pkg, "Request", name), Kind: rule.KindURL, Mode: SinkURL, Args: []int{0}})
		}
		s = append(s, Sink{Func: meth(pkg, "Request", "Execute"), Kind: rule.KindURL, Mode: SinkURL, Args: []int{1}})
	}
	for _, name := range []string{"Get", "Head", "Post", "Put", "Patch", "Delete", "Options"} {
		s = append(s, Sink{Func: meth("github.com/imroc/req/v3", "Request", name), Kind: rule.KindURL, Mode: SinkURL, Args: []int{0}})
		s = append(s, Sink{Func: meth("github.com/imroc/req/v3", "Client", name), Kind: rule.KindURL, Mode: SinkURL, Args: []int{0}})
	}
	s = append(s, Sink{Func: meth("github.com/imroc/req/v3", "Request", "Send"), Kind: rule.KindURL, Mode: SinkURL, Args: []int{1}})
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

// FieldSink is a struct field whose value a library uses as a sink's
// argument: a tainted value in a literal of the type, or assigned to the
// field, is that sink.
type FieldSink struct {
	Pkg, Type, Field string
	Kind             rule.SinkKind
	// Desc names the call the field goes to, for messages.
	Desc string
}

// FieldSinks lists the struct fields that are sinks. go-git fetches the
// repository a clone's URL names, from any host and over file:// and
// ssh:// as well as http(s):// (a request the server makes for the
// client, like an HTTP fetch).
var FieldSinks = []FieldSink{
	{Pkg: "github.com/go-git/go-git/v5", Type: "CloneOptions", Field: "URL", Kind: rule.KindURL, Desc: "git.CloneOptions.URL"},
	{Pkg: "github.com/go-git/go-git/v5/config", Type: "RemoteConfig", Field: "URLs", Kind: rule.KindURL, Desc: "config.RemoteConfig.URLs"},
}

// ArchiveEntryFields are fields of archive entries that hold the name the
// archive chose for a member: joined to a destination and written, a name
// with ".." or a link target writes outside it (zip slip).
var ArchiveEntryFields = []struct{ Pkg, Field string }{
	{"archive/zip", "Name"}, {"archive/tar", "Name"}, {"archive/tar", "Linkname"},
}

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

// ClassSanitizers return their argument made safe for some classes only:
// json.Marshal of a string is a quoted JavaScript (and JSON) literal, safe
// inside a script, and says nothing about a shell or a path.
var ClassSanitizers = map[Func][]rule.Class{
	fn("encoding/json", "Marshal"): {rule.ClassCode},
}

// GuardFuncs vouch for their first argument on the branch where they
// return true.
var GuardFuncs = map[Func]bool{
	fn("path/filepath", "IsLocal"): true,
}

// RootContained are calls that open a path inside a root and so are not
// sinks: os.Root methods and os.OpenInRoot.
var RootContained = map[Func]bool{fn("os", "OpenInRoot"): true}
