-- Stock held for a sale between checkout and payment. Keyed by the sale id, so a retried reserve is the same one.
CREATE TABLE reservation (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    TEXT        NOT NULL,
    sale_id      TEXT        NOT NULL,
    status       TEXT        NOT NULL CHECK (status IN ('RESERVED', 'COMMITTED', 'RELEASED', 'EXPIRED')),
    expires_at   TIMESTAMPTZ NOT NULL,
    created_by   TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    closed_at    TIMESTAMPTZ,
    CONSTRAINT reservation_sale_key UNIQUE (tenant_id, sale_id)
);
CREATE INDEX reservation_due_idx ON reservation (expires_at) WHERE status = 'RESERVED';

CREATE TABLE reservation_line (
    reservation_id BIGINT         NOT NULL REFERENCES reservation (id),
    position       INT            NOT NULL,
    product_id     BIGINT         NOT NULL REFERENCES product (id),
    quantity       NUMERIC(24, 6) NOT NULL CHECK (quantity > 0),
    price_cents    BIGINT         NOT NULL,
    currency       CHAR(3)        NOT NULL,
    cogs           NUMERIC(30, 6),
    PRIMARY KEY (reservation_id, position)
);
