package main

import "fmt"

// shadowed has a local named os: adding the import would not compile, so
// no fix is offered.
func shadowed(name string) {
	os := name
	fmt.Println(os) // want `fmt.Println writes to stdout in an MCP handler`
}
