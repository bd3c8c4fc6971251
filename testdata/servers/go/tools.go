package main

import (
	"context"
	"os/exec"
	"path/filepath"

	"github.com/mark3labs/mcp-go/mcp"
)

const notesDir = "/var/lib/notes"

// runHandler is vulnerable: the tool argument becomes a shell script.
func runHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	cmd := req.GetString("cmd", "")
	out, err := exec.CommandContext(ctx, "sh", "-c", cmd).CombinedOutput()
	if err != nil {
		return mcp.NewToolResultError(err.Error()), nil
	}
	return mcp.NewToolResultText(string(out)), nil
}

// countLinesHandler is safe: the program is fixed, no shell parses the
// argument, and the name must be a local path inside the notes directory.
func countLinesHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name, err := req.RequireString("name")
	if err != nil {
		return mcp.NewToolResultError(err.Error()), nil
	}
	if !filepath.IsLocal(name) {
		return mcp.NewToolResultError("name must be a file in the notes directory"), nil
	}
	out, err := exec.CommandContext(ctx, "wc", "-l", "--", filepath.Join(notesDir, name)).Output()
	if err != nil {
		return mcp.NewToolResultError(err.Error()), nil
	}
	return mcp.NewToolResultText(string(out)), nil
}
