// Package taintrule builds the analyzer of one taint rule: the shared taint
// engine runs once per package, and each rule reports its own findings,
// with the flow from source to sink as related information.
package taintrule

import (
	"github.com/mcpsec/mcplint/analyzers/internal/meta"
	"github.com/mcpsec/mcplint/analyzers/internal/taint"
	"golang.org/x/tools/go/analysis"
)

// New returns the analyzer for rule id.
func New(id string) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:             id,
		Doc:              meta.Doc(id),
		URL:              meta.URL(id),
		RunDespiteErrors: true,
		Requires:         []*analysis.Analyzer{taint.Analyzer},
		Run: meta.Safe(func(pass *analysis.Pass) (any, error) {
			for _, f := range pass.ResultOf[taint.Analyzer].(*taint.Result).ByRule(id) {
				d := analysis.Diagnostic{Pos: f.Pos, End: f.End, Message: f.Message, Related: f.Related()}
				if f.Severity != 0 {
					d.Category = meta.SeverityCategory(f.Severity)
				}
				pass.Report(d)
			}
			return nil, nil
		}),
	}
}
