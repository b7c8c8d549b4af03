#!/usr/bin/env bash
# The rehearsal: k8s/overlays/dev run as a cluster would run it, with podman standing in for the cluster (no
# kube-apiserver or kubelet can run here). After scripts/images.sh (IMAGE_REGISTRY as there):
#   1. the dev overlay rendered with its images at this commit's tag and INFINITY_PAY_URL pointing at the Infinity
#      Pay simulator (a small overlay on top, as an operator's staging overlay would), and the Secrets it needs made
#      the operator's way: k8s/overlays/dev/create-secrets.sh --print, and a new key pair for the gateway;
#   2. com.bakery.suite.rehearsal.Rehearsal runs it on one podman network: PostgreSQL and Redis, the provisioning
#      Job, two replicas of every service named by their Service (network aliases), probed as the kubelet probes;
#      tenants made with the gateway's tenant command; a bakery day while a sales and an inventory replica are
#      killed; the invariants and the scheduled jobs checked (see that class).
# Everything it started is removed at the end; on a failure the pods' logs stay in the work directory it names.
#   scripts/rehearse.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

REGISTRY=${IMAGE_REGISTRY:-localhost:5000}
TAG=$(image_tag)
NETWORK=bakery-rehearsal
WORK=$(mktemp -d /tmp/bakery-rehearsal.XXXXXX)
command -v podman >/dev/null || apt_install podman runc || die "could not install podman"
podman_config "$WORK" "$REGISTRY"

CLASSPATH_FILE=suite-tests/target/classpath.txt
if [ ! -f "$CLASSPATH_FILE" ] || [ ! -d suite-tests/target/classes/com/bakery/suite/rehearsal ] ||
  [ ! -f provider-simulators/target/provider-simulators-0.1.0-SNAPSHOT.jar ]; then
  say "building the rehearsal (suite-tests) and the InfinitePay simulator"
  mvn -B -q package -DskipTests -pl suite-tests,provider-simulators -am >"$WORK/build.log" 2>&1 ||
    die "build failed: $(tail -20 "$WORK/build.log")"
fi

remove_all() {
  local ids
  ids=$(podman ps -aq --filter "label=rehearsal=$NETWORK" 2>/dev/null || true)
  [ -z "$ids" ] || podman rm -f $ids >/dev/null 2>&1 || true
  ids=$(podman volume ls -q --filter "name=^$NETWORK-" 2>/dev/null || true)
  [ -z "$ids" ] || podman volume rm -f $ids >/dev/null 2>&1 || true
  podman network rm -f "$NETWORK" >/dev/null 2>&1 || true
}
finish() {
  local status=$?
  if [ "$status" -ne 0 ]; then
    mkdir -p "$WORK/logs"
    for name in $(podman ps -a --filter "label=rehearsal=$NETWORK" --format '{{.Names}}' 2>/dev/null); do
      podman logs "$name" >"$WORK/logs/$name.log" 2>&1 || true
    done
    warn "the rehearsal failed; the pods' logs: $WORK/logs"
  fi
  remove_all
  # the images it pulled (a new tag every commit: kept, they would fill the disk run by run)
  podman rmi -f "$REGISTRY/bakery/postgres:15" "$REGISTRY/bakery/redis:7" "$REGISTRY/base/jre17:bookworm" \
    $(for m in $(suite_modules); do echo "$REGISTRY/bakery/$m:$TAG"; done) >/dev/null 2>&1 || true
  [ "$status" -ne 0 ] || rm -rf "$WORK"
}
trap finish EXIT
remove_all # what an interrupted run left

# the operator's overlay for the rehearsal: the dev overlay, this commit's images, the provider's simulator
mkdir -p "$WORK/overlay"
cat >"$WORK/overlay/kustomization.yaml" <<YAML
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - $(realpath --relative-to="$WORK/overlay" k8s/overlays/dev)
images:
$(for m in $(suite_modules); do
  printf '  - name: %s\n    newName: %s\n    newTag: "%s"\n' "localhost:5000/bakery/$m" "$REGISTRY/bakery/$m" "$TAG"
done)
  - name: localhost:5000/bakery/postgres
    newName: $REGISTRY/bakery/postgres
  - name: localhost:5000/bakery/redis
    newName: $REGISTRY/bakery/redis
configMapGenerator:
  - name: payments-service
    behavior: merge
    literals:
      - INFINITY_PAY_URL=http://infinitepay:8090
YAML
kubectl kustomize "$WORK/overlay" >"$WORK/rendered.yaml"
# the Secrets, as the overlay's README has the operator make them
{
  echo "---"
  PUBLIC_URL=http://agent-gateway:8080 INFINITY_PAY_HANDLE=bakery-rehearsal k8s/overlays/dev/create-secrets.sh --print
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jwt-private.pem" 2>/dev/null
  openssl pkey -in "$WORK/jwt-private.pem" -pubout -out "$WORK/jwt-public.pem"
  echo "---"
  kubectl create secret generic gateway-jwt-keys --namespace bakery --from-file=jwt-private.pem="$WORK/jwt-private.pem" \
    --from-file=jwt-public.pem="$WORK/jwt-public.pem" --dry-run=client -o yaml
} >>"$WORK/rendered.yaml"
rm -f "$WORK"/jwt-*.pem

say "rehearsing k8s/overlays/dev with podman: images $REGISTRY/bakery/*:$TAG, network $NETWORK"
java -cp "suite-tests/target/classes:$(cat "$CLASSPATH_FILE")" com.bakery.suite.rehearsal.Rehearsal \
  "$WORK" "$NETWORK" "$REGISTRY/base/jre17:bookworm" "$PWD/provider-simulators/target" \
  "$PWD/classifier-service/src/main/resources/fruit"
