-- The audit trail: one row per request through the gateway, hash-chained. Each row holds the hash of the row
-- before it and its own hash over its fields and that link, so changing or removing any row breaks the chain
-- at that row, and GET /api/admin/audit/verify finds it.
CREATE TABLE audit_record (
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
    hash        TEXT    NOT NULL
);
CREATE INDEX audit_record_tenant_idx ON audit_record (tenant, id);

-- Nothing updates or deletes an audit row (a trigger, whatever the gateway does); the chain catches the rest.
CREATE FUNCTION audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_is_append_only();
