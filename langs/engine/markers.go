package engine

import "strings"

// pendingCheck is a CallCheck whose verdict waits for the whole project
// (UnlessOrigin: a later middleware in the file may validate Origin).
type pendingCheck struct {
	f     *File
	node  *Node
	check *CallCheck
}

// markers records what a callee or attribute name says about the file:
// it authenticates requests (AuthMarkers) or validates Origin or Host
// (OriginMarkers). Summaries (quiet runs) count too: the code exists.
func (it *interp) markers(ref string) {
	if ref == "" {
		return
	}
	m := it.a.matches(ref)
	if m.auth {
		it.a.authFile[it.f] = true
	}
	if m.origin {
		it.a.originFile[it.f] = true
	}
}

// patternSource is the value a destructured handler parameter binds: the
// argument map, whose named properties are each a source of their own
// (so flows start at "tool argument \"cmd\"") and whose other reads name
// the key read. Names the schema narrows to safe types are not sources.
func (a *analysis) patternSource(fn *Func, j handlerJob, i int, p Param) *Value {
	if j.shape.ArgsParamSet && i != j.shape.ArgsParam {
		return unknown()
	}
	if j.shape.ArgsPath != "" {
		return a.argsPathValue(fn, j, p)
	}
	v := a.source(fn, j.shape, "arguments", p, true)
	v.Props = map[string]*Value{}
	for _, nm := range p.Names {
		if j.safe[nm] {
			v.Props[nm] = unknown()
			continue
		}
		v.Props[nm] = a.source(fn, j.shape, nm, p, false)
	}
	return v
}

// argsPathValue builds a parameter whose arguments sit at ArgsPath
// (request.params.arguments): the objects on the way are not sources.
func (a *analysis) argsPathValue(fn *Func, j handlerJob, p Param) *Value {
	keys := strings.Split(j.shape.ArgsPath, ".")
	inner := a.safeProps(a.source(fn, j.shape, keys[len(keys)-1], p, true), j.safe)
	for k := len(keys) - 1; k >= 0; k-- {
		inner = &Value{Props: map[string]*Value{keys[k]: inner}}
	}
	return inner
}

// safeProps makes the names a schema narrows to safe types readable as
// clean properties of an argument map.
func (a *analysis) safeProps(v *Value, safe map[string]bool) *Value {
	for nm := range safe {
		if v.Props == nil {
			v.Props = map[string]*Value{}
		}
		v.Props[nm] = unknown()
	}
	return v
}

// typedInstance is the instance of a project class a parameter's type
// annotation names (service: FigmaService), so that calls on it reach the
// class's methods; nil when the type is not a project class.
func (a *analysis) typedInstance(p Param) *Value {
	if len(p.Names) != 1 || p.Type == "" || p.Pattern != nil {
		return nil
	}
	ci := a.classes[strings.TrimSpace(p.Type)]
	if ci == nil {
		return nil
	}
	return ci.instance()
}
