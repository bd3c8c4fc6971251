package main

import (
	"net/http"

	"bind-all-interfaces/config"
)

// importedConstants: an address built from constants of another package is
// resolved like a local one.
func importedConstants(h http.Handler) {
	http.ListenAndServe(config.Public, h) // want `all interfaces \("0.0.0.0:9090"\)`
	// Good: the imported loopback address.
	http.ListenAndServe(config.Local, h)
}
