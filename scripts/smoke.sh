#!/usr/bin/env bash
# Checks a running suite end to end through the gateway, as an operator bringing up a new bakery would: a tenant
# made with the gateway's tenant command, its first admin's one-time password replaced, staff made by that admin;
# then every service answers with the tenant's token, a request without one is refused, /healthz reports every
# service UP, payments, a checkout, a model trained and a photo classified, the assistant. Exits non-zero on any
# failure. TENANT_COMMAND runs the gateway's tenant command where the suite runs (default: ./bakery tenant; in a
# cluster, e.g. kubectl exec deploy/agent-gateway -- /app/tenant.sh ... see docs/operations.md).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

GW=${GATEWAY_URL:-http://localhost:${GATEWAY_PORT:-8080}}
TENANT_COMMAND=${TENANT_COMMAND:-./bakery tenant}
passed=0
failed=0
check() { # NAME EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then passed=$((passed + 1)); echo "ok    $1"; else failed=$((failed + 1)); echo "FAIL  $1: expected $2, got $3"; fi
}
status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$@"; }
field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^\",]*\).*/\1/p"; }
json_post() { # PATH BODY [TOKEN]
  curl -s --max-time 15 -H 'Content-Type: application/json' ${3:+-H "Authorization: Bearer $3"} -d "$2" "$GW$1"
}
sign_in() { json_post /auth/token "{\"username\":\"$1\",\"password\":\"$2\"}" | field access_token; }

# A new tenant, its first admin and their staff, all made the way an operator and an admin make them
tenant="smoke-$(date +%s)-$RANDOM"
admin="owner@$tenant"
made=$($TENANT_COMMAND create "$tenant" --admin "$admin" 2>&1) || die "the tenant command failed: $made"
one_time=$(sed -n 's/^One-time password: \(.*\)$/\1/p' <<<"$made")
check "the tenant command prints a one-time password" yes "$([ -n "$one_time" ] && echo yes || echo no)"
check "a one-time password signs in only to be changed" password_change_required \
  "$(json_post /auth/token "{\"username\":\"$admin\",\"password\":\"$one_time\"}" | field code)"
password="smoke-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
admin_token=$(json_post /auth/password \
  "{\"username\":\"$admin\",\"password\":\"$one_time\",\"newPassword\":\"$password\"}" | field access_token)
check "the first admin chooses their own password" yes "$([ -n "$admin_token" ] && echo yes || echo no)"
for role in manager cashier baker; do
  json_post /api/admin/users "{\"username\":\"$role@$tenant\",\"password\":\"$password\",\"roles\":[\"$role\"]}" \
    "$admin_token" >/dev/null
done
token=$(sign_in "baker@$tenant" "$password")
cashier=$(sign_in "cashier@$tenant" "$password")
manager=$(sign_in "manager@$tenant" "$password")
check "the admin's staff sign in" yes "$([ -n "$token" ] && [ -n "$cashier" ] && [ -n "$manager" ] && echo yes || echo no)"

check "/healthz is 200" 200 "$(status_of "$GW/healthz")"
for svc in "${SERVICES[@]}"; do
  body=$(curl -s --max-time 10 -H "Authorization: Bearer $token" "$GW/api/$svc/info")
  check "$svc answers with the token's tenant" "\"tenant\":\"$tenant\"" \
    "$(grep -o '"tenant":"[a-z0-9-]*"' <<<"$body" || true)"
  check "$svc refuses a request without token" 401 "$(status_of "$GW/api/$svc/info")"
done

# Payments through the gateway: cash captures at once; a card payment is captured when the (simulated)
# provider's webhook, sent to the gateway's public address, has been confirmed.
pay() { # METHOD AMOUNT CURRENCY
  curl -s --max-time 15 -H "Authorization: Bearer $cashier" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: smoke-$(date +%s%N)" \
    -d "{\"reference\":\"smoke\",\"amountCents\":$2,\"currency\":\"$3\",\"method\":\"$1\"}" "$GW/api/payments/payments"
}
check "a cash payment is captured" CAPTURED "$(pay CASH 450 EUR | field status)"
card=$(pay CARD 1500 BRL)
check "a card payment waits for the provider" PENDING "$(field status <<<"$card")"
# the simulator pays the link as a customer would (./bakery up starts it unless a merchant handle is set; compose
# publishes it where INFINITY_PAY_SIMULATOR_URL says)
SIMULATOR_URL=${INFINITY_PAY_SIMULATOR_URL:-}
[ -n "$SIMULATOR_URL" ] || [ -n "${INFINITY_PAY_HANDLE:-}" ] ||
  SIMULATOR_URL="http://127.0.0.1:${INFINITY_PAY_SIMULATOR_PORT:-8090}"
if [ -n "$SIMULATOR_URL" ]; then
  card_id=$(field id <<<"$card")
  slug=$(field slug <<<"$card")
  curl -s -o /dev/null --max-time 10 -X POST "$SIMULATOR_URL/__sim/links/$slug/pay"
  status=PENDING
  for _ in $(seq 1 50); do
    status=$(curl -s --max-time 5 -H "Authorization: Bearer $cashier" "$GW/api/payments/payments/$card_id" | field status)
    [ "$status" = PENDING ] || break
    sleep 0.2
  done
  check "the card payment is captured after the webhook" CAPTURED "$status"
fi

# The checkout saga through the gateway: a manager stocks a product, a cashier sells two for cash.
post() { # TOKEN PATH BODY
  curl -s --max-time 15 -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: smoke-$(date +%s%N)" -d "$3" "$GW$2"
}
tag="smoke-$(date +%s%N)"
product=$(post "$manager" /api/inventory/products "{\"name\":\"$tag\",\"priceCents\":450,\"currency\":\"BRL\"}" | field id)
material=$(post "$manager" /api/inventory/materials "{\"name\":\"$tag\",\"unit\":\"pcs\",\"minimumQuantity\":0}" | field id)
post "$manager" "/api/inventory/materials/$material/batches" '{"quantity":5,"unitCostCents":100}' >/dev/null
recipe=$(post "$manager" /api/inventory/recipes \
  "{\"name\":\"$tag\",\"productId\":$product,\"yield\":1,\"ingredients\":[{\"materialId\":$material,\"quantity\":1}]}" | field id)
post "$manager" /api/inventory/production-runs "{\"recipeId\":$recipe,\"batches\":5}" >/dev/null
sale=$(post "$cashier" /api/sales/checkout \
  "{\"lines\":[{\"productId\":$product,\"quantity\":2}],\"payment\":{\"method\":\"CASH\",\"tenderedCents\":1000}}")
check "a cash checkout completes" COMPLETED "$(field status <<<"$sale")"
check "its change is 100" 100 "$(field changeCents <<<"$sale")"
check "its cost of goods is 200" 200 "$(field cogsCents <<<"$sale")"

# The classifier through the gateway: the manager uploads the bundled fruit in every style but OpenMoji and trains
# the tenant's first model, which names a fruit drawn in OpenMoji's style, uploaded as a photo would be.
for image in classifier-service/src/main/resources/fruit/*/*.png; do
  case "$image" in */openmoji/*) continue ;; esac
  name=$(basename "$image" .png)
  curl -s -o /dev/null --max-time 15 -H "Authorization: Bearer $manager" -F "image=@$image" -F "label=${name//-/ }" \
    "$GW/api/classifier/training-images"
done
json_post /api/classifier/models '{}' "$manager" >/dev/null
model=TRAINING
for _ in $(seq 1 240); do
  models=$(curl -s --max-time 5 -H "Authorization: Bearer $token" "$GW/api/classifier/models")
  if grep -q '"status":"READY"' <<<"$models"; then model=READY; break; fi
  grep -q '"status":"TRAINING"' <<<"$models" || { model=$(field status <<<"$models"); break; }
  sleep 0.5
done
check "the tenant's first model is trained" READY "$model"
label=$(curl -s --max-time 15 -H "Authorization: Bearer $token" \
  -F "image=@classifier-service/src/main/resources/fruit/openmoji/banana.png" "$GW/api/classifier/classifications" |
  grep -o '"label":"[^"]*"' | head -1 | cut -d'"' -f4) # the first label; the alternatives have labels too
check "a photo of a banana is classified" banana "$label"

# The assistant through the gateway, offline provider: a question answered from inventory's live alerts.
asked=$(curl -s --max-time 15 -H "Authorization: Bearer $manager" -H 'Content-Type: application/json' \
  -d '{"question":"What is low on stock?"}' "$GW/api/agent/ask")
check "the assistant asks inventory for low-stock alerts" '"tool":"low_stock_alerts"' \
  "$(grep -o '"tool":"low_stock_alerts"' <<<"$asked" || true)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
