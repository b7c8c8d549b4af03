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

-- inventory
\set service inventory
\set password :inventory_password
\set role bakery_ :service
SELECT format('CREATE ROLE %I LOGIN', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
ALTER ROLE :"role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'password';
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), :'role') \gexec
CREATE SCHEMA IF NOT EXISTS :"service" AUTHORIZATION :"role";
ALTER SCHEMA :"service" OWNER TO :"role";
REVOKE ALL ON SCHEMA :"service" FROM PUBLIC;
SELECT format('ALTER ROLE %I IN DATABASE %I SET search_path = %I', :'role', current_database(), :'service') \gexec

-- sales
\set service sales
\set password :sales_password
\set role bakery_ :service
SELECT format('CREATE ROLE %I LOGIN', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
ALTER ROLE :"role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'password';
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), :'role') \gexec
CREATE SCHEMA IF NOT EXISTS :"service" AUTHORIZATION :"role";
ALTER SCHEMA :"service" OWNER TO :"role";
REVOKE ALL ON SCHEMA :"service" FROM PUBLIC;
SELECT format('ALTER ROLE %I IN DATABASE %I SET search_path = %I', :'role', current_database(), :'service') \gexec

-- payments
\set service payments
\set password :payments_password
\set role bakery_ :service
SELECT format('CREATE ROLE %I LOGIN', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
ALTER ROLE :"role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'password';
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), :'role') \gexec
CREATE SCHEMA IF NOT EXISTS :"service" AUTHORIZATION :"role";
ALTER SCHEMA :"service" OWNER TO :"role";
REVOKE ALL ON SCHEMA :"service" FROM PUBLIC;
SELECT format('ALTER ROLE %I IN DATABASE %I SET search_path = %I', :'role', current_database(), :'service') \gexec

-- classifier
\set service classifier
\set password :classifier_password
\set role bakery_ :service
SELECT format('CREATE ROLE %I LOGIN', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
ALTER ROLE :"role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'password';
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), :'role') \gexec
CREATE SCHEMA IF NOT EXISTS :"service" AUTHORIZATION :"role";
ALTER SCHEMA :"service" OWNER TO :"role";
REVOKE ALL ON SCHEMA :"service" FROM PUBLIC;
SELECT format('ALTER ROLE %I IN DATABASE %I SET search_path = %I', :'role', current_database(), :'service') \gexec

-- gateway
\set service gateway
\set password :gateway_password
\set role bakery_ :service
SELECT format('CREATE ROLE %I LOGIN', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
ALTER ROLE :"role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'password';
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), :'role') \gexec
CREATE SCHEMA IF NOT EXISTS :"service" AUTHORIZATION :"role";
ALTER SCHEMA :"service" OWNER TO :"role";
REVOKE ALL ON SCHEMA :"service" FROM PUBLIC;
SELECT format('ALTER ROLE %I IN DATABASE %I SET search_path = %I', :'role', current_database(), :'service') \gexec
