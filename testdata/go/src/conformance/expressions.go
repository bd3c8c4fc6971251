// Package main holds the Go conformance fixtures: how taint crosses each
// go/ast expression and statement kind. Each `case:` comment starts a case
// that the conformance table (analyzers/internal/taint) names; a finding is
// marked with want, its clean twin says why it is clean.
package main

import (
	"context"
	"os/exec"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
)

func sh(s string) *exec.Cmd { return exec.Command("sh", "-c", s) } // want `tool argument "v" reaches exec.Command via "sh -c"`

// case: ident
func identCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	alias := v
	exec.Command("sh", "-c", alias).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: another variable holds a constant
	other := "uptime"
	exec.Command("sh", "-c", other).Run()
	return nil, nil
}

// case: basiclit
func basicLitCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	exec.Command("sh", "-c", "ls "+v).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: a literal is a constant
	exec.Command("sh", "-c", `ls -l`).Run()
	return nil, nil
}

// case: paren
func parenCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	exec.Command("sh", "-c", (v)).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: a parenthesised constant
	exec.Command("sh", "-c", ("ls")).Run()
	return nil, nil
}

// case: binary
func binaryCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	exec.Command("sh", "-c", "echo "+v+" done").Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: a comparison gives a boolean, arithmetic a number
	ok := v == "x"
	n := len(v) * 2
	exec.Command("sh", "-c", strings.Repeat("x", n)+boolWord(ok)).Run()
	return nil, nil
}

func boolWord(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// case: unary
func unaryCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	p := &v
	exec.Command("sh", "-c", *p).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: !b and -n give a boolean and a number
	b := !(v == "")
	n := -len(v)
	exec.Command("sh", "-c", boolWord(b)+strings.Repeat("x", n)).Run()
	return nil, nil
}

// case: star
func starCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	var p *string
	p = &v
	exec.Command("sh", "-c", *p).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: the pointer to a constant
	c := "ls"
	q := &c
	exec.Command("sh", "-c", *q).Run()
	return nil, nil
}

type config struct {
	Cmd  string
	Dir  string
	Args []string
}

// case: selector
func selectorCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	var c config
	c.Cmd = v
	exec.Command("sh", "-c", c.Cmd).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: a struct that holds only constants
	var d config
	d.Cmd = "ls"
	exec.Command("sh", "-c", d.Cmd).Run()
	return nil, nil
}

// case: composite
func compositeCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	c := config{Cmd: v}
	exec.Command("sh", "-c", c.Cmd).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	m := map[string]string{"cmd": v}
	exec.Command("sh", "-c", m["cmd"]).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	s := []string{"-c", v}
	exec.Command("sh", s...).Run() // want `tool argument "v" reaches exec.Command via "sh"`
	p := &config{Args: []string{v}}
	exec.Command("sh", "-c", p.Args[0]).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: literals of constants
	k := config{Cmd: "ls"}
	exec.Command("sh", "-c", k.Cmd).Run()
	return nil, nil
}

// case: keyvalue
func keyValueCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	m := map[string]string{"a": "ls", "b": v}
	exec.Command("sh", "-c", m["b"]).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: the tainted value is a key's name only in a set of constants
	n := map[string]string{"a": "ls"}
	exec.Command("sh", "-c", n["a"]).Run()
	return nil, nil
}

// case: index
func indexCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	parts := req.GetStringSlice("v", nil)
	exec.Command("sh", "-c", parts[0]).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: an index into a table of constants
	cmds := []string{"ls", "pwd"}
	exec.Command("sh", "-c", cmds[len(parts)%2]).Run()
	return nil, nil
}

// case: slice
func sliceCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	exec.Command("sh", "-c", v[1:]).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: a slice of a constant
	c := "uptime"
	exec.Command("sh", "-c", c[:2]).Run()
	return nil, nil
}

// case: typeassert
func typeAssertCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	args := req.GetArguments()
	s, _ := args["v"].(string)
	exec.Command("sh", "-c", s).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: asserted to a number
	n, _ := args["n"].(float64)
	exec.Command("sh", "-c", strings.Repeat("x", int(n))).Run()
	return nil, nil
}

// case: call
func callCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	sh(v).Run()
	exec.Command("sh", "-c", strings.TrimSpace(v)).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: the helper is called with a constant; len gives a number
	sh("uptime").Run()
	exec.Command("sh", "-c", strings.Repeat("x", len(v))).Run()
	return nil, nil
}

// case: funclit
func funcLitCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	run := func(s string) error {
		return exec.Command("sh", "-c", s).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	}
	run(v)
	func(s string) {
		exec.Command("sh", "-c", s).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	}(v)
	captured := func() { exec.Command("sh", "-c", v).Run() } // want `tool argument "v" reaches exec.Command via "sh -c"`
	captured()
	// good: the closure's parameter is only ever given a constant
	fixed := func(s string) { exec.Command("sh", "-c", s).Run() }
	fixed("uptime")
	return nil, nil
}

// case: ellipsis
func ellipsisCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	shAll("echo", v)
	// good: the variadic tail holds constants only
	shAll("echo", "a", "b")
	return nil, nil
}

func shAll(parts ...string) {
	exec.Command("sh", "-c", strings.Join(parts, " ")).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
}

type box[T any] struct{ val T }

func (b box[T]) get() T { return b.val }

func first[T any](xs ...T) T { return xs[0] }

func pair[K comparable, V any](k K, v V) V { return v }

// case: generic
func genericCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	exec.Command("sh", "-c", first[string](v)).Run()             // want `tool argument "v" reaches exec.Command via "sh -c"`
	exec.Command("sh", "-c", pair[string, string]("k", v)).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	exec.Command("sh", "-c", box[string]{val: v}.get()).Run()    // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: the generic function returns its second argument, a constant
	exec.Command("sh", "-c", pair[string, string](v, "ls")).Run()
	return nil, nil
}

// case: types
func typesCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	var s []string = append([]string{}, v)
	var m map[string]string = map[string]string{"k": v}
	var ch chan string = make(chan string, 1)
	var f func() string = func() string { return "ls" }
	var i interface{ String() string }
	var st struct{ X string }
	_, _, _, _ = ch, f, i, st
	exec.Command("sh", "-c", s[0]+m["k"]).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: a conversion to a type of numbers
	exec.Command("sh", "-c", strings.Repeat("x", int(len(v)))).Run()
	return nil, nil
}
