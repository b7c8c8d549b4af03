-- The suite's database: one login role per service, owning its own schema and refused everywhere else (no CONNECT
-- for PUBLIC, no public schema). The one source of it: scripts/provision-db.sh runs it on this machine and through
-- PG_SUPERUSER_URL, the provisioning Job (job.yaml) in a cluster, against a managed server too.
-- Run as a superuser (or a managed server's admin role) connected to the suite's database, with the psql variables
-- inventory_password, sales_password, payments_password, classifier_password and gateway_password; idempotent:
-- a second run changes nothing but the passwords. Then audit-schema.sql.
\set ON_ERROR_STOP on
SET client_min_messages = warning;

-- a password left unset would be taken literally (":sales_password"): refuse before changing anything
\if :{?inventory_password} \else \warn 'psql variable inventory_password is not set' \set missing 1 \endif
\if :{?sales_password} \else \warn 'psql variable sales_password is not set' \set missing 1 \endif
\if :{?payments_password} \else \warn 'psql variable payments_password is not set' \set missing 1 \endif
\if :{?classifier_password} \else \warn 'psql variable classifier_password is not set' \set missing 1 \endif
\if :{?gateway_password} \else \warn 'psql variable gateway_password is not set' \set missing 1 \endif
\if :{?missing}
DO $$ BEGIN RAISE EXCEPTION 'every service password must be given; nothing was changed'; END $$;
\endif
-- an empty one would clear the role's password and lock the service out
SELECT '' IN (:'inventory_password', :'sales_password', :'payments_password', :'classifier_password',
    :'gateway_password') AS empty_password \gset
\if :empty_password
DO $$ BEGIN RAISE EXCEPTION 'a service password is empty; nothing was changed'; END $$;
\endif

SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database()) \gexec
REVOKE ALL ON SCHEMA public FROM PUBLIC;

-- per service: its login role bakery_<service>, and its schema <service> that only that role owns and uses
CREATE TEMPORARY TABLE provisioned (service, role, password) AS VALUES
    ('inventory', 'bakery_inventory', :'inventory_password'),
    ('sales', 'bakery_sales', :'sales_password'),
    ('payments', 'bakery_payments', :'payments_password'),
    ('classifier', 'bakery_classifier', :'classifier_password'),
    ('gateway', 'bakery_gateway', :'gateway_password');
SELECT format('CREATE ROLE %I LOGIN', role) FROM provisioned
    WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = role) \gexec
SELECT format('ALTER ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', role, password)
    FROM provisioned \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), role) FROM provisioned \gexec
SELECT format('CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION %I', service, role) FROM provisioned \gexec
SELECT format('ALTER SCHEMA %I OWNER TO %I', service, role) FROM provisioned \gexec
SELECT format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', service) FROM provisioned \gexec
SELECT format('ALTER ROLE %I IN DATABASE %I SET search_path = %I', role, current_database(), service)
    FROM provisioned \gexec
DROP TABLE provisioned;
