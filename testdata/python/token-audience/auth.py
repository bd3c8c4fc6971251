"""MCP010 fixtures: bearer tokens verified with and without an audience check."""
import jwt
from fastmcp import FastMCP
from fastmcp.server.auth.providers.jwt import JWTVerifier

AUDIENCE = "https://mcp.example.com"
KEY = "secret"

verifier = JWTVerifier(jwks_uri="https://auth.example.com/.well-known/jwks.json", issuer="https://auth.example.com")  # want "JWTVerifier accepts tokens issued for any audience"

# good: the audience is checked
good_verifier = JWTVerifier(jwks_uri="https://auth.example.com/.well-known/jwks.json", issuer="https://auth.example.com", audience=AUDIENCE)

mcp = FastMCP("auth", auth=good_verifier)


def check(token: str) -> dict:
    return jwt.decode(token, KEY, algorithms=["HS256"])  # want "jwt.decode accepts tokens issued for any audience"


def check_no_aud(token: str) -> dict:
    return jwt.decode(token, KEY, algorithms=["HS256"], audience=AUDIENCE, options={"verify_aud": False})  # want "jwt.decode turns the audience check off"


def check_good(token: str) -> dict:
    # good: audience passed
    return jwt.decode(token, KEY, algorithms=["HS256"], audience=AUDIENCE)


def peek(token: str) -> dict:
    # good: reading claims without verifying is not accepting the token
    return jwt.decode(token, options={"verify_signature": False})


def check_kwargs(token: str, **opts) -> dict:
    # good: the options come from the caller and may hold the audience
    return jwt.decode(token, KEY, **opts)


class TenantJWTVerifier(JWTVerifier):
    """A project verifier that always passes an audience to its base."""

    def __init__(self, tenant: str):
        super().__init__(
            jwks_uri=f"https://{tenant}.auth.example.com/jwks",
            issuer=f"https://{tenant}.auth.example.com",
            audience=AUDIENCE,
        )


class LooseJWTVerifier(JWTVerifier):
    """A project verifier that passes no audience to its base."""

    def __init__(self, tenant: str):
        super().__init__(jwks_uri=f"https://{tenant}.auth.example.com/jwks", issuer=f"https://{tenant}.auth.example.com")


# good: the subclass's constructor passes audience= to JWTVerifier
tenant_verifier = TenantJWTVerifier("acme")

loose_verifier = LooseJWTVerifier("acme")  # want "JWTVerifier accepts tokens issued for any audience"


def check_manual_aud(token: str) -> dict:
    claims = jwt.decode(token, KEY, algorithms=["HS256"], options={"verify_aud": False, "require": ["aud"]})  # want "jwt.decode turns the audience check off"
    return claims


def check_by_hand(token: str) -> dict:
    # good: the aud claim is compared with this server's audience by hand
    claims = jwt.decode(token, KEY, algorithms=["HS256"])
    if claims.get("aud") != AUDIENCE:
        raise PermissionError("wrong audience")
    return claims
