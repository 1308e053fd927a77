#!/usr/bin/env bash
# Starts a throw-away Redis server for the SignalR backplane tests (Debian's redis-server, installed when missing):
# a temp folder, a free port, no persistence. Prints `export` lines; scripts/test.sh evals them.
# scripts/redis-stop.sh DIR stops and removes it.
set -euo pipefail

if ! command -v redis-server >/dev/null 2>&1; then
  echo "installing Debian's redis-server" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  # The package starts a system service on 6379; the tests use their own server.
  (service redis-server stop || systemctl stop redis-server) >/dev/null 2>&1 || true
fi

dir="$(mktemp -d -t nerava-redis-XXXXXX)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
  || shuf -i 20000-60000 -n 1)"
redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$dir" \
  --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" >/dev/null
for _ in $(seq 1 50); do
  redis-cli -p "$port" ping >/dev/null 2>&1 && break
  sleep 0.1
done

# Started by a test process directly (NERAVA_OWNER_PID): stop the server when that process is gone, however it ended.
if [[ -n "${NERAVA_OWNER_PID:-}" ]]; then
  nohup bash -c "while kill -0 $NERAVA_OWNER_PID 2>/dev/null; do sleep 2; done; '$(dirname "$0")/redis-stop.sh' '$dir'" </dev/null >/dev/null 2>&1 &
fi

echo "export NERAVA_REDIS_DIR=$dir"
echo "export NERAVA_TEST_REDIS=127.0.0.1:$port"
