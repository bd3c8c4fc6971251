package main

import (
	"fmt"
	"net"
	"net/http"
)

// freePort opens a listener only to learn a free port.
func freePort() (int, error) {
	// Good: a port probe; the listener is asked for its address and closed,
	// nothing is served on it.
	ln, err := net.Listen("tcp", "0.0.0.0:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// servedListener serves what it listens on.
func servedListener(h http.Handler) error {
	ln, err := net.Listen("tcp", ":0") // want `all interfaces \(":0"\)`
	if err != nil {
		return err
	}
	fmt.Println(ln.Addr())
	return http.Serve(ln, h)
}

// oauthCallback receives an OAuth redirect for an MCP client.
func oauthCallback(codes chan<- string) *http.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/oauth/callback", func(w http.ResponseWriter, r *http.Request) {
		codes <- r.URL.Query().Get("code")
		fmt.Fprintln(w, "You can close this window.")
	})
	// Good: the mux holds only a plain function that touches no MCP server:
	// an OAuth callback receiver serves no tools.
	srv := &http.Server{Addr: ":8085", Handler: mux}
	go srv.ListenAndServe()
	return srv
}

// forwarded serves an MCP handler behind a function.
func forwarded(mcpHandler http.Handler) {
	mux := http.NewServeMux()
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "ok") })
	mux.HandleFunc("/mcp", func(w http.ResponseWriter, r *http.Request) { mcpHandler.ServeHTTP(w, r) })
	http.ListenAndServe(":8086", mux) // want `all interfaces \(":8086"\)`
}

// defaultMuxCallback registers its callback on http.DefaultServeMux.
func defaultMuxCallback(codes chan<- string) *http.Server {
	srv := &http.Server{Addr: ":8087"}
	http.HandleFunc("/callback", func(w http.ResponseWriter, r *http.Request) {
		codes <- r.URL.Query().Get("code")
	})
	// Good: the default mux holds only a plain function that touches no MCP
	// server.
	go func() { _ = srv.ListenAndServe() }()
	return srv
}
