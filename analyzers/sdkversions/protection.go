package sdkversions

import (
	"strings"

	"github.com/Masterminds/semver/v3"
	pep440 "github.com/aquasecurity/go-pep440-version"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// Protection is the release from which an SDK validates the Host header of
// its HTTP transports by default (DNS-rebinding protection), and under
// which condition. MCP005 takes it from here: a transport that relies on
// the SDK's default is reported unless the version the project selects is
// Since or later. Each entry was read in the SDK's own source at the tag
// named; the table is repeated in the help of MCP005 and in the README.
type Protection struct {
	Ecosystem Ecosystem
	Package   string
	Transport string // what the default covers, for people
	Since     string // first release with the default
	Applies   string // the condition under which the default applies, for people
	OptOut    string // how code turns it off (always reported)
	// Source is text found in the package's own source exactly in the
	// releases with the default (the code that applies it). It decides
	// for a project that is the SDK itself, or uses it from its
	// workspace, when the workspace's version is computed at build time
	// (dynamic): that source is what such a project runs.
	Source string
}

// Protections is the version table of MCP005.
//
//   - go-sdk: v1.4.0 (commit 67bd3f2, PR #760) added to StreamableHTTPHandler
//     a check that rejects a request arriving on a loopback address whose
//     Host is not a loopback name; v1.6.0 (commit 15e93a2, PR #891) added
//     the same to SSEHandler. Both honour DisableLocalhostProtection and
//     MCPGODEBUG=disablelocalhostprotection=1. Origin verification
//     (CrossOriginProtection) was on by default only in v1.4.1-v1.5.0.
//   - mcp-go: v0.56.0 (commit 8602980, PR #921) added the same loopback
//     check (server/http_localhost.go) to SSEServer and
//     StreamableHTTPServer, off with WithDisableLocalhostProtection(true) /
//     WithSSEDisableLocalhostProtection(true).
//   - Python mcp: 1.23.0 (GHSA-9h52-p55h-vw2f) makes FastMCP give itself
//     TransportSecuritySettings allowing only 127.0.0.1/localhost/[::1]
//     Hosts and Origins when it is constructed for a loopback host (the
//     default, 127.0.0.1) without transport_security. The low-level
//     SseServerTransport and StreamableHTTPSessionManager validate nothing
//     without security_settings in any version.
//   - TypeScript @modelcontextprotocol/sdk: 1.24.0 (GHSA-w48q-cv73-mx4w,
//     commit 09623e2) added createMcpExpressApp(), which validates Host for
//     a loopback host (its default, 127.0.0.1) or explicit allowedHosts.
//     StreamableHTTPServerTransport and SSEServerTransport leave
//     enableDnsRebindingProtection false in every version, 2.x included.
var Protections = []Protection{
	{Go, "github.com/modelcontextprotocol/go-sdk", "StreamableHTTPHandler", "v1.4.0", "requests arriving on a loopback address",
		"StreamableHTTPOptions{DisableLocalhostProtection: true}", ""},
	{Go, "github.com/modelcontextprotocol/go-sdk", "SSEHandler", "v1.6.0", "requests arriving on a loopback address",
		"SSEOptions{DisableLocalhostProtection: true}", ""},
	{Go, "github.com/mark3labs/mcp-go", "SSEServer, StreamableHTTPServer", "v0.56.0", "requests arriving on a loopback address",
		"WithDisableLocalhostProtection(true), WithSSEDisableLocalhostProtection(true)", ""},
	{PyPI, "mcp", "FastMCP", "1.23.0", "a server constructed for a loopback host (the default) without transport_security",
		"TransportSecuritySettings(enable_dns_rebinding_protection=False)",
		// FastMCP (1.23.0 to 1.x) and MCPServer (2.x) turn the default on
		// with this test
		`host in ("127.0.0.1", "localhost", "::1")`},
	{NPM, "@modelcontextprotocol/sdk", "createMcpExpressApp()", "1.24.0", "a loopback host (the default) or allowedHosts",
		"createMcpExpressApp({ host: \"0.0.0.0\" }) without allowedHosts", ""},
}

// ProtectedSince returns the first release of pkg whose transport validates
// Host by default ("" when none does).
func ProtectedSince(eco Ecosystem, pkg, transport string) string {
	for _, p := range Protections {
		if p.Ecosystem == eco && p.Package == pkg && (transport == "" || p.Transport == transport) {
			return p.Since
		}
	}
	return ""
}

// Gate is the rule.Gate of a finding that holds unless the project selects
// a release of pkg that protects transport by default.
func Gate(eco Ecosystem, pkg, transport string) *rule.Gate {
	since := ProtectedSince(eco, pkg, transport)
	if since == "" {
		return nil
	}
	return &rule.Gate{Ecosystem: string(eco), Package: pkg, Since: since}
}

// tracked reports whether a package's version matters to mcplint: it has an
// advisory (MCP014) or a default that MCP005 depends on.
func tracked(eco Ecosystem, name string) bool {
	if len(advisoriesFor(eco, name)) > 0 {
		return true
	}
	for _, p := range Protections {
		if p.Ecosystem == eco && p.Package == name {
			return true
		}
	}
	return false
}

// Selection is the version (or range) of one tracked SDK that a manifest
// or lock file selects.
type Selection struct {
	Manifest  string // absolute path
	Line      int
	Ecosystem Ecosystem
	Package   string
	Spec      string // exact version, or the range a manifest allows
	Exact     bool
	Lock      bool // from a lock file (or go.mod): what is installed
}

// Selections reads what one manifest selects; unreadable input selects
// nothing.
func Selections(path string, data []byte) []Selection {
	deps, _ := parse(path, data)
	var out []Selection
	for _, d := range deps {
		pos, _ := position(path, data, d.off, d.n)
		out = append(out, Selection{Manifest: path, Line: pos.Line, Ecosystem: d.eco, Package: d.name, Spec: d.spec,
			Exact: d.exact, Lock: d.lock != "" || d.eco == Go})
	}
	return out
}

// AtLeast reports whether every version s allows is v or later. A range
// with no lower bound is not: what it installs is not known.
func (s Selection) AtLeast(v string) bool {
	if s.Exact {
		return validExact(s.Ecosystem, s.Spec) && !exactBelow(s.Ecosystem, s.Spec, v)
	}
	low, _, less := lowestAllowed(s.Ecosystem, s.Spec, v)
	return low != "" && low != "0.0.0" && !less(low, strings.TrimPrefix(v, "v"))
}

// validExact reports whether v is a version the ecosystem can compare.
func validExact(eco Ecosystem, v string) bool {
	switch eco {
	case PyPI:
		_, err := pep440.Parse(v)
		return err == nil
	case NPM:
		_, err := semver.StrictNewVersion(strings.TrimPrefix(strings.TrimSpace(v), "v"))
		return err == nil
	case Go:
		return validGo(v)
	}
	return false
}
