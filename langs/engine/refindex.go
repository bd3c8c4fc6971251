package engine

import (
	"slices"
	"strings"
	"sync"
)

// The tables of a language whose callee patterns analysis.matches tries.
const (
	tabAuth = iota
	tabOrigin
	tabModel
	tabHandler
	tabListener
	tabCheck
	tabTransport
	tabSink
	tabGuard
	tabText
	tabSource
	tabMark
	tabEffect
)

// calleeIndex finds the table entries whose callee patterns may match a
// name without trying all of them (a language has hundreds to thousands
// of patterns, and a project thousands of distinct callee names).
//
// A pattern whose literal tail (the text after its last '*', or all of it)
// holds a '.' only matches names whose last dotted segment equals the
// tail's last segment: a name ends with the tail, so the name's last '.'
// is the tail's. Such patterns are filed under that segment; the rest
// (tails like "Server" or "" of "os.exec*") are tried on every name.
// Candidates are then matched with match, so the answer is exactly that
// of trying every pattern.
//
// The others are filed by the last byte of their tail (a name must end
// with it) or, when the tail is empty ("os.exec*"), by their first byte
// (a name must start with it); only patterns starting and ending with '*'
// are tried on every name.
type calleeIndex struct {
	bySeg   map[string][]calleePat
	byLast  [256][]calleePat
	byFirst [256][]calleePat
	general []calleePat
}

type calleePat struct {
	pat   string
	table uint8
	idx   int32
}

func newCalleeIndex(l *Lang) *calleeIndex {
	x := &calleeIndex{bySeg: map[string][]calleePat{}}
	add := func(table uint8, idx int, pats []string) {
		for _, p := range pats {
			e := calleePat{pat: p, table: table, idx: int32(idx)}
			tail := p
			if i := strings.LastIndexByte(p, '*'); i >= 0 {
				tail = p[i+1:]
				if !strings.Contains(tail, ".") {
					switch {
					case tail != "":
						x.byLast[tail[len(tail)-1]] = append(x.byLast[tail[len(tail)-1]], e)
					case p[0] != '*':
						x.byFirst[p[0]] = append(x.byFirst[p[0]], e)
					default:
						x.general = append(x.general, e)
					}
					continue
				}
			}
			seg := lastSegment(tail)
			x.bySeg[seg] = append(x.bySeg[seg], e)
		}
	}
	add(tabAuth, 0, l.AuthMarkers)
	add(tabOrigin, 0, l.OriginMarkers)
	for i := range l.Models {
		add(tabModel, i, l.Models[i].Callee)
	}
	for i := range l.Handlers {
		add(tabHandler, i, l.Handlers[i].Calls)
	}
	for i := range l.Listeners {
		add(tabListener, i, l.Listeners[i].Callee)
	}
	for i := range l.CallChecks {
		add(tabCheck, i, l.CallChecks[i].Callee)
	}
	for i := range l.Transports {
		add(tabTransport, i, l.Transports[i].Callee)
	}
	for i := range l.Sinks {
		add(tabSink, i, l.Sinks[i].Callee)
	}
	for i := range l.Guards {
		add(tabGuard, i, l.Guards[i].Callee)
	}
	for i := range l.Texts {
		add(tabText, i, l.Texts[i].Callee)
	}
	for i := range l.Sources {
		add(tabSource, i, l.Sources[i].Callee)
	}
	for i := range l.Marks {
		add(tabMark, i, l.Marks[i].Callee)
	}
	for i := range l.Effects {
		add(tabEffect, i, l.Effects[i].Callee)
	}
	return x
}

func lastSegment(s string) string {
	return s[strings.LastIndexByte(s, '.')+1:]
}

// calleeIndexes keeps the index of the languages in use: a run analyses
// many projects of one language, and building the index of TypeScript's
// 1,900 patterns for each was a fifth of the cost of the lookups. Few
// languages are in use at once (Options.Models makes a copy of a language
// per run), so the cache is dropped rather than grown past a handful.
var calleeIndexes struct {
	sync.Mutex
	m map[*Lang]*calleeIndex
}

func calleeIndexOf(l *Lang) *calleeIndex {
	c := &calleeIndexes
	c.Lock()
	defer c.Unlock()
	if x := c.m[l]; x != nil {
		return x
	}
	if c.m == nil || len(c.m) >= 8 {
		c.m = map[*Lang]*calleeIndex{}
	}
	x := newCalleeIndex(l)
	c.m[l] = x
	return x
}

// noMatches is what most callee names get: nothing in any table.
var noMatches = &refMatches{model: -1}

// lookup returns the entries of every table whose patterns match ref,
// each list in table order (as trying every entry in turn gives them).
func (x *calleeIndex) lookup(ref string) *refMatches {
	var m *refMatches
	try := func(cands []calleePat) {
		for _, c := range cands {
			if !match(c.pat, ref) {
				continue
			}
			if m == nil {
				m = &refMatches{model: -1}
			}
			i := int(c.idx)
			switch c.table {
			case tabAuth:
				m.auth = true
			case tabOrigin:
				m.origin = true
			case tabModel:
				if m.model < 0 || i < m.model {
					m.model = i
				}
			case tabHandler:
				m.handlers = append(m.handlers, i)
			case tabListener:
				m.listeners = append(m.listeners, i)
			case tabCheck:
				m.checks = append(m.checks, i)
			case tabTransport:
				m.transports = append(m.transports, i)
			case tabSink:
				m.sinks = append(m.sinks, i)
			case tabGuard:
				m.guards = append(m.guards, i)
			case tabText:
				m.texts = append(m.texts, i)
			case tabSource:
				m.sources = append(m.sources, i)
			case tabMark:
				m.marks = append(m.marks, i)
			case tabEffect:
				m.effects = append(m.effects, i)
			}
		}
	}
	try(x.bySeg[lastSegment(ref)])
	if ref != "" {
		try(x.byLast[ref[len(ref)-1]])
		try(x.byFirst[ref[0]])
	}
	try(x.general)
	if m == nil {
		return noMatches
	}
	for _, s := range []*[]int{&m.handlers, &m.listeners, &m.checks, &m.transports, &m.sinks, &m.guards, &m.texts, &m.sources, &m.marks, &m.effects} {
		if len(*s) > 1 {
			slices.Sort(*s)
			*s = slices.Compact(*s)
		}
	}
	return m
}
