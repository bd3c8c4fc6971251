// Package main holds the MCP001 fixes: each reported address whose host
// comes from a string literal gets that literal rewritten to 127.0.0.1
// (fix.go.golden is the file with every fix applied).
package main

import (
	"flag"
	"fmt"
	"net"
	"net/http"

	"github.com/mark3labs/mcp-go/server"
)

const defaultAddr = ":9090"

var addrFlag = flag.String("addr", "0.0.0.0:8080", "listen address")

func serve(s *server.MCPServer, h http.Handler, port int, portStr string) {
	http.ListenAndServe(":8080", h)                                  // want `all interfaces \(":8080"\)`
	http.ListenAndServeTLS("0.0.0.0:8443", "cert.pem", "key.pem", h) // want `all interfaces \("0.0.0.0:8443"\)`
	net.Listen("tcp", "[::]:9000")                                   // want `all interfaces \("\[::\]:9000"\)`
	http.ListenAndServe(*addrFlag, h)                                // want `all interfaces \("0.0.0.0:8080", the default of flag "addr"\)`
	http.ListenAndServe(defaultAddr, h)                              // want `all interfaces \(":9090"\)`
	http.ListenAndServe(":"+portStr, h)                              // want `all interfaces \(":<port>"\)`
	server.NewSSEServer(s).Start(fmt.Sprintf(":%d", port))           // want `all interfaces \(":<port>"\)`
	http.ListenAndServe(net.JoinHostPort("0.0.0.0", portStr), h)     // want `all interfaces \("0.0.0.0:<port>"\)`
	srv := &http.Server{Addr: ":8081", Handler: h}
	srv.ListenAndServe() // want `all interfaces \(":8081"\)`

	// No fix: the server has no address literal, so there is no port to keep.
	noAddr := http.Server{Handler: h}
	noAddr.ListenAndServe() // want `all interfaces \("", http.Server with no Addr\)`
	// No fix: the host is an argument of the format, not a literal of its own.
	http.ListenAndServe(fmt.Sprintf("%s:%d", "", port), h) // want `all interfaces \(":<port>"\)`
	// No fix: an escape in the literal would make the offsets inexact.
	http.ListenAndServe("\x3a7000", h) // want `all interfaces \(":7000"\)`

	// Good: loopback.
	http.ListenAndServe("127.0.0.1:8082", h)
}

func main() {}
