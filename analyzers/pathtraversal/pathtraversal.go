// Package pathtraversal implements MCP003 (path-traversal) for Go: a tool argument reaching a filesystem path without a containment check.
// The flow analysis is the shared engine in analyzers/internal/taint; the
// sinks are listed in analyzers/internal/mcpapi.
package pathtraversal

import "github.com/mcpsec/mcplint/analyzers/internal/taintrule"

// Analyzer reports MCP003 findings.
var Analyzer = taintrule.New("MCP003")
