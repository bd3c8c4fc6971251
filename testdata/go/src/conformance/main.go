package main

import (
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

func main() {
	s := server.NewMCPServer("conformance", "1.0.0")
	for name, h := range map[string]server.ToolHandlerFunc{} {
		_, _ = name, h
	}
	s.AddTool(mcp.NewTool("ident"), identCase)
	s.AddTool(mcp.NewTool("basiclit"), basicLitCase)
	s.AddTool(mcp.NewTool("paren"), parenCase)
	s.AddTool(mcp.NewTool("binary"), binaryCase)
	s.AddTool(mcp.NewTool("unary"), unaryCase)
	s.AddTool(mcp.NewTool("star"), starCase)
	s.AddTool(mcp.NewTool("selector"), selectorCase)
	s.AddTool(mcp.NewTool("composite"), compositeCase)
	s.AddTool(mcp.NewTool("keyvalue"), keyValueCase)
	s.AddTool(mcp.NewTool("index"), indexCase)
	s.AddTool(mcp.NewTool("slice"), sliceCase)
	s.AddTool(mcp.NewTool("typeassert"), typeAssertCase)
	s.AddTool(mcp.NewTool("call"), callCase)
	s.AddTool(mcp.NewTool("funclit"), funcLitCase)
	s.AddTool(mcp.NewTool("ellipsis"), ellipsisCase)
	s.AddTool(mcp.NewTool("generic"), genericCase)
	s.AddTool(mcp.NewTool("types"), typesCase)
	s.AddTool(mcp.NewTool("assign"), assignCase)
	s.AddTool(mcp.NewTool("multivalue"), multiValueCase)
	s.AddTool(mcp.NewTool("decl"), declCase)
	s.AddTool(mcp.NewTool("exprstmt"), exprStmtCase)
	s.AddTool(mcp.NewTool("incdec"), incDecCase)
	s.AddTool(mcp.NewTool("send"), sendCase)
	s.AddTool(mcp.NewTool("go"), goCase)
	s.AddTool(mcp.NewTool("defer"), deferCase)
	s.AddTool(mcp.NewTool("labeled"), labeledCase)
	s.AddTool(mcp.NewTool("block"), blockCase)
	s.AddTool(mcp.NewTool("return"), returnCase)
	s.AddTool(mcp.NewTool("if"), ifCase)
	s.AddTool(mcp.NewTool("for"), forCase)
	s.AddTool(mcp.NewTool("range"), rangeCase)
	s.AddTool(mcp.NewTool("switch"), switchCase)
	s.AddTool(mcp.NewTool("typeswitch"), typeSwitchCase)
	s.AddTool(mcp.NewTool("select"), selectCase)
	s.AddTool(mcp.NewTool("method"), methodCase)
	s.AddTool(mcp.NewTool("gateway"), (&gateway{}).handle)
}
