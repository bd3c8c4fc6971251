package main

import (
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// hostGuard returns a middleware that checks the Host header.
func hostGuard(allowed string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Host != allowed {
				http.Error(w, "bad host", http.StatusForbidden)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// timing returns a middleware that validates nothing.
func timing() func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler { return next }
}

// A middleware built first and called through the variable holding it.
func builtMiddleware(s *mcp.Server) {
	h := mcp.NewStreamableHTTPHandler(getServer(s), nil)

	// Good: the middleware the variable holds checks the Host header.
	guard := hostGuard("mcp.example.com")
	http.ListenAndServe(":8085", guard(h))

	wrap := timing()
	http.ListenAndServe(":8086", wrap(h)) // want `streamable HTTP MCP transport is served without Origin or Host validation`
}
