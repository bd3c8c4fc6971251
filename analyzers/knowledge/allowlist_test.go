package knowledge

import (
	"slices"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

func TestAllowListClasses(t *testing.T) {
	const (
		path, shell, sql, urlPath = rule.ClassPath, rule.ClassShell, rule.ClassSQL, rule.ClassURLPath
	)
	for _, c := range []struct {
		pattern  string
		anchored bool // the call anchors it (fullmatch)
		want     []rule.Class
	}{
		{`^[a-z0-9_-]+$`, false, []rule.Class{path, shell, sql, urlPath}},
		{`[\w-]+`, true, []rule.Class{path, shell, sql, urlPath}},
		{`\A[\w-]+\Z`, false, []rule.Class{path, shell, sql, urlPath}},
		// dots, but never two side by side: no parent step
		{`^[a-z]+(\.[a-z]+)*$`, false, []rule.Class{path, shell, sql, urlPath}},
		{`^[a-z0-9._-]+$`, false, []rule.Class{shell, sql}},     // ".." matches
		{`^[a-z]+\.\.[a-z]+$`, false, []rule.Class{shell, sql}}, // a literal ".."
		{`^[a-z.]+/[a-z]+$`, false, []rule.Class{shell}},        // "../x"
		// alternatives anchored together, "/" inside but never leading
		{`^(\d{4}\.\d{4,5}(v\d+)?|[a-z\-]+(/[a-z\-]+)?/\d{7}(v\d+)?)$`, false, []rule.Class{path, shell, urlPath}},
		{`^/[a-z]+$`, false, []rule.Class{shell, urlPath}}, // absolute path
		{`^[a-z]+:[0-9]+$`, false, []rule.Class{shell, sql, urlPath}},
		{`^[\w ]+$`, false, []rule.Class{path, urlPath}}, // a space breaks a command line
		// guarantees nothing
		{`^[a-z]+`, false, nil},         // not anchored at the end
		{`[a-z]+$`, false, nil},         // nor at the start
		{`^[a-z]+|[0-9]+$`, false, nil}, // each alternative anchored at one end only
		{`^.+$`, false, nil},            // any character
		{`^\S+$`, false, nil},           // any but space
		{`^[^/]+$`, false, nil},         // a negated class admits ".."
		{`(?m)^[a-z]+$`, false, nil},    // multi-line: ^ and $ at every line
		{`^[a-z+$`, false, nil},         // does not parse
		{`[a-z]+`, false, nil},          // search without anchors
		{`^(?:[a-z]+)$`, false, []rule.Class{path, shell, sql, urlPath}},
	} {
		got := AllowListClasses(c.pattern, c.anchored)
		if !slices.Equal(got, c.want) {
			t.Errorf("AllowListClasses(%q, %v) = %v, want %v", c.pattern, c.anchored, got, c.want)
		}
	}
}
