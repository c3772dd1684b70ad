#!/usr/bin/env bash
# The project's test command (CI runs exactly this, through .ci/run).
# Builds once, runs every test project, and ends with one summary line:
#   N passed, N failed[, N skipped]
# Extra arguments go to `dotnet test` (e.g. --filter "Category=Unit").
set -euo pipefail

cd "$(dirname "$0")/.."
repo="$PWD"
source build/pg.sh                      # local PostgreSQL unless CPIC_POSTGRES is given

dotnet build Cpic.sln -c Release        # a build error stops here (set -e)

results="$repo/.data/test-results"
rm -rf "$results"                       # only this run's TRX files may be counted
mkdir -p "$results"

# Keep going when tests fail: the summary below is the point of this script.
test_rc=0
dotnet test Cpic.sln -c Release --no-build --logger "trx" --results-directory "$results" "$@" || test_rc=$?

# Sum <Counters .../> over all TRX files. awk/grep only: CI has no python3.
# Errors, time-outs and aborts count as failures; notExecuted (skipped) is reported apart.
read -r passed failed skipped < <(
  find "$results" -name '*.trx' -type f -exec cat {} + 2>/dev/null \
    | tr '\r\n' '  ' \
    | { grep -o '<Counters [^>]*>' || true; } \
    | awk '{
        for (i = 1; i <= NF; i++)
          if (match($i, /^[A-Za-z]+="[0-9]+"/)) {
            eq = index($i, "="); key = substr($i, 1, eq - 1)
            val = substr($i, eq + 2); sub(/".*/, "", val); sum[key] += val
          }
      }
      END {
        printf "%d %d %d\n", sum["passed"],
          sum["failed"] + sum["error"] + sum["timeout"] + sum["aborted"], sum["notExecuted"]
      }'
)

summary="$passed passed, $failed failed"
(( skipped > 0 )) && summary+=", $skipped skipped"
echo "$summary"

(( failed == 0 && passed + failed > 0 && test_rc == 0 ))
