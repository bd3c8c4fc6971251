package main

import (
	"context"
	"net/http"

	"github.com/coreos/go-oidc/v3/oidc"
	jwx "github.com/lestrrat-go/jwx/v2/jwt"
)

func jwxNoAudience(r *http.Request) error {
	_, err := jwx.ParseRequest(r, jwx.WithKey("RS256", nil), jwx.WithIssuer("https://auth.example.com")) // want `jwt.ParseRequest accepts tokens issued for any audience`
	return err
}

func jwxAudience(token string) error {
	_, err := jwx.ParseString(token, jwx.WithKey("RS256", nil), jwx.WithAudience("https://mcp.example.com"))
	return err
}

func jwxValidateLater(token string) error {
	t, err := jwx.ParseString(token, jwx.WithKey("RS256", nil))
	if err != nil {
		return err
	}
	return jwx.Validate(t, jwx.WithAudience("https://mcp.example.com"))
}

func oidcVerifiers(ctx context.Context) {
	p, _ := oidc.NewProvider(ctx, "https://auth.example.com")
	p.Verifier(&oidc.Config{SkipClientIDCheck: true}) // want `oidc.Config with SkipClientIDCheck accepts tokens issued for any audience`
	p.Verifier(&oidc.Config{ClientID: "https://mcp.example.com"})
	p.Verifier(&oidc.Config{ClientID: "https://mcp.example.com", SkipClientIDCheck: false})
}
