package main

import (
	"context"
	"os/exec"

	"github.com/mark3labs/mcp-go/mcp"
)

// A tool argument handed down a chain of 40 pass-through helpers still
// reaches the shell: summaries, not call depth, decide.
func chainHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	chain0(req.GetString("cmd", ""))
	// Good: a constant goes down the same chain.
	chain0("uptime")
	return nil, nil
}

func chain0(x string) { chain1(x) }

func chain1(x string) { chain2(x) }

func chain2(x string) { chain3(x) }

func chain3(x string) { chain4(x) }

func chain4(x string) { chain5(x) }

func chain5(x string) { chain6(x) }

func chain6(x string) { chain7(x) }

func chain7(x string) { chain8(x) }

func chain8(x string) { chain9(x) }

func chain9(x string) { chain10(x) }

func chain10(x string) { chain11(x) }

func chain11(x string) { chain12(x) }

func chain12(x string) { chain13(x) }

func chain13(x string) { chain14(x) }

func chain14(x string) { chain15(x) }

func chain15(x string) { chain16(x) }

func chain16(x string) { chain17(x) }

func chain17(x string) { chain18(x) }

func chain18(x string) { chain19(x) }

func chain19(x string) { chain20(x) }

func chain20(x string) { chain21(x) }

func chain21(x string) { chain22(x) }

func chain22(x string) { chain23(x) }

func chain23(x string) { chain24(x) }

func chain24(x string) { chain25(x) }

func chain25(x string) { chain26(x) }

func chain26(x string) { chain27(x) }

func chain27(x string) { chain28(x) }

func chain28(x string) { chain29(x) }

func chain29(x string) { chain30(x) }

func chain30(x string) { chain31(x) }

func chain31(x string) { chain32(x) }

func chain32(x string) { chain33(x) }

func chain33(x string) { chain34(x) }

func chain34(x string) { chain35(x) }

func chain35(x string) { chain36(x) }

func chain36(x string) { chain37(x) }

func chain37(x string) { chain38(x) }

func chain38(x string) { chain39(x) }

func chain39(x string) {
	exec.Command("sh", "-c", x).Run() // want `tool argument "cmd" reaches exec.Command via "sh -c"`
}
