module example.com/notes-mcp

go 1.24

// good: v1.4.0 turned localhost DNS-rebinding protection on by default
require github.com/modelcontextprotocol/go-sdk v1.4.0
