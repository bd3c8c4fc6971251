module example.com/models-flows

go 1.22

require github.com/mark3labs/mcp-go v0.32.0

replace github.com/mark3labs/mcp-go => ../../../servers/go/third_party/mcp-go
