// Package main serves the tools of package tools over stdio.
package main

import (
	"stdio-stdout/module/tools"

	"github.com/mark3labs/mcp-go/server"
)

func main() {
	s := server.NewMCPServer("demo", "1.0.0")
	tools.Register(s)
	server.ServeStdio(s) // want `fmt.Println writes to stdout in MCP handler hello of package stdio-stdout/module/tools \(tools/tools.go:15\), and stdout carries the stdio MCP transport started here` `fmt.Printf writes to stdout in MCP handler ping of package stdio-stdout/module/tools/extra \(tools/extra/extra.go:20\)`
}
