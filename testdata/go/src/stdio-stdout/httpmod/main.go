// Package main serves the tools of package tools over HTTP only.
package main

import (
	"stdio-stdout/httpmod/tools"

	"github.com/mark3labs/mcp-go/server"
)

func main() {
	s := server.NewMCPServer("demo", "1.0.0")
	tools.Register(s)
	server.NewStreamableHTTPServer(s).Start("127.0.0.1:8080")
}
