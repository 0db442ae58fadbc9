#!/usr/bin/env bash
# The release reliability profile in one command (docs/reliability.md): every crash, fault, fuzz
# and soak test in its long form, then the long fuzz campaign and the full simulated kiosk day.
# CI runs the same tests in their short form with ./quickstart.sh test.
#
#   tools/reliability.sh            # about an hour or more on 2 cores
#   tools/reliability.sh --quick    # the CI profile of the same tests only
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
./quickstart.sh test --version >/dev/null  # installs what is missing, like the README's test command
PY=.venv/bin/python
if [ "${1:-}" = "--quick" ]; then
    exec ./quickstart.sh test tests/robustness tests/hardening -q
fi
echo "==> crash, fault, state-machine, fuzz and soak tests, long profile (JP_LONG=1)"
JP_LONG=1 JP_CRASH_KILLS="${JP_CRASH_KILLS:-200}" ./quickstart.sh test tests/robustness tests/hardening -q -s -o timeout=0
echo "==> fuzz campaign (all targets)"
$PY tools/fuzz_inputs.py --target all --runs "${JP_FUZZ_RUNS:-3000}" --seed "${JP_FUZZ_SEED:-11}" --out out/fuzz-finds
echo "==> simulated kiosk day (full)"
xvfb-run -a -s "-screen 0 1280x800x24" $PY tools/kiosk_day.py
