package goengine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestNewerToolchainNotDownloaded scans a module whose go.mod demands a Go
// release that does not exist, with an environment that would let the go
// command fetch one (GOTOOLCHAIN=auto, a proxy) and an empty module cache:
// nothing may be downloaded, and the notice must say the module needs a
// newer Go.
func TestNewerToolchainNotDownloaded(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("GOMODCACHE", cache)
	t.Setenv("GOTOOLCHAIN", "auto")
	t.Setenv("GOPROXY", "https://proxy.golang.org")
	t.Setenv("GOFLAGS", "-mod=mod")
	dir := t.TempDir()
	for name, body := range map[string]string{
		"go.mod":  "module example.com/future\n\ngo 1.99.0\n\ntoolchain go1.99.0\n",
		"main.go": "package main\n\nfunc main() {}\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := Analyze([]string{dir}, Options{})
	said := false
	for _, n := range out.Notices {
		if strings.Contains(n.Message, "needs a newer Go") && strings.Contains(n.Message, "1.99.0") && n.Failed {
			said = true
		}
	}
	if !said {
		t.Errorf("no notice that the module needs a newer Go: %+v", out.Notices)
	}
	var fetched []string
	filepath.WalkDir(cache, func(p string, d os.DirEntry, err error) error {
		if err == nil && p != cache {
			fetched = append(fetched, p)
		}
		return nil
	})
	if len(fetched) > 0 {
		t.Errorf("the module cache was written: %v", fetched)
	}
	if _, err := os.Stat(filepath.Join(dir, "go.sum")); err == nil {
		t.Error("go.sum was written in the scanned module")
	}
}

// TestLoadTimeout: a module whose loading outlives -go-load-timeout is
// reported and not analysed, never waited for without end.
func TestLoadTimeout(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"go.mod":  "module example.com/slow\n\ngo 1.22\n",
		"main.go": "package main\n\nimport \"net/http\"\n\nfunc main() { http.ListenAndServe(\":8080\", nil) }\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("GOFLAGS", "")
	out := Analyze([]string{dir}, Options{LoadTimeout: time.Nanosecond})
	said := false
	for _, n := range out.Notices {
		if strings.Contains(n.Message, "-go-load-timeout") && n.Failed {
			said = true
		}
	}
	if !said || len(out.Findings) != 0 {
		t.Errorf("want one load-timeout notice and no findings: %+v %+v", out.Notices, out.Findings)
	}
}
