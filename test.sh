#!/usr/bin/env bash
# Runs every test: build + format check, unit, integration (SQLite and a real PostgreSQL), end-to-end (Agents
# Playground, adaptivecards renderer in Chromium, manifest, Bicep). Installs what is missing first.
# Last line: "tests: N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")"
ROOT="$PWD"
RESULTS="$ROOT/artifacts/test-results"
rm -rf "$RESULTS" && mkdir -p "$RESULTS"
passed=0; failed=0; skipped=0
step_failed() { echo "FAILED: $1" >&2; failed=$((failed + 1)); }

# --- prerequisites -------------------------------------------------------------------------------
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
{ command -v pg_ctl >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; } || need_apt+=(postgresql)
command -v sqlite3 >/dev/null 2>&1 || need_apt+=(sqlite3)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "== installing ${need_apt[*]}"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}") >"$RESULTS/apt.log" 2>&1 \
      || { cat "$RESULTS/apt.log" >&2; step_failed "apt-get install ${need_apt[*]}"; }
  else
    echo "warning: not root, cannot install ${need_apt[*]}" >&2
  fi
fi
# The e2e Playground UI and renderer tests need the browser: missing is a failure here, not a skipped test.
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || step_failed "chromium is not installed (${CHROMIUM_PATH:-/usr/bin/chromium})"
dotnet tool restore >/dev/null || step_failed "dotnet tool restore"

# --- build and style -----------------------------------------------------------------------------
echo "== build"
if ! dotnet build CxReviewBot.sln -nologo -clp:ErrorsOnly >"$RESULTS/build.log" 2>&1; then
  grep -E "error" "$RESULTS/build.log" | sort -u | head -50 >&2
  step_failed "build"
  echo "tests: $passed passed, $failed failed"
  exit 1
fi
echo "== format"
dotnet format CxReviewBot.sln --verify-no-changes --no-restore >"$RESULTS/format.log" 2>&1 \
  || { head -40 "$RESULTS/format.log" >&2; step_failed "dotnet format --verify-no-changes"; }

# --- PostgreSQL for the store tests --------------------------------------------------------------
if [ -x tools/start-test-postgres.sh ]; then
  echo "== postgresql"
  # Leave nothing running: another checkout's run needs the same port.
  trap 'tools/stop-test-postgres.sh' EXIT
  if pg_conn="$(tools/start-test-postgres.sh 2>"$RESULTS/postgres.log" | tail -1)"; then
    export CXREVIEW_TEST_POSTGRES="$pg_conn"
  else
    cat "$RESULTS/postgres.log" >&2; step_failed "start PostgreSQL"
  fi
fi

# --- .NET tests ----------------------------------------------------------------------------------
for project in tests/Unit tests/Integration; do
  name="$(basename "$project")"
  echo "== dotnet test $project"
  dotnet test "$project" --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" \
    >"$RESULTS/$name.log" 2>&1 || grep -E "^\s+Failed |Error Message|error" "$RESULTS/$name.log" | head -60 >&2
  trx="$RESULTS/$name.trx"
  if [ -f "$trx" ]; then
    counters="$(grep -o '<Counters [^>]*>' "$trx")"
    get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
    p=$(get passed); f=$(get failed); t=$(get total); e=$(get executed)
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + t - e))
    echo "   $name: $p passed, $f failed, $((t - e)) skipped"
  else
    tail -30 "$RESULTS/$name.log" >&2; step_failed "$project produced no results"
  fi
done

# --- end-to-end (node) ---------------------------------------------------------------------------
if [ -f tests/e2e/package.json ]; then
  echo "== e2e"
  [ -x tools/install-bicep.sh ] && { tools/install-bicep.sh >"$RESULTS/bicep-install.log" 2>&1 || { cat "$RESULTS/bicep-install.log" >&2; step_failed "install bicep"; }; }
  if (cd tests/e2e && npm ci --no-audit --no-fund >"$RESULTS/npm-ci.log" 2>&1); then
    (cd tests/e2e && npm test) >"$RESULTS/e2e.log" 2>&1
    grep -E "^not ok|^# (pass|fail|skipped)" "$RESULTS/e2e.log" | head -40
    p=$(grep -E "^# pass " "$RESULTS/e2e.log" | tail -1 | grep -o '[0-9]*'); f=$(grep -E "^# fail " "$RESULTS/e2e.log" | tail -1 | grep -o '[0-9]*')
    s=$(grep -E "^# skipped " "$RESULTS/e2e.log" | tail -1 | grep -o '[0-9]*')
    if [ -z "$p" ]; then tail -40 "$RESULTS/e2e.log" >&2; step_failed "e2e produced no results"; else
      passed=$((passed + p)); failed=$((failed + ${f:-0})); skipped=$((skipped + ${s:-0})); fi
  else
    tail -30 "$RESULTS/npm-ci.log" >&2; step_failed "npm ci in tests/e2e"
  fi
fi

summary="tests: $passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
