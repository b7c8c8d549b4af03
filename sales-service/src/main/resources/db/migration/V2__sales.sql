-- Sales and their lines, the saga's progress, refunds, daily aggregates, tenant settings.

CREATE TABLE tenant_settings (
    tenant_id   TEXT        PRIMARY KEY,
    -- analytics group sales by day and hour in this zone
    time_zone   TEXT        NOT NULL,
    -- tax included in prices, in basis points (1000 = 10 %); 0 = no tax shown
    tax_rate_bp INT         NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE sale (
    id              UUID        PRIMARY KEY,
    tenant_id       TEXT        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    request_hash    TEXT        NOT NULL,
    cashier         TEXT        NOT NULL,
    -- what clients see: PENDING, COMPLETED, FAILED
    status          TEXT        NOT NULL CHECK (status IN ('PENDING', 'COMPLETED', 'FAILED')),
    -- where the saga is: each step's outcome is stored before the next step starts
    step            TEXT        NOT NULL CHECK (step IN ('CREATED', 'RESERVED', 'AWAITING_PAYMENT', 'PAID',
                                                         'COMPLETED', 'FAILING', 'FAILED')),
    payment_method  TEXT        NOT NULL CHECK (payment_method IN ('CASH', 'CARD')),
    tendered_cents  BIGINT,
    change_cents    BIGINT,
    discount_percent INT,
    discount_amount_cents BIGINT,
    currency        TEXT,
    subtotal_cents  BIGINT,
    discount_cents  BIGINT,
    total_cents     BIGINT,
    tax_rate_bp     INT,
    tax_cents       BIGINT,
    cogs_cents      BIGINT,
    refunded_cents  BIGINT      NOT NULL DEFAULT 0,
    payment_id      BIGINT,
    payment_status  TEXT,
    checkout_url    TEXT,
    failure_code    TEXT,
    failure_reason  TEXT,
    -- JSON: the shortfalls of a sale refused for lack of stock
    failure_detail  TEXT,
    -- whether a payment may exist that a failure must void (a call whose answer was lost)
    payment_uncertain BOOLEAN   NOT NULL DEFAULT false,
    attempts        INT         NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    completed_at    TIMESTAMPTZ,
    UNIQUE (tenant_id, idempotency_key),
    CHECK (refunded_cents >= 0 AND (total_cents IS NULL OR refunded_cents <= total_cents))
);
CREATE INDEX sale_tenant_idx ON sale (tenant_id, created_at);
CREATE INDEX sale_unfinished_idx ON sale (updated_at) WHERE step NOT IN ('COMPLETED', 'FAILED');

CREATE TABLE sale_line (
    sale_id          UUID    NOT NULL REFERENCES sale (id),
    position         INT     NOT NULL,
    product_id       BIGINT  NOT NULL,
    product_name     TEXT,
    quantity         INT     NOT NULL CHECK (quantity > 0),
    unit_price_cents BIGINT,
    discount_cents   BIGINT,
    net_cents        BIGINT,
    cogs_cents       BIGINT,
    refunded_quantity INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (sale_id, position)
);

-- The saga's history, one row per step taken. Append-only.
CREATE TABLE sale_step (
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sale_id UUID        NOT NULL REFERENCES sale (id),
    step    TEXT        NOT NULL,
    detail  TEXT,
    at      TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX sale_step_sale_idx ON sale_step (sale_id, id);

CREATE TABLE sale_refund (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id         TEXT        NOT NULL,
    sale_id           UUID        NOT NULL REFERENCES sale (id),
    amount_cents      BIGINT      NOT NULL CHECK (amount_cents > 0),
    -- JSON [{productId, quantity}] of the units given back, if any
    lines             TEXT,
    restock           BOOLEAN     NOT NULL,
    reason            TEXT,
    payment_refund_id BIGINT,
    payment_refund_status TEXT,
    instructions      TEXT,
    created_by        TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX sale_refund_sale_idx ON sale_refund (sale_id, id);

-- Aggregates, maintained in the transaction that completes a sale or records a refund.
CREATE TABLE daily_sales (
    tenant_id      TEXT   NOT NULL,
    day            DATE   NOT NULL,
    sales_count    BIGINT NOT NULL DEFAULT 0,
    revenue_cents  BIGINT NOT NULL DEFAULT 0,
    discount_cents BIGINT NOT NULL DEFAULT 0,
    tax_cents      BIGINT NOT NULL DEFAULT 0,
    cogs_cents     BIGINT NOT NULL DEFAULT 0,
    refunds_cents  BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, day)
);

CREATE TABLE hourly_sales (
    tenant_id     TEXT   NOT NULL,
    day           DATE   NOT NULL,
    hour          INT    NOT NULL CHECK (hour BETWEEN 0 AND 23),
    sales_count   BIGINT NOT NULL DEFAULT 0,
    revenue_cents BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, day, hour)
);

CREATE TABLE product_daily_sales (
    tenant_id     TEXT   NOT NULL,
    day           DATE   NOT NULL,
    product_id    BIGINT NOT NULL,
    product_name  TEXT,
    units         BIGINT NOT NULL DEFAULT 0,
    revenue_cents BIGINT NOT NULL DEFAULT 0,
    cogs_cents    BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, day, product_id)
);

-- Events from other services already acted on (consumers are idempotent).
CREATE TABLE processed_event (
    stream       TEXT        NOT NULL,
    event_id     TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (stream, event_id)
);

CREATE TABLE idempotency_key (
    tenant_id       TEXT        NOT NULL,
    key             TEXT        NOT NULL,
    request_hash    TEXT        NOT NULL,
    response_status INT         NOT NULL,
    response_body   TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, key)
);
