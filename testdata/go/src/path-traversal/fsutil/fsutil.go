// Package fsutil is a helper package whose containment check reaches the
// handlers through an analysis fact.
package fsutil

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// Root is the directory the tools may use.
const Root = "/srv/data"

// Resolve returns name inside Root, or an error when it escapes.
func Resolve(name string) (string, error) {
	abs, err := filepath.Abs(filepath.Join(Root, name))
	if err != nil {
		return "", err
	}
	if !strings.HasPrefix(abs, Root+string(filepath.Separator)) {
		return "", errors.New("path escapes the data directory")
	}
	return abs, nil
}

// Read reads a file with no check at all.
func Read(p string) ([]byte, error) {
	return os.ReadFile(p)
}

var slug = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// CheckSlug accepts letters, digits and "-": no separator, no dot.
func CheckSlug(s string) error {
	if !slug.MatchString(s) {
		return errors.New("not a slug")
	}
	return nil
}

// CheckLoose accepts dots and separators as well.
func CheckLoose(s string) error {
	if ok, _ := regexp.MatchString(`^[a-z0-9./-]+$`, s); !ok {
		return errors.New("bad name")
	}
	return nil
}

// NameRe admits file names without separators or dots.
var NameRe = regexp.MustCompile(`^[\w-]+$`)

// PathRe admits nested relative paths, "../" among them.
var PathRe = regexp.MustCompile(`^[\w./-]+$`)
