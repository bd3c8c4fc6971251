//go:build cgo

package main

import (
	"path/filepath"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/walk"
)

// onlyLangs keeps the targets of the -lang languages, so that a benchmark
// can time one language of a mixed tree in its own process. Manifests
// follow their ecosystem. An empty list keeps everything.
func onlyLangs(t *walk.Targets, langs []string) {
	if len(langs) == 0 {
		return
	}
	keep := func(l rule.Language) bool { return contains(langs, string(l)) }
	if !keep(rule.Go) {
		t.GoDirs = nil
	}
	files := t.Files[:0]
	for _, f := range t.Files {
		if keep(languageOf(f)) {
			files = append(files, f)
		}
	}
	t.Files = files
	manifests := t.Manifests[:0]
	for _, m := range t.Manifests {
		if keep(manifestLanguage(m)) {
			manifests = append(manifests, m)
		}
	}
	t.Manifests = manifests
}

// manifestLanguage names the ecosystem of a manifest or lock file.
func manifestLanguage(path string) rule.Language {
	base := filepath.Base(path)
	switch {
	case base == "go.mod" || base == "go.sum" || base == "go.work":
		return rule.Go
	case strings.HasSuffix(base, ".json") || base == "pnpm-lock.yaml" || base == "yarn.lock":
		return rule.TypeScript
	}
	return rule.Python
}
