package main

import (
	"context"
	"net/http"

	"example.com/apiclient"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/config"
	"github.com/go-resty/resty/v2"
	"github.com/imroc/req/v3"
	"github.com/mark3labs/mcp-go/mcp"
)

// HTTP client libraries send the URL their verb method is given.
func clientLibs(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	u := request.GetString("url", "")
	resty.New().R().Get(u)             // want `tool argument "url" controls the URL passed to resty.Request.Get`
	resty.New().R().Execute("POST", u) // want `tool argument "url" controls the URL passed to resty.Request.Execute`
	req.C().R().Get(u)                 // want `tool argument "url" controls the URL passed to req.Request.Get`
	req.C().Get(u).Do()                // want `tool argument "url" controls the URL passed to req.Client.Get`
	// Good: a constant prefix fixes the host; the argument is a query value.
	resty.New().R().SetQueryParam("q", u).Get("https://api.example.com/search")
	req.C().R().Get("https://api.example.com/items/" + u)
	return nil, nil
}

// go-git fetches whatever repository a clone URL names: internal hosts,
// file:// paths on the server.
func cloneRepo(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	repo := request.GetString("repo", "")
	git.PlainClone("/srv/clones/x", false, &git.CloneOptions{URL: repo}) // want `tool argument "repo" controls the URL passed to git.CloneOptions.URL`
	opts := &git.CloneOptions{}
	opts.URL = repo // want `tool argument "repo" controls the URL passed to git.CloneOptions.URL`
	git.PlainClone("/srv/clones/y", false, opts)
	_ = config.RemoteConfig{Name: "origin", URLs: []string{repo}} // want `tool argument "repo" controls the URL passed to config.RemoteConfig.URLs`

	// Good: the host is fixed; the argument names a repository on it.
	git.PlainClone("/srv/clones/z", false, &git.CloneOptions{URL: "https://github.com/" + repo})
	// Good: the argument picks the branch, not the remote.
	git.PlainClone("/srv/clones/w", false, &git.CloneOptions{URL: "https://github.com/acme/tools", ReferenceName: request.GetString("branch", "")})
	return nil, nil
}

// Good: the URL is the API's answer (a download link it chose); the
// arguments only named the job.
func jobLogs(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	c := &apiclient.Client{}
	u, err := c.LogsURL(ctx, request.GetString("owner", ""), request.GetString("repo", ""), 1)
	if err != nil {
		return nil, err
	}
	http.Get(u.String())
	// A method without a context builds its result from its arguments.
	http.Get(c.Endpoint(request.GetString("path", ""))) // want `tool argument "path" controls the URL passed to http.Get`
	return nil, nil
}
