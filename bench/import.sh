#!/usr/bin/env bash
# Import benchmark: a 1,000,000-row observations CSV through `import observations` (SQLite, and PostgreSQL when
# CXREVIEW_TEST_POSTGRES is set) against the same file through `sqlite3 .import`: into a bare table (issue 4's
# yardstick, measured right before each SQLite run so both see the same load) and, for scale, into a copy of the
# real `observations` table with its indexes (name-to-id joins, no validation, no duplicate check).
# Prints seconds, rows/s, the ratio to the yardstick, peak RSS and the load average.
# Usage: bench/import.sh [rows]   (work files go to $BENCH_DIR, default /tmp/cxbench)
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

record() { # name, figure, unit, goal, met (true/false/null): one line for `bench/run.sh all` when BENCH_RESULTS is set
  [ -n "${BENCH_RESULTS:-}" ] || return 0
  printf '{"name":"%s","figure":%s,"unit":"%s","goal":"%s","met":%s}\n' "$1" "$2" "$3" "$4" "$5" >>"$BENCH_RESULTS"
}

yardstick=""
measure() { # label, then the command; prints seconds, rows/s, ratio to the last yardstick, peak RSS, load
  local label="$1"; shift
  /usr/bin/time -v "$@" >"$work/out.txt" 2>"$work/time.txt" || { cat "$work/out.txt" "$work/time.txt"; exit 1; }
  local elapsed rss ratio=""
  elapsed=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
  last_ratio=""
  [ -n "$yardstick" ] && last_ratio=$(printf "%.2f" "$(echo "$yardstick / $elapsed" | bc -l)") && ratio="${last_ratio}x"
  printf "%-50s %7.2f s %9.0f rows/s %6s  peak RSS %5d MB  load %5s   %s\n" "$label" "$elapsed" "$(echo "$lines / $elapsed" | bc -l)" \
    "$ratio" "$((rss / 1024))" "$(cut -d' ' -f1 /proc/loadavg)" "$(head -1 "$work/out.txt")"
  last_elapsed="$elapsed"
  last_rss_mb="$((rss / 1024))"
  last_rate=$(printf "%.0f" "$(echo "$lines / $elapsed" | bc -l)")
}

sqlite_yardstick() { # sqlite3 .import into a bare table; later ratios are against this run
  rm -f "$work/raw.db"
  sqlite3 "$work/raw.db" "CREATE TABLE observations_raw (period_end TEXT, touchpoint TEXT, metric TEXT, value REAL);"
  yardstick=""
  measure "sqlite3 .import (bare table: the yardstick)" sqlite3 "$work/raw.db" ".import --csv --skip 1 $work/observations.csv observations_raw"
  yardstick="$last_elapsed"
}

export Tenancy__DefaultTenantId=bench DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production

run_cx() { # provider, connection string
  export Database__Provider="$1" ConnectionStrings__CxReview="$2"
  $bot migrate >/dev/null 2>&1
  $bot import touchpoints "$work/touchpoints.csv" >/dev/null
  $bot import metrics "$work/metrics.csv" >/dev/null
  if [ "$1" = Sqlite ]; then
    cp "$work/cx.db" "$work/real.db" # the real schema with touchpoints and metrics, for the sqlite3 comparison
    sqlite_yardstick
  fi
  measure "cxreview import observations ($1, new)" $bot import observations "$work/observations.csv"
  if [ "$1" = Sqlite ]; then
    record "import: SQLite, $lines rows new, rate vs sqlite3 .import (bare table)" "$last_ratio" "×" "≥ 1.0×" \
      "$( [ "$(echo "$last_ratio >= 1.0" | bc -l)" = 1 ] && echo true || echo false)"
    record "import: SQLite, $lines rows new, peak RSS" "$last_rss_mb" "MB" "" null
    sqlite_yardstick
  else
    record "import: PostgreSQL, $lines rows new" "$last_rate" "rows/s" "≥ 0.5× psql copy (yardstick not in the bench yet)" null
  fi
  measure "cxreview import observations ($1, re-import)" $bot import observations "$work/observations.csv"
  if [ "$1" = Sqlite ]; then
    record "import: SQLite, $lines rows re-import, rate vs sqlite3 .import (bare table)" "$last_ratio" "×" "" null
  else
    record "import: PostgreSQL, $lines rows re-import" "$last_rate" "rows/s" "" null
  fi
}

echo "cores: $(nproc), load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
run_cx Sqlite "Data Source=$work/cx.db"

measure "sqlite3 into the real observations table" sqlite3 "$work/real.db" \
  "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;" \
  "CREATE TEMP TABLE raw (period_end TEXT, touchpoint TEXT, metric TEXT, value REAL);" \
  ".import --csv --skip 1 $work/observations.csv raw" \
  "BEGIN; INSERT INTO observations (TenantId, PeriodEnd, TouchpointId, MetricId, Value)
   SELECT 'bench', r.period_end, t.Id, m.Id, r.value FROM raw AS r
   JOIN touchpoints AS t ON t.TenantId = 'bench' AND t.Name = r.touchpoint JOIN metrics AS m ON m.TenantId = 'bench' AND m.Name = r.metric
   ORDER BY m.Id, t.Id, r.period_end; COMMIT;"

if [ -n "${CXREVIEW_TEST_POSTGRES:-}" ]; then
  db="cxbench_$$"
  admin_host=$(echo "$CXREVIEW_TEST_POSTGRES" | sed -n 's/.*Host=\([^;]*\).*/\1/p')
  admin_port=$(echo "$CXREVIEW_TEST_POSTGRES" | sed -n 's/.*Port=\([^;]*\).*/\1/p')
  admin_user=$(echo "$CXREVIEW_TEST_POSTGRES" | sed -n 's/.*Username=\([^;]*\).*/\1/p')
  psql -q -h "$admin_host" -p "${admin_port:-5432}" -U "$admin_user" -d postgres -c "CREATE DATABASE $db" >/dev/null
  yardstick=""
  run_cx Postgres "$(echo "$CXREVIEW_TEST_POSTGRES" | sed "s/Database=[^;]*/Database=$db/")"
  psql -q -h "$admin_host" -p "${admin_port:-5432}" -U "$admin_user" -d postgres -c "DROP DATABASE $db WITH (FORCE)" >/dev/null
fi
