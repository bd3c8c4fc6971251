package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
)

const extractRoot = "/srv/extracted"

// download reads a zip archive from a URL.
func download(u string) (*zip.Reader, error) {
	resp, err := http.Get(u)
	if err != nil {
		return nil, err
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	return zip.NewReader(bytes.NewReader(body), int64(len(body)))
}

// Zip slip: the archive the client names chooses its members' names, and
// a name with "../" is written outside the destination.
func unzipHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	r, err := zip.OpenReader(req.GetString("archive", "")) // want `tool argument "archive" reaches zip.OpenReader without a containment check`
	if err != nil {
		return nil, err
	}
	defer r.Close()
	for _, f := range r.File {
		target := filepath.Join(extractRoot, f.Name)
		if f.FileInfo().IsDir() {
			os.MkdirAll(target, 0o755) // want `tool argument "archive" reaches os.MkdirAll without a containment check`
			continue
		}
		out, _ := os.Create(target) // want `tool argument "archive" reaches os.Create without a containment check`
		rc, _ := f.Open()
		io.Copy(out, rc)
	}
	return nil, nil
}

// The same from a tar stream downloaded from a URL the client chose; the
// link target of a symlink member is the archive's choice too.
func untarHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	resp, err := http.Get(req.GetString("url", ""))
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(resp.Body)
	for {
		hdr, err := tr.Next()
		if err != nil {
			break
		}
		target := filepath.Join(extractRoot, hdr.Name)
		if hdr.Typeflag == tar.TypeSymlink {
			os.Symlink(hdr.Linkname, target) // want `tool argument "url" reaches os.Symlink without a containment check`
			continue
		}
		f, _ := os.OpenFile(target, os.O_CREATE|os.O_WRONLY, 0o644) // want `tool argument "url" reaches os.OpenFile without a containment check`
		io.Copy(f, tr)
	}
	return nil, nil
}

// Good: each joined member path is cleaned and must stay under the
// destination plus a separator.
func unzipChecked(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	r, err := download(req.GetString("url", ""))
	if err != nil {
		return nil, err
	}
	for _, f := range r.File {
		target := filepath.Join(extractRoot, f.Name)
		if !strings.HasPrefix(target, filepath.Clean(extractRoot)+string(os.PathSeparator)) {
			return mcp.NewToolResultError("illegal file path in archive"), nil
		}
		os.Create(target)
	}
	return nil, nil
}

// Good: filepath.IsLocal rejects absolute names and names with "..", so the
// member joined to the destination stays inside it.
func untarLocal(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	resp, err := http.Get(req.GetString("url", ""))
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(resp.Body)
	for {
		hdr, err := tr.Next()
		if err != nil {
			break
		}
		if !filepath.IsLocal(hdr.Name) {
			continue
		}
		os.WriteFile(filepath.Join(extractRoot, hdr.Name), nil, 0o644)
	}
	r, err := download(req.GetString("url", ""))
	if err != nil {
		return nil, err
	}
	for _, zf := range r.File {
		// Good: a relative name without ".." cannot climb out when joined.
		if filepath.IsAbs(zf.Name) || strings.Contains(zf.Name, "..") {
			continue
		}
		os.Create(filepath.Join(extractRoot, zf.Name))
	}
	return nil, nil
}

// Good: an os.Root resolves every member inside the destination, links
// included.
func unzipRoot(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	r, err := download(req.GetString("url", ""))
	if err != nil {
		return nil, err
	}
	root, err := os.OpenRoot(extractRoot)
	if err != nil {
		return nil, err
	}
	for _, f := range r.File {
		root.Create(f.Name)
	}
	return nil, nil
}
