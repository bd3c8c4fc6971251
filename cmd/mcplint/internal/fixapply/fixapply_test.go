package fixapply

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

func finding(file string, src []byte, edits ...[3]any) rule.Finding {
	fx := rule.Fix{Description: "fix"}
	for _, e := range edits {
		fx.Edits = append(fx.Edits, rule.NewEdit(file, src, e[0].(int), e[1].(int), e[2].(string)))
	}
	return rule.Finding{RuleID: "MCP001", Fixes: []rule.Fix{fx}}
}

func TestPlanOverlapAndDuplicates(t *testing.T) {
	root := t.TempDir()
	file := filepath.Join(root, "a.py")
	src := []byte("print(x)\nprint(y)\n")
	if err := os.WriteFile(file, src, 0o600); err != nil {
		t.Fatal(err)
	}
	imp := [3]any{0, 0, "import sys\n"}
	fs := []rule.Finding{
		finding(file, src, [3]any{7, 7, ", file=sys.stderr"}, imp),
		finding(file, src, [3]any{16, 16, ", file=sys.stderr"}, imp), // the same import: taken once
		finding(file, src, [3]any{6, 7, "z"}),                        // overlaps nothing taken: x is replaced
		finding(file, src, [3]any{5, 8, "()"}),                       // overlaps the first: skipped
	}
	fs = append(fs, rule.Finding{RuleID: "MCP012"}) // no fix
	sup := finding(file, src, [3]any{0, 1, "P"})
	sup.Suppressed = &rule.Suppression{Kind: "inSource"}
	fs = append(fs, sup)
	res := Plan(root, fs)
	if len(res.Errors) > 0 {
		t.Fatal(res.Errors)
	}
	if got, want := fmt.Sprint(res.Fixed), "[0 1 2]"; got != want {
		t.Errorf("fixed %s, want %s", got, want)
	}
	if res.Skipped != 1 {
		t.Errorf("skipped %d, want 1", res.Skipped)
	}
	want := "import sys\nprint(z, file=sys.stderr)\nprint(y, file=sys.stderr)\n"
	if len(res.Changes) != 1 || string(res.Changes[0].New) != want {
		t.Fatalf("changes %+v, want %q", res.Changes, want)
	}
	if errs := Write(res.Changes); len(errs) > 0 {
		t.Fatal(errs)
	}
	if b, _ := os.ReadFile(file); string(b) != want {
		t.Errorf("file is %q, want %q", b, want)
	}
	info, _ := os.Stat(file)
	if info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600 kept", info.Mode().Perm())
	}
}

func TestPlanRefuses(t *testing.T) {
	root := t.TempDir()
	outside := t.TempDir()
	src := []byte("app.listen(3000)\n")
	real := filepath.Join(outside, "a.js")
	if err := os.WriteFile(real, src, 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(root, "a.js")
	if err := os.Symlink(real, link); err != nil {
		t.Skip(err)
	}
	stale := filepath.Join(root, "b.js")
	if err := os.WriteFile(stale, []byte("// a line added since the scan\napp.listen(3000)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, file := range map[string]string{"outside": real, "symlink": link, "stale": stale} {
		res := Plan(root, []rule.Finding{finding(file, src, [3]any{15, 15, `, "127.0.0.1"`})})
		if len(res.Errors) != 1 || len(res.Fixed) != 0 || len(res.Changes) != 0 {
			t.Errorf("%s: fixed %v, errors %v; want one error and nothing fixed", name, res.Fixed, res.Errors)
		}
	}
	if b, _ := os.ReadFile(real); !bytes.Equal(b, src) {
		t.Errorf("the file behind the link was changed: %q", b)
	}
}

func TestDiffShape(t *testing.T) {
	old := []byte("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n")
	new := []byte("a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn")
	var buf bytes.Buffer
	if err := Diff(&buf, "x.txt", old, new); err != nil {
		t.Fatal(err)
	}
	want := `--- a/x.txt
+++ b/x.txt
@@ -1,5 +1,5 @@
 a
-b
+B
 c
 d
 e
@@ -11,3 +11,4 @@
 k
 l
 m
+n
\ No newline at end of file
`
	if buf.String() != want {
		t.Errorf("diff:\n%s\nwant:\n%s", buf.String(), want)
	}
}

// TestDiffApplies checks with patch(1), when present, that random edits
// render as a diff that turns the old text into the new.
func TestDiffApplies(t *testing.T) {
	patch, err := exec.LookPath("patch")
	if err != nil {
		t.Skip("no patch command")
	}
	r := rand.New(rand.NewSource(1))
	words := []string{"x", "y", "", "import sys", "app.listen(3000)", "}"}
	for n := 0; n < 40; n++ {
		var lines []string
		for i := 0; i < 1+r.Intn(40); i++ {
			lines = append(lines, words[r.Intn(len(words))])
		}
		old := []byte(strings.Join(lines, "\n"))
		if r.Intn(2) == 0 {
			old = append(old, '\n')
		}
		newText := append([]byte(nil), old...)
		for k := 0; k < 1+r.Intn(4); k++ {
			at := r.Intn(len(newText) + 1)
			end := min(at+r.Intn(6), len(newText))
			newText = append(append(append([]byte(nil), newText[:at]...), []byte(words[r.Intn(len(words))]+"\n")...), newText[end:]...)
		}
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "f.txt"), old, 0o644); err != nil {
			t.Fatal(err)
		}
		var d bytes.Buffer
		if err := Diff(&d, "f.txt", old, newText); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(patch, "-s", "-p1")
		cmd.Dir, cmd.Stdin = dir, bytes.NewReader(d.Bytes())
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("patch failed: %v\n%s\ndiff:\n%s", err, out, d.String())
		}
		got, _ := os.ReadFile(filepath.Join(dir, "f.txt"))
		if !bytes.Equal(got, newText) {
			t.Fatalf("patched %q, want %q\ndiff:\n%s", got, newText, d.String())
		}
	}
}
