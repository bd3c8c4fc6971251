module example.com/notes-mcp

go 1.24

require (
	github.com/google/uuid v1.6.0
	github.com/modelcontextprotocol/go-sdk v1.2.0
)
