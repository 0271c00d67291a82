#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for the sync server's tests and print ONE line on stdout:
#   export QUICKREPLY_TEST_PG_URL=postgresql://postgres@127.0.0.1:PORT/quickreply_test
# Usage (.ci/run):  eval "$(bash .ci/postgres.sh)"
# Installs nothing (apt package `postgresql` comes from .ci/apt-packages.txt). Everything else
# goes to stderr. The cluster lives in a temp dir, listens on 127.0.0.1 only, trusts local
# connections, and is left running for the rest of the CI job (stop: pg_ctl -D DIR stop).
set -euo pipefail
exec 3>&1 1>&2   # stdout is reserved for the export line

bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "postgres.sh: PostgreSQL server binaries not found (apt package: postgresql)"
  exit 1
fi

as_db_user() {  # initdb/postgres refuse to run as root: use the postgres account then.
  # 3>&- : the server must not inherit our stdout, or `$(bash .ci/postgres.sh)` never ends.
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@" 3>&-
  else
    "$@" 3>&-
  fi
}

data="$(mktemp -d /tmp/quickreply-pg.XXXXXX)"
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$data"; fi
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

echo "postgres.sh: initdb in $data ($bindir)"
as_db_user "$bindir/initdb" -D "$data" -U postgres -A trust -E UTF8 --no-locale >"$data.initdb.log" 2>&1 \
  || { cat "$data.initdb.log"; exit 1; }
echo "postgres.sh: starting on 127.0.0.1:$port"
as_db_user "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
  -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off" start \
  || { cat "$data/server.log"; exit 1; }
as_db_user "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres quickreply_test
echo "postgres.sh: ready; stop with: $bindir/pg_ctl -D $data stop"

echo "export QUICKREPLY_TEST_PG_URL=postgresql://postgres@127.0.0.1:$port/quickreply_test" >&3
