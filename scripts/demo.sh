#!/usr/bin/env sh
# Quick start, command 1: set up a virtualenv (.venv), install milwatch, and run the
# main job on the bundled sample into var/milwatch.db.  Later stages add their
# commands at the end.  Knobs: PYTHON (interpreter for the venv), MILWATCH_VENV,
# MILWATCH_DB_PATH, MILWATCH_SKIP_INSTALL=1 (reuse an installed venv as is).
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV="${MILWATCH_VENV:-.venv}"
DB="${MILWATCH_DB_PATH:-var/milwatch.db}"
SAMPLE="src/milwatch/data/sample"

if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
if [ "${MILWATCH_SKIP_INSTALL:-0}" != 1 ]; then
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e .
fi

"$VENV/bin/milwatch" ingest "$SAMPLE" --db "$DB"
"$VENV/bin/milwatch" extract --db "$DB"
"$VENV/bin/milwatch" stats --db "$DB"

echo
echo "Open the web UI on this data:  $VENV/bin/milwatch serve --db $DB   then http://127.0.0.1:8000/  (Ctrl-C stops it)"
