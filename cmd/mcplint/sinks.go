//go:build cgo

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/mcpsec/mcplint/analyzers/safefile"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/output"
)

// sink is one -format destination: standard output, or a file prepared
// before the scan so that a path that cannot be written fails at once.
type sink struct {
	spec    outputSpec
	pending *safefile.Pending // nil for standard output
}

type sinkList []*sink

// openOutputs prepares every -format FILE: a temporary file beside it,
// renamed over it once the report is rendered (safefile.Create). An
// existing report survives a run that fails before its end, or a disk that
// fills while it is written; a symbolic link at the path is refused, never
// written through.
func openOutputs(specs []outputSpec) (sinkList, error) {
	var l sinkList
	seen := map[string]string{}
	for _, o := range specs {
		s := &sink{spec: o}
		l = append(l, s)
		if o.path == "" {
			continue
		}
		abs, _ := filepath.Abs(o.path)
		if prev, ok := seen[abs]; ok {
			l.close()
			return nil, fmt.Errorf("-format %s:%s: the same file as -format %s", o.format, o.path, prev)
		}
		seen[abs] = o.format + ":" + o.path
		p, err := safefile.Create(o.path, 0o644)
		if err != nil {
			l.close()
			return nil, fmt.Errorf("-format %s:%s: %w", o.format, o.path, unwrapPath(err))
		}
		s.pending = p
	}
	return l, nil
}

// unwrapPath drops the path an *os.PathError repeats.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// write renders the report. A file is rendered in memory, written to its
// temporary file and renamed over the destination, so a failed render or
// write never leaves half a SARIF log. Colour goes to standard output only.
func (s *sink) write(rep *output.Report, stdout io.Writer, color bool) error {
	r := *rep
	r.Color = color && s.pending == nil
	if s.pending == nil {
		return output.Write(stdout, s.spec.format, &r)
	}
	var buf bytes.Buffer
	if err := output.Write(&buf, s.spec.format, &r); err != nil {
		return err
	}
	if err := s.pending.Commit(buf.Bytes()); err != nil {
		return fmt.Errorf("-format %s:%s: %w", s.spec.format, s.spec.path, unwrapPath(err))
	}
	return nil
}

// close drops the temporary files of reports never written, so that a
// failed run leaves no file behind and the old reports as they were.
func (l sinkList) close() {
	for _, s := range l {
		s.pending.Abort()
	}
}
