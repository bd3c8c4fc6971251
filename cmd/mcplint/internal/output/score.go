package output

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/score"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/termsafe"
)

// serverName is how output names a server: its directory relative to the
// working directory (text, score) or the root (JSON).
func (r *Report) serverName(s score.Server, relToRoot bool) string {
	if relToRoot {
		if p := rel(r.Root, s.Root); p != "" {
			return p
		}
		return "."
	}
	if p := r.displayPath(s.Root); p != "" {
		return filepath.ToSlash(p)
	}
	return "."
}

// scoreSummary is the line text output adds after its summary, "" when the
// scan found no server.
func scoreSummary(r *Report) string {
	if len(r.Scores) == 0 {
		return ""
	}
	parts := make([]string, len(r.Scores))
	for i, s := range r.Scores {
		parts[i] = fmt.Sprintf("%s %s (%s)", termsafe.String(r.serverName(s.Server, false)), s.Grade, gradeNote(s))
	}
	return "mcplint: security score: " + strings.Join(parts, ", ") + "; formula: " + scoreDocURL()
}

// scoreDocURL is the published page that explains the score, at the
// running release's tag.
func scoreDocURL() string { return rule.DocPageURL("score.md") }

// gradeNote is what follows a grade: the score and what it leaves out,
// e.g. "85/100, partial: 1 of 14 rules".
func gradeNote(s score.Result) string {
	note := fmt.Sprintf("%d/100", s.Score)
	if c := scoreCaveats(s); c != "" {
		note += ", " + c
	}
	return note
}

// writeScore prints the score format: a table of servers, then for each
// server its breakdown and how an attacker reaches its tools.
func writeScore(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	if len(r.Scores) == 0 {
		fmt.Fprintln(bw, "mcplint: no MCP server found in the scan (a Go main package importing an MCP SDK, or a Python or TypeScript file that creates a server)")
		return bw.Flush()
	}
	tw := tabwriter.NewWriter(bw, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SERVER\tLANGUAGE\tGRADE\tSCORE\tEXPOSURE\tCAPABILITIES\tHYGIENE\tFINDINGS\tCOVERAGE")
	for _, s := range r.Scores {
		cov := scoreCaveats(s)
		if cov == "" {
			cov = "complete"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d/100\t-%d\t-%d (x%s)\t-%d\t%d\t%s\n", termsafe.String(r.serverName(s.Server, false)), s.Server.Language, s.Grade, s.Score,
			s.Exposure, s.Capabilities, trimFloat(s.Reachability), s.Hygiene, s.Findings, cov)
	}
	tw.Flush()
	for _, s := range r.Scores {
		fmt.Fprintf(bw, "\n%s: %s (%s)\n", termsafe.String(r.serverName(s.Server, false)), s.Grade, gradeNote(s))
		fmt.Fprintf(bw, "  reachable by: %s\n", termsafe.String(strings.Join(s.Paths, "; ")))
		if len(s.Rules) > 0 {
			var byCat []string
			for _, cat := range []string{score.CatExposure, score.CatCapability, score.CatHygiene} {
				var in []string
				for _, id := range s.Rules {
					if score.Category(id) == cat {
						in = append(in, id)
					}
				}
				if len(in) > 0 {
					byCat = append(byCat, cat+" "+strings.Join(in, ","))
				}
			}
			fmt.Fprintf(bw, "  findings: %s\n", strings.Join(byCat, "; "))
		}
	}
	fmt.Fprintln(bw, "\nformula: "+scoreDocURL())
	return bw.Flush()
}

func trimFloat(f float64) string {
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.2f", f), "0"), ".")
}

type jsonScore struct {
	Servers []jsonServerScore `json:"servers"`
}

type jsonServerScore struct {
	Server       string   `json:"server"`
	Language     string   `json:"language"`
	Entry        string   `json:"entry"`
	Score        int      `json:"score"`
	Grade        string   `json:"grade"`
	Exposure     int      `json:"exposure"`
	Capabilities int      `json:"capabilities"`
	Hygiene      int      `json:"hygiene"`
	Reachability float64  `json:"reachability"`
	Paths        []string `json:"paths"`
	Findings     int      `json:"findings"`
	Rules        []string `json:"rules"`
	Baselined    int      `json:"baselined"`
	RulesRun     int      `json:"rulesRun"`
	RulesTotal   int      `json:"rulesTotal"`
	NotAnalysed  int      `json:"notAnalysed"`
	Caveats      []string `json:"caveats"`
}

func (r *Report) jsonScore() jsonScore {
	out := jsonScore{Servers: []jsonServerScore{}}
	for _, s := range r.Scores {
		rules := s.Rules
		if rules == nil {
			rules = []string{}
		}
		out.Servers = append(out.Servers, jsonServerScore{
			Server: r.serverName(s.Server, true), Language: string(s.Server.Language), Entry: rel(r.Root, s.Server.Entry),
			Score: s.Score, Grade: s.Grade, Exposure: s.Exposure, Capabilities: s.Capabilities, Hygiene: s.Hygiene,
			Reachability: s.Reachability, Paths: s.Paths, Findings: s.Findings, Rules: rules,
			Baselined: s.Baselined, RulesRun: s.RulesRun, RulesTotal: s.RulesTotal, NotAnalysed: s.NotAnalysed,
			Caveats: append([]string{}, s.Caveats...),
		})
	}
	return out
}
