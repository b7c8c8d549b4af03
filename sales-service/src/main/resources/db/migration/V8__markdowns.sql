-- Aged goods sell marked down (inventory prices them by their age): what each line charged before the sale's
-- discount, and how much of the list price the markdown took off, kept per line and per day for analytics.
ALTER TABLE sale_line
    ADD COLUMN gross_cents    BIGINT,
    ADD COLUMN markdown_cents BIGINT NOT NULL DEFAULT 0 CHECK (markdown_cents >= 0);
ALTER TABLE daily_sales ADD COLUMN markdown_cents BIGINT NOT NULL DEFAULT 0;
ALTER TABLE product_daily_sales ADD COLUMN markdown_cents BIGINT NOT NULL DEFAULT 0;
