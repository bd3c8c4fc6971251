package rule

import (
	"embed"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// Rule is the metadata of one check. The catalog below is the only place a
// rule's ID, name, title, CWE, severity, tags, languages and help live; SARIF
// descriptors, -list-rules, -explain and the docs are generated from it.
type Rule struct {
	ID       string   // stable forever, never reused: MCP001
	Name     string   // kebab-case, differs from ID (GitHub shows it)
	Title    string   // one line, sentence case, no final period
	Summary  string   // two or three sentences: what it flags and why it matters for MCP
	Message  string   // the shape of the message, for docs: `tool argument "cmd" reaches ...`
	CWE      int      // primary CWE
	Severity Severity // default severity
	Tags     []string // extra tags besides "security" and the CWE tag
	// Languages lists the languages whose engine implements the rule today.
	// Empty means no engine implements it yet, and -list-rules says so.
	Languages []Language
	Precision string // SARIF precision: very-high, high, medium, low
	Help      string // markdown, from help/<ID>.md
	// References are reading beyond the CWE entry (rule pages, SARIF help).
	References []Link
	// Score says how a finding counts in the security score (docs/score.md):
	// an exposure or a dangerous capability with its penalty; a rule with
	// neither is hygiene, weighed by severity.
	Score Score
}

// Score categories.
const (
	ScoreExposure   = "exposure"
	ScoreCapability = "capability"
	ScoreHygiene    = "hygiene"
)

// Score is a rule's place in the security score.
type Score struct {
	Category string  // ScoreExposure or ScoreCapability; "" is hygiene
	Weight   float64 // penalty of a finding (capabilities: before the reachability multiplier)
}

// Implemented reports whether some engine implements the rule.
func (r *Rule) Implemented() bool { return len(r.Languages) > 0 }

// Supports reports whether the rule is implemented for lang.
func (r *Rule) Supports(lang Language) bool {
	for _, l := range r.Languages {
		if l == lang {
			return true
		}
	}
	return false
}

// AllTags returns the SARIF tags: security, the CWE tag, then Tags.
func (r *Rule) AllTags() []string {
	tags := []string{"security", fmt.Sprintf("external/cwe/cwe-%d", r.CWE)}
	return append(tags, r.Tags...)
}

//go:embed help/*.md
var helpFS embed.FS

// Rules is the catalog, in ID order.
var Rules = []*Rule{
	{
		ID: "MCP001", Name: "bind-all-interfaces", Title: "Network listener bound to all interfaces",
		Summary: "An MCP transport or another HTTP server in an MCP server listens on every network interface (0.0.0.0, ::, an empty host or a bare port). " +
			"Anyone on the same network (the café Wi-Fi, the office LAN, a container network) can reach the tools (\"NeighborJack\"); bind to 127.0.0.1 unless the server is meant to be remote and is authenticated.",
		Message: `MCP server listens on all interfaces ("0.0.0.0:8080"): anyone on the network can call its tools; bind to 127.0.0.1`,
		CWE:     1327, Severity: High, Tags: []string{"mcp", "network"},
		Languages: []Language{Go, Python, TypeScript}, Precision: "high", Score: Score{ScoreExposure, 15},
	},
	{
		ID: "MCP002", Name: "command-injection", Title: "Tool argument reaches shell or process execution",
		Summary: "A tool, resource or prompt argument, which a prompt injection can choose, reaches a shell command or the program name of a new process. " +
			"That is remote code execution on the machine running the MCP server.",
		Message: `tool argument "cmd" reaches subprocess.run with shell=True`,
		CWE:     78, Severity: Critical, Tags: []string{"mcp", "taint"}, Languages: []Language{Go, Python, TypeScript}, Precision: "high", Score: Score{ScoreCapability, 30},
	},
	{
		ID: "MCP003", Name: "path-traversal", Title: "Tool argument reaches a filesystem path without a containment check",
		Summary: "A tool argument is used as a file path without a real containment check (resolve, then compare against the allowed root with a separator). " +
			"A prompt injection can then read secrets such as ~/.ssh/id_rsa or overwrite files outside the intended directory.",
		Message: `tool argument "path" reaches open without a containment check`,
		CWE:     22, Severity: High, Tags: []string{"mcp", "taint"}, Languages: []Language{Go, Python, TypeScript}, Precision: "high", Score: Score{ScoreCapability, 18},
	},
	{
		ID: "MCP004", Name: "missing-auth", Title: "HTTP MCP transport served without authentication",
		Summary: "An HTTP, SSE or streamable-HTTP MCP transport is served with nothing that authenticates the caller. " +
			"Every client that can reach the port can list and call the tools.",
		Message: `streamable HTTP MCP transport is served without authentication`,
		CWE:     306, Severity: High, Tags: []string{"mcp", "network"}, Languages: []Language{Go, Python, TypeScript}, Precision: "medium", Score: Score{ScoreExposure, 15},
	},
	{
		ID: "MCP005", Name: "missing-origin-check", Title: "HTTP MCP transport without Origin or Host validation",
		Summary: "An HTTP MCP transport has DNS-rebinding protection turned off or never validates the Origin or Host header. " +
			"A web page the user visits can then drive a server bound to localhost through the browser.",
		Message: `DNS-rebinding protection is disabled for the MCP transport`,
		CWE:     346, Severity: Medium, Tags: []string{"mcp", "network"}, Languages: []Language{Go, Python, TypeScript}, Precision: "medium", Score: Score{ScoreExposure, 8},
	},
	{
		ID: "MCP006", Name: "ssrf", Title: "Tool argument controls the URL of an outbound request",
		Summary: "A tool argument controls the scheme or host of an outbound HTTP request. " +
			"A prompt injection can make the server fetch cloud metadata endpoints or internal services and hand the response back to the model.",
		Message: `tool argument "url" controls the URL passed to requests.get`,
		CWE:     918, Severity: High, Tags: []string{"mcp", "taint"}, Languages: []Language{Go, Python, TypeScript}, Precision: "high", Score: Score{ScoreCapability, 14},
	},
	{
		ID: "MCP007", Name: "code-exec", Title: "Tool argument reaches dynamic code execution",
		Summary: "A tool argument reaches eval, exec, a dynamic import, an unsafe deserializer or a code string run by an interpreter. " +
			"That runs attacker-chosen code inside the MCP server.",
		Message: `tool argument "expression" reaches eval`,
		CWE:     94, Severity: Critical, Tags: []string{"mcp", "taint"}, Languages: []Language{Go, Python, TypeScript}, Precision: "high", Score: Score{ScoreCapability, 30},
	},
	{
		ID: "MCP008", Name: "sql-injection", Title: "Tool argument is built into SQL text",
		Summary: "A tool argument is concatenated or formatted into the text of an SQL statement instead of being passed as a parameter. " +
			"A prompt injection can then read or change any data the server's database user can.",
		Message: `tool argument "name" is built into SQL text passed to cursor.execute`,
		CWE:     89, Severity: High, Tags: []string{"mcp", "taint"}, Languages: []Language{Go, Python, TypeScript}, Precision: "high", Score: Score{ScoreCapability, 14},
	},
	{
		ID: "MCP009", Name: "tool-poisoning", Title: "Hidden instructions in a tool, prompt or resource description",
		Summary: "A description the model reads contains invisible or bidirectional Unicode, instructions addressed to the model (ignore other instructions, keep something from the user, call another tool first), markup that hides text, or references to secrets such as ~/.ssh or MCP client config files. " +
			"The user approves a tool by its name while the model obeys the whole description, so a poisoned description turns the server into an exfiltration channel.",
		Message: `tool description tells the model to keep something from the user ("do not mention this to the user")`,
		CWE:     1427, Severity: High, Tags: []string{"mcp", "prompt-injection"},
		Languages: []Language{Go, Python, TypeScript}, Precision: "medium",
	},
	{
		ID: "MCP010", Name: "token-audience", Title: "Bearer token accepted without checking its audience",
		Summary: "A server that authenticates MCP requests parses or verifies a bearer token without checking that it was issued for this server (the aud claim). " +
			"The MCP authorization specification requires the audience check: without it, any token from the same issuer, minted for another service, opens this server.",
		Message: `jwt.Parse accepts tokens issued for any audience: pass jwt.WithAudience(...) so that only tokens for this server are accepted`,
		CWE:     287, Severity: High, Tags: []string{"mcp", "authentication"},
		Languages: []Language{Go, Python, TypeScript}, Precision: "high",
	},
	{
		ID: "MCP011", Name: "token-passthrough", Title: "Client's bearer token forwarded to another service",
		Summary: "The token or Authorization header a client sent to this server is put on an outbound request. " +
			"The MCP specification forbids token passthrough: the downstream service cannot tell which client acts, the server's own controls (rate limits, audit, audience) are bypassed, and a stolen token reaches further.",
		Message: `the Authorization header of the incoming request reaches the Authorization header of an outbound request: exchange it for a token issued to this server`,
		CWE:     441, Severity: High, Tags: []string{"mcp", "authentication"},
		Languages: []Language{Go, Python, TypeScript}, Precision: "high",
	},
	{
		ID: "MCP012", Name: "stdio-stdout", Title: "Stdio server writes to stdout",
		Summary: "A server that speaks MCP over stdio writes something other than protocol messages to stdout (a print, a logger set to stdout). " +
			"Stdout is the protocol stream: stray output breaks the client's JSON-RPC parsing, and output that looks like a message can forge one.",
		Message: `fmt.Println writes to stdout in an MCP handler, and stdout carries the stdio MCP transport: write to os.Stderr`,
		CWE:     116, Severity: Medium, Tags: []string{"mcp", "reliability"},
		Languages: []Language{Go, Python, TypeScript}, Precision: "high",
	},
	{
		ID: "MCP013", Name: "weak-session-id", Title: "Session ID from a predictable source",
		Summary: "An MCP session ID is generated from a non-cryptographic source: math/rand, the clock or a counter. " +
			"The session ID identifies the client on the streamable HTTP transport; one that can be guessed lets an attacker inject into or hijack another client's session.",
		Message: `session ID generator returns a value from math/rand: use crypto/rand (rand.Text) or leave the SDK's default`,
		CWE:     330, Severity: High, Tags: []string{"mcp", "session"},
		Languages: []Language{Go, TypeScript}, Precision: "high",
	},
	{
		ID: "MCP014", Name: "vulnerable-sdk", Title: "Manifest selects an MCP SDK version with a known transport flaw",
		Summary: "A manifest or lock file selects a version of an official MCP SDK with a published transport flaw: Python mcp below 1.23.0, TypeScript @modelcontextprotocol/sdk below 1.24.0, Go go-sdk below v1.4.0, all shipped DNS-rebinding protection off by default. " +
			"A web page the user visits can then drive a local HTTP MCP server through the browser; upgrading turns the protection on without a code change.",
		Message: `"mcp>=1.10" allows versions below 1.23.0 (CVE-2025-66416: DNS-rebinding protection off by default); require mcp>=1.23.0`,
		CWE:     1395, Severity: High, Tags: []string{"mcp", "dependency"},
		Languages: []Language{Go, Python, TypeScript}, Precision: "very-high",
	},
	{
		ID: "MCP015", Name: "misleading-tool-annotations", Title: "Tool annotations contradict what the handler does",
		Summary: "A tool declares readOnlyHint: true while its handler writes or deletes files, runs a process, changes data with SQL or sends a mutating request; declares destructiveHint: false while it deletes or overwrites; or declares openWorldHint: false while it fetches a URL its arguments control. " +
			"MCP clients decide from these hints whether to ask the user before a call (read-only tools are auto-approved by team policies and allowed in ask-only modes), so a wrong hint hands the model a destructive action without the user's consent.",
		Message: `tool "cleanup" declares readOnlyHint: true, but its handler deletes files (os.RemoveAll): clients that trust the hint run it without asking the user`,
		CWE:     451, Severity: High, Tags: []string{"mcp", "consent"},
		Languages: []Language{Go, Python, TypeScript}, Precision: "high",
	},
}

var byID = map[string]*Rule{}

// ByID looks a rule up by its ID (MCP001).
func ByID(id string) (*Rule, bool) {
	r, ok := byID[id]
	return r, ok
}

// Index returns the rule's position in Rules (SARIF ruleIndex), or -1.
func Index(id string) int {
	for i, r := range Rules {
		if r.ID == id {
			return i
		}
	}
	return -1
}

var namePattern = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// init checks the catalog. A bad entry is a programmer error: panic so that
// every test catches it.
func init() {
	names := map[string]bool{}
	for i, r := range Rules {
		switch {
		case !ruleIDPattern.MatchString(r.ID):
			panic("rule: malformed ID " + r.ID)
		case i > 0 && Rules[i-1].ID >= r.ID:
			panic("rule: catalog not sorted by ID at " + r.ID)
		case !namePattern.MatchString(r.Name) || names[r.Name]:
			panic("rule: bad or duplicate name " + r.Name)
		case r.Title == "" || strings.HasSuffix(r.Title, "."), r.Summary == "", r.Message == "":
			panic("rule: missing title, summary or message for " + r.ID)
		case r.CWE <= 0 || r.Severity < Low || r.Severity > Critical:
			panic("rule: bad CWE or severity for " + r.ID)
		case r.Precision == "":
			panic("rule: missing precision for " + r.ID)
		}
		names[r.Name] = true
		help, err := helpFS.ReadFile("help/" + r.ID + ".md")
		if err != nil {
			panic("rule: no help/" + r.ID + ".md")
		}
		r.Help = string(help)
		byID[r.ID] = r
		r.References = references[r.ID]
	}
}

// IDs returns every rule ID in order.
func IDs() []string {
	ids := make([]string, len(Rules))
	for i, r := range Rules {
		ids[i] = r.ID
	}
	sort.Strings(ids)
	return ids
}
