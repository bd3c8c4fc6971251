// Package main serves the tools of package tools over stdio.
package main

import (
	"stdio-stdout/module/tools"

	"github.com/mark3labs/mcp-go/server"
)

func main() {
	s := server.NewMCPServer("demo", "1.0.0")
	tools.Register(s)
	server.ServeStdio(s)
}
