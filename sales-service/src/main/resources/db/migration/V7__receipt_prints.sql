-- How many times a sale's receipt was printed: the first print is the original, every later one says COPY.
-- Additive (seed 004).
ALTER TABLE sale ADD COLUMN receipt_prints INTEGER NOT NULL DEFAULT 0 CHECK (receipt_prints >= 0);
