// Package main holds MCP015 (misleading-tool-annotations) fixtures for
// mcp-go.
package main

import (
	"context"
	"database/sql"
	"net/http"
	"os"
	"os/exec"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

const (
	dataDir = "/var/lib/app"
	apiBase = "https://api.example.com"
)

var db *sql.DB

func main() {
	s := server.NewMCPServer("demo", "1.0")

	// Bad: a read-only tool deletes a fixed directory, no argument needed.
	s.AddTool(mcp.NewTool("reset_cache",
		mcp.WithReadOnlyHintAnnotation(true), // want `tool "reset_cache" declares readOnlyHint: true, but its handler deletes files \(os.RemoveAll\)`
	), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		return nil, os.RemoveAll(dataDir)
	})

	// Bad: a non-destructive tool overwrites a file through a helper.
	s.AddTool(mcp.NewTool("save_note",
		mcp.WithDestructiveHintAnnotation(false), // want `tool "save_note" declares destructiveHint: false, but its handler writes files \(os.WriteFile\)`
	), saveNote)

	// Bad: the annotation struct form; the tool is held in a variable.
	runTool := mcp.NewTool("run_report",
		mcp.WithToolAnnotation(mcp.ToolAnnotation{ReadOnlyHint: mcp.ToBoolPtr(true)}), // want `tool "run_report" declares readOnlyHint: true, but its handler runs a process \(exec.Command\)`
	)
	s.AddTool(runTool, runReport)

	// Bad: a closed-world tool fetches the URL its argument names.
	s.AddTool(mcp.NewTool("preview", mcp.WithOpenWorldHintAnnotation(false)), preview) // want `tool "preview" declares openWorldHint: false, but its handler fetches a URL its arguments control \(http.Get\)`

	// Bad: SQL that deletes, in a tool that claims to read.
	s.AddTool(listTool(), purgeHandler(db))

	// Bad: a POST request is no read.
	s.AddTool(mcp.NewTool("ping", mcp.WithReadOnlyHintAnnotation(true)), notify) // want `tool "ping" declares readOnlyHint: true, but its handler sends a POST request \(http.Post\)`

	// Good: a true read-only tool: it reads a file and runs a SELECT.
	s.AddTool(mcp.NewTool("read_config", mcp.WithReadOnlyHintAnnotation(true), mcp.WithOpenWorldHintAnnotation(false)), readConfig)

	// Good: a read-only tool may run a command that only reads.
	s.AddTool(mcp.NewTool("git_status", mcp.WithReadOnlyHintAnnotation(true)), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		return nil, exec.Command("git", "status", "--short").Run()
	})

	// Good: a destructive tool declared destructive (and not read-only).
	s.AddTool(mcp.NewTool("delete_data",
		mcp.WithReadOnlyHintAnnotation(false),
		mcp.WithDestructiveHintAnnotation(true),
	), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		return nil, os.RemoveAll(dataDir)
	})

	// Good: a read-only tool that only sends GET requests.
	s.AddTool(mcp.NewTool("status", mcp.WithReadOnlyHintAnnotation(true)), status)

	// Bad: a shared request helper sends the method each call passes; this
	// call passes POST and nothing says the tool reads.
	s.AddTool(mcp.NewTool("sync_items", mcp.WithReadOnlyHintAnnotation(true)), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) { // want `tool "sync_items" declares readOnlyHint: true, but its handler sends a POST request \(http.NewRequestWithContext\)`
		return nil, doRequest(ctx, http.MethodPost, apiBase+"/items/sync")
	})

	// Good: the same helper called with GET: the helper could POST, this
	// call does not.
	s.AddTool(mcp.NewTool("items_status", mcp.WithReadOnlyHintAnnotation(true)), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		return nil, doRequest(ctx, http.MethodGet, apiBase+"/items/status")
	})

	// Good: a POST whose URL, given by this call, ends in a search endpoint.
	s.AddTool(mcp.NewTool("hit_report", mcp.WithReadOnlyHintAnnotation(true)), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		return nil, postJSON(ctx, apiBase+"/logs/_msearch")
	})

	// Good: a tool named as a read that sends its query by POST.
	s.AddTool(mcp.NewTool("query_items", mcp.WithReadOnlyHintAnnotation(true)), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		return nil, doRequest(ctx, "POST", apiBase+"/items/lookup")
	})

	// Bad: a POST through the same URL-taking helper to an endpoint that
	// does not only read.
	s.AddTool(mcp.NewTool("bump", mcp.WithReadOnlyHintAnnotation(true)), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) { // want `tool "bump" declares readOnlyHint: true, but its handler sends a POST request \(http.NewRequestWithContext\)`
		return nil, postJSON(ctx, apiBase+"/counters/bump")
	})

	// Good: the read-only variant passes false, and the helper posts only
	// when its flag is true (after an early return for false).
	s.AddTool(mcp.NewTool("share_link", mcp.WithReadOnlyHintAnnotation(true)), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		return nil, makeLink(ctx, false)
	})

	// Bad: the writing variant passes true.
	s.AddTool(mcp.NewTool("share_short_link", mcp.WithReadOnlyHintAnnotation(true)), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) { // want `tool "share_short_link" declares readOnlyHint: true, but its handler sends a POST request \(http.Post\)`
		return nil, makeLink(ctx, true)
	})

	// Good: creating a directory is no destructive change.
	s.AddTool(mcp.NewTool("make_dir", mcp.WithDestructiveHintAnnotation(false)), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		return nil, os.MkdirAll(dataDir+"/new", 0o755)
	})
}

func saveNote(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	return nil, writeNote(req.GetString("text", ""))
}

func writeNote(text string) error {
	return os.WriteFile(dataDir+"/note.txt", []byte(text), 0o600)
}

func runReport(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	return nil, exec.Command("report", "--daily").Run()
}

func preview(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	_, err := http.Get(req.GetString("url", "")) // also MCP006
	return nil, err
}

func listTool() mcp.Tool {
	return mcp.NewTool("list_items", mcp.WithReadOnlyHintAnnotation(true)) // want `tool "list_items" declares readOnlyHint: true, but its handler runs SQL that deletes data \(sql.DB.Exec\)`
}

func purgeHandler(db *sql.DB) func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	return func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		_, err := db.Exec("DELETE FROM items WHERE expired = 1")
		return nil, err
	}
}

func notify(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	_, err := http.Post("https://hooks.example.com/ping", "text/plain", nil)
	return nil, err
}

func readConfig(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	b, err := os.ReadFile(dataDir + "/config.json")
	if err != nil {
		return nil, err
	}
	rows, err := db.Query("SELECT name, deleted_at FROM items -- DELETE is not run")
	if err == nil {
		rows.Close()
	}
	return mcp.NewToolResultText(string(b)), nil
}

func status(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	r, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://status.example.com/", nil)
	_, err := http.DefaultClient.Do(r)
	return nil, err
}

// doRequest sends the method its caller passes.
func doRequest(ctx context.Context, method, url string) error {
	r, err := http.NewRequestWithContext(ctx, method, url, nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(r)
	return err
}

// postJSON posts to the URL its caller passes.
func postJSON(ctx context.Context, url string) error {
	r, err := http.NewRequestWithContext(ctx, http.MethodPost, url, nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(r)
	return err
}

// makeLink shortens the link through the remote API only when shorten is
// true.
func makeLink(ctx context.Context, shorten bool) error {
	if !shorten {
		return nil
	}
	_, err := http.Post(apiBase+"/short-urls", "application/json", nil)
	return err
}
