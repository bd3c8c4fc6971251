package rule

import (
	"fmt"
	"sort"
)

// SinkKind names what a sink does with the value it is given. Library
// tables in both engines tag each sink with a kind; SinkKinds maps the kind
// to the rule it belongs to, its severity and the wording of its message,
// so that a kind reads the same in every language.
type SinkKind string

// Sink kinds.
const (
	// KindShell: a command line run by a shell (os.system, exec,
	// subprocess with shell=True).
	KindShell SinkKind = "shell"
	// KindExecArgv: the program of a new process, or an argv list that
	// starts a shell on a script ([sh, -c, script]).
	KindExecArgv SinkKind = "exec-argv"
	// KindProgram: the name of the program a call runs, where the call
	// takes no command line (sh.Command(name)).
	KindProgram SinkKind = "program"
	// KindArgvOption: an element of an argv list that the program reads as
	// an option when it starts with "-" (git diff --output=...).
	KindArgvOption SinkKind = "argv-option"
	// KindCode: source code evaluated or loaded (eval, vm, python -c,
	// import by name).
	KindCode SinkKind = "code"
	// KindTemplate: template text compiled to code by a template engine
	// (ejs, handlebars, lodash.template).
	KindTemplate SinkKind = "template"
	// KindDeserialize: bytes decoded into objects that can run code
	// (pickle, yaml.load without a safe loader).
	KindDeserialize SinkKind = "deserialize"
	// KindPathRead: a path a file or directory is read from.
	KindPathRead SinkKind = "path-read"
	// KindPathWrite: a path written, created, moved or removed.
	KindPathWrite SinkKind = "path-write"
	// KindArchive: an archive extracted without a filter that keeps its
	// members inside the destination.
	KindArchive SinkKind = "archive"
	// KindPath: a path opened in a mode the call does not fix (open(p,
	// mode)), or served to the client.
	KindPath SinkKind = "path"
	// KindURL: the URL of an outbound request.
	KindURL SinkKind = "url"
	// KindBaseURL: the base URL of an HTTP client every later request
	// goes to.
	KindBaseURL SinkKind = "base-url"
	// KindHost: the host of an outbound connection.
	KindHost SinkKind = "host"
	// KindSQL: SQL text.
	KindSQL SinkKind = "sql"
	// KindSQLScript: text run as a script of any number of statements.
	KindSQLScript SinkKind = "sql-script"
	// KindTokenHeader: the headers of an outbound request, for the
	// client's own bearer token.
	KindTokenHeader SinkKind = "token-header"
)

// Class names a kind of harm a sanitizer or a guard rules out: a value
// cleared for "shell" cannot break out of a command line.
type Class string

// Sanitizer classes.
const (
	ClassShell  Class = "shell"
	ClassPath   Class = "path"
	ClassURL    Class = "url"
	ClassSQL    Class = "sql"
	ClassOption Class = "option"
	ClassCode   Class = "code"
)

// ClassInfo describes a sanitizer class.
type ClassInfo struct {
	Class Class
	Doc   string
	// RegexForbids are the substrings an anchored allow-list pattern must
	// not contain for a value it matches to be cleared for the class
	// (re.fullmatch(r"[a-z0-9_]+", x) holds no "/" and no "."); empty
	// means no pattern clears the class.
	RegexForbids []string
	// Containment: the class is cleared by containment checks, and a check
	// of the wrong shape (no separator, an unresolved path) is named in
	// the message.
	Containment bool
}

// shellMeta are the characters a value needs to break out of a command line
// or a quoted SQL string.
var shellMeta = []string{";", "|", "&", "$", "`", "<", ">", "'", `"`, " ", "\n"}

// sqlMeta are the characters a value needs to leave an SQL literal or a
// quoted identifier, start a comment, or add a clause without a space
// ("(1)OR(1)=(1)"). "$" is not among them: it is an identifier character
// in several dialects.
var sqlMeta = []string{";", "'", `"`, "`", " ", "\n", "\t", "#", "/", "(", ")", "|", "&", "<", ">", "="}

// Classes lists every sanitizer class, in a fixed order (the order allow-list
// patterns clear them in).
var Classes = []ClassInfo{
	{Class: ClassPath, Doc: "cannot name a file outside the intended directory", RegexForbids: []string{"/", ".", `\\`}, Containment: true},
	{Class: ClassShell, Doc: "cannot break out of a command-line word", RegexForbids: shellMeta},
	{Class: ClassSQL, Doc: "cannot break out of an SQL string or change the statement", RegexForbids: sqlMeta},
	{Class: ClassURL, Doc: "cannot choose the scheme or host of a request"},
	{Class: ClassOption, Doc: "cannot be read as a command-line option"},
	{Class: ClassCode, Doc: "is not code chosen by the caller"},
}

// ClassByName returns the class info of c.
func ClassByName(c Class) (*ClassInfo, bool) {
	for i := range Classes {
		if Classes[i].Class == c {
			return &Classes[i], true
		}
	}
	return nil, false
}

// Source classes: where a tainted value comes from. The empty class is a
// tool, resource or prompt argument.
const (
	// SourceToken is the bearer token the client sent to this server.
	SourceToken = "token"
)

// KindInfo is what a sink kind means for the rules: the rule its findings
// belong to, their severity, and how their message reads.
type KindInfo struct {
	Kind SinkKind
	Rule string
	// Severity overrides the rule's default severity; zero keeps it.
	Severity Severity
	// Class is the sanitizer class that clears the sink; "" means nothing
	// does.
	Class Class
	// Source is the source class whose taint the sink looks for; "" means
	// tool arguments.
	Source string
	// Verb and Tail phrase the message: `<source> <Verb> <sink><detail><Tail>`.
	Verb string
	Tail string
	// Doc says in a few words what the kind covers (rule documentation).
	Doc string
}

// SinkKinds is the one mapping from sink kind to rule, severity and message.
var SinkKinds = []KindInfo{
	{Kind: KindShell, Rule: "MCP002", Class: ClassShell, Verb: "reaches", Doc: "command lines run by a shell"},
	{Kind: KindExecArgv, Rule: "MCP002", Class: ClassShell, Verb: "reaches", Doc: "the program of a new process, or the script of a shell it starts"},
	{Kind: KindProgram, Rule: "MCP002", Verb: "names the program run by", Doc: "names of programs run"},
	{Kind: KindArgvOption, Rule: "MCP002", Severity: Medium, Class: ClassOption, Verb: "can inject options into",
		Doc: "arguments a program reads as options when they start with \"-\""},
	{Kind: KindCode, Rule: "MCP007", Class: ClassCode, Verb: "reaches", Doc: "code evaluated or loaded by name"},
	{Kind: KindTemplate, Rule: "MCP007", Class: ClassCode, Verb: "is compiled as a template by", Doc: "template text compiled to code"},
	{Kind: KindDeserialize, Rule: "MCP007", Verb: "reaches", Doc: "data decoded into objects that can run code"},
	{Kind: KindPathRead, Rule: "MCP003", Class: ClassPath, Verb: "reaches", Tail: " without a containment check", Doc: "paths read"},
	{Kind: KindPathWrite, Rule: "MCP003", Class: ClassPath, Verb: "reaches", Tail: " without a containment check",
		Doc: "paths written, created, moved or removed"},
	{Kind: KindArchive, Rule: "MCP003", Class: ClassPath, Verb: "selects the archive extracted by",
		Tail: ` without filter="data": its members can write outside the destination`, Doc: "archives extracted without a member filter"},
	{Kind: KindPath, Rule: "MCP003", Class: ClassPath, Verb: "reaches", Tail: " without a containment check",
		Doc: "paths opened in any mode or served to the client"},
	{Kind: KindURL, Rule: "MCP006", Class: ClassURL, Verb: "controls the URL passed to", Doc: "URLs of outbound requests"},
	{Kind: KindBaseURL, Rule: "MCP006", Class: ClassURL, Verb: "controls the base URL passed to", Doc: "base URLs of HTTP clients"},
	{Kind: KindHost, Rule: "MCP006", Class: ClassURL, Verb: "controls the host passed to", Doc: "hosts of outbound connections"},
	{Kind: KindSQL, Rule: "MCP008", Class: ClassSQL, Verb: "is built into SQL text passed to", Doc: "SQL text"},
	{Kind: KindSQLScript, Rule: "MCP008", Class: ClassSQL, Verb: "is run as a script of statements by", Doc: "SQL scripts of several statements"},
	{Kind: KindTokenHeader, Rule: "MCP011", Source: SourceToken, Verb: "reaches the headers of",
		Tail: ": exchange it for a token issued to this server (MCP servers must not pass tokens through)",
		Doc:  "headers of outbound requests"},
}

var kindIndex = func() map[SinkKind]*KindInfo {
	m := map[SinkKind]*KindInfo{}
	for i := range SinkKinds {
		k := &SinkKinds[i]
		if _, dup := m[k.Kind]; dup {
			panic("rule: sink kind listed twice: " + string(k.Kind))
		}
		if !inCatalog(k.Rule) {
			panic(fmt.Sprintf("rule: sink kind %s names unknown rule %q", k.Kind, k.Rule))
		}
		if k.Class != "" {
			if _, ok := ClassByName(k.Class); !ok {
				panic(fmt.Sprintf("rule: sink kind %s names unknown class %q", k.Kind, k.Class))
			}
		}
		if k.Verb == "" || k.Doc == "" {
			panic("rule: sink kind without verb or doc: " + string(k.Kind))
		}
		m[k.Kind] = k
	}
	return m
}()

func inCatalog(id string) bool {
	for _, r := range Rules {
		if r.ID == id {
			return true
		}
	}
	return false
}

// Kind returns the meaning of a sink kind.
func Kind(k SinkKind) (*KindInfo, bool) {
	info, ok := kindIndex[k]
	return info, ok
}

// MustKind is Kind for tables: an unknown kind is a programmer error.
func MustKind(k SinkKind) *KindInfo {
	info, ok := kindIndex[k]
	if !ok {
		panic(fmt.Sprintf("rule: unknown sink kind %q (known: %v)", k, KindNames()))
	}
	return info
}

// KindNames lists the sink kinds, sorted.
func KindNames() []string {
	var out []string
	for _, k := range SinkKinds {
		out = append(out, string(k.Kind))
	}
	sort.Strings(out)
	return out
}

// KindsOf returns the kinds whose findings belong to rule id, in table
// order.
func KindsOf(id string) []*KindInfo {
	var out []*KindInfo
	for i := range SinkKinds {
		if SinkKinds[i].Rule == id {
			out = append(out, &SinkKinds[i])
		}
	}
	return out
}

// Message renders a sink finding: src is what carries the taint (`tool
// argument "cmd"`), sink how the call is named, detail what makes the call
// a sink (" with shell=True").
func (k *KindInfo) Message(src, sink, detail string) string {
	return src + " " + k.Verb + " " + sink + detail + k.Tail
}

// EffectiveSeverity is the severity of the kind's findings.
func (k *KindInfo) EffectiveSeverity() Severity {
	if k.Severity != 0 {
		return k.Severity
	}
	if r, ok := byID[k.Rule]; ok {
		return r.Severity
	}
	return 0
}
