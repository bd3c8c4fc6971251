package main

import (
	"context"
	"os"
	"path/filepath"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

// ServerConfig is the server's own configuration, chosen by the operator.
type ServerConfig struct{ CredentialsDir string }

// Good: configHelper has a request parameter, but it is a helper the
// registered closure calls, not a typed handler; cfg after the request is
// the server's configuration, not decoded tool arguments.
func configHelper(ctx context.Context, request mcp.CallToolRequest, cfg ServerConfig) (*mcp.CallToolResult, error) {
	b, _ := os.ReadFile(filepath.Join(cfg.CredentialsDir, "credentials.json"))
	return mcp.NewToolResultText(string(b)), nil
}

// The same helper shape: what it reads from the request is still a tool
// argument.
func argHelper(ctx context.Context, request mcp.CallToolRequest, cfg ServerConfig) (*mcp.CallToolResult, error) {
	b, _ := os.ReadFile(filepath.Join(cfg.CredentialsDir, request.GetString("name", ""))) // want `tool argument "name" reaches os.ReadFile without a containment check`
	return mcp.NewToolResultText(string(b)), nil
}

// FileArgs are the typed arguments of a tool registered through mcp-go's
// NewTypedToolHandler.
type FileArgs struct{ Path string }

// typedHandler's third parameter is decoded tool arguments: it is passed to
// NewTypedToolHandler.
func typedHandler(ctx context.Context, request mcp.CallToolRequest, args FileArgs) (*mcp.CallToolResult, error) {
	b, _ := os.ReadFile(args.Path) // want `tool argument "Path" reaches os.ReadFile without a containment check`
	return mcp.NewToolResultText(string(b)), nil
}

func registerHelpers(s *server.MCPServer, cfg ServerConfig) {
	s.AddTool(mcp.NewTool("config"), func(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		return configHelper(ctx, request, cfg)
	})
	s.AddTool(mcp.NewTool("arg"), func(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		return argHelper(ctx, request, cfg)
	})
	s.AddTool(mcp.NewTool("typed"), mcp.NewTypedToolHandler(typedHandler))
	s.AddTool(mcp.NewTool("clone"), cloneHandler)
}
