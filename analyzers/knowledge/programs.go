// Package knowledge holds the library facts that are the same in every
// language mcplint reads, and the models users declare in .mcplint.yml,
// in the vocabulary of analyzers/rule (sink kinds and sanitizer classes).
// Both engines read it: the Go analyzers directly, the tree-sitter engine
// through its language data. It is pure Go and imports only analyzers/rule.
package knowledge

import (
	"path"
	"strings"
)

// Shells run the argument after one of ShellFlags as a command line.
var Shells = []string{"sh", "bash", "zsh", "dash", "ksh", "fish", "cmd", "powershell", "pwsh"}

// ShellFlags make a shell read its next argument as a script.
var ShellFlags = []string{"-c", "/c", "/C", "/s", "-lc", "-ic", "-Command", "-command"}

// Interpreters run the argument after one of CodeFlags as code.
var Interpreters = []string{"python", "node", "nodejs", "ruby", "perl", "php", "deno", "bun", "Rscript", "osascript", "lua"}

// CodeFlags make an interpreter read its next argument as code (python -c,
// node -e, perl -E, php -r, deno eval).
var CodeFlags = []string{"-c", "-e", "--eval", "-p", "--print", "-E", "-r", "--exec", "eval"}

// OptionPrograms take options that write files, run commands or read
// credentials (git --output, find -exec, tar --to-command, ssh -o
// ProxyCommand, curl -o, rsync -e, zip -TT), so an argv element that starts
// with a tool argument is an option injection.
var OptionPrograms = []string{"git", "find", "tar", "ssh", "scp", "rsync", "curl", "wget", "zip", "unzip", "awk", "gawk",
	"sed", "xargs", "docker", "kubectl", "npm", "npx", "pip", "sqlite3", "psql", "mysql"}

// ProgramIn reports whether a program name (a path, or a name such as
// "python3.12" or "cmd.exe") is one of the listed programs: the base name
// without ".exe", compared without case, optionally followed by a version
// ("python3", "node18"). Entries that are not program names (the qualified
// name of a value such as "sys.executable") match themselves exactly.
func ProgramIn(list []string, name string) bool {
	if name == "" {
		return false
	}
	for _, p := range list {
		if p == name {
			return true
		}
	}
	b := strings.ToLower(path.Base(strings.ReplaceAll(name, `\`, "/")))
	b = strings.TrimSuffix(b, ".exe")
	for _, p := range list {
		p = strings.ToLower(p)
		if b == p || strings.HasPrefix(b, p) && strings.Trim(b[len(p):], "0123456789.") == "" {
			return true
		}
	}
	return false
}

// FlagIn reports whether s is one of flags.
func FlagIn(flags []string, s string) bool {
	for _, f := range flags {
		if f == s {
			return true
		}
	}
	return false
}
