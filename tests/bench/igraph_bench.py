#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times the graph benchmark's algorithms in python3-igraph on the graph graph_bench wrote.

    igraph_bench.py --dir DIR [--runs R] [--pivots K]

Reads DIR/edges.txt and DIR/small-edges.txt ("n m", then "u v directed" per relationship, by
vertex index) and DIR/ours.json (Commonplace's results). Builds the same graphs graph_bench
analyses: directed, with two opposite arcs per undirected relationship; for Louvain the
undirected graph weighted by the number of relationships between two actors. Graph
construction is not timed; each algorithm call is timed R times (time.perf_counter) and the
median printed. Also checks that both tools computed the same thing: largest PageRank
difference, identical BFS distances and component sizes, modularity of both partitions,
largest relative difference of exact betweenness.

Prints one JSON object. Exits 1 with the reason on stderr when igraph is missing.
"""

import argparse
import json
import math
import statistics
import sys
import time


def fail(message):
    print(f"igraph_bench: {message}", file=sys.stderr)
    sys.exit(1)


try:
    import igraph
except ImportError as err:
    fail(f"python-igraph is not installed for {sys.executable} ({err}); "
         "install python3-igraph")


def read_edges(path):
    with open(path, encoding="ascii") as f:
        n, _ = (int(x) for x in f.readline().split())
        arcs, pairs = [], []
        for line in f:
            u, v, directed = line.split()
            u, v = int(u), int(v)
            arcs.append((u, v))
            if directed == "0" and u != v:
                arcs.append((v, u))
            pairs.append((u, v))
    return n, arcs, pairs


def timed(runs, call):
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with open(f"{args.dir}/ours.json", encoding="utf-8") as f:
        ours = json.load(f)

    n, arcs, pairs = read_edges(f"{args.dir}/edges.txt")
    g = igraph.Graph(n=n, edges=arcs, directed=True)
    ug = igraph.Graph(n=n, edges=pairs, directed=False)
    ug.es["weight"] = 1.0
    ug.simplify(multiple=True, loops=False, combine_edges="sum")
    # Self-loops count in our Louvain; put them back with their multiplicity.
    loops = {}
    for u, v in pairs:
        if u == v:
            loops[u] = loops.get(u, 0) + 1
    for u, count in loops.items():
        ug.add_edge(u, u, weight=float(count))

    out = {"igraph": igraph.__version__, "actors": n, "arcs": len(arcs)}
    runs = args.runs

    out["pagerank"], pr = timed(runs, lambda: g.pagerank(damping=0.85, directed=True))
    out["pagerankMaxDifference"] = max(abs(a - b) for a, b in zip(pr, ours["pagerankScores"]))

    out["weak"], weak = timed(runs, lambda: g.connected_components(mode="weak"))
    out["weakSizesEqual"] = sorted(weak.sizes(), reverse=True) == ours["weakSizes"]

    source = ours["bfsSource"]
    out["bfs"], dist = timed(runs, lambda: g.distances(source=[source], mode="out"))
    theirs = [-1 if math.isinf(d) else int(d) for d in dist[0]]
    out["bfsEqual"] = theirs == ours["bfsDistances"]

    out["louvain"], found = timed(
        runs, lambda: ug.community_multilevel(weights="weight", return_levels=False))
    out["louvainModularity"] = ug.modularity(found.membership, weights="weight")
    out["louvainCommunities"] = len(found)
    out["oursModularityByIgraph"] = ug.modularity(ours["louvainMembership"], weights="weight")

    sn, sarcs, _ = read_edges(f"{args.dir}/small-edges.txt")
    sg = igraph.Graph(n=sn, edges=sarcs, directed=True)
    sg.simplify(multiple=True, loops=True)  # Brandes on the simple digraph, as ours
    out["betweennessExact"], bc = timed(
        min(runs, 3), lambda: sg.betweenness(directed=True))
    worst = 0.0
    for a, b in zip(bc, ours["betweennessExactScores"]):
        worst = max(worst, abs(a - b) / max(1.0, abs(a)))
    out["betweennessMaxRelativeDifference"] = worst
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
