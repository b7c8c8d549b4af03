-- Shifts and the cash drawer. A shift is opened on a registered till with a counted float; cash is paid in and
-- out with a reason; a sale or refund made on the till while it is open belongs to it. Closing counts the drawer,
-- freezes the Z report, gives it the till's next Z number (gap-free) and links it into the tenant's chain of Z
-- reports (each one's hash covers the previous one's), so a changed or removed Z breaks verification. A closed
-- shift never changes: a trigger refuses it. Additive (seed 004): the previous release runs against it unchanged,
-- its sales and refunds simply belong to no shift.
CREATE TABLE shift (
    id                  UUID        PRIMARY KEY,
    tenant_id           TEXT        NOT NULL,
    till_id             TEXT        NOT NULL,
    till_name           TEXT        NOT NULL,
    currency            TEXT        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    status              TEXT        NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    opened_by           TEXT        NOT NULL,
    opened_at           TIMESTAMPTZ NOT NULL,
    opening_float_cents BIGINT      NOT NULL CHECK (opening_float_cents >= 0),
    closed_by           TEXT,
    closed_at           TIMESTAMPTZ,
    expected_cash_cents BIGINT,
    counted_cash_cents  BIGINT CHECK (counted_cash_cents >= 0),
    -- JSON {"<denomination in cents>": count} when the drawer was counted note by note
    counted_denominations TEXT,
    z_number            BIGINT,
    -- the frozen Z report (JSON), its place in the tenant's chain and the chain's hashes
    z_report            TEXT,
    chain_position      BIGINT,
    previous_hash       TEXT,
    report_hash         TEXT,
    CHECK ((status = 'CLOSED') = (z_number IS NOT NULL AND z_report IS NOT NULL AND report_hash IS NOT NULL))
);
CREATE UNIQUE INDEX shift_open_on_till_idx ON shift (tenant_id, till_id) WHERE status = 'OPEN';
CREATE UNIQUE INDEX shift_z_number_idx ON shift (tenant_id, till_id, z_number) WHERE z_number IS NOT NULL;
CREATE UNIQUE INDEX shift_chain_idx ON shift (tenant_id, chain_position) WHERE chain_position IS NOT NULL;
CREATE INDEX shift_closed_idx ON shift (tenant_id, closed_at) WHERE status = 'CLOSED';

-- Per tenant: the last Z number of each till, and the head of the chain (its position and hash), held by the
-- closing transaction until it commits, so two closes at once get consecutive numbers and positions.
CREATE TABLE z_counter (
    tenant_id   TEXT   NOT NULL,
    till_id     TEXT   NOT NULL,
    last_number BIGINT NOT NULL CHECK (last_number > 0),
    PRIMARY KEY (tenant_id, till_id)
);
-- (position 0: no Z yet, its hash 64 zeros)
CREATE TABLE z_chain_head (
    tenant_id     TEXT   PRIMARY KEY,
    last_position BIGINT NOT NULL CHECK (last_position >= 0),
    last_hash     TEXT   NOT NULL
);

CREATE TABLE cash_movement (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    TEXT        NOT NULL,
    shift_id     UUID        NOT NULL REFERENCES shift (id),
    idempotency_key TEXT     NOT NULL,
    kind         TEXT        NOT NULL CHECK (kind IN ('PAID_IN', 'PAID_OUT')),
    amount_cents BIGINT      NOT NULL CHECK (amount_cents > 0),
    reason       TEXT        NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
    created_by   TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (tenant_id, idempotency_key)
);
CREATE INDEX cash_movement_shift_idx ON cash_movement (shift_id, id);

-- What a till's sale or refund belongs to; credit notes are numbered per tenant without gaps, like receipts.
ALTER TABLE sale ADD COLUMN shift_id UUID REFERENCES shift (id);
ALTER TABLE sale ADD COLUMN till_name TEXT;
CREATE INDEX sale_shift_idx ON sale (shift_id) WHERE shift_id IS NOT NULL;
-- a discount's reason (always), and the manager who approved one above the tenant's threshold
ALTER TABLE sale ADD COLUMN discount_reason TEXT;
ALTER TABLE sale ADD COLUMN discount_approved_by TEXT;
ALTER TABLE sale_refund ADD COLUMN shift_id UUID REFERENCES shift (id);
ALTER TABLE sale_refund ADD COLUMN credit_note_number BIGINT;
CREATE UNIQUE INDEX sale_refund_credit_note_idx ON sale_refund (tenant_id, credit_note_number)
    WHERE credit_note_number IS NOT NULL;
CREATE INDEX sale_refund_shift_idx ON sale_refund (shift_id) WHERE shift_id IS NOT NULL;
CREATE TABLE credit_note_counter (
    tenant_id   TEXT PRIMARY KEY,
    last_number BIGINT NOT NULL CHECK (last_number > 0)
);

-- A closed shift is history: neither changed nor deleted, nor its cash movements.
CREATE FUNCTION shift_closed_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'CLOSED' THEN
        RAISE EXCEPTION 'shift % is closed and cannot change', OLD.id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER shift_closed_is_immutable BEFORE UPDATE OR DELETE ON shift
    FOR EACH ROW EXECUTE FUNCTION shift_closed_is_immutable();
CREATE FUNCTION cash_movement_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'cash movements are append-only' USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER cash_movement_is_append_only BEFORE UPDATE OR DELETE ON cash_movement
    FOR EACH ROW EXECUTE FUNCTION cash_movement_is_append_only();
