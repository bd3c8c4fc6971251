package walk

import (
	"strings"
	"testing"

	ignore "github.com/sabhiram/go-gitignore"
)

// TestGitignoreMatchesLibrary checks that the literal prefilter gives
// go-gitignore's answers: every pattern shape (globs, "**", anchors,
// directories, negations, escapes, regular-expression characters) against
// paths that contain and that lack each pattern's literal.
func TestGitignoreMatchesLibrary(t *testing.T) {
	files := [][]string{
		{"*.pyc", "__pycache__/", "dist", "/build", "node_modules/", ".env*", "!.env.example"},
		{"# comment", "", "  ", "docs/**/*.md", "**/generated", "a/**/b", "foo/*.txt", "*.py[cod]"},
		{"secret?.py", "\\#hash.py", "\\!bang.py", "a+b.py", "(x).py", "*", "!keep.py", "!src/"},
		{"logs/", "!logs/keep.log", "!#odd", "tmp\r", " spaced.py ", "ignored_dir_with_postfix*"},
		{"!", "x"},
		{"! y.py", "y.py"},
	}
	paths := []string{
		"a.py", "a.pyc", "x/a.pyo", "__pycache__/", "src/__pycache__/", "dist", "dist/", "src/dist/m.py",
		"build/", "src/build/", ".env", ".env.local", ".env.example", "node_modules/", "docs/a/b/c.md",
		"docs/c.md", "generated", "x/generated/y.py", "a/b", "a/x/y/b", "foo/a.txt", "x/foo/a.txt",
		"secret1.py", "secretx.py", "#hash.py", "!bang.py", "a+b.py", "aab.py", "(x).py", "x.py",
		"keep.py", "src/", "src/m.py", "logs/", "logs/keep.log", "logs/other.log", "#odd", "tmp", "spaced.py",
		"ignored_dir_with_postfix/", "ignored_dir_with_postfix2/a.py", "y.py", " y.py",
	}
	for _, lines := range files {
		g := compileGitignore(lines)
		whole := ignore.CompileIgnoreLines(lines...)
		for _, p := range paths {
			if got, want := g.matches(p), whole.MatchesPath(p); got != want {
				t.Errorf("%q: %q matched %v, go-gitignore says %v", strings.Join(lines, "|"), p, got, want)
			}
		}
	}
}

func TestPatternLiteral(t *testing.T) {
	for line, want := range map[string]string{
		"*.pyc": ".pyc", "__pycache__/": "__pycache__", "docs/**/*.md": "docs", "*": "", "a+b": "",
		"!.env.example": ".env.example", "*.py[cod]": ".py",
	} {
		if got := patternLiteral(line); got != want {
			t.Errorf("patternLiteral(%q) = %q, want %q", line, got, want)
		}
	}
}
