// Package apiclient is a stub of a third-party API client for the fixtures.
// Its methods have no bodies, so the taint engine knows nothing of them,
// as of a library loaded without its source.
package apiclient

import (
	"context"
	"net/url"
)

// Client calls a remote API.
type Client struct{}

// LogsURL asks the API where the logs of a job are kept.
func (c *Client) LogsURL(ctx context.Context, owner, repo string, job int64) (*url.URL, error)

// Endpoint joins the API's base with a path; it makes no request.
func (c *Client) Endpoint(path string) string
