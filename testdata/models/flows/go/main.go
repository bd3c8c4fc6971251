// Command models-flows shows a project source, sanitizer and validator the
// analysis cannot see until .mcplint.yml declares them (see
// cmd/mcplint/models_test.go).
package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"

	"example.com/models-flows/jobs"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

// runNext runs the next queued line in a shell: a command injection only a
// declared source reveals.
func runNext(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	out, _ := exec.Command("sh", "-c", jobs.Next()).Output()
	return mcp.NewToolResultText(string(out)), nil
}

// runNextQuoted is safe once jobs.Quote is declared a shell sanitizer: the
// queued line is quoted before the shell sees it.
func runNextQuoted(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	out, _ := exec.Command("sh", "-c", "echo "+jobs.Quote(jobs.Next())).Output()
	return mcp.NewToolResultText(string(out)), nil
}

// echo is safe once jobs.Quote is declared a shell sanitizer: the tool
// argument is quoted before the shell sees it.
func echo(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	out, _ := exec.Command("sh", "-c", "echo "+jobs.Quote(req.GetString("msg", ""))).Output()
	return mcp.NewToolResultText(string(out)), nil
}

// show stays a path traversal with the models: shell quoting says nothing
// about where a path points.
func show(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	b, err := os.ReadFile(filepath.Join("/srv/files", jobs.Quote(req.GetString("name", ""))))
	if err != nil {
		return mcp.NewToolResultError(err.Error()), nil
	}
	return mcp.NewToolResultText(string(b)), nil
}

// cat reads a spool file and hands its name to a shell. Once jobs.Known is
// declared a path validator, the read is safe (the name is a spool file)
// but the shell line stays a command injection: a spool file may be called
// "x; rm -rf ~", and a path check says nothing about shell syntax.
func cat(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name := req.GetString("name", "")
	if !jobs.Known(name) {
		return mcp.NewToolResultError("unknown file"), nil
	}
	b, _ := os.ReadFile(filepath.Join("/srv/spool", name))
	out, _ := exec.Command("sh", "-c", "wc -c /srv/spool/"+name).Output()
	return mcp.NewToolResultText(string(b) + string(out)), nil
}

func main() {
	s := server.NewMCPServer("models-flows", "0.1.0")
	s.AddTool(mcp.NewTool("run_next"), runNext)
	s.AddTool(mcp.NewTool("run_next_quoted"), runNextQuoted)
	s.AddTool(mcp.NewTool("echo", mcp.WithString("msg", mcp.Required())), echo)
	s.AddTool(mcp.NewTool("show", mcp.WithString("name", mcp.Required())), show)
	s.AddTool(mcp.NewTool("cat", mcp.WithString("name", mcp.Required())), cat)
	_ = server.ServeStdio(s)
}
