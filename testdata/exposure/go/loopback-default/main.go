// Command loopback-default: a loopback server without authentication on a
// go-sdk release (v1.6.0) whose handler validates Host on loopback by
// default. Clean: MCP001 and MCP004 leave loopback alone (a web page
// reaching it through the browser is MCP005's business), and MCP005 finds
// the SDK's default protection in force.
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
