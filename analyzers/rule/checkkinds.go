package rule

import (
	"fmt"
	"sort"
	"strings"
)

// CheckKind names a finding about how a library is called or configured,
// rather than a flow of tainted data: a listener on every interface, a
// transport served without authentication, an option that turns a
// protection off. Library tables (listeners, call checks, transports, text
// checks) say which calls are of which kind and give the concrete words
// (the option as written, the fix in the library's terms); CheckKinds maps
// the kind to its rule, severity and message frame, once for every
// language and both engines, as SinkKinds does for sinks.
type CheckKind string

// Check kinds.
const (
	// CheckBindAll: a network listener bound to every interface.
	CheckBindAll CheckKind = "bind-all"
	// CheckTransportAuth: an HTTP MCP transport served without
	// authentication.
	CheckTransportAuth CheckKind = "transport-auth"
	// CheckTransportOrigin: an HTTP MCP transport served without Origin or
	// Host validation.
	CheckTransportOrigin CheckKind = "transport-origin"
	// CheckRebindingOff: an option that turns DNS-rebinding protection off.
	CheckRebindingOff CheckKind = "rebinding-off"
	// CheckCORSAnyOrigin: CORS that lets every origin in front of an MCP
	// transport.
	CheckCORSAnyOrigin CheckKind = "cors-any-origin"
	// CheckDescription: hidden instructions in text a model reads as a
	// description.
	CheckDescription CheckKind = "description"
	// CheckAnyAudience: bearer-token verification without an audience.
	CheckAnyAudience CheckKind = "any-audience"
	// CheckAudienceOff: bearer-token verification with the audience check
	// turned off.
	CheckAudienceOff CheckKind = "audience-off"
	// CheckStdout: a write to stdout while a stdio transport serves.
	CheckStdout CheckKind = "stdout"
	// CheckWeakSessionID: session IDs from a predictable source.
	CheckWeakSessionID CheckKind = "weak-session-id"
)

// CheckInfo is what a check kind means for the rules.
type CheckInfo struct {
	Kind CheckKind
	Rule string
	// Severity overrides the rule's default severity; zero keeps it.
	Severity Severity
	// Format is the message frame: each %s takes one detail of the table
	// entry, in order (Message). Every kind has one, even those whose
	// details the engine computes (the host of a listener).
	Format string
	// Doc says in a few words what the kind covers (rule documentation).
	Doc string
	// Upgrade and LoopbackOnly complete the fix detail of a finding about
	// a transport whose SDK validates Host on loopback by default from
	// some release on: Upgrade (package, first protecting version, what
	// validates) for a loopback server on an older release, LoopbackOnly
	// (what validates) for a server the network can reach, which that
	// default does not cover.
	Upgrade, LoopbackOnly string
}

// CheckKinds is the one mapping from check kind to rule, severity and
// message frame.
var CheckKinds = []CheckInfo{
	{Kind: CheckBindAll, Rule: "MCP001", Format: "%s listens on all interfaces %s: anyone on the network can call its tools; %s",
		Doc: "network listeners bound to every interface"},
	{Kind: CheckTransportAuth, Rule: "MCP004", Format: "%s MCP transport is served without authentication %s: %s",
		Doc: "HTTP MCP transports served without authentication"},
	{Kind: CheckTransportOrigin, Rule: "MCP005",
		Format:       "%s MCP transport is served without Origin or Host validation, so a web page can drive it through DNS rebinding: %s",
		Doc:          "HTTP MCP transports served without Origin or Host validation",
		Upgrade:      ", or upgrade %s to %s or later, whose %s validates Host on loopback by default",
		LoopbackOnly: " (%s validates Host by default only on loopback)"},
	{Kind: CheckRebindingOff, Rule: "MCP005", Format: "DNS-rebinding protection is disabled for the MCP transport (%s)",
		Doc: "options that turn DNS-rebinding protection off"},
	{Kind: CheckCORSAnyOrigin, Rule: "MCP005", Format: "CORS %s in front of the MCP transport: any web page can drive its tools",
		Doc: "CORS that lets every origin call the MCP transport"},
	{Kind: CheckDescription, Rule: "MCP009", Format: "%s %s", Doc: "descriptions of tools, resources, prompts and parameters"},
	{Kind: CheckAnyAudience, Rule: "MCP010", Format: "%s accepts tokens issued for any audience: %s",
		Doc: "token verification that accepts any audience"},
	{Kind: CheckAudienceOff, Rule: "MCP010", Format: "%s turns the audience check off (%s): tokens issued for other services are accepted",
		Doc: "token verification with the audience check turned off"},
	{Kind: CheckStdout, Rule: "MCP012", Format: "%s, and stdout carries the stdio MCP transport: %s", Doc: "writes to stdout"},
	{Kind: CheckWeakSessionID, Rule: "MCP013", Format: "session ID generator (%s) returns a value %s: %s",
		Doc: "session ID generators with a predictable source"},
}

var checkIndex = func() map[CheckKind]*CheckInfo {
	m := map[CheckKind]*CheckInfo{}
	for i := range CheckKinds {
		k := &CheckKinds[i]
		if _, dup := m[k.Kind]; dup {
			panic("rule: check kind listed twice: " + string(k.Kind))
		}
		if _, dup := kindIndex[SinkKind(k.Kind)]; dup {
			panic("rule: check kind named like a sink kind: " + string(k.Kind))
		}
		if !inCatalog(k.Rule) {
			panic(fmt.Sprintf("rule: check kind %s names unknown rule %q", k.Kind, k.Rule))
		}
		if k.Format == "" || k.Doc == "" || strings.Count(k.Format, "%") != k.Details() {
			panic("rule: check kind without a format of %s verbs or without doc: " + string(k.Kind))
		}
		if (k.Upgrade != "" || k.LoopbackOnly != "") && (strings.Count(k.Upgrade, "%s") != 3 || strings.Count(k.LoopbackOnly, "%s") != 1) {
			panic("rule: check kind with an Upgrade phrase of other than three details or a LoopbackOnly phrase of other than one: " + string(k.Kind))
		}
		m[k.Kind] = k
	}
	return m
}()

// Check returns the meaning of a check kind.
func Check(k CheckKind) (*CheckInfo, bool) {
	info, ok := checkIndex[k]
	return info, ok
}

// MustCheck is Check for tables and engines: an unknown kind is a
// programmer error.
func MustCheck(k CheckKind) *CheckInfo {
	info, ok := checkIndex[k]
	if !ok {
		panic(fmt.Sprintf("rule: unknown check kind %q (known: %v)", k, CheckNames()))
	}
	return info
}

// CheckNames lists the check kinds, sorted.
func CheckNames() []string {
	var out []string
	for _, k := range CheckKinds {
		out = append(out, string(k.Kind))
	}
	sort.Strings(out)
	return out
}

// ChecksOf returns the check kinds whose findings belong to rule id, in
// table order.
func ChecksOf(id string) []*CheckInfo {
	var out []*CheckInfo
	for i := range CheckKinds {
		if CheckKinds[i].Rule == id {
			out = append(out, &CheckKinds[i])
		}
	}
	return out
}

// Details is the number of details the kind's message takes.
func (k *CheckInfo) Details() int { return strings.Count(k.Format, "%s") }

// Message renders a finding of the kind from its details. A wrong number
// of details is a programmer error (tables are validated by a test).
func (k *CheckInfo) Message(details ...string) string {
	if len(details) != k.Details() {
		panic(fmt.Sprintf("rule: check kind %s takes %d details, got %d", k.Kind, k.Details(), len(details)))
	}
	args := make([]any, len(details))
	for i, d := range details {
		args[i] = d
	}
	return fmt.Sprintf(k.Format, args...)
}

// UpgradeFix is the Upgrade phrase for package pkg, protecting from
// version since, where what validates Host ("FastMCP").
func (k *CheckInfo) UpgradeFix(pkg, since, what string) string {
	if k.Upgrade == "" {
		panic("rule: check kind without an Upgrade phrase: " + string(k.Kind))
	}
	return fmt.Sprintf(k.Upgrade, pkg, since, what)
}

// LoopbackOnlyFix is the LoopbackOnly phrase for what validates Host.
func (k *CheckInfo) LoopbackOnlyFix(what string) string {
	if k.LoopbackOnly == "" {
		panic("rule: check kind without a LoopbackOnly phrase: " + string(k.Kind))
	}
	return fmt.Sprintf(k.LoopbackOnly, what)
}

// EffectiveSeverity is the severity of the kind's findings.
func (k *CheckInfo) EffectiveSeverity() Severity {
	if k.Severity != 0 {
		return k.Severity
	}
	if r, ok := byID[k.Rule]; ok {
		return r.Severity
	}
	return 0
}

// Reach is how far the network reaches a listener, as the exposure
// messages phrase it.
type Reach int

const (
	// ReachUnknown: an address known only at run time.
	ReachUnknown Reach = iota
	// ReachNetwork: a named address not known to be loopback.
	ReachNetwork
	// ReachAll: every interface.
	ReachAll
)

// Where phrases where a transport is served, for MCP004 in every
// language: on all interfaces (naming the address or host that binds
// them, when known), on a named address not known to be loopback, or on
// one known only at run time.
func Where(r Reach, addr string) string {
	switch {
	case r == ReachAll && addr != "":
		return fmt.Sprintf("on all interfaces (%q)", addr)
	case r == ReachAll:
		return "on all interfaces"
	case r == ReachNetwork && addr != "":
		return fmt.Sprintf("on %q, not known to be loopback", addr)
	}
	return "on an address not known to be loopback"
}
