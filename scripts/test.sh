#!/usr/bin/env sh
# Quick start, command 2: set up a virtualenv (.venv), install milwatch with its
# test extras, lint (ruff check src tests), type-check (mypy src), check the import
# direction (lint-imports) and run the whole test suite.  Extra arguments go to pytest.
# Fails when ruff, mypy or lint-imports finds errors or pytest fails;
# pytest's exit code 5 (no tests collected) counts as a failure.
set -u
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV="${MILWATCH_VENV:-.venv}"

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
