package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"

	"github.com/mark3labs/mcp-go/mcp"
)

// checkLocal is an error-returning validator around a built-in guard.
func checkLocal(p string) error {
	if !filepath.IsLocal(p) {
		return errors.New("path escapes the data directory")
	}
	return nil
}

// checkNonEmpty validates something else.
func checkNonEmpty(p string) error {
	if p == "" {
		return errors.New("empty path")
	}
	return nil
}

// Good: checkLocal returned a nil error, so p is local.
func validatedRead(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	p := req.GetString("path", "")
	if err := checkLocal(p); err != nil {
		return nil, err
	}
	os.ReadFile(filepath.Join(base, p))
	return nil, nil
}

func nonEmptyRead(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	p := req.GetString("path", "")
	if err := checkNonEmpty(p); err != nil {
		return nil, err
	}
	os.ReadFile(filepath.Join(base, p)) // want `tool argument "path" reaches os.ReadFile without a containment check`
	return nil, nil
}

// The error is checked on the wrong branch: the read runs when it failed.
func invertedRead(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	p := req.GetString("path", "")
	if err := checkLocal(p); err != nil {
		os.ReadFile(filepath.Join(base, p)) // want `tool argument "path" reaches os.ReadFile without a containment check`
	}
	return nil, nil
}
