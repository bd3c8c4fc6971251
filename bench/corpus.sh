#!/usr/bin/env bash
# corpus.sh MIRRORS CORPUS.TSV OUT: extract the benchmark corpus listed in
# CORPUS.TSV (repo, commit, language, files, lines, note; a header line) from
# bare git mirrors MIRRORS/<owner>+<name>/repo into OUT/<language>/<owner>+<name>.
# Only source files and manifests are extracted: mirrors may lack large
# binary blobs, and mcplint reads nothing else.
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
  git --git-dir="$gd" ls-tree -r --name-only "$commit" -- "${roots[@]}" | grep -E "$keep" | tr '\n' '\0' |
    xargs -0 -r -n 500 bash -c 'git --git-dir="$0" archive "$1" -- "${@:3}" | tar -x -C "$2"' "$gd" "$commit" "$dest" 2>/dev/null || true
  echo "$lang $repo $(find "$dest" -type f | wc -l) files"
done
