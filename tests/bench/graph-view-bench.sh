#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Graph explorer benchmark (issue: the analyst's views). On generated graphs of the shape
# gen_graph.py writes (skewed payers and beneficiaries), times in one process:
#   - the force-directed layout the explorer runs (median of RUNS),
#   - building the explorer's scene from the projection,
#   - full repaints of the view into an offscreen 1600x1000 image (median of FRAMES): the
#     whole graph fitted, zoomed in at 1:1, and with a path highlighted.
# Sizes: 5,000 actors / 20,000 relationships (targets: layout < 3 s, repaint < 16 ms) and
# 50,000 / 200,000 (level of detail: must stay navigable).
#
# Also paints the widget itself (GraphCanvas and its cached layers) after each kind of change.
# --compare also runs the single-level force layout the explorer used before, for a ratio.
#
#   tests/bench/graph-view-bench.sh [--runs R] [--frames F] [--build DIR] [--out DIR] [--compare]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=3 frames=60 out= compare=
build=${COMMONPLACE_BUILD_DIR:-$root/build/release}
while [ $# -gt 0 ]; do
    case $1 in
    --runs) runs=$2; shift 2 ;;
    --frames) frames=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --compare) compare=--compare-single-level; shift ;;
    *) echo "usage: $0 [--runs R] [--frames F] [--build DIR] [--out DIR] [--compare]" >&2; exit 2 ;;
    esac
done
bench=$build/tests/bench/graph_view_bench
[ -x "$bench" ] || { echo "$0: missing $bench (build the release preset, target graph_view_bench)" >&2; exit 2; }
export QT_QPA_PLATFORM=offscreen
echo "== 5,000 actors, 20,000 relationships"
"$bench" --actors 5000 --payments 20000 --runs "$runs" --frames "$frames" $compare \
    ${out:+--png "$out/view-5k.png"}
echo "== 50,000 actors, 200,000 relationships"
"$bench" --actors 50000 --payments 200000 --runs 1 --frames "$((frames / 3 > 5 ? frames / 3 : 5))" $compare \
    ${out:+--png "$out/view-50k.png"}
