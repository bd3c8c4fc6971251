// Package main is an HTTP-only MCP server: stdout is free to use.
package main

import (
	"context"
	"fmt"
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func greet(ctx context.Context, req *mcp.CallToolRequest, in struct{}) (*mcp.CallToolResult, any, error) {
	fmt.Println("greeting") // fine: no stdio transport
	return nil, nil, nil
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "demo"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "greet"}, greet)
	fmt.Println("listening")
	http.ListenAndServe("127.0.0.1:8080", mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, nil))
}
