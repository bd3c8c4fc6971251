package main

import (
	"context"
	"os/exec"
	"runtime"

	"github.com/mark3labs/mcp-go/mcp"
)

// runGitArgs runs git, and on Windows falls back to cmd /c, which parses
// the joined arguments again as a command line.
func runGitArgs(dir string, args ...string) error {
	if runtime.GOOS == "windows" {
		cmdArgs := append([]string{"/c", "git"}, args...)
		cmd := exec.Command("cmd", cmdArgs...) // want `tool argument reaches exec.Command via "cmd"`
		cmd.Dir = dir
		return cmd.Run()
	}
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	return cmd.Run()
}

func gitCommitArgs(ctx context.Context, args map[string]interface{}) (*mcp.CallToolResult, error) {
	message, _ := args["message"].(string)
	return nil, runGitArgs(".", "commit", "-m", message)
}

// The check of args["action"] is a check of that one element: the
// message read from the same map later is still the client's.
func gitActionHandler(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	args := request.Params.Arguments.(map[string]interface{})
	action, _ := args["action"].(string)
	if action == "commit" {
		return gitCommitArgs(ctx, args)
	}
	return nil, nil
}

// Good: the element checked is the element run: line is "status" here.
func gitStatusHandler(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	args := request.Params.Arguments.(map[string]interface{})
	line, _ := args["line"].(string)
	if line == "status" {
		exec.Command("sh", "-c", "git "+line).Run()
	}
	return nil, nil
}
