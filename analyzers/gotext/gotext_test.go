package gotext

import (
	"regexp"
	"testing"
)

// IsMainPackage must agree with the regexp it replaces on every shape of
// package clause, including look-alikes.
func TestIsMainPackage(t *testing.T) {
	re := regexp.MustCompile(`(?m)^package main\b`)
	for _, src := range []string{
		"",
		"package main",
		"package main\n",
		"package main // comment\n",
		"package main;",
		"package mainly\n",
		"package main_\n",
		"package main2\n",
		"// Package x.\npackage main\n",
		"/* doc */ package main\n",
		" package main\n",
		"\tpackage main\n",
		"package server\n\nvar s = `\npackage main\n`\n",
		"package server\n// package mainly\npackage main\n",
		"package mainx\npackage main\n",
		"package main\r\n",
		"\r\npackage main\n",
		"package mainé\n",
		"xpackage main\n",
		"package  main\n",
		"package package main\n",
	} {
		if got, want := IsMainPackage([]byte(src)), re.MatchString(src); got != want {
			t.Errorf("IsMainPackage(%q) = %v, the regexp says %v", src, got, want)
		}
	}
}
