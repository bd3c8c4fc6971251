// Package mcp is a minimal stub of github.com/mark3labs/mcp-go/mcp for
// mcplint's analysistest fixtures: only the API surface the fixtures use,
// with the real signatures.
package mcp

import (
	"context"
	"net/http"
)

type Request struct{}

type CallToolParams struct {
	Name      string
	Arguments any
}

type CallToolRequest struct {
	Request
	Header http.Header
	Params CallToolParams
}

func (r CallToolRequest) GetArguments() map[string]any                     { return nil }
func (r CallToolRequest) GetRawArguments() any                             { return nil }
func (r CallToolRequest) BindArguments(target any) error                   { return nil }
func (r CallToolRequest) GetString(key, def string) string                 { return def }
func (r CallToolRequest) RequireString(key string) (string, error)         { return "", nil }
func (r CallToolRequest) GetInt(key string, def int) int                   { return def }
func (r CallToolRequest) RequireInt(key string) (int, error)               { return 0, nil }
func (r CallToolRequest) GetBool(key string, def bool) bool                { return def }
func (r CallToolRequest) GetStringSlice(key string, def []string) []string { return def }

type ReadResourceParams struct {
	URI       string
	Arguments map[string]any
}

type ReadResourceRequest struct {
	Request
	Params ReadResourceParams
}

type GetPromptParams struct {
	Name      string
	Arguments map[string]string
}

type GetPromptRequest struct {
	Request
	Params GetPromptParams
}

type Content interface{}

type CallToolResult struct {
	Content []Content
	IsError bool
}

type ResourceContents interface{}
type GetPromptResult struct{}

type Tool struct {
	Name        string
	Description string
	Annotations ToolAnnotation
}

type ToolAnnotation struct {
	Title           string
	ReadOnlyHint    *bool
	DestructiveHint *bool
	IdempotentHint  *bool
	OpenWorldHint   *bool
}

func WithToolAnnotation(annotation ToolAnnotation) ToolOption { return nil }
func WithTitleAnnotation(title string) ToolOption             { return nil }
func WithReadOnlyHintAnnotation(value bool) ToolOption        { return nil }
func WithDestructiveHintAnnotation(value bool) ToolOption     { return nil }
func WithIdempotentHintAnnotation(value bool) ToolOption      { return nil }
func WithOpenWorldHintAnnotation(value bool) ToolOption       { return nil }
func ToBoolPtr(b bool) *bool                                  { return &b }

type Resource struct {
	URI         string
	Description string
}
type ResourceTemplate struct{ URITemplate string }
type Prompt struct{ Name string }

type ToolOption func(*Tool)
type PropertyOption func(map[string]any)

func NewTool(name string, opts ...ToolOption) Tool              { return Tool{Name: name} }
func WithDescription(d string) ToolOption                       { return nil }
func WithString(name string, opts ...PropertyOption) ToolOption { return nil }
func WithNumber(name string, opts ...PropertyOption) ToolOption { return nil }
func Required() PropertyOption                                  { return nil }
func NewToolResultText(text string) *CallToolResult             { return nil }
func NewToolResultError(text string) *CallToolResult            { return nil }
func NewResourceTemplate(uri, name string) ResourceTemplate     { return ResourceTemplate{} }
func NewPrompt(name string, opts ...PromptOption) Prompt        { return Prompt{} }

type PromptOption func(*Prompt)
type ArgumentOption func(map[string]any)
type ResourceOption func(*Resource)

func Description(d string) PropertyOption                               { return nil }
func WithPromptDescription(d string) PromptOption                       { return nil }
func WithArgument(name string, opts ...ArgumentOption) PromptOption     { return nil }
func ArgumentDescription(d string) ArgumentOption                       { return nil }
func NewResource(uri, name string, opts ...ResourceOption) Resource     { return Resource{URI: uri} }
func WithResourceDescription(d string) ResourceOption                   { return nil }
func NewToolWithRawSchema(name, description string, schema []byte) Tool { return Tool{Name: name} }

type TypedToolHandlerFunc[T any] func(ctx context.Context, request CallToolRequest, args T) (*CallToolResult, error)

func NewTypedToolHandler[T any](handler TypedToolHandlerFunc[T]) func(ctx context.Context, request CallToolRequest) (*CallToolResult, error) {
	return nil
}

func ParseString(request CallToolRequest, key string, defaultValue string) string { return "" }
func ParseInt(request CallToolRequest, key string, defaultValue int) int          { return 0 }
