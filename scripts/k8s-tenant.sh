#!/usr/bin/env bash
# The gateway's tenant command in a cluster: a Job made from the running gateway's own Deployment (its image, its
# generated ConfigMaps, Secrets, mounts and security context; without probes or ports, and with labels of its own so
# no Service sends it traffic), applied and waited for; its log (the one-time password) printed; the Job deleted.
# Exit status as the command's: 0 made, 1 refused. The pipeline's staging smoke test makes its tenant so.
#   scripts/k8s-tenant.sh create NAME --admin USER@NAME      (kubectl's context; NAMESPACE, default bakery)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

[ "$#" -eq 4 ] && [ "$1" = create ] && [ "$3" = --admin ] ||
  die "usage: scripts/k8s-tenant.sh create NAME --admin USER@NAME"
tenant=$2
admin=${4%@*}
tenant_name='^[a-z][a-z0-9-]{0,62}$'
user_name='^[A-Za-z0-9._-]+$'
[[ "$tenant" =~ $tenant_name ]] || die "a tenant is a lower-case letter, then lower-case letters, digits or -"
[ "$4" = "$admin@$tenant" ] && [[ "$admin" =~ $user_name ]] || die "the admin name must be USER@$tenant"
namespace=${NAMESPACE:-bakery}
job="tenant-create-$tenant"

# the Deployment's pod, turned into a Job's that runs the command once
job_from_deployment='
import json, sys
tenant, admin = sys.argv[1], sys.argv[2]
pod = json.load(sys.stdin)["spec"]["template"]["spec"]
container = pod["containers"][0]
for serving in ("ports", "startupProbe", "livenessProbe", "readinessProbe"):
    container.pop(serving, None)
container.update(name="tenant-create", args=["tenant", "create", tenant, "--admin", admin])
pod.pop("topologySpreadConstraints", None)
pod["restartPolicy"] = "Never"
labels = {"app.kubernetes.io/name": "tenant-create", "app.kubernetes.io/part-of": "bakery"}
print(json.dumps({"apiVersion": "batch/v1", "kind": "Job",
                  "metadata": {"name": "tenant-create-" + tenant, "labels": labels},
                  "spec": {"backoffLimit": 0, "ttlSecondsAfterFinished": 3600,
                           "template": {"metadata": {"labels": labels}, "spec": pod}}}))
'
kubectl -n "$namespace" get deployment agent-gateway -o json | python3 -c "$job_from_deployment" "$tenant" "$4" |
  kubectl -n "$namespace" apply -f - >/dev/null
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
