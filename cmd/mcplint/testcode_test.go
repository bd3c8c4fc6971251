package main

import "testing"

func TestTestCode(t *testing.T) {
	for rel, want := range map[string]bool{
		"internal/test/test.go":   true, // a Go test helper package
		"test/e2e/server.go":      true, // a Go end-to-end harness
		"tests/helpers/serve.go":  true,
		"cmd/server/main.go":      false, // shipped code
		"internal/testing/x.go":   false, // only test/, tests/ and __tests__/ are test directories
		"tests/test_server.py":    true,
		"src/server.ts":           false,
		"pkg/contest/contest.go":  false,
		"web/__tests__/x.test.ts": true,
	} {
		if got := testCode(rel); got != want {
			t.Errorf("testCode(%q) = %v, want %v", rel, got, want)
		}
	}
}
