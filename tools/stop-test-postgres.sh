#!/usr/bin/env bash
# Stops the test PostgreSQL that tools/start-test-postgres.sh started for this checkout (no-op when none runs).
set -uo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)/.pgtest"
[ -f "$root/data/postmaster.pid" ] || exit 0
if [ -n "${PGTEST_BIN:-}" ]; then
  bin="$PGTEST_BIN"
elif command -v pg_ctl >/dev/null 2>&1; then
  bin="$(dirname "$(command -v pg_ctl)")"
else
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
fi
if [ "$(id -u)" -eq 0 ]; then
  su -s /bin/bash pgtest -c "'$bin/pg_ctl' -D '$root/data' stop -m fast" >/dev/null 2>&1
else
  "$bin/pg_ctl" -D "$root/data" stop -m fast >/dev/null 2>&1
fi
exit 0
