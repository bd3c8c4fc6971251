package sdkversions

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/Masterminds/semver/v3"
	pep440 "github.com/aquasecurity/go-pep440-version"
	gosemver "golang.org/x/mod/semver"
)

// verdict is what a version or range means for one advisory.
type verdict int

const (
	safe      verdict = iota // every version it allows is fixed (or it cannot be read)
	pinned                   // an exact version that is affected
	allows                   // a range whose lowest allowed version is affected
	onlyBelow                // a range that allows no fixed version at all
)

// exactBelow reports whether the exact version v is below fixed. An
// unparsable version is not reported: mcplint must not guess.
func exactBelow(eco Ecosystem, v, fixed string) bool {
	switch eco {
	case PyPI:
		pv, err := pep440.Parse(v)
		if err != nil {
			return false
		}
		return pv.LessThan(pep440.MustParse(fixed))
	case NPM:
		nv, err := semver.StrictNewVersion(strings.TrimPrefix(strings.TrimSpace(v), "v"))
		if err != nil {
			return false
		}
		return nv.LessThan(semver.MustParse(fixed))
	case Go:
		return gosemver.IsValid(v) && gosemver.Compare(v, fixed) < 0
	}
	return false
}

// versionLiteral finds the numeric release parts of versions written in a
// range ("1.2.3" in "^1.2.3", "1.10" in ">=1.10,<2", "1" in "1.x").
var versionLiteral = regexp.MustCompile(`[0-9]+(?:\.[0-9]+)*`)

// candidates are the versions that can be the lowest one a range allows: 0,
// every version written in the range, and each of those with one release
// part bumped (the lowest version above a ">" bound). The lowest version any
// PEP 440 specifier or node-semver range allows is always one of them, so
// checking them answers "what is the lowest allowed version" without
// reimplementing either syntax.
func candidates(spec, fixed string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(v string) {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	add("0.0.0")
	add(strings.TrimPrefix(fixed, "v"))
	for _, lit := range versionLiteral.FindAllString(spec, -1) {
		parts := strings.Split(lit, ".")
		for len(parts) < 3 {
			parts = append(parts, "0")
		}
		add(strings.Join(parts, "."))
		for i := range parts {
			n, err := strconv.Atoi(parts[i])
			if err != nil {
				continue
			}
			bumped := make([]string, len(parts))
			copy(bumped, parts)
			bumped[i] = strconv.Itoa(n + 1)
			for j := i + 1; j < len(bumped); j++ {
				bumped[j] = "0"
			}
			add(strings.Join(bumped, "."))
		}
	}
	return out
}

// rangeVerdict judges a range against an advisory's fixed version. It
// returns the lowest version the range allows when that one is affected.
// A range with no lower bound at all (a bare name, "*", "<2") is not
// reported unless it excludes every fixed version: such a range expresses
// "the newest", and the lock file, if any, says what is installed.
func rangeVerdict(eco Ecosystem, spec, fixed string) (verdict, string) {
	low, fixedAllowed, less := lowestAllowed(eco, spec, fixed)
	fixedNum := strings.TrimPrefix(fixed, "v")
	switch {
	case low == "":
		return safe, "" // allows nothing we can name
	case !fixedAllowed:
		return onlyBelow, low
	case low == "0.0.0":
		return safe, "" // no lower bound: resolves to the newest
	case less(low, fixedNum):
		return allows, low
	}
	return safe, ""
}

// lowestAllowed returns the lowest version a range allows ("" when it
// allows none that can be named or cannot be read), whether it allows
// fixed or a later version, and the ecosystem's version order.
func lowestAllowed(eco Ecosystem, spec, fixed string) (string, bool, func(a, b string) bool) {
	var allowed func(v string) bool
	var less func(a, b string) bool
	switch eco {
	case PyPI:
		ss, err := pep440.NewSpecifiers(spec)
		if err != nil {
			return "", false, nil
		}
		allowed = func(v string) bool {
			pv, err := pep440.Parse(v)
			return err == nil && ss.Check(pv)
		}
		less = func(a, b string) bool { return pep440.MustParse(a).LessThan(pep440.MustParse(b)) }
	case NPM:
		c, err := semver.NewConstraint(spec)
		if err != nil {
			return "", false, nil
		}
		allowed = func(v string) bool {
			sv, err := semver.NewVersion(v)
			return err == nil && c.Check(sv)
		}
		less = func(a, b string) bool { return semver.MustParse(a).LessThan(semver.MustParse(b)) }
	default:
		return "", false, nil
	}
	fixedNum := strings.TrimPrefix(fixed, "v")
	low := ""
	fixedAllowed := false
	for _, v := range candidates(spec, fixed) {
		if !allowed(v) {
			continue
		}
		if !less(v, fixedNum) {
			fixedAllowed = true
		}
		if low == "" || less(v, low) {
			low = v
		}
	}
	return low, fixedAllowed, less
}

// validGo reports whether v is a Go module version.
func validGo(v string) bool { return gosemver.IsValid(v) }
