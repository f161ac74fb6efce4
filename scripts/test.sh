#!/usr/bin/env sh
# Quick start, command 2: set up a virtualenv (.venv), install milwatch with its
# test extras, lint (ruff check src tests), type-check (mypy src), check the import
# direction (lint-imports) and run the whole test suite.  Extra arguments go to pytest.
# Fails when ruff, mypy or lint-imports finds errors or pytest fails;
# pytest's exit code 5 (no tests collected) counts as a failure.
#
#   scripts/test.sh [--store sqlite|postgres] [PYTEST ARGS...]
#
# --store postgres (or MILWATCH_TEST_STORE=postgres) runs the suite on PostgreSQL: every store a
# test opens is a fresh database of the private server scripts/postgres.sh starts (installing
# Debian's postgresql when missing); tests about the SQLite file itself (marked sqlite_only) are
# skipped.  Opt-in: CI (.ci/run) runs on SQLite.  See tests/support/pg_store.py.
set -u
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV="${MILWATCH_VENV:-.venv}"
STORE="${MILWATCH_TEST_STORE:-sqlite}"
case "${1:-}" in
    --help)
        awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    --store) STORE="${2:-}"; shift 2 2>/dev/null || shift ;;
    --store=*) STORE="${1#--store=}"; shift ;;
esac
case "$STORE" in
    sqlite) ;;
    postgres|postgresql)
        STORE=postgres
        bash scripts/postgres.sh >/dev/null || { echo "scripts/test.sh: scripts/postgres.sh could not start PostgreSQL" >&2; exit 1; } ;;
    *) echo "scripts/test.sh: --store takes sqlite or postgres, not '$STORE'" >&2; exit 2 ;;
esac
export MILWATCH_TEST_STORE="$STORE"

if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV" || exit 1
fi
if [ "${MILWATCH_SKIP_INSTALL:-0}" != 1 ]; then
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e '.[test]' || exit 1
fi

"$VENV/bin/python" -m ruff check src tests
lint=$?
"$VENV/bin/python" -m mypy src
types=$?
"$VENV/bin/lint-imports" --no-logo --no-cache  # the layers contract of pyproject.toml
imports=$?

"$VENV/bin/python" -m pytest "$@"
rc=$?
if [ "$rc" -eq 5 ]; then
    echo "scripts/test.sh: pytest collected no tests - failing" >&2
    rc=1
fi
if [ "$lint" -ne 0 ]; then
    echo "scripts/test.sh: ruff check src tests found errors - failing" >&2
    [ "$rc" -eq 0 ] && rc=1
fi
if [ "$types" -ne 0 ]; then
    echo "scripts/test.sh: mypy src found errors - failing" >&2
    [ "$rc" -eq 0 ] && rc=1
fi
if [ "$imports" -ne 0 ]; then
    echo "scripts/test.sh: lint-imports found imports that break the layers contract - failing" >&2
    [ "$rc" -eq 0 ] && rc=1
fi
exit "$rc"
