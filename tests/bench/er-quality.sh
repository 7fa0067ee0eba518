#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Entity-resolution benchmark (issue 4), in one run on one machine:
#   quality  FEBRL (link dataset4a to dataset4b, dedupe dataset3), the donations fixture, and
#            the cross-script labelled set tests/data/names-across-scripts.csv: precision,
#            recall and F1 by threshold (er_bench)
#   speed    with --speed: N generated person and organisation records (default 1,000,000,
#            about 10% duplicates, gen_er.py) imported into a workspace (timed on its own),
#            then deduplicated: time, peak memory, pairs compared, precision and recall
#
#   tests/bench/er-quality.sh [--build DIR] [--speed] [--records N] [--keep]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${COMMONPLACE_BUILD_DIR:-$root/build/release}
fixtures=${COMMONPLACE_FIXTURES:-$root/../shared/fixtures}
speed=0 records=1000000 keep=0
while [ $# -gt 0 ]; do
    case $1 in
    --build) build=$2; shift 2 ;;
    --speed) speed=1; shift ;;
    --records) records=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "usage: $0 [--build DIR] [--speed] [--records N] [--keep]" >&2; exit 2 ;;
    esac
done
bench=$build/tests/bench/er_bench
cli=$build/app/cli/commonplace-cli
for tool in "$bench" "$cli" python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "$0: missing $tool (build the release preset; apt-get install time)" >&2; exit 2; }
done
[ -d "$fixtures/er/febrl" ] || { echo "$0: no FEBRL fixtures under $fixtures (set COMMONPLACE_FIXTURES)" >&2; exit 2; }

echo "== FEBRL (er_bench febrl)"
"$bench" febrl "$fixtures/er/febrl"
echo
echo "== The donations fixture (er_bench donations)"
"$bench" donations "$fixtures/ftm/donations.ijson"
echo
echo "== Names across scripts (er_bench names)"
"$bench" names "$root/tests/data/names-across-scripts.csv"

[ "$speed" = 1 ] || exit 0
work=$(mktemp -d "${TMPDIR:-/tmp}/commonplace-er.XXXXXX")
[ "$keep" = 1 ] || trap 'rm -rf "$work"' EXIT
echo
echo "== Speed: $records generated records"
echo "Generating..." >&2
python3 "$here/gen_er.py" --records "$records" --seed 7 --out "$work/records.ijson" --truth "$work/truth.csv"
"$cli" --workspace "$work/ws.commonplace" init >/dev/null
/usr/bin/time -f "import: %e s elapsed, peak %M KB" \
    "$cli" --workspace "$work/ws.commonplace" import "$work/records.ijson" --dataset generated
# The matching itself: a process that opens the workspace and runs findCandidates, as
# `commonplace-cli dedupe` does, at the default threshold.
/usr/bin/time -f "dedupe process: %e s elapsed, %U s user, %S s system, peak %M KB" \
    "$bench" dedupe "$work/ws.commonplace" "$work/truth.csv"
