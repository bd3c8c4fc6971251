package python

import (
	"github.com/mcpsec/mcplint/analyzers/poison"
	"github.com/mcpsec/mcplint/langs/engine"
)

// poisonDetails runs the MCP009 classifier and returns one detail per
// signal.
func poisonDetails(text string) []string {
	var out []string
	for _, s := range poison.Check(text) {
		switch s.Kind {
		case poison.Invisible, poison.Bidi, poison.TagChars:
			// these details name characters, not an action
			out = append(out, "contains "+s.Detail)
		default:
			out = append(out, s.Detail)
		}
	}
	return out
}

// texts: where FastMCP and the low-level server keep the text a model
// reads. A function's docstring is its description unless description=
// is passed.
var texts = []engine.TextCheck{
	{RuleID: "MCP009", What: "tool", Callee: []string{"*.tool", "*.add_tool", "*Tool.from_function"}, Decorators: []string{"*.tool"},
		Arg: []engine.ArgRef{"description"}, Func: []engine.ArgRef{"0", "fn"}, Name: []engine.ArgRef{"name"}, Check: poisonDetails},
	{RuleID: "MCP009", What: "resource", Callee: []string{"*.resource", "*.add_resource_fn"}, Decorators: []string{"*.resource"},
		Arg: []engine.ArgRef{"description"}, Func: []engine.ArgRef{"fn"}, Name: []engine.ArgRef{"name"}, Check: poisonDetails},
	{RuleID: "MCP009", What: "prompt", Callee: []string{"*.prompt", "*.add_prompt"}, Decorators: []string{"*.prompt"},
		Arg: []engine.ArgRef{"description"}, Func: []engine.ArgRef{"0", "fn"}, Name: []engine.ArgRef{"name"}, Check: poisonDetails},
	// low-level server: types.Tool(name=..., description=...) in list_tools
	{RuleID: "MCP009", What: "tool", Callee: []string{"mcp.types.Tool", "*.types.Tool"},
		Arg: []engine.ArgRef{"description", "title"}, Name: []engine.ArgRef{"name"}, Check: poisonDetails},
	{RuleID: "MCP009", What: "prompt", Callee: []string{"mcp.types.Prompt", "*.types.Prompt"},
		Arg: []engine.ArgRef{"description", "title"}, Name: []engine.ArgRef{"name"}, Check: poisonDetails},
	{RuleID: "MCP009", What: "resource", Callee: []string{"mcp.types.Resource", "*.types.Resource", "mcp.types.ResourceTemplate", "*.types.ResourceTemplate"},
		Arg: []engine.ArgRef{"description", "title"}, Name: []engine.ArgRef{"name"}, Check: poisonDetails},
	{RuleID: "MCP009", What: "parameter", Callee: []string{"mcp.types.PromptArgument", "*.types.PromptArgument"},
		Arg: []engine.ArgRef{"description"}, Name: []engine.ArgRef{"name"}, Check: poisonDetails},
}

// sources and marks: filled in by the token-passthrough and stdio-stdout data.
var (
	sources []engine.Source
	marks   []engine.Mark
)
