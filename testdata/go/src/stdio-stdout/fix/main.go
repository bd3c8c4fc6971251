// Package main holds the MCP012 fixes: prints become Fprint* on os.Stderr
// and os.Stdout becomes os.Stderr (the .golden files have every fix
// applied). This file does not import os: the fix adds it.
package main

import (
	"context"
	"fmt"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

func handle(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	fmt.Println("handling", req.Params.Name) // want `fmt.Println writes to stdout in an MCP handler`
	fmt.Printf("%s\n", req.Params.Name)      // want `fmt.Printf writes to stdout in an MCP handler`
	fmt.Print()                              // want `fmt.Print writes to stdout in an MCP handler`
	args := []any{"a", 1}
	fmt.Println(args...) // want `fmt.Println writes to stdout in an MCP handler`
	streams(req.Params.Name)
	shadowed(req.Params.Name)
	return mcp.NewToolResultText("ok"), nil
}

func main() {
	s := server.NewMCPServer("demo", "1.0.0")
	s.AddTool(mcp.NewTool("hello"), handle)
	server.ServeStdio(s)
}
