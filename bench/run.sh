#!/usr/bin/env bash
# Prints performance figures (never part of the test run). See bench/README.md.
# Usage: bench/run.sh [foundation [options]] | agenda [runs] [--phases] | actions [select|send] | import [rows] | all
#   all: every bench above, then one table of name / figure / goal / met, also written to artifacts/bench/results.json
set -euo pipefail
cd "$(dirname "$0")/.."
suite="${1:-foundation}"
[ $# -gt 0 ] && shift

need_apt() { # command, package
  command -v "$1" >/dev/null 2>&1 && return 0
  [ "$(id -u)" = 0 ] || { echo "bench needs $1 (apt-get install $2)" >&2; exit 1; }
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2") >/dev/null
}

peer_install() { # the botbuilder-js peer's packages, from its lock file; again only when the lock file changed
  need_apt node nodejs
  need_apt npm npm
  local dir=bench/peers/botbuilder-js stamp
  stamp=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$dir/node_modules/.bench-lock-sha256" 2>/dev/null)" != "$stamp" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    echo "$stamp" >"$dir/node_modules/.bench-lock-sha256"
  fi
}

case "$suite" in
  import) exec bench/import.sh "$@" ;;
  foundation | all) need_apt wrk wrk; peer_install ;;
  agenda | actions) ;;
  *) echo "usage: bench/run.sh [foundation|agenda|actions|import|all] [options]" >&2; exit 2 ;;
esac

dotnet build bot -c Release -nologo -clp:ErrorsOnly
dotnet build bench/CxReviewBot.Bench -c Release -nologo -clp:ErrorsOnly
export CXREVIEW_BOT_DLL="$PWD/artifacts/bin/CxReviewBot/release/CxReviewBot.dll"
bench=(dotnet artifacts/bin/CxReviewBot.Bench/release/CxReviewBot.Bench.dll)

if [ "$suite" != all ]; then
  exec "${bench[@]}" "$suite" "$@"
fi

out=artifacts/bench
mkdir -p "$out"
export BENCH_RESULTS="$PWD/$out/figures.jsonl"
export BENCH_LOAD_AT_START="$(cut -d' ' -f1-3 /proc/loadavg)"
export BENCH_COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo '+changes')"
: >"$BENCH_RESULTS"
failed=()
echo "== foundation"; "${bench[@]}" foundation "$@" || failed+=(foundation)
echo "== agenda"; "${bench[@]}" agenda || failed+=(agenda)
echo "== actions"; "${bench[@]}" actions || failed+=(actions)
echo "== import"; bench/import.sh "${BENCH_IMPORT_ROWS:-1000000}" || failed+=(import)
"${bench[@]}" report "$BENCH_RESULTS" "$out/results.json"
if [ ${#failed[@]} -gt 0 ]; then
  echo "benches that failed (their figures are missing above): ${failed[*]}" >&2
  exit 1
fi
