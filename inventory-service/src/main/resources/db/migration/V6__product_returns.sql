-- Units a customer brought back (a sale refunded with restock) return as a FIFO layer of their own, at the
-- cost they left at, marked RETURN so the product's history tells them from production.
ALTER TABLE product_layer
    ADD COLUMN source  TEXT NOT NULL DEFAULT 'PRODUCTION' CHECK (source IN ('PRODUCTION', 'RETURN')),
    ADD COLUMN sale_id TEXT,
    ADD COLUMN reason  TEXT;
