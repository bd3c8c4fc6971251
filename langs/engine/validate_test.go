package engine

import (
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// Each kind of table mistake is reported.
func TestValidateRejects(t *testing.T) {
	l := &Lang{
		Sinks: []Sink{
			{Kind: "shel", Callee: []string{"os.system"}, Arg: []ArgRef{"0"}},
			{Kind: rule.KindShell, Callee: []string{"*.run"}, Arg: []ArgRef{"0"}},
			{Kind: rule.KindExecArgv, Callee: []string{"subprocess.run"}, Arg: []ArgRef{"0"}},
			{Kind: rule.KindSQL, Callee: []string{"db. execute", "*.query."}, Arg: []ArgRef{"0"}},
			{Kind: rule.KindURL, Callee: []string{"fetch"}, Arg: []ArgRef{"0"}, When: []Cond{{Arg: "0"}, {Arg: "1", Truthy: true, Absent: true}}},
		},
		Models: []Model{
			{Callee: []string{"*.quote"}, Kind: Sanitize, Classes: []rule.Class{"shel"}},
			{Callee: []string{"shlex.quote"}, Kind: Propagate},
		},
		Guards: []Guard{
			{Callee: []string{"*.startswith"}, Kind: PrefixGuard, Class: rule.ClassPath, Seps: []string{"os.sep"}, Prefixes: []string{"-"}},
			{Callee: []string{"*.startswith"}, Kind: ContainGuard, Class: rule.ClassPath},
		},
		Sources: []Source{{Name: "the token", Class: rule.SourceToken, Attr: []string{"*.authorization"}}},
		CallChecks: []CallCheck{
			{Kind: "rebinding", Callee: []string{"*Settings"}, When: []Cond{{Arg: "x", Falsy: true}}},
			{Kind: rule.CheckRebindingOff, Detail: []string{"x=False", "remove it"}, Callee: []string{"*Settings"}, When: []Cond{{Arg: "x", Falsy: true}}},
			{Kind: rule.CheckBindAll, Detail: []string{"a", "b", " "}, Callee: []string{"serve"}},
			{Kind: rule.CheckAnyAudience, Detail: []string{"jwt.decode", "pass audience="}, Callee: []string{"jwt.decode"}},
			{Kind: rule.CheckAudienceOff, Detail: []string{"jwt.decode", "verify_aud=False"}, Callee: []string{"jwt.decode"}},
		},
		Transports: []Transport{
			{Callee: []string{"*.run"}, AuthFix: "pass auth=", OriginUnknown: true, SecurityArgs: []string{"security"}},
			{Callee: []string{"*.start"}},
		},
	}
	got := strings.Join(Validate(l), "\n")
	for _, want := range []string{
		`Sinks[0]: unknown sink kind "shel"`,
		`Sinks[2] is shadowed by Sinks[1]`,
		`pattern "db. execute" cannot match`,
		`pattern "*.query." cannot match`,
		`Sinks[4].When[0]: the condition sets no test`,
		`Sinks[4].When[1]: the condition sets 2 tests`,
		`Models[0]: unknown class "shel"`,
		`Models[1]: callee "shlex.quote" is shadowed by Models[0]`,
		`Guards[0]: Prefixes is not read by this guard kind`,
		`Guards[1] is shadowed by Guards[0]`,
		`CallChecks[0]: unknown check kind "rebinding"`,
		`CallChecks[1]: check kind rebinding-off takes 1 details`,
		`CallChecks[2]: check kind bind-all is reported by the engine`,
		`CallChecks[2]: Detail[2] is empty`,
		`CallChecks[4] is shadowed by CallChecks[3]`,
		`Transports[0]: SecurityArgs, OriginFix and Default are not read when OriginUnknown`,
		`Transports[1]: no AuthFix`,
		`Transports[1]: no OriginFix (or set OriginUnknown)`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
}
