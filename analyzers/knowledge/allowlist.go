package knowledge

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// AllowListClasses returns the sanitizer classes a regular-expression
// allow-list rules out for every value it matches: re.fullmatch(r"[\w-]+", x)
// leaves x no "/", no "." and no shell or SQL metacharacter, so it clears the
// path, shell and SQL classes; r"^(\d{4}\.\d{5}|[a-z-]+/\d{7})$" admits "/"
// and "." but never "..", nor a leading "/", so it still clears the path
// class. anchoredCall is true when the call itself anchors the pattern at
// both ends (fullmatch). A pattern that is not anchored at both ends on
// every alternative, admits any character (".", a negated or shorthand class
// such as \S), or does not parse as a regular expression guarantees nothing.
//
// The pattern is read with Go's regexp/syntax, whose Perl syntax covers the
// allow-lists of Python and JavaScript (classes, groups, alternation,
// counted repetition, \A, \z); Python's \Z is read as \z.
func AllowListClasses(pattern string, anchoredCall bool) []rule.Class {
	re, err := syntax.Parse(strings.ReplaceAll(pattern, `\Z`, `\z`), syntax.Perl)
	if err != nil {
		return nil
	}
	if !anchoredCall && !(anchoredAt(re, syntax.OpBeginText) && anchoredAt(re, syntax.OpEndText)) {
		return nil
	}
	var tracked []rune
	for _, c := range rule.Classes {
		for _, s := range append(slices.Clone(c.RegexForbidsSeq), c.RegexForbidsLead...) {
			for _, r := range s {
				if !slices.Contains(tracked, r) {
					tracked = append(tracked, r)
				}
			}
		}
	}
	lang := matchLanguage(re, tracked)
	if lang.anyChar {
		return nil
	}
	var out []rule.Class
	for _, c := range rule.Classes {
		if len(c.RegexForbids)+len(c.RegexForbidsSeq)+len(c.RegexForbidsLead) == 0 {
			continue
		}
		ok := true
		for _, f := range c.RegexForbids {
			for _, r := range f {
				if lang.admits(r) {
					ok = false
				}
			}
		}
		for _, f := range c.RegexForbidsLead {
			if r := []rune(f); len(r) == 1 && lang.first.has(tracked, r[0]) {
				ok = false
			}
		}
		for _, f := range c.RegexForbidsSeq {
			if r := []rune(f); len(r) == 2 && lang.pairs[[2]rune{r[0], r[1]}] {
				ok = false
			}
		}
		if ok {
			out = append(out, c.Class)
		}
	}
	return out
}

// anchoredAt reports whether every match of re starts (OpBeginText) or ends
// (OpEndText) at the anchor: in a concatenation its first or last part, in
// an alternation every alternative. Multi-line anchors (OpBeginLine, under
// (?m)) do not anchor the text.
func anchoredAt(re *syntax.Regexp, anchor syntax.Op) bool {
	switch re.Op {
	case anchor:
		return true
	case syntax.OpCapture:
		return anchoredAt(re.Sub[0], anchor)
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return false
		}
		if anchor == syntax.OpBeginText {
			return anchoredAt(re.Sub[0], anchor)
		}
		return anchoredAt(re.Sub[len(re.Sub)-1], anchor)
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !anchoredAt(s, anchor) {
				return false
			}
		}
		return len(re.Sub) > 0
	}
	return false
}

// runeSet is a set of the tracked runes, by their index in the tracked list.
type runeSet uint64

func (s runeSet) has(tracked []rune, r rune) bool {
	i := slices.Index(tracked, r)
	return i >= 0 && s&(1<<i) != 0
}

// language summarises the strings a regular expression matches, as far as
// the allow-list classes need: which characters may appear, which tracked
// characters may start or end a match, which pairs of tracked characters
// may stand side by side (".." for paths), and whether a match may be empty.
type language struct {
	ranges      [][2]rune // the characters that may appear
	first, last runeSet
	pairs       map[[2]rune]bool
	nullable    bool
	anyChar     bool // "." or a class wide enough to hold anything
}

func (l *language) admits(r rune) bool {
	for _, rg := range l.ranges {
		if rg[0] <= r && r <= rg[1] {
			return true
		}
	}
	return false
}

// wideClass is how many characters a class may admit before it is taken for
// "anything" (\S, [^/], \W): an allow-list names the characters it allows.
const wideClass = 0x3000

func matchLanguage(re *syntax.Regexp, tracked []rune) *language {
	l := &language{pairs: map[[2]rune]bool{}}
	set := func(runes ...rune) runeSet {
		var s runeSet
		for i, t := range tracked {
			for j := 0; j+1 < len(runes); j += 2 {
				if runes[j] <= t && t <= runes[j+1] {
					s |= 1 << i
				}
			}
		}
		return s
	}
	switch re.Op {
	case syntax.OpNoMatch:
	case syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpEndText, syntax.OpBeginLine, syntax.OpEndLine,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		l.nullable = true
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		l.anyChar = true
	case syntax.OpLiteral:
		runes := re.Rune
		if re.Flags&syntax.FoldCase != 0 {
			for _, r := range re.Rune {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					runes = append(runes, f)
				}
			}
		}
		for _, r := range runes {
			l.ranges = append(l.ranges, [2]rune{r, r})
		}
		l.nullable = len(re.Rune) == 0
		if n := len(re.Rune); n > 0 {
			l.first, l.last = set(re.Rune[0], re.Rune[0]), set(re.Rune[n-1], re.Rune[n-1])
			for i := 1; i < n; i++ {
				l.pairs[[2]rune{re.Rune[i-1], re.Rune[i]}] = true
			}
		}
	case syntax.OpCharClass:
		size := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			l.ranges = append(l.ranges, [2]rune{re.Rune[i], re.Rune[i+1]})
			size += int(re.Rune[i+1]-re.Rune[i]) + 1
		}
		l.anyChar = size > wideClass
		l.first = set(re.Rune...)
		l.last = l.first
		l.pairs = map[[2]rune]bool{}
	case syntax.OpCapture:
		return matchLanguage(re.Sub[0], tracked)
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		s := matchLanguage(re.Sub[0], tracked)
		l.ranges, l.first, l.last, l.pairs, l.anyChar = s.ranges, s.first, s.last, s.pairs, s.anyChar
		l.nullable = s.nullable || re.Op == syntax.OpStar || re.Op == syntax.OpQuest || re.Op == syntax.OpRepeat && re.Min == 0
		repeats := re.Op == syntax.OpStar || re.Op == syntax.OpPlus || re.Op == syntax.OpRepeat && (re.Max == -1 || re.Max >= 2)
		if repeats {
			// the end of one repetition meets the start of the next
			l.pairs = joinPairs(s.pairs, s.last, s.first, tracked)
		}
	case syntax.OpConcat:
		l.nullable = true
		for _, sub := range re.Sub {
			s := matchLanguage(sub, tracked)
			l.anyChar = l.anyChar || s.anyChar
			l.ranges = append(l.ranges, s.ranges...)
			pairs := joinPairs(l.pairs, l.last, s.first, tracked)
			for p := range s.pairs {
				pairs[p] = true
			}
			l.pairs = pairs
			if l.nullable {
				l.first |= s.first
			}
			if s.nullable {
				l.last |= s.last
			} else {
				l.last = s.last
			}
			l.nullable = l.nullable && s.nullable
		}
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			s := matchLanguage(sub, tracked)
			l.anyChar = l.anyChar || s.anyChar
			l.ranges = append(l.ranges, s.ranges...)
			l.first |= s.first
			l.last |= s.last
			l.nullable = l.nullable || s.nullable
			for p := range s.pairs {
				l.pairs[p] = true
			}
		}
	default:
		l.anyChar = true // an operator this reading does not know
	}
	return l
}

// joinPairs is pairs plus every tracked pair (a, b) with a able to end what
// comes before and b able to start what follows.
func joinPairs(pairs map[[2]rune]bool, last, first runeSet, tracked []rune) map[[2]rune]bool {
	out := make(map[[2]rune]bool, len(pairs))
	for p := range pairs {
		out[p] = true
	}
	for _, a := range tracked {
		if !last.has(tracked, a) {
			continue
		}
		for _, b := range tracked {
			if first.has(tracked, b) {
				out[[2]rune{a, b}] = true
			}
		}
	}
	return out
}
