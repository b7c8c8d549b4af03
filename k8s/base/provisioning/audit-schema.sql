-- The audit trail's schema, owned by bakery_audit: a role nobody signs in as. The gateway's role may read the
-- trail and append to it, nothing else: it cannot rewrite, delete or cut records, nor switch off the trigger that
-- refuses that anyway (only a table's owner can). Old records leave only through audit.archive_through, and only
-- when they are older than the minimum retention set here, out of the gateway's reach.
-- Run after roles-and-schemas.sql by scripts/provision-db.sh and the provisioning Job (job.yaml) as the superuser,
-- idempotently (psql variable min_retention_days). The gateway's
-- migration V6 moves the records an earlier release kept in the gateway schema here (audit.adopt_gateway_records).
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bakery_audit') THEN
    CREATE ROLE bakery_audit NOLOGIN;
  END IF;
END $$;
ALTER ROLE bakery_audit WITH NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE SCHEMA IF NOT EXISTS audit AUTHORIZATION bakery_audit;
ALTER SCHEMA audit OWNER TO bakery_audit;
REVOKE ALL ON SCHEMA audit FROM PUBLIC;

-- everything below is created by, and so owned by, bakery_audit
SET ROLE bakery_audit;

-- One row per request through the gateway, hash-chained: each row holds the previous row's hash and its own over
-- its fields and that link, so changing or removing a row breaks the chain there.
CREATE TABLE IF NOT EXISTS audit.audit_record (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at_ms       BIGINT  NOT NULL,
    request_id  TEXT    NOT NULL,
    tenant      TEXT,
    subject     TEXT,
    method      TEXT    NOT NULL,
    path        TEXT    NOT NULL,
    status      INT     NOT NULL,
    latency_ms  BIGINT  NOT NULL,
    client_ip   TEXT,
    denial      TEXT,
    prev_hash   TEXT    NOT NULL,
    hash        TEXT    NOT NULL,
    detail      TEXT
);
CREATE INDEX IF NOT EXISTS audit_record_tenant_idx ON audit.audit_record (tenant, id);

-- Points of the chain the gateway vouches for, signed (HMAC) with a key kept outside the database:
-- 'verified': the chain verified through that record, the next verification goes on from there;
-- 'archived': the records through that one were written to an archive and removed.
-- A checkpoint past the chain's last record means its tail was cut.
CREATE TABLE IF NOT EXISTS audit.audit_checkpoint (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        TEXT        NOT NULL CHECK (kind IN ('verified', 'archived')),
    through_id  BIGINT      NOT NULL,
    hash        TEXT        NOT NULL,
    at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    signature   TEXT        NOT NULL
);

-- How long a record stays at least, whatever the gateway is configured or told to do.
CREATE TABLE IF NOT EXISTS audit.audit_policy (
    only_row            BOOLEAN PRIMARY KEY DEFAULT true CHECK (only_row),
    min_retention_days  INT NOT NULL CHECK (min_retention_days >= 1)
);
INSERT INTO audit.audit_policy (min_retention_days) VALUES (:min_retention_days)
    ON CONFLICT (only_row) DO UPDATE SET min_retention_days = EXCLUDED.min_retention_days;

-- Nothing updates or deletes a record or a checkpoint, but archive_through removing an archived prefix.
CREATE OR REPLACE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_record' AND current_setting('audit.archiving', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the audit trail is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
DROP TRIGGER IF EXISTS audit_record_append_only ON audit.audit_record;
CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit.audit_record
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
DROP TRIGGER IF EXISTS audit_checkpoint_append_only ON audit.audit_checkpoint;
CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE ON audit.audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();

-- Removes the records through last_id once they are archived (an 'archived' checkpoint through last_id), and only
-- if every one of them is older than the minimum retention. Returns how many went.
CREATE OR REPLACE FUNCTION audit.archive_through(last_id BIGINT) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = audit, pg_temp AS $$
DECLARE
    keep_from_ms BIGINT := (extract(epoch FROM now()) * 1000)::BIGINT
        - (SELECT min_retention_days FROM audit_policy)::BIGINT * 86400000;
    removed BIGINT;
BEGIN
    IF NOT EXISTS (SELECT FROM audit_checkpoint WHERE kind = 'archived' AND through_id = last_id) THEN
        RAISE EXCEPTION 'no archive checkpoint through record %', last_id USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF EXISTS (SELECT FROM audit_record WHERE id <= last_id AND at_ms >= keep_from_ms) THEN
        RAISE EXCEPTION 'records through % are not all older than the minimum retention of % days', last_id,
            (SELECT min_retention_days FROM audit_policy) USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM set_config('audit.archiving', 'on', true);
    DELETE FROM audit_record WHERE id <= last_id;
    GET DIAGNOSTICS removed = ROW_COUNT;
    PERFORM set_config('audit.archiving', 'off', true);
    RETURN removed;
END $$;

-- Once, when the trail is still empty: takes the records an earlier release kept in gateway.audit_record (the
-- gateway's migration V6 lets this role read them), with their ids and hashes, so the chain goes on unbroken.
CREATE OR REPLACE FUNCTION audit.adopt_gateway_records() RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = audit, pg_temp AS $$
DECLARE
    adopted BIGINT;
BEGIN
    IF EXISTS (SELECT FROM audit_record) THEN
        RAISE EXCEPTION 'audit.audit_record already holds records: nothing adopted';
    END IF;
    INSERT INTO audit_record (id, at_ms, request_id, tenant, subject, method, path, status, latency_ms, client_ip,
            denial, prev_hash, hash, detail) OVERRIDING SYSTEM VALUE
        SELECT id, at_ms, request_id, tenant, subject, method, path, status, latency_ms, client_ip, denial,
            prev_hash, hash, detail FROM gateway.audit_record ORDER BY id;
    GET DIAGNOSTICS adopted = ROW_COUNT;
    PERFORM setval(pg_get_serial_sequence('audit.audit_record', 'id'),
        coalesce((SELECT max(id) FROM audit_record), 0) + 1, false);
    RETURN adopted;
END $$;

RESET ROLE;

-- the gateway reads and appends; it removes archived records only through archive_through
REVOKE ALL ON ALL TABLES IN SCHEMA audit FROM bakery_gateway;
GRANT USAGE ON SCHEMA audit TO bakery_gateway;
GRANT SELECT, INSERT ON audit.audit_record, audit.audit_checkpoint TO bakery_gateway;
GRANT SELECT ON audit.audit_policy TO bakery_gateway;
REVOKE ALL ON FUNCTION audit.archive_through(BIGINT), audit.adopt_gateway_records(), audit.refuse_change()
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit.archive_through(BIGINT), audit.adopt_gateway_records() TO bakery_gateway;
