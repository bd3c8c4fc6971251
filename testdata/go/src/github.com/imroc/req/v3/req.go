// Package req is a stub of github.com/imroc/req/v3 for the fixtures.
package req

type Client struct{}
type Request struct{}
type Response struct{}

func C() *Client                                              { return &Client{} }
func (c *Client) R() *Request                                 { return &Request{} }
func (c *Client) Get(url ...string) *Request                  { return &Request{} }
func (r *Request) Get(url string) (*Response, error)          { return nil, nil }
func (r *Request) Send(method, url string) (*Response, error) { return nil, nil }
func (r *Request) Do() *Response                              { return nil }
