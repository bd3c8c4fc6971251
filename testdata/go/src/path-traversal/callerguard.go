package main

import (
	"context"
	"os"

	"github.com/mark3labs/mcp-go/mcp"
)

func readText(p string) ([]byte, error) {
	return os.ReadFile(p)
}

func readTextUnchecked(p string) ([]byte, error) {
	return os.ReadFile(p) // want `tool argument "path" reaches os.ReadFile without a containment check`
}

// Good: the handler checks the path with a containment predicate before
// calling the helper that reads it.
func (h *handler) readCheckedThenHelper(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	p := req.GetString("path", "")
	if !h.inAllowed(p) {
		return mcp.NewToolResultError("denied"), nil
	}
	readText(p)
	return nil, nil
}

func readHelperUnchecked(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	readTextUnchecked(req.GetString("path", ""))
	return nil, nil
}
