// Package tools holds the handlers of a stdio server whose main package is
// elsewhere in the module.
package tools

import (
	"context"
	"fmt"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

func hello(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	fmt.Println("hello called") // want `fmt.Println writes to stdout in an MCP handler of a module whose stdio server is main.go`
	return nil, nil
}

// Register adds the tools.
func Register(s *server.MCPServer) {
	fmt.Println("registering") // fine: not a handler (the caller may print before serving, but this package cannot tell)
	s.AddTool(mcp.NewTool("hello"), hello)
}
