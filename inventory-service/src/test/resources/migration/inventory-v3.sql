-- What a bakery's data looked like at schema version 3 (materials, FIFO batches, the ledger, products, recipes,
-- production): flour received twice at two costs, one production run of bread that used all of the first batch
-- and part of the second, as the service of that release would have written it.
INSERT INTO material (tenant_id, name, unit, minimum_quantity, supplier, category, on_hand, stock_value, created_at)
VALUES ('migration-bakery', 'Flour', 'kg', 5, 'Mill', 'dry', 8, 1200, '2026-01-05 08:00+00');

INSERT INTO batch (tenant_id, material_id, quantity, remaining, unit_cost_cents, received_at, expires_on, supplier_lot)
SELECT 'migration-bakery', id, 10, 0, 100, '2026-01-05 08:00+00'::timestamptz, '2026-06-30'::date, 'LOT-A' FROM material WHERE name = 'Flour'
UNION ALL
SELECT 'migration-bakery', id, 10, 8, 150, '2026-01-06 08:00+00'::timestamptz, NULL::date, 'LOT-B' FROM material WHERE name = 'Flour';

INSERT INTO stock_movement (tenant_id, material_id, kind, reason, reference, quantity, quantity_after, value_change,
                            value_after, created_by, created_at)
SELECT 'migration-bakery', id, 'RECEIPT', NULL, 'LOT-A', 10, 10, 1000, 1000, 'manager@migration-bakery',
       '2026-01-05 08:00+00' FROM material WHERE name = 'Flour';
INSERT INTO stock_movement (tenant_id, material_id, kind, reason, reference, quantity, quantity_after, value_change,
                            value_after, created_by, created_at)
SELECT 'migration-bakery', id, 'RECEIPT', NULL, 'LOT-B', 10, 20, 1500, 2500, 'manager@migration-bakery',
       '2026-01-06 08:00+00' FROM material WHERE name = 'Flour';
INSERT INTO stock_movement (tenant_id, material_id, kind, reason, reference, quantity, quantity_after, value_change,
                            value_after, created_by, created_at)
SELECT 'migration-bakery', id, 'CONSUMPTION', 'production', 'run', -12, 8, -1300, 1200, 'baker@migration-bakery',
       '2026-01-07 05:00+00' FROM material WHERE name = 'Flour';

INSERT INTO movement_batch (movement_id, batch_id, quantity, unit_cost_cents)
SELECT m.id, b.id, 10, 100 FROM stock_movement m, batch b WHERE m.reference = 'LOT-A' AND b.supplier_lot = 'LOT-A'
UNION ALL
SELECT m.id, b.id, 10, 150 FROM stock_movement m, batch b WHERE m.reference = 'LOT-B' AND b.supplier_lot = 'LOT-B'
UNION ALL
SELECT m.id, b.id, -10, 100 FROM stock_movement m, batch b WHERE m.kind = 'CONSUMPTION' AND b.supplier_lot = 'LOT-A'
UNION ALL
SELECT m.id, b.id, -2, 150 FROM stock_movement m, batch b WHERE m.kind = 'CONSUMPTION' AND b.supplier_lot = 'LOT-B';

INSERT INTO product (tenant_id, name, price_cents, currency, on_hand, reserved, stock_value)
VALUES ('migration-bakery', 'Bread', 300, 'EUR', 10, 0, 1300);

INSERT INTO recipe (tenant_id, name, product_id, yield)
SELECT 'migration-bakery', 'Bread loaf', id, 10 FROM product WHERE name = 'Bread';
INSERT INTO recipe_ingredient (recipe_id, position, material_id, quantity, unit)
SELECT r.id, 0, m.id, 12, 'kg' FROM recipe r, material m WHERE r.name = 'Bread loaf' AND m.name = 'Flour';

INSERT INTO production_run (tenant_id, recipe_id, product_id, batches, units_produced, material_cost, unit_cost,
                            created_by, created_at)
SELECT 'migration-bakery', r.id, r.product_id, 1, 10, 1300, 130, 'baker@migration-bakery', '2026-01-07 05:00+00'
FROM recipe r WHERE r.name = 'Bread loaf';
INSERT INTO production_run_line (run_id, material_id, quantity, cost, movement_id)
SELECT p.id, m.material_id, 12, 1300, m.id FROM production_run p, stock_movement m WHERE m.kind = 'CONSUMPTION';
INSERT INTO product_layer (tenant_id, product_id, quantity, remaining, unit_cost, production_run_id, created_at)
SELECT 'migration-bakery', product_id, 10, 10, 130, id, '2026-01-07 05:00+00' FROM production_run;

INSERT INTO idempotency_key (tenant_id, key, request_hash, response_status, response_body)
VALUES ('migration-bakery', 'receipt-lot-b', 'a1b2', 201, '{"id":2}');
