// Package main holds MCP005 (missing-origin-check) fixtures. The SDK stubs
// are releases with default localhost protection (go-sdk v1.6.0 or later,
// mcp-go v0.56.0 or later): their API has the opt-out options.
package main

import (
	"net/http"

	"github.com/mark3labs/mcp-go/server"
	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func getServer(s *mcp.Server) func(*http.Request) *mcp.Server {
	return func(*http.Request) *mcp.Server { return s }
}

// An explicit opt-out is reported whatever the version or the address.
func disabled(s *mcp.Server, ms *server.MCPServer) {
	h := mcp.NewStreamableHTTPHandler(getServer(s), &mcp.StreamableHTTPOptions{DisableLocalhostProtection: true}) // want `DNS-rebinding protection is disabled for the MCP transport \(mcp.StreamableHTTPOptions.DisableLocalhostProtection\)$`
	http.ListenAndServe("127.0.0.1:8090", h)
	server.NewStreamableHTTPServer(ms, server.WithDisableLocalhostProtection(true)).Start("127.0.0.1:8091") // want `DNS-rebinding protection is disabled for the MCP transport \(server.WithDisableLocalhostProtection\(true\)\)`
	server.NewSSEServer(ms, server.WithSSEDisableLocalhostProtection(true))                                 // want `DNS-rebinding protection is disabled`
	// Good: protection explicitly left on.
	server.NewSSEServer(ms, server.WithSSEDisableLocalhostProtection(false)).Start("127.0.0.1:8092")
}

func exposed(s *mcp.Server) {
	h := mcp.NewStreamableHTTPHandler(getServer(s), nil)
	http.ListenAndServe(":8080", h) // want `streamable HTTP MCP transport is served without Origin or Host validation, so a web page can drive it through DNS rebinding: wrap the handler .* \(mcp.StreamableHTTPHandler validates Host by default only on loopback\)`

	// Good: Origin validated by the standard library's CrossOriginProtection.
	http.ListenAndServe(":8081", http.NewCrossOriginProtection().Handler(h))

	// Good: on all interfaces with authentication and a hand-written Host check.
	http.ListenAndServe(":8083", auth.RequireBearerToken(nil, nil)(checkHost(h)))

	// Good: on loopback this SDK release's localhost protection applies.
	http.ListenAndServe("127.0.0.1:8082", h)
}

// A logging wrapper validates nothing; on all interfaces that is a finding.
func logged(ms *server.MCPServer) {
	http.ListenAndServe(":8084", logRequests(server.NewStreamableHTTPServer(ms))) // want `streamable HTTP MCP transport is served without Origin or Host validation.* \(server.StreamableHTTPServer validates Host by default only on loopback\)`
}

func checkHost(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Host != "mcp.example.com" {
			http.Error(w, "bad host", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { next.ServeHTTP(w, r) })
}

func main() {}
