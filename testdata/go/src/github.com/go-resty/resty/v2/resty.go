// Package resty is a stub of github.com/go-resty/resty/v2 for the fixtures.
package resty

type Client struct{}
type Request struct{}
type Response struct{}

func New() *Client                                               { return &Client{} }
func (c *Client) R() *Request                                    { return &Request{} }
func (r *Request) SetQueryParam(k, v string) *Request            { return r }
func (r *Request) Get(url string) (*Response, error)             { return nil, nil }
func (r *Request) Post(url string) (*Response, error)            { return nil, nil }
func (r *Request) Execute(method, url string) (*Response, error) { return nil, nil }
