// Package tools holds the handlers of a stdio server whose main package is elsewhere in the module. // want package:`stdout writes in handlers \[hello\]`
package tools

import (
	"context"
	"fmt"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"stdio-stdout/module/tools/extra"
)

func hello(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	fmt.Println("hello called") // reported in main, at the stdio start: this package cannot know who serves it
	return nil, nil
}

// Register adds the tools.
func Register(s *server.MCPServer) {
	fmt.Println("registering") // fine: not a handler (the caller may print before serving, but this package cannot tell)
	s.AddTool(mcp.NewTool("hello"), hello)
	extra.Register(s)
}
