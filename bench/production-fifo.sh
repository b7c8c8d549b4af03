#!/usr/bin/env bash
# Benchmark: how long a production run takes when its material has 10 open batches, and when it has 10,000.
# The FIFO query reads only the batches a run consumes (partial index, locked chunks), so the two should be close.
# Needs a running suite (./bakery up). Prints the median and p90 of ROUNDS timed runs for each case.
set -euo pipefail
cd "$(dirname "$0")/.."

GW=${GATEWAY_URL:-http://localhost:8080}
INV=${INVENTORY_URL:-http://localhost:8081}
ROUNDS=${ROUNDS:-20}
PSQL=(psql -h 127.0.0.1 -U bakery_inventory -d "${DB_NAME:-bakery}" -qAt -v ON_ERROR_STOP=1)
export PGPASSWORD=${INVENTORY_DATABASE_PASSWORD:-bakery_inventory_dev}

token=$(curl -fsS -H 'Content-Type: application/json' \
  -d "{\"username\":\"manager@north\",\"password\":\"${BAKERY_DEMO_PASSWORD:-bakery-demo}\"}" "$GW/auth/token" |
  sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "no token: is the suite up (./bakery up)?" >&2; exit 1; }
api() { # METHOD PATH [BODY] -> body
  curl -fsS -X "$1" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: bench-$(date +%s%N)" ${3:+-d "$3"} "$INV$2"
}
id_of() { sed -n 's/^{"id":\([0-9]*\).*/\1/p'; }

# bench_case OPEN_BATCHES: creates a material with that many open 1 kg batches and times runs taking 2.5 kg
bench_case() {
  local open=$1 tag material product recipe
  tag="bench-$open-$(date +%s%N)"
  material=$(api POST /api/inventory/materials "{\"name\":\"$tag\",\"unit\":\"kg\"}" | id_of)
  # bulk receipts straight into the schema (one ledger row for all of them), so 10,000 batches take a second
  "${PSQL[@]}" <<SQL
BEGIN;
INSERT INTO inventory.batch (tenant_id, material_id, quantity, remaining, unit_cost_cents, received_at)
  SELECT 'north', $material, 1, 1, 100 + g % 50, now() - interval '30 days' + g * interval '1 second'
  FROM generate_series(1, $open) g;
UPDATE inventory.material SET on_hand = s.q, stock_value = s.v
  FROM (SELECT sum(remaining) q, sum(remaining * unit_cost_cents) v FROM inventory.batch WHERE material_id = $material) s
  WHERE id = $material;
WITH m AS (
  INSERT INTO inventory.stock_movement (tenant_id, material_id, kind, reason, quantity, quantity_after, value_change,
    value_after, created_by)
  SELECT 'north', id, 'RECEIPT', 'benchmark bulk receipt', on_hand, on_hand, stock_value, stock_value, 'bench'
  FROM inventory.material WHERE id = $material RETURNING id)
INSERT INTO inventory.movement_batch (movement_id, batch_id, quantity, unit_cost_cents)
  SELECT m.id, b.id, b.quantity, b.unit_cost_cents FROM m, inventory.batch b WHERE b.material_id = $material;
COMMIT;
SQL
  product=$(api POST /api/inventory/products "{\"name\":\"$tag\",\"priceCents\":100,\"currency\":\"EUR\"}" | id_of)
  recipe=$(api POST /api/inventory/recipes "{\"name\":\"$tag\",\"productId\":$product,\"yield\":1,\
\"ingredients\":[{\"materialId\":$material,\"quantity\":2.5}]}" | id_of)
  local times=() i t
  for i in $(seq 1 $((ROUNDS + 3))); do
    if [ "$open" -le 100 ]; then # keep the small case at ~$open open batches
      for _ in 1 2 3; do api POST "/api/inventory/materials/$material/batches" '{"quantity":1,"unitCostCents":120}' >/dev/null; done
    fi
    t=$(curl -fsS -o /dev/null -w '%{time_total}' -X POST -H "Authorization: Bearer $token" \
      -H "Idempotency-Key: bench-$(date +%s%N)" -H 'Content-Type: application/json' -d "{\"recipeId\":$recipe,\"batches\":1}" "$INV/api/inventory/production-runs")
    [ "$i" -gt 3 ] && times+=("$t") # the first three warm up
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v open="$open" '{ a[NR] = $1 * 1000 }
    END { printf "%6d open batches: median %.1f ms, p90 %.1f ms over %d runs (each consumes 3 batches)\n",
          open, a[int((NR + 1) / 2)], a[int(NR * 0.9 + 0.5)], NR
          printf "RESULT fifo_%d_ms=%.1f\n", open, a[int((NR + 1) / 2)] }'
}

echo "production run (recipe takes 2.5 kg of 1 kg batches), straight to inventory-service at $INV"
bench_case 10
bench_case 10000
