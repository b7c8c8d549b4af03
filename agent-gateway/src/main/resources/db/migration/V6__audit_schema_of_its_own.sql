-- The audit trail moves to the audit schema (scripts/audit-schema.sql, made by scripts/provision-db.sh), owned by a
-- role of its own: from now on the gateway's role may only read and append to it, so it can no longer switch off
-- the trigger or cut the chain's tail. The records written so far move with their ids and hashes, so the chain
-- goes on unbroken; the old checkpoints (unsigned) are dropped, a verification makes signed ones.
DO $$ BEGIN
    IF to_regprocedure('audit.adopt_gateway_records()') IS NULL THEN
        RAISE EXCEPTION 'The audit schema is missing: run scripts/provision-db.sh (as the database superuser) first';
    END IF;
END $$;

GRANT USAGE ON SCHEMA gateway TO bakery_audit;
GRANT SELECT ON audit_record TO bakery_audit;
SELECT audit.adopt_gateway_records();
REVOKE USAGE ON SCHEMA gateway FROM bakery_audit;

DROP TABLE audit_record;
DROP FUNCTION audit_is_append_only();
DROP TABLE audit_checkpoint;

-- where operators and reports used to read it
CREATE VIEW audit_record AS SELECT * FROM audit.audit_record;
