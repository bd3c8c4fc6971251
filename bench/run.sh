#!/usr/bin/env bash
# run.sh CORPUS...: build mcplint and time it over the corpus directories,
# one language at a time, printing files, lines, wall and CPU seconds, peak
# RSS and lines/s for a plain tree-sitter parse (-parse-raw), -parse-only,
# the full analysis, and the full analysis with GOMEMLIMIT=off GOGC=100
# (Python and TypeScript), with the ratios; for each Go module among the
# corpora (a directory with go.mod), mcplint against `go vet ./...` with a
# warm build cache. See bench/README.md.
#
# Environment: REPEAT (default 3) runs of each measurement, the fastest
# (by wall time) is reported; LANGS (default "python typescript go");
# MCPLINT_FLAGS extra flags for every mcplint run.
set -euo pipefail
[[ $# -gt 0 ]] || { echo "usage: bench/run.sh CORPUS..." >&2; exit 2; }
repo=$(cd "$(dirname "$0")/.." && pwd)
REPEAT=${REPEAT:-3}
LANGS=${LANGS:-python typescript go}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [[ ! -x /usr/bin/time ]]; then
  echo "bench/run.sh needs GNU time: apt-get install time" >&2
  exit 2
fi
corpora=()
for c in "$@"; do corpora+=("$(cd "$c" && pwd)"); done

bin=$work/mcplint
(cd "$repo" && go build -o "$bin" ./cmd/mcplint)

# measure OUT CMD...: run CMD REPEAT times under /usr/bin/time -v and write
# "wall cpu rss_kib" of the fastest run to OUT; CMD's stdout of that run
# goes to OUT.stdout. Exit codes 0, 1 and 3 (findings, partial analysis)
# count as success.
measure() {
  local out=$1 best="" i
  shift
  for ((i = 0; i < REPEAT; i++)); do
    local rc=0
    /usr/bin/time -v -o "$work/time" "$@" >"$work/stdout" 2>"$work/stderr" || rc=$?
    if [[ $rc -ne 0 && $rc -ne 1 && $rc -ne 3 ]]; then
      echo "failed ($rc): $*" >&2
      tail -5 "$work/stderr" >&2
      exit 1
    fi
    local wall cpu rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time")
    cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$work/time")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")
    if [[ -z $best ]] || awk -v a="$wall" -v b="$best" 'BEGIN {exit !(a < b)}'; then
      best=$wall
      echo "$wall $cpu $rss" >"$out"
      cp "$work/stdout" "$out.stdout"
    fi
  done
}

row() { # row LABEL FILES LINES MEASUREFILE
  read -r wall cpu rss <"$4"
  awk -v l="$1" -v f="$2" -v n="$3" -v w="$wall" -v c="$cpu" -v r="$rss" 'BEGIN {
    printf "%-32s %7d %9d %8.2f %8.2f %9.1f %11.0f\n", l, f, n, w, c, r / 1024, (w > 0 ? n / w : 0) }'
}

header() {
  printf "%-32s %7s %9s %8s %8s %9s %11s\n" "run" "files" "lines" "wall s" "cpu s" "rss MiB" "lines/s"
}

echo "mcplint $(cd "$repo" && git rev-parse --short HEAD)$(cd "$repo" && git diff --quiet HEAD -- . ':!bench' || echo -dirty), $(go version | awk '{print $3}'), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg), REPEAT=$REPEAT (fastest run shown), GOMEMLIMIT=${GOMEMLIMIT:-unset} GOGC=${GOGC:-unset}"
echo "corpora: $*"

for lang in $LANGS; do
  [[ $lang == go ]] && continue
  echo
  echo "== $lang"
  header
  measure "$work/raw" "$bin" -lang "$lang" -parse-raw ${MCPLINT_FLAGS:-} "${corpora[@]}"
  read -r _ rfiles _ rlines _ <"$work/raw.stdout" # "parsed N files, M lines"
  measure "$work/parse" "$bin" -lang "$lang" -parse-only ${MCPLINT_FLAGS:-} "${corpora[@]}"
  read -r _ pfiles _ plines _ <"$work/parse.stdout"
  pfiles=${pfiles:-0} plines=${plines%,}
  measure "$work/full" "$bin" -lang "$lang" -format json -fail-on none ${MCPLINT_FLAGS:-} "${corpora[@]}"
  read -r ffiles flines findings < <(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); s=d["summary"]; print(s["files"], s["lines"], len(d["findings"]))' "$work/full.stdout")
  # The same analysis with the Go runtime's own defaults forced (no soft
  # memory limit, GOGC=100): if mcplint's defaults ever trade time for
  # memory (or the reverse), the two rows differ.
  measure "$work/unl" env GOMEMLIMIT=off GOGC=100 "$bin" -lang "$lang" -format json -fail-on none ${MCPLINT_FLAGS:-} "${corpora[@]}"
  cmp -s "$work/full.stdout" "$work/unl.stdout" || echo "warning: output differs without a memory limit" >&2
  row "raw tree-sitter parse" "${rfiles:-0}" "${rlines%,}" "$work/raw"
  row "parse-only" "$pfiles" "${plines:-0}" "$work/parse"
  row "analysis ($findings findings)" "$ffiles" "$flines" "$work/full"
  row "analysis, no mem limit" "$ffiles" "$flines" "$work/unl"
  read -r rw rc rr <"$work/raw"
  read -r pw pc pr <"$work/parse"
  read -r fw fc fr <"$work/full"
  read -r uw uc ur <"$work/unl"
  awk -v a="$pw" -v b="$rw" -v c="$pc" -v d="$rc" 'BEGIN {
    printf "ratio parse-only/raw parse: wall %.2fx, cpu %.2fx\n", a / b, c / d }'
  awk -v a="$fw" -v b="$pw" -v c="$fc" -v d="$pc" -v e="$fr" -v f="$pr" 'BEGIN {
    printf "ratio analysis/parse-only: wall %.2fx, cpu %.2fx, rss %.2fx\n", a / b, c / d, e / f }'
  awk -v a="$fw" -v b="$uw" -v c="$fc" -v d="$uc" -v e="$fr" -v f="$ur" 'BEGIN {
    printf "ratio default/GOMEMLIMIT=off: wall %.2fx, cpu %.2fx, rss %.2fx\n", a / b, c / d, e / f }'
  echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
done

if [[ " $LANGS " == *" go "* ]]; then
  echo
  echo "== go (per module; warm build cache: one untimed run of each first)"
  echo "note: the go vet row is a cache lookup, not an analysis: the go command keeps vet results in its"
  echo "build cache ($(go version | awk '{print $3}') here), so after the untimed run go vet lists the packages and finds every"
  echo "result cached; its figure is the floor of any Go tool that loads the module. mcplint without -cache"
  echo "type-checks and analyses the module's packages on every run; its -cache row is the like-for-like"
  echo "repeat run. The \"go vet, edited\" row is go vet with work to do: before each run a comment is"
  echo "appended to every non-test .go file of a copy of the module, so go vet compiles and analyses the"
  echo "module's packages (and their tests, as go vet ./... does) with the dependencies cached, as after"
  echo "a change to every package. (With a changed vet flag go vet would re-analyse every dependency as"
  echo "well, which mcplint never does.)"
  header
  for c in "${corpora[@]}"; do
    while IFS= read -r mod; do
      dir=$(dirname "$mod")
      name=$(basename "$dir")
      rm -rf "$work/cache"
      (cd "$dir" && go vet ./... >/dev/null 2>&1 || true)
      (cd "$dir" && "$bin" -lang go -fail-on none -format json -cache "$work/cache" ./... >/dev/null 2>&1 || true)
      measure "$work/vet" bash -c 'cd "$0" && exec go vet ./... 2>/dev/null' "$dir"
      rm -rf "$work/edit" && mkdir "$work/edit" && (cd "$dir" && tar --exclude=.git -cf - .) | (cd "$work/edit" && tar -xf -)
      (cd "$work/edit" && go vet ./... >/dev/null 2>&1 || true)
      measure "$work/vete" bash -c 'cd "$0" && find . -name vendor -prune -o -name "*.go" ! -name "*_test.go" -exec sh -c '"'"'for f; do echo "// bench edit" >>"$f"; done'"'"' _ {} + && exec go vet ./... 2>/dev/null' "$work/edit"
      measure "$work/mcp" bash -c 'cd "$0" && exec "$1" -lang go -fail-on none -format json ./...' "$dir" "$bin"
      measure "$work/mcpc" bash -c 'cd "$0" && exec "$1" -lang go -fail-on none -format json -cache "$2" ./...' "$dir" "$bin" "$work/cache"
      read -r gfiles glines < <(python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["summary"]; print(s["files"], s["lines"])' "$work/mcp.stdout")
      row "${name:0:16} go vet, cached" "$gfiles" "$glines" "$work/vet"
      row "${name:0:16} go vet, edited" "$gfiles" "$glines" "$work/vete"
      row "${name:0:16} mcplint" "$gfiles" "$glines" "$work/mcp"
      row "${name:0:16} -cache" "$gfiles" "$glines" "$work/mcpc"
      cmp -s "$work/mcp.stdout" "$work/mcpc.stdout" || echo "warning: cached output differs" >&2
      read -r vw _ _ <"$work/vet"
      read -r mw _ _ <"$work/mcp"
      read -r cw _ _ <"$work/mcpc"
      read -r _ vc _ <"$work/vet"
      read -r _ mc _ <"$work/mcp"
      read -r _ cc _ <"$work/mcpc"
      awk -v a="$mw" -v b="$vw" -v c="$cw" -v d="$mc" -v e="$vc" -v f="$cc" 'BEGIN {
        printf "ratio mcplint/cached go vet: wall %.2fx, cpu %.2fx; mcplint -cache/cached go vet: wall %.2fx, cpu %.2fx\n", a / b, d / e, c / b, f / e }'
      read -r ew ec _ <"$work/vete"
      awk -v a="$mw" -v b="$ew" -v d="$mc" -v e="$ec" 'BEGIN {
        printf "ratio mcplint/edited go vet: wall %.2fx, cpu %.2fx\n", a / b, d / e }'
    done < <(if [[ -f $c/go.mod ]]; then echo "$c/go.mod"; else find "$c" -mindepth 2 -maxdepth 2 -name go.mod | sort; fi)
  done
fi
