package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
)

// checkComponent accepts a single path component: no separator, no "..".
func checkComponent(id string) error {
	if id == "" {
		return errors.New("empty id")
	}
	for _, c := range id {
		if c == 0 {
			return errors.New("bad id")
		}
	}
	if strings.Contains(id, "..") || strings.ContainsAny(id, `/\`) {
		return errors.New("id must be one path component")
	}
	return nil
}

// checkNoSeparator rejects separators but lets ".." through.
func checkNoSeparator(id string) error {
	if strings.ContainsAny(id, `/\`) {
		return errors.New("id must not contain a separator")
	}
	return nil
}

// Good: a name without a separator and without ".." joined to the base
// names an entry directly inside it.
func componentRead(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	id := req.GetString("id", "")
	if err := checkComponent(id); err != nil {
		return nil, err
	}
	os.ReadFile(filepath.Join(base, id, "meta.json"))
	return nil, nil
}

// Good: the same check inline, with strings.ContainsRune for the separator.
func componentInline(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	id := req.GetString("id", "")
	if strings.ContainsRune(id, '/') || strings.Contains(id, "..") {
		return nil, errors.New("bad id")
	}
	os.ReadFile(filepath.Join(base, id))
	return nil, nil
}

// ".." has no separator, so it passes checkNoSeparator and names the
// parent of the base.
func separatorOnlyRead(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	id := req.GetString("id", "")
	if err := checkNoSeparator(id); err != nil {
		return nil, err
	}
	os.ReadFile(filepath.Join(base, id)) // want `tool argument "id" reaches os.ReadFile without a containment check`
	return nil, nil
}

// A check for characters that are not separators leaves "../x" open.
func otherCharsRead(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	id := req.GetString("id", "")
	if strings.ContainsAny(id, ":*?") || strings.Contains(id, "..") {
		return nil, errors.New("bad id")
	}
	os.ReadFile(id) // want `tool argument "id" reaches os.ReadFile without a containment check`
	return nil, nil
}
