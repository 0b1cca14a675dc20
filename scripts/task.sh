#!/usr/bin/env bash
# The README's commands land here: `npm start`, `npm test` and the other root scripts (pnpm works as well).
# Each brings the toolchain up to date; `start` and `test` also install the locked dependencies, then do their job.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bootstrap.sh

job="${1:-}"
shift || true

say() { echo "marsad: $*" >&2; }

install() {
  if [ "${MARSAD_SKIP_INSTALL:-}" = 1 ]; then return; fi
  local started=$SECONDS
  if [ -d node_modules/.pnpm ]; then
    say "checking the installed dependencies against pnpm-lock.yaml …"
  else
    say "installing the dependencies from pnpm-lock.yaml (the first time takes a minute or two) …"
  fi
  pnpm install --frozen-lockfile --reporter=silent
  say "dependencies ready ($((SECONDS - started)) s)"
}

case "$job" in
  test)
    say "Node $(node --version), pnpm $(pnpm --version)"
    install
    say "lint: biome check"
    pnpm exec biome check .
    say "typecheck and test every package (turbo; a cold run takes several minutes) …"
    pnpm exec turbo run typecheck test --output-logs=errors-only "$@"
    say "all checks passed"
    ;;
  start)
    say "Node $(node --version), pnpm $(pnpm --version)"
    install
    exec node scripts/start.ts "$@"
    ;;
  exec)
    # The other root scripts (`npm run marsad -- …`, `npm run build` …): the toolchain on PATH, nothing installed.
    exec pnpm exec "$@"
    ;;
  *)
    echo "usage: scripts/task.sh test|start|exec <command…>" >&2
    exit 2
    ;;
esac
