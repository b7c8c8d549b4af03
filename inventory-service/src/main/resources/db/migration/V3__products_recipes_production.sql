-- Finished goods, recipes and production runs.

CREATE TABLE product (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    TEXT           NOT NULL,
    name         TEXT           NOT NULL,
    price_cents  BIGINT         NOT NULL CHECK (price_cents >= 0),
    currency     CHAR(3)        NOT NULL,
    on_hand      NUMERIC(24, 6) NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    reserved     NUMERIC(24, 6) NOT NULL DEFAULT 0 CHECK (reserved >= 0 AND reserved <= on_hand),
    stock_value  NUMERIC(30, 6) NOT NULL DEFAULT 0 CHECK (stock_value >= 0),
    created_at   TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ    NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX product_tenant_name_key ON product (tenant_id, lower(name));

-- FIFO cost layers of a product, one per production run, so a sale knows its cost of goods sold.
CREATE TABLE product_layer (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id         TEXT           NOT NULL,
    product_id        BIGINT         NOT NULL REFERENCES product (id),
    quantity          NUMERIC(24, 6) NOT NULL CHECK (quantity > 0),
    remaining         NUMERIC(24, 6) NOT NULL CHECK (remaining >= 0 AND remaining <= quantity),
    unit_cost         NUMERIC(30, 6) NOT NULL CHECK (unit_cost >= 0),
    production_run_id BIGINT,
    created_at        TIMESTAMPTZ    NOT NULL DEFAULT now()
);
CREATE INDEX product_layer_fifo_idx ON product_layer (product_id, created_at, id) WHERE remaining > 0;

CREATE TABLE recipe (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   TEXT        NOT NULL,
    name        TEXT        NOT NULL,
    product_id  BIGINT      NOT NULL REFERENCES product (id),
    yield       INT         NOT NULL CHECK (yield > 0),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX recipe_tenant_name_key ON recipe (tenant_id, lower(name));

CREATE TABLE recipe_ingredient (
    recipe_id   BIGINT         NOT NULL REFERENCES recipe (id) ON DELETE CASCADE,
    position    INT            NOT NULL,
    material_id BIGINT         NOT NULL REFERENCES material (id),
    quantity    NUMERIC(24, 6) NOT NULL CHECK (quantity > 0),
    unit        TEXT           NOT NULL,
    PRIMARY KEY (recipe_id, position)
);
CREATE INDEX recipe_ingredient_material_idx ON recipe_ingredient (material_id);

CREATE TABLE production_run (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id      TEXT           NOT NULL,
    recipe_id      BIGINT         NOT NULL REFERENCES recipe (id),
    product_id     BIGINT         NOT NULL REFERENCES product (id),
    batches        INT            NOT NULL CHECK (batches > 0),
    units_produced NUMERIC(24, 6) NOT NULL CHECK (units_produced > 0),
    material_cost  NUMERIC(30, 6) NOT NULL CHECK (material_cost >= 0),
    unit_cost      NUMERIC(30, 6) NOT NULL CHECK (unit_cost >= 0),
    created_by     TEXT           NOT NULL,
    created_at     TIMESTAMPTZ    NOT NULL DEFAULT now()
);
CREATE INDEX production_run_tenant_day_idx ON production_run (tenant_id, created_at);

-- What each ingredient of a run cost; the batches it came from are on the ledger row.
CREATE TABLE production_run_line (
    run_id      BIGINT         NOT NULL REFERENCES production_run (id),
    material_id BIGINT         NOT NULL REFERENCES material (id),
    quantity    NUMERIC(24, 6) NOT NULL CHECK (quantity > 0),
    cost        NUMERIC(30, 6) NOT NULL CHECK (cost >= 0),
    movement_id BIGINT         NOT NULL REFERENCES stock_movement (id),
    PRIMARY KEY (run_id, material_id)
);
