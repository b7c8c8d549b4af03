-- The shop on its receipts (name, address, tax id) and the largest discount a cashier gives without a manager's
-- PIN (percent of the sale; default 10). A sale's manager approval is spent once: its id is unique per tenant.
-- Additive (seed 004): the previous release runs against it unchanged.
ALTER TABLE tenant_settings ADD COLUMN shop_name TEXT;
ALTER TABLE tenant_settings ADD COLUMN shop_address TEXT;
ALTER TABLE tenant_settings ADD COLUMN tax_id TEXT;
ALTER TABLE tenant_settings ADD COLUMN discount_approval_percent INTEGER NOT NULL DEFAULT 10
    CHECK (discount_approval_percent BETWEEN 0 AND 100);
ALTER TABLE sale ADD COLUMN discount_approval_id TEXT;
CREATE UNIQUE INDEX sale_discount_approval_idx ON sale (tenant_id, discount_approval_id)
    WHERE discount_approval_id IS NOT NULL;
