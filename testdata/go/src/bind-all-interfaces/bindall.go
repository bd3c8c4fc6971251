// Package main holds MCP001 (bind-all-interfaces) fixtures: listeners in an
// MCP server, bad and good side by side.
package main

import (
	"cmp"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"

	"github.com/mark3labs/mcp-go/server"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func plainPort(h http.Handler) {
	http.ListenAndServe(":8080", h) // want `MCP server listens on all interfaces \(":8080"\): anyone on the network can call its tools; bind to 127.0.0.1`
	// Good: loopback only.
	http.ListenAndServe("127.0.0.1:8080", h)
	// Good: loopback by name.
	http.ListenAndServe("localhost:8080", h)
	// Good: IPv6 loopback.
	http.ListenAndServe("[::1]:8080", h)
}

func tls(h http.Handler) {
	http.ListenAndServeTLS("0.0.0.0:8443", "cert.pem", "key.pem", h) // want `all interfaces \("0.0.0.0:8443"\)`
	// Good: loopback only.
	http.ListenAndServeTLS("127.0.0.1:8443", "cert.pem", "key.pem", h)
}

func netListen() {
	net.Listen("tcp", "[::]:9000") // want `all interfaces \("\[::\]:9000"\)`
	// Good: a Unix socket is not a network interface.
	net.Listen("unix", "/tmp/mcp.sock")
	// Good: loopback.
	net.Listen("tcp", "127.0.0.1:9000")
}

func httpServer(h http.Handler) {
	srv := &http.Server{Addr: ":8080", Handler: h}
	srv.ListenAndServe() // want `all interfaces \(":8080"\)`

	// Good: the server is bound to loopback.
	local := &http.Server{Addr: "127.0.0.1:8080", Handler: h}
	local.ListenAndServe()

	noAddr := http.Server{Handler: h}
	noAddr.ListenAndServe() // want `all interfaces \("", http.Server with no Addr\)`
}

func builtFromPort(h http.Handler, port int, portStr string) {
	http.ListenAndServe(":"+portStr, h)                   // want `all interfaces \(":<port>"\)`
	http.ListenAndServe(fmt.Sprintf(":%d", port), h)      // want `all interfaces \(":<port>"\)`
	http.ListenAndServe(net.JoinHostPort("", portStr), h) // want `all interfaces \(":<port>"\)`
	// Good: host fixed to loopback, only the port varies.
	http.ListenAndServe(fmt.Sprintf("127.0.0.1:%d", port), h)
}

// Good: the whole address is chosen by the caller, with no default here.
func userSupplied(h http.Handler, addr string) {
	http.ListenAndServe(addr, h)
}

var addrFlag = flag.String("addr", ":8080", "listen address")

func flagDefault(h http.Handler) {
	http.ListenAndServe(*addrFlag, h) // want `all interfaces \(":8080", the default of flag "addr"\)`

	var listen string
	flag.StringVar(&listen, "listen", "0.0.0.0:9090", "listen address")
	http.ListenAndServe(listen, h) // want `all interfaces \("0.0.0.0:9090", the default of flag "listen"\)`

	// Good: the flag defaults to loopback.
	safe := flag.String("safe-addr", "127.0.0.1:8080", "listen address")
	http.ListenAndServe(*safe, h)
}

func envFallback(h http.Handler) {
	addr := os.Getenv("ADDR")
	if addr == "" {
		addr = ":8080"
	}
	http.ListenAndServe(addr, h) // want `all interfaces \(":8080"\)`

	http.ListenAndServe(cmp.Or(os.Getenv("LISTEN"), "0.0.0.0:7000"), h) // want `all interfaces \("0.0.0.0:7000"\)`

	http.ListenAndServe(getEnv("HTTP_ADDR", ":3000"), h) // want `all interfaces \(":3000"\)`

	// Good: the environment decides, with a loopback fallback.
	http.ListenAndServe(getEnv("HTTP_ADDR", "127.0.0.1:3000"), h)

	// Good: the environment alone decides, no all-interfaces default.
	http.ListenAndServe(os.Getenv("ADDR"), h)
}

func getEnv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}

func mcpGo(s *server.MCPServer, port int) {
	server.NewSSEServer(s).Start(":8080") // want `MCP SSE transport listens on all interfaces \(":8080"\)`

	sse := server.NewSSEServer(s, server.WithBaseURL("http://localhost:8080"))
	sse.Start(fmt.Sprintf(":%d", port)) // want `MCP SSE transport listens on all interfaces \(":<port>"\)`

	server.NewStreamableHTTPServer(s).Start("0.0.0.0:8080") // want `MCP streamable HTTP transport listens on all interfaces`

	// Good: streamable HTTP on loopback.
	server.NewStreamableHTTPServer(s).Start("127.0.0.1:8080")
}

func goSDK(s *mcp.Server) {
	handler := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, nil)
	http.ListenAndServe(":8081", handler) // want `all interfaces \(":8081"\)`
	// Good: loopback.
	http.ListenAndServe("127.0.0.1:8081", handler)
}

func main() {}

// Good: an empty flag default means "HTTP disabled", not all interfaces.
func emptyDefault(h http.Handler) {
	httpAddr := flag.String("http", "", "if set, serve streamable HTTP at this address")
	if *httpAddr != "" {
		http.ListenAndServe(*httpAddr, h)
	}
}

// An address passed as an argument is folded from the callers' arguments.
func serveAt(addr string, h http.Handler) {
	http.ListenAndServe(addr, h) // want `MCP server listens on all interfaces \(":7070"\)`
}

func startBoth(h http.Handler) {
	serveAt(fmt.Sprintf("%s:%d", "", 7070), h)
	serveLocalAt("127.0.0.1:7071", h)
}

// Good: every caller passes a loopback address.
func serveLocalAt(addr string, h http.Handler) {
	http.ListenAndServe(addr, h)
}
