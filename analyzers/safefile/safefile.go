// Package safefile reads and writes files in trees that may be hostile: a
// scanned repository can hold a symbolic link to /dev/zero named go.mod, a
// FIFO named .gitignore, or a link where mcplint is about to write its
// report. Reads take regular files only, never follow a link, and stop at a
// size limit; writes go through a temporary file and a rename, and refuse
// to replace a link.
package safefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Limits of the small files mcplint reads from a scanned tree.
const (
	// SmallLimit bounds configuration-like files: .gitignore, .mcplint.yml,
	// go.mod.
	SmallLimit = 1 << 20
	// ManifestLimit bounds package manifests and lock files, which reach
	// several MiB in large monorepos, and baselines.
	ManifestLimit = 32 << 20
)

// ErrNotRegular means the path is a symbolic link, a directory, a FIFO, a
// device or a socket: something mcplint does not open.
var ErrNotRegular = errors.New("not a regular file")

// ErrTooLarge means the file is larger than the limit it was read with.
var ErrTooLarge = errors.New("file too large")

// Regular reports whether path is a regular file, without following a
// final symbolic link.
func Regular(path string) bool {
	info, err := os.Lstat(path)
	return err == nil && info.Mode().IsRegular()
}

// Read returns the contents of the regular file at path, at most limit
// bytes. A final symbolic link is not followed (ErrNotRegular), nor is a
// FIFO or device opened: opening a FIFO blocks and a device never ends. A
// file over limit is ErrTooLarge. Errors wrap a *fs.PathError when the file
// cannot be read at all.
func Read(path string, limit int64) ([]byte, error) {
	info, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: path, Err: fmt.Errorf("%w (%s)", ErrNotRegular, kind(info.Mode()))}
	}
	if info.Size() > limit {
		return nil, &fs.PathError{Op: "read", Path: path, Err: fmt.Errorf("%w (%d bytes, limit %d)", ErrTooLarge, info.Size(), limit)}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The entry may have changed between Lstat and Open; what was opened
	// must be the regular file that was checked.
	if st, err := f.Stat(); err != nil || !os.SameFile(info, st) {
		return nil, &fs.PathError{Op: "read", Path: path, Err: fmt.Errorf("%w (changed while being read)", ErrNotRegular)}
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, &fs.PathError{Op: "read", Path: path, Err: fmt.Errorf("%w (limit %d bytes)", ErrTooLarge, limit)}
	}
	return data, nil
}

// kind names a file mode for messages.
func kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

// ErrSymlink means an output path, or a directory on its way below the
// working directory, is a symbolic link.
var ErrSymlink = errors.New("is a symbolic link; refusing to write through it")

// WriteFile writes data to path whole or not at all (see Create).
func WriteFile(path string, data []byte, perm fs.FileMode) error {
	p, err := Create(path, perm)
	if err != nil {
		return err
	}
	return p.Commit(data)
}

// Pending is an output file being written: a new temporary file in the
// destination's directory, renamed over the destination by Commit. A
// reader, or a later run, sees the old file or the new one, never a
// truncated mix, and a full disk leaves the old file in place.
type Pending struct {
	path string
	perm fs.FileMode
	tmp  *os.File
}

// Create starts writing path. It fails at once when path could not be
// replaced: a missing or unwritable directory, a directory at path, or a
// symbolic link.
//
// path must not be a symbolic link, and neither may the directories of a
// relative path: a link committed to a scanned repository where a CI job
// writes its report (mcplint.sarif -> ../something) would otherwise make
// mcplint overwrite a file outside the tree. Such a path is refused with
// ErrSymlink rather than replaced, so that the link, which is not mcplint's
// to remove, stays and the run fails visibly.
func Create(path string, perm fs.FileMode) (*Pending, error) {
	if err := checkNoLink(path); err != nil {
		return nil, err
	}
	if info, err := os.Lstat(path); err == nil && !info.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "write", Path: path, Err: fmt.Errorf("%w (%s)", ErrNotRegular, kind(info.Mode()))}
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	// CreateTemp opens with O_EXCL: it never follows a link planted under
	// the temporary name.
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return nil, err
	}
	return &Pending{path: path, perm: perm, tmp: tmp}, nil
}

// Commit writes data to the temporary file, syncs it and renames it over
// the destination. On error the destination is unchanged.
func (p *Pending) Commit(data []byte) error {
	if p.tmp == nil {
		return &fs.PathError{Op: "write", Path: p.path, Err: fs.ErrClosed}
	}
	tmp := p.tmp
	p.tmp = nil
	name := tmp.Name()
	_, err := tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(name, p.perm)
	}
	if err == nil {
		err = checkNoLink(p.path) // a link may have appeared since Create
	}
	if err == nil {
		// rename replaces a directory entry; it never writes through a link.
		err = os.Rename(name, p.path)
	}
	if err != nil {
		os.Remove(name)
	}
	return err
}

// Abort drops a pending file that was not committed; after Commit it does
// nothing.
func (p *Pending) Abort() {
	if p == nil || p.tmp == nil {
		return
	}
	p.tmp.Close()
	os.Remove(p.tmp.Name())
	p.tmp = nil
}

// checkNoLink refuses path when it is a symbolic link, or when a directory
// of a relative path is one. Directories of an absolute path are the
// caller's choice (on some systems /tmp itself is a link).
func checkNoLink(path string) error {
	if info, err := os.Lstat(path); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		return &fs.PathError{Op: "write", Path: path, Err: ErrSymlink}
	}
	if filepath.IsAbs(path) {
		return nil
	}
	clean := filepath.Clean(path)
	parts := strings.Split(filepath.Dir(clean), string(filepath.Separator))
	p := ""
	for _, part := range parts {
		if part == "." || part == "" {
			continue
		}
		if part == ".." {
			return nil // above the working directory: the caller's choice
		}
		p = filepath.Join(p, part)
		if info, err := os.Lstat(p); err == nil && info.Mode()&fs.ModeSymlink != 0 {
			return &fs.PathError{Op: "write", Path: path, Err: fmt.Errorf("directory %s %w", p, ErrSymlink)}
		}
	}
	return nil
}
