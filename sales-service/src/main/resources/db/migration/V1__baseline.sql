-- Baseline of the sales schema. The schema and its owner role are created by scripts/provision-db.sh;
-- from here on every change is a forward-only Flyway migration in the safe patterns of seed 004.
COMMENT ON SCHEMA sales IS 'Owned by sales-service; no other service reads or writes it.';
