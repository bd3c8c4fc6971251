// Package main holds MCP010 (token-audience) fixtures: bearer-token
// verifiers of a go-sdk MCP server.
package main

import (
	"context"
	"errors"
	"net/http"
	"slices"

	"github.com/golang-jwt/jwt/v5"
	"github.com/modelcontextprotocol/go-sdk/auth"
)

var errInvalid = errors.New("invalid token")

func keyFunc(*jwt.Token) (any, error) { return []byte("k"), nil }

func verifyNoAudience(ctx context.Context, token string, _ *http.Request) (*auth.TokenInfo, error) {
	t, err := jwt.Parse(token, keyFunc, jwt.WithIssuer("https://auth.example.com")) // want `jwt.Parse accepts tokens issued for any audience: pass jwt.WithAudience\(...\)`
	if err != nil || !t.Valid {
		return nil, errInvalid
	}
	return &auth.TokenInfo{}, nil
}

func verifyClaims(ctx context.Context, token string, _ *http.Request) (*auth.TokenInfo, error) {
	var claims jwt.MapClaims
	if _, err := jwt.ParseWithClaims(token, &claims, keyFunc); err != nil { // want `jwt.ParseWithClaims accepts tokens issued for any audience`
		return nil, errInvalid
	}
	return &auth.TokenInfo{}, nil
}

var parser = jwt.NewParser(jwt.WithValidMethods([]string{"RS256"})) // want `jwt.NewParser accepts tokens issued for any audience`

// Good: the parser checks the audience.
func verifyGood(ctx context.Context, token string, _ *http.Request) (*auth.TokenInfo, error) {
	t, err := jwt.Parse(token, keyFunc, jwt.WithIssuer("https://auth.example.com"), jwt.WithAudience("https://mcp.example.com"))
	if err != nil || !t.Valid {
		return nil, errInvalid
	}
	return &auth.TokenInfo{}, nil
}

var audience = jwt.WithAudience("https://mcp.example.com")

var goodParser = jwt.NewParser(jwt.WithValidMethods([]string{"RS256"}), audience)

// Good: the function checks aud itself.
func verifyManual(ctx context.Context, token string, _ *http.Request) (*auth.TokenInfo, error) {
	var claims jwt.RegisteredClaims
	if _, err := jwt.ParseWithClaims(token, &claims, keyFunc); err != nil {
		return nil, errInvalid
	}
	if !slices.Contains(claims.Audience, "https://mcp.example.com") {
		return nil, errInvalid
	}
	return &auth.TokenInfo{}, nil
}

// Good: options chosen elsewhere cannot be read.
func verifyOpts(token string, opts ...jwt.ParserOption) error {
	_, err := jwt.Parse(token, keyFunc, opts...)
	return err
}

func main() {
	_ = auth.RequireBearerToken(verifyNoAudience, nil)
	_, _ = parser, goodParser
}
