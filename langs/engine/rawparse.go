package engine

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"

	sitter "github.com/smacker/go-tree-sitter"
)

// RawParse reads the files the languages claim, applies the same limits
// as Run (size, minified bundles) and parses each with the plain
// tree-sitter binding, then drops the tree: no Go copy, no imports, no
// directives, no projects. It is the yardstick of the parse-only
// benchmark (bench/run.sh): Run with ParseOnly must stay close to it. It
// returns the files parsed and their lines.
func RawParse(files []string, langs []*Lang, opts Options) (nfiles, nlines int) {
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = DefaultMaxFileSize
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	gate := newTokenGate(maxTokens(opts.MaxFileSize))
	var nf, nl atomic.Int64
	var wg sync.WaitGroup
	next := make(chan string)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := sitter.NewParser()
			defer p.Close()
			for path := range next {
				var lang *Lang
				for _, l := range langs {
					if l.Grammar(path) != nil {
						lang = l
						break
					}
				}
				if lang == nil {
					continue
				}
				src, lines, tokens, n := readSource(path, lang, opts)
				if n != nil {
					continue
				}
				gate.acquire(tokens)
				p.SetLanguage(lang.Grammar(path))
				tree, err := p.ParseCtx(context.Background(), nil, src)
				if err == nil && tree != nil {
					tree.Close()
				}
				gate.release(tokens)
				if err != nil || tree == nil {
					continue
				}
				nf.Add(1)
				nl.Add(int64(len(lines)))
			}
		}()
	}
	for _, f := range files {
		next <- f
	}
	close(next)
	wg.Wait()
	return int(nf.Load()), int(nl.Load())
}
