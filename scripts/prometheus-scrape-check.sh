#!/usr/bin/env bash
# With the suite up (./bakery up) and a bakery day played (./bakery demo): starts Prometheus (./bakery prometheus;
# harmless when it runs already) and checks that it scrapes all five services (up == 1) and sees their checkouts
# (sum(bakery_checkouts_total) > 0). Prints one line per job and the checkout figure; exits non-zero saying what is
# missing. Prometheus keeps running for a look at http://127.0.0.1:9090; ./bakery down stops it.
#   SCRAPE_TIMEOUT: seconds to wait for the five jobs (default 90)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

URL="http://127.0.0.1:${PROMETHEUS_PORT:-9090}"
TIMEOUT=${SCRAPE_TIMEOUT:-90}
mapfile -t JOBS < <(suite_modules) # the job names of ops/prometheus/prometheus.yml
command -v jq >/dev/null || apt_install jq || die "could not install jq"

since=$(date +%s)
./bakery prometheus
query() { curl -fsS --max-time 5 --get --data-urlencode "query=$1" "$URL/api/v1/query"; }
# only samples scraped from now on count: Prometheus' storage keeps the last run's (up == 1 among them)
fresh="timestamp(up) > $since"

deadline=$((since + TIMEOUT))
while :; do
  missing=()
  scraped=$(query "up == 1 and $fresh" | jq -r '.data.result[].metric.job' 2>/dev/null || true)
  for job in "${JOBS[@]}"; do grep -qx -- "$job" <<<"$scraped" || missing+=("$job"); done
  [ "${#missing[@]}" -gt 0 ] || break
  if [ "$(date +%s)" -ge "$deadline" ]; then
    curl -fsS --max-time 5 "$URL/api/v1/targets" |
      jq -r '.data.activeTargets[] | "  \(.labels.job) \(.scrapeUrl): \(.health) \(.lastError)"' >&2 || true
    die "after ${TIMEOUT}s Prometheus does not scrape ${missing[*]} (is the suite up? ./bakery status)"
  fi
  sleep 2
done
query "up and $fresh" | jq -r '.data.result[] | "\(.metric.job)\t\(.metric.instance)\tup \(.value[1])"' | sort |
  while IFS=$'\t' read -r job instance state; do printf '%-20s %-16s %s\n' "$job" "$instance" "$state"; done

checkouts=$(query "sum(bakery_checkouts_total and timestamp(bakery_checkouts_total) > $since)" |
  jq -r '.data.result[0].value[1] // "none"')
awk -v n="$checkouts" 'BEGIN { exit !(n + 0 > 0) }' ||
  die "Prometheus sees no checkouts (sum(bakery_checkouts_total): $checkouts): has ./bakery demo run, and does" \
    "sales-service publish bakery_checkouts_total (docs/metrics.md)?"
printf '%-20s %s\n' checkouts "$checkouts (sum(bakery_checkouts_total))"
say "Prometheus scrapes all ${#JOBS[@]} services and sees the bakery's checkouts: $URL"
