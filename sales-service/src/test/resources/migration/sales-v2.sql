-- What a bakery's sales looked like at schema version 2, as the service of that release wrote them, on
-- 2026-01-15 in Lisbon (UTC in winter), 6 % tax included in prices:
--  * a cash sale, completed: 2 Bread at 3.00 and 1 Croissant at 1.50, 10 % off (75 cents spread over the
--    lines by value), 10.00 tendered; later one Bread brought back and refunded in cash (2.70, restocked);
--  * a card sale, completed after the buyer paid the link (payment event consumed);
--  * a cash sale that failed for lack of stock (never priced, nothing held or charged).
-- Every sale is at a final step (COMPLETED or FAILED), so neither recovery nor payment events touch them.
INSERT INTO tenant_settings (tenant_id, time_zone, tax_rate_bp, updated_at)
VALUES ('migration-bakery', 'Europe/Lisbon', 600, '2026-01-02 09:00+00');

INSERT INTO sale (id, tenant_id, idempotency_key, request_hash, cashier, status, step, payment_method,
                  tendered_cents, change_cents, discount_percent, currency, subtotal_cents, discount_cents,
                  total_cents, tax_rate_bp, tax_cents, cogs_cents, refunded_cents, payment_id, payment_status,
                  attempts, created_at, updated_at, completed_at)
VALUES ('a0000000-0000-4000-8000-000000000001', 'migration-bakery', 'till-1-0001', 'hash-of-till-1-0001',
        'cashier@migration-bakery', 'COMPLETED', 'COMPLETED', 'CASH', 1000, 325, 10, 'EUR', 750, 75, 675, 600, 38,
        310, 270, 7001, 'CAPTURED', 3, '2026-01-15 10:00:00+00', '2026-01-15 10:00:02+00',
        '2026-01-15 10:00:02+00');
INSERT INTO sale_line (sale_id, position, product_id, product_name, quantity, unit_price_cents, discount_cents,
                       net_cents, cogs_cents, refunded_quantity)
VALUES ('a0000000-0000-4000-8000-000000000001', 0, 101, 'Bread', 2, 300, 60, 540, 260, 1),
       ('a0000000-0000-4000-8000-000000000001', 1, 102, 'Croissant', 1, 150, 15, 135, 50, 0);
INSERT INTO sale_step (sale_id, step, detail, at)
VALUES ('a0000000-0000-4000-8000-000000000001', 'CREATED', 'by cashier@migration-bakery', '2026-01-15 10:00:00+00'),
       ('a0000000-0000-4000-8000-000000000001', 'RESERVED', 'total 675 EUR', '2026-01-15 10:00:01+00'),
       ('a0000000-0000-4000-8000-000000000001', 'PAID', 'payment 7001', '2026-01-15 10:00:01.500+00'),
       ('a0000000-0000-4000-8000-000000000001', 'COMPLETED', 'cost of goods 310', '2026-01-15 10:00:02+00');

INSERT INTO sale (id, tenant_id, idempotency_key, request_hash, cashier, status, step, payment_method, currency,
                  subtotal_cents, discount_cents, total_cents, tax_rate_bp, tax_cents, cogs_cents, payment_id,
                  payment_status, checkout_url, attempts, created_at, updated_at, completed_at)
VALUES ('a0000000-0000-4000-8000-000000000002', 'migration-bakery', 'till-1-0002', 'hash-of-till-1-0002',
        'cashier@migration-bakery', 'COMPLETED', 'COMPLETED', 'CARD', 'EUR', 300, 0, 300, 600, 17, 130, 7002,
        'CAPTURED', 'https://checkout.infinitepay.io/bakery/abc123', 4, '2026-01-15 10:30:00+00',
        '2026-01-15 10:31:00+00', '2026-01-15 10:31:00+00');
INSERT INTO sale_line (sale_id, position, product_id, product_name, quantity, unit_price_cents, discount_cents,
                       net_cents, cogs_cents)
VALUES ('a0000000-0000-4000-8000-000000000002', 0, 101, 'Bread', 1, 300, 0, 300, 130);
INSERT INTO sale_step (sale_id, step, detail, at)
VALUES ('a0000000-0000-4000-8000-000000000002', 'CREATED', 'by cashier@migration-bakery', '2026-01-15 10:30:00+00'),
       ('a0000000-0000-4000-8000-000000000002', 'RESERVED', 'total 300 EUR', '2026-01-15 10:30:01+00'),
       ('a0000000-0000-4000-8000-000000000002', 'AWAITING_PAYMENT', 'payment 7002 awaits the buyer',
        '2026-01-15 10:30:02+00'),
       ('a0000000-0000-4000-8000-000000000002', 'PAID', 'payment 7002', '2026-01-15 10:30:59+00'),
       ('a0000000-0000-4000-8000-000000000002', 'COMPLETED', 'cost of goods 130', '2026-01-15 10:31:00+00');
INSERT INTO processed_event (stream, event_id, processed_at)
VALUES ('bakery.payments.events', 'evt-7002-captured', '2026-01-15 10:30:59+00');

INSERT INTO sale (id, tenant_id, idempotency_key, request_hash, cashier, status, step, payment_method,
                  tendered_cents, failure_code, failure_reason, failure_detail, attempts, created_at, updated_at)
VALUES ('a0000000-0000-4000-8000-000000000003', 'migration-bakery', 'till-1-0003', 'hash-of-till-1-0003',
        'cashier@migration-bakery', 'FAILED', 'FAILED', 'CASH', 5000, 'insufficient_stock',
        'Not enough stock for 1 product.', '[{"productId":103,"requested":5,"available":2}]', 1,
        '2026-01-15 11:00:00+00', '2026-01-15 11:00:01+00');
INSERT INTO sale_line (sale_id, position, product_id, quantity)
VALUES ('a0000000-0000-4000-8000-000000000003', 0, 103, 5);
INSERT INTO sale_step (sale_id, step, detail, at)
VALUES ('a0000000-0000-4000-8000-000000000003', 'CREATED', 'by cashier@migration-bakery', '2026-01-15 11:00:00+00'),
       ('a0000000-0000-4000-8000-000000000003', 'FAILED', 'insufficient stock', '2026-01-15 11:00:01+00');

-- the cash refund: completed at once by payments-service, one Bread back on the shelf
INSERT INTO sale_refund (tenant_id, sale_id, amount_cents, lines, restock, reason, payment_refund_id,
                         payment_refund_status, created_by, created_at)
VALUES ('migration-bakery', 'a0000000-0000-4000-8000-000000000001', 270, '[{"productId":101,"quantity":1}]', true,
        'stale', 8001, 'COMPLETED', 'manager@migration-bakery', '2026-01-15 15:00:00+00');
INSERT INTO idempotency_key (tenant_id, key, request_hash, response_status, response_body, created_at)
VALUES ('migration-bakery', 'refund-0001', 'hash-of-refund-0001', 201,
        '{"id":1,"saleId":"a0000000-0000-4000-8000-000000000001","amountCents":270}', '2026-01-15 15:00:00+00');

-- the aggregates, as completing the two sales and recording the refund added to them
INSERT INTO daily_sales (tenant_id, day, sales_count, revenue_cents, discount_cents, tax_cents, cogs_cents,
                         refunds_cents)
VALUES ('migration-bakery', '2026-01-15', 2, 975, 75, 55, 440, 270);
INSERT INTO hourly_sales (tenant_id, day, hour, sales_count, revenue_cents)
VALUES ('migration-bakery', '2026-01-15', 10, 2, 975);
INSERT INTO product_daily_sales (tenant_id, day, product_id, product_name, units, revenue_cents, cogs_cents)
VALUES ('migration-bakery', '2026-01-15', 101, 'Bread', 3, 840, 390),
       ('migration-bakery', '2026-01-15', 102, 'Croissant', 1, 135, 50);
