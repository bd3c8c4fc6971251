//go:build !cgo

// mcplint needs cgo: its Python and TypeScript/JavaScript parsers are
// tree-sitter grammars written in C. This file is what the go command
// compiles instead of the real command when cgo is off (CGO_ENABLED=0, or
// no C compiler found, as on a bare Alpine or golang:alpine image), so that
// the build stops with a message naming the fix instead of "build
// constraints exclude all Go files" in go-tree-sitter:
//
//   - install a C compiler (gcc or clang; on Debian/Ubuntu `apt-get install
//     gcc`, on Alpine `apk add build-base`) and build with CGO_ENABLED=1; or
//   - use a release binary or the container image, which are built with cgo:
//     https://github.com/mcpsec/mcplint/releases
//
// The Go rules alone are pure Go: they build without cgo as the
// golangci-lint plugin (analyzers/gclplugin).

package main

// The identifier below is undefined on purpose: the compiler prints its name
// as the error.
var _ = mcplint_needs_cgo__install_gcc_and_build_with_CGO_ENABLED_1__or_use_a_release_binary_from_github_com_mcpsec_mcplint_releases
