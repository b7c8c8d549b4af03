#!/usr/bin/env bash
# Makes PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) reachable: uses running servers,
# otherwise starts installed ones, otherwise installs them from Debian's packages and starts them.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

PG_HOST=${DB_HOST:-127.0.0.1}
PG_PORT=${DB_PORT:-5432}
REDIS_HOST=${REDIS_HOST:-127.0.0.1}
REDIS_PORT=${REDIS_PORT:-6379}

wait_port() { # HOST PORT NAME
  for _ in $(seq 1 60); do port_open "$1" "$2" && return 0; sleep 0.5; done
  die "$3 did not start listening on $1:$2"
}

ensure_postgres() {
  if port_open "$PG_HOST" "$PG_PORT"; then say "PostgreSQL is running on $PG_HOST:$PG_PORT"; return; fi
  if [ "$PG_HOST" != 127.0.0.1 ] && [ "$PG_HOST" != localhost ]; then
    die "PostgreSQL at $PG_HOST:$PG_PORT is not reachable"
  fi
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    apt_install postgresql || die "PostgreSQL is not running and could not be installed"
  fi
  local version
  version=$(ls /etc/postgresql | sort -n | tail -1)
  say "starting PostgreSQL $version"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start
  wait_port "$PG_HOST" "$PG_PORT" PostgreSQL
}

ensure_redis() {
  if port_open "$REDIS_HOST" "$REDIS_PORT"; then say "Redis is running on $REDIS_HOST:$REDIS_PORT"; return; fi
  if [ "$REDIS_HOST" != 127.0.0.1 ] && [ "$REDIS_HOST" != localhost ]; then
    die "Redis at $REDIS_HOST:$REDIS_PORT is not reachable"
  fi
  command -v redis-server >/dev/null || apt_install redis-server || die "Redis is not running and could not be installed"
  say "starting Redis"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
    --maxmemory 256mb --maxmemory-policy volatile-lru >/dev/null
  wait_port "$REDIS_HOST" "$REDIS_PORT" Redis
}

ensure_postgres
ensure_redis
# the suite's fault tests run a redis-server of their own (to stop it under load), even where Redis is a container
command -v redis-server >/dev/null || apt_install redis-server || die "redis-server could not be installed"
