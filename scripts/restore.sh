#!/usr/bin/env bash
# Restores the schemas dumped by scripts/backup.sh from DIR into database DB (default: the suite's own), each
# schema dropped and recreated from its dump, with its owner role, in name order (audit before gateway, whose view
# of the trail reads it). Usage: scripts/restore.sh DIR [DB].
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

dir=${1:?usage: scripts/restore.sh BACKUP_DIR [DATABASE]}
db=${2:-${DB_NAME:-bakery}}
[[ "$db" =~ ^[a-z_][a-z0-9_]*$ ]] || die "the database name must be a plain lower-case identifier"
if [ -z "$(psql_super -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
  psql_super -d postgres -c "CREATE DATABASE $db"
fi
for dump in "$dir"/*.dump; do
  schema=$(basename "$dump" .dump)
  psql_super -d "$db" -c "DROP SCHEMA IF EXISTS $schema CASCADE"
  as_super pg_restore --exit-on-error --dbname="$db" "$dump"
  say "restored schema $schema into $db"
done
