#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Graph benchmark (issue: follow the money). In one run, on the same machine:
#   1. gen_graph.py writes ACTORS actors and PAYMENTS payments as FtM JSON lines
#      (default 100,000 and 1,000,000), imported with commonplace-cli into a new workspace;
#   2. graph_bench builds the projection, writes it as an edge list, and times PageRank, weakly
#      connected components, BFS from one actor, sampled betweenness (K pivots), Louvain,
#      exact betweenness on a smaller generated graph, and force/layered layouts;
#   3. igraph_bench.py times the same algorithms in python3-igraph on the same edge list and
#      checks that both computed the same thing.
# Prints medians and the ratios ours/igraph (target <= 1).
#
#   tests/bench/graph-bench.sh [--actors N] [--payments M] [--runs R] [--pivots K]
#                              [--build DIR] [--work DIR] [--keep]
# --work reuses a folder (and its imported workspace, if the sizes match) between runs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
actors=100000 payments=1000000 runs=5 pivots=100 keep=0 work=
build=${COMMONPLACE_BUILD_DIR:-$root/build/release}
while [ $# -gt 0 ]; do
    case $1 in
    --actors) actors=$2; shift 2 ;;
    --payments) payments=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --pivots) pivots=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --work) work=$2; keep=1; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "usage: $0 [--actors N] [--payments M] [--runs R] [--pivots K] [--build DIR] [--work DIR] [--keep]" >&2; exit 2 ;;
    esac
done
cli=$build/app/cli/commonplace-cli
bench=$build/tests/bench/graph_bench
for tool in "$cli" "$bench"; do
    [ -x "$tool" ] || { echo "$0: missing $tool (build the release preset)" >&2; exit 2; }
done
# The python with igraph: Debian's python3-igraph installs for /usr/bin/python3.
python=
for candidate in python3 /usr/bin/python3; do
    if command -v "$candidate" >/dev/null && "$candidate" -c 'import igraph' 2>/dev/null; then
        python=$candidate
        break
    fi
done
[ -n "$python" ] || { echo "$0: python3 with igraph is missing (apt-get install python3-igraph)" >&2; exit 2; }

if [ -z "$work" ]; then
    work=$(mktemp -d "${TMPDIR:-/tmp}/commonplace-graph-bench.XXXXXX")
fi
mkdir -p "$work"
[ "$keep" = 1 ] || trap 'rm -rf "$work"' EXIT
ws=$work/graph-$actors-$payments.commonplace

if [ ! -f "$ws" ]; then
    echo "Generating $actors actors and $payments payments..." >&2
    python3 "$here/gen_graph.py" --actors "$actors" --payments "$payments" --seed 1 \
        --out "$work/graph.ijson"
    echo "Importing..." >&2
    rm -f "$ws"*
    "$cli" --workspace "$ws.part" init >/dev/null
    start=$(date +%s.%N)
    "$cli" --workspace "$ws.part" import "$work/graph.ijson" --dataset bench >/dev/null
    end=$(date +%s.%N)
    for f in "$ws.part"*; do mv "$f" "$ws${f#"$ws.part"}"; done
    rm -f "$work/graph.ijson"
    printf 'Import: %.1f s\n' "$(echo "$end - $start" | bc)" >&2
fi

echo "Timing Commonplace (graph_bench)..." >&2
"$bench" --workspace "$ws" --out "$work" --runs "$runs" --pivots "$pivots" \
    --layout 5000 20000 --layout 50000 200000
echo "Timing igraph ($python)..." >&2
"$python" "$here/igraph_bench.py" --dir "$work" --runs "$runs" >"$work/igraph.json"

"$python" - "$work/ours.json" "$work/igraph.json" <<'PY'
import json, sys
ours = json.load(open(sys.argv[1]))
theirs = json.load(open(sys.argv[2]))
print(f"Graph: {ours['actors']:,} actors, {ours['relationships']:,} relationships "
      f"(igraph {theirs['igraph']})")
print(f"Projection build (median): {ours['build']:.2f} s; its compressed views (once per projection): {ours['views']:.2f} s; "
      f"a first BFS on a fresh projection, views included: {ours['bfsCold']:.3f} s")
rows = [
    ("PageRank", "pagerank", "pagerank"),
    ("weakly connected components (by vertex)", "weak", "weak"),
    ("weakly connected components (sorted id lists)", "weakIds", "weak"),
    ("BFS from one actor", "bfs", "bfs"),
    (f"Louvain", "louvain", "louvain"),
    (f"exact betweenness, {ours['smallActors']:,} actors / {ours['smallPayments']:,} payments",
     "betweennessExact", "betweennessExact"),
]
print(f"{'algorithm':60} {'ours s':>9} {'igraph s':>9} {'ratio':>6}")
for label, a, b in rows:
    print(f"{label:60} {ours[a]:9.4f} {theirs[b]:9.4f} {ours[a] / theirs[b]:6.2f}")
print(f"{'sampled betweenness, ' + str(ours['pivots']) + ' pivots (igraph 0.10.2 cannot sample)':60} "
      f"{ours['betweennessSampled']:9.4f}")
print(f"  {ours['betweennessSampled'] / ours['pivots'] * 1e3:.2f} ms per pivot; normalized scores: top {ours['betweennessTop']:.3g}, "
      f"largest standard error {ours['betweennessStandardError']:.3g}, Hoeffding bound {ours['betweennessErrorBound']:.3g}")
print("Checks: PageRank max difference %.2g; BFS distances equal: %s; component sizes equal: %s; "
      "exact betweenness max relative difference %.2g"
      % (theirs["pagerankMaxDifference"], theirs["bfsEqual"], theirs["weakSizesEqual"],
         theirs["betweennessMaxRelativeDifference"]))
print("Louvain modularity: ours %.4f (%d communities; igraph computes %.4f for it), igraph %.4f (%d communities)"
      % (ours["louvainModularity"], ours["louvainCommunities"], theirs["oursModularityByIgraph"],
         theirs["louvainModularity"], theirs["louvainCommunities"]))
for l in ours["layouts"]:
    print(f"Layout of {l['actors']:,} actors / {l['payments']:,} payments: force {l['force']:.2f} s, layered {l['layered']:.2f} s")
PY
