package main

import (
	"context"

	"github.com/chromedp/chromedp"
	"github.com/go-rod/rod"
	"github.com/mark3labs/mcp-go/mcp"
)

// A browser the server drives loads whatever URL it is sent to, the
// local network and cloud metadata endpoints included.
func browseHandler(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	u := request.GetString("url", "")
	chromedp.Run(ctx, chromedp.Navigate(u)) // want `tool argument "url" controls the URL passed to chromedp.Navigate`

	var browser *rod.Browser
	browser.MustPage(u) // want `tool argument "url" controls the URL passed to rod.Browser.MustPage`

	// Good: the host is fixed; the argument only names a page under it.
	var page *rod.Page
	page.MustNavigate("https://docs.example.com/search?q=" + u)
	return nil, nil
}
