package engine

import (
	"fmt"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// transport records a served MCP HTTP transport for the posture checks.
func (it *interp) transport(c *callSite, t *Transport) {
	if it.a.quiet > 0 {
		return
	}
	u := transportUse{spec: t, f: it.f, node: c.node, a: c.a}
	switch {
	case t.Kind != "":
		u.kind = t.Kind
		if t.AtRoute {
			u.route = it.routeOf(c.node)
		}
		if s, _, ok := c.a.get(t.Server); ok && t.Server != "" {
			u.server = s
		}
	case t.KindArg != "":
		v, _, ok := c.a.get(t.KindArg)
		if !ok || !v.Known {
			return
		}
		k, ok := t.Kinds[v.Str]
		if !ok {
			return
		}
		u.kind = k
		if s, _, ok := c.a.get(t.Server); ok {
			u.server = s
		}
	case t.App != "":
		v, _, ok := c.a.get(t.App)
		if !ok {
			return
		}
		tags, srv := tagsOf(v, 0)
		if tags == nil {
			return
		}
		u.kind, u.server = tags[0], srv
	default:
		return
	}
	it.a.trans = append(it.a.trans, u)
}

// checkTransports reports transports without authentication or Origin
// validation, once every file has been seen.
func (a *analysis) checkTransports() {
	served := map[*File]bool{}
	for _, u := range a.trans {
		served[u.f] = true
	}
	for _, p := range a.pending {
		// only in front of an MCP transport, and only without Origin
		// or Host validation in the same file
		if served[p.f] && !a.originFile[p.f] {
			a.report(p.f, p.node, p.check.RuleID, 0, p.check.Message, nil)
		}
	}
	for _, u := range a.trans {
		t := u.spec
		hasArg := func(names []string) bool {
			for _, n := range names {
				if _, _, ok := u.a.get(n); ok {
					return true
				}
				if u.server != nil && u.server.Ctor != nil {
					if _, _, ok := u.server.Ctor.get(n); ok {
						return true
					}
					if _, _, ok := u.server.Ctor.get("0." + n); ok {
						return true
					}
				}
				if u.server != nil {
					if _, ok := u.server.Props[n]; ok && u.server.Props[n].Ref == "" {
						return true
					}
				}
			}
			return false
		}
		if t.AuthRule != "" && !a.authFile[u.f] && !hasArg(t.AuthArgs) {
			sev := rule.Severity(0)
			if u.server != nil && a.bound[u.server] || a.bound[u.a.recv] || u.server == nil && a.boundFile[u.f] {
				sev = rule.Critical
			}
			for _, r := range t.HostArgs {
				// this call binds loopback itself: exposure elsewhere does
				// not make this transport reachable
				if v, _, ok := u.a.get(r); ok && v.Known && loopback(v.Str) && !strings.HasPrefix(r, "recv") {
					sev = 0
				}
			}
			at := u.node
			if u.route != nil {
				at = u.route
			}
			a.report(u.f, at, t.AuthRule, sev, fmt.Sprintf("%s MCP transport is served without authentication", u.kind), nil)
		}
		if t.OriginRule != "" && t.OriginAbsent && !hasArg(t.SecurityArgs) && !a.originFile[u.f] && !optionsUnknown(u.a, t.SecurityArgs) {
			a.report(u.f, u.node, t.OriginRule, 0, fmt.Sprintf("%s MCP transport is created without DNS-rebinding protection (no enableDnsRebindingProtection with allowedHosts, and no Host or Origin validation in front of it)", u.kind), nil)
		}
		if t.OriginRule != "" && !t.OriginAbsent && !hasArg(t.SecurityArgs) {
			for _, r := range t.HostArgs {
				v, _, ok := u.a.get(r)
				if !ok || !v.Known || loopback(v.Str) {
					continue
				}
				a.report(u.f, u.node, t.OriginRule, 0, fmt.Sprintf("%s MCP transport binds host %q without transport_security, so DNS-rebinding protection is off", u.kind, v.Str), nil)
				break
			}
		}
	}
}
