package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// htmlProject is a Python server with a finding whose source line holds
// markup (it must show as text), a suppressed finding, and a file that
// gives a notice.
func htmlProject(t *testing.T) string {
	return pyProject(t, map[string]string{
		"server.py": pyServer + `

@mcp.tool()
def run(cmd: str) -> str:
	return subprocess.run(cmd, shell=True).stdout  # </pre><script>alert(1)</script><b>x</b>


@mcp.tool()
def known(cmd: str) -> str:
	return subprocess.run(cmd, shell=True).stdout  # mcplint:ignore MCP002 -- cmd is checked by the caller's allow-list
`,
		"broken.py": "def (:\n",
	})
}

// TestHTMLReport: the report is one self-contained file (no script, no
// request to anywhere), escapes text from the scanned code, and holds the
// score, the findings by server and rule with code and flow steps, the
// suppressed findings and the notices. Then a real browser renders it with
// no console message (see TestHTMLReportInBrowser).
func TestHTMLReport(t *testing.T) {
	dir := htmlProject(t)
	page := filepath.Join(t.TempDir(), "report.html")
	_, stderr, code := mcplint(t, dir, "-format", "html:"+page, ".")
	if code != exitFindings {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	data, err := os.ReadFile(page)
	noErr(t, err)
	html := string(data)
	for _, bad := range []string{"<script", "<link rel=\"stylesheet\"", " src=", "@import", "url("} {
		if strings.Contains(html, bad) {
			t.Errorf("report holds %q: not self-contained or not escaped", bad)
		}
	}
	for _, want := range []string{
		"Content-Security-Policy", "<style>",
		`<span class="grade grade-D">D</span>`, "43/100", "−42 (×1.3)", // score and breakdown
		"MCP002 command-injection", "MCP001 bind-all-interfaces", // grouped by rule
		`tool argument &#34;cmd&#34; reaches subprocess.run with shell=True`,
		"&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;", // the source line, as text
		`<ol class="flow">`, "reaches subprocess.run", // flow steps
		"suppressed: cmd is checked by the caller&#39;s allow-list", // suppressed
		"broken.py:1", "file has syntax the parser did not understand", // notices
	} {
		if !strings.Contains(html, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if n := strings.Count(html, `<div class="finding"`); n != 4 {
		t.Errorf("%d findings rendered, want 4 (3 active, 1 suppressed)", n)
	}
}

// chromium finds a Chromium or Chrome binary: $MCPLINT_CHROMIUM, else the
// usual names on $PATH.
func chromium() string {
	if p := os.Getenv("MCPLINT_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// headless runs the browser on a page with extra flags and returns its
// stdout and what it logged.
func headless(t *testing.T, browser, page string, flags ...string) (string, string) {
	t.Helper()
	stdout, log, err := tryHeadless(t, browser, page, flags...)
	if err != nil {
		t.Fatalf("%s: %v\n%s", browser, err, log)
	}
	return stdout, log
}

func tryHeadless(t *testing.T, browser, page string, flags ...string) (string, string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + t.TempDir(),
		"--enable-logging=stderr", "--v=0", "--window-size=1280,2400"}, flags...)
	cmd := exec.CommandContext(ctx, browser, append(args, "file://"+page)...)
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	return stdout.String(), stderr.String(), err
}

var consoleLine = regexp.MustCompile(`(?m)^.*:CONSOLE[:(].*$`)

// TestHTMLReportInBrowser loads the report in headless Chromium: the DOM
// holds every finding, the markup from the source line stayed text, and
// the browser logged no console message (a blocked request or a script
// error would log one). A page that does log proves the check can fail.
// The screenshot is kept in $MCPLINT_ARTIFACTS, else in the test's
// temporary directory. Without a browser the test is skipped; CI installs
// Debian's chromium.
func TestHTMLReportInBrowser(t *testing.T) {
	browser := chromium()
	if browser == "" {
		t.Skip("no Chromium or Chrome found (install Debian's chromium, or set MCPLINT_CHROMIUM)")
	}
	tmp := t.TempDir()

	// The check can fail: a page that requests a remote image under the
	// same policy logs the refusal. A browser that cannot render even
	// this page is no browser for the test.
	bad := filepath.Join(tmp, "bad.html")
	noErr(t, os.WriteFile(bad, []byte(`<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><img src="https://example.invalid/x.png"></body></html>`), 0o644))
	_, log, err := tryHeadless(t, browser, bad, "--dump-dom")
	if err != nil {
		t.Skipf("%s does not run here: %v\n%s", browser, err, log)
	}
	if !consoleLine.MatchString(log) {
		t.Errorf("a page with a blocked request logged no console message; the check is blind:\n%s", log)
	}

	dir := htmlProject(t)
	page := filepath.Join(tmp, "report.html")
	if _, stderr, code := mcplint(t, dir, "-format", "html:"+page, "."); code != exitFindings {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	dom, log := headless(t, browser, page, "--dump-dom")
	if m := consoleLine.FindAllString(log, -1); len(m) > 0 {
		t.Errorf("console messages:\n%s", strings.Join(m, "\n"))
	}
	if n := strings.Count(dom, `<div class="finding"`); n != 4 {
		t.Errorf("the browser's DOM holds %d findings, want 4", n)
	}
	if strings.Contains(dom, "<script") || !strings.Contains(dom, "&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("source text became markup in the DOM")
	}

	shots := os.Getenv("MCPLINT_ARTIFACTS")
	if shots == "" {
		shots = tmp
	}
	noErr(t, os.MkdirAll(shots, 0o755))
	shot := filepath.Join(shots, "html-report.png")
	headless(t, browser, page, "--screenshot="+shot, "--hide-scrollbars")
	if st, err := os.Stat(shot); err != nil || st.Size() < 10000 {
		t.Errorf("screenshot %s: %v", shot, err)
	}
	t.Logf("screenshot: %s", shot)
}
