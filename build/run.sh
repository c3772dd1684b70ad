#!/usr/bin/env bash
# Runs the API against the local PostgreSQL.
#   build/run.sh [--demo] [app args...]    --demo: CPIC_DEMO=true (seeds demo data)
# The address comes from ASPNETCORE_URLS, never --urls: with --urls a failed start exits 0.
set -euo pipefail

cd "$(dirname "$0")/.."
source build/pg.sh                      # local PostgreSQL unless CPIC_POSTGRES is given

app_args=()
for arg in "$@"; do
  case "$arg" in
    --demo) export CPIC_DEMO=true ;;
    *) app_args+=("$arg") ;;
  esac
done

export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
echo "Swagger UI is at ${ASPNETCORE_URLS%%;*}/swagger"

exec dotnet run --project src/Host/Cpic.Host -c Release -- "${app_args[@]}"
