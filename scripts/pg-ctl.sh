#!/usr/bin/env bash
# Stops or starts again a server made by scripts/pg-start.sh, keeping its data and port: `pg-ctl.sh DIR stop|start`.
# The outage test uses it to take the database away mid-run and bring it back.
set -euo pipefail
dir="${1:?usage: pg-ctl.sh DIR stop|start}"
action="${2:?usage: pg-ctl.sh DIR stop|start}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
run_as=()
[[ "$(id -u)" == "0" ]] && run_as=(runuser -u postgres --)
case "$action" in
  # fast: open connections are cut at once, as when the server or its host goes away.
  stop) "${run_as[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null ;;
  start) "${run_as[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$(cat "$dir/server.options")" start >/dev/null ;;
  *) echo "usage: pg-ctl.sh DIR stop|start" >&2; exit 2 ;;
esac
