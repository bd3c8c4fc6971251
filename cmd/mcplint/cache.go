//go:build cgo

package main

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/analyzers/safefile"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/goengine"
	"github.com/mcpsec/mcplint/langs"
)

// The repeat-run cache (-cache DIR) stores each engine's whole result for
// one language, keyed on everything that result can depend on: the
// mcplint executable itself, the options that change results (enabled
// rules after the configuration file, -max-file-size, -file-timeout), and
// the path and content of every input of that language. Cross-file flows
// stay correct without tracking them: editing any file of a language
// invalidates that language's entry, so a file's findings are reused only
// when no file they could depend on changed. An unchanged tree costs
// reading and hashing its files.
//
// The cache directory is input that decides findings, so it is trusted
// only as far as it is authenticated: every entry carries an HMAC-SHA256 of
// its format, kind, full key and payload under a secret key kept outside
// the cache directory (see cachekey.go). Anyone who can write the directory
// but not read the key (a pull request whose job restores a shared cache, a
// committed .mcplint-cache/) cannot make an entry that is accepted; a
// checksum alone would not do, since the attacker recomputes it. An entry
// that does not decode, does not match, or fails its MAC is ignored and
// overwritten, never trusted. Writes go through a temporary file and a
// rename, so concurrent runs sharing a directory see whole entries.

// cacheFormat changes when the entry layout changes.
const cacheFormat = "mcplint-cache-5" // 3: Output.Served, Finding.Gate; 4: Finding.MoreFlows; 5: Finding.Fixes

// cacheStats counts lookups, for tests.
var cacheStats struct{ hits, misses atomic.Int64 }

type resultCache struct {
	dir string
	key []byte // the secret entries are authenticated with
}

type cacheEntry struct {
	Format string
	Key    string
	MAC    []byte // HMAC-SHA256 of Format, kind, Key and Output under the cache key
	Output []byte // gob of rule.Output
}

// mac authenticates an entry's contents.
func (c *resultCache) mac(kind, key string, payload []byte) []byte {
	m := hmac.New(sha256.New, c.key)
	fmt.Fprintf(m, "%s\x00%s\x00%s\x00", cacheFormat, kind, key)
	m.Write(payload)
	return m.Sum(nil)
}

// load returns the output stored under key, if a sound entry exists.
func (c *resultCache) load(kind, key string) (rule.Output, bool) {
	var out rule.Output
	b, err := os.ReadFile(c.path(kind, key))
	if err != nil {
		cacheStats.misses.Add(1)
		return out, false
	}
	var e cacheEntry
	if len(c.key) == 0 || gob.NewDecoder(bytes.NewReader(b)).Decode(&e) != nil || e.Format != cacheFormat || e.Key != key ||
		!hmac.Equal(e.MAC, c.mac(kind, key, e.Output)) ||
		gob.NewDecoder(bytes.NewReader(e.Output)).Decode(&out) != nil {
		// corrupt, foreign or forged: recompute
		cacheStats.misses.Add(1)
		return rule.Output{}, false
	}
	cacheStats.hits.Add(1)
	return out, true
}

// store writes out under key. Errors are ignored: the cache is an
// optimisation and a read-only or full disk must not fail the run.
func (c *resultCache) store(kind, key string, out rule.Output) {
	if !cacheable(kind, out) || len(c.key) == 0 {
		return
	}
	var payload bytes.Buffer
	if gob.NewEncoder(&payload).Encode(out) != nil {
		return
	}
	var b bytes.Buffer
	if gob.NewEncoder(&b).Encode(cacheEntry{Format: cacheFormat, Key: key, MAC: c.mac(kind, key, payload.Bytes()), Output: payload.Bytes()}) != nil {
		return
	}
	if os.MkdirAll(c.dir, 0o755) != nil {
		return
	}
	tmp, err := os.CreateTemp(c.dir, ".tmp-*")
	if err != nil {
		return
	}
	_, err = tmp.Write(b.Bytes())
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), c.path(kind, key))
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
}

func (c *resultCache) path(kind, key string) string {
	// One entry per kind and scan root would do; naming entries by key
	// keeps the results of several trees (or option sets) side by side.
	return filepath.Join(c.dir, kind+"-"+key[:32])
}

// cacheable: results shaped by the clock (a -file-timeout or
// -go-load-timeout that ran out) would make a later run repeat a slow
// machine's misfortune; and a Go load that failed or lacked type
// information depends on the module cache and toolchain state, which the
// key does not cover (a later go mod download changes the result).
func cacheable(kind string, out rule.Output) bool {
	for _, n := range out.Notices {
		if strings.Contains(n.Message, "-file-timeout") || strings.Contains(n.Message, "-go-load-timeout") {
			return false
		}
		if kind == "go" && (n.Failed || n.Level == rule.NoticeError || n.Level == rule.NoticeWarning) {
			return false
		}
	}
	return true
}

// executableHash identifies the running mcplint build: a development build
// has no version that changes with its code, so the binary itself is the
// version.
var executableHash = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
})

// baseKey starts a key with what every engine's result depends on besides
// its inputs; ok is false when the build cannot be identified.
func baseKey(cfg *config, kind string) (hash.Hash, bool) {
	exe := executableHash()
	if exe == "" {
		return nil, false
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00", cacheFormat, kind, toolVersion(), exe)
	for _, r := range rule.Rules {
		fmt.Fprintf(h, "%s=%t\x00", r.ID, cfg.enabled(r.ID))
	}
	fmt.Fprintf(h, "max-file-size=%d\x00file-timeout=%v\x00go-load-timeout=%v\x00", cfg.maxFileSize, cfg.fileTimeout, cfg.goTimeout)
	for _, m := range cfg.models {
		fmt.Fprintf(h, "model=%s\x00%s\x00%s\x00%s\x00%v\x00%s\x00", m.Language, m.Callee, m.Role, m.Kind, m.Classes, m.Arg)
	}
	return h, true
}

// hashFile adds a file's path and content to h.
func hashFile(h hash.Hash, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fh := sha256.New()
	if _, err := io.Copy(fh, f); err != nil {
		return err
	}
	fmt.Fprintf(h, "f %s %x\x00", path, fh.Sum(nil))
	return nil
}

// treeSitterKey keys the tree-sitter engine's result for files (one
// language): their contents, and the project and workspace files of the
// ancestor directories, since projects decide what is analysed together.
func treeSitterKey(cfg *config, kind string, files []string) (string, bool) {
	h, ok := baseKey(cfg, kind)
	if !ok {
		return "", false
	}
	dirs := map[string]bool{}
	for _, f := range files {
		if hashFile(h, f) != nil {
			return "", false // unreadable: let the engine report it
		}
		for d := filepath.Dir(f); !dirs[d]; d = filepath.Dir(d) {
			dirs[d] = true
			if filepath.Dir(d) == d {
				break
			}
		}
	}
	sorted := make([]string, 0, len(dirs))
	for d := range dirs {
		sorted = append(sorted, d)
	}
	sort.Strings(sorted)
	for _, d := range sorted {
		for _, l := range langs.Languages {
			// project files by content: a package's name and entry points,
			// and a workspace's packages, decide how imports resolve
			for _, name := range append(append([]string(nil), l.ProjectFiles...), l.WorkspaceFiles...) {
				p := filepath.Join(d, name)
				if st, err := os.Stat(p); err == nil {
					fmt.Fprintf(h, "p %s %s\x00", p, st.Mode().Type())
					if st.Mode().IsRegular() && hashFile(h, p) != nil {
						return "", false
					}
				}
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil)), true
}

// goKey keys the Go engine's result for dirs: the Go toolchain and
// environment, and every Go source and module file of the modules holding
// dirs (packages outside dirs are loaded for their types). Dependencies in
// the module cache are immutable for the versions go.sum pins. A module
// that replaces a dependency with a directory outside it, a workspace, or a
// package outside any module is not cached: its inputs are not all in view.
func goKey(cfg *config, dirs []string) (string, bool) {
	h, ok := baseKey(cfg, "go")
	if !ok {
		return "", false
	}
	roots := map[string]bool{}
	for _, d := range dirs {
		root := goModuleRoot(d)
		if root == "" {
			return "", false
		}
		roots[root] = true
	}
	sorted := make([]string, 0, len(roots))
	for r := range roots {
		sorted = append(sorted, r)
	}
	sort.Strings(sorted)
	fmt.Fprintf(h, "dirs %q\x00", dirs)
	for _, root := range sorted {
		// go env runs in the module, protected like go list: the module's
		// go.mod (toolchain lines) and any go.work above it decide what it
		// reports, and it must never fetch a toolchain.
		env, err := goengine.Command(root, "env", "GOVERSION", "GOOS", "GOARCH", "GOFLAGS", "GOEXPERIMENT", "GOROOT", "GOWORK", "GOPATH").Output()
		if err != nil {
			return "", false
		}
		h.Write(env)
		for _, line := range strings.Split(string(env), "\n") {
			if strings.HasSuffix(line, "go.work") {
				return "", false // a workspace
			}
		}
		mod, err := safefile.Read(filepath.Join(root, "go.mod"), safefile.SmallLimit)
		if err != nil || replacesOutside(root, mod, sorted) {
			return "", false
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if n := d.Name(); p != root && (n == ".git" || n == "node_modules") {
					return filepath.SkipDir
				}
				return nil
			}
			if n := d.Name(); strings.HasSuffix(n, ".go") || n == "go.mod" || n == "go.sum" || n == "modules.txt" {
				if !d.Type().IsRegular() {
					fmt.Fprintf(h, "l %s\x00", p)
					return nil
				}
				return hashFile(h, p)
			}
			return nil
		})
		if err != nil {
			return "", false
		}
	}
	return hex.EncodeToString(h.Sum(nil)), true
}

// goModuleRoot returns the nearest ancestor of dir holding go.mod, or "".
func goModuleRoot(dir string) string {
	for {
		if safefile.Regular(filepath.Join(dir, "go.mod")) {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// replacesOutside reports whether go.mod (of the module at root) replaces a
// module with a directory outside every hashed module tree (roots), whose
// files the key would not see. A nested module replacing its parent with
// "../" is fine when the parent is scanned too.
func replacesOutside(root string, mod []byte, roots []string) bool {
	for _, line := range strings.Split(string(mod), "\n") {
		_, target, ok := strings.Cut(line, "=>")
		if !ok {
			continue
		}
		target = strings.TrimSpace(target)
		if !strings.HasPrefix(target, ".") && !filepath.IsAbs(target) {
			continue // a module path and version
		}
		if f := strings.Fields(target); len(f) > 0 {
			target = f[0]
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(root, target)
		}
		if !slices.ContainsFunc(roots, func(r string) bool { return within(r, target) }) {
			return true
		}
	}
	return false
}

// within reports whether path is dir or below it.
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// cached returns the result of compute for key from c, or computes and
// stores it. A nil cache or an unusable key computes.
func cached(c *resultCache, kind, key string, ok bool, compute func() rule.Output) rule.Output {
	if c == nil || !ok {
		return compute()
	}
	if out, hit := c.load(kind, key); hit {
		return out
	}
	out := compute()
	c.store(kind, key, out)
	return out
}

// treeSitterCached runs the tree-sitter engine one language at a time
// through the cache: each language's files form a separate analysis (the
// engine never follows a flow from one language into another), so an
// edit to a TypeScript file leaves the Python result cached.
func treeSitterCached(cfg *config, c *resultCache, files []string, run func([]string) rule.Output) rule.Output {
	byLang := map[rule.Language][]string{}
	var order []rule.Language
	for _, f := range files {
		l := languageOf(f)
		if byLang[l] == nil {
			order = append(order, l)
		}
		byLang[l] = append(byLang[l], f)
	}
	sort.Slice(order, func(i, j int) bool { return order[i] < order[j] })
	var out rule.Output
	for _, l := range order {
		fs := byLang[l]
		key, ok := treeSitterKey(cfg, string(l), fs)
		o := cached(c, string(l), key, ok, func() rule.Output { return run(fs) })
		out.Merge(o)
	}
	return out
}
