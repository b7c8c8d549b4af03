-- Goods sold by weight (their price is per kg, their stock and sales in kg to the gram) and goods bought in
-- (drinks, coffee beans, packaged goods) that arrive as product batches with a cost instead of being baked.
ALTER TABLE product ADD COLUMN sold_by TEXT NOT NULL DEFAULT 'UNIT' CHECK (sold_by IN ('UNIT', 'WEIGHT'));

ALTER TABLE product_layer DROP CONSTRAINT product_layer_source_check;
ALTER TABLE product_layer ADD CONSTRAINT product_layer_source_check
    CHECK (source IN ('PRODUCTION', 'RETURN', 'PURCHASE'));
ALTER TABLE product_layer ADD COLUMN supplier_lot TEXT;

ALTER TABLE product_movement DROP CONSTRAINT product_movement_kind_check;
ALTER TABLE product_movement ADD CONSTRAINT product_movement_kind_check
    CHECK (kind IN ('PRODUCTION', 'PURCHASE', 'SALE', 'RETURN', 'WASTE'));

-- how the line's quantity counts: units, or kg
ALTER TABLE reservation_line ADD COLUMN sold_by TEXT;
