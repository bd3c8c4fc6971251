package knowledge

import (
	"path"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// sqlDeleteWords and sqlWriteWords are the SQL and Cypher keywords of
// statements that remove or change data; a statement holding none of them
// (SELECT, WITH ... SELECT, MATCH ... RETURN, SHOW, EXPLAIN) is a read. A
// procedure CALL is judged by the rest of the statement: most procedures
// (apoc.meta.schema, db.index.fulltext.queryNodes) read.
var (
	sqlDeleteWords = []string{"DELETE", "DROP", "TRUNCATE", "DETACH"}
	sqlWriteWords  = []string{"INSERT", "UPDATE", "UPSERT", "CREATE", "ALTER", "MERGE", "REPLACE", "GRANT", "REVOKE",
		"RENAME", "VACUUM", "REINDEX", "ATTACH", "COPY", "SET", "REMOVE"}
)

// SQLEffect classifies statement text known at the call: "" for a plain
// read (or text that is no statement at all). Keywords count as whole
// words outside quoted literals and comments, so `SELECT deleted_at` and
// `WHERE note = 'drop'` are reads.
func SQLEffect(text string) rule.EffectKind {
	words := sqlWords(text)
	if len(words) == 0 {
		return ""
	}
	first := words[0]
	if first == "SELECT" || first == "SHOW" || first == "EXPLAIN" || first == "DESCRIBE" || first == "PRAGMA" {
		// a read, unless a CTE or a second statement writes
		if !strings.Contains(text, ";") {
			return ""
		}
	}
	kind := rule.EffectKind("")
	for i, w := range words {
		if i > 0 && words[i-1] == "ON" || (w == "SET" && first != "UPDATE" && first != "MATCH" && first != "MERGE") {
			continue // ON DELETE CASCADE in a read; SET as a session option
		}
		if FlagIn(sqlDeleteWords, w) {
			return rule.EffectSQLDelete
		}
		if FlagIn(sqlWriteWords, w) && kind == "" {
			kind = rule.EffectSQLWrite
		}
	}
	if kind == "" && !isSQLStart(first) {
		return "" // not a statement: some other string
	}
	return kind
}

func isSQLStart(w string) bool {
	return FlagIn([]string{"SELECT", "WITH", "MATCH", "OPTIONAL", "RETURN", "UNWIND", "SHOW", "EXPLAIN", "DESCRIBE"}, w)
}

// sqlWords are the upper-cased words of text outside quotes and comments.
func sqlWords(text string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, strings.ToUpper(b.String()))
			b.Reset()
		}
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '\'' || c == '"' || c == '`':
			flush()
			j := strings.IndexByte(text[i+1:], c)
			if j < 0 {
				return out
			}
			i += j + 1
		case c == '-' && i+1 < len(text) && text[i+1] == '-':
			flush()
			j := strings.IndexByte(text[i:], '\n')
			if j < 0 {
				return out
			}
			i += j
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			b.WriteByte(c)
		default:
			flush()
		}
	}
	flush()
	return out
}

// MethodEffect classifies an HTTP method known at the call: "" for GET,
// HEAD and OPTIONS, which read.
func MethodEffect(method string) rule.EffectKind {
	switch strings.ToUpper(strings.TrimSpace(method)) {
	case "", "GET", "HEAD", "OPTIONS":
		return ""
	case "DELETE":
		return rule.EffectHTTPDelete
	case "POST":
		return rule.EffectHTTPPost
	}
	return rule.EffectHTTPWrite
}

// WriteOpenMode reports whether a file open mode writes: Python's "w",
// "a", "x", "+" and Node's flags ("w", "a+", "r+").
func WriteOpenMode(mode string) bool {
	return strings.ContainsAny(mode, "wax+")
}

// SDKVerbEffect classifies a method name of a known API client (go-github,
// octokit, boto3 and other generated clients) by its leading verb: "" for
// reads (Get, List, Search). The verb must be a whole word: CreateIssue,
// create_issue and createIssue start with "create", Address does not
// start with "add".
func SDKVerbEffect(name string) rule.EffectKind {
	name = strings.TrimLeft(name, "_")
	for _, v := range sdkDeleteVerbs {
		if hasVerb(name, v) {
			return rule.EffectSDKDelete
		}
	}
	for _, v := range sdkWriteVerbs {
		if hasVerb(name, v) {
			return rule.EffectSDKWrite
		}
	}
	return ""
}

var (
	sdkDeleteVerbs = []string{"delete", "remove", "destroy", "purge", "drop", "terminate"}
	sdkWriteVerbs  = []string{"create", "update", "edit", "add", "put", "post", "patch", "insert", "upsert", "merge", "replace",
		"set", "lock", "unlock", "transfer", "dismiss", "enable", "disable", "rerun", "cancel", "trigger", "dispatch",
		"submit", "star", "unstar", "mutate", "upload", "archive", "unarchive", "apply", "restore", "move", "copy", "start", "stop",
		"reboot", "invoke", "publish", "send", "write"}
)

// hasVerb reports whether name starts with verb (any case) followed by
// the end of the name, "_", a digit or an upper-case letter.
func hasVerb(name, verb string) bool {
	if len(name) < len(verb) || !strings.EqualFold(name[:len(verb)], verb) {
		return false
	}
	if len(name) == len(verb) {
		return true
	}
	c := name[len(verb)]
	return c == '_' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// readEndpoints are the words of the last path segments of HTTP endpoints
// that take a query in a POST body and only read: Grafana /api/ds/query,
// Prometheus /api/v1/query_range, VictoriaLogs /select/logsql/stats_query,
// Elasticsearch /_search and /_msearch.
// An OAuth token endpoint (/oauth/token) takes credentials in a POST body
// and changes nothing the user owns.
var readEndpoints = []string{"query", "search", "msearch", "count", "token"}

// logWords name code that writes logs: an effect in a function or file
// named with one of them (writeLogs, logger.ts, log_to_file) is the
// server's own bookkeeping, not something the tool does to the user's
// environment.
var logWords = []string{"log", "logs", "logger", "logging"}

// readVerbs are the words that name a tool or function that reads: a
// name holding one of them and no write or delete verb (sdkWriteVerbs,
// sdkDeleteVerbs) says it reads: list_apps, ui_describe_all,
// query_elasticsearch, getRipgrepPath.
var readVerbs = []string{"get", "list", "read", "search", "query", "find", "describe", "show", "view", "fetch", "lookup",
	"inspect", "count", "explain", "preview", "resolve", "suggest", "browse", "peek", "stat", "locate", "detect", "parse", "analyze"}

// ReadName reports whether a tool or function name says it reads: one of
// its words (split at case changes, "_", "-", "." and spaces) is a read
// verb and none is a write or delete verb (start_search, getOrCreate and
// fetchAndUpdate do not read by their names).
func ReadName(name string) bool {
	read := false
	for _, w := range nameWords(name) {
		switch {
		case FlagIn(sdkWriteVerbs, w) || FlagIn(sdkDeleteVerbs, w):
			return false
		case FlagIn(readVerbs, w):
			read = true
		}
	}
	return read
}

// Contradicts reports whether an effect of kind k breaks hint h's claim
// for a tool named tool, made in a function named fn (either may be ""):
// an ambiguous effect (rule.EffectInfo.Ambiguous) in a tool or function
// whose name says it reads is taken as the read the name says it is.
func Contradicts(k rule.EffectKind, h rule.Hint, tool, fn string) bool {
	if !rule.BreaksHint(k, h) {
		return false
	}
	return !rule.MustEffect(k).Ambiguous || !ReadName(tool) && !ReadName(fn)
}

// nameWords splits a name at case changes, "_", "-", "." and spaces, in
// lower case.
func nameWords(name string) []string {
	var words []string
	start := 0
	for i := 1; i <= len(name); i++ {
		if i == len(name) || strings.IndexByte("_-. ", name[i]) >= 0 || name[i] >= 'A' && name[i] <= 'Z' && name[i-1] >= 'a' && name[i-1] <= 'z' {
			if w := strings.ToLower(strings.Trim(name[start:i], "_-. ")); w != "" {
				words = append(words, w)
			}
			start = i
		}
	}
	return words
}

// LogName reports whether a function or file name names logging code: one
// of its words (split at case changes, "_", "-" and ".") is a log word.
func LogName(name string) bool {
	for _, w := range nameWords(name) {
		if FlagIn(logWords, w) {
			return true
		}
	}
	return false
}

// ReadEndpoint reports whether URL text (a constant part of a request's
// URL) ends in an endpoint that only reads, whatever the method: a word of
// its last path segment is one of readEndpoints (query_range, _msearch,
// stats_query).
func ReadEndpoint(text string) bool {
	if i := strings.IndexAny(text, "?#"); i >= 0 {
		text = text[:i]
	}
	text = strings.TrimSuffix(text, "/")
	seg := text[strings.LastIndexByte(text, '/')+1:]
	for _, w := range nameWords(seg) {
		if FlagIn(readEndpoints, w) {
			return true
		}
	}
	return false
}

// queryCommands are command lines (argv prefixes) that only read, whatever
// follows: a read-only tool may run them. A program not listed, or a
// command line with shell operators, is a process execution effect.
var queryCommands = []string{"ps", "pgrep", "tasklist", "ls", "dir", "pwd", "which", "where", "whoami", "id", "uname", "hostname", "date",
	"df", "du", "stat", "file", "wc", "cat", "head", "tail", "grep", "rg", "uptime", "free", "sw_vers", "lsof", "netstat",
	"env", "printenv", "mdfind", "mdls", "system_profiler", "defaults read",
	"git status", "git log", "git diff", "git show", "git rev-parse", "git ls-files", "git ls-tree", "git blame", "git describe",
	"git cat-file", "git grep", "git shortlog", "git reflog show",
	"kubectl get", "kubectl describe", "kubectl logs", "kubectl top", "kubectl explain", "kubectl version", "kubectl api-resources",
	"docker ps", "docker images", "docker inspect", "docker logs", "docker version", "docker info",
	"xcrun simctl list", "xcrun simctl listapps", "xcrun simctl appinfo", "xcrun simctl getenv", "xcrun simctl get_app_container",
	"xcrun --find", "xcode-select -p",
	"idb list-targets", "idb list-apps", "idb describe", "idb ui describe-all", "idb ui describe-point",
	"plutil -p", "plutil -lint", "plutil -convert json -o -",
	"npm ls", "npm view", "pip show", "pip list"}

// queryOptions are options that make any command line of a program one
// that only reads, wherever they stand: ssh -N forwards ports and runs no
// remote command.
var queryOptions = map[string][]string{"ssh": {"-N"}}

// QueryCommand reports whether a command line only reads: it starts with
// one of queryCommands, or holds one of its program's queryOptions. argv
// is the program and its arguments, "" for an argument not known.
func QueryCommand(argv []string) bool {
	if len(argv) == 0 || argv[0] == "" {
		return false
	}
	prog := strings.ToLower(path.Base(strings.ReplaceAll(argv[0], `\`, "/")))
	prog = strings.TrimSuffix(prog, ".exe")
	for _, o := range queryOptions[prog] {
		if FlagIn(argv[1:], o) {
			return true
		}
	}
	for _, q := range queryCommands {
		words := strings.Fields(q)
		if words[0] != prog || len(argv) < len(words) {
			continue
		}
		ok := true
		for i, w := range words[1:] {
			if argv[i+1] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// CommandWords splits a command line with no shell operators into words;
// ok is false when the line has any (a pipe or a second command may write).
func CommandWords(line string) ([]string, bool) {
	if strings.ContainsAny(line, ";|&<>`$()\n") {
		return nil, false
	}
	return strings.Fields(line), true
}
