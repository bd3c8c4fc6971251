// Package extra holds a handler that writes through a helper; main reaches it through package tools, so its fact travels two imports up. // want package:`stdout writes in handlers \[ping\]`
package extra

import (
	"context"
	"fmt"
	"os"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

func ping(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	trace("ping")
	fmt.Fprintln(os.Stderr, "ping called") // fine: stderr
	return nil, nil
}

func trace(what string) {
	fmt.Printf("trace: %s\n", what) // reported in main: called from handler ping
}

// Register adds the tools.
func Register(s *server.MCPServer) {
	s.AddTool(mcp.NewTool("ping"), ping)
}
