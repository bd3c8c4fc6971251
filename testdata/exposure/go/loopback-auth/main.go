// Command loopback-auth: a loopback server with authentication, on a
// go-sdk release (v1.6.0) whose handler validates Host on loopback by
// default. Clean for MCP001 (loopback), MCP004 (authenticated and not
// reachable from the network), MCP005 (the SDK's default protection) and
// MCP014 (a fixed release).
package main

import (
	"context"
	"errors"
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func verify(ctx context.Context, token string, r *http.Request) (*auth.TokenInfo, error) {
	return nil, errors.New("unknown token")
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "notes", Version: "0.1.0"}, nil)
	h := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, nil)
	http.ListenAndServe("127.0.0.1:8080", auth.RequireBearerToken(verify, nil)(h))
}
