#!/usr/bin/env bash
# Restore drill: backs up the suite's database, restores the backup into a scratch database, and compares
# every table of every service schema, row count and checksum, source against restored. Exits non-zero on any
# difference. The source is only read; the scratch database (bakery_restore_drill) is dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

DB_NAME=${DB_NAME:-bakery}
SCRATCH=${SCRATCH_DB:-${DB_NAME}_restore_drill}
work=$(mktemp -d)
chmod 755 "$work" # the dumps are written by the postgres user
trap 'rm -rf "$work"; psql_super -d postgres -c "DROP DATABASE IF EXISTS $SCRATCH" >/dev/null 2>&1 || true' EXIT

psql_super -d postgres -c "DROP DATABASE IF EXISTS $SCRATCH"
backup=$(bash scripts/backup.sh "$work" | tail -1)
bash scripts/fingerprint.sh "$DB_NAME" >"$work/source.txt"
bash scripts/restore.sh "$backup" "$SCRATCH" >/dev/null
bash scripts/fingerprint.sh "$SCRATCH" >"$work/restored.txt"

tables=$(wc -l <"$work/source.txt")
rows=$(awk '{ n += $2 } END { print n + 0 }' "$work/source.txt")
if diff -u "$work/source.txt" "$work/restored.txt" >"$work/diff.txt"; then
  say "restore drill passed: $tables tables, $rows rows, counts and checksums identical after dump and restore"
else
  cat "$work/diff.txt" >&2
  die "restore drill FAILED: the restored database differs (above)"
fi
