#!/usr/bin/env bash
# Import benchmark: a 1,000,000-row observations CSV through `import observations` (SQLite, and PostgreSQL when
# CXREVIEW_TEST_POSTGRES is set) against the same file through `sqlite3 .import` into a bare table.
# Prints rows/s and peak RSS. Usage: bench/import.sh [rows]   (work files go to $BENCH_DIR, default /tmp/cxbench)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000000}"
work="${BENCH_DIR:-/tmp/cxbench}"
rm -rf "$work" && mkdir -p "$work"

command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; }
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

dotnet build bot -c Release -v quiet -nologo >/dev/null
bot="dotnet artifacts/bin/CxReviewBot/release/CxReviewBot.dll"

# 100 touchpoints x 10 metrics x N/1000 weekly periods.
python3 - "$work" "$rows" <<'PY'
import sys, datetime
work, rows = sys.argv[1], int(sys.argv[2])
tps, metrics = 100, 10
with open(f"{work}/touchpoints.csv", "w") as f:
    f.write("touchpoint,function,owner_upn\n")
    for t in range(tps): f.write(f"Touchpoint {t:03},support,owner{t}@contoso.example\n")
with open(f"{work}/metrics.csv", "w") as f:
    f.write("metric,kind,unit,higher_is_better,target\n")
    for m in range(metrics): f.write(f"Metric {m},experience,score,true,4\n")
periods = rows // (tps * metrics)
start = datetime.date(2000, 1, 2)
with open(f"{work}/observations.csv", "w") as f:
    f.write("period_end,touchpoint,metric,value\n")
    for p in range(periods):
        day = (start + datetime.timedelta(days=7 * p)).isoformat()
        for t in range(tps):
            for m in range(metrics):
                f.write(f"{day},Touchpoint {t:03},Metric {m},{(p * 7 + t * 3 + m) % 500 / 100:.2f}\n")
PY
lines=$(($(wc -l <"$work/observations.csv") - 1))
echo "file: $work/observations.csv, $lines rows, $(du -h "$work/observations.csv" | cut -f1)"

measure() { # label, then the command; prints seconds, rows/s and peak RSS
  local label="$1"; shift
  /usr/bin/time -v "$@" >"$work/out.txt" 2>"$work/time.txt" || { cat "$work/out.txt" "$work/time.txt"; exit 1; }
  local elapsed rss
  elapsed=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
  printf "%-44s %8.2f s %12.0f rows/s  peak RSS %6d MB   %s\n" "$label" "$elapsed" "$(echo "$lines / $elapsed" | bc -l)" "$((rss / 1024))" "$(head -1 "$work/out.txt")"
}

export Tenancy__DefaultTenantId=bench DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production

run_cx() { # provider, connection string
  export Database__Provider="$1" ConnectionStrings__CxReview="$2"
  $bot migrate >/dev/null 2>&1
  $bot import touchpoints "$work/touchpoints.csv" >/dev/null
  $bot import metrics "$work/metrics.csv" >/dev/null
  measure "cxreview import observations ($1, new)" $bot import observations "$work/observations.csv"
  measure "cxreview import observations ($1, re-import)" $bot import observations "$work/observations.csv"
}

run_cx Sqlite "Data Source=$work/cx.db"

sqlite3 "$work/raw.db" "CREATE TABLE observations_raw (period_end TEXT, touchpoint TEXT, metric TEXT, value REAL);"
measure "sqlite3 .import (bare table, no checks)" sqlite3 "$work/raw.db" ".import --csv --skip 1 $work/observations.csv observations_raw"

if [ -n "${CXREVIEW_TEST_POSTGRES:-}" ]; then
  db="cxbench_$$"
  admin_host=$(echo "$CXREVIEW_TEST_POSTGRES" | sed -n 's/.*Host=\([^;]*\).*/\1/p')
  admin_port=$(echo "$CXREVIEW_TEST_POSTGRES" | sed -n 's/.*Port=\([^;]*\).*/\1/p')
  admin_user=$(echo "$CXREVIEW_TEST_POSTGRES" | sed -n 's/.*Username=\([^;]*\).*/\1/p')
  psql -q -h "$admin_host" -p "${admin_port:-5432}" -U "$admin_user" -d postgres -c "CREATE DATABASE $db" >/dev/null
  run_cx Postgres "$(echo "$CXREVIEW_TEST_POSTGRES" | sed "s/Database=[^;]*/Database=$db/")"
  psql -q -h "$admin_host" -p "${admin_port:-5432}" -U "$admin_user" -d postgres -c "DROP DATABASE $db WITH (FORCE)" >/dev/null
fi
