#!/usr/bin/env bash
# The project's test command: ./test.sh
# Uses WO_TEST_POSTGRES when set; otherwise starts the machine's PostgreSQL 15 on a private port with a throwaway
# data directory, and stops and removes it on every exit. Installs Debian's chromium for the browser tests when
# it is missing. Runs every test project of the solution and exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
started=$SECONDS

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: installing chromium and Arabic-capable fonts (browser tests)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null
fi

pg_dir=""
cleanup() {
  if [ -n "$pg_dir" ]; then
    if [ -f "$pg_dir/data/postmaster.pid" ]; then
      run_pg "$PG_BIN/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$pg_dir"
  fi
}
trap cleanup EXIT

PG_BIN=/usr/lib/postgresql/15/bin
# PostgreSQL refuses to run as root: as root, its commands run as the postgres user.
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ -z "${WO_TEST_POSTGRES:-}" ]; then
  pg_dir=$(mktemp -d /tmp/wo-test-pg.XXXXXX)
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$pg_dir"; fi
  port=55433
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  run_pg "$PG_BIN/initdb" -D "$pg_dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log"; exit 1; }
  run_pg "$PG_BIN/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c fsync=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
    || { cat "$pg_dir/server.log"; exit 1; }
  export WO_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "test.sh: private PostgreSQL 15 on 127.0.0.1:$port ($pg_dir)"
else
  echo "test.sh: using WO_TEST_POSTGRES"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
status=0
results=$(mktemp -d /tmp/wo-test-results.XXXXXX)
dotnet test WorkflowOffice.sln --configuration Release --logger "console;verbosity=minimal" \
  --logger "trx;LogFilePrefix=wo" --results-directory "$results" 2>&1 | tee /tmp/wo-test-$$.log || status=$?
echo
echo "test.sh: totals"
grep -E "(Passed|Failed)!|error [A-Z]+[0-9]+" /tmp/wo-test-$$.log || true
# One plain closing line summing every test project: "N passed, N failed, N skipped".
awk '/(Passed|Failed)!/ {
  for (i = 1; i <= NF; i++) {
    gsub(",", "", $(i + 1))
    if ($i == "Failed:") f += $(i + 1); else if ($i == "Passed:") p += $(i + 1); else if ($i == "Skipped:") s += $(i + 1)
  }
} END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' /tmp/wo-test-$$.log
# Host and browser tests run once per database: their classes end in +OnSqlite / +OnPostgres.
cat "$results"/*.trx 2>/dev/null | grep -o '<UnitTestResult [^>]*>' | awk '
  { name = $0; sub(/.*testName="/, "", name); sub(/".*/, "", name)
    outcome = $0; sub(/.*outcome="/, "", outcome); sub(/".*/, "", outcome)
    db = name ~ /\+OnSqlite\./ ? "SQLite" : (name ~ /\+OnPostgres\./ ? "PostgreSQL" : "")
    if (db != "") { n[db]++; if (outcome != "Passed") f[db]++ } }
  END { for (db in n) printf "  on %-10s %d tests, %d not passed\n", db, n[db], f[db] }' | sort
rm -rf "$results"
rm -f /tmp/wo-test-$$.log
echo "test.sh: finished in $((SECONDS - started)) s with exit code $status"
exit "$status"
