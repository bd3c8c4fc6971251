package knowledge

import (
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// Role is what a user model says a project function is.
type Role string

// Model roles.
const (
	// RoleSource: the function returns text the client controls.
	RoleSource Role = "source"
	// RoleSink: argument Arg of the function is a sink of kind Kind.
	RoleSink Role = "sink"
	// RoleSanitizer: the function returns its argument made safe for
	// Classes.
	RoleSanitizer Role = "sanitizer"
	// RoleValidator: when the function returns true, argument Arg is safe
	// for Classes.
	RoleValidator Role = "validator"
)

// Roles lists the roles in documentation order.
var Roles = []Role{RoleSource, RoleSink, RoleSanitizer, RoleValidator}

// Model is one project function declared in .mcplint.yml, in the
// vocabulary of the built-in tables.
type Model struct {
	// Language is the language whose engine reads the model.
	Language rule.Language
	// Callee names the function the way that language's engine names
	// calls: for Go, the package path and the name
	// ("example.com/srv/internal/run.Shell", or with a receiver type
	// "example.com/srv/db.Store.Query"); for Python and TypeScript a glob
	// pattern over the qualified call name ("*.run_shell",
	// "app.util.run_shell"), '*' matching anything.
	Callee string
	Role   Role
	// Kind is the sink kind (RoleSink).
	Kind rule.SinkKind
	// Classes are the sanitizer classes guaranteed (RoleSanitizer,
	// RoleValidator).
	Classes []rule.Class
	// Arg is the argument (RoleSink, RoleValidator): a position from 0, or
	// for Python and TypeScript any argument form of the tables
	// ("0.path", "command").
	Arg string
	// Line is where the model is declared, for messages.
	Line int
}

// ModelsFor returns the models of one language.
func ModelsFor(ms []Model, lang rule.Language) []Model {
	var out []Model
	for _, m := range ms {
		if m.Language == lang {
			out = append(out, m)
		}
	}
	return out
}

// GoFunc splits a Go callee ("example.com/m/pkg.Recv.Name" or "pkg.Name")
// into package path, receiver type name ("" for a function) and name; ok is
// false when it is not of that shape.
func GoFunc(callee string) (pkg, recv, name string, ok bool) {
	slash := strings.LastIndexByte(callee, '/')
	rest := callee[slash+1:]
	parts := strings.Split(rest, ".")
	head := callee[:slash+1]
	switch len(parts) {
	case 2:
		pkg, name = head+parts[0], parts[1]
	case 3:
		pkg, recv, name = head+parts[0], parts[1], parts[2]
	default:
		return "", "", "", false
	}
	for _, p := range []string{parts[0], recv, name} {
		if strings.ContainsAny(p, " *()[]") {
			return "", "", "", false
		}
	}
	if parts[0] == "" || name == "" || (len(parts) == 3 && recv == "") {
		return "", "", "", false
	}
	return pkg, recv, name, true
}

// PatternFault says why a callee pattern can never match a name the
// tree-sitter engine gives a call ("" when it can): names are dotted, with
// "()" after a call and "?" for an unknown value, and hold no whitespace,
// quotes, brackets or punctuation, nor end in a dot.
func PatternFault(p string) string {
	switch {
	case p == "":
		return "empty"
	case strings.ContainsAny(p, " \t\n'\"[]{}<>,;"):
		return "names hold no whitespace, quotes, brackets or punctuation"
	case strings.HasSuffix(p, "."):
		return "names never end in a dot"
	case strings.Contains(strings.ReplaceAll(p, "()", ""), "(") || strings.Contains(strings.ReplaceAll(p, "()", ""), ")"):
		return `parentheses appear only as "()" after a call`
	}
	return ""
}
