#!/usr/bin/env bash
# Every test: .NET unit and integration tests (real PostgreSQL 15 + SQLite files), format check, web tests.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

eval "$(scripts/pg-start.sh)"
trap 'scripts/pg-stop.sh "$NERAVA_PG_DIR"' EXIT

echo "== build"
dotnet build Nerava.slnx -c Release

echo "== format"
dotnet format Nerava.slnx --verify-no-changes --no-restore

echo "== .NET tests (PostgreSQL: $NERAVA_TEST_POSTGRES)"
dotnet test Nerava.slnx -c Release --no-build --logger "console;verbosity=normal" 2>&1 | tee /tmp/nerava-dotnet-test.log
summary="$(grep -E '^(Passed!|Failed!)' /tmp/nerava-dotnet-test.log || true)"

if [[ -f apps/web/package.json ]]; then
  echo "== web tests"
  scripts/web-test.sh
fi

passed=$(grep -oE 'Passed: +[0-9]+' <<<"$summary" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' <<<"$summary" | awk '{s+=$2} END {print s+0}')
echo "$passed passed, $failed failed"
