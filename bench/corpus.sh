#!/usr/bin/env bash
# corpus.sh MIRRORS CORPUS.TSV OUT: extract the benchmark corpus listed in
# CORPUS.TSV (repo, commit, language, files, lines, note; a header line) from
# bare git mirrors MIRRORS/<owner>+<name>/repo into OUT/<language>/<owner>+<name>.
# Python and TypeScript get only source files and manifests; Go gets every
# file the mirror holds (go:embed needs data files). Mirrors may lack large
# binary blobs: those are left out.
set -euo pipefail
mirrors=${1:?usage: corpus.sh MIRRORS CORPUS.TSV OUT}
tsv=${2:?usage: corpus.sh MIRRORS CORPUS.TSV OUT}
out=${3:?usage: corpus.sh MIRRORS CORPUS.TSV OUT}
# Source files and the manifests mcplint reads (and .gitignore, which it honours).
keep='\.(py|go|ts|tsx|mts|cts|js|jsx|mjs|cjs)$|(^|/)(go\.mod|go\.sum|pyproject\.toml|requirements[^/]*\.txt|package\.json|\.gitignore)$'
tail -n +2 "$tsv" | while IFS=$'\t' read -r repo commit lang _ _ note; do
  name=${repo/\//+}
  gd=$mirrors/$name/repo
  [[ -d $gd ]] || gd=$mirrors/$name
  dest=$out/$lang/$name
  rm -rf "$dest" && mkdir -p "$dest"
  roots=(.)
  # "subset: first N servers of src/" keeps a monorepo's share of the corpus as listed.
  if [[ $note =~ ^subset:\ first\ ([0-9]+)\ servers\ of\ ([^ ]+)/ ]]; then
    mapfile -t roots < <(git --git-dir="$gd" ls-tree --name-only "$commit" "${BASH_REMATCH[2]}/" | sort | head -n "${BASH_REMATCH[1]}")
  fi
  # Go needs every file (go:embed patterns); other languages only sources.
  pattern=$keep
  [[ $lang == go ]] && pattern=.
  tree=$(git --git-dir="$gd" ls-tree -r "$commit" -- "${roots[@]}" | awk '$2 == "blob"')
  # Drop blobs the mirror lacks (large binaries), which git archive cannot read.
  paste <(cut -f2- <<<"$tree") <(awk '{print $3}' <<<"$tree" | git --git-dir="$gd" cat-file --batch-check='%(objecttype)') |
    awk -F'\t' '$2 == "blob" {print $1}' | grep -E "$pattern" | tr '\n' '\0' |
    GIT_LITERAL_PATHSPECS=1 xargs -0 -r -n 500 bash -c 'git --git-dir="$0" archive "$1" -- "${@:3}" 2>/dev/null | tar -x -C "$2"' "$gd" "$commit" "$dest"
  echo "$lang $repo $(find "$dest" -type f | wc -l) files"
done
