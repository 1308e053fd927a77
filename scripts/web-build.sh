#!/usr/bin/env bash
# Builds apps/web into apps/web/dist (served by the API at / with SPA fallback).
# Installs dependencies only when node_modules is missing or package-lock.json changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/../apps/web"

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

stamp=node_modules/.nerava-lock.sha256
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ ! -d node_modules || ! -f $stamp || "$(cat "$stamp")" != "$want" ]]; then
  echo "== web: npm ci"
  npm ci
  echo "$want" >"$stamp"
fi

echo "== web: build"
npm run build
