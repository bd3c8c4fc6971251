package main

import (
	"context"
	"encoding/json"

	"github.com/chromedp/chromedp"
	"github.com/go-rod/rod"
	"github.com/mark3labs/mcp-go/mcp"
)

// A script evaluated in the page the server drives runs with the page's
// session (its cookies, its origin): a selector spliced into it is code.
func hoverHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	sel := req.GetString("selector", "")
	var ok bool
	chromedp.Run(ctx, chromedp.Evaluate(`document.querySelector('`+sel+`').click()`, &ok)) // want `tool argument "selector" reaches chromedp.Evaluate`

	// Good: json.Marshal makes the selector a JavaScript string literal.
	quoted, _ := json.Marshal(sel)
	chromedp.Run(ctx, chromedp.Evaluate(`document.querySelector(`+string(quoted)+`).click()`, &ok))

	// Good: the selector is an argument of a query, not script text.
	chromedp.Run(ctx, chromedp.Click(sel))
	return nil, nil
}

func rodHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	var page *rod.Page
	page.MustEval(`() => ` + req.GetString("script", "")) // want `tool argument "script" reaches rod.Page.MustEval`

	// Good: the value is passed to the function as an argument.
	page.MustEval(`(s) => document.querySelector(s).click()`, req.GetString("selector", ""))
	return nil, nil
}
