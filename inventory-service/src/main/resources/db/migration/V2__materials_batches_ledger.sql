-- Materials, their FIFO batches and the append-only stock ledger.
-- Quantities are in the material's own unit (scale 6); values are exact cents (scale 6), rounded only when shown.

CREATE TABLE material (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id        TEXT           NOT NULL,
    name             TEXT           NOT NULL,
    unit             TEXT           NOT NULL CHECK (unit IN ('mg', 'g', 'kg', 'ml', 'l', 'pcs')),
    minimum_quantity NUMERIC(24, 6) NOT NULL DEFAULT 0 CHECK (minimum_quantity >= 0),
    supplier         TEXT,
    category         TEXT,
    on_hand          NUMERIC(24, 6) NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    stock_value      NUMERIC(30, 6) NOT NULL DEFAULT 0 CHECK (stock_value >= 0),
    created_at       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ    NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX material_tenant_name_key ON material (tenant_id, lower(name));

CREATE TABLE batch (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       TEXT           NOT NULL,
    material_id     BIGINT         NOT NULL REFERENCES material (id),
    quantity        NUMERIC(24, 6) NOT NULL CHECK (quantity > 0),
    remaining       NUMERIC(24, 6) NOT NULL CHECK (remaining >= 0 AND remaining <= quantity),
    unit_cost_cents BIGINT         NOT NULL CHECK (unit_cost_cents >= 0),
    received_at     TIMESTAMPTZ    NOT NULL,
    expires_on      DATE,
    supplier_lot    TEXT,
    created_at      TIMESTAMPTZ    NOT NULL DEFAULT now()
);
-- The FIFO queue: only open batches, in consumption order, so a consumption reads just the batches it takes.
CREATE INDEX batch_fifo_idx ON batch (material_id, received_at, expires_on, id) WHERE remaining > 0;
CREATE INDEX batch_material_idx ON batch (material_id, id);

CREATE TABLE stock_movement (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       TEXT           NOT NULL,
    material_id     BIGINT         NOT NULL REFERENCES material (id),
    kind            TEXT           NOT NULL CHECK (kind IN ('RECEIPT', 'CONSUMPTION', 'ADJUSTMENT', 'WASTE')),
    reason          TEXT,
    reference       TEXT,
    quantity        NUMERIC(24, 6) NOT NULL,
    quantity_after  NUMERIC(24, 6) NOT NULL CHECK (quantity_after >= 0),
    value_change    NUMERIC(30, 6) NOT NULL,
    value_after     NUMERIC(30, 6) NOT NULL CHECK (value_after >= 0),
    created_by      TEXT           NOT NULL,
    created_at      TIMESTAMPTZ    NOT NULL DEFAULT now()
);
CREATE INDEX stock_movement_ledger_idx ON stock_movement (material_id, id);

-- Which batches a movement touched, and how much of each (negative = taken out).
CREATE TABLE movement_batch (
    movement_id     BIGINT         NOT NULL REFERENCES stock_movement (id),
    batch_id        BIGINT         NOT NULL REFERENCES batch (id),
    quantity        NUMERIC(24, 6) NOT NULL,
    unit_cost_cents BIGINT         NOT NULL,
    PRIMARY KEY (movement_id, batch_id)
);

-- The ledger is append-only: nothing updates or deletes a row, not even a bug in the service.
CREATE FUNCTION ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the stock ledger is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER stock_movement_append_only BEFORE UPDATE OR DELETE ON stock_movement
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();
CREATE TRIGGER movement_batch_append_only BEFORE UPDATE OR DELETE ON movement_batch
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();

-- Idempotency-Key: the first answer to a key is stored and replayed for retries of the same request.
CREATE TABLE idempotency_key (
    tenant_id       TEXT        NOT NULL,
    key             TEXT        NOT NULL,
    request_hash    TEXT        NOT NULL,
    response_status INT         NOT NULL,
    response_body   TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, key)
);
