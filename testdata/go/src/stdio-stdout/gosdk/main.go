// Package main holds MCP012 fixtures for go-sdk.
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

type input struct{ Name string }

func greet(ctx context.Context, req *mcp.CallToolRequest, in input) (*mcp.CallToolResult, any, error) {
	fmt.Printf("greeting %s\n", in.Name) // want `fmt.Printf writes to stdout in an MCP handler`
	return nil, nil, nil
}

func main() {
	logger := log.New(os.Stdout, "", 0) // want `log.New\(os.Stdout, ...\) makes a logger that writes to stdout before the stdio transport starts`
	_ = logger
	s := mcp.NewServer(&mcp.Implementation{Name: "demo"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "greet"}, greet)
	if err := s.Run(context.Background(), &mcp.StdioTransport{}); err != nil {
		log.Fatal(err)
	}
}

// transport picks the transport by name: the other cases print freely.
func transport(kind string) mcp.Transport {
	switch kind {
	case "http":
		fmt.Println("serving HTTP") // fine: another case
		return nil
	case "stdio":
		return &mcp.StdioTransport{}
	}
	fmt.Println("unknown transport") // fine: after the start
	return nil
}
