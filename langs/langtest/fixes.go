package langtest

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/analyzers/sdkversions"
	"github.com/mcpsec/mcplint/langs/engine"
)

// UpdateFixes, when set in the environment (MCPLINT_UPDATE_FIXES=1),
// makes RunFixes rewrite the .golden files instead of comparing them.
const UpdateFixes = "MCPLINT_UPDATE_FIXES"

// RunFixes checks the fixes the findings of rule offer under dir: it runs
// the fixture as Run does, applies every fix (as mcplint -fix does),
// compares each changed file with its .golden twin, then analyses the
// fixed files and expects only the findings that offered no fix.
func RunFixes(t T, dir string, langs []*engine.Lang, ruleID string) {
	t.Helper()
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	out := Run(t, dir, langs, ruleID)
	var fixes []rule.Fix
	var noFix []string
	for _, f := range out.Findings {
		if len(f.Fixes) == 0 {
			noFix = append(noFix, f.RuleID+": "+f.Message)
			continue
		}
		fixes = append(fixes, f.Fixes[0])
	}
	if len(fixes) == 0 {
		t.Fatalf("%s: no finding of %s offers a fix", dir, ruleID)
		return
	}
	plan := rule.PlanFixes(fixes)
	if len(plan.Skipped) > 0 {
		t.Errorf("%s: %d fixes overlap others", dir, len(plan.Skipped))
	}
	tmp, err := os.MkdirTemp("", "mcplint-fixes-")
	if err != nil {
		t.Fatalf("%v", err)
		return
	}
	defer os.RemoveAll(tmp)
	files := Files(t, dir, langs)
	var fixed []string
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("%v", err)
			return
		}
		if edits := plan.Edits[file]; len(edits) > 0 {
			if src, err = rule.ApplyEdits(src, edits); err != nil {
				t.Fatalf("%s: %v", file, err)
				return
			}
			golden := file + ".golden"
			if os.Getenv(UpdateFixes) != "" {
				if err := os.WriteFile(golden, src, 0o644); err != nil {
					t.Fatalf("%v", err)
				}
			} else if want, err := os.ReadFile(golden); err != nil || !bytes.Equal(want, src) {
				t.Errorf("%s: the fixed file differs from %s (%s=1 rewrites it):\n%s", rel(dir, file), filepath.Base(golden), UpdateFixes, src)
			}
		}
		r, _ := filepath.Rel(dir, file)
		dst := filepath.Join(tmp, r)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatalf("%v", err)
			return
		}
		if err := os.WriteFile(dst, src, 0o644); err != nil {
			t.Fatalf("%v", err)
			return
		}
		fixed = append(fixed, dst)
	}
	// manifests decide version-gated findings; copy them along
	for _, m := range manifests(dir) {
		r, _ := filepath.Rel(dir, m)
		if b, err := os.ReadFile(m); err == nil {
			_ = os.MkdirAll(filepath.Dir(filepath.Join(tmp, r)), 0o755)
			_ = os.WriteFile(filepath.Join(tmp, r), b, 0o644)
		}
	}
	after := engine.Run(fixed, langs, engine.Options{Enabled: func(id string) bool { return id == ruleID }})
	sdkversions.Join(&after, manifests(tmp), map[string]bool{"pypi": true, "npm": true})
	var left []string
	for _, f := range after.Findings {
		left = append(left, f.RuleID+": "+f.Message)
		if len(f.Fixes) > 0 {
			t.Errorf("after the fixes, %s:%d still has a fixable finding: %s", rel(tmp, f.Pos.File), f.Pos.Line, f.Message)
		}
	}
	sort.Strings(left)
	sort.Strings(noFix)
	if strings.Join(left, "\n") != strings.Join(noFix, "\n") {
		t.Errorf("after the fixes the findings are\n\t%s\nwant only those that offered no fix:\n\t%s", strings.Join(left, "\n\t"), strings.Join(noFix, "\n\t"))
	}
}
