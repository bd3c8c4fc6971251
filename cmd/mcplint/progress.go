//go:build cgo

package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"

	"github.com/mcpsec/mcplint/cmd/mcplint/internal/termsafe"
)

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// useColor decides -color: auto colours a terminal unless NO_COLOR is set
// (https://no-color.org) or TERM is dumb; the flag wins over NO_COLOR.
func useColor(mode string, w io.Writer) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	return os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb" && isTerminal(w)
}

// progressState is what the progress line shows.
type progressState struct {
	phase                 string // "walking" until an engine reports
	walked                int
	goN, goTotal          int
	goDir                 string
	filesParsed           int
	filesDone, filesTotal int // analysed
}

// progress keeps one status line on a terminal's standard error, rewritten
// in place at most ten times a second and erased before anything else is
// printed. Off, it prints nothing: a log or a pipe gets no control codes.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	on    bool
	st    progressState
	last  time.Time
	shown bool
	width int
	key   string // what forces a redraw when it changes
}

func newProgress(w io.Writer, on bool) *progress {
	p := &progress{w: w, on: on, width: 80}
	if f, ok := w.(*os.File); ok && on {
		if cols, _, err := term.GetSize(int(f.Fd())); err == nil && cols > 20 {
			p.width = cols
		}
	}
	return p
}

// set updates the state (from any goroutine) and redraws when due.
func (p *progress) set(update func(*progressState)) {
	if p == nil || !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	update(&p.st)
	// A new phase, a new Go module or a project analysed shows at once;
	// other counts at most ten times a second.
	key := fmt.Sprint(p.st.goN, p.st.goTotal > 0, p.st.filesTotal > 0, p.st.filesDone)
	now := time.Now()
	if p.shown && key == p.key && now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last, p.key = now, key
	line := p.st.String()
	// A line that wraps cannot be rewritten with \r.
	if r := []rune(line); len(r) > p.width-1 {
		line = string(r[:p.width-2]) + "…"
	}
	fmt.Fprintf(p.w, "\r\x1b[K%s", line)
	p.shown = true
}

// clear erases the line.
func (p *progress) clear() {
	if p == nil || !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}

func (s progressState) String() string {
	var parts []string
	if s.goTotal > 0 {
		parts = append(parts, fmt.Sprintf("loading Go module %d/%d %s", s.goN, s.goTotal, termsafe.String(s.goDir)))
	}
	if s.filesTotal > 0 {
		parts = append(parts, fmt.Sprintf("files parsed %d/%d, analysed %d/%d", s.filesParsed, s.filesTotal, s.filesDone, s.filesTotal))
	}
	if len(parts) == 0 {
		return fmt.Sprintf("mcplint: %s (%d files seen)", s.phase, s.walked)
	}
	return "mcplint: " + strings.Join(parts, " · ")
}

// timings collects the duration of each phase for -v.
type timings struct {
	on          bool
	mu          sync.Mutex
	start, last time.Time
	lines       []string
}

func newTimings(on bool) *timings {
	now := time.Now()
	return &timings{on: on, start: now, last: now}
}

// mark ends a sequential phase.
func (t *timings) mark(what string) {
	if !t.on {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	now := time.Now()
	t.lines = append(t.lines, fmt.Sprintf("%s: %s", what, round(now.Sub(t.last))))
	t.last = now
}

// since records a phase that ran alongside others (the engines), from
// start until now; what is called then, when its counts are known.
func (t *timings) since(start time.Time, what func() string) {
	if !t.on {
		return
	}
	d := time.Since(start)
	t.mu.Lock()
	defer t.mu.Unlock()
	t.lines = append(t.lines, fmt.Sprintf("  %s: %s", what(), round(d)))
}

func (t *timings) print(w io.Writer) {
	if !t.on {
		return
	}
	for _, l := range t.lines {
		fmt.Fprintf(w, "mcplint: timing: %s\n", l)
	}
	fmt.Fprintf(w, "mcplint: timing: total: %s\n", round(time.Since(t.start)))
}

func round(d time.Duration) time.Duration {
	if d > time.Second {
		return d.Round(10 * time.Millisecond)
	}
	return d.Round(100 * time.Microsecond)
}
