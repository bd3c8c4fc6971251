//go:build cgo

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/mcpsec/mcplint/cmd/mcplint/internal/output"
)

// sink is one -format destination: standard output, or a file opened
// before the scan so that a path that cannot be written fails at once.
type sink struct {
	spec    outputSpec
	f       *os.File // nil for standard output
	created bool     // the file did not exist before this run
	written bool
}

type sinkList []*sink

// openOutputs opens every -format FILE for writing without truncating it:
// an existing report survives a run that fails before its end.
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
		_, statErr := os.Stat(o.path)
		f, err := os.OpenFile(o.path, os.O_WRONLY|os.O_CREATE, 0o644)
		if err != nil {
			l.close()
			return nil, fmt.Errorf("-format %s:%s: %w", o.format, o.path, unwrapPath(err))
		}
		s.f, s.created = f, errors.Is(statErr, os.ErrNotExist)
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

// write renders the report. A file is rendered in memory first and then
// replaces the file's content in one write, so a failed render never leaves
// half a SARIF log. Colour goes to standard output only.
func (s *sink) write(rep *output.Report, stdout io.Writer, color bool) error {
	r := *rep
	r.Color = color && s.f == nil
	if s.f == nil {
		return output.Write(stdout, s.spec.format, &r)
	}
	var buf bytes.Buffer
	if err := output.Write(&buf, s.spec.format, &r); err != nil {
		return err
	}
	if err := s.f.Truncate(0); err != nil {
		return fmt.Errorf("-format %s:%s: %w", s.spec.format, s.spec.path, unwrapPath(err))
	}
	if _, err := s.f.WriteAt(buf.Bytes(), 0); err != nil {
		return fmt.Errorf("-format %s:%s: %w", s.spec.format, s.spec.path, unwrapPath(err))
	}
	s.written = true
	return nil
}

// close closes the files and removes those this run created but never
// wrote, so that a failed run leaves no empty report behind.
func (l sinkList) close() {
	for _, s := range l {
		if s.f == nil {
			continue
		}
		s.f.Close()
		if s.created && !s.written {
			os.Remove(s.f.Name())
		}
		s.f = nil
	}
}
