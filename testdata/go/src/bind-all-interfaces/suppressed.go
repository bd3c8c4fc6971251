package main

import "net/http"

// The analyzers honour mcplint:ignore themselves, so the same comment works
// in go vet -vettool and golangci-lint as in the mcplint command.
func suppressed(h http.Handler) {
	// Good: silenced on the line above, with a reason.
	// mcplint:ignore MCP001 -- runs in a container; published on 127.0.0.1 only
	http.ListenAndServe(":8081", h)

	// Good: silenced on its own line, among several rules.
	http.ListenAndServe(":8082", h) //mcplint:ignore MCP004,MCP001 -- behind the company VPN

	// Bad: the directive names another rule.
	// mcplint:ignore MCP002 -- wrong rule
	http.ListenAndServe(":8083", h) // want `all interfaces \(":8083"\)`

	// Bad: a directive without a reason silences nothing.
	// mcplint:ignore MCP001
	http.ListenAndServe(":8084", h) // want `all interfaces \(":8084"\)`

	// Bad: a directive two lines above is too far away.
	// mcplint:ignore MCP001 -- too far

	http.ListenAndServe(":8085", h) // want `all interfaces \(":8085"\)`

	// Bad: //nolint is golangci-lint's to apply, not the analyzer's.
	http.ListenAndServe(":8086", h) //nolint:mcplint // golangci-lint applies this one // want `all interfaces \(":8086"\)`
}
