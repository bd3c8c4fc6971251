// Package codeexec implements MCP007 (code-exec) for Go: a tool argument reaching an interpreter, eval or plugin loading.
// The flow analysis is the shared engine in analyzers/internal/taint; the
// sinks are listed in analyzers/internal/mcpapi.
package codeexec

import "github.com/mcpsec/mcplint/analyzers/internal/taintrule"

// Analyzer reports MCP007 findings.
var Analyzer = taintrule.New("MCP007")
