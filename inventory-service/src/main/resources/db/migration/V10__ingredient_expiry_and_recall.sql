-- Ingredient expiry and recall. An alert per batch that comes within the warning days of its expiry (or is past
-- it), carried to the stream by the outbox like low-stock alerts; the manager's reason when a run used expired
-- batches.
CREATE TABLE expiry_alert (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id        TEXT           NOT NULL,
    material_id      BIGINT         NOT NULL REFERENCES material (id),
    batch_id         BIGINT         NOT NULL REFERENCES batch (id),
    status           TEXT           NOT NULL CHECK (status IN ('OPEN', 'RESOLVED')),
    expires_on       DATE           NOT NULL,
    remaining_at_open NUMERIC(24, 6) NOT NULL,
    opened_at        TIMESTAMPTZ    NOT NULL DEFAULT now(),
    resolved_at      TIMESTAMPTZ
);
-- a batch is warned about once
CREATE UNIQUE INDEX expiry_alert_batch_key ON expiry_alert (batch_id);
CREATE INDEX expiry_alert_tenant_idx ON expiry_alert (tenant_id, status, id);
-- batches that will expire, for the sweep and the expiring-soon list
CREATE INDEX batch_expiry_idx ON batch (expires_on) WHERE remaining > 0 AND expires_on IS NOT NULL;

ALTER TABLE production_run ADD COLUMN expired_override TEXT;

-- Recall: from a batch to the runs that used it, their units, and the sales that took them (and back)
CREATE INDEX movement_batch_batch_idx ON movement_batch (batch_id);
CREATE INDEX production_run_line_movement_idx ON production_run_line (movement_id);
CREATE INDEX product_layer_run_idx ON product_layer (production_run_id) WHERE production_run_id IS NOT NULL;

-- The till a sale was rung up at, as sales-service names it, so a recall can say where a unit was sold
ALTER TABLE reservation ADD COLUMN till TEXT;
