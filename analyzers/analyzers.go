// Package analyzers lists mcplint's go/analysis analyzers, one per rule, in
// rule-ID order. The CLI, the go vet tool and the golangci-lint plugin all
// run exactly this list.
package analyzers

import (
	"go/token"

	"github.com/mcpsec/mcplint/analyzers/bindall"
	"github.com/mcpsec/mcplint/analyzers/cmdinjection"
	"github.com/mcpsec/mcplint/analyzers/codeexec"
	"github.com/mcpsec/mcplint/analyzers/internal/exposure"
	"github.com/mcpsec/mcplint/analyzers/internal/mcpapi"
	"github.com/mcpsec/mcplint/analyzers/internal/meta"
	"github.com/mcpsec/mcplint/analyzers/internal/taint"
	"github.com/mcpsec/mcplint/analyzers/knowledge"
	"github.com/mcpsec/mcplint/analyzers/misleadingannotations"
	"github.com/mcpsec/mcplint/analyzers/missingauth"
	"github.com/mcpsec/mcplint/analyzers/origincheck"
	"github.com/mcpsec/mcplint/analyzers/pathtraversal"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/analyzers/sqlinjection"
	"github.com/mcpsec/mcplint/analyzers/ssrf"
	"github.com/mcpsec/mcplint/analyzers/stdiostdout"
	"github.com/mcpsec/mcplint/analyzers/tokenaudience"
	"github.com/mcpsec/mcplint/analyzers/tokenpassthrough"
	"github.com/mcpsec/mcplint/analyzers/toolpoisoning"
	"github.com/mcpsec/mcplint/analyzers/weaksessionid"
	"golang.org/x/tools/go/analysis"
)

// All is every mcplint analyzer in rule-ID order. Each analyzer's Name is its
// rule ID.
var All = []*analysis.Analyzer{
	bindall.Analyzer,
	cmdinjection.Analyzer,
	pathtraversal.Analyzer,
	missingauth.Analyzer,
	origincheck.Analyzer,
	ssrf.Analyzer,
	codeexec.Analyzer,
	sqlinjection.Analyzer,
	toolpoisoning.Analyzer,
	tokenaudience.Analyzer,
	tokenpassthrough.Analyzer,
	stdiostdout.Analyzer,
	weaksessionid.Analyzer,
	misleadingannotations.Analyzer,
}

// KeepSuppressed makes the analyzers report findings that an
// `mcplint:ignore ID -- reason` comment silences. By default they drop
// them, so that the comment works in go vet -vettool and golangci-lint as
// in the CLI; the CLI sets it because it applies the comments itself, keeps
// suppressed findings for SARIF and reports comments that silence nothing.
func KeepSuppressed(keep bool) { meta.KeepSuppressed(keep) }

// Exposure is the helper analyzer that finds the MCP HTTP transports a
// package serves; it reports nothing. ServedTransports reads its result.
var Exposure = exposure.Analyzer

// ServedTransports lists the transports in a result of Exposure.
func ServedTransports(fset *token.FileSet, result any) []rule.Served {
	res, ok := result.(*exposure.Result)
	if !ok {
		return nil
	}
	var out []rule.Served
	for _, s := range res.Served {
		out = append(out, rule.Served{File: fset.Position(s.Listener.Call.Pos()).Filename, Ecosystem: "go", Package: mcpapi.SDKModule(s.SDK)})
	}
	return out
}

// SetModels hands the Go models a user declared (.mcplint.yml models, or
// the golangci-lint plugin's models setting) to the analyzers that read
// them, through their -models flag; models of other languages are left
// out. Call it before a run: the analyzers read the flag's value, which is
// replaced as a whole, never edited.
func SetModels(ms []knowledge.Model) error {
	return taint.SetModels(knowledge.ModelsFor(ms, rule.Go))
}
