// Package tools holds the handlers of an HTTP-only server: stdout is free. // want package:`stdout writes in handlers \[hello\]`
package tools

import (
	"context"
	"fmt"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

func hello(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	fmt.Println("hello called") // fine: no stdio server in this module
	return nil, nil
}

// Register adds the tools.
func Register(s *server.MCPServer) {
	s.AddTool(mcp.NewTool("hello"), hello)
}
