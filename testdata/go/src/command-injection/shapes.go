package main

import (
	"context"
	"os/exec"

	"github.com/mark3labs/mcp-go/mcp"
)

// A closure over a tool argument runs it later.
func closureHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	cmd := req.GetString("cmd", "uptime")
	run := func() error {
		return exec.Command("sh", "-c", cmd).Run() // want `tool argument "cmd" reaches exec.Command via "sh -c"`
	}
	// Good: the closure's twin runs a constant.
	fixed := func() error { return exec.Command("sh", "-c", "uptime").Run() }
	_ = fixed()
	return nil, run()
}

func runScript(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	exec.CommandContext(ctx, "bash", "-c", req.GetString("script", "")).Run() // want `tool argument "script" reaches exec.CommandContext via "bash -c"`
	return nil, nil
}

func listDir(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	// Good: the argument is one argv element of ls.
	exec.CommandContext(ctx, "ls", "--", req.GetString("dir", ".")).Run()
	return nil, nil
}

// A switch on the tool name into per-tool functions.
func switchHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	switch req.Params.Name {
	case "script":
		return runScript(ctx, req)
	case "ls":
		return listDir(ctx, req)
	}
	return nil, nil
}

type toolFunc func(ctx context.Context, args map[string]any) error

func shellTool(ctx context.Context, args map[string]any) error {
	line, _ := args["line"].(string)
	return exec.CommandContext(ctx, "sh", "-c", line).Run() // want `tool argument reaches exec.CommandContext via "sh -c"`
}

func echoTool(ctx context.Context, args map[string]any) error {
	text, _ := args["text"].(string)
	// Good: one argv element of echo.
	return exec.CommandContext(ctx, "echo", text).Run()
}

var toolTable = map[string]toolFunc{"shell": shellTool, "echo": echoTool}

// A dispatch table keyed by the tool name.
func tableHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	fn, ok := toolTable[req.Params.Name]
	if !ok {
		return mcp.NewToolResultError("unknown tool"), nil
	}
	return nil, fn(ctx, req.GetArguments())
}
