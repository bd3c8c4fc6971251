// Package webtools holds handlers that only the HTTP server of the module serves. // want package:`stdout writes in handlers \[status\]`
package webtools

import (
	"context"
	"fmt"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

func status(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	fmt.Println("status called") // fine: the stdio main of this module does not import this package
	return nil, nil
}

// Register adds the tools.
func Register(s *server.MCPServer) {
	s.AddTool(mcp.NewTool("status"), status)
}
