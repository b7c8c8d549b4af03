-- Perishable finished goods: a product's shelf life, the age of every unit, markdowns by age, and a ledger of
-- product stock beside the materials' one, so waste (units written off past best-before) can be measured.

-- Hours a unit stays sellable after it is baked; NULL = it does not spoil (packaged goods).
ALTER TABLE product ADD COLUMN shelf_life_hours INT CHECK (shelf_life_hours BETWEEN 1 AND 8760);

-- When the layer's units came out of the oven (a run may be recorded after the fact) and when they spoil.
-- Layers made before this migration count as baked when recorded.
ALTER TABLE product_layer
    ADD COLUMN baked_at    TIMESTAMPTZ,
    ADD COLUMN best_before TIMESTAMPTZ;
UPDATE product_layer SET baked_at = created_at;
ALTER TABLE product_layer ALTER COLUMN baked_at SET NOT NULL;
-- FIFO is by age now: the oldest units go first, whenever their run was recorded.
DROP INDEX product_layer_fifo_idx;
CREATE INDEX product_layer_fifo_idx ON product_layer (product_id, baked_at, id) WHERE remaining > 0;
CREATE INDEX product_layer_spoiling_idx ON product_layer (best_before) WHERE remaining > 0 AND best_before IS NOT NULL;

-- Every change of a product's stock, append-only like the materials' ledger: what was made, sold, returned or
-- thrown away, and from which layers (so a sale can be traced back to its production runs).
CREATE TABLE product_movement (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id      TEXT           NOT NULL,
    product_id     BIGINT         NOT NULL REFERENCES product (id),
    kind           TEXT           NOT NULL CHECK (kind IN ('PRODUCTION', 'SALE', 'RETURN', 'WASTE')),
    reason         TEXT,
    reference      TEXT,
    quantity       NUMERIC(24, 6) NOT NULL,
    quantity_after NUMERIC(24, 6) NOT NULL CHECK (quantity_after >= 0),
    value_change   NUMERIC(30, 6) NOT NULL,
    value_after    NUMERIC(30, 6) NOT NULL CHECK (value_after >= 0),
    created_by     TEXT           NOT NULL,
    created_at     TIMESTAMPTZ    NOT NULL DEFAULT now()
);
CREATE INDEX product_movement_ledger_idx ON product_movement (product_id, id);
CREATE INDEX product_movement_report_idx ON product_movement (tenant_id, kind, created_at);
CREATE INDEX product_movement_reference_idx ON product_movement (tenant_id, reference);

CREATE TABLE product_movement_layer (
    movement_id BIGINT         NOT NULL REFERENCES product_movement (id),
    layer_id    BIGINT         NOT NULL REFERENCES product_layer (id),
    quantity    NUMERIC(24, 6) NOT NULL,
    unit_cost   NUMERIC(30, 6) NOT NULL,
    PRIMARY KEY (movement_id, layer_id)
);
CREATE INDEX product_movement_layer_layer_idx ON product_movement_layer (layer_id);

CREATE TRIGGER product_movement_append_only BEFORE UPDATE OR DELETE ON product_movement
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();
CREATE TRIGGER product_movement_layer_append_only BEFORE UPDATE OR DELETE ON product_movement_layer
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();

-- A tenant's markdown rule: from {after_hours} of age a unit sells {percent} % off (the highest step reached).
CREATE TABLE markdown_step (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   TEXT NOT NULL,
    after_hours INT  NOT NULL CHECK (after_hours BETWEEN 1 AND 8760),
    percent     INT  NOT NULL CHECK (percent BETWEEN 1 AND 99),
    CONSTRAINT markdown_step_key UNIQUE (tenant_id, after_hours)
);

-- What a sale line was priced at: its amount rounded once, and how much of it the markdown took off.
ALTER TABLE reservation_line
    ADD COLUMN gross_cents    BIGINT,
    ADD COLUMN markdown_cents BIGINT;

-- When a run's goods came out of the oven: now, or earlier when the baker records the run afterwards.
ALTER TABLE production_run ADD COLUMN baked_at TIMESTAMPTZ;
UPDATE production_run SET baked_at = created_at;
ALTER TABLE production_run ALTER COLUMN baked_at SET NOT NULL;
