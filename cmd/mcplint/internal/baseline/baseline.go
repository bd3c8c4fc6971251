// Package baseline records the findings a project has accepted for now and
// recognises them in later runs, so that mcplint can be adopted on an
// existing code base and fail only on new problems.
//
// A finding is identified without its line number, which changes whenever
// code above it is edited: the fingerprint is the rule ID, the file path
// relative to the project root, and a hash of the finding's line with its
// whitespace normalised, plus an occurrence index among findings sharing
// those three. The message is left out on purpose: its wording may improve
// between mcplint versions, and that must not invalidate every baseline.
package baseline

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/analyzers/safefile"
)

// Version is the version of the baseline file format.
const Version = 1

// File is a baseline file.
type File struct {
	Version  int     `json:"version"`
	Tool     string  `json:"tool"`
	Findings []Entry `json:"findings"`
}

// Entry is one accepted finding. Line and Message are for the humans who
// review the file; matching uses only Rule, File and Fingerprint.
type Entry struct {
	Rule        string `json:"rule"`
	File        string `json:"file"` // relative to the project root, forward slashes
	Fingerprint string `json:"fingerprint"`
	Line        int    `json:"line"`
	Message     string `json:"message"`
}

// Fingerprinter computes fingerprints for findings of one run. It reads each
// file once and counts occurrences, so findings must be given in output
// order (sorted by file and position) for the index to be stable.
type Fingerprinter struct {
	root   string
	files  map[string][][]byte
	counts map[string]int
}

// NewFingerprinter makes fingerprints relative to root (absolute).
func NewFingerprinter(root string) *Fingerprinter {
	return &Fingerprinter{root: root, files: map[string][][]byte{}, counts: map[string]int{}}
}

// Entry returns the baseline entry for f.
func (fp *Fingerprinter) Entry(f rule.Finding) Entry {
	relPath := fp.rel(f.Pos.File)
	sum := sha256.New()
	fmt.Fprintf(sum, "%s\x00%s\x00%s", f.RuleID, relPath, normalise(fp.line(f.Pos.File, f.Pos.Line)))
	key := hex.EncodeToString(sum.Sum(nil))[:16]
	fp.counts[key]++
	return Entry{Rule: f.RuleID, File: relPath, Fingerprint: key + ":" + strconv.Itoa(fp.counts[key]), Line: f.Pos.Line, Message: f.Message}
}

func (fp *Fingerprinter) rel(path string) string {
	if r, err := filepath.Rel(fp.root, path); err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(r)
	}
	return filepath.ToSlash(path)
}

// line returns the text of line n of path, or nil when it cannot be read;
// the fingerprint then rests on rule and path alone, which is still stable.
func (fp *Fingerprinter) line(path string, n int) []byte {
	lines, ok := fp.files[path]
	if !ok {
		if data, err := safefile.Read(path, safefile.ManifestLimit); err == nil {
			lines = bytes.Split(data, []byte("\n"))
		}
		fp.files[path] = lines
	}
	if n < 1 || n > len(lines) {
		return nil
	}
	return lines[n-1]
}

// normalise collapses whitespace so that re-indenting a block or switching
// line endings does not turn an accepted finding into a new one.
func normalise(line []byte) string {
	return strings.Join(strings.Fields(string(line)), " ")
}

// Build makes a baseline of findings (in output order) relative to root.
func Build(root string, findings []rule.Finding) *File {
	fp := NewFingerprinter(root)
	b := &File{Version: Version, Tool: "mcplint", Findings: []Entry{}}
	for _, f := range findings {
		b.Findings = append(b.Findings, fp.Entry(f))
	}
	return b
}

// Write saves b to path, whole or not at all, never through a symbolic
// link (see safefile.WriteFile).
func Write(path string, b *File) error {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return safefile.WriteFile(path, append(data, '\n'), 0o644)
}

// Read loads a baseline file.
func Read(path string) (*File, error) {
	data, err := safefile.Read(path, safefile.ManifestLimit)
	if err != nil {
		return nil, err
	}
	var b File
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("%s: not an mcplint baseline: %v", path, err)
	}
	if b.Version != Version {
		return nil, fmt.Errorf("%s: baseline version %d, this mcplint reads version %d", path, b.Version, Version)
	}
	return &b, nil
}

// Matcher recognises baseline entries in a run. Each entry matches at most
// one finding.
type Matcher struct {
	fp        *Fingerprinter
	remaining map[string]int
	matched   int
}

// NewMatcher prepares to match findings of a run rooted at root against b.
func NewMatcher(root string, b *File) *Matcher {
	m := &Matcher{fp: NewFingerprinter(root), remaining: map[string]int{}}
	for _, e := range b.Findings {
		m.remaining[e.Rule+"\x00"+e.File+"\x00"+e.Fingerprint]++
	}
	return m
}

// Match reports whether f (given in output order) is in the baseline, and
// consumes the entry it matches.
func (m *Matcher) Match(f rule.Finding) bool {
	e := m.fp.Entry(f)
	k := e.Rule + "\x00" + e.File + "\x00" + e.Fingerprint
	if m.remaining[k] == 0 {
		return false
	}
	m.remaining[k]--
	m.matched++
	return true
}

// Matched is how many findings matched an entry.
func (m *Matcher) Matched() int { return m.matched }

// Stale is how many entries matched no finding: fixed, or changed so much
// that they count as new.
func (m *Matcher) Stale() int {
	n := 0
	for _, c := range m.remaining {
		n += c
	}
	return n
}
