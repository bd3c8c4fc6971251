package main

import (
	"context"
	"net/http"
	"os"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func ptr[T any](v T) *T { return &v }

type renameIn struct {
	From string
	To   string
}

func registerSDK(s *mcp.Server) {
	// Bad: go-sdk annotations on a typed tool that renames files.
	mcp.AddTool(s, &mcp.Tool{
		Name: "rename",
		Annotations: &mcp.ToolAnnotations{
			ReadOnlyHint:    true, // want `tool "rename" declares readOnlyHint: true, but its handler writes files \(os.Rename\)`
			DestructiveHint: ptr(false), // want `tool "rename" declares destructiveHint: false, but its handler writes files \(os.Rename\)`
		},
	}, func(ctx context.Context, req *mcp.CallToolRequest, in renameIn) (*mcp.CallToolResult, any, error) {
		return nil, nil, os.Rename("/srv/a", "/srv/b")
	})

	// Bad: an HTTP DELETE request through a wrapper of the project.
	register(s, mcp.Tool{Name: "drop_remote", Annotations: &mcp.ToolAnnotations{DestructiveHint: ptr(false)}}, dropRemote) // want `tool "drop_remote" declares destructiveHint: false, but its handler sends an HTTP DELETE request \(http.NewRequest\)`

	// Good: read-only, and the handler only reads.
	tool := &mcp.Tool{Name: "cat", Annotations: &mcp.ToolAnnotations{ReadOnlyHint: true}}
	s.AddTool(tool, func(ctx context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		_, err := os.ReadFile("/srv/a")
		return nil, err
	})

	// Good: a destructive tool declared destructive.
	s.AddTool(&mcp.Tool{Name: "wipe", Annotations: &mcp.ToolAnnotations{DestructiveHint: ptr(true)}}, func(ctx context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		return nil, os.Remove("/srv/a")
	})
}

func register(s *mcp.Server, t mcp.Tool, h mcp.ToolHandler) { s.AddTool(&t, h) }

func dropRemote(ctx context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	r, err := http.NewRequest("DELETE", "https://api.example.com/cache", nil)
	if err != nil {
		return nil, err
	}
	_, err = http.DefaultClient.Do(r)
	return nil, err
}
