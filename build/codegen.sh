#!/usr/bin/env bash
# Regenerates Wolverine's handler code in src/Host/Cpic.Host/Internal/Generated (ADR 0003).
# Run it after adding or changing a message handler; commit the result. A test fails when it is stale.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source build/pg.sh
rm -rf src/Host/Cpic.Host/Internal/Generated
ASPNETCORE_ENVIRONMENT=Development dotnet run --project src/Host/Cpic.Host -- codegen write
