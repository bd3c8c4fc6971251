// Package main holds MCP012 (stdio-stdout) fixtures: an mcp-go stdio server.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"log/slog"
	"os"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

func handle(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	fmt.Println("handling", req.Params.Name) // want `fmt.Println writes to stdout in an MCP handler, and stdout carries the stdio MCP transport: write to os.Stderr`
	trace(req.Params.Name)
	fmt.Fprintln(os.Stderr, "fine: stderr")
	log.Println("fine: the log package writes to stderr")
	println("fine: builtin println writes to stderr")
	return mcp.NewToolResultText("ok"), nil
}

func trace(name string) {
	os.Stdout.WriteString("trace " + name + "\n") // want `os.Stdout.WriteString writes to stdout in an MCP handler`
	fmt.Fprintf(os.Stdout, "%s\n", name)          // want `fmt.Fprintf\(os.Stdout, ...\) writes to stdout in an MCP handler`
}

func setupLogging() {
	log.SetOutput(os.Stdout)                      // want `log.SetOutput\(os.Stdout\) sends the log to stdout before the stdio transport starts`
	slog.New(slog.NewTextHandler(os.Stdout, nil)) // want `slog.NewTextHandler\(os.Stdout, ...\) makes a logger`
}

func unused() {
	fmt.Println("fine: never called while serving")
}

func main() {
	version := flag.Bool("version", false, "print the version")
	httpAddr := flag.String("http", "", "serve HTTP on this address")
	flag.Parse()
	if *version {
		fmt.Println("v1.0.0") // fine: prints and exits before serving
		os.Exit(0)
	}
	setupLogging()
	fmt.Printf("starting %s\n", "demo") // want `fmt.Printf writes to stdout before the stdio transport starts`
	s := server.NewMCPServer("demo", "1.0.0")
	s.AddTool(mcp.NewTool("hello"), handle)
	s.AddTool(mcp.NewTool("inline"), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		io.WriteString(os.Stdout, "inline\n") // want `io.WriteString\(os.Stdout, ...\) writes to stdout in an MCP handler`
		return nil, nil
	})
	if *httpAddr != "" {
		fmt.Println("listening on", *httpAddr) // fine: the other branch
		server.NewStreamableHTTPServer(s).Start(*httpAddr)
	} else {
		if err := server.ServeStdio(s); err != nil {
			fmt.Println("server stopped:", err) // fine: after serving
		}
	}
	fmt.Println("bye") // fine: after serving
}
