#!/usr/bin/env bash
# Usage: build/lint-openapi.sh [document]   (default api-spec/openapi.json)
# Lints the OpenAPI document with Redocly (recommended) and Spectral (spectral:oas); fails on any error or warning.
# Installs the pinned linters (api-spec/lint/package.json) into .data/openapi-lint on first use; needs Node and npm.
set -euo pipefail
document=$(realpath "${1:-api-spec/openapi.json}")
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tools="$PWD/.data/openapi-lint"
if [[ ! -x "$tools/node_modules/.bin/redocly" || api-spec/lint/package.json -nt "$tools/package.json" ]]; then
  mkdir -p "$tools"
  cp api-spec/lint/package.json "$tools/"
  (cd "$tools" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
# Redocly exits 1 on errors only: a warning fails here too.
redocly_out=$("$tools/node_modules/.bin/redocly" lint "$document" --config api-spec/redocly.yaml \
  --max-problems 50 2>&1) || { echo "$redocly_out"; exit 1; }
if ! grep -q "Your API description is valid" <<<"$redocly_out" || grep -qi "warning was generated" <<<"$redocly_out"; then
  echo "$redocly_out"; exit 1
fi
echo "redocly: 0 errors, 0 warnings"
"$tools/node_modules/.bin/spectral" lint "$document" --ruleset api-spec/.spectral.yaml --fail-severity warn
