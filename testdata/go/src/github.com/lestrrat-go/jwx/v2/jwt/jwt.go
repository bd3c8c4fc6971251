// Package jwt is a minimal stub of github.com/lestrrat-go/jwx/v2/jwt for
// mcplint's analysistest fixtures.
package jwt

import "net/http"

type Token interface{ Audience() []string }

type ParseOption interface{ parseOption() }
type ValidateOption interface{ validateOption() }

type option struct{}

func (option) parseOption()    {}
func (option) validateOption() {}

func Parse(s []byte, options ...ParseOption) (Token, error)                 { return nil, nil }
func ParseString(s string, options ...ParseOption) (Token, error)           { return nil, nil }
func ParseRequest(req *http.Request, options ...ParseOption) (Token, error) { return nil, nil }
func Validate(t Token, options ...ValidateOption) error                     { return nil }

func WithAudience(s string) option       { return option{} }
func WithIssuer(s string) option         { return option{} }
func WithVerify(v bool) option           { return option{} }
func WithKey(alg string, key any) option { return option{} }
