// Package main holds MCP003 (path-traversal) fixtures.
package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"path-traversal/fsutil"

	"github.com/mark3labs/mcp-go/mcp"
	sdk "github.com/modelcontextprotocol/go-sdk/mcp"
)

const base = "/srv/data"

func readHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	p := req.GetString("path", "")
	b, _ := os.ReadFile(p) // want `tool argument "path" reaches os.ReadFile without a containment check`
	return mcp.NewToolResultText(string(b)), nil
}

// filepath.Clean alone is not a sanitizer: Clean("../../etc/passwd") keeps
// the dots, and an absolute path stays absolute.
func cleanOnly(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	p := filepath.Clean(req.GetString("path", ""))
	os.Remove(filepath.Join(base, p)) // want `tool argument "path" reaches os.Remove without a containment check`
	return nil, nil
}

// Good: filepath.IsLocal rejects "..", absolute paths and reserved names.
func isLocal(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name := req.GetString("name", "")
	if !filepath.IsLocal(name) {
		return mcp.NewToolResultError("bad name"), nil
	}
	os.ReadFile(filepath.Join(base, name))
	return nil, nil
}

// Good: os.OpenInRoot cannot leave the root, even through symlinks.
func inRoot(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	f, err := os.OpenInRoot(base, req.GetString("name", ""))
	if err == nil {
		f.Close()
	}
	root, _ := os.OpenRoot(base)
	// Good: os.Root methods resolve inside the root.
	root.Open(req.GetString("other", ""))
	return nil, nil
}

// Good: absolute, cleaned path compared against base plus a separator, and
// the failing branch returns.
func prefixCheck(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	abs, err := filepath.Abs(filepath.Join(base, req.GetString("path", "")))
	if err != nil {
		return nil, err
	}
	if !strings.HasPrefix(abs, base+string(os.PathSeparator)) {
		return nil, errors.New("outside base")
	}
	os.WriteFile(abs, nil, 0o600)
	return nil, nil
}

// A prefix check without a separator on an uncleaned path is not enough.
func weakPrefix(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	p := req.GetString("path", "")
	if !strings.HasPrefix(p, base) {
		return nil, errors.New("outside base")
	}
	os.ReadFile(p) // want `tool argument "path" reaches os.ReadFile without a containment check`
	return nil, nil
}

// Good: filepath.Rel checked for "..".
func relCheck(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	p := filepath.Join(base, req.GetString("path", ""))
	rel, err := filepath.Rel(base, p)
	if err != nil || strings.HasPrefix(rel, "..") {
		return nil, errors.New("outside base")
	}
	os.Open(p)
	return nil, nil
}

// The guard protects only its own branch.
func guardedBranchOnly(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name := req.GetString("name", "")
	if filepath.IsLocal(name) {
		// Good: inside the guarded branch.
		os.ReadFile(filepath.Join(base, name))
	}
	os.ReadFile(name) // want `tool argument "name" reaches os.ReadFile without a containment check`
	return nil, nil
}

// A local predicate that checks containment on every path returning true.
type handler struct{ allowed []string }

func (h *handler) inAllowed(p string) bool {
	abs, err := filepath.Abs(p)
	if err != nil {
		return false
	}
	abs = abs + string(filepath.Separator)
	for _, dir := range h.allowed {
		if strings.HasPrefix(abs, dir) {
			return true
		}
	}
	return false
}

func (h *handler) validate(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	if !h.inAllowed(abs) {
		return "", errors.New("denied")
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return abs, nil
	}
	if !h.inAllowed(real) {
		return "", errors.New("denied")
	}
	return real, nil
}

// Good: validate returns only contained paths.
func (h *handler) readValidated(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	p, err := h.validate(req.GetString("path", ""))
	if err != nil {
		return nil, err
	}
	os.ReadFile(p)
	return nil, nil
}

// Good: the helper package's Resolve is a containment check (fact).
func viaFactSafe(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	p, err := fsutil.Resolve(req.GetString("path", ""))
	if err != nil {
		return nil, err
	}
	os.ReadFile(p)
	return nil, nil
}

func viaFactUnsafe(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	fsutil.Read(req.GetString("path", "")) // want `tool argument "path" reaches os.ReadFile in fsutil.Read without a containment check`
	return nil, nil
}

type ReadInput struct {
	Path  string `json:"path"`
	Lines int    `json:"lines"`
}

func sdkRead(ctx context.Context, req *sdk.CallToolRequest, in ReadInput) (*sdk.CallToolResult, any, error) {
	os.Open(in.Path) // want `tool argument "path" reaches os.Open without a containment check`
	return nil, nil, nil
}

type reader struct{ root string }

// A typed handler whose request is blank, registered as a method value:
// its typed input is still the tool's arguments.
func (r *reader) read(_ context.Context, _ *sdk.CallToolRequest, in ReadInput) (*sdk.CallToolResult, any, error) {
	os.ReadFile(in.Path) // want `tool argument "path" reaches os.ReadFile without a containment check`
	return nil, nil, nil
}

func registerReader(s *sdk.Server) {
	r := &reader{root: base}
	sdk.AddTool(s, &sdk.Tool{Name: "read"}, r.read)
}

// Good: not a handler: a helper with a blank request and two results is
// not go-sdk's typed shape, so its string parameter is no tool argument.
func helperWithBlankRequest(_ context.Context, _ *sdk.CallToolRequest, path string) (string, error) {
	b, err := os.ReadFile(path)
	return string(b), err
}

func resourceHandler(ctx context.Context, req mcp.ReadResourceRequest) ([]mcp.ResourceContents, error) {
	name := strings.TrimPrefix(req.Params.URI, "notes://")
	os.ReadFile(filepath.Join(base, name)) // want `resource URI reaches os.ReadFile without a containment check`
	return nil, nil
}

func main() {}

// Good: a relative path without ".." joined to the base stays inside it.
func relativeNoDots(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	p := req.GetString("path", "")
	if filepath.IsAbs(p) || strings.Contains(p, "..") {
		return nil, errors.New("bad path")
	}
	os.ReadFile(filepath.Join(base, p))
	return nil, nil
}

// A ".." check alone does not stop an absolute path.
func dotsOnly(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	p := req.GetString("path", "")
	if strings.Contains(p, "..") {
		return nil, errors.New("bad path")
	}
	os.ReadFile(p) // want `tool argument "path" reaches os.ReadFile without a containment check`
	return nil, nil
}

// Good: filepath.Rel checked against ".." plus a separator.
func relSep(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	p := filepath.Join(base, req.GetString("path", ""))
	rel, err := filepath.Rel(base, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return nil, errors.New("outside base")
	}
	os.ReadFile(p)
	return nil, nil
}

// Good: Clean("/" + p) cannot climb above the root (the http.Dir idiom).
func rootedClean(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	p := filepath.Clean("/" + req.GetString("path", ""))
	os.ReadFile(filepath.Join(base, p))
	return nil, nil
}
