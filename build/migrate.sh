#!/usr/bin/env bash
# Applies the Marten/Wolverine database schema (JasperFx `resources setup`) to the local
# PostgreSQL, or to CPIC_POSTGRES when given. Extra arguments go to the command.
set -euo pipefail

cd "$(dirname "$0")/.."
source build/pg.sh

dotnet run --project src/Host/Cpic.Host -c Release -- resources setup "$@"
