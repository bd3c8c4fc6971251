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
	"math"
	"sort"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// Categories of rules.
const (
	CatExposure   = "exposure"
	CatCapability = "capability"
	CatHygiene    = "hygiene"
)

// capabilityWeight is the penalty of each dangerous capability reachable
// from tool arguments, before the reachability multiplier: remote code
// execution first, then file access, then requests and queries made on the
// server's behalf.
var capabilityWeight = map[string]float64{
	"MCP002": 30, // command injection
	"MCP007": 30, // code execution
	"MCP003": 18, // path traversal
	"MCP006": 14, // SSRF
	"MCP008": 14, // SQL injection
}

// exposureWeight is the penalty of each exposure finding on its own.
var exposureWeight = map[string]float64{
	"MCP001": 15, // bound to all interfaces
	"MCP004": 15, // HTTP without authentication
	"MCP005": 8,  // no Origin/Host check (DNS rebinding)
}

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
	Findings     int      // unsuppressed findings attributed to the server
	Rules        []string // rule IDs of those findings, sorted
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

// Rate rates each server with the unsuppressed findings attributed to it.
func Rate(servers []Server, findings []rule.Finding) []Result {
	per := attribute(servers, findings)
	out := make([]Result, len(servers))
	for i, s := range servers {
		out[i] = Compute(per[i])
		out[i].Server = s
	}
	return out
}

// Compute rates one server from its findings (suppressed ones are ignored).
func Compute(findings []rule.Finding) Result {
	count := map[string]int{}
	var hygiene float64
	for _, f := range findings {
		if f.Suppressed != nil {
			continue
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
		Reachability: reach, Paths: paths,
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
