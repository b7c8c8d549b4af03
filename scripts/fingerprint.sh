#!/usr/bin/env bash
# Prints one line per table of the suite's schemas in DATABASE: "schema.table rows checksum", the checksum an
# md5 over the rows' text in a stable order. Two databases with the same lines hold the same data.
# Usage: scripts/fingerprint.sh [DATABASE] (default: the suite's).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

db=${1:-${DB_NAME:-bakery}}
SCHEMAS=${SCHEMAS:-${SERVICES[*]} audit}
list=$(printf "'%s'," $SCHEMAS | sed 's/,$//')
psql_super -d "$db" -c "SELECT format('SELECT %L || '' '' || count(*) || '' '' || coalesce(md5(string_agg(t::text, ''|'' ORDER BY t::text)), ''-'') FROM %I.%I t', schemaname || '.' || tablename, schemaname, tablename) FROM pg_tables WHERE schemaname IN ($list) ORDER BY 1" |
  while read -r query; do psql_super -d "$db" -c "$query"; done
