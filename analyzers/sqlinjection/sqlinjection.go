// Package sqlinjection implements MCP008 (sql-injection) for Go: a tool argument built into SQL text.
// The flow analysis is the shared engine in analyzers/internal/taint; the
// sinks are listed in analyzers/internal/mcpapi.
package sqlinjection

import "github.com/mcpsec/mcplint/analyzers/internal/taintrule"

// Analyzer reports MCP008 findings.
var Analyzer = taintrule.New("MCP008")
