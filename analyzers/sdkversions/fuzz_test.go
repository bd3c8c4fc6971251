package sdkversions

import (
	"testing"
)

// FuzzScan: no manifest, however malformed, panics the reader or yields a
// finding outside the file.
func FuzzScan(f *testing.F) {
	kinds := []string{"pyproject.toml", "requirements.txt", "uv.lock", "poetry.lock", "package.json", "package-lock.json", "pnpm-lock.yaml", "yarn.lock", "go.mod"}
	seeds := []string{
		"[project]\ndependencies = [\"mcp>=1.0\"]\n", "mcp==1.2 \\\n --hash=x\n", "[[package]]\nname = \"mcp\"\nversion = \"1.0\"\n",
		"{\"dependencies\": {\"@modelcontextprotocol/sdk\": \"^1.0.0\"}}", "{\"packages\": {\"node_modules/@modelcontextprotocol/sdk\": {\"version\": \"1.0.0\"}}}",
		"packages:\n  /@modelcontextprotocol/sdk/1.0.0:\n    dev: false\n", "\"@modelcontextprotocol/sdk@^1\":\n  version \"1.0.0\"\n",
		"module m\nrequire github.com/modelcontextprotocol/go-sdk v1.0.0\n", "\xff\xfe", "",
	}
	for i, s := range seeds {
		f.Add(uint8(i), s)
	}
	f.Fuzz(func(t *testing.T, kind uint8, data string) {
		path := "/p/" + kinds[int(kind)%len(kinds)]
		fs, _ := Scan(path, []byte(data))
		for _, fd := range fs {
			if fd.Pos.Line < 1 || fd.Pos.Col < 1 || fd.End.Col < fd.Pos.Col || fd.Message == "" {
				t.Fatalf("bad finding %+v for %q", fd, data)
			}
		}
	})
}
