# Shared helpers for ./bakery, .ci/run and scripts/*.sh (sourced, not run).

# The suite's services, the one list every script reads: module:name:port, the gateway first (it starts first; the
# others fetch its JWKS). Each service's management interface (health, metrics) is on its port + 1000.
SUITE=(agent-gateway:gateway:8080 inventory-service:inventory:8081 sales-service:sales:8082
  payments-service:payments:8083 classifier-service:classifier:8084)
suite_modules() { local e; for e in "${SUITE[@]}"; do echo "${e%%:*}"; done; }
suite_names() { local e x; for e in "${SUITE[@]}"; do x=${e#*:}; echo "${x%%:*}"; done; }
# each service's database role and schema (the audit schema is the gateway's too)
mapfile -t SERVICES < <(suite_names)

say() { printf '\033[1m==>\033[0m %s\n' "$*"; }
warn() { printf '\033[33mwarning:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

# port_open HOST PORT: true when something accepts TCP connections there.
port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# free_port: a TCP port on 127.0.0.1 nothing listens on now.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# random_secret: 48 hex digits from the kernel's random source (passwords made for a run).
random_secret() { od -An -N24 -tx1 /dev/urandom | tr -d ' \n'; }

# image_tag: <version>-<short sha>, the tag the root pom gives the images (Jib) at this commit.
image_tag() { echo "$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)-$(git rev-parse --short=7 HEAD)"; }

# podman_config DIR REGISTRY: podman as it runs on these machines (runc, capped rlimits; docs:
# ../shared/notes/machine-facts.md), pulling from REGISTRY over plain HTTP (scripts/images.sh pushed there); writes
# its configuration files to DIR and exports the variables that name them.
podman_config() {
  cat >"$1/containers.conf" <<CONF
[containers]
default_ulimits = ["nofile=4096:4096", "nproc=4096:4096"]
[engine]
runtime = "runc"
CONF
  cat >"$1/registries.conf" <<CONF
[[registry]]
location = "$2"
insecure = true
CONF
  export CONTAINERS_CONF="$1/containers.conf" CONTAINERS_REGISTRIES_CONF="$1/registries.conf"
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

apt_install() {
  say "installing $* with apt"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# prometheus_install: Debian's prometheus (the server and promtool) when missing. Where an init system runs, the
# package starts its own Prometheus (on :9090, the port ./bakery prometheus takes) and node exporter: stopped.
prometheus_install() {
  command -v prometheus >/dev/null && command -v promtool >/dev/null && return
  apt_install prometheus || die "could not install prometheus with apt"
  local unit
  for unit in prometheus prometheus-node-exporter; do
    if [ -d /run/systemd/system ]; then
      as_root systemctl disable --now "$unit" >/dev/null 2>&1 || true
    elif [ -x "/etc/init.d/$unit" ]; then
      as_root "/etc/init.d/$unit" stop >/dev/null 2>&1 || true
    fi
  done
}

# super_url DB: PG_SUPERUSER_URL with its database replaced by DB (psql and the pg_* tools take a URL wherever they
# take a database name, so the server, user and password come along).
super_url() {
  local url=${PG_SUPERUSER_URL%%\?*} query=""
  [ "$url" = "$PG_SUPERUSER_URL" ] || query="?${PG_SUPERUSER_URL#*\?}"
  [[ "${url#*://}" != */* ]] || url=${url%/*}
  printf '%s/%s%s' "$url" "$1" "$query"
}

# super_args ARGS...: sets SUPER_ARGS to ARGS with each -d DB / --dbname=DB turned into a URL of PG_SUPERUSER_URL's
# server (a plain -d after the URL would replace it, and psql would go to a local socket), or the URL itself first.
super_args() {
  SUPER_ARGS=()
  local named=""
  while [ $# -gt 0 ]; do
    case $1 in
      -d) SUPER_ARGS+=(-d "$(super_url "$2")"); named=1; shift 2 ;;
      --dbname=*) SUPER_ARGS+=("--dbname=$(super_url "${1#--dbname=}")"); named=1; shift ;;
      *) SUPER_ARGS+=("$1"); shift ;;
    esac
  done
  [ -n "$named" ] || SUPER_ARGS=(--dbname="$PG_SUPERUSER_URL" "${SUPER_ARGS[@]}")
}

# psql_super ARGS...: psql as the PostgreSQL superuser: through PG_SUPERUSER_URL when set (a managed server, compose),
# else over the Unix socket (works with peer or trust auth). Name the database with -d.
psql_super() {
  export PGOPTIONS="-c client_min_messages=warning"
  if [ -n "${PG_SUPERUSER_URL:-}" ]; then
    super_args "$@"
    psql -v ON_ERROR_STOP=1 -qAt "${SUPER_ARGS[@]}"
  elif [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@")
  else
    psql -h /var/run/postgresql -U postgres -v ON_ERROR_STOP=1 -qAt "$@"
  fi
}

# as_super COMMAND ARGS...: a PostgreSQL client tool (pg_dump, pg_restore) as the superuser, like psql_super; name
# the database with --dbname=.
as_super() {
  local tool=$1
  shift
  if [ -n "${PG_SUPERUSER_URL:-}" ]; then
    super_args "$@"
    "$tool" "${SUPER_ARGS[@]}"
  elif [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$tool" "$@")
  else
    "$tool" -h /var/run/postgresql -U postgres "$@"
  fi
}
