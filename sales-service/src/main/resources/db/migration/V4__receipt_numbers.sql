-- Receipt numbers: per tenant, without gaps, given in the transaction that completes a sale. That transaction
-- holds the tenant's counter row until it commits, so sales completed at once on two replicas get consecutive
-- numbers, and one that rolls back gives its number back. Additive and nullable: the previous release runs against
-- it unchanged (seed 004); sales completed before have no number.
CREATE TABLE receipt_counter (
    tenant_id   TEXT PRIMARY KEY,
    last_number BIGINT NOT NULL CHECK (last_number > 0)
);
ALTER TABLE sale ADD COLUMN receipt_number BIGINT;
CREATE UNIQUE INDEX sale_receipt_number_idx ON sale (tenant_id, receipt_number) WHERE receipt_number IS NOT NULL;
