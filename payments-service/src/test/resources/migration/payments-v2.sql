-- What a bakery's payments looked like at schema version 2, as the service of that release wrote them:
--  * a cash payment of a sale (6.75 EUR), captured, then 2.70 refunded in cash (completed at once);
--  * a card payment (3.00 BRL) through Infinity Pay, paid by the buyer (webhook received and confirmed), for which a
--    full refund was requested and waits for a manager to make it in the provider's app and confirm it here;
--  * a card payment the provider refused when asked for a link.
-- Nothing is left for a background job: no PENDING payment (reconciliation), every webhook delivery processed
-- (confirmer), every outbox event already published (relay). A REFUND_REQUESTED refund only moves when a manager
-- confirms or cancels it.
INSERT INTO payment (tenant_id, idempotency_key, request_hash, reference, method, amount_cents, currency,
                     description, status, captured_cents, refunded_cents, created_by, created_at, updated_at,
                     captured_at)
VALUES ('migration-bakery', 'a0000000-0000-4000-8000-000000000001', 'hash-1', 'a0000000-0000-4000-8000-000000000001',
        'CASH', 675, 'EUR', 'Sale a0000000-0000-4000-8000-000000000001', 'PARTIALLY_REFUNDED', 675, 270,
        'service-account:sales', '2026-01-15 10:00:01+00', '2026-01-15 15:00:00+00', '2026-01-15 10:00:01+00');
INSERT INTO payment (tenant_id, idempotency_key, request_hash, reference, method, amount_cents, currency,
                     description, status, provider, order_nsu, slug, checkout_url, webhook_token_hash,
                     transaction_nsu, receipt_url, capture_method, installments, paid_amount_cents, captured_cents,
                     created_by, created_at, updated_at, captured_at)
VALUES ('migration-bakery', 'a0000000-0000-4000-8000-000000000002', 'hash-2', 'a0000000-0000-4000-8000-000000000002',
        'CARD', 300, 'BRL', 'Sale a0000000-0000-4000-8000-000000000002', 'CAPTURED', 'infinitypay',
        '6f1c2a4e-0000-4000-8000-00000000aaaa', 'abc123', 'https://checkout.infinitepay.io/bakery/abc123',
        encode(sha256(convert_to('old-webhook-token', 'UTF8')), 'hex'), 'txn-0002',
        'https://recibo.infinitepay.io/txn-0002', 'credit_card', 1, 300, 300, 'service-account:sales',
        '2026-01-15 10:30:01+00', '2026-01-15 10:30:59+00', '2026-01-15 10:30:59+00');
INSERT INTO payment (tenant_id, idempotency_key, request_hash, reference, method, amount_cents, currency, status,
                     provider, order_nsu, failure_code, failure_reason, created_by, created_at, updated_at)
VALUES ('migration-bakery', 'till-2-0001', 'hash-3', 'walk-in-0001', 'CARD', 1200, 'BRL', 'FAILED', 'infinitypay',
        '6f1c2a4e-0000-4000-8000-00000000bbbb', 'provider_rejected', 'Infinity Pay refused the link (400).',
        'cashier@migration-bakery', '2026-01-16 09:00:00+00', '2026-01-16 09:00:01+00');

INSERT INTO payment_event (tenant_id, payment_id, type, from_status, to_status, detail, at)
SELECT 'migration-bakery', id, e.type, e.from_status, e.to_status, e.detail, e.at::timestamptz
FROM payment, (VALUES
    ('CREATED', NULL, NULL, 'CASH 675 EUR', '2026-01-15 10:00:01+00'),
    ('STATUS_CHANGED', 'PENDING', 'CAPTURED', NULL, '2026-01-15 10:00:01.001+00'),
    ('STATUS_CHANGED', 'CAPTURED', 'PARTIALLY_REFUNDED', 'refund 1 of 270', '2026-01-15 15:00:00+00')
) AS e (type, from_status, to_status, detail, at) WHERE reference = 'a0000000-0000-4000-8000-000000000001';
INSERT INTO payment_event (tenant_id, payment_id, type, from_status, to_status, detail, at)
SELECT 'migration-bakery', id, e.type, e.from_status, e.to_status, e.detail, e.at::timestamptz
FROM payment, (VALUES
    ('CREATED', NULL, NULL, 'CARD 300 BRL', '2026-01-15 10:30:01+00'),
    ('LINK_CREATED', NULL, NULL, 'slug abc123', '2026-01-15 10:30:02+00'),
    ('WEBHOOK_RECEIVED', NULL, NULL, 'transaction txn-0002', '2026-01-15 10:30:58+00'),
    ('STATUS_CHANGED', 'PENDING', 'CAPTURED', 'transaction txn-0002', '2026-01-15 10:30:59+00'),
    ('REFUND_REQUESTED', NULL, NULL, 'refund 2 of 300', '2026-01-16 08:00:00+00')
) AS e (type, from_status, to_status, detail, at) WHERE reference = 'a0000000-0000-4000-8000-000000000002';
INSERT INTO payment_event (tenant_id, payment_id, type, from_status, to_status, detail, at)
SELECT 'migration-bakery', id, e.type, e.from_status, e.to_status, e.detail, e.at::timestamptz
FROM payment, (VALUES
    ('CREATED', NULL, NULL, 'CARD 1200 BRL', '2026-01-16 09:00:00+00'),
    ('PROVIDER_ERROR', NULL, NULL, 'Infinity Pay refused the link (400).', '2026-01-16 09:00:01+00'),
    ('STATUS_CHANGED', 'PENDING', 'FAILED', 'provider_rejected: Infinity Pay refused the link (400).',
     '2026-01-16 09:00:01.001+00')
) AS e (type, from_status, to_status, detail, at) WHERE reference = 'walk-in-0001';

INSERT INTO refund (tenant_id, payment_id, amount_cents, status, reason, requested_by, requested_at, resolved_by,
                    resolved_at)
SELECT 'migration-bakery', id, 270, 'COMPLETED', 'stale', 'manager@migration-bakery', '2026-01-15 15:00:00+00',
       'manager@migration-bakery', '2026-01-15 15:00:00+00'
FROM payment WHERE reference = 'a0000000-0000-4000-8000-000000000001';
INSERT INTO refund (tenant_id, payment_id, amount_cents, status, reason, instructions, requested_by, requested_at)
SELECT 'migration-bakery', id, 300, 'REFUND_REQUESTED', 'wrong cake',
       'Infinity Pay has no refund API. Refund 300 BRL cents of transaction txn-0002 (order '
           || order_nsu || ') in the InfinitePay app, then confirm it here.',
       'manager@migration-bakery', '2026-01-16 08:00:00+00'
FROM payment WHERE reference = 'a0000000-0000-4000-8000-000000000002';

INSERT INTO webhook_delivery (tenant_id, payment_id, transaction_nsu, invoice_slug, receipt_url, body, received_at,
                              attempts, processed_at, outcome)
SELECT 'migration-bakery', id, 'txn-0002', 'abc123', 'https://recibo.infinitepay.io/txn-0002',
       '{"invoice_slug":"abc123","amount":300,"paid_amount":300,"installments":1,"capture_method":"credit_card",'
           || '"transaction_nsu":"txn-0002","order_nsu":"' || order_nsu || '"}',
       '2026-01-15 10:30:58+00', 1, '2026-01-15 10:30:59+00', 'CAPTURED'
FROM payment WHERE reference = 'a0000000-0000-4000-8000-000000000002';

INSERT INTO idempotency_key (tenant_id, key, request_hash, response_status, response_body, created_at)
SELECT 'migration-bakery', 'sale-refund-refund-0001', 'hash-of-refund', 201,
       '{"id":1,"paymentId":' || id || ',"amountCents":270,"status":"COMPLETED"}', '2026-01-15 15:00:00+00'
FROM payment WHERE reference = 'a0000000-0000-4000-8000-000000000001';

-- already relayed to the stream by that release (published_at set): the relay must leave them alone
INSERT INTO outbox_event (tenant_id, type, aggregate_id, payload, created_at, published_at)
SELECT 'migration-bakery', e.type, 'payment:' || p.id, e.payload, e.at::timestamptz,
       e.at::timestamptz + interval '1 second'
FROM payment p JOIN (VALUES
    ('a0000000-0000-4000-8000-000000000001', 'payments.payment.captured', '{"status":"CAPTURED"}',
     '2026-01-15 10:00:01+00'),
    ('a0000000-0000-4000-8000-000000000001', 'payments.payment.refunded', '{"status":"PARTIALLY_REFUNDED"}',
     '2026-01-15 15:00:00+00'),
    ('a0000000-0000-4000-8000-000000000002', 'payments.payment.captured', '{"status":"CAPTURED"}',
     '2026-01-15 10:30:59+00'),
    ('walk-in-0001', 'payments.payment.failed', '{"status":"FAILED"}', '2026-01-16 09:00:01+00')
) AS e (reference, type, payload, at) ON e.reference = p.reference;
