package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os/exec"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"
)

// go-sdk's untyped Server.AddTool: the raw JSON arguments are decoded by
// the handler itself.
func rawHandler(ctx context.Context, req *sdk.CallToolRequest) (*sdk.CallToolResult, error) {
	var args struct {
		Query string `json:"query"`
		Limit int    `json:"limit"`
	}
	if err := json.Unmarshal(req.Params.Arguments, &args); err != nil {
		return nil, err
	}
	exec.CommandContext(ctx, "sh", "-c", "grep "+args.Query+" /var/log/syslog").Run() // want `tool argument "query" reaches exec.CommandContext via "sh -c"`
	// Good: the int field cannot carry shell syntax.
	exec.CommandContext(ctx, "sh", "-c", fmt.Sprintf("tail -n %d /var/log/syslog", args.Limit)).Run()
	return nil, nil
}

// Prompt arguments are client-chosen too.
func promptHandler(ctx context.Context, req *sdk.GetPromptRequest) (*sdk.GetPromptResult, error) {
	topic := req.Params.Arguments["topic"]
	exec.Command("bash", "-c", "man "+topic).Run() // want `prompt argument "topic" reaches exec.Command via "bash -c"`
	return nil, nil
}

// Many branches and loops must not blow up the analysis (each merge is a
// union, not a copy of every path).
func manyBranches(ctx context.Context, req *sdk.CallToolRequest) (*sdk.CallToolResult, error) {
	var args map[string]string
	json.Unmarshal(req.Params.Arguments, &args)
	s := args["s"]
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				if i > 0 {
					s = s + "a"
				} else if j > 0 {
					s = s + "b"
				}
				if k > 1 {
					s += "c"
				}
				switch {
				case i == j:
					s = s + "d"
				case j == k:
					s = s + "e"
				}
			}
		}
	}
	exec.Command("sh", "-c", s).Run() // want `tool argument "s" reaches exec.Command via "sh -c"`
	return nil, nil
}
