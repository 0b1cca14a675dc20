#!/usr/bin/env bash
# Scores older commits' code on today's unseen gold: did the rules written since a commit carry to text no rule saw?
#
#   bash packages/core/eval/code-age.sh 'real-45 real-46' 'stories-36 clutter-32' r20=8a1749e3 r33=45021aa
#
# The first argument names extraction batches, pooled into one batch `real-999` (the oldest harnesses take one
# `--only` name); the second names story, differences and clutter sets, scored one by one. Each label=commit gets a
# detached worktree under $MARSAD_AGE_DIR (default /tmp/marsad-age), its own locked dependencies, today's gold for
# those names, and its own harness run on today's cache (MARSAD_EVAL_CACHE or packages/core/eval/cache). Each
# commit's output lands in $MARSAD_AGE_DIR/<label>.txt. Only sets held out from every commit named are a fair test.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
gold="$repo/packages/core/eval/gold"
cache="${MARSAD_EVAL_CACHE:-$repo/packages/core/eval/cache/}"
out="${MARSAD_AGE_DIR:-/tmp/marsad-age}"
extraction="$1"
others="$2"
shift 2
mkdir -p "$out"

# Every named extraction batch's articles in one gold file, so that each harness prints one pooled row.
node -e '
const fs = require("node:fs")
const [dir, target, ...names] = process.argv.slice(1)
const articles = names.flatMap((name) => JSON.parse(fs.readFileSync(`${dir}/${name}.json`, "utf8")).articles)
fs.writeFileSync(target, JSON.stringify({ batch: "real-999", articles }, null, 2))
' "$gold" "$out/real-999.json" $extraction

for pair in "$@"; do
  label="${pair%%=*}"
  commit="${pair#*=}"
  tree="$out/tree-$label"
  if [ ! -d "$tree" ]; then
    git -C "$repo" worktree add --quiet --detach "$tree" "$commit"
    (cd "$tree" && pnpm install --frozen-lockfile --offline --reporter=silent ||
      pnpm install --frozen-lockfile --reporter=silent) >"$out/$label.install" 2>&1
  fi
  for name in $others; do cp "$gold/$name.json" "$tree/packages/core/eval/gold/"; done
  cp "$out/real-999.json" "$tree/packages/core/eval/gold/"
  : >"$out/$label.txt"
  for name in real-999 $others; do
    (cd "$tree/packages/core" && MARSAD_EVAL_CACHE="$cache" node eval/run.ts --only "$name") >>"$out/$label.txt" 2>&1 ||
      echo "$label: $name failed (see $out/$label.txt)" >&2
  done
  echo "$label ($commit): $out/$label.txt" >&2
done
echo "remove the trees with: git -C $repo worktree remove --force <tree> (under $out)" >&2
