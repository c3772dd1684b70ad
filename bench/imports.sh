#!/usr/bin/env bash
# Bulk history import benchmark (bench/README.md, section Imports).
#   bench/imports.sh [clients, default 10000] [services, default 60000]
# Starts this checkout's PostgreSQL (build/pg.sh), builds the host and the bench in Release, then runs the bench: the
# host in its own process on a fresh database, the files uploaded through the API.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$repo"
source build/pg.sh
dotnet build src/Host/Cpic.Host -c Release -v quiet -nologo
dotnet build bench/Imports -c Release -v quiet -nologo
token="$(build/token.sh --role centre-head --centre LBC --sub bench-head)"
exec dotnet bench/Imports/bin/Release/net10.0/Imports.dll src/Host/Cpic.Host/bin/Release/net10.0 "$token" "$@"
