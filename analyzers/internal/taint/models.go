package taint

import (
	"encoding/json"
	"fmt"
	"strconv"
	"sync/atomic"

	"github.com/mcpsec/mcplint/analyzers/internal/mcpapi"
	"github.com/mcpsec/mcplint/analyzers/knowledge"
	"github.com/mcpsec/mcplint/analyzers/rule"
)

// userModels are the Go models a user declared (.mcplint.yml), indexed by
// function. They reach the analyzer through its -models flag (a JSON list of
// knowledge.Model), which the CLI and the golangci-lint plugin set before a
// run; the value is swapped atomically, never edited in place.
type userModels struct {
	sinks      map[mcpapi.Func]mcpapi.Sink
	sanitizers map[mcpapi.Func][]rule.Class // the classes the result is safe for
	validators map[mcpapi.Func]validator
	sources    map[mcpapi.Func]string
}

// validator is a declared validator: when it returns true, argument arg
// is safe for sinks of these classes, and only for those (a path check
// says nothing about a shell).
type validator struct {
	arg     int
	classes []rule.Class
}

var models atomic.Pointer[userModels]

// modelsFlag is the -models flag.
type modelsFlag struct{ text string }

func (f *modelsFlag) String() string { return f.text }

func (f *modelsFlag) Set(s string) error {
	var ms []knowledge.Model
	if s != "" {
		if err := json.Unmarshal([]byte(s), &ms); err != nil {
			return fmt.Errorf("models: %v", err)
		}
	}
	um, err := indexModels(ms)
	if err != nil {
		return err
	}
	f.text = s
	models.Store(um)
	return nil
}

// SetModels installs the user's models (those of other languages are
// ignored) for the runs that follow.
func SetModels(ms []knowledge.Model) error {
	b, err := json.Marshal(ms)
	if err != nil {
		return err
	}
	return Analyzer.Flags.Set("models", string(b))
}

func init() {
	Analyzer.Flags.Var(&modelsFlag{}, "models", "JSON list of project functions declared as sources, sinks, sanitizers or validators (see .mcplint.yml models)")
}

func indexModels(ms []knowledge.Model) (*userModels, error) {
	um := &userModels{sinks: map[mcpapi.Func]mcpapi.Sink{}, sanitizers: map[mcpapi.Func][]rule.Class{},
		validators: map[mcpapi.Func]validator{}, sources: map[mcpapi.Func]string{}}
	for _, m := range ms {
		if m.Language != rule.Go {
			continue
		}
		pkg, recv, name, ok := knowledge.GoFunc(m.Callee)
		if !ok {
			return nil, fmt.Errorf("models: %q is not a Go function name", m.Callee)
		}
		f := mcpapi.Func{Pkg: pkg, Recv: recv, Name: name}
		arg := 0
		if m.Arg != "" {
			n, err := strconv.Atoi(m.Arg)
			if err != nil || n < 0 {
				return nil, fmt.Errorf("models: %s: argument %q is not a position", m.Callee, m.Arg)
			}
			arg = n
		}
		switch m.Role {
		case knowledge.RoleSink:
			if _, ok := rule.Kind(m.Kind); !ok {
				return nil, fmt.Errorf("models: %s: unknown sink kind %q", m.Callee, m.Kind)
			}
			mode := mcpapi.SinkArgs
			switch m.Kind {
			case rule.KindURL, rule.KindBaseURL, rule.KindHost:
				mode = mcpapi.SinkURL
			case rule.KindExecArgv:
				mode = mcpapi.SinkExec
			}
			um.sinks[f] = mcpapi.Sink{Func: f, Kind: m.Kind, Mode: mode, Args: []int{arg}}
		case knowledge.RoleSanitizer:
			if err := knownClasses(m); err != nil {
				return nil, err
			}
			if len(m.Classes) == 0 {
				return nil, fmt.Errorf("models: %s: a sanitizer names the classes it clears", m.Callee)
			}
			um.sanitizers[f] = m.Classes
		case knowledge.RoleValidator:
			if err := knownClasses(m); err != nil {
				return nil, err
			}
			if len(m.Classes) == 0 {
				return nil, fmt.Errorf("models: %s: a validator names the classes it vouches for", m.Callee)
			}
			um.validators[f] = validator{arg: arg, classes: m.Classes}
		case knowledge.RoleSource:
			um.sources[f] = "the value " + shortName(f) + " returns"
		default:
			return nil, fmt.Errorf("models: %s: unknown role %q", m.Callee, m.Role)
		}
	}
	return um, nil
}

func knownClasses(m knowledge.Model) error {
	for _, c := range m.Classes {
		if _, ok := rule.ClassByName(c); !ok {
			return fmt.Errorf("models: %s: unknown class %q", m.Callee, c)
		}
	}
	return nil
}
