#!/usr/bin/env bash
# Prints a development JWT signed with the key in appsettings.Development.json.
#   ./build/token.sh --role counsellor --centre LBC [--role centre-head] [--sub jana] [--hours 8]
# Roles: counsellor, lecturer, centre-head, ministry-coordinator, ministry-analyst, integrator.
# Use it as: curl -H "Authorization: Bearer $(./build/token.sh --role counsellor --centre LBC)" ...
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
settings="$repo/src/Host/Cpic.Host/appsettings.Development.json"
key="${CPIC_SIGNING_KEY:-$(sed -n 's/.*"SigningKey": *"\([^"]*\)".*/\1/p' "$settings")}"
issuer="$(sed -n 's/.*"Issuer": *"\([^"]*\)".*/\1/p' "$settings")"

roles=() centre="" sub="dev-user" hours=8
while [[ $# -gt 0 ]]; do
  case "$1" in
    --role) roles+=("$2"); shift 2 ;;
    --centre) centre="$2"; shift 2 ;;
    --sub) sub="$2"; shift 2 ;;
    --hours) hours="$2"; shift 2 ;;
    *) echo "unknown argument: $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done
[[ ${#roles[@]} -gt 0 ]] || { echo "give at least one --role" >&2; exit 2; }

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
role_json=$(printf '"%s",' "${roles[@]}"); role_json="[${role_json%,}]"
centre_json=""; [[ -n "$centre" ]] && centre_json=",\"centre\":\"$centre\""
header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
payload=$(printf '{"sub":"%s","name":"%s","role":%s%s,"iss":"%s","aud":"cpic-api","iat":%d,"nbf":%d,"exp":%d}' \
  "$sub" "$sub" "$role_json" "$centre_json" "$issuer" "$now" "$now" $((now + hours * 3600)) | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$key" -binary | b64url)
echo "$header.$payload.$signature"
