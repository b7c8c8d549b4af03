#!/usr/bin/env bash
# Benchmark: the gateway against nginx, on this machine, in one run. A trivial backend (nginx answering a
# fixed JSON) is reached (a) through nginx as a plain reverse proxy, (b) through the gateway with JWT checks,
# rate limiting and the audit trail on, (c) the same with rate limiting off. Prints requests/s and p50/p99.
# Needs the gateway built (mvn package, or ./bakery up once), PostgreSQL and Redis; uses ports 18181-18183 and
# 19183 (the gateway's management interface).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
source scripts/java-opts.sh

DURATION=${DURATION:-15}
# the JIT needs tens of seconds on two shared cores before the gateway reaches its steady pace
WARMUP=${WARMUP:-20}
CONNECTIONS=${CONNECTIONS:-32}
JAR=agent-gateway/target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || die "build the gateway first: mvn -B package -DskipTests"
command -v wrk >/dev/null || apt_install wrk
command -v nginx >/dev/null || apt_install nginx-light
bash scripts/ensure-infra.sh >/dev/null
bash scripts/provision-db.sh >/dev/null

WORK=$(mktemp -d)
GATEWAY_PID=
cleanup() {
  [ -n "$GATEWAY_PID" ] && kill "$GATEWAY_PID" 2>/dev/null && wait "$GATEWAY_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

mkdir -p "$WORK/logs"
cat >"$WORK/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  upstream backend { server 127.0.0.1:18181; keepalive 64; }
  server { listen 127.0.0.1:18181; location / { default_type application/json; return 200 '{"ok":true}'; } }
  server {
    listen 127.0.0.1:18182;
    location / { proxy_pass http://backend; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
NGINX
nginx -c "$WORK/nginx.conf" -p "$WORK" -e "$WORK/logs/error.log"

start_gateway() { # RATE_LIMIT_ENABLED
  (cd "$WORK" && exec env PORT=18183 MANAGEMENT_PORT=19183 INVENTORY_URL=http://127.0.0.1:18181 RATE_LIMIT_ENABLED="$1" \
    RATE_LIMIT=100000000 RATE_LIMIT_BURST=100000000 TENANT_RATE_LIMIT=100000000 TENANT_RATE_LIMIT_BURST=100000000 \
    DATABASE_USER=bakery_gateway DATABASE_PASSWORD="${GATEWAY_DATABASE_PASSWORD:-bakery_gateway_dev}" \
    "$SERVICE_JAVA" $(java_opts gateway "$OLDPWD/$JAR") ${GATEWAY_JAVA_OPTS:-} -Dquarkus.profile=dev -Dquarkus.log.level=WARN -jar "$OLDPWD/$JAR" >"$WORK/logs/gateway.log" 2>&1) &
  GATEWAY_PID=$!
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null http://127.0.0.1:19183/q/health/ready && return
    sleep 0.5
  done
  tail -20 "$WORK/logs/gateway.log" >&2
  die "the gateway did not start"
}
stop_gateway() { kill "$GATEWAY_PID"; wait "$GATEWAY_PID" 2>/dev/null || true; GATEWAY_PID=; }

run() { # URL [TOKEN] -> "rate p50_ms p99_ms errors"
  TOKEN=${2:-} wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/latency.lua "$1" >/dev/null # warm-up
  TOKEN=${2:-} wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s bench/latency.lua "$1" | grep '^RESULT' |
    sed -e 's/^RESULT //' -e 's/[a-z0-9_]*=//g' | awk '{ printf "%.0f %.2f %.2f %d\n", $1 / ($4 / 1e6), $5 / 1000, $6 / 1000, $2 + $3 }'
}
token() {
  curl -fsS -H 'Content-Type: application/json' \
    -d "{\"username\":\"manager@north\",\"password\":\"${BAKERY_DEMO_PASSWORD:-bakery-demo}\"}" \
    http://127.0.0.1:18183/auth/token | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

say "(a) nginx as a plain reverse proxy"
read -r a_rate a_p50 a_p99 a_err <<<"$(run http://127.0.0.1:18182/api/inventory/ping)"
say "(b) the gateway: JWT, rate limiting (Redis), audit trail"
start_gateway true
read -r b_rate b_p50 b_p99 b_err <<<"$(run http://127.0.0.1:18183/api/inventory/ping "$(token)")"
stop_gateway
say "(c) the gateway with rate limiting off"
start_gateway false
read -r c_rate c_p50 c_p99 c_err <<<"$(run http://127.0.0.1:18183/api/inventory/ping "$(token)")"
stop_gateway

printf '\n| %s connections, %s s, this machine | requests/s | p50 | p99 | errors |\n| --- | --- | --- | --- | --- |\n' \
  "$CONNECTIONS" "$DURATION"
printf '| (a) nginx reverse proxy | %s | %s ms | %s ms | %s |\n' "$a_rate" "$a_p50" "$a_p99" "$a_err"
printf '| (b) gateway: JWT + rate limit + audit | %s | %s ms | %s ms | %s |\n' "$b_rate" "$b_p50" "$b_p99" "$b_err"
printf '| (c) gateway, rate limiting off | %s | %s ms | %s ms | %s |\n' "$c_rate" "$c_p50" "$c_p99" "$c_err"
echo "RESULT nginx_rps=$a_rate nginx_p99=$a_p99 gateway_rps=$b_rate gateway_p99=$b_p99 norl_rps=$c_rate norl_p99=$c_p99"
awk -v a="$a_rate" -v b="$b_rate" -v c="$c_rate" 'BEGIN {
  printf "\n(b) / (a) = %.2f (target at least 0.5); (b) / (c) = %.2f (target at least 0.9)\n", b / a, b / c }'
