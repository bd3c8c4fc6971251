//go:build cgo

package main

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/safefile"
)

// The cache key authenticates -cache entries (cache.go). It lives outside
// the cache directory, by default in the user's configuration directory
// ($XDG_CONFIG_HOME/mcplint/cache.key, ~/.config/mcplint/cache.key on
// Linux; ~/Library/Application Support/mcplint/cache.key on macOS), and is
// created there with 32 random bytes, mode 0600, on first use. -cache-key
// FILE names another file: a CI job that wants to reuse a cache across
// runners writes a secret there, since a key restored from the same place
// as the cache would authenticate nothing.

// defaultKeyPath is where the key lives without -cache-key; tests point it
// at a temporary directory.
var defaultKeyPath = func() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "mcplint", "cache.key"), nil
}

// minKeyLen is the shortest key accepted from a file (bytes of content).
const minKeyLen = 32

// cacheKeyPath is the key file of this run.
func cacheKeyPath(cfg *config) (string, error) {
	if cfg.cacheKeyFile != "" {
		return filepath.Abs(cfg.cacheKeyFile)
	}
	p, err := defaultKeyPath()
	if err != nil {
		return "", fmt.Errorf("-cache: no place for the cache key (%v); name one with -cache-key", err)
	}
	return p, nil
}

// loadCacheKey reads the key at path, creating it when it does not exist.
// A key file that others may write, or that is short, is refused: it would
// authenticate what they write.
func loadCacheKey(path string) ([]byte, error) {
	key, err := readKey(path)
	if errors.Is(err, fs.ErrNotExist) {
		if err := createKey(path); err != nil && !errors.Is(err, fs.ErrExist) {
			return nil, fmt.Errorf("cannot create the cache key %s: %w", path, err)
		}
		key, err = readKey(path)
	}
	return key, err
}

func readKey(path string) ([]byte, error) {
	info, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if info.Mode().Perm()&0o022 != 0 {
		return nil, fmt.Errorf("cache key %s is writable by others (mode %v); make it 0600", path, info.Mode().Perm())
	}
	key, err := safefile.Read(path, 4096)
	if err != nil {
		return nil, fmt.Errorf("cache key: %w", err)
	}
	if len(strings.TrimSpace(string(key))) < minKeyLen {
		return nil, fmt.Errorf("cache key %s is shorter than %d bytes", path, minKeyLen)
	}
	return key, nil
}

func createKey(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	var raw [32]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return err
	}
	// O_EXCL: never through a link, never over a key another run made.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	_, err = f.WriteString(hex.EncodeToString(raw[:]) + "\n")
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}

// checkCacheDir refuses a -cache directory (or key) that the scanned tree
// could supply: inside a scanned path, or inside the scanned repository
// (root, when it is a git top level). Then it loads the key. Directories
// are compared after resolving links, so a link cannot smuggle the cache
// into the tree.
func checkCacheDir(cfg *config, root string) error {
	cacheDir, err := resolved(cfg.cacheDir)
	if err != nil {
		return fmt.Errorf("-cache: %w", err)
	}
	keyPath, err := cacheKeyPath(cfg)
	if err != nil {
		return err
	}
	keyResolved, err := resolved(keyPath)
	if err != nil {
		return fmt.Errorf("-cache-key: %w", err)
	}
	var scanned []string
	paths := cfg.paths
	if len(paths) == 0 {
		paths = []string{"."}
	}
	for _, p := range paths {
		if p = strings.TrimSuffix(p, "..."); p == "" {
			p = "."
		}
		r, err := resolved(p)
		if err != nil {
			continue // the walk reported it
		}
		if info, err := os.Stat(r); err == nil && !info.IsDir() {
			r = filepath.Dir(r)
		}
		scanned = append(scanned, r)
	}
	if _, err := os.Lstat(filepath.Join(root, ".git")); err == nil {
		if r, err := resolved(root); err == nil {
			scanned = append(scanned, r)
		}
	}
	for _, s := range scanned {
		if within(s, cacheDir) {
			return fmt.Errorf("-cache: the cache directory %s is inside the scanned tree %s; the scanned code could supply its own results. Keep the cache outside the repository (see docs/security.md)", cfg.cacheDir, s)
		}
		if within(s, keyResolved) {
			return fmt.Errorf("-cache-key: the key %s is inside the scanned tree %s; keep it outside the repository", keyPath, s)
		}
	}
	if within(cacheDir, keyResolved) {
		return fmt.Errorf("-cache-key: the key %s is inside the cache directory; whoever can write the cache could read it", keyPath)
	}
	key, err := loadCacheKey(keyPath)
	if err != nil {
		return fmt.Errorf("-cache: %w", err)
	}
	cfg.cacheMAC = key
	return nil
}

// resolved returns path absolute, with the links of its longest existing
// prefix resolved.
func resolved(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	rest := ""
	for p := abs; ; {
		if r, err := filepath.EvalSymlinks(p); err == nil {
			return filepath.Join(r, rest), nil
		}
		parent := filepath.Dir(p)
		if parent == p {
			return abs, nil
		}
		rest = filepath.Join(filepath.Base(p), rest)
		p = parent
	}
}
