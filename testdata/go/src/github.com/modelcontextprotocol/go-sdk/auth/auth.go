// Package auth is a minimal stub of github.com/modelcontextprotocol/go-sdk/auth
// for mcplint's analysistest fixtures.
package auth

import (
	"context"
	"net/http"
)

type TokenInfo struct{ Scopes []string }

type TokenVerifier func(ctx context.Context, token string, req *http.Request) (*TokenInfo, error)

type RequireBearerTokenOptions struct{ Scopes []string }

func RequireBearerToken(verifier TokenVerifier, opts *RequireBearerTokenOptions) func(http.Handler) http.Handler {
	return nil
}
