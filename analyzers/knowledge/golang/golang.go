// Package golang exposes the Go engine's library tables (which live in
// analyzers/internal/mcpapi) in a neutral shape, for the rule
// documentation generated from the tables.
package golang

import (
	"sort"
	"strconv"

	"github.com/mcpsec/mcplint/analyzers/internal/mcpapi"
	"github.com/mcpsec/mcplint/analyzers/internal/taint"
	"github.com/mcpsec/mcplint/analyzers/rule"
)

// Sink is one Go sink: a function or method and the arguments checked.
type Sink struct {
	Kind   rule.SinkKind
	Callee string // net/http.Client.Get
	Args   string // "argument 0", "arguments 0 and 1"
}

func name(f mcpapi.Func) string {
	if f.Recv != "" {
		return f.Pkg + "." + f.Recv + "." + f.Name
	}
	return f.Pkg + "." + f.Name
}

// Sinks lists the Go sinks, sorted by callee.
func Sinks() []Sink {
	var out []Sink
	for _, s := range mcpapi.Sinks {
		args := "argument "
		if len(s.Args) > 1 {
			args = "arguments "
		}
		for i, a := range s.Args {
			if i > 0 {
				args += " and "
			}
			args += strconv.Itoa(a)
		}
		out = append(out, Sink{Kind: s.Kind, Callee: name(s.Func), Args: args})
	}
	for _, f := range mcpapi.FieldSinks {
		out = append(out, Sink{Kind: f.Kind, Callee: f.Pkg + "." + f.Type + "." + f.Field, Args: "field value"})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Callee < out[j].Callee })
	return out
}

// Sanitizers lists the functions whose result carries no injection, and
// Guards those that vouch for their argument when they return true, sorted.
func Sanitizers() []string { return names(mcpapi.Sanitizers) }

// ClassSanitizer is a Go function whose result is safe for some classes
// only.
type ClassSanitizer struct {
	Callee  string
	Classes []rule.Class
}

// ClassSanitizers lists them, sorted by callee.
func ClassSanitizers() []ClassSanitizer {
	var out []ClassSanitizer
	for f, cs := range mcpapi.ClassSanitizers {
		out = append(out, ClassSanitizer{Callee: name(f), Classes: cs})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Callee < out[j].Callee })
	return out
}

// Guards lists the Go guard functions, sorted.
func Guards() []string { return names(mcpapi.GuardFuncs) }

func names(m map[mcpapi.Func]bool) []string {
	var out []string
	for f := range m {
		out = append(out, name(f))
	}
	sort.Strings(out)
	return out
}

// Check is one Go table entry behind a check kind: the calls of the kind.
type Check struct {
	Kind    rule.CheckKind
	Callees []string
}

// Checks lists, per check kind, the Go calls the analyzers look at, in
// rule.CheckKinds order (kinds without a Go table are left out).
func Checks() []Check {
	funcs := func(fs []mcpapi.Func) []string {
		var out []string
		for _, f := range fs {
			out = append(out, name(f))
		}
		sort.Strings(out)
		return out
	}
	var listeners, transports, descriptions, audience, sessions, stdout []mcpapi.Func
	for _, l := range mcpapi.Listeners {
		listeners = append(listeners, l.Func)
	}
	for _, t := range mcpapi.HTTPTransports {
		transports = append(transports, t.Func)
	}
	for _, d := range mcpapi.DescriptionArgs {
		descriptions = append(descriptions, d.Func)
	}
	for _, p := range mcpapi.JWTParses {
		audience = append(audience, p.Func)
	}
	audience = append(audience, mcpapi.OIDCConfig)
	for _, w := range mcpapi.StdoutWrites {
		stdout = append(stdout, w.Func)
	}
	sessions = append(append(append(sessions, mcpapi.SessionIDOptions...), mcpapi.SessionIDManagerOptions...), mcpapi.SessionIDFields...)
	byKind := map[rule.CheckKind][]string{
		rule.CheckBindAll:         funcs(listeners),
		rule.CheckTransportAuth:   funcs(transports),
		rule.CheckTransportOrigin: funcs(transports),
		rule.CheckRebindingOff:    funcs(mcpapi.OriginOptions),
		rule.CheckDescription:     funcs(descriptions),
		rule.CheckAnyAudience:     funcs(audience),
		rule.CheckWeakSessionID:   funcs(sessions),
		rule.CheckStdout:          funcs(stdout),
	}
	var out []Check
	for _, k := range rule.CheckKinds {
		if cs := byKind[k.Kind]; len(cs) > 0 {
			out = append(out, Check{Kind: k.Kind, Callees: cs})
		}
	}
	return out
}

// ConformanceFixtures is where the Go conformance cases are, from the
// repository root.
const ConformanceFixtures = "testdata/go/src/conformance"

// Conformance lists the Go engine's conformance table in its order.
func Conformance() []rule.Decision { return taint.Conformance }
