package main

import (
	"context"
	"fmt"
	"net/http"
	"net/url"

	"github.com/mark3labs/mcp-go/mcp"
)

// apiClient calls a fixed API with this server's token.
type apiClient struct {
	baseURL string
	token   string
}

func (c *apiClient) repoHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name := req.GetString("repo", "")
	// Bad: the host is fixed, but "../" in name reaches other endpoints of
	// the API, with the token set below.
	r, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/repos/"+name, nil) // want `tool argument "repo" fills an unencoded path segment of the URL passed to http.NewRequestWithContext with this server's credentials`
	r.Header.Set("Authorization", "Bearer "+c.token)
	http.DefaultClient.Do(r)

	// Good: url.PathEscape keeps name one segment.
	r2, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/repos/"+url.PathEscape(name), nil)
	http.DefaultClient.Do(r2)

	// Good: the argument is a query value, not a path segment.
	r3, _ := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/search?q=%s", c.baseURL, name), nil)
	http.DefaultClient.Do(r3)
	return nil, nil
}

// Good: no credentials go with the request; the other endpoints of a public
// API are public anyway.
func (c *apiClient) publicHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name := req.GetString("repo", "")
	r, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/repos/"+name, nil)
	http.DefaultClient.Do(r)
	return nil, nil
}
