// Package ssrf implements MCP006 (ssrf) for Go: a tool argument controlling the URL of an outbound request.
// The flow analysis is the shared engine in analyzers/internal/taint; the
// sinks are listed in analyzers/internal/mcpapi.
package ssrf

import "github.com/mcpsec/mcplint/analyzers/internal/taintrule"

// Analyzer reports MCP006 findings.
var Analyzer = taintrule.New("MCP006")
