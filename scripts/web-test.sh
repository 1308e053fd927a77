#!/usr/bin/env bash
# Web tests: install, type-check, lint, Vitest, then Playwright e2e against the real API (embedded default:
# SQLite in a temp dir, in-process Smartcar simulator, dev outbox) serving the freshly built app.
# NERAVA_SKIP_E2E=1 skips the e2e part; it is also skipped while the API has no /v1/arrival endpoints.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
web="$root/apps/web"

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== web: npm ci"
stamp="$web/node_modules/.nerava-lock.sha256"
want="$(sha256sum "$web/package-lock.json" | cut -d' ' -f1)"
if [[ ! -d $web/node_modules || ! -f $stamp || "$(cat "$stamp")" != "$want" ]]; then
  (cd "$web" && npm ci)
  echo "$want" >"$stamp"
else
  echo "node_modules matches package-lock.json"
fi

cd "$web"
echo "== web: tsc --noEmit"
npx tsc --noEmit

echo "== web: eslint"
npx eslint src e2e

echo "== web: vitest"
vitest_log="$(mktemp)"
set +e
npx vitest run --reporter=default 2>&1 | tee "$vitest_log"
vitest_rc=${PIPESTATUS[0]}
set -e
vitest_summary="$(sed 's/\x1b\[[0-9;]*m//g' "$vitest_log" | grep -E '^ *(Test Files|Tests) ' || true)"
rm -f "$vitest_log"
if [[ $vitest_rc -ne 0 ]]; then
  echo "Vitest failed"
  echo "$vitest_summary"
  exit "$vitest_rc"
fi

# ---- e2e ----------------------------------------------------------------------------------------------------
skip_reason=""
if [[ "${NERAVA_SKIP_E2E:-}" == "1" ]]; then
  skip_reason="NERAVA_SKIP_E2E=1"
elif ! grep -rqs "v1/arrival" "$root/src/Nerava.Api" --include='*.cs'; then
  skip_reason="src/Nerava.Api has no /v1/arrival endpoints yet"
fi

if [[ -n $skip_reason ]]; then
  echo "== web: e2e SKIPPED ($skip_reason)"
  echo "== web: vitest summary"
  echo "$vitest_summary"
  exit 0
fi

# Debian's Chromium (no browser downloads), and a colour emoji font so the screenshots show the app's icons.
packages=()
[[ -x /usr/bin/chromium ]] || packages+=(chromium)
[[ -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ]] || packages+=(fonts-noto-color-emoji)
if (( ${#packages[@]} > 0 )); then
  echo "== web: installing ${packages[*]} with apt"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
fi

echo "== web: build"
npm run build

data_dir="$(mktemp -d -t nerava-e2e-XXXXXX)"
api_log="$data_dir/api.log"
port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
base="http://127.0.0.1:$port"
api_pid=""

cleanup() {
  if [[ -n $api_pid ]] && kill -0 "$api_pid" 2>/dev/null; then
    kill "$api_pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$api_pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$api_pid" 2>/dev/null || true
  fi
  rm -rf "$data_dir"
}
trap cleanup EXIT

echo "== web: starting the API at $base (data: $data_dir)"
# ASPNETCORE_WEBROOT points the API's static files at the fresh build, so it serves the app at / like in production.
# exec: $api_pid is dotnet itself, so the trap stops the API and not just a wrapper shell.
(
  cd "$root"
  export Database__DataDirectory="$data_dir" ASPNETCORE_WEBROOT="$web/dist"
  # Every Playwright browser is the same client (127.0.0.1): lift the per-client ceiling for the run.
  export RateLimiting__PermitsPerMinute=100000
  exec dotnet run --project src/Nerava.Api -c Release --urls "$base"
) >"$api_log" 2>&1 &
api_pid=$!

ready=""
for _ in $(seq 1 360); do
  if ! kill -0 "$api_pid" 2>/dev/null; then break; fi
  if node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$base/health/ready"; then
    ready=1
    break
  fi
  sleep 1
done
if [[ -z $ready ]]; then
  echo "The API did not become ready; last log lines:"
  tail -n 60 "$api_log" || true
  exit 1
fi
echo "API ready"

echo "== web: playwright e2e"
set +e
# The data folder and the repository let a test run the admin command against this API's database.
E2E_BASE_URL="$base" NERAVA_E2E_DATA_DIR="$data_dir" NERAVA_E2E_ROOT="$root" npx playwright test
e2e_rc=$?
set -e
if [[ $e2e_rc -ne 0 ]]; then
  # The whole API log outlives the temp dir; print its warnings and errors (first lines only), not stack traces.
  mkdir -p "$web/test-results" && cp "$api_log" "$web/test-results/api.log"
  echo "Playwright failed; API warnings and errors (whole log: apps/web/test-results/api.log):"
  grep -E -A1 '^(warn|fail|crit): ' "$api_log" | grep -vE '^\s+at |^--$' | tail -n 60 || true
fi

echo "== web: vitest summary"
echo "$vitest_summary"
exit "$e2e_rc"
