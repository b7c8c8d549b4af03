#!/usr/bin/env bash
# Benchmark: each service alone, as ./bakery runs it (JVM, dev profile, the same Java options): milliseconds from
# launch to its first answered request (GET /version), and its resident memory (RSS) then. With the class archive
# of an earlier run, as ./bakery starts it (one run first writes it when there is none). Needs the jars built
# (./bakery up once, or mvn package) and PostgreSQL and Redis; stop the suite first (./bakery down): it uses the
# services' own ports.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
source scripts/java-opts.sh

MODULES=("${SUITE[@]}")
ROOT=$PWD
WORK=$(mktemp -d)
PID=
stop() { [ -z "$PID" ] || { kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; PID=; }; }
trap 'stop; rm -rf "$WORK"' EXIT

# a fresh machine has no roles or schemas yet; ./bakery up would make them, but this runs before it
bash scripts/ensure-infra.sh >/dev/null
bash scripts/provision-db.sh >/dev/null

for entry in "${MODULES[@]}"; do
  port_open 127.0.0.1 "${entry##*:}" && die "port ${entry##*:} is taken: ./bakery down first"
done

printf '| service (JVM, alone) | first answer after launch | RSS then |\n| --- | --- | --- |\n'
launch() { # MODULE NAME PORT: starts the service and waits for its first answer
  local var="$(echo "$2" | tr a-z A-Z)_DATABASE_PASSWORD" jar="$ROOT/$1/target/quarkus-app/quarkus-run.jar"
  (cd "$WORK" && PORT=$3 DATABASE_USER="bakery_$2" DATABASE_PASSWORD="${!var:-bakery_${2}_dev}" \
    JWT_JWKS_URL="http://localhost:8080/.well-known/jwks.json" \
    exec "$SERVICE_JAVA" $(java_opts "$2" "$jar") -Dquarkus.profile=dev -jar "$jar" >"$WORK/$1.log" 2>&1) &
  PID=$!
  until curl -fsS -o /dev/null --max-time 1 "http://127.0.0.1:$3/version" 2>/dev/null; do
    kill -0 "$PID" 2>/dev/null || { tail -20 "$WORK/$1.log" >&2; die "$1 exited"; }
    sleep 0.01
  done
}

for entry in "${MODULES[@]}"; do
  module=${entry%%:*}; rest=${entry#*:}; name=${rest%%:*}; port=${entry##*:}
  # as ./bakery runs it: with the class archive of an earlier run (scripts/java-opts.sh), made now if there is none
  # (asked through java_opts: JAVA_OPTS replaces the archive too, and then there is nothing to make)
  if writes_archive "$(java_opts "$name" "$ROOT/$module/target/quarkus-app/quarkus-run.jar")"; then
    launch "$module" "$name" "$port"
    stop
  fi
  start=$(date +%s%N)
  launch "$module" "$name" "$port"
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  java_pid=$(pgrep -f -n "$module/target/quarkus-app/quarkus-run.jar")
  rss=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$java_pid/status")
  printf '| %s | %d ms | %d MB |\n' "$module" "$ms" "$rss"
  echo "RESULT startup_${name}_ms=$ms startup_${name}_rss_mb=$rss"
  stop
done
