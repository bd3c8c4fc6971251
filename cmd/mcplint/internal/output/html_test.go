package output

import (
	"bytes"
	"strings"
	"testing"
)

// TestHTMLEmpty: a scan without servers or findings still renders a page
// that says so.
func TestHTMLEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := writeHTML(&buf, &Report{Tool: "mcplint", Version: "v1", Root: "/r", WorkDir: "/r"}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"No MCP server found in the scan.", "No findings.", "None: every input was analysed.", "</html>"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("lacks %q", want)
		}
	}
}
