// Package main holds a finding with related information, for the
// golangci-lint plugin's test: the plugin reports it without the related
// location, which golangci-lint would turn into an issue of its own.
package main

import (
	"net/http"

	"github.com/mark3labs/mcp-go/server"
)

func main() {
	s := server.NewMCPServer("x", "1")
	_ = s
	addr := ":8080"
	http.ListenAndServe(addr, nil) // want `all interfaces \(":8080"\)`
}
