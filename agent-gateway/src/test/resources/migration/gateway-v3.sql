-- The same bakery at schema version 3 (users can be disabled, API keys, feature flags): a former employee
-- disabled, a till's API key (secret "oldReleaseKeySecret_0123456789abcdefghijklm", kept as its SHA-256 like the
-- service does), card payments switched off for the tenant, and two more requests chained onto the trail.
INSERT INTO users (tenant_id, username, password_hash, enabled, created_at)
VALUES ('migration-bakery', 'former@migration-bakery',
        '$argon2id$v=19$m=19456,t=2,p=1$bWlncmF0aW9uLXNhbHQtMQ$KlmluK8+/28mX1OFSUoq7PXWUs2STfrEKaCR1wRdjaE',
        false, '2026-01-10 08:00+00');
INSERT INTO user_roles (user_id, role) SELECT id, 'baker' FROM users WHERE username = 'former@migration-bakery';

INSERT INTO api_key (tenant_id, name, prefix, secret_hash, roles, created_by, created_at, last_used_at)
VALUES ('migration-bakery', 'till-1', '0123456789abcdef',
        encode(sha256(convert_to('oldReleaseKeySecret_0123456789abcdefghijklm', 'UTF8')), 'hex'), 'cashier',
        'admin@migration-bakery', '2026-01-10 09:00+00', '2026-01-11 07:00+00');
INSERT INTO api_key (tenant_id, name, prefix, secret_hash, roles, created_by, created_at, revoked_at)
VALUES ('migration-bakery', 'lost-tablet', 'fedcba9876543210',
        encode(sha256(convert_to('lostTabletSecret_0123456789abcdefghijklmnop', 'UTF8')), 'hex'), 'auditor,manager',
        'admin@migration-bakery', '2026-01-10 09:30+00', '2026-01-12 10:00+00');

INSERT INTO feature_flag (tenant_id, name, enabled, rollout_percent, updated_by, updated_at)
VALUES ('migration-bakery', 'card-payments', false, 100, 'admin@migration-bakery', '2026-01-10 10:00+00');

-- the chain goes on from the last hash of version 2, computed as there
DO $$
DECLARE
    prev TEXT := coalesce((SELECT hash FROM audit_record ORDER BY id DESC LIMIT 1), repeat('0', 64));
    r RECORD;
    f TEXT;
    canonical TEXT;
    h TEXT;
BEGIN
    FOR r IN SELECT * FROM (VALUES
            (1, 1768035600000::bigint, 'old-v3-1', 'migration-bakery'::text, 'admin@migration-bakery'::text, 'POST',
             '/api/admin/api-keys', 201, 8::bigint, '10.0.0.8'::text, NULL::text),
            (2, 1768035660000, 'old-v3-2', 'migration-bakery', 'apikey:1', 'POST', '/api/sales/sales', 429, 1,
             '10.0.0.9', 'rate limited')
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
