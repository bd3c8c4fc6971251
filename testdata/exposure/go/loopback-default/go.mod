module example.com/loopback-default

go 1.23

require github.com/modelcontextprotocol/go-sdk v1.6.0
