// Package mcp is a stub of github.com/mark3labs/mcp-go/mcp (API shapes only).
package mcp

import "net/http"

type CallToolParams struct {
	Name      string
	Arguments any
}

type CallToolRequest struct {
	Header http.Header
	Params CallToolParams
}

func (r CallToolRequest) GetArguments() map[string]any             { return nil }
func (r CallToolRequest) GetString(key, def string) string         { return def }
func (r CallToolRequest) RequireString(key string) (string, error) { return "", nil }
func (r CallToolRequest) GetInt(key string, def int) int           { return def }

type Content interface{}

type CallToolResult struct{ Content []Content }

type Tool struct{ Name string }

type ToolOption func(*Tool)
type PropertyOption func(map[string]any)

func NewTool(name string, opts ...ToolOption) Tool              { return Tool{Name: name} }
func WithDescription(d string) ToolOption                       { return nil }
func WithString(name string, opts ...PropertyOption) ToolOption { return nil }
func WithNumber(name string, opts ...PropertyOption) ToolOption { return nil }
func Required() PropertyOption                                  { return nil }
func NewToolResultText(text string) *CallToolResult             { return &CallToolResult{} }
func NewToolResultError(text string) *CallToolResult            { return &CallToolResult{} }
