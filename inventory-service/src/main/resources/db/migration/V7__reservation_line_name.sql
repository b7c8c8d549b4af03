-- The product's name as it was when reserved, like its price: what the sale's receipt and analytics show.
ALTER TABLE reservation_line ADD COLUMN product_name TEXT;
