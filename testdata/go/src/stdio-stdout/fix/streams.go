package main

import (
	"fmt"
	"io"
	"log"
	"log/slog"
	stdos "os"
)

// streams imports os under another name: the fixes use it.
func streams(name string) {
	stdos.Stdout.WriteString(name)                   // want `os.Stdout.WriteString writes to stdout in an MCP handler`
	fmt.Fprintf(stdos.Stdout, "%s\n", name)          // want `fmt.Fprintf\(os.Stdout, ...\) writes to stdout`
	io.WriteString(stdos.Stdout, name)               // want `io.WriteString\(os.Stdout, ...\) writes to stdout`
	log.SetOutput(stdos.Stdout)                      // want `log.SetOutput\(os.Stdout\) sends the log to stdout`
	slog.New(slog.NewJSONHandler(stdos.Stdout, nil)) // want `slog.NewJSONHandler\(os.Stdout, ...\) makes a logger`
	fmt.Println(name)                                // want `fmt.Println writes to stdout in an MCP handler`
}
