#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for the tests.
#
# Sourced (test.sh does this):
#   source scripts/postgres-throwaway.sh
#   trap stop_throwaway_postgres EXIT
#   start_throwaway_postgres      # exports SAFEGUARD_TEST_POSTGRES, PGPORT_CHOSEN
#   ...
#   stop_throwaway_postgres       # idempotent; stops the server, deletes its directory
#
# Called:
#   scripts/postgres-throwaway.sh run -- COMMAND [ARGS...]
#     starts the cluster, runs COMMAND with SAFEGUARD_TEST_POSTGRES set, then
#     stops and deletes the cluster (also on failure or Ctrl-C).
#
# The cluster lives in a fresh mktemp directory (data, log and unix socket),
# listens on 127.0.0.1 only, on the first free port from 55432 upwards
# (SAFEGUARD_PG_PORT_START overrides the start), with trust authentication and
# durability switched off for speed. It has a superuser role
# safeguard/safeguard, which can create databases (the tests create one per
# test class).
#
# initdb refuses to run as root, so as root the cluster is owned by and run as
# the `postgres` system user (created by Debian's postgresql package).
set -euo pipefail

# shellcheck source=scripts/debian-packages.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/debian-packages.sh"

_SAFEGUARD_PG_BINDIR=""
_SAFEGUARD_PG_RUN_AS=()

# Prints the directory holding initdb and pg_ctl. Prefers Debian's real
# binaries in /usr/lib/postgresql/<version>/bin (highest version wins) over
# whatever is on PATH (/usr/local/bin may hold wrappers or symlinks).
_find_postgres_bindir() {
  local dir
  local best=""
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
    if [[ -x $dir/initdb && -x $dir/pg_ctl && -x $dir/postgres ]]; then
      best=$dir
    fi
  done
  if [[ -n $best ]]; then
    echo "$best"
    return 0
  fi
  return 1
}

_locate_postgres() {
  local bindir
  if bindir=$(_find_postgres_bindir); then
    echo "$bindir"
    return 0
  fi
  if command -v apt-get >/dev/null 2>&1; then
    echo "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin; installing Debian's postgresql package." >&2
    ensure_debian_package postgresql >&2 || return 1
    if bindir=$(_find_postgres_bindir); then
      echo "$bindir"
      return 0
    fi
    echo "error: the postgresql package is installed but no initdb/pg_ctl was found under /usr/lib/postgresql/*/bin." >&2
    echo "       Try: apt-get install --reinstall postgresql" >&2
    return 1
  fi
  # Not Debian: fall back to whatever is on PATH.
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname -- "$(readlink -f -- "$(command -v initdb)")"
    return 0
  fi
  echo "error: PostgreSQL server binaries (initdb, pg_ctl) not found, and apt-get is not available to install them." >&2
  return 1
}

# Succeeds if something accepts TCP connections on 127.0.0.1:$1.
_port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") >/dev/null 2>&1
}

# Runs a PostgreSQL server binary as the cluster owner, from the cluster
# directory (as root, the postgres user may not be able to read the cwd).
_pg_run() {
  local bin=$1
  shift
  (cd "$SAFEGUARD_PG_DIR" && "${_SAFEGUARD_PG_RUN_AS[@]}" "$_SAFEGUARD_PG_BINDIR/$bin" "$@")
}

start_throwaway_postgres() {
  if [[ -n ${SAFEGUARD_PG_DIR:-} ]]; then
    echo "error: a throwaway PostgreSQL is already running from $SAFEGUARD_PG_DIR" >&2
    return 1
  fi

  _SAFEGUARD_PG_BINDIR=$(_locate_postgres) || return 1

  local dir
  if [[ $(id -u) -eq 0 ]]; then
    if ! id -u postgres >/dev/null 2>&1; then
      echo "error: running as root, but there is no 'postgres' user to own the cluster (initdb refuses to run as root)." >&2
      echo "       Install Debian's postgresql package (it creates the user) or run as a normal user." >&2
      return 1
    fi
    if command -v runuser >/dev/null 2>&1; then
      _SAFEGUARD_PG_RUN_AS=(runuser -u postgres --)
    else
      echo "error: running as root, but runuser (util-linux) is not available to drop to the postgres user." >&2
      return 1
    fi
    # /tmp explicitly: $TMPDIR might not be reachable by the postgres user.
    dir=$(mktemp -d /tmp/safeguard-pg.XXXXXX) || return 1
    chown postgres: "$dir" || { rm -rf -- "$dir"; return 1; }
  else
    _SAFEGUARD_PG_RUN_AS=()
    dir=$(mktemp -d "${TMPDIR:-/tmp}/safeguard-pg.XXXXXX") || return 1
  fi
  export SAFEGUARD_PG_DIR=$dir

  echo "Creating throwaway PostgreSQL cluster in $dir (binaries: $_SAFEGUARD_PG_BINDIR)"
  if ! _pg_run initdb -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale --no-sync \
    >"$dir/initdb.log" 2>&1; then
    echo "error: initdb failed:" >&2
    cat "$dir/initdb.log" >&2 || true
    return 1
  fi

  local port=${SAFEGUARD_PG_PORT_START:-55432}
  local last=$((port + 100))
  local started=0
  while [[ $port -lt $last ]]; do
    if _port_in_use "$port"; then
      port=$((port + 1))
      continue
    fi
    rm -f -- "$dir/postgres.log"
    if _pg_run pg_ctl -D "$dir/data" -l "$dir/postgres.log" -w -t 60 -s \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >"$dir/pg_ctl.log" 2>&1; then
      started=1
      break
    fi
    # Lost a race for the port: try the next one. Anything else is fatal.
    if grep -qiE 'could not bind|address already in use' "$dir/postgres.log" 2>/dev/null; then
      echo "Port $port is taken, trying the next one"
      port=$((port + 1))
      continue
    fi
    echo "error: PostgreSQL failed to start:" >&2
    cat "$dir/pg_ctl.log" "$dir/postgres.log" >&2 || true
    return 1
  done
  if [[ $started -ne 1 ]]; then
    echo "error: no free port found for PostgreSQL between ${SAFEGUARD_PG_PORT_START:-55432} and $((last - 1))" >&2
    return 1
  fi

  local psql=$_SAFEGUARD_PG_BINDIR/psql
  [[ -x $psql ]] || psql=psql
  if ! "$psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -c "CREATE ROLE safeguard WITH LOGIN SUPERUSER CREATEDB PASSWORD 'safeguard'"; then
    echo "error: could not create the safeguard role" >&2
    return 1
  fi

  export PGPORT_CHOSEN=$port
  export SAFEGUARD_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=safeguard;Password=safeguard;Database=postgres"
  echo "PostgreSQL $("$_SAFEGUARD_PG_BINDIR/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$port"
  echo "SAFEGUARD_TEST_POSTGRES=$SAFEGUARD_TEST_POSTGRES"
}

# Stops the cluster and deletes its directory. Safe to call more than once, and
# after a failed or partial start; never fails (it runs from EXIT traps).
stop_throwaway_postgres() {
  local dir=${SAFEGUARD_PG_DIR:-}
  if [[ -z $dir ]]; then
    return 0
  fi
  echo "Stopping throwaway PostgreSQL ($dir)"
  if [[ -f $dir/data/postmaster.pid ]]; then
    local pid i
    pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)
    if ! _pg_run pg_ctl -D "$dir/data" -m immediate -w -t 30 -s stop >/dev/null 2>&1; then
      if [[ $pid =~ ^[0-9]+$ ]]; then
        kill -KILL "$pid" 2>/dev/null || true
      fi
    fi
    # Wait (up to 5 s) until the postmaster is really gone, not just its pid file.
    if [[ $pid =~ ^[0-9]+$ ]]; then
      for ((i = 0; i < 50; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
      done
    fi
  fi
  case $dir in
    */safeguard-pg.*) rm -rf -- "$dir" || true ;;
  esac
  unset SAFEGUARD_PG_DIR SAFEGUARD_TEST_POSTGRES PGPORT_CHOSEN
  return 0
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  case ${1:-} in
    run)
      shift
      if [[ ${1:-} == -- ]]; then
        shift
      fi
      if [[ $# -eq 0 ]]; then
        echo "usage: $0 run -- COMMAND [ARGS...]" >&2
        exit 2
      fi
      trap stop_throwaway_postgres EXIT
      trap 'exit 130' INT
      trap 'exit 143' TERM
      start_throwaway_postgres
      "$@"
      ;;
    *)
      echo "usage: $0 run -- COMMAND [ARGS...]" >&2
      echo "   or: source $0; start_throwaway_postgres; ...; stop_throwaway_postgres" >&2
      exit 2
      ;;
  esac
fi
