-- Low-stock alerts, and the transactional outbox that carries them (and later events) to Redis Streams.

CREATE TABLE low_stock_alert (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       TEXT           NOT NULL,
    material_id     BIGINT         NOT NULL REFERENCES material (id),
    status          TEXT           NOT NULL CHECK (status IN ('OPEN', 'RESOLVED')),
    on_hand_at_open NUMERIC(24, 6) NOT NULL,
    minimum         NUMERIC(24, 6) NOT NULL,
    opened_at       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    resolved_at     TIMESTAMPTZ
);
-- at most one open alert per material
CREATE UNIQUE INDEX low_stock_alert_open_key ON low_stock_alert (material_id) WHERE status = 'OPEN';
CREATE INDEX low_stock_alert_tenant_idx ON low_stock_alert (tenant_id, status, id);

CREATE TABLE outbox_event (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id      TEXT        NOT NULL,
    type           TEXT        NOT NULL,
    aggregate_id   TEXT        NOT NULL,
    payload        TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at   TIMESTAMPTZ
);
CREATE INDEX outbox_event_pending_idx ON outbox_event (id) WHERE published_at IS NULL;
