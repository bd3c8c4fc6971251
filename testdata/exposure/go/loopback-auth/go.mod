module example.com/loopback-auth

go 1.23

require github.com/modelcontextprotocol/go-sdk v1.6.0
