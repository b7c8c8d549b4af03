#!/usr/bin/env bash
# Creates the dev/staging overlay's Secret bakery-secrets with fresh random passwords: nothing secret is committed,
# and a published default would be refused by the services' prod profile anyway. Run once per cluster, before
# `kubectl apply -k k8s/overlays/dev`; a second run leaves an existing Secret alone (its passwords are in use).
#   k8s/overlays/dev/create-secrets.sh           create it in namespace bakery (kubectl's current context)
#   k8s/overlays/dev/create-secrets.sh --print   print it as YAML instead (nothing contacted)
# PUBLIC_URL and INFINITY_PAY_HANDLE are settings rather than secrets; set them to override the staging defaults.
set -euo pipefail

random() { od -An -N24 -tx1 /dev/urandom | tr -d ' \n'; }

args=(--namespace bakery)
postgres_password=$(random)
args+=("--from-literal=postgres-password=$postgres_password")
# the provisioning Job reaches the in-cluster PostgreSQL as its superuser, on the suite's database
args+=("--from-literal=postgres-superuser-url=postgresql://postgres:$postgres_password@postgres:5432/bakery")
for key in inventory-database-password sales-database-password payments-database-password \
  classifier-database-password gateway-database-password redis-password sales-service-secret audit-checkpoint-key; do
  args+=("--from-literal=$key=$(random)")
done
args+=("--from-literal=infinity-pay-handle=${INFINITY_PAY_HANDLE:-bakery-dev}")
args+=("--from-literal=public-url=${PUBLIC_URL:-https://bakery-staging.example.com}")

if [ "${1:-}" = --print ]; then
  exec kubectl create secret generic bakery-secrets "${args[@]}" --dry-run=client -o yaml
fi
if kubectl --namespace bakery get secret bakery-secrets >/dev/null 2>&1; then
  echo "bakery-secrets already exists in namespace bakery; left as it is" >&2
  exit 0
fi
kubectl create secret generic bakery-secrets "${args[@]}"
