// Command notes-mcp is a small example MCP server for mcplint's golden tests:
// vulnerable and safe code side by side.
package main

import (
	"flag"
	"log"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

func main() {
	transport := flag.String("transport", "stdio", "stdio or http")
	addr := flag.String("addr", ":8080", "HTTP listen address")
	flag.Parse()

	s := server.NewMCPServer("notes", "0.1.0")
	s.AddTool(mcp.NewTool("run",
		mcp.WithDescription("Run a shell command in the notes directory"),
		mcp.WithString("cmd", mcp.Required()),
	), runHandler)
	s.AddTool(mcp.NewTool("count_lines",
		mcp.WithDescription("Count the lines of a note"),
		mcp.WithString("name", mcp.Required()),
	), countLinesHandler)

	if *transport == "http" {
		// Vulnerable: the flag defaults to every interface.
		httpServer := server.NewStreamableHTTPServer(s)
		if err := httpServer.Start(*addr); err != nil {
			log.Fatal(err)
		}
		return
	}
	if err := server.ServeStdio(s); err != nil {
		log.Fatal(err)
	}
}

// serveLocal binds loopback only (no MCP001, no MCP004), but mcp-go v0.32.0
// predates the default localhost protection of v0.56.0 (MCP005).
func serveLocal(s *server.MCPServer) error {
	return server.NewStreamableHTTPServer(s).Start("127.0.0.1:8080")
}
