-- Baseline of the inventory schema. The schema and its owner role are created by scripts/provision-db.sh;
-- from here on every change is a forward-only Flyway migration in the safe patterns of seed 004.
COMMENT ON SCHEMA inventory IS 'Owned by inventory-service; no other service reads or writes it.';
