// Package score rates each MCP server found in a scan from A to F, with a
// number from 0 to 100 and a breakdown (docs/score.md has the formula).
//
// The rating follows an attacker: a tool argument is always reachable
// through prompt injection, and exposure findings open more doors to the
// same tools (anyone on the network when the server is bound to all
// interfaces without authentication, any web page through DNS rebinding).
// So dangerous capabilities are multiplied by how reachable the server is,
// and a network-exposed server without auth that also runs shell commands
// from tool arguments scores far worse than either finding alone.
//
// The score is monotone: every term is a non-decreasing function of the set
// of findings, so fixing (or suppressing) a finding never lowers it.
package score

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// Categories of rules.
const (
	CatExposure   = rule.ScoreExposure
	CatCapability = rule.ScoreCapability
	CatHygiene    = rule.ScoreHygiene
)

// capabilityWeight is the penalty of each dangerous capability reachable
// from tool arguments, before the reachability multiplier, and
// exposureWeight that of each exposure finding on its own: both from the
// catalog (rule.Rule.Score).
var capabilityWeight, exposureWeight = func() (capab, expo map[string]float64) {
	capab, expo = map[string]float64{}, map[string]float64{}
	for _, r := range rule.Rules {
		switch r.Score.Category {
		case rule.ScoreCapability:
			capab[r.ID] = r.Score.Weight
		case rule.ScoreExposure:
			expo[r.ID] = r.Score.Weight
		}
	}
	return capab, expo
}()

// hygieneWeight is the penalty of any other finding, by severity.
var hygieneWeight = map[rule.Severity]float64{rule.Critical: 6, rule.High: 4, rule.Medium: 2, rule.Low: 1}

// Caps keep one category from drowning the others; they are constants, so
// the sum stays monotone.
const (
	exposureCap   = 40
	hygieneCap    = 15
	openDoorBonus = 10 // exposed and unauthenticated together: the door is open
	repeatPenalty = 2  // each further finding of a capability rule
	repeatCap     = 6
)

// Category returns the score category of a rule ID.
func Category(id string) string {
	if _, ok := exposureWeight[id]; ok {
		return CatExposure
	}
	if _, ok := capabilityWeight[id]; ok {
		return CatCapability
	}
	return CatHygiene
}

// Result is the rating of one server.
type Result struct {
	Server Server
	Score  int    // 0-100, higher is better
	Grade  string // A-F
	// Penalties subtracted from 100, rounded.
	Exposure     int
	Capabilities int // after the reachability multiplier
	Hygiene      int
	Reachability float64  // multiplier applied to capabilities: 1 (prompt injection only) to 3
	Paths        []string // how an attacker reaches the tools, e.g. "network without auth (MCP001+MCP004)"
	Findings     int      // unsuppressed (or baselined) findings attributed to the server
	Rules        []string // rule IDs of those findings, sorted
	Baselined    int      // of Findings, those a baseline hides from the report

	// What the scan did not check, so that a grade never claims more.
	RulesRun, RulesTotal int // rules enabled, of those implemented for the server's language
	NotAnalysed          int // inputs of the server that could not be analysed at all
	// Caveats say in words what the score leaves out, e.g. "partial: 1 of
	// 14 rules"; empty for a complete scan.
	Caveats []string
}

// Coverage is what a scan ran: the output shows it next to each grade.
type Coverage struct {
	// Enabled reports whether a rule ran; nil means all did.
	Enabled func(id string) bool
	// Failed are the notices of inputs not analysed at all (rule.Notice
	// Failed); a notice without a file concerns every server.
	Failed []rule.Notice
}

// Grade maps a score to a letter.
func Grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 75:
		return "B"
	case score >= 60:
		return "C"
	case score >= 40:
		return "D"
	}
	return "F"
}

// Rate rates each server with the unsuppressed and baselined findings
// attributed to it, and says what the scan left out.
func Rate(servers []Server, findings []rule.Finding, cov Coverage) []Result {
	per := Attribute(servers, findings)
	out := make([]Result, len(servers))
	for i, s := range servers {
		out[i] = Compute(per[i])
		out[i].Server = s
		out[i].caveats(cov)
	}
	return out
}

// caveats fills the coverage fields of r.
func (r *Result) caveats(cov Coverage) {
	for _, ru := range rule.Rules {
		if !ru.Implemented() || !ru.Supports(r.Server.Language) {
			continue
		}
		r.RulesTotal++
		if cov.Enabled == nil || cov.Enabled(ru.ID) {
			r.RulesRun++
		}
	}
	// A failed Go module is named by its directory, a failed file by itself.
	modules, dirs, files, other := 0, 0, 0, 0
	for _, n := range cov.Failed {
		if n.File != "" && !within(r.Server.Scope, n.File) && !within(n.File, r.Server.Root) {
			continue
		}
		r.NotAnalysed++
		switch st, err := os.Stat(n.File); {
		case n.File == "":
			other++
		case err != nil || !st.IsDir():
			files++
		case fileExists(filepath.Join(n.File, "go.mod")):
			modules++
		default:
			dirs++
		}
	}
	if r.NotAnalysed > 0 {
		var what []string
		for _, c := range []struct {
			n         int
			one, many string
		}{{modules, "module", "modules"}, {dirs, "directory", "directories"}, {files, "file", "files"}, {other, "input", "inputs"}} {
			if c.n > 0 {
				what = append(what, plural(c.n, c.one, c.many))
			}
		}
		r.Caveats = append(r.Caveats, "incomplete: "+strings.Join(what, " and ")+" not analysed")
	}
	if r.RulesRun < r.RulesTotal {
		r.Caveats = append(r.Caveats, fmt.Sprintf("partial: %d of %s", r.RulesRun, plural(r.RulesTotal, "rule", "rules")))
	}
	if r.Baselined > 0 {
		r.Caveats = append(r.Caveats, "counts "+plural(r.Baselined, "baselined finding", "baselined findings"))
	}
}

func fileExists(path string) bool {
	st, err := os.Stat(path)
	return err == nil && !st.IsDir()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// Counts reports whether a finding counts for the score: unsuppressed, or
// hidden only by a baseline (accepted for now, not judged safe).
func Counts(f rule.Finding) bool {
	return f.Suppressed == nil || f.Suppressed.Baseline
}

// Compute rates one server from its findings (those Counts rejects are
// ignored).
func Compute(findings []rule.Finding) Result {
	count := map[string]int{}
	var hygiene float64
	baselined := 0
	for _, f := range findings {
		if !Counts(f) {
			continue
		}
		if f.Suppressed != nil {
			baselined++
		}
		count[f.RuleID]++
		if Category(f.RuleID) == CatHygiene {
			hygiene += hygieneWeight[f.Severity]
		}
	}
	has := func(id string) bool { return count[id] > 0 }

	var exposure float64
	for id, w := range exposureWeight {
		if has(id) {
			exposure += w
		}
	}
	if has("MCP001") && has("MCP004") {
		exposure += openDoorBonus
	}
	exposure = math.Min(exposure, exposureCap)

	reach, paths := reachability(has)
	var capability float64
	for id, w := range capabilityWeight {
		if n := count[id]; n > 0 {
			capability += w + math.Min(float64(n-1)*repeatPenalty, repeatCap)
		}
	}
	capability *= reach
	hygiene = math.Min(hygiene, hygieneCap)

	r := Result{
		Exposure: int(math.Round(exposure)), Capabilities: int(math.Round(capability)), Hygiene: int(math.Round(hygiene)),
		Reachability: reach, Paths: paths, Baselined: baselined,
	}
	r.Score = max(0, 100-r.Exposure-r.Capabilities-r.Hygiene)
	r.Grade = Grade(r.Score)
	for id, n := range count {
		r.Findings += n
		r.Rules = append(r.Rules, id)
	}
	sort.Strings(r.Rules)
	return r
}

// reachability is the multiplier on capabilities: who besides a prompt
// injection can call the tools. Each door is a conjunction of findings and
// the multiplier is the widest open door, so it only grows with findings.
func reachability(has func(string) bool) (float64, []string) {
	type door struct {
		open bool
		mult float64
		what string
		// shown says whether to name the door: a door that a wider open
		// door already implies is not worth a line.
		shown bool
	}
	network, rebind, noAuth := has("MCP001"), has("MCP005") || has("MCP014"), has("MCP004")
	doors := []door{
		{network && noAuth, 3, "anyone on the network, without auth (MCP001+MCP004)", true},
		{rebind && noAuth, 2, "any web page through DNS rebinding, without auth (" + either(has, "MCP005", "MCP014") + "+MCP004)", true},
		{noAuth, 1.5, "local processes and users, without auth (MCP004)", !network && !rebind},
		{network, 1.3, "anyone on the network who passes its authentication (MCP001)", !noAuth},
	}
	reach := 1.0
	paths := []string{"prompt injection through tool arguments"}
	for _, d := range doors {
		if d.open {
			reach = math.Max(reach, d.mult)
			if d.shown {
				paths = append(paths, d.what)
			}
		}
	}
	return reach, paths
}

func either(has func(string) bool, a, b string) string {
	var ids []string
	for _, id := range []string{a, b} {
		if has(id) {
			ids = append(ids, id)
		}
	}
	return strings.Join(ids, "/")
}
