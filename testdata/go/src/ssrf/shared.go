package main

import (
	"context"
	"io"
	"net/http"

	"github.com/mark3labs/mcp-go/mcp"
)

// fetchPage is one sink reached from a prompt and from two tools: one
// finding, led by the tool argument, with the other sources' flows added
// to it rather than reported again.
func fetchPage(u string) string {
	resp, err := http.Get(u) // want `tool argument "url" controls the URL passed to http.Get`
	if err != nil {
		return ""
	}
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

func summarizePrompt(ctx context.Context, req mcp.GetPromptRequest) (*mcp.GetPromptResult, error) {
	fetchPage(req.Params.Arguments["url"])
	return nil, nil
}

func fetchTool(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	return mcp.NewToolResultText(fetchPage(req.GetString("url", ""))), nil
}

func fetchAgainTool(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	return mcp.NewToolResultText(fetchPage(req.GetString("link", ""))), nil
}
