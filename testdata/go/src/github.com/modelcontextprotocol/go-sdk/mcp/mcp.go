// Package mcp is a minimal stub of github.com/modelcontextprotocol/go-sdk/mcp
// for mcplint's analysistest fixtures.
package mcp

import (
	"context"
	"encoding/json"
	"net/http"
)

type Implementation struct {
	Name    string
	Version string
}

type ServerOptions struct {
	GetSessionID func() string
}

type Server struct{}

func NewServer(impl *Implementation, opts *ServerOptions) *Server { return &Server{} }

type Params interface{ isParams() }

type CallToolParamsRaw struct {
	Name      string
	Arguments json.RawMessage
}

func (*CallToolParamsRaw) isParams() {}

type ReadResourceParams struct{ URI string }

func (*ReadResourceParams) isParams() {}

type GetPromptParams struct {
	Name      string
	Arguments map[string]string
}

func (*GetPromptParams) isParams() {}

type ServerSession struct{}

type ServerRequest[P Params] struct {
	Session *ServerSession
	Params  P
}

type (
	CallToolRequest     = ServerRequest[*CallToolParamsRaw]
	ReadResourceRequest = ServerRequest[*ReadResourceParams]
	GetPromptRequest    = ServerRequest[*GetPromptParams]
)

type Content interface{}

type TextContent struct{ Text string }

type CallToolResult struct {
	Content []Content
	IsError bool
}

type ReadResourceResult struct{}
type GetPromptResult struct{}

type Tool struct {
	Name        string
	Title       string
	Description string
	Annotations *ToolAnnotations
}

type ToolAnnotations struct {
	DestructiveHint *bool
	IdempotentHint  bool
	OpenWorldHint   *bool
	ReadOnlyHint    bool
	Title           string
}

type Resource struct {
	URI         string
	Name        string
	Description string
}
type ResourceTemplate struct{ URITemplate string }
type Prompt struct {
	Name        string
	Description string
	Arguments   []*PromptArgument
}

type PromptArgument struct {
	Name        string
	Description string
}

type ToolHandler func(context.Context, *CallToolRequest) (*CallToolResult, error)
type ToolHandlerFor[In, Out any] func(_ context.Context, request *CallToolRequest, input In) (result *CallToolResult, output Out, _ error)
type ResourceHandler func(context.Context, *ReadResourceRequest) (*ReadResourceResult, error)
type PromptHandler func(context.Context, *GetPromptRequest) (*GetPromptResult, error)

func (s *Server) AddTool(t *Tool, h ToolHandler)                             {}
func AddTool[In, Out any](s *Server, t *Tool, h ToolHandlerFor[In, Out])     {}
func (s *Server) AddResource(r *Resource, h ResourceHandler)                 {}
func (s *Server) AddResourceTemplate(t *ResourceTemplate, h ResourceHandler) {}
func (s *Server) AddPrompt(p *Prompt, h PromptHandler)                       {}
func (s *Server) Run(ctx context.Context, t Transport) error                 { return nil }

type Transport interface{}
type StdioTransport struct{}

func NewStdioTransport() *StdioTransport { return &StdioTransport{} }

type StreamableHTTPOptions struct {
	Stateless                  bool
	DisableLocalhostProtection bool
	CrossOriginProtection      *http.CrossOriginProtection
}

type StreamableHTTPHandler struct{}

func NewStreamableHTTPHandler(getServer func(*http.Request) *Server, opts *StreamableHTTPOptions) *StreamableHTTPHandler {
	return &StreamableHTTPHandler{}
}
func (h *StreamableHTTPHandler) ServeHTTP(w http.ResponseWriter, req *http.Request) {}

type SSEOptions struct {
	DisableLocalhostProtection bool
}

type SSEHandler struct{}

func NewSSEHandler(getServer func(*http.Request) *Server, opts *SSEOptions) *SSEHandler {
	return &SSEHandler{}
}
func (h *SSEHandler) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
