// Package headercopy holds MCP011 fixtures for a package that never reads
// the Authorization header itself: only whole-header copies can forward the
// client's token here.
package headercopy

import (
	"net/http"

	"github.com/mark3labs/mcp-go/server"
)

var _ = server.NewMCPServer

// ---- bad ----

// The incoming headers, Authorization included, go upstream.
func forward(w http.ResponseWriter, r *http.Request) {
	out, _ := http.NewRequest("GET", "https://upstream.example.com/", nil)
	out.Header = r.Header.Clone() // want `the Authorization header of the incoming request reaches the headers of an outbound request \(the incoming request's headers are copied onto it\)`
	http.DefaultClient.Do(out)
}

// ---- good ----

// Safe: the headers are copied back onto the same incoming request, so
// nothing leaves this server.
func keep(w http.ResponseWriter, r *http.Request) {
	r.Header = r.Header.Clone()
}

// Safe: the function sends the request to a token introspection endpoint,
// which is how a server validates the client's token.
func introspect(w http.ResponseWriter, r *http.Request) {
	out, _ := http.NewRequest("POST", "https://auth.example.com/oauth/introspect", nil)
	out.Header = r.Header.Clone()
	http.DefaultClient.Do(out)
}
