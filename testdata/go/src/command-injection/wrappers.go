package main

import (
	"context"

	"github.com/go-cmd/cmd"
	"github.com/mark3labs/mcp-go/mcp"
)

// go-cmd runs the program it is given, like os/exec.
func goCmd(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	line := req.GetString("command", "")
	cmd.NewCmd("bash", "-c", line).Start()                       // want `tool argument "command" reaches cmd.NewCmd via "bash -c"`
	cmd.NewCmdOptions(cmd.Options{Buffered: true}, line).Start() // want `tool argument "command" reaches cmd.NewCmdOptions as the program name`
	// Good: a fixed program; the argument is one argv element, not a
	// command line.
	cmd.NewCmd("git", "log", "--", line).Start()
	return nil, nil
}
