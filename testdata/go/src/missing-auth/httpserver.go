package main

import (
	"net/http"

	"github.com/mark3labs/mcp-go/server"
)

// mcp-go's Start serves the http.Server given by WithHTTPServer, with the
// handler set on it.
func startedOnServer(s *server.MCPServer, token string) {
	// Good: the server's handler checks the bearer token before the
	// transport sees the request.
	srv := &http.Server{Addr: ":8090"}
	sse := server.NewSSEServer(s, server.WithHTTPServer(srv))
	srv.Handler = requireToken(token, sse)
	sse.Start(":8090")

	// The handler set on the server only logs.
	plain := &http.Server{Addr: ":8091"}
	st := server.NewStreamableHTTPServer(s, server.WithStreamableHTTPServer(plain))
	plain.Handler = logRequests(st)
	st.Start(":8091") // want `streamable HTTP MCP transport is served without authentication on all interfaces`
}

func requireToken(token string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+token {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// newHTTPServer builds the http.Server its caller serves.
func newHTTPServer(addr string, h http.Handler) *http.Server {
	return &http.Server{Addr: addr, Handler: h}
}

// newAuthedServer builds one whose handler checks the bearer token.
func newAuthedServer(addr, token string, h http.Handler) *http.Server {
	srv := &http.Server{Addr: addr}
	srv.Handler = requireToken(token, h)
	return srv
}

// An http.Server built by a helper of the package is followed into it.
func helperServer(s *server.MCPServer, token string) {
	open := newHTTPServer(":8092", server.NewSSEServer(s))
	open.ListenAndServe() // want `SSE MCP transport is served without authentication on all interfaces \(":8092"\)`

	// Good: the helper puts the token check in front of the transport.
	authed := newAuthedServer(":8093", token, server.NewSSEServer(s))
	authed.ListenAndServe()
}

// The handler is set on the server after its literal.
func handlerAfterLiteral(s *server.MCPServer) {
	srv := &http.Server{Addr: ":8094"}
	srv.Handler = server.NewStreamableHTTPServer(s)
	srv.ListenAndServe() // want `streamable HTTP MCP transport is served without authentication on all interfaces \(":8094"\)`
}
