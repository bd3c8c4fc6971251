// Package rod is a minimal stub of github.com/go-rod/rod for fixtures.
package rod

type Page struct{}

type Element struct{}

type Result struct{}

func (p *Page) Eval(js string, args ...any) (*Result, error)    { return nil, nil }
func (p *Page) MustEval(js string, args ...any) any             { return nil }
func (e *Element) Eval(js string, args ...any) (*Result, error) { return nil, nil }
func (e *Element) MustEval(js string, args ...any) any          { return nil }
func (p *Page) MustElement(selector string) *Element            { return nil }

type Browser struct{}

func (p *Page) Navigate(url string) error       { return nil }
func (p *Page) MustNavigate(url string) *Page   { return p }
func (b *Browser) MustPage(url ...string) *Page { return nil }
