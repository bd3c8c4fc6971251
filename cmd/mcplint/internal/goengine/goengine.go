// Package goengine loads Go packages safely (no toolchain download, no cgo,
// no network, no writes to go.mod) and runs mcplint's go/analysis analyzers
// over them, converting diagnostics to rule.Finding.
package goengine

import "github.com/mcpsec/mcplint/analyzers/rule"

// Options configures one run of the Go engine.
type Options struct {
	// Enabled reports whether a rule is enabled; nil means all rules.
	Enabled func(ruleID string) bool
}

// Analyze analyses the Go packages in dirs (absolute directories that hold
// .go files). Directories are grouped by their enclosing module.
func Analyze(dirs []string, opts Options) rule.Output {
	return rule.Output{}
}
