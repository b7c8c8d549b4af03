#!/usr/bin/env bash
# The gateway's tenant command in a cluster, as docs/operations.md runs it by hand: k8s/jobs/tenant-create.yaml with
# the names and the gateway's image filled in, applied, waited for; its log (the one-time password) printed; the Job
# deleted. Exit status as the command's: 0 made, 1 refused. The pipeline's staging smoke test makes its tenant so.
#   TENANT_IMAGE=<registry>/bakery/agent-gateway:<tag> scripts/k8s-tenant.sh create NAME --admin USER@NAME
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

[ "$#" -eq 4 ] && [ "$1" = create ] && [ "$3" = --admin ] ||
  die "usage: TENANT_IMAGE=... scripts/k8s-tenant.sh create NAME --admin USER@NAME"
tenant=$2
admin=${4%@*}
tenant_name='^[a-z][a-z0-9-]{0,62}$'
user_name='^[A-Za-z0-9._-]+$'
[[ "$tenant" =~ $tenant_name ]] || die "a tenant is a lower-case letter, then lower-case letters, digits or -"
[ "$4" = "$admin@$tenant" ] && [[ "$admin" =~ $user_name ]] || die "the admin name must be USER@$tenant"
image=${TENANT_IMAGE:?set TENANT_IMAGE to the image of the gateway}
namespace=${NAMESPACE:-bakery}
job="tenant-create-$tenant"

sed -e "s/TENANT/$tenant/g" -e "s/ADMIN/$admin/" -e "s#image: bakery/agent-gateway#image: $image#" \
  k8s/jobs/tenant-create.yaml | kubectl -n "$namespace" apply -f - >/dev/null
trap 'kubectl -n "$namespace" delete job "$job" --ignore-not-found >/dev/null' EXIT
for _ in $(seq 1 150); do
  state=$(kubectl -n "$namespace" get job "$job" -o jsonpath='{.status.succeeded}/{.status.failed}')
  case $state in
    1/*) kubectl -n "$namespace" logs "job/$job"; exit 0 ;;
    */1) kubectl -n "$namespace" logs "job/$job" >&2; exit 1 ;;
  esac
  sleep 2
done
die "job/$job did not end within 5 minutes"
