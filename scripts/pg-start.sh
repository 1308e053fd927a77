#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 server for the tests: initdb in a temp folder, a free port.
# Prints `export` lines; scripts/test.sh evals them. scripts/pg-stop.sh DIR stops and removes it.
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
if [[ ! -x "$PG_BIN/initdb" ]]; then
  echo "PostgreSQL 15 server binaries not found in $PG_BIN" >&2
  exit 1
fi

dir="$(mktemp -d -t nerava-pg-XXXXXX)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
  || shuf -i 20000-60000 -n 1)"

# initdb and postgres refuse to run as root; use the 'postgres' account when we are root.
run_as=()
if [[ "$(id -u)" == "0" ]]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown -R postgres "$dir"
  run_as=(runuser -u postgres --)
fi

"${run_as[@]}" "$PG_BIN/initdb" -D "$dir/data" -U nerava --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1
# Tests trade durability for speed; NERAVA_PG_DURABLE=1 (the benchmarks) keeps PostgreSQL's production defaults
# (fsync, synchronous_commit and full_page_writes on); NERAVA_PG_OPTIONS adds server options (e.g. shared_preload_libraries).
durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
if [[ "${NERAVA_PG_DURABLE:-}" == "1" ]]; then
  durability=""
fi
# Kept so scripts/pg-ctl.sh can start the server again on the same port after stopping it (outage tests).
echo "-p $port -k $dir -c listen_addresses=127.0.0.1 $durability -c max_connections=300 ${NERAVA_PG_OPTIONS:-}" >"$dir/server.options"
"${run_as[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$(cat "$dir/server.options")" start >/dev/null

# Started by a test process directly (NERAVA_OWNER_PID): stop the server when that process is gone, however it ended.
if [[ -n "${NERAVA_OWNER_PID:-}" ]]; then
  nohup bash -c "while kill -0 $NERAVA_OWNER_PID 2>/dev/null; do sleep 2; done; '$(dirname "$0")/pg-stop.sh' '$dir'" </dev/null >/dev/null 2>&1 &
fi

echo "export NERAVA_PG_DIR=$dir"
echo "export NERAVA_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=nerava;Password=unused;Database=postgres'"
