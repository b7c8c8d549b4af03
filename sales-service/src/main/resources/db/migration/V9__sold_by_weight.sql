-- Goods sold by weight: a line's quantity is in kg to the gram (3 decimals) and its unit price is per kg.
ALTER TABLE sale_line
    ALTER COLUMN quantity TYPE NUMERIC(12, 3),
    ALTER COLUMN refunded_quantity TYPE NUMERIC(12, 3),
    ADD COLUMN sold_by TEXT NOT NULL DEFAULT 'UNIT' CHECK (sold_by IN ('UNIT', 'WEIGHT'));
ALTER TABLE product_daily_sales ALTER COLUMN units TYPE NUMERIC(18, 3);
