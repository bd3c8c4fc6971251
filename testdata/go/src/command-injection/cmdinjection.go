// Package main holds MCP002 (command-injection) fixtures.
package main

import (
	"context"
	"os/exec"
	"strconv"
	"strings"

	"command-injection/runner"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	sdk "github.com/modelcontextprotocol/go-sdk/mcp"
)

func shellHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	cmd := req.GetString("cmd", "")
	out, _ := exec.CommandContext(ctx, "bash", "-c", cmd).Output() // want `tool argument "cmd" reaches exec.CommandContext via "bash -c"`
	return mcp.NewToolResultText(string(out)), nil
}

func programHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	prog, err := req.RequireString("program")
	if err != nil {
		return nil, err
	}
	exec.Command(prog, "--version").Run() // want `tool argument "program" reaches exec.Command as the program name`
	return nil, nil
}

// Concatenation, Sprintf-style building and a local helper.
func concatHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	args := req.GetArguments()
	dir, _ := args["dir"].(string)
	script := "ls -la " + strings.TrimSpace(dir)
	run(script)
	return nil, nil
}

func run(script string) {
	exec.Command("/bin/sh", "-c", script).Run() // want `tool argument "dir" reaches exec.Command via "/bin/sh -c"`
}

// A helper in another package, followed through its fact.
func viaFact(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	runner.Shell(ctx, req.GetString("script", "")) // want `tool argument "script" reaches exec.CommandContext via "sh -c" in runner.Shell`
	// Good: grep receives the pattern as one argv element; no shell parses it.
	runner.Grep(req.GetString("pattern", ""), "/var/log/app.log")
	return nil, nil
}

// Good: a fixed program with the argument as a separate argv element is
// argument passing, not injection.
func argvHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	exec.CommandContext(ctx, "git", "log", "--", req.GetString("path", "")).Run()
	return nil, nil
}

// Good: a typed int argument cannot carry shell syntax.
func intHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	n := req.GetInt("lines", 10)
	exec.Command("sh", "-c", "tail -n "+strconv.Itoa(n)+" /var/log/app.log").Run()
	return nil, nil
}

// Good: the argument must be one of a constant allowlist.
func allowlistHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	svc := req.GetString("service", "")
	switch svc {
	case "nginx", "postgres":
		exec.Command("sh", "-c", "systemctl status "+svc).Run()
	}
	return nil, nil
}

type RunInput struct {
	Command string `json:"command"`
	Timeout int    `json:"timeout"`
}

// go-sdk typed handler: string fields of the input struct are sources.
func sdkHandler(ctx context.Context, req *sdk.CallToolRequest, in RunInput) (*sdk.CallToolResult, any, error) {
	exec.Command("bash", "-c", in.Command).Run() // want `tool argument "command" reaches exec.Command via "bash -c"`
	// Good: the int field is not a source.
	exec.Command("sh", "-c", "sleep "+strconv.Itoa(in.Timeout)).Run()
	return nil, nil, nil
}

func main() {
	s := server.NewMCPServer("x", "1")
	s.AddTool(mcp.NewTool("shell"), shellHandler)
	s.AddTool(mcp.NewTool("chain"), chainHandler)
	s.AddTool(mcp.NewTool("closure"), closureHandler)
	s.AddTool(mcp.NewTool("switch"), switchHandler)
	s.AddTool(mcp.NewTool("table"), tableHandler)
	s.AddTool(mcp.NewTool("inline"), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		exec.Command("sh", "-c", req.Params.Arguments.(map[string]any)["q"].(string)).Run() // want `tool argument "q" reaches exec.Command via "sh -c"`
		return nil, nil
	})
	srv := sdk.NewServer(&sdk.Implementation{Name: "x"}, nil)
	sdk.AddTool(srv, &sdk.Tool{Name: "run"}, sdkHandler)

	// Good: not a handler; main's own constants.
	exec.Command("sh", "-c", "echo started").Run()
}

func parseHelpers(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	exec.Command("sh", "-c", mcp.ParseString(req, "script", "")).Run() // want `tool argument "script" reaches exec.Command via "sh -c"`
	// Good: ParseInt returns a number.
	exec.Command("sh", "-c", "sleep "+strconv.Itoa(mcp.ParseInt(req, "secs", 1))).Run()
	return nil, nil
}
