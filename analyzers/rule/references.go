package rule

// Link is a page to read beyond the CWE entry.
type Link struct{ Title, URL string }

var (
	mcpSecurity   = Link{"MCP specification: Security Best Practices", "https://modelcontextprotocol.io/specification/draft/basic/security_best_practices"}
	mcpTransports = Link{"MCP specification: Transports, security warning", "https://modelcontextprotocol.io/specification/2025-06-18/basic/transports#security-warning"}
	mcpAuth       = Link{"MCP specification: Authorization", "https://modelcontextprotocol.io/specification/2025-06-18/basic/authorization"}
)

// references are reading beyond the CWE entry, per rule.
var references = map[string][]Link{
	"MCP001": {mcpTransports, mcpSecurity},
	"MCP002": {
		{"OWASP: OS Command Injection Defense Cheat Sheet", "https://cheatsheetseries.owasp.org/cheatsheets/OS_Command_Injection_Defense_Cheat_Sheet.html"},
		{"Python: subprocess security considerations", "https://docs.python.org/3/library/subprocess.html#security-considerations"},
		mcpSecurity,
	},
	"MCP003": {
		{"OWASP: Path Traversal", "https://owasp.org/www-community/attacks/Path_Traversal"},
		{"Go: os.Root, traversal-resistant file APIs", "https://go.dev/blog/osroot"},
		mcpSecurity,
	},
	"MCP004": {mcpAuth, mcpTransports, mcpSecurity},
	"MCP005": {mcpTransports, mcpSecurity},
	"MCP006": {
		{"OWASP: Server-Side Request Forgery Prevention Cheat Sheet", "https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html"},
		mcpSecurity,
	},
	"MCP007": {
		{"OWASP: Code Injection", "https://owasp.org/www-community/attacks/Code_Injection"},
		mcpSecurity,
	},
	"MCP008": {
		{"OWASP: SQL Injection Prevention Cheat Sheet", "https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html"},
		mcpSecurity,
	},
}
