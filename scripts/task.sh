#!/usr/bin/env bash
# The README's two commands land here: `npm start` and `npm test` (pnpm works as well).
# Each brings the toolchain up to date, installs the locked dependencies, then does its job.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bootstrap.sh

job="${1:-}"
shift || true

if [ "${MARSAD_SKIP_INSTALL:-}" != 1 ]; then
  pnpm install --frozen-lockfile --reporter=silent
fi

case "$job" in
  test)
    pnpm exec biome check .
    pnpm exec turbo run typecheck test --output-logs=errors-only "$@"
    ;;
  start)
    exec node scripts/start.ts "$@"
    ;;
  *)
    echo "usage: scripts/task.sh test|start" >&2
    exit 2
    ;;
esac
