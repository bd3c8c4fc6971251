package main

import (
	"context"
	"net/http"
	"net/url"
	"slices"

	"github.com/mark3labs/mcp-go/mcp"
)

var allowedHosts = []string{"api.example.com", "docs.example.com"}

var allowedSet = map[string]bool{"api.example.com": true}

// Good: the URL's host is checked against an allow-list before the request.
func hostListHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	raw := req.GetString("url", "")
	u, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	if !slices.Contains(allowedHosts, u.Hostname()) {
		return mcp.NewToolResultError("host not allowed"), nil
	}
	http.Get(raw)
	http.Get(u.String())
	return nil, nil
}

// Good: a map lookup as the allow-list.
func hostMapHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	u, err := url.Parse(req.GetString("url", ""))
	if err != nil {
		return nil, err
	}
	if !allowedSet[u.Hostname()] {
		return nil, nil
	}
	http.Get(u.String())
	return nil, nil
}

// Good: one fixed host.
func hostFixedHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	u, err := url.Parse(req.GetString("url", ""))
	if err != nil {
		return nil, err
	}
	if u.Hostname() != "api.example.com" {
		return nil, nil
	}
	http.Get(u.String())
	return nil, nil
}

// The check is the wrong way round: the request runs for any other host.
func hostInvertedHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	u, err := url.Parse(req.GetString("url", ""))
	if err != nil {
		return nil, err
	}
	if u.Hostname() == "api.example.com" {
		return nil, nil
	}
	http.Get(u.String()) // want `tool argument "url" controls the URL passed to http.Get`
	return nil, nil
}
