package main

import (
	"errors"
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/urfave/cli/v2"
)

type gateway struct {
	token       string
	allowNoAuth bool
	srv         *mcp.Server
}

// Good: authentication is wired in behind `if g.token != ""`, but the
// function refuses to start without a token unless the operator opts out
// explicitly (allowNoAuth): serving without it is not a default.
func (g *gateway) serveRequired() error {
	if g.token == "" && !g.allowNoAuth {
		return errors.New("a token is required")
	}
	var h http.Handler = mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return g.srv }, nil)
	if g.token != "" {
		h = requireKey(h)
	}
	return http.ListenAndServe(":9090", h)
}

// The same shape without the early return: authentication is off unless a
// token is configured.
func (g *gateway) serveOptional() error {
	var h http.Handler = mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return g.srv }, nil)
	if g.token != "" {
		h = requireKey(h)
	}
	return http.ListenAndServe(":9091", h) // want `unless the authenticating path is taken: authentication is off by default`
}

// A flag default decides reachability: ":8080" is every interface.
func flagged(s *mcp.Server) *cli.App {
	h := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, nil)
	return &cli.App{
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "addr", Value: ":8080"},
			&cli.StringFlag{Name: "local-addr", Value: "127.0.0.1:8080"},
		},
		Action: func(c *cli.Context) error {
			// Good: loopback by default; a web page reaching it is MCP005's business.
			go http.ListenAndServe(c.String("local-addr"), h)
			return http.ListenAndServe(c.String("addr"), h) // want `served without authentication on all interfaces \(":8080"\)`
		},
	}
}
