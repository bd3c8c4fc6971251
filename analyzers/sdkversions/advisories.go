package sdkversions

// Ecosystem names a package registry whose version and range syntax a
// manifest uses.
type Ecosystem string

// The ecosystems mcplint reads manifests for.
const (
	PyPI Ecosystem = "pypi" // PEP 440 versions and specifiers
	NPM  Ecosystem = "npm"  // node-semver versions and ranges
	Go   Ecosystem = "go"   // Go module versions (semver with a v prefix)
)

// Advisory is one known flaw in an MCP SDK, as published. The table is data:
// adding an advisory needs no code, only a new entry with its sources.
type Advisory struct {
	ID        string    // CVE identifier, shown in messages
	GHSA      string    // GitHub security advisory identifier
	Ecosystem Ecosystem // registry of the package
	Package   string    // package or module name as the registry spells it (PyPI names normalised, PEP 503)
	Affected  string    // affected range in the ecosystem's syntax, for people: "<1.23.0"
	Fixed     string    // first fixed version in the ecosystem's syntax; versions below it are affected
	Flaw      string    // what is wrong, lower case, for messages
	URL       string    // the advisory
}

// Advisories is every SDK flaw MCP014 reports. All three are the same
// transport flaw: HTTP transports shipped with DNS-rebinding protection
// (Host/Origin validation) off by default, so a web page the user visits can
// drive a local server through the browser.
//
// Sources:
//   - Python: GHSA-9h52-p55h-vw2f / CVE-2025-66416, mcp < 1.23.0, fixed in 1.23.0
//     (https://github.com/modelcontextprotocol/python-sdk/security/advisories/GHSA-9h52-p55h-vw2f).
//   - TypeScript: GHSA-w48q-cv73-mx4w / CVE-2025-66414, @modelcontextprotocol/sdk < 1.24.0,
//     fixed in 1.24.0 (https://github.com/modelcontextprotocol/typescript-sdk/security/advisories/GHSA-w48q-cv73-mx4w).
//   - Go: GHSA-xw59-hvm2-8pj6 / CVE-2026-34742, github.com/modelcontextprotocol/go-sdk
//     >= 0, < 1.4.0; v1.4.0 (go-sdk PR #760, commit 67bd3f2e) turned localhost
//     DNS-rebinding protection on by default, with DisableLocalhostProtection
//     as the opt-out (go-sdk docs/mcpgodebug.md, "1.4.0").
var Advisories = []Advisory{
	{
		ID: "CVE-2025-66416", GHSA: "GHSA-9h52-p55h-vw2f", Ecosystem: PyPI, Package: "mcp",
		Affected: "<1.23.0", Fixed: "1.23.0", Flaw: "DNS-rebinding protection off by default",
		URL: "https://github.com/modelcontextprotocol/python-sdk/security/advisories/GHSA-9h52-p55h-vw2f",
	},
	{
		ID: "CVE-2025-66414", GHSA: "GHSA-w48q-cv73-mx4w", Ecosystem: NPM, Package: "@modelcontextprotocol/sdk",
		Affected: "<1.24.0", Fixed: "1.24.0", Flaw: "DNS-rebinding protection off by default",
		URL: "https://github.com/modelcontextprotocol/typescript-sdk/security/advisories/GHSA-w48q-cv73-mx4w",
	},
	{
		ID: "CVE-2026-34742", GHSA: "GHSA-xw59-hvm2-8pj6", Ecosystem: Go, Package: "github.com/modelcontextprotocol/go-sdk",
		Affected: "<v1.4.0", Fixed: "v1.4.0", Flaw: "DNS-rebinding protection off by default",
		URL: "https://github.com/modelcontextprotocol/go-sdk/security/advisories/GHSA-xw59-hvm2-8pj6",
	},
}

// advisoriesFor returns the advisories about one package.
func advisoriesFor(eco Ecosystem, name string) []Advisory {
	var out []Advisory
	for _, a := range Advisories {
		if a.Ecosystem == eco && a.Package == name {
			out = append(out, a)
		}
	}
	return out
}
