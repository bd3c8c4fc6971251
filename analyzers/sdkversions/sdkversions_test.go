package sdkversions

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// want is one expected finding: its line and a regexp on its message.
type want struct {
	line int
	re   string
}

func TestScan(t *testing.T) {
	cases := []struct {
		name, file, data string
		want             []want
	}{
		// requirements*.txt
		{"range allows old", "requirements.txt", "mcp>=1.10\n", []want{{1, `^"mcp>=1.10" allows versions below 1.23.0 \(CVE-2025-66416: DNS-rebinding protection off by default\); require mcp>=1.23.0$`}}},
		{"exact pin", "requirements.txt", "# tools\nrequests==2.32.0\nmcp[cli]==1.9.4  # pinned\n", []want{{3, `^"mcp\[cli\]==1.9.4" pins a version below 1.23.0`}}},
		{"compatible release", "requirements-dev.txt", "MCP~=1.20\n", []want{{1, `"MCP~=1.20" allows versions below 1.23.0`}}},
		{"only old versions", "requirements.txt", "mcp<1.5\n", []want{{1, `allows only versions below 1.23.0`}}},
		{"wildcard pin", "requirements.txt", "mcp==1.22.*\n", []want{{1, `allows (only )?versions below`}}},
		{"continuation and hash", "requirements.txt", "mcp==1.9.0 \\\n    --hash=sha256:abc\n", []want{{1, `pins a version below`}}},
		{"fixed range", "requirements.txt", "mcp>=1.23.0\n", nil},
		{"fixed pin", "requirements.txt", "mcp==1.23.1\n", nil},
		{"unbounded", "requirements.txt", "mcp\nmcp<2\nmcp!=1.2\n", nil},
		{"other package", "requirements.txt", "mcp-server-fetch==0.1\nfastmcp==0.4\n", nil},
		{"options", "requirements.txt", "-r base.txt\n-e ./mcp\n--index-url https://x/simple\n", nil},
		{"url requirement", "requirements.txt", "mcp @ https://example.com/mcp-1.0.tar.gz\n", nil},
		{"marker", "requirements.txt", "mcp>=1.2; python_version >= '3.10'\n", []want{{1, `"mcp>=1.2; python_version >= '3.10'" allows versions below`}}},

		// pyproject.toml
		{"pep 621", "pyproject.toml", "[project]\nname = \"x\"\ndependencies = [\n  \"httpx>=0.27\",\n  \"mcp[cli]>=1.9\",\n]\n", []want{{5, `^"mcp\[cli\]>=1.9" allows versions below 1.23.0`}}},
		{"optional and groups", "pyproject.toml", "[project]\nname = \"x\"\n[project.optional-dependencies]\nmcp = [\"mcp==1.2.0\"]\n[dependency-groups]\ndev = [\"mcp>=1.23\", {include-group = \"mcp\"}]\n", []want{{4, `"mcp==1.2.0" pins`}}},
		{"poetry caret", "pyproject.toml", "[tool.poetry.dependencies]\npython = \"^3.10\"\nmcp = \"^1.9\"\n", []want{{3, `^mcp = "\^1.9" allows versions below 1.23.0`}}},
		{"poetry table", "pyproject.toml", "[tool.poetry.group.dev.dependencies]\nmcp = { version = \"~1.22\", extras = [\"cli\"] }\n", []want{{2, `mcp = "~1.22" allows only versions below`}}},
		{"poetry exact", "pyproject.toml", "[tool.poetry.dependencies]\nmcp = \"1.9.0\"\n", []want{{2, `pins a version below`}}},
		{"poetry fixed", "pyproject.toml", "[tool.poetry.dependencies]\nmcp = \"^1.23\"\n", nil},
		{"poetry path", "pyproject.toml", "[tool.poetry.dependencies]\nmcp = { path = \"../mcp\" }\n", nil},

		// Python lock files
		{"uv.lock", "uv.lock", "version = 1\n\n[[package]]\nname = \"httpx\"\nversion = \"0.28.1\"\n\n[[package]]\nname = \"mcp\"\nversion = \"1.9.4\"\nsource = { registry = \"https://pypi.org/simple\" }\n", []want{{9, `^uv.lock pins mcp 1.9.4, below 1.23.0 \(CVE-2025-66416: DNS-rebinding protection off by default\); upgrade to 1.23.0 or later$`}}},
		{"uv.lock fixed", "uv.lock", "version = 1\n[[package]]\nname = \"mcp\"\nversion = \"1.23.3\"\n", nil},
		{"poetry.lock", "poetry.lock", "[[package]]\nname = \"mcp\"\nversion = \"1.22.0\"\ndescription = \"\"\n", []want{{3, `^poetry.lock pins mcp 1.22.0`}}},

		// package.json
		{"caret", "package.json", "{\n  \"dependencies\": {\n    \"@modelcontextprotocol/sdk\": \"^1.17.0\",\n    \"zod\": \"^3\"\n  }\n}\n", []want{{3, `^"@modelcontextprotocol/sdk": "\^1.17.0" allows versions below 1.24.0 \(CVE-2025-66414: DNS-rebinding protection off by default\); require "@modelcontextprotocol/sdk": "\^1.24.0"$`}}},
		{"npm exact", "package.json", "{\"devDependencies\": {\"@modelcontextprotocol/sdk\": \"1.12.0\"}}", []want{{1, `pins a version below 1.24.0`}}},
		{"npm alias", "package.json", "{\"dependencies\": {\"sdk\": \"npm:@modelcontextprotocol/sdk@~1.20.0\"}}", []want{{1, `"sdk": "npm:@modelcontextprotocol/sdk@~1.20.0" allows only versions below 1.24.0`}}},
		{"npm fixed", "package.json", "{\"dependencies\": {\"@modelcontextprotocol/sdk\": \"^1.24.0\"}}", nil},
		{"npm tag and git", "package.json", "{\"dependencies\": {\"@modelcontextprotocol/sdk\": \"latest\"}, \"peerDependencies\": {\"@modelcontextprotocol/sdk\": \"github:modelcontextprotocol/typescript-sdk\"}}", nil},
		{"npm unbounded", "package.json", "{\"dependencies\": {\"@modelcontextprotocol/sdk\": \"*\"}}", nil},
		{"npm not a dependency section", "package.json", "{\"scripts\": {\"@modelcontextprotocol/sdk\": \"1.0.0\"}, \"name\": \"@modelcontextprotocol/sdk\"}", nil},

		// package-lock.json
		{"lock v3", "package-lock.json", "{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n    \"\": {\"dependencies\": {\"@modelcontextprotocol/sdk\": \"^1.0.0\"}},\n    \"node_modules/@modelcontextprotocol/sdk\": {\n      \"version\": \"1.17.5\"\n    }\n  }\n}\n", []want{{6, `^package-lock.json pins @modelcontextprotocol/sdk 1.17.5, below 1.24.0`}}},
		{"lock v2 reports packages once", "package-lock.json", "{\"lockfileVersion\": 2,\n\"packages\": {\"node_modules/@modelcontextprotocol/sdk\": {\"version\": \"1.1.0\"}},\n\"dependencies\": {\"@modelcontextprotocol/sdk\": {\"version\": \"1.1.0\"}}}", []want{{2, `pins @modelcontextprotocol/sdk 1.1.0`}}},
		{"lock v1 nested", "package-lock.json", "{\"lockfileVersion\": 1,\n\"dependencies\": {\"a\": {\"version\": \"1.0.0\", \"dependencies\": {\n\"@modelcontextprotocol/sdk\": {\"version\": \"1.3.0\"}}}}}", []want{{3, `pins @modelcontextprotocol/sdk 1.3.0`}}},
		{"lock fixed", "package-lock.json", "{\"packages\": {\"node_modules/@modelcontextprotocol/sdk\": {\"version\": \"1.25.0\"}}}", nil},

		// pnpm-lock.yaml
		{"pnpm v9", "pnpm-lock.yaml", "lockfileVersion: '9.0'\n\npackages:\n\n  '@modelcontextprotocol/sdk@1.17.0':\n    resolution: {integrity: sha512-x}\n\nsnapshots:\n\n  '@modelcontextprotocol/sdk@1.17.0(zod@3.25.0)':\n    dependencies: {}\n", []want{{5, `^pnpm-lock.yaml pins @modelcontextprotocol/sdk 1.17.0, below 1.24.0`}}},
		{"pnpm v6", "pnpm-lock.yaml", "lockfileVersion: '6.0'\npackages:\n  /@modelcontextprotocol/sdk@1.2.0(zod@3.22.0):\n    dev: false\n", []want{{3, `pins @modelcontextprotocol/sdk 1.2.0`}}},
		{"pnpm v5", "pnpm-lock.yaml", "lockfileVersion: 5.4\npackages:\n  /@modelcontextprotocol/sdk/1.0.1_zod@3.22.0:\n    dev: false\n", []want{{3, `pins @modelcontextprotocol/sdk 1.0.1`}}},
		{"pnpm fixed", "pnpm-lock.yaml", "lockfileVersion: '9.0'\npackages:\n  '@modelcontextprotocol/sdk@1.24.3':\n    resolution: {integrity: sha512-x}\n", nil},

		// yarn.lock
		{"yarn classic", "yarn.lock", "# THIS IS AN AUTOGENERATED FILE.\n# yarn lockfile v1\n\n\n\"@modelcontextprotocol/sdk@^1.10.0\", \"@modelcontextprotocol/sdk@^1.11.0\":\n  version \"1.11.2\"\n  resolved \"https://registry.yarnpkg.com/x\"\n", []want{{6, `^yarn.lock pins @modelcontextprotocol/sdk 1.11.2, below 1.24.0`}}},
		{"yarn berry", "yarn.lock", "__metadata:\n  version: 8\n\n\"@modelcontextprotocol/sdk@npm:^1.20.0\":\n  version: 1.20.1\n  resolution: \"@modelcontextprotocol/sdk@npm:1.20.1\"\n", []want{{5, `pins @modelcontextprotocol/sdk 1.20.1`}}},
		{"yarn fixed", "yarn.lock", "\"@modelcontextprotocol/sdk@^1.24.0\":\n  version \"1.24.0\"\n", nil},

		// go.mod
		{"go require", "go.mod", "module example.com/s\n\ngo 1.24\n\nrequire (\n\tgithub.com/google/uuid v1.6.0\n\tgithub.com/modelcontextprotocol/go-sdk v1.2.0\n)\n", []want{{7, `^github.com/modelcontextprotocol/go-sdk v1.2.0 pins a version below v1.4.0 \(CVE-2026-34742: DNS-rebinding protection off by default\); require github.com/modelcontextprotocol/go-sdk v1.4.0 or later$`}}},
		{"go pseudo-version", "go.mod", "module m\nrequire github.com/modelcontextprotocol/go-sdk v1.3.1-0.20260101000000-abcdefabcdef\n", []want{{2, `pins a version below v1.4.0`}}},
		{"go replace with version", "go.mod", "module m\nrequire github.com/modelcontextprotocol/go-sdk v1.5.0\nreplace github.com/modelcontextprotocol/go-sdk => github.com/modelcontextprotocol/go-sdk v1.0.0\n", []want{{3, `^replace github.com/modelcontextprotocol/go-sdk => github.com/modelcontextprotocol/go-sdk v1.0.0 pins`}}},
		{"go replace by directory", "go.mod", "module m\nrequire github.com/modelcontextprotocol/go-sdk v1.0.0\nreplace github.com/modelcontextprotocol/go-sdk => ../go-sdk\n", nil},
		{"go fixed", "go.mod", "module m\nrequire github.com/modelcontextprotocol/go-sdk v1.4.0\n", nil},
		{"go other sdk", "go.mod", "module m\nrequire github.com/mark3labs/mcp-go v0.20.0\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), c.file)
			fs, err := Scan(path, []byte(c.data))
			if err != nil {
				t.Fatalf("Scan: %v", err)
			}
			if len(fs) != len(c.want) {
				for _, f := range fs {
					t.Logf("got %d:%d %s", f.Pos.Line, f.Pos.Col, f.Message)
				}
				t.Fatalf("%d findings, want %d", len(fs), len(c.want))
			}
			for i, w := range c.want {
				f := fs[i]
				if f.Pos.Line != w.line || !regexp.MustCompile(w.re).MatchString(f.Message) {
					t.Errorf("got %d: %s\nwant %d: %s", f.Pos.Line, f.Message, w.line, w.re)
				}
				if f.RuleID != RuleID || f.Pos.File != path || f.End.Line != f.Pos.Line || f.End.Col <= f.Pos.Col {
					t.Errorf("bad finding shape: %+v", f)
				}
			}
		})
	}
}

// TestScanColumns: the finding spans the dependency text itself.
func TestScanColumns(t *testing.T) {
	data := "[project]\ndependencies = [\"mcp>=1.0\"]\n"
	fs, _ := Scan("/p/pyproject.toml", []byte(data))
	if len(fs) != 1 {
		t.Fatalf("got %d findings", len(fs))
	}
	line := strings.Split(data, "\n")[1]
	if got := line[fs[0].Pos.Col-1 : fs[0].End.Col-1]; got != "mcp>=1.0" {
		t.Errorf("span %q, want %q", got, "mcp>=1.0")
	}
}

func TestMalformed(t *testing.T) {
	for _, c := range []struct{ file, data string }{
		{"pyproject.toml", "[project\ndependencies = ["},
		{"package.json", "{\"dependencies\": {"},
		{"pnpm-lock.yaml", "packages: [\n  - :"},
		{"go.mod", "module m\nrequire (\n"},
	} {
		if _, err := Scan("/p/"+c.file, []byte(c.data)); err == nil {
			t.Errorf("%s: malformed file parsed without error", c.file)
		}
	}
}

func TestIsManifest(t *testing.T) {
	for path, want := range map[string]bool{
		"/a/pyproject.toml": true, "/a/requirements.txt": true, "/a/requirements-dev.txt": true, "/a/uv.lock": true,
		"/a/poetry.lock": true, "/a/package.json": true, "/a/package-lock.json": true, "/a/pnpm-lock.yaml": true,
		"/a/yarn.lock": true, "/a/go.mod": true, "/a/go.sum": false, "/a/setup.py": false, "/a/requirements.in": false,
		"/a/tsconfig.json": false,
	} {
		if got := IsManifest(path); got != want {
			t.Errorf("IsManifest(%s) = %v", path, got)
		}
	}
}

func TestAdvisoriesWellFormed(t *testing.T) {
	for _, a := range Advisories {
		if !strings.HasPrefix(a.ID, "CVE-") || !strings.HasPrefix(a.GHSA, "GHSA-") || a.Package == "" || a.Fixed == "" ||
			!strings.HasPrefix(a.URL, "https://") || a.Flaw == "" || !strings.HasSuffix(a.Affected, a.Fixed) {
			t.Errorf("incomplete advisory %+v", a)
		}
		// The fixed version must parse in its ecosystem, or nothing is ever reported.
		if exactBelow(a.Ecosystem, a.Fixed, a.Fixed) || !exactBelow(a.Ecosystem, lowerThan(a), a.Fixed) {
			t.Errorf("%s: fixed version %q does not compare", a.ID, a.Fixed)
		}
	}
}

func lowerThan(a Advisory) string {
	if a.Ecosystem == Go {
		return "v0.1.0"
	}
	return "0.1.0"
}
