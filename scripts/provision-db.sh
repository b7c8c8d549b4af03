#!/usr/bin/env bash
# Creates the suite's database, one login role per service and one schema per service, idempotently: the SQL of
# k8s/base/provisioning, which the cluster's provisioning Job runs too.
# Each role owns only its schema and is refused everywhere else (no CONNECT for PUBLIC, no public schema).
# Passwords: <SERVICE>_DATABASE_PASSWORD (e.g. SALES_DATABASE_PASSWORD), default bakery_<service>_dev.
# Then the audit schema (audit-schema.sql): owned by a role nobody signs in as, appended to by the gateway;
# AUDIT_MIN_RETENTION_DAYS (default 90) is how long a record stays at least, whatever the gateway is told.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

DB_NAME=${DB_NAME:-bakery}
PROVISIONING="$PWD/k8s/base/provisioning"
AUDIT_MIN_RETENTION_DAYS=${AUDIT_MIN_RETENTION_DAYS:-90}

[[ "$DB_NAME" =~ ^[a-z_][a-z0-9_]*$ ]] || die "DB_NAME must be a plain lower-case identifier"
[[ "$AUDIT_MIN_RETENTION_DAYS" =~ ^[1-9][0-9]{0,4}$ ]] || die "AUDIT_MIN_RETENTION_DAYS must be a number of days"

if [ -z "$(psql_super -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" ]; then
  say "creating database $DB_NAME"
  psql_super -d postgres -c "CREATE DATABASE $DB_NAME"
fi

# the roles, schemas and grants, from the SQL a cluster's provisioning Job runs too (k8s/base/provisioning)
passwords=()
for svc in "${SERVICES[@]}"; do
  var="$(echo "$svc" | tr a-z A-Z)_DATABASE_PASSWORD"
  passwords+=(-v "${svc}_password=${!var:-bakery_${svc}_dev}")
done
psql_super -d "$DB_NAME" "${passwords[@]}" <"$PROVISIONING/roles-and-schemas.sql" >/dev/null
psql_super -d "$DB_NAME" -v min_retention_days="$AUDIT_MIN_RETENTION_DAYS" <"$PROVISIONING/audit-schema.sql" >/dev/null
say "database $DB_NAME: schemas and roles ready for ${SERVICES[*]}, and the audit schema"
