-- Baseline of the payments schema. The schema and its owner role are created by scripts/provision-db.sh;
-- from here on every change is a forward-only Flyway migration in the safe patterns of seed 004.
COMMENT ON SCHEMA payments IS 'Owned by payments-service; no other service reads or writes it.';
