#!/usr/bin/env bash
# Starts (or reuses) a throw-away PostgreSQL for tests on 127.0.0.1:55432 with its cluster under .pgtest/ and
# prints an Npgsql connection string, e.g.: export CXREVIEW_TEST_POSTGRES="$(tools/start-test-postgres.sh)"
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)/.pgtest"
port="${PGTEST_PORT:-55432}"
# Debian's postgresql package keeps its binaries off PATH, under /usr/lib/postgresql/<version>/bin.
if [ -n "${PGTEST_BIN:-}" ]; then
  bin="$PGTEST_BIN"
elif command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
  bin="$(dirname "$(command -v pg_ctl)")"
else
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
fi
[ -x "$bin/pg_ctl" ] && [ -x "$bin/initdb" ] || { echo "no PostgreSQL server binaries found (apt-get install postgresql)" >&2; exit 1; }
mkdir -p "$root"

# initdb and postgres refuse to run as root: run them as an unprivileged user that owns .pgtest/.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    id pgtest >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin pgtest
    chown -R pgtest "$root"
    chmod o+x "$(pwd)" 2>/dev/null || true
    su -s /bin/bash pgtest -c "$*"
  else
    bash -c "$*"
  fi
}

if [ ! -f "$root/data/PG_VERSION" ]; then
  as_owner "'$bin/initdb' -D '$root/data' -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >'$root/initdb.log' 2>&1"
fi
if ! as_owner "'$bin/pg_ctl' -D '$root/data' status" >/dev/null 2>&1; then
  as_owner "'$bin/pg_ctl' -D '$root/data' -l '$root/server.log' -w -o \"-h 127.0.0.1 -p $port -k '$root' -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start" >/dev/null
fi
echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Include Error Detail=true"
