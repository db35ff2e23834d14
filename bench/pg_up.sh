#!/usr/bin/env bash
# For `make bench-load` and `make test-crash`: start the local PostgreSQL 15 cluster and make
# sure the role innospark (password innospark, CREATEDB) exists, as .ci/run does. The scripts
# then create and drop their own database, innospark_bench. Does nothing if PostgreSQL answers.
set -euo pipefail
if ! pg_isready -q -h 127.0.0.1 2>/dev/null; then
  if ! command -v pg_ctlcluster >/dev/null; then
    echo "PostgreSQL does not answer on 127.0.0.1:5432 and pg_ctlcluster is missing." >&2
    echo "Install postgresql-15, or run bench/load.py / bench/crash.py with --pg-url." >&2
    exit 1
  fi
  pg_ctlcluster 15 main start 2>/dev/null || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
  if ! pg_isready -q -h 127.0.0.1; then
    echo "Could not start PostgreSQL 15 (pg_ctlcluster 15 main start)." >&2
    exit 1
  fi
fi
if [ "$(id -u)" = 0 ]; then
  su postgres -c "psql -q -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'innospark') THEN CREATE ROLE innospark LOGIN CREATEDB PASSWORD 'innospark'; END IF; END \\\$\\\$;\""
fi
