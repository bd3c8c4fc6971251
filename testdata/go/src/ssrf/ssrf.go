// Package main holds MCP006 (ssrf) fixtures.
package main

import (
	"context"
	"fmt"
	"net/http"
	"net/url"

	"github.com/mark3labs/mcp-go/mcp"
)

func fetchHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	u := req.GetString("url", "")
	http.Get(u) // want `tool argument "url" controls the URL passed to http.Get`

	r, _ := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+req.GetString("host", "")+"/status", nil) // want `tool argument "host" controls the URL passed to http.NewRequestWithContext`
	http.DefaultClient.Do(r)

	client := &http.Client{}
	client.Post(fmt.Sprintf("%s/hook", u), "application/json", nil) // want `tool argument "url" controls the URL passed to http.Client.Post`
	return nil, nil
}

// Good: a constant prefix fixes scheme and host; the argument only chooses
// the path or query.
func weatherHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	city := req.GetString("city", "")
	http.Get("https://api.weather.example/v1/forecast?city=" + url.QueryEscape(city))
	http.Get(fmt.Sprintf("https://api.weather.example/v1/cities/%s", city))
	return nil, nil
}

// Good: an int argument cannot choose a host.
func pageHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	http.Get(fmt.Sprint(req.GetInt("page", 1)))
	return nil, nil
}

type client struct{ baseURL string }

// Good: the configured base URL fixes scheme and host.
func (c *client) repoHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name := req.GetString("repo", "")
	http.Get(c.baseURL + "/repos/" + name)
	http.Get(fmt.Sprintf("%s/repos/%s", c.baseURL, name))
	// Only a scheme is fixed: the argument chooses the host.
	http.Get("https://" + name) // want `tool argument "repo" controls the URL passed to http.Get`
	return nil, nil
}

func main() {}
