package main

import (
	"context"
	"path/filepath"
	"strings"

	"github.com/go-git/go-git/v5"
	"github.com/mark3labs/mcp-go/mcp"
)

const reposRoot = "/srv/repos"

func cloneHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	dir := req.GetString("dir", "")
	url := req.GetString("url", "")
	git.PlainCloneContext(ctx, dir, false, &git.CloneOptions{URL: url}) // want `tool argument "dir" reaches git.PlainCloneContext`
	git.PlainOpen(filepath.Join(reposRoot, dir))                        // want `tool argument "dir" reaches git.PlainOpen`
	// Good: the directory is checked to stay inside the repositories root.
	clean := filepath.Clean(filepath.Join(reposRoot, dir))
	if !strings.HasPrefix(clean, reposRoot+string(filepath.Separator)) {
		return mcp.NewToolResultError("outside the repositories root"), nil
	}
	git.PlainClone(clean, false, &git.CloneOptions{URL: url})
	return nil, nil
}
