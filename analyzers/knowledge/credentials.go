package knowledge

import "regexp"

// credentialHeader matches the names of request headers that carry a
// credential: a request with one acts with this server's identity, so a
// path its caller can steer reaches other endpoints with it.
var credentialHeader = regexp.MustCompile(`(?i)^(authorization|proxy-authorization|cookie|x-api-key|api-key|apikey|private-token|x-auth-token|.*[-_]token|.*[-_]api[-_]key)$`)

// CredentialHeader reports whether a request header name carries a
// credential (Authorization, X-API-Key, PRIVATE-TOKEN, X-Auth-Token).
func CredentialHeader(name string) bool { return credentialHeader.MatchString(name) }
