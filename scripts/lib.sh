# Shared helpers for ./bakery, .ci/run and scripts/*.sh (sourced, not run).

SERVICES=(inventory sales payments classifier gateway)

say() { printf '\033[1m==>\033[0m %s\n' "$*"; }
warn() { printf '\033[33mwarning:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

# port_open HOST PORT: true when something accepts TCP connections there.
port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

apt_install() {
  say "installing $* with apt"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# psql_super ARGS...: psql as the PostgreSQL superuser over the Unix socket (works with peer or trust auth).
psql_super() {
  export PGOPTIONS="-c client_min_messages=warning"
  if [ -n "${PG_SUPERUSER_URL:-}" ]; then
    psql "$PG_SUPERUSER_URL" -v ON_ERROR_STOP=1 -qAt "$@"
  elif [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@")
  else
    psql -h /var/run/postgresql -U postgres -v ON_ERROR_STOP=1 -qAt "$@"
  fi
}

# as_super COMMAND ARGS...: a PostgreSQL client tool (pg_dump, pg_restore) as the superuser, like psql_super.
as_super() {
  local tool=$1
  shift
  if [ -n "${PG_SUPERUSER_URL:-}" ]; then
    "$tool" --dbname="$PG_SUPERUSER_URL" "$@"
  elif [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$tool" "$@")
  else
    "$tool" -h /var/run/postgresql -U postgres "$@"
  fi
}
