module example.com/exposed-guarded

go 1.23

require github.com/modelcontextprotocol/go-sdk v1.6.0
