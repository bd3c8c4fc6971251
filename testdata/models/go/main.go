// Command models-mcp shows project functions that hide a sink and a check
// from the analysis until .mcplint.yml declares them (see models_test.go).
package main

import (
	"context"
	"os"
	"path/filepath"

	"example.com/models-mcp/jobs"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

// runHandler hands the tool argument to jobs.Submit, which runs it in a
// shell: a command injection only a declared sink reveals.
func runHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	if err := jobs.Submit(req.GetString("cmd", "")); err != nil {
		return mcp.NewToolResultError(err.Error()), nil
	}
	return mcp.NewToolResultText("queued"), nil
}

// readHandler is safe once jobs.SafeName is declared a validator: only
// names from its allow-list reach the file system.
func readHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name := req.GetString("name", "")
	if !jobs.SafeName(name) {
		return mcp.NewToolResultError("unknown note"), nil
	}
	b, err := os.ReadFile(filepath.Join("/var/lib/notes", name))
	if err != nil {
		return mcp.NewToolResultError(err.Error()), nil
	}
	return mcp.NewToolResultText(string(b)), nil
}

func main() {
	s := server.NewMCPServer("models", "0.1.0")
	s.AddTool(mcp.NewTool("run", mcp.WithString("cmd", mcp.Required())), runHandler)
	s.AddTool(mcp.NewTool("read", mcp.WithString("name", mcp.Required())), readHandler)
	_ = server.ServeStdio(s)
}
