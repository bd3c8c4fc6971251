package main

import (
	"context"
	"errors"
	"os/exec"
	"regexp"

	"github.com/mark3labs/mcp-go/mcp"
)

// A package-level allow-list: letters, digits and "-" only.
var serviceName = regexp.MustCompile(`^[a-z0-9-]+$`)

// looseName admits spaces and ";": it says nothing about a shell.
var looseName = regexp.MustCompile(`^[\w ;.-]+$`)

// Good: the pattern leaves no shell metacharacter in svc.
func regexStatus(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	svc := req.GetString("service", "")
	if !serviceName.MatchString(svc) {
		return nil, errors.New("bad service name")
	}
	exec.Command("sh", "-c", "systemctl status "+svc).Run()
	return nil, nil
}

func regexLoose(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	svc := req.GetString("service", "")
	if !looseName.MatchString(svc) {
		return nil, errors.New("bad service name")
	}
	exec.Command("sh", "-c", "systemctl status "+svc).Run() // want `tool argument "service" reaches exec.Command via "sh -c"`
	return nil, nil
}

// An unanchored pattern only says the value contains a match.
func regexUnanchored(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	svc := req.GetString("service", "")
	if !regexp.MustCompile(`[a-z0-9-]+`).MatchString(svc) {
		return nil, errors.New("bad service name")
	}
	exec.Command("sh", "-c", "systemctl status "+svc).Run() // want `tool argument "service" reaches exec.Command via "sh -c"`
	return nil, nil
}

// Good: regexp.MatchString with a constant anchored pattern.
func regexFunc(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	branch := req.GetString("branch", "")
	if ok, _ := regexp.MatchString(`^[A-Za-z0-9_.-]+$`, branch); !ok {
		return nil, errors.New("bad branch")
	}
	exec.Command("sh", "-c", "git checkout "+branch).Run()
	return nil, nil
}

func regexFuncLoose(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	branch := req.GetString("branch", "")
	if ok, _ := regexp.MatchString(`^[A-Za-z0-9_.$()-]+$`, branch); !ok {
		return nil, errors.New("bad branch")
	}
	exec.Command("sh", "-c", "git checkout "+branch).Run() // want `tool argument "branch" reaches exec.Command via "sh -c"`
	return nil, nil
}

// validService is a predicate over the package-level pattern.
func validService(s string) bool { return serviceName.MatchString(s) }

// looseService admits what looseName admits.
func looseService(s string) bool { return looseName.MatchString(s) }

// Good: the predicate's pattern leaves no shell metacharacter.
func regexPredicate(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	svc := req.GetString("service", "")
	if !validService(svc) {
		return nil, errors.New("bad service name")
	}
	exec.Command("sh", "-c", "systemctl restart "+svc).Run()
	return nil, nil
}

func regexPredicateLoose(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	svc := req.GetString("service", "")
	if !looseService(svc) {
		return nil, errors.New("bad service name")
	}
	exec.Command("sh", "-c", "systemctl restart "+svc).Run() // want `tool argument "service" reaches exec.Command via "sh -c"`
	return nil, nil
}
