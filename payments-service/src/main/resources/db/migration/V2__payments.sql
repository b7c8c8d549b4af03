-- Payments, their history, refunds and webhook deliveries; plus idempotency keys and the outbox.

CREATE TABLE payment (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id          TEXT        NOT NULL,
    -- the Idempotency-Key it was created with, and a hash of that request: a retry returns this payment
    idempotency_key    TEXT        NOT NULL,
    request_hash       TEXT        NOT NULL,
    reference          TEXT        NOT NULL,
    method             TEXT        NOT NULL CHECK (method IN ('CASH', 'CARD')),
    amount_cents       BIGINT      NOT NULL CHECK (amount_cents > 0),
    currency           TEXT        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    description        TEXT,
    status             TEXT        NOT NULL CHECK (status IN ('PENDING', 'CAPTURED', 'FAILED', 'EXPIRED',
                                                              'PARTIALLY_REFUNDED', 'REFUNDED')),
    provider           TEXT,
    -- provider references: our order id at the provider, its link slug and checkout URL, its transaction
    order_nsu          TEXT UNIQUE,
    slug               TEXT,
    checkout_url       TEXT,
    -- SHA-256 of the unguessable token in this payment's webhook URL (the token itself is never stored)
    webhook_token_hash TEXT UNIQUE,
    transaction_nsu    TEXT UNIQUE,
    receipt_url        TEXT,
    capture_method     TEXT,
    installments       INT,
    paid_amount_cents  BIGINT,
    captured_cents     BIGINT      NOT NULL DEFAULT 0,
    refunded_cents     BIGINT      NOT NULL DEFAULT 0,
    failure_code       TEXT,
    failure_reason     TEXT,
    -- set when a person has to act (e.g. a link paid after it expired must be refunded in the provider's app)
    attention          TEXT,
    created_by         TEXT        NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    captured_at        TIMESTAMPTZ,
    UNIQUE (tenant_id, idempotency_key),
    CHECK (refunded_cents BETWEEN 0 AND captured_cents),
    CHECK (captured_cents IN (0, amount_cents))
);
CREATE INDEX payment_tenant_idx ON payment (tenant_id, id);
CREATE INDEX payment_reference_idx ON payment (tenant_id, reference);
CREATE INDEX payment_pending_idx ON payment (created_at) WHERE status = 'PENDING';

-- Every attempt and state change of a payment, with its time. Append-only.
CREATE TABLE payment_event (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   TEXT        NOT NULL,
    payment_id  BIGINT      NOT NULL REFERENCES payment (id),
    type        TEXT        NOT NULL,
    from_status TEXT,
    to_status   TEXT,
    detail      TEXT,
    at          TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX payment_event_payment_idx ON payment_event (payment_id, id);

CREATE FUNCTION history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'payment history is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER payment_event_append_only BEFORE UPDATE OR DELETE ON payment_event
    FOR EACH ROW EXECUTE FUNCTION history_is_append_only();

CREATE TABLE refund (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id     TEXT        NOT NULL,
    payment_id    BIGINT      NOT NULL REFERENCES payment (id),
    amount_cents  BIGINT      NOT NULL CHECK (amount_cents > 0),
    status        TEXT        NOT NULL CHECK (status IN ('COMPLETED', 'REFUND_REQUESTED', 'CANCELLED')),
    reason        TEXT,
    instructions  TEXT,
    requested_by  TEXT        NOT NULL,
    requested_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    resolved_by   TEXT,
    resolved_at   TIMESTAMPTZ
);
CREATE INDEX refund_payment_idx ON refund (payment_id, id);

-- Each webhook delivery as received; confirmation (a status pull from the provider) records its outcome.
CREATE TABLE webhook_delivery (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       TEXT        NOT NULL,
    payment_id      BIGINT      NOT NULL REFERENCES payment (id),
    transaction_nsu TEXT        NOT NULL,
    invoice_slug    TEXT,
    receipt_url     TEXT,
    body            TEXT        NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    attempts        INT         NOT NULL DEFAULT 0,
    processed_at    TIMESTAMPTZ,
    outcome         TEXT
);
CREATE INDEX webhook_delivery_open_idx ON webhook_delivery (id) WHERE processed_at IS NULL;
CREATE INDEX webhook_delivery_payment_idx ON webhook_delivery (payment_id, id);

CREATE TABLE idempotency_key (
    tenant_id       TEXT        NOT NULL,
    key             TEXT        NOT NULL,
    request_hash    TEXT        NOT NULL,
    response_status INT         NOT NULL,
    response_body   TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, key)
);

CREATE TABLE outbox_event (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    TEXT        NOT NULL,
    type         TEXT        NOT NULL,
    aggregate_id TEXT        NOT NULL,
    payload      TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at TIMESTAMPTZ
);
CREATE INDEX outbox_event_pending_idx ON outbox_event (id) WHERE published_at IS NULL;
