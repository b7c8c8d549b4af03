-- The same bakery later, at schema version 6 (reservations, alerts and outbox, product returns): two loaves sold
-- (a committed reservation), one of them brought back, and yeast run out with its low-stock alert open.
INSERT INTO reservation (tenant_id, sale_id, status, expires_at, created_by, created_at, closed_at)
VALUES ('migration-bakery', 'sale-1', 'COMMITTED', '2026-02-01 09:15+00', 'sales-service', '2026-02-01 09:00+00',
        '2026-02-01 09:01+00');
INSERT INTO reservation_line (reservation_id, position, product_id, quantity, price_cents, currency, cogs)
SELECT r.id, 0, p.id, 2, 300, 'EUR', 260 FROM reservation r, product p WHERE r.sale_id = 'sale-1' AND p.name = 'Bread';
UPDATE product_layer SET remaining = 8 WHERE source = 'PRODUCTION';
INSERT INTO product_layer (tenant_id, product_id, quantity, remaining, unit_cost, source, sale_id, reason, created_at)
SELECT 'migration-bakery', id, 1, 1, 130, 'RETURN', 'sale-1', 'wrong order', '2026-02-01 10:00+00'
FROM product WHERE name = 'Bread';
UPDATE product SET on_hand = 9, stock_value = 1170 WHERE name = 'Bread';

INSERT INTO material (tenant_id, name, unit, minimum_quantity, on_hand, stock_value)
VALUES ('migration-bakery', 'Yeast', 'g', 500, 0, 0);
INSERT INTO low_stock_alert (tenant_id, material_id, status, on_hand_at_open, minimum, opened_at)
SELECT 'migration-bakery', id, 'OPEN', 0, 500, '2026-02-01 11:00+00' FROM material WHERE name = 'Yeast';
INSERT INTO outbox_event (tenant_id, type, aggregate_id, payload, published_at)
SELECT 'migration-bakery', 'LowStockAlertOpened', id::text, '{"material":"Yeast"}', '2026-02-01 11:00:01+00'
FROM material WHERE name = 'Yeast';
