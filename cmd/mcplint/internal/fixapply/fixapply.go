// Package fixapply applies the fixes of findings to the scanned tree
// (mcplint -fix) or renders them as a unified diff (mcplint -diff).
//
// Fixes are taken in the order of the findings, whole or not at all (see
// rule.PlanFixes), so the outcome is deterministic. Files are written
// atomically through safefile, never through a symbolic link, and only
// below the scan root; a file that no longer matches the positions the
// scan recorded is left alone and reported.
package fixapply

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/analyzers/safefile"
)

// MaxFile bounds the size of a file a fix is applied to.
const MaxFile = 64 << 20

// Change is one file's contents before and after its fixes.
type Change struct {
	Path     string // absolute
	Old, New []byte
	Mode     fs.FileMode
}

// Result is what planning (and applying) the fixes gave.
type Result struct {
	Changes []Change // sorted by path
	// Fixed indexes the findings whose fix is in Changes.
	Fixed []int
	// Skipped counts fixes left out because they overlap a fix taken
	// before them; a second run applies them.
	Skipped int
	// Errors are files that could not be fixed; their findings are not
	// in Fixed.
	Errors []error
}

// Plan reads the files the fixes of findings edit and computes their new
// contents. Suppressed findings are not fixed. root bounds the files that
// may be edited.
func Plan(root string, findings []rule.Finding) Result {
	var fixes []rule.Fix
	var owner []int
	for i, f := range findings {
		if f.Suppressed != nil || len(f.Fixes) == 0 {
			continue
		}
		// The first fix is the one offered for the finding.
		fixes = append(fixes, f.Fixes[0])
		owner = append(owner, i)
	}
	var res Result
	if len(fixes) == 0 {
		return res
	}
	plan := rule.PlanFixes(fixes)
	res.Skipped = len(plan.Skipped)
	bad := map[string]bool{}
	files := make([]string, 0, len(plan.Edits))
	for f := range plan.Edits {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, file := range files {
		ch, err := change(root, file, plan.Edits[file])
		if err != nil {
			bad[file] = true
			res.Errors = append(res.Errors, err)
			continue
		}
		res.Changes = append(res.Changes, ch)
	}
	for _, i := range plan.Applied {
		ok := true
		for _, e := range fixes[i].Edits {
			if bad[e.File] {
				ok = false
			}
		}
		if ok {
			res.Fixed = append(res.Fixed, owner[i])
		}
	}
	return res
}

// change computes one file's new contents, refusing files outside root,
// behind a symbolic link, or changed since the scan.
func change(root, file string, edits []rule.Edit) (Change, error) {
	if err := inside(root, file); err != nil {
		return Change{}, err
	}
	info, err := os.Lstat(file)
	if err != nil {
		return Change{}, err
	}
	old, err := safefile.Read(file, MaxFile)
	if err != nil {
		return Change{}, err
	}
	for _, e := range edits {
		if e.EndOffset > len(old) || rule.OffsetPosition(file, old, e.Offset) != e.Pos || rule.OffsetPosition(file, old, e.EndOffset) != e.End ||
			string(rule.LinesAround(old, e.Offset, e.EndOffset)) != e.Lines {
			return Change{}, fmt.Errorf("%s: changed since it was scanned; not fixed", file)
		}
	}
	fixed, err := rule.ApplyEdits(old, edits)
	if err != nil {
		return Change{}, fmt.Errorf("%s: %w", file, err)
	}
	return Change{Path: file, Old: old, New: fixed, Mode: info.Mode().Perm()}, nil
}

// errOutside means a fix names a file that is not below the scan root.
var errOutside = errors.New("is outside the scanned tree; not fixed")

// inside checks that file lies below root with no symbolic link on the
// way: the walker never follows links out of the tree, and a fix must not
// either.
func inside(root, file string) error {
	rel, err := filepath.Rel(root, file)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return fmt.Errorf("%s %w", file, errOutside)
	}
	p := root
	for _, part := range strings.Split(rel, string(filepath.Separator)) {
		p = filepath.Join(p, part)
		info, err := os.Lstat(p)
		if err != nil {
			return err
		}
		if info.Mode()&fs.ModeSymlink != 0 {
			return &fs.PathError{Op: "fix", Path: p, Err: safefile.ErrSymlink}
		}
	}
	return nil
}

// Write commits every change atomically per file. It returns the errors
// of the files that could not be written; the others are written.
func Write(changes []Change) []error {
	var errs []error
	for _, c := range changes {
		if err := safefile.WriteFile(c.Path, c.New, c.Mode); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}
