package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"

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

const registryBase = "https://registry.example.com"

// Good: the argument fills the path of a fixed base; parsing the URL and
// printing it again keeps the host the server's.
func registryTool(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	u, err := url.Parse(fmt.Sprintf("%s/v1/%s", registryBase, req.GetString("module", "")))
	if err != nil {
		return nil, err
	}
	r, _ := http.NewRequest(http.MethodGet, u.String(), nil)
	http.DefaultClient.Do(r)
	return nil, nil
}

// The same parse and print, with the argument before the path: it names
// the host.
func mirrorTool(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	u, err := url.Parse(fmt.Sprintf("%s/v1/modules", req.GetString("mirror", "")))
	if err != nil {
		return nil, err
	}
	r, _ := http.NewRequest(http.MethodGet, u.String(), nil) // want `tool argument "mirror" controls the URL passed to http.NewRequest`
	http.DefaultClient.Do(r)
	return nil, nil
}
