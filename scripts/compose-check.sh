#!/usr/bin/env bash
# docker-compose.yml run for real, with podman-compose (Debian's package) as an operator would run compose: the
# images scripts/images.sh pushed (the five services at this commit's tag, PostgreSQL and Redis built from Debian
# packages, the JRE base for the InfinitePay simulator), a fresh .env of random secrets and a new key pair. Once the
# gateway reports every service UP, scripts/smoke.sh runs through the published gateway: a tenant made with
# `compose run agent-gateway tenant create`, its staff, payments (a card paid at the simulator), a checkout, a model,
# the assistant. Everything it started is removed at the end, volumes included.
#   scripts/compose-check.sh             (after scripts/images.sh; IMAGE_REGISTRY as there)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

REGISTRY=${IMAGE_REGISTRY:-localhost:5000}
TAG=$(image_tag)
PROJECT="bakery-compose-check"
WORK=$(mktemp -d /tmp/bakery-compose.XXXXXX)
command -v podman-compose >/dev/null || apt_install podman-compose || die "could not install podman-compose"
[ -f provider-simulators/target/provider-simulators-0.1.0-SNAPSHOT.jar ] ||
  mvn -B -q package -DskipTests -pl provider-simulators -am >/dev/null

podman_config "$WORK" "$REGISTRY"

GATEWAY_PORT=$(free_port)
SIMULATOR_PORT=$(free_port)
mkdir -p "$WORK/secrets"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/secrets/jwt-private.pem" 2>/dev/null
openssl pkey -in "$WORK/secrets/jwt-private.pem" -pubout -out "$WORK/secrets/jwt-public.pem"
chmod 644 "$WORK/secrets/"*.pem # read by the gateway's user in its container
cat >"$WORK/.env" <<ENV
BAKERY_REGISTRY=$REGISTRY
BAKERY_TAG=$TAG
GATEWAY_PUBLIC_PORT=$GATEWAY_PORT
POSTGRES_IMAGE=$REGISTRY/bakery/postgres:15
REDIS_IMAGE=$REGISTRY/bakery/redis:7
POSTGRES_PASSWORD=$(random_secret)
INVENTORY_DATABASE_PASSWORD=$(random_secret)
SALES_DATABASE_PASSWORD=$(random_secret)
PAYMENTS_DATABASE_PASSWORD=$(random_secret)
CLASSIFIER_DATABASE_PASSWORD=$(random_secret)
GATEWAY_DATABASE_PASSWORD=$(random_secret)
REDIS_PASSWORD=$(random_secret)
JWT_PRIVATE_KEY_FILE=$WORK/secrets/jwt-private.pem
JWT_PUBLIC_KEY_FILE=$WORK/secrets/jwt-public.pem
SALES_SERVICE_SECRET=$(random_secret)
AUDIT_CHECKPOINT_KEY=$(random_secret)
INFINITY_PAY_HANDLE=bakery-compose
INFINITY_PAY_URL=http://infinitepay:8090
INFINITY_PAY_SIMULATOR_PORT=$SIMULATOR_PORT
PUBLIC_URL=http://agent-gateway:8080
RATE_LIMIT=100000
RATE_LIMIT_BURST=10000
ENV

# podman-compose 1.0.3 has no --env-file: the variables go in through the environment (which wins over a .env)
set -a
source "$WORK/.env"
set +a
COMPOSE="podman-compose -p $PROJECT -f docker-compose.yml -f docker-compose.simulator.yml"
compose() { $COMPOSE "$@"; }
finish() {
  local status=$?
  if [ "$status" -ne 0 ]; then
    compose logs >"$WORK/compose.log" 2>&1 || true
    warn "compose check failed; the containers' logs: $WORK/compose.log"
  fi
  compose down -v >/dev/null 2>&1 || true
  podman network rm -f "${PROJECT}_default" >/dev/null 2>&1 || true # podman-compose 1.0.3 leaves it
  # the images it pulled (a new tag every commit: kept, they would fill the disk run by run)
  podman rmi -f "$POSTGRES_IMAGE" "$REDIS_IMAGE" "$REGISTRY/base/jre17:bookworm" \
    $(for m in $(suite_modules); do echo "$REGISTRY/bakery/$m:$TAG"; done) >/dev/null 2>&1 || true
  [ "$status" -ne 0 ] || rm -rf "$WORK"
}
trap finish EXIT

say "docker-compose.yml with podman-compose: images $REGISTRY/bakery/*:$TAG, gateway on 127.0.0.1:$GATEWAY_PORT"
compose up -d >"$WORK/up.log" 2>&1 || die "compose up failed: $(tail -20 "$WORK/up.log")"
# /healthz is 200 once the gateway and every service it reaches are ready
healthz=""
for _ in $(seq 1 150); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://127.0.0.1:$GATEWAY_PORT/healthz")" = 200 ] && break
  sleep 2
done
healthz=$(curl -s --max-time 3 "http://127.0.0.1:$GATEWAY_PORT/healthz" || true)
[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://127.0.0.1:$GATEWAY_PORT/healthz")" = 200 ] ||
  die "the suite did not come up under compose: ${healthz:-no answer}"
say "the suite is up under compose: $healthz"

GATEWAY_URL="http://127.0.0.1:$GATEWAY_PORT" INFINITY_PAY_SIMULATOR_URL="http://127.0.0.1:$SIMULATOR_PORT" \
  TENANT_COMMAND="$COMPOSE run --rm -T agent-gateway tenant" \
  bash scripts/smoke.sh
