package engine

import (
	"path/filepath"
	"slices"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// transport records a served MCP HTTP transport for the posture checks.
func (it *interp) transport(c *callSite, t *Transport) {
	if it.a.quiet > 0 || it.a.docFile(it.f) {
		return // a documentation snippet serves nothing
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
		var server *Value
		if s, _, ok := c.a.get(t.Server); ok {
			server = s
		}
		kind, given := "", false
		if v, _, ok := c.a.get(t.KindArg); ok {
			kind, given = v.Str, v.Known
		} else if t.KindDefault != "" {
			kind, given = t.KindDefault, true
		}
		k, http := t.Kinds[kind]
		it.a.noteRun(server, given && !http && slices.Contains(t.Local, kind))
		if !given || !http {
			return
		}
		u.kind, u.server = k, server
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
	it.a.noteRun(u.server, false)
	it.a.trans = append(it.a.trans, u)
}

// noteRun records a run of server: over a local transport, or served.
func (a *analysis) noteRun(server *Value, local bool) {
	if server == nil || server.Ctor == nil {
		return
	}
	if !local {
		a.runs[server.Ctor] = runServed
	} else if a.runs[server.Ctor] == 0 {
		a.runs[server.Ctor] = runLocal
	}
}

// reportServerBinds reports the all-interfaces constructors of servers
// that are not only run over a local transport: a constructor evaluated
// in several contexts is reported when any of them may serve.
func (a *analysis) reportServerBinds() {
	local := map[*Node]bool{}
	for _, b := range a.serverBinds {
		if _, seen := local[b.node]; !seen {
			local[b.node] = true
		}
		if a.runs[b.ctor] != runLocal {
			local[b.node] = false
		}
	}
	done := map[*Node]bool{}
	for _, b := range a.serverBinds {
		if local[b.node] || done[b.node] {
			continue // run over stdio only: the host is never bound
		}
		done[b.node] = true
		a.reportKind(b.f, b.node, rule.CheckBindAll, 0, nil, b.details...)
		a.attachFix(b.f, b.node, bindAllRule(), b.fix)
	}
}

// reach says how far a served transport can be reached.
type reach int

const (
	reachLoopback reach = iota + 1 // loopback only
	reachNetwork                   // an address not known to be loopback
	reachAll                       // every interface
)

// reachOf decides where a transport listens: its own host argument or its
// server's, then what the file's listeners bind, then the server's default.
func (a *analysis) reachOf(u transportUse) (reach, string) {
	for _, r := range u.spec.HostArgs {
		v, _, ok := u.a.get(r)
		if !ok || v.Fn != nil {
			continue
		}
		switch {
		case !v.Known:
			return reachNetwork, ""
		case allInterfaces(v.Str):
			return reachAll, v.Str
		case loopback(v.Str):
			return reachLoopback, v.Str
		}
		return reachNetwork, v.Str
	}
	if u.server != nil && a.bound[u.server] || u.a.recv != nil && a.bound[u.a.recv] || u.server == nil && a.boundFile[u.f] {
		return reachAll, ""
	}
	if u.spec.DefaultLoopback || a.loopFile[u.f] {
		return reachLoopback, ""
	}
	return reachNetwork, ""
}

// serverIs reports whether the transport's server was constructed by a
// callee matching one of patterns.
func (u transportUse) serverIs(patterns []string) bool {
	if u.server == nil {
		return false
	}
	return matchAny(patterns, u.server.Ref) || u.server.Ctor != nil && matchAny(patterns, u.server.Ref+"()")
}

// checkTransports reports transports reachable from the network without
// authentication (MCP004) and transports without Origin or Host
// validation (MCP005), once every file has been seen, and lists the
// served transports for the project-level join.
func (a *analysis) checkTransports() {
	served := map[*File]bool{}
	for _, u := range a.trans {
		served[u.f] = true
	}
	// the SDK's own source serves nothing (its users serve these classes);
	// its runnable examples, outside the source tree, do
	sdkTrees := map[string]bool{}
	if len(a.lang.SDKClasses) > 0 {
		for _, ci := range a.classes {
			if ci.file != nil && a.lang.ModuleName != nil && matchAny(a.lang.SDKClasses, a.lang.ModuleName(ci.file.Rel)+"."+ci.name) {
				sdkTrees[topDir(ci.file.Rel)] = true
			}
		}
		if len(sdkTrees) > 0 {
			kept := a.trans[:0]
			for _, u := range a.trans {
				if !sdkTrees[topDir(u.f.Rel)] {
					kept = append(kept, u)
				}
			}
			a.trans = kept
		}
	}
	a.reportBinds(served)
	a.reportServerBinds()
	for _, p := range a.pending {
		if p.check.NotInSDK && sdkTrees[topDir(p.f.Rel)] {
			continue // library code of the SDK
		}
		// only in front of an MCP transport, and only without Origin
		// or Host validation in the same file
		if !p.check.UnlessOrigin || served[p.f] && !a.validates(p.f) {
			a.reportCheck(p.f, p.node, p.check)
		}
	}
	for _, u := range a.trans {
		t := u.spec
		if a.lang.SDK.Package != "" {
			a.out.Served = append(a.out.Served, rule.Served{File: u.f.Pos(u.node).File, Ecosystem: a.lang.SDK.Ecosystem, Package: a.lang.SDK.Package})
		}
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
		rc, host := a.reachOf(u)
		if !a.authFile[u.f] && !hasArg(t.AuthArgs) && rc != reachLoopback {
			// on loopback only, a web page reaching it is MCP005's business
			sev, where := rule.Severity(0), rule.Where(rule.ReachNetwork, host)
			if rc == reachAll {
				sev, where = rule.Critical, rule.Where(rule.ReachAll, host)
			}
			at := u.node
			if u.route != nil {
				at = u.route
			}
			a.reportKind(u.f, at, rule.CheckTransportAuth, sev, nil, u.kind, where, t.AuthFix)
		}
		if t.OriginUnknown || hasArg(t.SecurityArgs) || a.validates(u.f) || optionsUnknown(u.a, t.SecurityArgs) {
			continue
		}
		fix := t.OriginFix
		var gate *rule.Gate
		if d := t.Default; d != nil && u.serverIs(d.Servers) {
			if rc == reachLoopback {
				gate = &rule.Gate{Ecosystem: d.Ecosystem, Package: d.Package, Since: d.Since}
				fix += rule.MustCheck(rule.CheckTransportOrigin).UpgradeFix(d.Package, d.Since, d.What)
			} else {
				fix += rule.MustCheck(rule.CheckTransportOrigin).LoopbackOnlyFix(d.What)
			}
		}
		a.reportKind(u.f, u.node, rule.CheckTransportOrigin, 0, gate, u.kind, fix)
		a.attachFix(u.f, u.node, rule.MustCheck(rule.CheckTransportOrigin).Rule, a.protectFix(u.f, u.node, t.Protect, rc))
	}
}

// maxBindImportDepth bounds how many imports away from a listener's file
// the module that makes it an MCP server may be.
const maxBindImportDepth = 3

// reportBinds reports the pending all-interfaces listeners that serve MCP:
// what they serve carries an MCP transport, or their file (or a project
// module it imports) serves a transport or defines tool, resource or
// prompt handlers. A listener in a file that has nothing to do with the
// MCP server (an OAuth callback receiver of a client, a metrics endpoint)
// serves no tools.
func (a *analysis) reportBinds(served map[*File]bool) {
	if len(a.binds) == 0 {
		return
	}
	mcpFile := map[*File]bool{}
	for f := range served {
		mcpFile[f] = true
	}
	for _, h := range a.handlers {
		if h.fn != nil && h.fn.File != nil {
			mcpFile[h.fn.File] = true
		}
	}
	// the project modules a file imports, a few levels deep (an entry
	// point that imports the module building the app, which imports the
	// module defining the tools)
	var servesMCP func(f *File, depth int, seen map[*File]bool) bool
	servesMCP = func(f *File, depth int, seen map[*File]bool) bool {
		if mcpFile[f] {
			return true
		}
		if seen[f] || depth >= maxBindImportDepth || a.lang.ResolveImport == nil {
			return false
		}
		seen[f] = true
		for _, im := range f.Imports {
			for _, cand := range a.lang.ResolveImport(f.Rel, im.Source) {
				for _, name := range []string{cand, cand + "." + im.Member} {
					if m := a.mods[name]; m != nil && servesMCP(m.f, depth+1, seen) {
						return true
					}
				}
			}
		}
		return false
	}
	for _, b := range a.binds {
		if b.tagged || servesMCP(b.f, 0, map[*File]bool{}) {
			a.reportKind(b.f, b.node, rule.CheckBindAll, 0, nil, b.details...)
			a.attachFix(b.f, b.node, bindAllRule(), b.fix)
		}
	}
}

// topDir is the first directory of a slash path relative to the project
// root ("src" of src/mcp/server/sse.py); a file at the root is its own.
func topDir(rel string) string {
	if i := strings.IndexByte(rel, '/'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// validates reports whether a file validates Origin or Host in front of its
// routes: an OriginMarkers name, or a call of the OriginMark.
func (a *analysis) validates(f *File) bool {
	if a.originFile[f] {
		return true
	}
	if a.lang.OriginMark == "" {
		return false
	}
	for _, m := range a.marks[a.lang.OriginMark] {
		if m.f == f {
			return true
		}
	}
	return false
}

// docFile reports whether f is a documentation snippet (Lang.DocFiles).
func (a *analysis) docFile(f *File) bool {
	return len(a.lang.DocFiles) > 0 && matchAny(a.lang.DocFiles, filepath.Base(f.Path))
}
