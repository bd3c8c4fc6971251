// Package cmdinjection implements MCP002 (command-injection) for Go: a tool argument reaching shell or process execution.
// The flow analysis is the shared engine in analyzers/internal/taint; the
// sinks are listed in analyzers/internal/mcpapi.
package cmdinjection

import "github.com/mcpsec/mcplint/analyzers/internal/taintrule"

// Analyzer reports MCP002 findings.
var Analyzer = taintrule.New("MCP002")
