// Package git is a stub of github.com/go-git/go-git/v5 for the fixtures.
package git

import "context"

type Repository struct{}

type CloneOptions struct {
	URL           string
	ReferenceName string
}

type PlainOpenOptions struct{}

func PlainClone(path string, isBare bool, o *CloneOptions) (*Repository, error) { return nil, nil }
func PlainCloneContext(ctx context.Context, path string, isBare bool, o *CloneOptions) (*Repository, error) {
	return nil, nil
}
func PlainInit(path string, isBare bool) (*Repository, error)                    { return nil, nil }
func PlainOpen(path string) (*Repository, error)                                 { return nil, nil }
func PlainOpenWithOptions(path string, o *PlainOpenOptions) (*Repository, error) { return nil, nil }
