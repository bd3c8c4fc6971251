package main

import (
	"context"
	"fmt"
	"net/http"

	"github.com/mark3labs/mcp-go/mcp"
)

// apiGet calls a local API: the host is fixed only when endpoint starts
// with a path ("/apps/x"); a bare name (".evil.example") extends the host.
func apiGet(ctx context.Context, endpoint string) error {
	r, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://localhost"+endpoint, nil) // want `tool argument "name" controls the URL passed to http.NewRequestWithContext`
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(r)
	return err
}

// appInfo is the helper shape of a local API client: a path segment.
func appInfo(ctx context.Context, app string) error {
	return apiGet(ctx, fmt.Sprintf("/apps/%s", app))
}

func localAPIHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name := req.GetString("name", "")
	// Good: the argument is a path segment after "http://localhost".
	appInfo(ctx, name)
	apiGet(ctx, "/apps/"+name+"/status")
	// Bad: the argument follows the host directly and can extend it.
	apiGet(ctx, name)
	return nil, nil
}
