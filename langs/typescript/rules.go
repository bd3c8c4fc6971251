package typescript

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

// texts: where the official SDK, fastmcp and low-level servers keep the
// text a model reads.
var texts = []engine.TextCheck{
	// server.tool(name, description, [schema], cb): a string second argument
	{RuleID: "MCP009", What: "tool", Callee: []string{"*.tool"}, Arg: []engine.ArgRef{"1"}, Name: []engine.ArgRef{"0"}, Check: poisonDetails},
	{RuleID: "MCP009", What: "prompt", Callee: []string{"*.prompt"}, Arg: []engine.ArgRef{"1"}, Name: []engine.ArgRef{"0"}, Check: poisonDetails},
	{RuleID: "MCP009", What: "resource", Callee: []string{"*.resource"}, Arg: []engine.ArgRef{"2.description", "2.title"},
		Name: []engine.ArgRef{"0"}, Check: poisonDetails},
	// registerTool(name, { title, description, inputSchema }, cb)
	{RuleID: "MCP009", What: "tool", Callee: []string{"*.registerTool"}, Arg: []engine.ArgRef{"1.description", "1.title"},
		Name: []engine.ArgRef{"0"}, Check: poisonDetails},
	{RuleID: "MCP009", What: "prompt", Callee: []string{"*.registerPrompt"}, Arg: []engine.ArgRef{"1.description", "1.title"},
		Name: []engine.ArgRef{"0"}, Check: poisonDetails},
	{RuleID: "MCP009", What: "resource", Callee: []string{"*.registerResource"}, Arg: []engine.ArgRef{"2.description", "2.title"},
		Name: []engine.ArgRef{"0"}, Check: poisonDetails},
	// fastmcp: addTool({ name, description, parameters, execute })
	{RuleID: "MCP009", What: "tool", Callee: []string{"*.addTool"}, Arg: []engine.ArgRef{"0.description"}, Name: []engine.ArgRef{"0.name"}, Check: poisonDetails},
	{RuleID: "MCP009", What: "prompt", Callee: []string{"*.addPrompt"}, Arg: []engine.ArgRef{"0.description"}, Name: []engine.ArgRef{"0.name"}, Check: poisonDetails},
	{RuleID: "MCP009", What: "resource", Callee: []string{"*.addResource", "*.addResourceTemplate"}, Arg: []engine.ArgRef{"0.description"},
		Name: []engine.ArgRef{"0.name"}, Check: poisonDetails},
	// a tool definition in a low-level server's tools/list answer
	{RuleID: "MCP009", What: "tool", Keys: []string{"name", "description", "inputSchema"}, Arg: []engine.ArgRef{"description", "title"},
		Name: []engine.ArgRef{"name"}, Check: poisonDetails},
	// zod parameter descriptions: z.string().describe("...")
	{RuleID: "MCP009", What: "parameter", Callee: []string{"zod*.describe"}, Arg: []engine.ArgRef{"0"}, Check: poisonDetails},
}

// sources and marks: filled in by the token-passthrough and stdio-stdout data.
var (
	sources []engine.Source
	marks   []engine.Mark
)
