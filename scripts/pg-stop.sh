#!/usr/bin/env bash
# Stops and removes a server started by scripts/pg-start.sh.
set -uo pipefail
dir="${1:-${NERAVA_PG_DIR:-}}"
[[ -n "$dir" && -d "$dir" ]] || exit 0
run_as=()
[[ "$(id -u)" == "0" ]] && run_as=(runuser -u postgres --)
"${run_as[@]}" /usr/lib/postgresql/15/bin/pg_ctl -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
rm -rf "$dir"
