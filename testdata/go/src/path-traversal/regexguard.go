package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"

	"path-traversal/fsutil"

	"github.com/mark3labs/mcp-go/mcp"
)

// noteName admits letters, digits, "_" and "-": no separator, no dot.
var noteName = regexp.MustCompile(`^[\w-]+$`)

// noteFile admits "." and "/" as well, so "../../etc/passwd" matches.
var noteFile = regexp.MustCompile(`^[\w./-]+$`)

// Good: the pattern leaves no separator and no ".." in name.
func regexNote(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name := req.GetString("name", "")
	if !noteName.MatchString(name) {
		return nil, errors.New("bad note name")
	}
	os.ReadFile(filepath.Join(base, name+".md"))
	return nil, nil
}

func regexNoteDots(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name := req.GetString("name", "")
	if !noteFile.MatchString(name) {
		return nil, errors.New("bad note name")
	}
	os.ReadFile(filepath.Join(base, name)) // want `tool argument "name" reaches os.ReadFile without a containment check`
	return nil, nil
}

// A shell-safe pattern is not a path check: "/" and ".." remain.
func regexNoteShellOnly(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name := req.GetString("name", "")
	if ok, _ := regexp.MatchString(`^[a-z0-9./]+$`, name); ok {
		os.ReadFile(filepath.Join(base, name)) // want `tool argument "name" reaches os.ReadFile without a containment check`
	}
	return nil, nil
}

// checkName is an error-returning validator over noteName.
func checkName(s string) error {
	if !noteName.MatchString(s) {
		return errors.New("bad note name")
	}
	return nil
}

// checkFile is the same over noteFile, which admits "../".
func checkFile(s string) error {
	if !noteFile.MatchString(s) {
		return errors.New("bad file name")
	}
	return nil
}

// Good: checkName returned no error, so name matched ^[\w-]+$.
func regexValidator(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name := req.GetString("name", "")
	if err := checkName(name); err != nil {
		return nil, err
	}
	os.ReadFile(filepath.Join(base, name))
	return nil, nil
}

func regexValidatorDots(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name := req.GetString("name", "")
	err := checkFile(name)
	if err != nil {
		return nil, err
	}
	os.ReadFile(filepath.Join(base, name)) // want `tool argument "name" reaches os.ReadFile without a containment check`
	return nil, nil
}

// Good: a validator of another package, through its summary fact.
func regexValidatorFact(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name := req.GetString("name", "")
	if fsutil.CheckSlug(name) != nil {
		return nil, errors.New("bad name")
	}
	os.ReadFile(filepath.Join(base, name))
	return nil, nil
}

func regexValidatorFactLoose(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name := req.GetString("name", "")
	if err := fsutil.CheckLoose(name); err != nil {
		return nil, err
	}
	os.ReadFile(filepath.Join(base, name)) // want `tool argument "name" reaches os.ReadFile without a containment check`
	return nil, nil
}

// Good: the match result kept in a variable, over the bytes of name.
func regexMatchBytes(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name := req.GetString("name", "")
	ok := noteName.Match([]byte(name))
	if !ok {
		return nil, errors.New("bad note name")
	}
	os.ReadFile(filepath.Join(base, name))
	return nil, nil
}

// The validator's error is ignored: nothing is checked.
func regexValidatorIgnored(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name := req.GetString("name", "")
	_ = checkName(name)
	os.ReadFile(filepath.Join(base, name)) // want `tool argument "name" reaches os.ReadFile without a containment check`
	return nil, nil
}

// Good: a pattern of another package, through its fact.
func regexOtherPackage(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name := req.GetString("name", "")
	if !fsutil.NameRe.MatchString(name) {
		return nil, errors.New("bad name")
	}
	os.ReadFile(filepath.Join(base, name))
	return nil, nil
}

func regexOtherPackageLoose(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name := req.GetString("name", "")
	if !fsutil.PathRe.MatchString(name) {
		return nil, errors.New("bad name")
	}
	os.ReadFile(filepath.Join(base, name)) // want `tool argument "name" reaches os.ReadFile without a containment check`
	return nil, nil
}
