//go:build cgo

// Command mcplint finds security flaws in the source code of MCP (Model
// Context Protocol) servers written in Go, Python and TypeScript/JavaScript:
// tool arguments reaching shells, file paths, URLs, eval and SQL; transports
// bound to all interfaces, served without authentication or without an
// Origin check. See README.md for usage.
//
// mcplint also speaks go vet's -vettool protocol for its Go rules:
//
//	go vet -vettool=$(which mcplint) ./...
package main

import (
	"os"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/mcpsec/mcplint/analyzers"
)

func main() {
	if isVetTool(os.Args[1:]) {
		unitchecker.Main(analyzers.All...) // does not return
	}
	if os.Getenv(childEnv) == "1" {
		os.Exit(childExitBase + run(os.Args[1:], os.Stdout, os.Stderr))
	}
	if cmd := childCommand(); cmd != nil {
		if code, ok := superviseStart(cmd, os.Stderr); ok {
			os.Exit(code)
		}
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
