#!/usr/bin/env bash
# ./bakery bench: every benchmark in one go on this machine, then one table, each figure beside its reference (these
# machines are noisy, so ratios matter more than absolutes), written to docs/benchmarks.md as well.
#   1. each service alone: first answer after launch, RSS (bench/startup.sh)
#   2. the suite up with a rate limit one cashier cannot hit: the bakery day (./bakery demo), then each service's RSS
#      (the target is RSS after the demo); checkouts vs pgbench (bench/checkout.sh), a production run over 10 vs
#      10,000 batches (bench/production-fifo.sh), and each service's RSS again, after that load too
#   3. the suite down: the gateway vs nginx, rate limiting on and off (bench/gateway.sh)
# Leaves the suite down. Takes about ten minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
source scripts/java-opts.sh

OUT=$(mktemp -d)
# a step that fails leaves no suite running behind it (./bakery down does nothing when none runs)
trap './bakery down >/dev/null 2>&1; rm -rf "$OUT"' EXIT
results() { grep -h '^RESULT' "$@" | sed 's/^RESULT //' | tr ' ' '\n'; }
value() { sed -n "s/^$1=//p" "$OUT/results" | tail -1; }

./bakery down >/dev/null 2>&1 || true
say "1/3 start-up of each service alone"
bash bench/startup.sh | tee "$OUT/startup"

say "2/3 the suite: the bakery day, memory, checkouts, FIFO production, memory again"
RATE_LIMIT=1000000 RATE_LIMIT_BURST=100000 TENANT_RATE_LIMIT=1000000 TENANT_RATE_LIMIT_BURST=100000 ./bakery up \
  >"$OUT/up" 2>&1 || { tail -20 "$OUT/up"; die "./bakery up failed"; }
rss() { # LABEL: each service's resident memory now
  local total=0 entry pid rss name
  for entry in "${SUITE[@]}"; do
    name=${entry#*:}; name=${name%%:*}
    pid=$(cat ".bakery/pids/${entry%%:*}.pid")
    rss=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status")
    total=$((total + rss))
    echo "RESULT rss_$1_${name}_mb=$rss"
  done
  echo "RESULT rss_$1_total_mb=$total"
}
./bakery demo >"$OUT/demo" 2>&1 || { tail -20 "$OUT/demo"; die "the bakery day failed"; }
rss after >"$OUT/rss"
bash bench/checkout.sh | tee "$OUT/checkout"
bash bench/production-fifo.sh | tee "$OUT/fifo"
rss load >>"$OUT/rss"
./bakery down >/dev/null

say "3/3 the gateway against nginx"
bash bench/gateway.sh | tee "$OUT/gateway"

results "$OUT"/startup "$OUT"/checkout "$OUT"/fifo "$OUT"/rss "$OUT"/gateway >"$OUT/results"
v() { value "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v x="$1" -v op="$2" -v t="$3" 'BEGIN {
  ok = (op == ">=") ? x >= t : x <= t; printf "%s", ok ? "met" : "**not met**" }'; }

ceiling=$(awk -v t="$(v pgbench_tps)" -v c="$(v commits_per_checkout)" 'BEGIN { printf "%.1f", t / c }')
table=$(
  echo "| measure | figure | reference | ratio | target | |"
  echo "| --- | --- | --- | --- | --- | --- |"
  r=$(ratio "$(v gateway_rps)" "$(v nginx_rps)")
  echo "| gateway (JWT, rate limit, audit), requests/s | $(v gateway_rps) (p99 $(v gateway_p99) ms) | nginx proxy $(v nginx_rps) (p99 $(v nginx_p99) ms) | $r | ≥ 0.5 | $(verdict "$r" ">=" 0.5) |"
  r=$(ratio "$(v gateway_rps)" "$(v norl_rps)")
  echo "| rate limiting on, requests/s | $(v gateway_rps) | off: $(v norl_rps) | $r | ≥ 0.9 (costs < 10 %) | $(verdict "$r" ">=" 0.9) |"
  r=$(ratio "$(v checkout_rps)" "$ceiling")
  echo "| cash checkouts/s through the gateway | $(v checkout_rps) (p50 $(v checkout_p50) ms, p99 $(v checkout_p99) ms) | pgbench $(v pgbench_tps) commits/s ÷ $(v commits_per_checkout) commits per checkout = $ceiling | $r | ≥ 0.5 | $(verdict "$r" ">=" 0.5) |"
  r=$(ratio "$(v fifo_10000_ms)" "$(v fifo_10_ms)")
  echo "| production run, 10,000 open batches | $(v fifo_10000_ms) ms | 10 open batches: $(v fifo_10_ms) ms | $r | ≤ 1.5 | $(verdict "$r" "<=" 1.5) |"
  for s in "${SERVICES[@]}"; do
    ms=$(v "startup_${s}_ms")
    echo "| $s: first answer after launch (JVM) | $ms ms | 1,500 ms | $(ratio "$ms" 1500) | ≤ 1.0 | $(verdict "$ms" "<=" 1500) |"
  done
  for s in "${SERVICES[@]}"; do
    mb=$(v "rss_after_${s}_mb")
    echo "| $s: RSS after the bakery day | $mb MB | 200 MB | $(ratio "$mb" 200) | ≤ 1.0 | $(verdict "$mb" "<=" 200) |"
  done
  mb=$(v rss_after_total_mb)
  echo "| the five together: RSS after the bakery day | $mb MB | 1,024 MB | $(ratio "$mb" 1024) | ≤ 1.0 | $(verdict "$mb" "<=" 1024) |"
  echo "| RSS after the checkout and production benchmarks too: gateway, inventory, sales, payments, classifier (five) | $(v rss_load_gateway_mb), $(v rss_load_inventory_mb), $(v rss_load_sales_mb), $(v rss_load_payments_mb), $(v rss_load_classifier_mb) MB ($(v rss_load_total_mb)) | | | (no target) | |"
)
echo
echo "$table"
{
  echo "# Benchmarks"
  echo
  echo "Made by \`./bakery bench\` (\`bench/all.sh\`) on $(date -u '+%Y-%m-%d %H:%M UTC'), on this machine: $(nproc) cores,"
  echo "$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $("$SERVICE_JAVA" -version 2>&1 | head -1), the services, PostgreSQL, Redis, nginx and the"
  echo "load generator (wrk) sharing the same cores. Each figure has its reference from the same run beside it."
  echo
  echo "$table"
  echo
  echo "The scripts behind each line print more (latency percentiles, errors, per-run times): \`bench/gateway.sh\`,"
  echo "\`bench/checkout.sh\`, \`bench/production-fifo.sh\`, \`bench/startup.sh\`; \`bench/classifier.sh\` measures the"
  echo "photo model. Java options of the services: \`scripts/java-opts.sh\`."
} >docs/benchmarks.md
say "written to docs/benchmarks.md"
