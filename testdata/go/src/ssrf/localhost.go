package main

import (
	"context"
	"fmt"
	"net/http"

	"github.com/mark3labs/mcp-go/mcp"
)

// desktop talks to a local API; its helpers put the host in front of an
// endpoint their callers build.
type desktop struct{}

func (d *desktop) getApp(ctx context.Context, endpoint string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://localhost"+endpoint, nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

func (d *desktop) getRaw(ctx context.Context, endpoint string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://localhost"+endpoint, nil) // want `tool argument "name" controls the URL passed to http.NewRequestWithContext`
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

func (d *desktop) appHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name := req.GetString("name", "")
	// Good: the endpoint starts with "/", so after the helper's
	// "http://localhost" the argument only fills the path.
	d.getApp(ctx, fmt.Sprintf("/apps/%s/status", name))
	d.getApp(ctx, "/apps/"+name)
	// Bad: nothing separates the argument from the host: "@evil.example/"
	// or ".evil.example/" choose another host.
	d.getRaw(ctx, name)
	return nil, nil
}
