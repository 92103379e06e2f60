#!/usr/bin/env bash
# Prints performance figures (never part of the test run). Usage: bench/run.sh [foundation] [--duration N] [--connections N] | bench/run.sh agenda [runs] [--phases] | bench/run.sh actions [select|send]
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || { echo "bench needs wrk (apt-get install wrk)" >&2; exit 1; }
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk) >/dev/null
fi
dotnet build bot -c Release -nologo -clp:ErrorsOnly
dotnet build bench/CxReviewBot.Bench -c Release -nologo -clp:ErrorsOnly
export CXREVIEW_BOT_DLL="$PWD/artifacts/bin/CxReviewBot/release/CxReviewBot.dll"
exec dotnet artifacts/bin/CxReviewBot.Bench/release/CxReviewBot.Bench.dll "${@:-foundation}"
