// Package main holds MCP004 (missing-auth) fixtures.
package main

import (
	"context"
	"errors"
	"flag"
	"net"
	"net/http"
	"os"
	"strings"

	"github.com/mark3labs/mcp-go/server"
	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func mcpGo(s *server.MCPServer) {
	sse := server.NewSSEServer(s)
	sse.Start(":8080") // want `SSE MCP transport is served without authentication on all interfaces \(":8080"\): put authentication in front of it`

	// An address chosen at run time is not known to be loopback.
	server.NewStreamableHTTPServer(s).Start(os.Getenv("ADDR")) // want `^streamable HTTP MCP transport is served without authentication on an address not known to be loopback: put authentication`

	// Good: loopback only; a web page reaching it through the browser is
	// MCP005's business, not this rule's.
	server.NewStreamableHTTPServer(s).Start("127.0.0.1:8080")

	// Good: the context function checks the bearer token.
	authed := server.NewStreamableHTTPServer(s, server.WithHTTPContextFunc(func(ctx context.Context, r *http.Request) context.Context {
		return context.WithValue(ctx, "token", strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "))
	}))
	authed.Start(":8081")
}

func goSDK(s *mcp.Server) {
	h := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, nil)
	http.ListenAndServe("0.0.0.0:8080", h) // want `streamable HTTP MCP transport is served without authentication on all interfaces`

	mux := http.NewServeMux()
	mux.Handle("/mcp", mcp.NewSSEHandler(func(*http.Request) *mcp.Server { return s }, nil))
	http.ListenAndServe("10.0.0.5:9090", mux) // want `SSE MCP transport is served without authentication on "10.0.0.5:9090", not known to be loopback`

	// Good: the SDK's bearer-token middleware wraps the handler.
	verify := func(ctx context.Context, token string, r *http.Request) (*auth.TokenInfo, error) {
		return nil, errors.New("no")
	}
	protected := auth.RequireBearerToken(verify, nil)(h)
	http.ListenAndServe(":8082", protected)

	// Good: a local middleware that checks the Authorization header.
	http.ListenAndServe(":8083", requireKey(h))

	// A logging middleware does not authenticate.
	http.ListenAndServe(":8084", logRequests(h)) // want `streamable HTTP MCP transport is served without authentication`

	// Good: loopback by default (a flag whose default is 127.0.0.1).
	addr := flag.String("addr", "127.0.0.1:8085", "listen address")
	http.ListenAndServe(*addr, h)
}

// Authentication behind a setting that is off by default counts as missing.
func optional(s *mcp.Server, token string) {
	var h http.Handler = mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, nil)
	if token != "" {
		h = requireKey(h)
	}
	http.ListenAndServe(":8086", h) // want `served without authentication on all interfaces \(":8086"\) unless the authenticating path is taken: authentication is off by default`
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

// A listener opened in one function and served in another: the address is
// the one the listener was opened on.
func servedElsewhere(s *mcp.Server) {
	h := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, nil)
	ln, _ := net.Listen("tcp", ":9443")
	srv := &http.Server{Handler: h}
	srv.Serve(ln) // want `streamable HTTP MCP transport is served without authentication on all interfaces \(":9443"\)`

	// Good: the listener is on loopback.
	local, _ := net.Listen("tcp", "127.0.0.1:9444")
	http.Serve(local, h)
}

// A listener passed to the function that serves it: the address is the one
// its callers opened it on.
func serveOn(ln net.Listener, h http.Handler) {
	http.Serve(ln, h) // want `streamable HTTP MCP transport is served without authentication on all interfaces \(":9445"\)`
}

// Good: every caller passes a loopback listener.
func serveOnLocal(ln net.Listener, h http.Handler) {
	http.Serve(ln, h)
}

// A listener kept in a struct field.
type lnServer struct{ ln net.Listener }

func (s *lnServer) run(h http.Handler) {
	http.Serve(s.ln, h) // want `streamable HTTP MCP transport is served without authentication on all interfaces \("0.0.0.0:9446"\)`
}

func listenersPassed(s *mcp.Server) {
	h := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, nil)
	ln, _ := net.Listen("tcp", ":9445")
	serveOn(ln, h)
	local, _ := net.Listen("tcp", "127.0.0.1:9447")
	serveOnLocal(local, h)
	wide, _ := net.Listen("tcp", "0.0.0.0:9446")
	(&lnServer{ln: wide}).run(h)
}
