// Package config is a stub of github.com/go-git/go-git/v5/config for the fixtures.
package config

type RemoteConfig struct {
	Name string
	URLs []string
}
