// Package main holds MCP004 (missing-auth) fixtures.
package main

import (
	"context"
	"errors"
	"net/http"
	"strings"

	"github.com/mark3labs/mcp-go/server"
	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func mcpGo(s *server.MCPServer) {
	sse := server.NewSSEServer(s)
	sse.Start(":8080") // want `SSE MCP transport is served without authentication on all interfaces \(":8080"\)`

	server.NewStreamableHTTPServer(s).Start("127.0.0.1:8080") // want `^streamable HTTP MCP transport is served without authentication$`

	// Good: the context function checks the bearer token.
	authed := server.NewStreamableHTTPServer(s, server.WithHTTPContextFunc(func(ctx context.Context, r *http.Request) context.Context {
		return context.WithValue(ctx, "token", strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "))
	}))
	authed.Start("127.0.0.1:8081")
}

func goSDK(s *mcp.Server) {
	h := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, nil)
	http.ListenAndServe("127.0.0.1:8080", h) // want `streamable HTTP MCP transport is served without authentication`

	mux := http.NewServeMux()
	mux.Handle("/mcp", mcp.NewSSEHandler(func(*http.Request) *mcp.Server { return s }, nil))
	http.ListenAndServe("127.0.0.1:9090", mux) // want `SSE MCP transport is served without authentication`

	// Good: the SDK's bearer-token middleware wraps the handler.
	verify := func(ctx context.Context, token string, r *http.Request) (*auth.TokenInfo, error) {
		return nil, errors.New("no")
	}
	protected := auth.RequireBearerToken(verify, nil)(h)
	http.ListenAndServe("127.0.0.1:8082", protected)

	// Good: a local middleware that checks the Authorization header.
	http.ListenAndServe("127.0.0.1:8083", requireKey(h))

	// A logging middleware does not authenticate.
	http.ListenAndServe("127.0.0.1:8084", logRequests(h)) // want `streamable HTTP MCP transport is served without authentication`
}

func requireKey(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer secret" {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { next.ServeHTTP(w, r) })
}

// Good: stdio has no network surface.
func stdio(s *server.MCPServer) { server.ServeStdio(s) }

func main() {}
