#!/bin/bash
# PostgreSQL 15 from Debian's packages, started as the official image starts it: a new data directory ($PGDATA) is
# initialised once, with the superuser postgres and POSTGRES_PASSWORD (required then), and POSTGRES_DB made; then
# the server runs in the foreground, password-checked (scram-sha-256) for every address. Arguments that begin with
# '-' go to postgres; any other command (psql, pg_dump, bash) runs instead, as with the official image.
set -euo pipefail
case "${1:-}" in
  "" | -*) ;;
  postgres) shift ;;
  *) exec "$@" ;;
esac
export PGDATA=${PGDATA:-/var/lib/postgresql/data}
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  : "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required to initialise the database}"
  mkdir -p "$PGDATA"
  chmod 700 "$PGDATA"
  password_file=$(mktemp)
  printf '%s' "$POSTGRES_PASSWORD" >"$password_file"
  initdb -D "$PGDATA" -U postgres --pwfile="$password_file" -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  rm -f "$password_file"
  echo "host all all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
  if [ "${POSTGRES_DB:-postgres}" != postgres ]; then
    echo "CREATE DATABASE \"$POSTGRES_DB\"" | postgres --single -D "$PGDATA" postgres >/dev/null
  fi
  echo "initialised $PGDATA"
fi
exec postgres -D "$PGDATA" -c listen_addresses='*' -c unix_socket_directories=/var/run/postgresql "$@"
