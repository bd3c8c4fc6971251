// Package server is a minimal stub of github.com/mark3labs/mcp-go/server for
// mcplint's analysistest fixtures.
package server

import (
	"context"
	"io"
	"net/http"

	"github.com/mark3labs/mcp-go/mcp"
)

type ToolHandlerFunc func(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error)
type ResourceTemplateHandlerFunc func(ctx context.Context, request mcp.ReadResourceRequest) ([]mcp.ResourceContents, error)
type ResourceHandlerFunc func(ctx context.Context, request mcp.ReadResourceRequest) ([]mcp.ResourceContents, error)
type PromptHandlerFunc func(ctx context.Context, request mcp.GetPromptRequest) (*mcp.GetPromptResult, error)

type ServerTool struct {
	Tool    mcp.Tool
	Handler ToolHandlerFunc
}

type ServerOption func(*MCPServer)

type MCPServer struct{}

func NewMCPServer(name, version string, opts ...ServerOption) *MCPServer { return &MCPServer{} }

func (s *MCPServer) AddTool(tool mcp.Tool, handler ToolHandlerFunc)    {}
func (s *MCPServer) AddTools(tools ...ServerTool)                      {}
func (s *MCPServer) AddResource(r mcp.Resource, h ResourceHandlerFunc) {}
func (s *MCPServer) AddResourceTemplate(t mcp.ResourceTemplate, h ResourceTemplateHandlerFunc) {
}
func (s *MCPServer) AddPrompt(p mcp.Prompt, h PromptHandlerFunc) {}

func ServeStdio(s *MCPServer) error { return nil }

type HTTPContextFunc func(ctx context.Context, r *http.Request) context.Context
type SSEContextFunc func(ctx context.Context, r *http.Request) context.Context

type SSEOption func(*SSEServer)

type SSEServer struct{}

func NewSSEServer(s *MCPServer, opts ...SSEOption) *SSEServer         { return &SSEServer{} }
func WithBaseURL(u string) SSEOption                                  { return nil }
func WithSSEContextFunc(fn SSEContextFunc) SSEOption                  { return nil }
func WithSSEDisableLocalhostProtection(disable bool) SSEOption        { return nil }
func WithHTTPServer(srv *http.Server) SSEOption                       { return nil }
func (s *SSEServer) Start(addr string) error                          { return nil }
func (s *SSEServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

type StreamableHTTPOption func(*StreamableHTTPServer)

type StreamableHTTPServer struct{}

func NewStreamableHTTPServer(s *MCPServer, opts ...StreamableHTTPOption) *StreamableHTTPServer {
	return &StreamableHTTPServer{}
}
func WithHTTPContextFunc(fn HTTPContextFunc) StreamableHTTPOption                { return nil }
func WithDisableLocalhostProtection(disable bool) StreamableHTTPOption           { return nil }
func WithEndpointPath(p string) StreamableHTTPOption                             { return nil }
func WithStreamableHTTPServer(srv *http.Server) StreamableHTTPOption             { return nil }
func (s *StreamableHTTPServer) Start(addr string) error                          { return nil }
func (s *StreamableHTTPServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

type StdioServer struct{}

func NewStdioServer(s *MCPServer) *StdioServer { return &StdioServer{} }
func (s *StdioServer) Listen(ctx context.Context, stdin io.Reader, stdout io.Writer) error {
	return nil
}

type SessionIDGenFunc func(ctx context.Context, r *http.Request) (string, error)

func WithSessionIDGenerator(fn SessionIDGenFunc) SSEOption { return nil }

type SessionIdManager interface {
	Generate() string
	Validate(sessionID string) (isTerminated bool, err error)
	Terminate(sessionID string) (isNotAllowed bool, err error)
}

func WithSessionIdManager(manager SessionIdManager) StreamableHTTPOption { return nil }
