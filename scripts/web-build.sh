#!/usr/bin/env bash
# Builds apps/web into apps/web/dist (served by the API at / with SPA fallback).
# Installs dependencies only when node_modules is missing or package-lock.json changed since the last install.
# `dotnet run` hides build output, so progress goes straight to the terminal when there is one (stderr otherwise):
# the first run takes a few minutes and must not look hung.
set -euo pipefail
cd "$(dirname "$0")/../apps/web"

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

progress=/dev/stderr
if { : >/dev/tty; } 2>/dev/null; then progress=/dev/tty; fi
say() { echo "[nerava] $*" >"$progress"; }
started=$SECONDS
( while sleep 15; do say "  … still building the web app ($((SECONDS - started)) s)"; done ) &
ticker=$!
trap 'kill $ticker 2>/dev/null || true' EXIT

stamp=node_modules/.nerava-lock.sha256
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ ! -d node_modules || ! -f $stamp || "$(cat "$stamp")" != "$want" ]]; then
  say "Installing the web app's packages (npm ci; first run only, about a minute or two)…"
  echo "== web: npm ci"
  npm ci
  echo "$want" >"$stamp"
fi

say "Building the web app (vite)…"
echo "== web: build"
npm run build
say "Web app built in $((SECONDS - started)) s."
