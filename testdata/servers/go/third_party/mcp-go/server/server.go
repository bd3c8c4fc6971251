// Package server is a stub of github.com/mark3labs/mcp-go/server (API shapes
// only).
package server

import (
	"context"
	"net/http"

	"github.com/mark3labs/mcp-go/mcp"
)

type ToolHandlerFunc func(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error)

type MCPServer struct{}

func NewMCPServer(name, version string) *MCPServer                  { return &MCPServer{} }
func (s *MCPServer) AddTool(tool mcp.Tool, handler ToolHandlerFunc) {}
func ServeStdio(s *MCPServer) error                                 { return nil }

type HTTPContextFunc func(ctx context.Context, r *http.Request) context.Context

type StreamableHTTPOption func(*StreamableHTTPServer)

type StreamableHTTPServer struct{}

func NewStreamableHTTPServer(s *MCPServer, opts ...StreamableHTTPOption) *StreamableHTTPServer {
	return &StreamableHTTPServer{}
}
func WithHTTPContextFunc(fn HTTPContextFunc) StreamableHTTPOption                { return nil }
func (s *StreamableHTTPServer) Start(addr string) error                          { return nil }
func (s *StreamableHTTPServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
