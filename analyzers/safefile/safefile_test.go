package safefile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	reg := filepath.Join(dir, "go.mod")
	if err := os.WriteFile(reg, []byte("module m\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if b, err := Read(reg, 100); err != nil || string(b) != "module m\n" {
		t.Errorf("regular file: %q, %v", b, err)
	}
	if _, err := Read(reg, 4); !errors.Is(err, ErrTooLarge) {
		t.Errorf("over the limit: %v, want ErrTooLarge", err)
	}
	zero := filepath.Join(dir, "zero")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(reg, link); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo")
	mkfifo(t, fifo)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, p := range []string{zero, link, fifo, dir, "/dev/zero"} {
			if _, err := Read(p, 1<<20); !errors.Is(err, ErrNotRegular) {
				t.Errorf("%s: %v, want ErrNotRegular", p, err)
			}
		}
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("Read blocked on a special file")
	}
	if _, err := Read(filepath.Join(dir, "missing"), 10); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	if !Regular(reg) || Regular(link) || Regular(fifo) {
		t.Error("Regular is wrong")
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := WriteFile("out.sarif", []byte("one"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile("out.sarif", []byte("two"), 0o644); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile("out.sarif"); string(b) != "two" {
		t.Errorf("content %q", b)
	}
	victim := filepath.Join(t.TempDir(), "victim")
	os.WriteFile(victim, []byte("keep"), 0o644)
	os.Symlink(victim, "link.sarif")
	os.Symlink(filepath.Dir(victim), "linkdir")
	for _, p := range []string{"link.sarif", "linkdir/new.sarif", filepath.Join(dir, "link.sarif")} {
		if err := WriteFile(p, []byte("evil"), 0o644); !errors.Is(err, ErrSymlink) {
			t.Errorf("%s: %v, want ErrSymlink", p, err)
		}
	}
	if b, _ := os.ReadFile(victim); string(b) != "keep" {
		t.Errorf("written through a link: %q", b)
	}
	// A failed write leaves the old file and no temporary file.
	if err := WriteFile(filepath.Join("missing", "x"), []byte("x"), 0o644); err == nil {
		t.Error("writing into a missing directory succeeded")
	}
	ents, _ := os.ReadDir(".")
	for _, e := range ents {
		if strings.Contains(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}
