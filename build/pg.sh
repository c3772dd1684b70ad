#!/usr/bin/env bash
# Local PostgreSQL for tests and development.
#
#   source build/pg.sh   exports CPIC_POSTGRES (Npgsql connection string) and CPIC_PG_PORT
#   build/pg.sh          same work, prints the connection string
#   build/pg.sh stop     stops this checkout's server
#
# If CPIC_POSTGRES is already set, that database is used and nothing is started.
# The cluster lives in /var/tmp/cpic-pg-<hash of checkout path>: the `postgres` user must be
# able to reach it (a checkout under /root is not reachable), and every checkout gets its own.
# Its location and port are recorded in <checkout>/.data/pg.env (git-ignored).

# --- Sourced: do the work in a child bash, so `set -euo pipefail` and helper functions do not
# --- leak into the caller's shell and a failure returns instead of closing an interactive shell.
if [[ "${BASH_SOURCE[0]}" != "$0" ]]; then
  if [[ -z "${CPIC_POSTGRES:-}" ]]; then
    CPIC_PG_PORT="$(bash "${BASH_SOURCE[0]}" --port)" || return 1
    export CPIC_PG_PORT
    export CPIC_POSTGRES="Host=127.0.0.1;Port=${CPIC_PG_PORT};Username=postgres;Database=cpic;Pooling=true;Maximum Pool Size=100"
  fi
  return 0
fi

set -euo pipefail
shopt -s inherit_errexit   # without it, failures inside $(...) would not stop the script

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
hash="$(printf '%s' "$repo" | sha256sum | cut -c1-12)"
data="/var/tmp/cpic-pg-${hash}"
first_port=55432
last_port=55531

log() { echo "pg.sh: $*" >&2; }
die() { log "error: $*"; exit 1; }

# initdb refuses to run as root, so root runs the server as `postgres`; anyone else runs it
# as themselves (initdb is happy with any non-root user).
if [[ $(id -u) -eq 0 ]]; then pg_user=postgres; else pg_user="$(id -un)"; fi

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "need root (or sudo) to run: $*"; fi
}

# cd / first: the caller's directory (e.g. under /root) may be closed to `postgres`.
as_pg() {
  if [[ $pg_user == "$(id -un)" ]]; then (cd / && "$@")
  else (cd / && runuser -u "$pg_user" -- "$@"); fi
}

# Newest /usr/lib/postgresql/<major>/bin with major >= 15; an existing cluster pins its own
# major version (a different major cannot open it).
find_bin() {
  local dir major best="" best_major=0
  if [[ -r $data/PG_VERSION ]]; then
    major="$(<"$data/PG_VERSION")"
    [[ -x /usr/lib/postgresql/$major/bin/initdb ]] && { echo "/usr/lib/postgresql/$major/bin"; return; }
    die "$data was made by PostgreSQL $major, which is not installed; remove that folder"
  fi
  for dir in /usr/lib/postgresql/*/bin; do
    major="${dir#/usr/lib/postgresql/}"; major="${major%/bin}"
    [[ $major =~ ^[0-9]+$ && -x $dir/initdb ]] || continue
    if (( major >= 15 && major > best_major )); then best="$dir"; best_major=$major; fi
  done
  echo "$best"
}

ensure_bin() {
  bin="$(find_bin)"
  if [[ -z $bin ]]; then
    log "no PostgreSQL >= 15 server found, installing it with apt-get"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
    bin="$(find_bin)"
    [[ -n $bin ]] || die "apt-get install postgresql gave no /usr/lib/postgresql/<15+>/bin"
  fi
  if [[ $pg_user == postgres ]] && ! id postgres >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin postgres   # binaries without the package's user
  fi
}

# True when the data folder's postmaster is alive. pg_ctl status alone trusts the pid file,
# which after a reboot may name some other process that reused the pid.
server_running() {
  [[ -f $data/PG_VERSION ]] || return 1
  as_pg "$bin/pg_ctl" status -D "$data" >/dev/null 2>&1 || return 1
  local pid; pid="$(head -n1 "$data/postmaster.pid" 2>/dev/null)" || return 1
  [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == postgres ]]
}

# Something (any server, any checkout) accepts connections on 127.0.0.1:$1.
port_taken() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

init_cluster() {
  [[ -f $data/PG_VERSION ]] && return 0
  # A folder without PG_VERSION is a failed earlier initdb: initdb needs it empty or absent.
  [[ -e $data ]] && as_pg rm -rf "$data"
  local locales locale_opt=(--locale=C.UTF-8)
  locales="$(locale -a 2>/dev/null || true)"   # not piped into grep -q: SIGPIPE + pipefail
  grep -qiE '^c\.utf-?8$' <<<"$locales" || locale_opt=(--no-locale)
  log "initdb $data"
  as_pg "$bin/initdb" -D "$data" --auth=trust -U postgres --encoding=UTF8 "${locale_opt[@]}" >/dev/null   # its errors still reach stderr
  # Tests only: reachable on loopback only, socket kept in our own folder (no clash with a
  # system server's /var/run/postgresql). fsync stays on: benchmarks run on this cluster.
  as_pg tee -a "$data/postgresql.conf" >/dev/null <<EOF

# --- Cpic test cluster (build/pg.sh) ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$data'
max_connections = 200
shared_buffers = 256MB
EOF
}

# pg_ctl start on $1; one retry after removing a stale postmaster.pid.
start_on() {
  local port=$1 attempt
  for attempt in 1 2; do
    log "starting PostgreSQL on 127.0.0.1:$port"
    # 9>&-: the server must not inherit our lock, or it would hold it for its whole life.
    if as_pg "$bin/pg_ctl" start -w -t 60 -D "$data" -l "$data/server.log" -o "-p $port" >&2 9>&-; then
      return 0
    fi
    if [[ $attempt == 1 && -f $data/postmaster.pid ]] && ! server_running; then
      log "removing stale $data/postmaster.pid"
      as_pg rm -f "$data/postmaster.pid"
    else
      return 1
    fi
  done
  return 1
}

start_server() {
  local port
  for ((port = first_port; port <= last_port; port++)); do
    port_taken "$port" && continue          # another checkout's server, or anything else
    start_on "$port" && { echo "$port"; return 0; }
    # Lost a race for the port (it is taken now)? Try the next one; otherwise a real failure.
    port_taken "$port" || { tail -n 20 "$data/server.log" >&2 || true; die "could not start PostgreSQL (log: $data/server.log)"; }
  done
  die "no free port in $first_port-$last_port"
}

ensure_server() {
  ensure_bin
  mkdir -p "$repo/.data"
  # Serialise concurrent runs from this checkout (e.g. test.sh and run.sh started together).
  exec 9>"$repo/.data/pg.lock"
  flock 9

  init_cluster
  local port
  if server_running; then
    port="$(sed -n 4p "$data/postmaster.pid")"     # line 4 of postmaster.pid is the port
  else
    port="$(start_server)"
  fi

  local i
  for ((i = 0; i < 30; i++)); do
    "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 1 && break
    sleep 1
  done
  "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 1 || die "server on port $port not ready (log: $data/server.log)"

  local psql=("$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres)
  if [[ -z "$("${psql[@]}" -tAc "select 1 from pg_database where datname = 'cpic'")" ]]; then
    "${psql[@]}" -c 'create database cpic' >&2
  fi

  printf 'CPIC_PG_DATA=%s\nCPIC_PG_PORT=%s\n' "$data" "$port" >"$repo/.data/pg.env"
  echo "$port"
}

stop_server() {
  bin="$(find_bin)"
  if [[ -n $bin ]] && server_running; then
    as_pg "$bin/pg_ctl" stop -D "$data" -m fast >&2
  else
    log "no server running for $data"
  fi
}

case "${1:-}" in
  --port) ensure_server ;;                    # used when sourced: prints the port only
  stop) stop_server ;;
  "")
    if [[ -z "${CPIC_POSTGRES:-}" ]]; then
      port="$(ensure_server)"
      CPIC_POSTGRES="Host=127.0.0.1;Port=${port};Username=postgres;Database=cpic;Pooling=true;Maximum Pool Size=100"
    fi
    echo "$CPIC_POSTGRES" ;;
  *) die "usage: source build/pg.sh | build/pg.sh [stop]" ;;
esac
