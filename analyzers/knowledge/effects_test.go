package knowledge

import (
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

func TestSQLEffect(t *testing.T) {
	for text, want := range map[string]rule.EffectKind{
		"SELECT * FROM t":                                "",
		"select deleted_at, created from t":              "",
		"SELECT * FROM t WHERE note = 'drop table'":      "",
		"SELECT 1 -- DELETE FROM t":                      "",
		"WITH x AS (SELECT 1) SELECT * FROM x":           "",
		"MATCH (n) RETURN n":                             "",
		"DELETE FROM t WHERE id = ?":                     rule.EffectSQLDelete,
		"drop table t":                                   rule.EffectSQLDelete,
		"INSERT INTO t VALUES (1)":                       rule.EffectSQLWrite,
		"UPDATE t SET a = 1":                             rule.EffectSQLWrite,
		"WITH d AS (DELETE FROM t RETURNING *) SELECT 1": rule.EffectSQLDelete,
		"MATCH (n) DETACH DELETE n":                      rule.EffectSQLDelete,
		"MERGE (n:Person {name: $name})":                 rule.EffectSQLWrite,
		"SELECT 1; DROP TABLE t":                         rule.EffectSQLDelete,
		"hello world":                                    "",
		"":                                               "",
	} {
		if got := SQLEffect(text); got != want {
			t.Errorf("SQLEffect(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestQueryCommand(t *testing.T) {
	for line, want := range map[string]bool{"ps aux": true, "git status --short": true, "/usr/bin/git log -1": true,
		"git commit -m x": false, "rm -rf /": false, "kubectl delete pod x": false, "xcrun simctl list devices": true, "xcrun simctl boot x": false,
		"idb ui describe-all --json": true, "idb install x.app": false, "ssh -i key -N -L 1:h:2 host": true, "ssh host reboot": false,
		"plutil -convert json -o - -- -": true, "plutil -convert json x.plist": false} {
		w, _ := CommandWords(line)
		if got := QueryCommand(w); got != want {
			t.Errorf("QueryCommand(%q) = %v, want %v", line, got, want)
		}
	}
	if _, ok := CommandWords("ps aux | tee /tmp/x"); ok {
		t.Error("a pipe is no plain command line")
	}
}

func TestLogName(t *testing.T) {
	for name, want := range map[string]bool{"writeLogs": true, "logger.ts": true, "log_to_file": true, "Logger": true,
		"catalog": false, "login": false, "dialog.py": false, "blogPost": false, "saveNote": false} {
		if got := LogName(name); got != want {
			t.Errorf("LogName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestMethodAndVerbs(t *testing.T) {
	for m, want := range map[string]rule.EffectKind{"GET": "", "head": "", "POST": rule.EffectHTTPPost, "put": rule.EffectHTTPWrite, "DELETE": rule.EffectHTTPDelete} {
		if got := MethodEffect(m); got != want {
			t.Errorf("MethodEffect(%q) = %q, want %q", m, got, want)
		}
	}
	for name, want := range map[string]rule.EffectKind{
		"Get": "", "ListIssues": "", "Address": "", "Settings": "", "CreateIssue": rule.EffectSDKWrite, "create_issue": rule.EffectSDKWrite,
		"Edit": rule.EffectSDKWrite, "DeleteLabel": rule.EffectSDKDelete, "delete_object": rule.EffectSDKDelete, "RemoveAssignees": rule.EffectSDKDelete,
	} {
		if got := SDKVerbEffect(name); got != want {
			t.Errorf("SDKVerbEffect(%q) = %q, want %q", name, got, want)
		}
	}
	for url, want := range map[string]bool{"/api/ds/query": true, "/_msearch?x=1": true, "/api/short-urls": false, "": false, "/search/": true,
		"/select/logsql/stats_query": true, "/api/v1/query_range": true, "/api/counters/bump": false, "/items/querystring": false} {
		if got := ReadEndpoint(url); got != want {
			t.Errorf("ReadEndpoint(%q) = %v, want %v", url, got, want)
		}
	}
}

func TestReadName(t *testing.T) {
	for name, want := range map[string]bool{"list_apps": true, "ui_describe_all": true, "query_elasticsearch": true, "getRipgrepPath": true,
		"firecrawl_search": true, "read_file": true, "start_search": false, "getOrCreateUser": false, "sync_items": false, "install": false,
		"post_message": false, "": false, "delete_file": false} {
		if got := ReadName(name); got != want {
			t.Errorf("ReadName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestContradicts(t *testing.T) {
	cases := []struct {
		kind     rule.EffectKind
		tool, fn string
		want     bool
	}{
		{rule.EffectHTTPPost, "sync_items", "doRequest", true},
		{rule.EffectHTTPPost, "query_logs", "doRequest", false}, // a query sent by POST
		{rule.EffectExec, "list_apps", "run", false},            // a read-named tool's process
		{rule.EffectModify, "start_search", "getToolPath", false},
		{rule.EffectHTTPWrite, "get_item", "", true}, // PUT writes whatever the name
		{rule.EffectDelete, "list_files", "listFiles", true},
		{rule.EffectFetch, "list_pages", "", false}, // breaks only openWorldHint
	}
	for _, c := range cases {
		if got := Contradicts(c.kind, rule.HintReadOnly, c.tool, c.fn); got != c.want {
			t.Errorf("Contradicts(%s, readOnlyHint, %q, %q) = %v, want %v", c.kind, c.tool, c.fn, got, c.want)
		}
	}
}
