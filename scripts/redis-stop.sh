#!/usr/bin/env bash
# Stops and removes a server started by scripts/redis-start.sh.
set -uo pipefail
dir="${1:-${NERAVA_REDIS_DIR:-}}"
[[ -n "$dir" && -d "$dir" ]] || exit 0
# Read the pid once: Redis removes its pid file as it exits.
if pid="$(cat "$dir/redis.pid" 2>/dev/null)" && [[ -n $pid ]]; then
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
fi
rm -rf "$dir"
