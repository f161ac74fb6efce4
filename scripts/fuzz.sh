#!/usr/bin/env sh
# The scheduled (or manual) fuzz run of issue 13: the hypothesis suites of tests/fuzz at their full size.
#
#   ./scripts/fuzz.sh                      # MILWATCH_FUZZ_EXAMPLES=100: ~15,000 stage records + ~10k edge cases
#   ./scripts/fuzz.sh tests/fuzz/test_fuzz_stages.py     # one suite (arguments go to pytest)
#   MILWATCH_FUZZ_EXAMPLES=300 MILWATCH_FUZZ_RANDOM=1 ./scripts/fuzz.sh   # bigger, new examples each run
#
# CI runs the same tests at MILWATCH_FUZZ_EXAMPLES=10 (the default: about 1,500 stage records and 1,000 edge
# cases).  Each suite prints how many cases it generated; a failure prints the failing input whole.
# MILWATCH_FUZZ_CAP_S (default 10) is the time cap per record of the stage suite.
set -u
cd "$(dirname "$0")/.."
VENV="${MILWATCH_VENV:-.venv}"
export MILWATCH_FUZZ_EXAMPLES="${MILWATCH_FUZZ_EXAMPLES:-100}"
if [ "$#" -eq 0 ]; then
    set -- tests/fuzz
fi
"$VENV/bin/python" -m pytest -m fuzz -s -p no:cacheprovider "$@"
rc=$?
if [ "$rc" -eq 5 ]; then
    echo "scripts/fuzz.sh: no fuzz tests collected - failing" >&2
    rc=1
fi
exit "$rc"
