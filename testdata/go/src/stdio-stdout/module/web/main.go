// Package main serves the tools of package webtools over HTTP only.
package main

import (
	"stdio-stdout/module/webtools"

	"github.com/mark3labs/mcp-go/server"
)

func main() {
	s := server.NewMCPServer("web", "1.0.0")
	webtools.Register(s)
	server.NewStreamableHTTPServer(s).Start("127.0.0.1:8080") // fine: stdout is free over HTTP
}
