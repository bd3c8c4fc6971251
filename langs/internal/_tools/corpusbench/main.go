// Command corpusbench runs the tree-sitter engine over a directory tree and
// prints files, lines, seconds, throughput and peak memory, for benchmarks
// and crash hunting on real code:
//
//	go run ./langs/internal/_tools/corpusbench [-parse-only] [-workers N] DIR...
//
// Run it once with -parse-only and once without to see the cost of
// analysis over parsing. Peak memory is the process's maximum RSS, so run
// each mode in its own process. On a shared machine compare cpu-seconds
// (user+system), which load on other processes does not inflate.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/langs"
)

func main() {
	parseOnly := flag.Bool("parse-only", false, "parse every file and stop")
	workers := flag.Int("workers", 0, "parallel workers (default GOMAXPROCS)")
	verbose := flag.Bool("v", false, "print findings and notices")
	flag.Parse()
	var files []string
	for _, root := range flag.Args() {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() && (d.Name() == "node_modules" || d.Name() == ".git" || d.Name() == "vendor") {
				return filepath.SkipDir
			}
			if !d.IsDir() && langs.Supported(p) {
				abs, _ := filepath.Abs(p)
				files = append(files, abs)
			}
			return nil
		})
	}
	sort.Strings(files)
	start := time.Now()
	out := langs.Analyze(files, langs.Options{ParseOnly: *parseOnly, Workers: *workers})
	secs := time.Since(start).Seconds()
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	byRule := map[string]int{}
	for _, f := range out.Findings {
		byRule[f.RuleID]++
		if *verbose {
			fmt.Printf("%s:%d:%d: %s: %s\n", f.Pos.File, f.Pos.Line, f.Pos.Col, f.RuleID, f.Message)
		}
	}
	levels := map[rule.NoticeLevel]int{}
	for _, n := range out.Notices {
		levels[n.Level]++
		if *verbose || n.Level == rule.NoticeError {
			fmt.Fprintln(os.Stderr, n)
		}
	}
	var rules []string
	for id, n := range byRule {
		rules = append(rules, fmt.Sprintf("%s=%d", id, n))
	}
	sort.Strings(rules)
	cpu := float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
	fmt.Printf("files %d  lines %d  seconds %.2f  cpu-seconds %.2f  files/s %.0f  lines/s %.0f  peak RSS %d MiB\n",
		out.Files, out.Lines, secs, cpu, float64(out.Files)/secs, float64(out.Lines)/secs, ru.Maxrss/1024)
	fmt.Printf("findings %d [%s]  notices: error %d, warning %d, note %d\n", len(out.Findings), strings.Join(rules, " "),
		levels[rule.NoticeError], levels[rule.NoticeWarning], levels[rule.NoticeNote])
}
