-- What a bakery's sign-ins and audit trail looked like at schema version 2: an admin and a cashier (password
-- "old-release-password", Argon2id with a fixed salt, in the PHC form the service writes and reads), and three
-- requests of that release in the hash-chained audit trail.
INSERT INTO users (tenant_id, username, password_hash, created_at)
VALUES ('migration-bakery', 'admin@migration-bakery',
        '$argon2id$v=19$m=19456,t=2,p=1$bWlncmF0aW9uLXNhbHQtMQ$KlmluK8+/28mX1OFSUoq7PXWUs2STfrEKaCR1wRdjaE',
        '2026-01-05 08:00+00'),
       ('migration-bakery', 'cashier@migration-bakery',
        '$argon2id$v=19$m=19456,t=2,p=1$bWlncmF0aW9uLXNhbHQtMQ$KlmluK8+/28mX1OFSUoq7PXWUs2STfrEKaCR1wRdjaE',
        '2026-01-05 08:05+00');
INSERT INTO user_roles (user_id, role)
SELECT id, 'admin' FROM users WHERE username = 'admin@migration-bakery'
UNION ALL SELECT id, 'auditor' FROM users WHERE username = 'admin@migration-bakery'
UNION ALL SELECT id, 'cashier' FROM users WHERE username = 'cashier@migration-bakery';

-- The chain as AuditRecord.hash computes it: SHA-256 (lower-case hex) of the previous hash followed by
-- "|<length>:<text>" per field (at_ms .. denial; "|-1:" for a null), starting from 64 zeros. The trigger forbids
-- updates, so each row is inserted with its hash already computed.
DO $$
DECLARE
    prev TEXT := coalesce((SELECT hash FROM audit_record ORDER BY id DESC LIMIT 1), repeat('0', 64));
    r RECORD;
    f TEXT;
    canonical TEXT;
    h TEXT;
BEGIN
    FOR r IN SELECT * FROM (VALUES
            (1, 1767600000000::bigint, 'old-v2-1', NULL::text, NULL::text, 'POST', '/auth/token', 200, 41::bigint,
             '10.0.0.7'::text, NULL::text),
            (2, 1767600060000, 'old-v2-2', 'migration-bakery', 'cashier@migration-bakery', 'GET',
             '/api/sales/sales', 200, 12, '10.0.0.7', NULL),
            (3, 1767600120000, 'old-v2-3', 'migration-bakery', 'cashier@migration-bakery', 'GET',
             '/api/admin/users', 403, 3, '10.0.0.7', 'HTTP 403')
        ) AS v(n, at_ms, request_id, tenant, subject, method, path, status, latency_ms, client_ip, denial) ORDER BY n
    LOOP
        canonical := prev;
        FOREACH f IN ARRAY ARRAY[r.at_ms::text, r.request_id, r.tenant, r.subject, r.method, r.path, r.status::text,
                r.latency_ms::text, r.client_ip, r.denial] LOOP
            canonical := canonical || '|' || CASE WHEN f IS NULL THEN '-1:' ELSE char_length(f) || ':' || f END;
        END LOOP;
        h := encode(sha256(convert_to(canonical, 'UTF8')), 'hex');
        INSERT INTO audit_record (at_ms, request_id, tenant, subject, method, path, status, latency_ms, client_ip,
                                  denial, prev_hash, hash)
        VALUES (r.at_ms, r.request_id, r.tenant, r.subject, r.method, r.path, r.status, r.latency_ms, r.client_ip,
                r.denial, prev, h);
        prev := h;
    END LOOP;
END $$;
