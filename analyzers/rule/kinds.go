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
	// KindURLPath: a path segment of an outbound request to a fixed host
	// that carries this server's credentials, not encoded: "../", "?" or
	// "#" in it reach other endpoints of that host.
	KindURLPath SinkKind = "url-path"
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
	ClassShell   Class = "shell"
	ClassPath    Class = "path"
	ClassURL     Class = "url"
	ClassURLPath Class = "url-path"
	ClassSQL     Class = "sql"
	ClassOption  Class = "option"
	ClassCode    Class = "code"
)

// ClassInfo describes a sanitizer class.
type ClassInfo struct {
	Class Class
	Doc   string
	// RegexForbids are the characters no value an anchored allow-list
	// pattern matches may hold, for the pattern to clear the class
	// (re.fullmatch(r"[a-z0-9_]+", x) admits no ";" and no space). The
	// three lists empty mean no pattern clears the class.
	RegexForbids []string
	// RegexForbidsSeq are two-character sequences no matched value may
	// hold ("..": a path may have dots, never a parent step).
	RegexForbidsSeq []string
	// RegexForbidsLead are characters no matched value may start with
	// ("/": a path may have separators, never be absolute).
	RegexForbidsLead []string
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
	{Class: ClassPath, Doc: "cannot name a file outside the intended directory", Containment: true,
		RegexForbids: []string{":"}, RegexForbidsSeq: []string{".."}, RegexForbidsLead: []string{"/", `\`}},
	{Class: ClassShell, Doc: "cannot break out of a command-line word", RegexForbids: shellMeta},
	{Class: ClassSQL, Doc: "cannot break out of an SQL string or change the statement", RegexForbids: sqlMeta},
	{Class: ClassURL, Doc: "cannot choose the scheme or host of a request"},
	{Class: ClassURLPath, Doc: "cannot leave the path segment it fills (encoded: no \"/\", \"?\" or \"#\")",
		RegexForbids: []string{"?", "#", "%"}, RegexForbidsSeq: []string{".."}},
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
	{Kind: KindURLPath, Rule: "MCP006", Severity: Low, Class: ClassURLPath, Verb: "fills an unencoded path segment of the URL passed to",
		Tail: ` with this server's credentials: "../", "?" or "#" in it reach other endpoints of that host; encode it (url.PathEscape, encodeURIComponent, quote(s, safe=""))`,
		Doc:  "unencoded path segments of credentialed requests to a fixed host"},
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

// EffectKind names what a call does to the world outside the server,
// whatever its arguments are: MCP015 compares the effects a tool handler
// reaches with the hints its annotations give the client. Library tables
// in both engines tag calls with an effect kind, as they tag sinks with a
// sink kind.
type EffectKind string

// Effect kinds.
const (
	// EffectDelete: files or directories removed or truncated.
	EffectDelete EffectKind = "file-delete"
	// EffectWrite: file contents written or replaced, files moved.
	EffectWrite EffectKind = "file-write"
	// EffectModify: directories created, modes, owners or times changed,
	// links made: the filesystem changes, nothing is overwritten.
	EffectModify EffectKind = "file-modify"
	// EffectExec: a process is started.
	EffectExec EffectKind = "exec"
	// EffectSQLWrite: SQL that adds or changes rows or schema (INSERT,
	// UPDATE, CREATE, ALTER, MERGE).
	EffectSQLWrite EffectKind = "sql-write"
	// EffectSQLDelete: SQL that removes rows or tables (DELETE, DROP,
	// TRUNCATE).
	EffectSQLDelete EffectKind = "sql-delete"
	// EffectHTTPWrite: an HTTP request with a method that changes a
	// resource whatever the endpoint: PUT, PATCH and other methods
	// besides GET, HEAD, OPTIONS, POST and DELETE.
	EffectHTTPWrite EffectKind = "http-write"
	// EffectHTTPPost: an HTTP POST request, which creates or changes
	// something or sends a query (search APIs, GraphQL queries).
	EffectHTTPPost EffectKind = "http-post"
	// EffectHTTPDelete: an HTTP DELETE request.
	EffectHTTPDelete EffectKind = "http-delete"
	// EffectSDKWrite: a call of a known API client that creates or
	// changes something (octokit issues.create, go-github Issues.Edit).
	EffectSDKWrite EffectKind = "sdk-write"
	// EffectSDKDelete: a call of a known API client that deletes
	// something.
	EffectSDKDelete EffectKind = "sdk-delete"
	// EffectFetch: an outbound request to a URL a tool argument controls
	// (the MCP006 flow, whether or not a guard makes it safe).
	EffectFetch EffectKind = "fetch"
)

// Hint is a tool annotation hint whose value promises something about the
// handler. Name is the field as the MCP specification spells it; Claim is
// the value that makes the promise.
type Hint struct {
	Name  string
	Claim bool
	// Promise says what the claim tells the client, for messages.
	Promise string
	// Severity of a broken promise.
	Severity Severity
}

// Hints of the MCP tool annotations that MCP015 checks.
var (
	HintReadOnly    = Hint{Name: "readOnlyHint", Claim: true, Promise: "the tool does not modify its environment", Severity: High}
	HintDestructive = Hint{Name: "destructiveHint", Claim: false, Promise: "the tool only makes additive updates", Severity: High}
	HintOpenWorld   = Hint{Name: "openWorldHint", Claim: false, Promise: "the tool does not interact with an open world of external entities", Severity: Medium}
)

// AllHints lists the checked hints in message order.
var AllHints = []Hint{HintReadOnly, HintDestructive, HintOpenWorld}

// EffectInfo says what an effect kind means for MCP015: the hints whose
// claim it breaks and how messages name it.
type EffectInfo struct {
	Kind EffectKind
	// Breaks lists the names of the hints whose claim the effect
	// contradicts.
	Breaks []string
	// Verb phrases the message: `its handler <Verb> (<call>)`.
	Verb string
	Doc  string
	// Sinks are the sink kinds whose findings from a tool argument are
	// this effect (a fetch is a URL sink the tool's input reaches).
	Sinks []SinkKind
	// Ambiguous: what the effect does depends on what it acts on, which
	// the call does not say: a process of a command not known to read, a
	// POST (query APIs, GraphQL queries and RPC-style endpoints read by
	// POST), a mode change or a directory made ready. Such an effect is
	// no evidence against readOnlyHint in a tool or function whose name
	// says it reads (knowledge.ReadName): list_apps running a simulator's
	// listing command, query_logs sending its query by POST.
	Ambiguous bool
}

// HintRule is the rule that compares annotation hints with effects.
const HintRule = "MCP015"

// EffectOfSink returns the effect a sink reached by a tool argument has,
// or "".
func EffectOfSink(k SinkKind) EffectKind {
	for _, e := range Effects {
		for _, s := range e.Sinks {
			if s == k {
				return e.Kind
			}
		}
	}
	return ""
}

// Effects is the one mapping from effect kind to the hints it contradicts.
var Effects = []EffectInfo{
	{Kind: EffectDelete, Breaks: []string{"readOnlyHint", "destructiveHint"}, Verb: "deletes files", Doc: "files or directories removed or truncated"},
	{Kind: EffectWrite, Breaks: []string{"readOnlyHint", "destructiveHint"}, Verb: "writes files", Doc: "file contents written or replaced, files moved"},
	{Kind: EffectModify, Breaks: []string{"readOnlyHint"}, Verb: "changes the filesystem", Doc: "directories created, file modes, owners or times changed, links made",
		Ambiguous: true},
	{Kind: EffectExec, Breaks: []string{"readOnlyHint"}, Verb: "runs a process", Doc: "processes started", Ambiguous: true},
	{Kind: EffectSQLWrite, Breaks: []string{"readOnlyHint"}, Verb: "runs SQL that changes data", Doc: "SQL that inserts, updates or changes schema"},
	{Kind: EffectSQLDelete, Breaks: []string{"readOnlyHint", "destructiveHint"}, Verb: "runs SQL that deletes data", Doc: "SQL that deletes rows or drops tables"},
	{Kind: EffectHTTPWrite, Breaks: []string{"readOnlyHint"}, Verb: "sends a request that changes a remote resource", Doc: "HTTP requests with PUT, PATCH or another method that changes a resource"},
	{Kind: EffectHTTPPost, Breaks: []string{"readOnlyHint"}, Verb: "sends a POST request", Doc: "HTTP POST requests", Ambiguous: true},
	{Kind: EffectHTTPDelete, Breaks: []string{"readOnlyHint", "destructiveHint"}, Verb: "sends an HTTP DELETE request", Doc: "HTTP DELETE requests"},
	{Kind: EffectSDKWrite, Breaks: []string{"readOnlyHint"}, Verb: "changes a remote resource", Doc: "API client calls that create or change something"},
	{Kind: EffectSDKDelete, Breaks: []string{"readOnlyHint", "destructiveHint"}, Verb: "deletes a remote resource", Doc: "API client calls that delete something"},
	{Kind: EffectFetch, Breaks: []string{"openWorldHint"}, Verb: "fetches a URL its arguments control", Doc: "outbound requests to URLs a tool argument controls",
		Sinks: []SinkKind{KindURL, KindBaseURL, KindHost}},
}

var effectIndex = func() map[EffectKind]*EffectInfo {
	m := map[EffectKind]*EffectInfo{}
	for i := range Effects {
		e := &Effects[i]
		if _, dup := m[e.Kind]; dup {
			panic("rule: effect kind listed twice: " + string(e.Kind))
		}
		if e.Verb == "" || e.Doc == "" || len(e.Breaks) == 0 {
			panic("rule: effect kind without verb, doc or hints: " + string(e.Kind))
		}
		for _, h := range e.Breaks {
			if _, ok := HintByName(h); !ok {
				panic(fmt.Sprintf("rule: effect kind %s names unknown hint %q", e.Kind, h))
			}
		}
		m[e.Kind] = e
	}
	return m
}()

// HintByName returns the hint named name.
func HintByName(name string) (Hint, bool) {
	for _, h := range AllHints {
		if h.Name == name {
			return h, true
		}
	}
	return Hint{}, false
}

// MustEffect returns the meaning of an effect kind; an unknown kind is a
// programmer error.
func MustEffect(k EffectKind) *EffectInfo {
	e, ok := effectIndex[k]
	if !ok {
		panic(fmt.Sprintf("rule: unknown effect kind %q", k))
	}
	return e
}

// BreaksHint reports whether effect kind k contradicts hint h's claim,
// wherever the effect is (see knowledge.Contradicts for the names that
// settle an ambiguous effect).
func BreaksHint(k EffectKind, h Hint) bool {
	for _, n := range MustEffect(k).Breaks {
		if n == h.Name {
			return true
		}
	}
	return false
}

// HintMessage renders an MCP015 finding: tool names the tool (`tool
// "delete_file"`, or "tool" when its name is unknown), call how the
// effect's call is named, via the helper it is reached through ("" when
// the handler makes the call itself).
func HintMessage(tool string, h Hint, k EffectKind, call, via string) string {
	e := MustEffect(k)
	claim := "false"
	if h.Claim {
		claim = "true"
	}
	if via != "" {
		call += " in " + via
	}
	return fmt.Sprintf("%s declares %s: %s, but its handler %s (%s): clients that trust the hint run it without asking the user",
		tool, h.Name, claim, e.Verb, call)
}
