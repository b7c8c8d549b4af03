#!/usr/bin/env bash
# Backs up the suite's database, one pg_dump (custom format) per service schema, into DIR/<UTC time>/:
# each file restores one service on its own (scripts/restore.sh). Usage: scripts/backup.sh [DIR] (default backups/).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

DB_NAME=${DB_NAME:-bakery}
SCHEMAS=${SCHEMAS:-${SERVICES[*]} audit}
out="${1:-backups}/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
chmod 777 "$out" # the dump runs as the postgres user
for schema in $SCHEMAS; do
  as_super pg_dump --format=custom --schema="$schema" --file="$out/$schema.dump" --dbname="$DB_NAME"
done
say "backup of $DB_NAME ($SCHEMAS) in $out"
echo "$out"
