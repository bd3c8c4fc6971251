// Package oidc is a minimal stub of github.com/coreos/go-oidc/v3/oidc for
// mcplint's analysistest fixtures.
package oidc

import "context"

type Config struct {
	ClientID          string
	SkipClientIDCheck bool
	SkipExpiryCheck   bool
}

type Provider struct{}

type IDTokenVerifier struct{}

func NewProvider(ctx context.Context, issuer string) (*Provider, error) { return &Provider{}, nil }
func (p *Provider) Verifier(config *Config) *IDTokenVerifier            { return &IDTokenVerifier{} }
