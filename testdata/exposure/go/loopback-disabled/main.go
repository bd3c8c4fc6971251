// Command loopback-disabled: the loopback-default server with the SDK's
// protection turned off. MCP005 reports the opt-out whatever the version.
package main

import (
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "notes", Version: "0.1.0"}, nil)
	opts := &mcp.StreamableHTTPOptions{DisableLocalhostProtection: true}
	h := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, opts)
	http.ListenAndServe("127.0.0.1:8080", h)
}
