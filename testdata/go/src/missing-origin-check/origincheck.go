// Package main holds MCP005 (missing-origin-check) fixtures.
package main

import (
	"net/http"

	"github.com/mark3labs/mcp-go/server"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func getServer(s *mcp.Server) func(*http.Request) *mcp.Server {
	return func(*http.Request) *mcp.Server { return s }
}

func disabled(s *mcp.Server, ms *server.MCPServer) {
	mcp.NewStreamableHTTPHandler(getServer(s), &mcp.StreamableHTTPOptions{DisableLocalhostProtection: true}) // want `DNS-rebinding protection is disabled for the MCP transport \(mcp.StreamableHTTPOptions.DisableLocalhostProtection\)`
	server.NewStreamableHTTPServer(ms, server.WithDisableLocalhostProtection(true))                          // want `DNS-rebinding protection is disabled for the MCP transport \(server.WithDisableLocalhostProtection\(true\)\)`
	server.NewSSEServer(ms, server.WithSSEDisableLocalhostProtection(true))                                  // want `DNS-rebinding protection is disabled`
	// Good: protection explicitly left on.
	server.NewSSEServer(ms, server.WithSSEDisableLocalhostProtection(false))
}

func exposed(s *mcp.Server) {
	h := mcp.NewStreamableHTTPHandler(getServer(s), nil)
	http.ListenAndServe(":8080", h) // want `streamable HTTP MCP transport is served on all interfaces \(":8080"\) without Origin validation`

	// Good: Origin validated by the standard library's CrossOriginProtection.
	http.ListenAndServe(":8081", http.NewCrossOriginProtection().Handler(h))

	// Good: on loopback the SDK's localhost protection applies.
	http.ListenAndServe("127.0.0.1:8082", h)
}

func main() {}
