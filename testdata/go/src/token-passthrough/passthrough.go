// Package main holds MCP011 (token-passthrough) fixtures.
package main

import (
	"context"
	"net/http"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

// mcp-go: the tool handler forwards the client's header.
func listRepos(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	out, _ := http.NewRequestWithContext(ctx, "GET", "https://api.example.com/repos", nil)
	out.Header.Set("Authorization", req.Header.Get("Authorization")) // want `the Authorization header of the incoming request reaches the headers of an outbound request \(out.Header.Set\): exchange it for a token issued to this server \(MCP servers must not pass tokens through\)`
	http.DefaultClient.Do(out)
	return nil, nil
}

// Middleware: the token is trimmed, rebuilt and forwarded.
func proxy(w http.ResponseWriter, r *http.Request) {
	tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	up, _ := http.NewRequest("GET", "https://upstream.example.com/data", nil)
	up.Header.Add("Authorization", "Bearer "+tok) // want `the Authorization header of the incoming request reaches the headers of an outbound request \(up.Header.Add\)`
	http.DefaultClient.Do(up)
}

// Through a helper of the package.
func callAPI(ctx context.Context, token string) error {
	req, _ := http.NewRequestWithContext(ctx, "GET", "https://api.example.com/me", nil)
	req.Header.Set("Authorization", token)
	_, err := http.DefaultClient.Do(req)
	return err
}

func viaHelper(w http.ResponseWriter, r *http.Request) {
	callAPI(r.Context(), r.Header.Get("Authorization")) // want `reaches the headers of an outbound request in callAPI`
}

// Through the context: stored by the HTTP context function, read by a tool.
type tokenKey struct{}

func withToken(ctx context.Context, r *http.Request) context.Context {
	return context.WithValue(ctx, tokenKey{}, r.Header.Get("Authorization"))
}

func search(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	tok, _ := ctx.Value(tokenKey{}).(string)
	out, _ := http.NewRequestWithContext(ctx, "GET", "https://api.example.com/search", nil)
	out.Header.Set("Authorization", tok) // want `the client's token stored in the context under tokenKey\{\} reaches the headers of an outbound request`
	http.DefaultClient.Do(out)
	return nil, nil
}

// All headers copied.
func copyAll(w http.ResponseWriter, r *http.Request) {
	out, _ := http.NewRequest("GET", "https://api.example.com/", nil)
	out.Header = r.Header.Clone() // want `the Authorization header of the incoming request reaches the headers of an outbound request \(the incoming request's headers are copied onto it\)`
	http.DefaultClient.Do(out)
}

// ---- good ----

// Token exchange: a different token goes out.
func exchange(ctx context.Context, subject string) (string, error) { return "server-token", nil }

func exchanged(w http.ResponseWriter, r *http.Request) {
	tok, err := exchange(r.Context(), r.Header.Get("Authorization"))
	if err != nil {
		return
	}
	out, _ := http.NewRequest("GET", "https://api.example.com/", nil)
	out.Header.Set("Authorization", "Bearer "+tok)
	http.DefaultClient.Do(out)
}

// The server's own credentials.
func ownToken(w http.ResponseWriter, r *http.Request, apiKey string) {
	out, _ := http.NewRequest("GET", "https://api.example.com/", nil)
	out.Header.Set("Authorization", "Bearer "+apiKey)
	out.Header.Set("X-Request-ID", r.Header.Get("X-Request-ID"))
	http.DefaultClient.Do(out)
}

// Validation at the authorization server's userinfo endpoint.
func validate(ctx context.Context, r *http.Request) bool {
	out, _ := http.NewRequestWithContext(ctx, "GET", "https://auth.example.com/oauth2/userinfo", nil)
	out.Header.Set("Authorization", r.Header.Get("Authorization"))
	resp, err := http.DefaultClient.Do(out)
	return err == nil && resp.StatusCode == 200
}

// A RoundTripper's request is the outbound one.
type transport struct{ base http.RoundTripper }

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	r2 := req.Clone(req.Context())
	r2.Header.Set("Authorization", req.Header.Get("Authorization"))
	return t.base.RoundTrip(r2)
}

// Setting the incoming request's own header (a reverse proxy normalising it).
func normalise(w http.ResponseWriter, r *http.Request) {
	r.Header.Set("Authorization", strings.TrimSpace(r.Header.Get("Authorization")))
}

func main() {
	s := server.NewMCPServer("demo", "1.0.0")
	s.AddTool(mcp.NewTool("list_repos"), listRepos)
	s.AddTool(mcp.NewTool("search"), search)
	server.NewStreamableHTTPServer(s, server.WithHTTPContextFunc(withToken)).Start("127.0.0.1:8080")
}

// Through a helper that stores its argument in the context.
type authKey struct{}

func withAuth(ctx context.Context, token string) context.Context {
	return context.WithValue(ctx, authKey{}, token)
}

func authContext(ctx context.Context, r *http.Request) context.Context {
	return withAuth(ctx, r.Header.Get("Authorization"))
}

func fetch(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	out, _ := http.NewRequestWithContext(ctx, "GET", "https://api.example.com/fetch", nil)
	if tok, ok := ctx.Value(authKey{}).(string); ok {
		out.Header.Set("Authorization", tok) // want `the client's token stored in the context under authKey\{\} reaches the headers of an outbound request`
	}
	http.DefaultClient.Do(out)
	return nil, nil
}

// A key that only ever holds the server's own token.
type apiKey struct{}

func withAPIKey(ctx context.Context) context.Context {
	return withAuthOther(ctx, "server-secret")
}

func withAuthOther(ctx context.Context, token string) context.Context {
	return context.WithValue(ctx, apiKey{}, token)
}

func useAPIKey(ctx context.Context) {
	out, _ := http.NewRequestWithContext(ctx, "GET", "https://api.example.com/", nil)
	out.Header.Set("Authorization", ctx.Value(apiKey{}).(string))
	http.DefaultClient.Do(out)
}
