#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Workbench window benchmark (issue 5). Generates N FtM entities (default 1,000,000), imports
# them with commonplace-cli, then runs ui_bench (the real MainWindow, offscreen by default) RUNS
# times on the workspace and prints each run's JSON and the medians:
#   first paint of the entity table (from process start and from openWorkspace), sorting,
#   scrolling a page, 50 Ctrl+K queries (median and worst), peak RSS.
#
#   tests/bench/ui-bench.sh [--entities N] [--runs R] [--build DIR] [--workspace FILE] [--keep]
# --workspace reuses an existing workspace (no generation, no import).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
entities=1000000 runs=5 build=${COMMONPLACE_BUILD_DIR:-$root/build/release} keep=0 workspace=
while [ $# -gt 0 ]; do
    case $1 in
    --entities) entities=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --workspace) workspace=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "usage: $0 [--entities N] [--runs R] [--build DIR] [--workspace FILE] [--keep]" >&2; exit 2 ;;
    esac
done
cli=$build/app/cli/commonplace-cli
bench=$build/tests/bench/ui_bench
for tool in "$cli" "$bench" python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "$0: missing $tool (cmake --build $build --target commonplace-cli ui_bench; apt-get install time)" >&2; exit 2; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/commonplace-ui-bench.XXXXXX")
[ "$keep" = 1 ] || trap 'rm -rf "$work"' EXIT

if [ -z "$workspace" ]; then
    workspace=$work/ws.commonplace
    echo "Generating $entities entities..." >&2
    python3 "$here/gen_ftm.py" --entities "$entities" --seed 7 --out "$work/data.ijson"
    "$cli" --workspace "$workspace" init >/dev/null
    echo "Importing..." >&2
    /usr/bin/time -f "import %e s, peak %M KiB" "$cli" --workspace "$workspace" import "$work/data.ijson" --dataset bench >/dev/null
    rm -f "$work/data.ijson"
fi

# Migrate (an older workspace) and fill what the window would prepare in the background, once,
# so the runs measure the window and not that preparation.
echo "Preparing (migration, sort keys, Latin search forms)..." >&2
"$bench" --prepare "$workspace"

results=$work/results.jsonl
: >"$results"
for run in $(seq 1 "$runs"); do
    # Drop nothing from the page cache on purpose: a workspace a person opens again is warm.
    "$bench" "$workspace" | tee -a "$results"
done
python3 - "$results" <<'PY'
import json, statistics, sys
runs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
keys = [k for k in runs[0] if isinstance(runs[0][k], (int, float))]
print(f"medians of {len(runs)} runs (worst-of-50 figures: median of the runs' worsts; peak RSS: the largest run)")
for k in keys:
    values = [r[k] for r in runs]
    value = max(values) if k == "peak_rss_mb" else statistics.median(values)
    print(f"  {k:30s} {value:10.2f}")
PY
