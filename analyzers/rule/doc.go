package rule

// The rule documentation in docs/rules is generated from this package's
// catalog; regenerate it after changing a rule or its help. The generator
// lives under cmd/ so that analyzers/ stays free of anything but the rules.
// The same step writes docs/conformance.md from the tree-sitter languages'
// conformance tables.
//go:generate go run ../../cmd/mcplint/internal/_tools/gendocs -o ../../docs/rules -conformance ../../docs/conformance.md
