#!/usr/bin/env bash
# grow.sh SRC N OUT: make a corpus of N copies of SRC in OUT/copy1..copyN,
# for the linear-growth series of bench/run.sh (see bench/README.md). Each
# copy is a separate tree, so its projects are separate projects.
set -euo pipefail
src=${1:?usage: grow.sh SRC N OUT}
n=${2:?usage: grow.sh SRC N OUT}
out=${3:?usage: grow.sh SRC N OUT}
mkdir -p "$out"
for ((i = 1; i <= n; i++)); do
  rm -rf "$out/copy$i"
  cp -r "$src" "$out/copy$i"
done
