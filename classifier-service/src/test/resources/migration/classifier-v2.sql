-- What a bakery's classifier data looked like at schema version 2, as the service of that release wrote it:
-- two training images (apple, banana), a first model run that failed and a second one READY and active, two
-- classifications (one by the local model, one by OpenAI), and the tenant's choice of OpenAI as provider.
-- No version is TRAINING: at start the service fails TRAINING runs whose heartbeat is old, which would change them.
INSERT INTO image (tenant, sha256, format, width, height, size_bytes, content, created_at)
SELECT 'migration-bakery', encode(sha256(c), 'hex'), 'png', 2, 2, length(c), c, t::timestamptz
FROM (VALUES
    ('\x89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a730000001049444154789c6338212707440c100a001f260411a28f22af0000000049454e44ae426082'::bytea,
     '2026-01-20 08:00+00'),
    ('\x89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a730000001049444154789c63f8704703881820140039de07d1f8f3fcff0000000049454e44ae426082'::bytea,
     '2026-01-20 08:01+00'),
    ('\x89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a730000001049444154789c637876c2088818201400375e0781237323650000000049454e44ae426082'::bytea,
     '2026-01-21 07:00+00')
) AS v (c, t);
INSERT INTO training_image (tenant, label, image_id, created_at)
SELECT 'migration-bakery', 'apple', id, '2026-01-20 08:00+00'::timestamptz FROM image WHERE created_at = '2026-01-20 08:00+00'
UNION ALL
SELECT 'migration-bakery', 'banana', id, '2026-01-20 08:01+00'::timestamptz FROM image WHERE created_at = '2026-01-20 08:01+00';

INSERT INTO model_version (tenant, version, status, progress, labels, training_images, error, requested_by,
                           created_at, heartbeat_at, finished_at)
VALUES ('migration-bakery', 1, 'FAILED', 0.200, '{}', 1, 'at least two labels are needed',
        'manager@migration-bakery', '2026-01-20 07:50+00', '2026-01-20 07:50:01+00', '2026-01-20 07:50:01+00');
-- The weights as FruitModel.toBytes writes them (DataOutputStream, big-endian): magic "FRUT", format 1, 156
-- features, 2 labels (writeUTF: 2-byte length, then the bytes), then the softmax classifier: classes, features,
-- 156 means, 156 scales, 2 x 157 weights. All-zero weights: a model that cannot tell apple from banana, but one
-- the service must still be able to load and use after the upgrade.
INSERT INTO model_version (tenant, version, status, progress, method, labels, training_images, held_out_images,
                           held_out_accuracy, weights, active, requested_by, created_at, heartbeat_at, finished_at)
VALUES ('migration-bakery', 2, 'READY', 1, 'hue histograms and silhouette shape', '{apple,banana}', 2, 0, NULL,
        int4send(1179800916) || int4send(1) || int4send(156) || int4send(2)
            || '\x0005'::bytea || convert_to('apple', 'UTF8') || '\x0006'::bytea || convert_to('banana', 'UTF8')
            || int4send(2) || int4send(156)
            || (SELECT string_agg(float4send(0), ''::bytea) FROM generate_series(1, 156))
            || (SELECT string_agg(float4send(1), ''::bytea) FROM generate_series(1, 156))
            || (SELECT string_agg(float4send(0), ''::bytea) FROM generate_series(1, 2 * 157)),
        true, 'manager@migration-bakery', '2026-01-20 08:05+00', '2026-01-20 08:06+00', '2026-01-20 08:06+00');

INSERT INTO classification (tenant, image_id, label, confidence, alternatives, provider, model, took_ms, batch_ref,
                            note, requested_by, created_at)
SELECT 'migration-bakery', id, 'banana', 0.8123, '[{"label":"apple","score":0.1877}]'::jsonb, 'local', 'local v2', 14,
       'batch-7', NULL::text, 'baker@migration-bakery', '2026-01-21 07:00+00'::timestamptz
FROM image WHERE created_at = '2026-01-21 07:00+00'
UNION ALL
SELECT 'migration-bakery', id, 'pear', 0.9000, '[]', 'openai', 'gpt-4o-mini', 820, NULL, 'looks like a pear',
       'baker@migration-bakery', '2026-01-21 07:05+00'
FROM image WHERE created_at = '2026-01-20 08:00+00';

INSERT INTO tenant_settings (tenant, provider, updated_by, updated_at)
VALUES ('migration-bakery', 'openai', 'admin@migration-bakery', '2026-01-20 09:00+00');
