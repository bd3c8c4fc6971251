package main

import (
	"context"
	"os/exec"

	"github.com/mark3labs/mcp-go/mcp"
)

// runGit runs git directly, and through cmd /c when that fails: cmd.exe
// parses the joined arguments again, so & | % in them are its syntax.
func runGit(dir string, args ...string) error {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	if err := cmd.Run(); err == nil {
		return nil
	}
	cmdArgs := append([]string{"/c", "git"}, args...)
	cmd2 := exec.Command("cmd", cmdArgs...) // want `tool argument "message" reaches exec.Command via "cmd"`
	cmd2.Dir = dir
	return cmd2.Run()
}

// runGitDirect passes the arguments to git with no shell in between.
func runGitDirect(dir string, args ...string) error {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	return cmd.Run()
}

func gitCommitHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	msg := req.GetString("message", "")
	cmdArgs := []string{"commit", "-m", msg}
	runGit(".", cmdArgs...)
	return nil, nil
}

// Good: git gets the message as one argv element and runs no shell.
func gitCommitDirectHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	msg := req.GetString("message", "")
	cmdArgs := []string{"commit", "-m", msg}
	runGitDirect(".", cmdArgs...)
	return nil, nil
}
