#!/usr/bin/env bash
# Benchmark: cash checkouts per second and their p50/p99 latency through the gateway (wrk), next to
# PostgreSQL's own commit rate on this machine (pgbench, same run), and how many commits one checkout costs
# across the services (from pg_stat_database). Needs a running suite whose per-user rate limit does not stop one
# benchmarking cashier: RATE_LIMIT=1000000 RATE_LIMIT_BURST=100000 ./bakery up
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

GW=${GATEWAY_URL:-http://localhost:8080}
DURATION=${DURATION:-20}
# the services' JIT needs tens of seconds of checkouts on two shared cores before they reach their steady pace
WARMUP=${WARMUP:-20}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=$(( CONNECTIONS < 2 ? 1 : 2 ))
UNITS=${UNITS:-100000} # a multiple of 100, at most 100,000 (one run of up to 1,000 batches of 100)
PRICE=450
command -v wrk >/dev/null || apt_install wrk
command -v pgbench >/dev/null || apt_install postgresql-contrib

login() {
  curl -fsS -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"${BAKERY_DEMO_PASSWORD:-bakery-demo}\"}" "$GW/auth/token" |
    sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
manager=$(login manager@north)
[ -n "$manager" ] || die "no token: is the suite up (./bakery up)?"
cashier=$(login cashier@north)
api() { # PATH BODY -> id
  curl -fsS -X POST -H "Authorization: Bearer $manager" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: bench-$(date +%s%N)" -d "$2" "$GW$1" |
    sed -n 's/^{"id":\([0-9]*\).*/\1/p'
}

say "stocking a product with $UNITS units (one production run)"
tag="bench-$(date +%s%N)"
product=$(api /api/inventory/products "{\"name\":\"$tag\",\"priceCents\":$PRICE,\"currency\":\"BRL\"}")
material=$(api /api/inventory/materials "{\"name\":\"$tag dough\",\"unit\":\"pcs\",\"minimumQuantity\":0}")
api "/api/inventory/materials/$material/batches" "{\"quantity\":$UNITS,\"unitCostCents\":100}" >/dev/null
recipe=$(api /api/inventory/recipes "{\"name\":\"$tag\",\"productId\":$product,\"yield\":100,\"ingredients\":[{\"materialId\":$material,\"quantity\":100}]}")
api /api/inventory/production-runs "{\"recipeId\":$recipe,\"batches\":$((UNITS / 100))}" >/dev/null

commits() { psql_super -d "${DB_NAME:-bakery}" -c "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()"; }

say "warming up (${WARMUP} s), then checkouts for ${DURATION} s over $CONNECTIONS connections"
TOKEN=$cashier PRODUCT=$product PRICE=$PRICE wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/checkout.lua "$GW/api/sales/checkout" >/dev/null
before=$(commits)
result=$(TOKEN=$cashier PRODUCT=$product PRICE=$PRICE wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -s bench/checkout.lua \
  "$GW/api/sales/checkout" | grep '^RESULT')
after=$(commits)
field() { sed -n "s/.* $1=\([0-9]*\).*/\1/p" <<<" $result"; }
requests=$(field requests); errors=$(field errors_status); duration=$(field duration_us)
ok=$((requests - errors))
if [ "$errors" -gt 0 ]; then
  say "warning: $errors answers were not 2xx (rate limited? start the suite with RATE_LIMIT=1000000 RATE_LIMIT_BURST=100000)"
fi

say "pgbench on a scratch database, same connections and duration"
psql_super -c "DROP DATABASE IF EXISTS bakery_pgbench" -c "CREATE DATABASE bakery_pgbench"
as_pg() { if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@" -h /var/run/postgresql -U postgres; fi; }
as_pg pgbench -q -i -s 10 bakery_pgbench >/dev/null 2>&1
tps=$(as_pg pgbench -c "$CONNECTIONS" -j 2 -T "$DURATION" bakery_pgbench 2>/dev/null |
  sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
psql_super -c "DROP DATABASE bakery_pgbench"

awk -v ok="$ok" -v errors="$errors" -v dur="$duration" -v p50="$(field p50_us)" -v p99="$(field p99_us)" \
  -v commits="$((after - before))" -v tps="$tps" -v conns="$CONNECTIONS" 'BEGIN {
  rate = ok / (dur / 1e6); per = commits / ok; ceiling = tps / per
  printf "\n| measure (%d connections, this machine) | value |\n| --- | --- |\n", conns
  printf "| cash checkouts through the gateway | %.1f /s (%d completed, %d not 2xx) |\n", rate, ok, errors
  printf "| checkout latency p50 / p99 | %.1f ms / %.1f ms |\n", p50 / 1000, p99 / 1000
  printf "| PostgreSQL commits per checkout (all services) | %.1f |\n", per
  printf "| pgbench (TPC-B-like), same machine and run | %.0f commits/s |\n", tps
  printf "| checkout ceiling = pgbench / commits per checkout | %.1f /s |\n", ceiling
  printf "| checkouts as a share of that ceiling | %.0f %% |\n", 100 * rate / ceiling
  printf "RESULT checkout_rps=%.1f checkout_p50=%.1f checkout_p99=%.1f commits_per_checkout=%.1f pgbench_tps=%.0f\n",
    rate, p50 / 1000, p99 / 1000, per, tps
}'
