#!/usr/bin/env bash
# Usage: build/ts-client.sh [document]   (default api-spec/openapi.json)
# Generates the TypeScript client (clients/typescript) from the OpenAPI document, type-checks it and the scenario
# with strict tsc, and, when CPIC_URL is set (with CPIC_STAFF_TOKEN and CPIC_MINISTRY_TOKEN), runs the scenario
# against that host. Installs the pinned packages on first use; needs Node and npm.
set -euo pipefail
document=$(realpath "${1:-api-spec/openapi.json}")
cd "$(dirname "${BASH_SOURCE[0]}")/../clients/typescript"
if [[ ! -d node_modules/openapi-fetch || package.json -nt node_modules/.package-lock.json ]]; then
  npm install --no-audit --no-fund --loglevel=error >/dev/null
fi
npx --no-install openapi-typescript "$document" -o src/schema.d.ts --silent
npx --no-install tsc
echo "tsc: the generated client and the scenario type-check (strict)"
if [[ -n "${CPIC_URL:-}" ]]; then
  node dist/scenario.js
fi
