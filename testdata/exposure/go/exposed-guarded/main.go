// Command exposed-guarded: a server on all interfaces with authentication
// and Origin validation. MCP001 still reports the address (anyone on the
// network reaches the listener); MCP004 and MCP005 are clean: the bearer
// token check and http.CrossOriginProtection guard the transport.
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
	http.ListenAndServe(":8080", auth.RequireBearerToken(verify, nil)(http.NewCrossOriginProtection().Handler(h)))
}
