// Package jwt is a minimal stub of github.com/golang-jwt/jwt/v5 for
// mcplint's analysistest fixtures.
package jwt

type Token struct {
	Valid  bool
	Claims Claims
}

type ClaimStrings []string

type Claims interface {
	GetAudience() (ClaimStrings, error)
}

type MapClaims map[string]any

func (m MapClaims) GetAudience() (ClaimStrings, error) { return nil, nil }

type RegisteredClaims struct {
	Issuer   string
	Audience ClaimStrings
}

func (c RegisteredClaims) GetAudience() (ClaimStrings, error) { return c.Audience, nil }

type Keyfunc func(*Token) (any, error)

type ParserOption func(*Parser)

type Parser struct{}

func NewParser(options ...ParserOption) *Parser { return &Parser{} }
func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}
func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}

func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}
func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}

func WithAudience(aud ...string) ParserOption     { return nil }
func WithAllAudiences(aud ...string) ParserOption { return nil }
func WithIssuer(iss string) ParserOption          { return nil }
func WithValidMethods(methods []string) ParserOption {
	return nil
}
