// Command stdio-old-sdk: a stdio server on go-sdk v1.3.0. MCP014 still
// asks for the upgrade, at low severity: the flaw is in the HTTP
// transports, which this project does not serve.
package main

import (
	"context"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "notes", Version: "0.1.0"}, nil)
	s.Run(context.Background(), &mcp.StdioTransport{})
}
