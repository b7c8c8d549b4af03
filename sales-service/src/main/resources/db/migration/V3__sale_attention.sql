-- A note for a person when a sale's outcome could not be confirmed (a card link that expired with no word from
-- the provider). Additive and nullable: the previous release runs against it unchanged (seed 004).
ALTER TABLE sale ADD COLUMN attention TEXT;
