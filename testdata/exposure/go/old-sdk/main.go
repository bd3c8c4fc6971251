// Command old-sdk: the loopback-default server on go-sdk v1.3.0, which
// validates no Host. MCP005 reports the transport and names the upgrade;
// MCP014 reports go.mod at high severity, since the project serves the
// affected HTTP transport.
package main

import (
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "notes", Version: "0.1.0"}, nil)
	h := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, nil)
	http.ListenAndServe("127.0.0.1:8080", h)
}
