module example.com/stdio-old-sdk

go 1.23

require github.com/modelcontextprotocol/go-sdk v1.3.0
