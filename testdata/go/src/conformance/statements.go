package main

import (
	"context"
	"fmt"
	"os/exec"
	"regexp"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
)

// case: assign
func assignCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	var a string
	a = v
	b, c := "ls", a
	a2 := "x"
	a2 += v
	exec.Command("sh", "-c", c).Run()  // want `tool argument "v" reaches exec.Command via "sh -c"`
	exec.Command("sh", "-c", a2).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: b was given a constant in the same assignment; a reassigned
	exec.Command("sh", "-c", b).Run()
	a = "pwd"
	exec.Command("sh", "-c", a).Run()
	return nil, nil
}

func split(s string) (string, string) { return s, "ls" }

func lookup(s string) (string, error) {
	if s == "" {
		return "", fmt.Errorf("empty")
	}
	return s, nil
}

// case: multivalue
func multiValueCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	x, _ := split(v)
	exec.Command("sh", "-c", x).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	y, err := lookup(v)
	if err != nil {
		return nil, err
	}
	exec.Command("sh", "-c", y).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: the second result is always a constant
	_, z := split(v)
	exec.Command("sh", "-c", z).Run()
	return nil, nil
}

// case: decl
func declCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	var v, w = req.GetString("v", ""), "ls"
	exec.Command("sh", "-c", v).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: w is declared with a constant
	exec.Command("sh", "-c", w).Run()
	return nil, nil
}

// case: exprstmt
func exprStmtCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	exec.Command("sh", "-c", v).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: the statement's call runs a constant
	exec.Command("sh", "-c", "true").Run()
	return nil, nil
}

// case: incdec
func incDecCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	n := len(v)
	n++
	exec.Command("sh", "-c", v).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: a counter is a number
	exec.Command("sh", "-c", strings.Repeat("x", n)).Run()
	return nil, nil
}

// case: send
func sendCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	ch := make(chan string, 1)
	ch <- v
	got := <-ch
	exec.Command("sh", "-c", got).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: a channel that only ever receives constants
	ok := make(chan string, 1)
	ok <- "ls"
	exec.Command("sh", "-c", <-ok).Run()
	return nil, nil
}

// case: go
func goCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	go func() {
		exec.Command("sh", "-c", v).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	}()
	go sh(v).Run()
	// good: the goroutine runs a constant
	go func(s string) { exec.Command("sh", "-c", s).Run() }("uptime")
	return nil, nil
}

// case: defer
func deferCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	defer func() {
		exec.Command("sh", "-c", v).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	}()
	defer exec.Command("sh", "-c", v).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: the deferred cleanup runs a constant
	defer exec.Command("sh", "-c", "true").Run()
	return nil, nil
}

// case: labeled
func labeledCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
outer:
	for i := 0; i < 2; i++ {
		if i == 1 {
			break outer
		}
		exec.Command("sh", "-c", v).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
		// good: a constant in the labelled loop
		exec.Command("sh", "-c", "true").Run()
		continue outer
	}
	return nil, nil
}

// case: block
func blockCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	{
		inner := v
		exec.Command("sh", "-c", inner).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	}
	{
		// good: the inner block's own variable holds a constant
		v := "ls"
		exec.Command("sh", "-c", v).Run()
	}

	return nil, nil
}

func wrap(s string) string { return "[" + s + "]" }

func constant(s string) string {
	_ = s
	return "ls"
}

// case: return
func returnCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	exec.Command("sh", "-c", wrap(v)).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: the helper returns a constant whatever its argument
	exec.Command("sh", "-c", constant(v)).Run()
	return nil, nil
}

// case: if
func ifCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	cmd := "ls"
	if len(v) > 3 {
		cmd = v
	} else if v == "p" {
		cmd = "pwd"
	}
	exec.Command("sh", "-c", cmd).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: the failing branch of an allow-list check returns
	if v != "ls" && v != "pwd" {
		return nil, nil
	}
	exec.Command("sh", "-c", v).Run()
	// an allow-list pattern clears the classes it rules out: a space
	// still splits a shell word
	w := req.GetString("w", "")
	if !regexp.MustCompile(`^[a-z ]+$`).MatchString(w) {
		return nil, nil
	}
	exec.Command("sh", "-c", "echo "+w).Run() // want `tool argument "w" reaches exec.Command via "sh -c"`
	// good: no shell metacharacter left
	if !regexp.MustCompile(`^[a-z]+$`).MatchString(w) {
		return nil, nil
	}
	exec.Command("sh", "-c", "echo "+w).Run()
	return nil, nil
}

// case: for
func forCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	cmd := ""
	for i := 0; i < 3; i++ {
		cmd += v
	}
	exec.Command("sh", "-c", cmd).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: the loop builds a string of constants
	s := ""
	for i := 0; i < 3; i++ {
		s += "x"
	}
	exec.Command("sh", "-c", s).Run()
	return nil, nil
}

// case: range
func rangeCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	parts := req.GetStringSlice("v", nil)
	for _, p := range parts {
		exec.Command("sh", "-c", p).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	}
	m := map[string]string{"k": req.GetString("v", "")}
	for k, val := range m {
		exec.Command("sh", "-c", k+val).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	}
	// good: the index of a slice is a number; a range over constants
	for i := range parts {
		exec.Command("sh", "-c", strings.Repeat("x", i)).Run()
	}
	for _, c := range []string{"ls", "pwd"} {
		exec.Command("sh", "-c", c).Run()
	}
	for n := range 3 {
		exec.Command("sh", "-c", strings.Repeat("x", n)).Run()
	}
	return nil, nil
}

// case: switch
func switchCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	cmd := "ls"
	switch x := v; {
	case strings.HasPrefix(x, "git"):
		cmd = x
	default:
		cmd = "true"
	}
	exec.Command("sh", "-c", cmd).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	// good: in a case of constants, the value is one of them
	switch v {
	case "ls", "pwd":
		exec.Command("sh", "-c", v).Run()
	}
	return nil, nil
}

// case: typeswitch
func typeSwitchCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	args := req.GetArguments()
	switch x := args["v"].(type) {
	case string:
		exec.Command("sh", "-c", x).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	case float64:
		// good: bound to a number in this case
		exec.Command("sh", "-c", strings.Repeat("x", int(x))).Run()
	}
	return nil, nil
}

// case: select
func selectCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	ch := make(chan string, 1)
	fixed := make(chan string, 1)
	ch <- v
	fixed <- "ls"
	select {
	case got := <-ch:
		exec.Command("sh", "-c", got).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	case c := <-fixed:
		// good: this channel only ever receives a constant
		exec.Command("sh", "-c", c).Run()
	case <-ctx.Done():
	}
	return nil, nil
}

type runner struct{ cmd string }

func (r *runner) run() error { return exec.Command("sh", "-c", r.cmd).Run() } // want `tool argument "v" reaches exec.Command via "sh -c"`

func (r runner) line(arg string) string { return r.cmd + " " + arg }

type shell interface{ exec(s string) error }

type bashShell struct{}

func (bashShell) exec(s string) error { return exec.Command("bash", "-c", s).Run() } // want `tool argument "v" reaches exec.Command via "bash -c"`

// case: method
func methodCase(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	r := &runner{cmd: v}
	r.run()
	f := runner{cmd: "ls"}.line
	exec.Command("sh", "-c", f(v)).Run() // want `tool argument "v" reaches exec.Command via "sh -c"`
	var s shell = bashShell{}
	s.exec(v)
	// good: a runner built from a constant; the method value given a constant
	ok := &runner{cmd: "uptime"}
	ok.run()
	exec.Command("sh", "-c", f("-l")).Run()
	return nil, nil
}

type gateway struct {
	names  []string
	remote string
}

func (g *gateway) fetch() error { return exec.Command("sh", "-c", "curl "+g.remote).Run() }

// handle is a method handler of a long-lived object.
func (g *gateway) handle(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	v := req.GetString("v", "")
	g.names = append(g.names, v)
	// good: the argument was written into one field of the long-lived
	// receiver; its method reads another, set by its owner
	g.fetch()
	return nil, nil
}
