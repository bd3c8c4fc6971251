//go:build cgo

package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/fixapply"
)

// fixTree carries out -fix and -diff on the findings of a finished scan.
// -diff prints the fixes as a unified diff on stdout and changes nothing;
// -fix writes them and drops the findings it fixed from the report, so the
// exit code and every format describe the tree as it now is. Files that
// cannot be fixed (changed since the scan, outside the tree, behind a
// link) become warnings; a file that cannot be written is an error.
func fixTree(cfg *config, root string, out *rule.Output, stdout, stderr io.Writer) error {
	res := fixapply.Plan(root, out.Findings)
	for _, err := range res.Errors {
		out.Notices = append(out.Notices, rule.Notice{Level: rule.NoticeWarning, Message: "fix not applied: " + err.Error()})
	}
	if cfg.diff {
		for _, c := range res.Changes {
			if err := fixapply.Diff(stdout, diffName(root, c.Path), c.Old, c.New); err != nil {
				return err
			}
		}
		return nil
	}
	if errs := fixapply.Write(res.Changes); len(errs) > 0 {
		return fmt.Errorf("-fix: %w", errs[0])
	}
	fixed := map[int]bool{}
	for _, i := range res.Fixed {
		fixed[i] = true
	}
	kept := out.Findings[:0]
	for i, f := range out.Findings {
		if !fixed[i] {
			kept = append(kept, f)
		}
	}
	out.Findings = kept
	msg := fmt.Sprintf("mcplint: fixed %s in %s", plural(len(res.Fixed), "finding"), plural(len(res.Changes), "file"))
	if res.Skipped > 0 {
		msg += fmt.Sprintf("; %s overlapped another and were left for the next run", plural(res.Skipped, "fix"))
	}
	fmt.Fprintln(stderr, msg)
	return nil
}

// diffName is a file's name in the diff: relative to the root with forward
// slashes, as git apply and patch -p1 expect below the root.
func diffName(root, path string) string {
	if rel, err := filepath.Rel(root, path); err == nil {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(path)
}
