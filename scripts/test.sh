#!/usr/bin/env bash
# Every test: .NET unit and integration tests (real PostgreSQL 15 + SQLite files), format check, web tests.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

eval "$(scripts/pg-start.sh)"
trap 'scripts/pg-stop.sh "$NERAVA_PG_DIR"' EXIT
eval "$(scripts/redis-start.sh)"
trap 'scripts/pg-stop.sh "$NERAVA_PG_DIR"; scripts/redis-stop.sh "$NERAVA_REDIS_DIR"' EXIT

# Logs in a private directory so two runs on one machine never read each other's counts.
logs="$(mktemp -d)"

echo "== build"
dotnet build Nerava.slnx -c Release

echo "== format"
dotnet format Nerava.slnx --verify-no-changes --no-restore

echo "== .NET tests (PostgreSQL: $NERAVA_TEST_POSTGRES, Redis: $NERAVA_TEST_REDIS)"
set +e
dotnet test Nerava.slnx -c Release --no-build --logger "console;verbosity=normal" 2>&1 | tee "$logs/dotnet-test.log"
dotnet_rc=${PIPESTATUS[0]}
set -e

# The web tests run even when a .NET test failed, so one run reports everything.
web_passed=0
web_rc=0
if [[ -f apps/web/package.json ]]; then
  echo "== web tests"
  set +e
  scripts/web-test.sh 2>&1 | tee "$logs/web-test.log"
  web_rc=${PIPESTATUS[0]}
  set -e
  clean="$(sed 's/\x1b\[[0-9;]*m//g' "$logs/web-test.log")"
  # Vitest: "Tests  77 passed (77)"; Playwright: "  3 passed (3.2m)" / "  1 failed".
  web_passed=$(grep -oE '^ *Tests +[0-9]+ passed' <<<"$clean" | grep -oE '[0-9]+' | tail -1 || true)
  e2e_passed=$(grep -oE '^ +[0-9]+ passed \(' <<<"$clean" | grep -oE '[0-9]+' | tail -1 || true)
  web_passed=$(( ${web_passed:-0} + ${e2e_passed:-0} ))
fi

# VSTest's console logger ends each assembly with "Total tests: N / Passed: N / Failed: N".
passed=$(awk '/^ +Passed: +[0-9]+$/ {s+=$2} END {print s+0}' "$logs/dotnet-test.log")
failed=$(awk '/^ +Failed: +[0-9]+$/ {s+=$2} END {print s+0}' "$logs/dotnet-test.log")

# The log is long (test hosts log to the console): name what failed, with its message, last.
if [[ $dotnet_rc -ne 0 || $web_rc -ne 0 ]]; then
  echo "== failures"
  awk '/^  Failed [A-Za-z]/ {show=1; n=0} /^  Passed |^(info|warn|fail|dbug): |^--- End of stack/ {show=0}
       show && n < 12 {print substr($0, 1, 400); n++}' "$logs/dotnet-test.log"
  if [[ $web_rc -ne 0 ]]; then echo "web tests failed (exit $web_rc); see the web section above"; fi
fi
echo "$((passed + web_passed)) passed, $failed failed (.NET exit $dotnet_rc, web exit $web_rc)"
[[ $dotnet_rc -eq 0 && $web_rc -eq 0 ]]
