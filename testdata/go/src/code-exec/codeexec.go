// Package main holds MCP007 (code-exec) fixtures.
package main

import (
	"context"
	"os/exec"
	"plugin"

	"github.com/dop251/goja"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/traefik/yaegi/interp"
)

func evalHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	expr := req.GetString("expression", "")
	// Good: goja is a JavaScript sandbox without file, network or process
	// access; the script sees only what the server binds into it.
	vm := goja.New()
	vm.RunString(expr)

	// yaegi interprets Go with the standard library: os/exec is one import away.
	interp.New(interp.Options{}).Eval(expr) // want `tool argument "expression" reaches interp.Interpreter.Eval`

	exec.Command("python3", "-c", expr).Run() // want `tool argument "expression" reaches exec.Command via "python3 -c"`

	plugin.Open(req.GetString("plugin", "")) // want `tool argument "plugin" reaches plugin.Open`
	return nil, nil
}

// Good: the script is fixed and the argument is passed as data (sys.argv).
func safeHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	exec.Command("python3", "-c", "import sys; print(len(sys.argv[1]))", req.GetString("text", "")).Run()
	vm := goja.New()
	// Good: constant code.
	vm.RunString("1 + 1")
	return nil, nil
}

func main() {}
