// Command never-served: a stdio server whose package also builds an HTTP
// handler it never serves (a caller of Handler could mount it; nothing
// here listens), and whose example test serves one on all interfaces (test
// code is not scanned). No exposure finding: nothing is served.
package main

import (
	"context"
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// Handler returns the server's streamable HTTP handler for a host program
// to mount behind its own authentication.
func Handler(s *mcp.Server) http.Handler {
	return mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, nil)
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "notes", Version: "0.1.0"}, nil)
	s.Run(context.Background(), &mcp.StdioTransport{})
}
