#!/usr/bin/env bash
# Counselling recording benchmark (bench/README.md, section Counselling).
#   bench/counselling.sh [seconds per run, default 20]
# Installs wrk if missing (apt-get), starts this checkout's PostgreSQL (build/pg.sh), builds the host and the bench in
# Release, then runs the bench: the host in its own process, the load from wrk and from the bench process.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$repo"
seconds="${1:-20}"

if ! command -v wrk >/dev/null; then
  echo "counselling.sh: installing wrk" >&2
  sudo=(); [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >&2
fi

source build/pg.sh
dotnet build src/Host/Cpic.Host -c Release -v quiet -nologo
dotnet build bench/Counselling.Recording -c Release -v quiet -nologo
token="$(build/token.sh --role counsellor --centre LBC --sub bench-counsellor)"
exec dotnet bench/Counselling.Recording/bin/Release/net10.0/Counselling.Recording.dll \
  "$seconds" src/Host/Cpic.Host/bin/Release/net10.0 "$token"
