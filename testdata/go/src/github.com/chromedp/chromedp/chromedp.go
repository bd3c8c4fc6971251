// Package chromedp is a minimal stub of github.com/chromedp/chromedp for fixtures.
package chromedp

import "context"

type Action interface{}

type EvaluateOption func()

func Run(ctx context.Context, actions ...Action) error { return nil }

func Evaluate(expression string, res any, opts ...EvaluateOption) Action           { return nil }
func EvaluateAsDevTools(expression string, res any, opts ...EvaluateOption) Action { return nil }
func Poll(expression string, res any, opts ...any) Action                          { return nil }
func PollFunction(pageFunction string, res any, opts ...any) Action                { return nil }
func Click(sel any, opts ...any) Action                                            { return nil }

func Navigate(urlstr string) Action { return nil }
