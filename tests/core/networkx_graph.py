#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Computes the reference answers of Commonplace's graph analyses with NetworkX, as JSON.

    networkx_graph.py --graphml FILE [--source ID]... [--weights FILE] [--partition FILE]
                      [--louvain-seed N] [--edge-schema NAME]...

Reads a GraphML export (io::exportGraphML, or the graph tests' own writer) and rebuilds the
graph the analyses see (core/graph/Analyses.h):

- nodes: the actors, i.e. nodes whose `schema` is Person, Organization, Company, PublicBody or
  LegalEntity (addresses and other things are dropped);
- G, the MultiDiGraph of arcs: every relationship edge between two actors whose `schema` is one
  of the edge schemata (default: the nine of the projection), one arc per directed edge, two
  opposite arcs per edge with `directed` false (one for an undirected self-loop);
- U, the undirected simple graph nx.Graph(G) without self-loops (brokers, k-cores);
- W, the undirected graph weighted by multiplicity: the weight of {u, v} is the number of
  relationships between u and v in either direction, self-loops included (Louvain).

Prints one JSON object:
  networkx, nodes, relationships, arcs,
  degreeIn / degreeOut      {id: n} on G
  pagerank                  {id: score}, damping 0.85, converged to a tight tolerance
  pagerankWeighted          with --weights FILE ({relationship entityId: weight}; absent = 0)
  weak / strong             components as sorted id lists, largest first then by first id
  distances                 {source: {id: hops}} for each --source, BFS on G
  betweenness               exact, normalized, nx.betweenness_centrality(G)
  closeness                 nx.closeness_centrality(G) (incoming distances, wf_improved)
  articulation, bridges     on U (bridges as sorted pairs)
  core                      nx.core_number(U)
  partitionModularity       nx.community.modularity(W, partition) for --partition FILE ([[ids]])
  louvain                   {"modularity", "communities"} of nx's louvain_communities(W, seed)

Exits 1 with the reason on stderr when NetworkX is missing or the file cannot be read.
"""

import argparse
import json
import sys


def fail(message):
    print(f"networkx_graph: {message}", file=sys.stderr)
    sys.exit(1)


try:
    import networkx as nx
except ImportError as err:
    fail(f"NetworkX is not installed for {sys.executable} ({err}); install python3-networkx")

ACTORS = {"Person", "Organization", "Company", "PublicBody", "LegalEntity"}
EDGE_SCHEMATA = [
    "Payment", "Ownership", "Directorship", "Membership", "Employment", "Representation",
    "Associate", "Family", "UnknownLink",
]


def as_bool(value):
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() not in ("false", "0", "no")


def pagerank(graph, weight):
    """nx.pagerank, or its pure-Python twin where SciPy is missing (same fixed point)."""
    options = dict(alpha=0.85, tol=1e-13, max_iter=100000, weight=weight)
    try:
        import scipy  # noqa: F401

        return nx.pagerank(graph, **options)
    except ImportError:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

        return _pagerank_python(graph, **options)


def ordered(components):
    groups = [sorted(c) for c in components]
    groups.sort(key=lambda g: (-len(g), g[0]))
    return groups


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graphml", required=True)
    parser.add_argument("--source", action="append", default=[])
    parser.add_argument("--weights")
    parser.add_argument("--partition")
    parser.add_argument("--louvain-seed", type=int)
    parser.add_argument("--edge-schema", action="append")
    args = parser.parse_args()
    edge_schemata = set(args.edge_schema or EDGE_SCHEMATA)

    try:
        raw = nx.read_graphml(args.graphml, force_multigraph=True)
    except Exception as err:  # noqa: BLE001 - any reader failure is reported the same way
        fail(f"cannot read {args.graphml}: {err}")

    weights = {}
    if args.weights:
        with open(args.weights, encoding="utf-8") as f:
            weights = json.load(f)

    actors = sorted(n for n, d in raw.nodes(data=True) if d.get("schema") in ACTORS)
    actor_set = set(actors)
    G = nx.MultiDiGraph()
    G.add_nodes_from(actors)
    W = nx.Graph()
    W.add_nodes_from(actors)
    relationships = 0
    for u, v, d in raw.edges(data=True):
        if u not in actor_set or v not in actor_set or d.get("schema") not in edge_schemata:
            continue
        relationships += 1
        entity = d.get("entityId", "")
        w = float(weights.get(entity, 0.0))
        G.add_edge(u, v, amountWeight=w)
        if not as_bool(d.get("directed", True)) and u != v:
            G.add_edge(v, u, amountWeight=w)
        if W.has_edge(u, v):
            W[u][v]["weight"] += 1
        else:
            W.add_edge(u, v, weight=1)

    U = nx.Graph(G)
    U.remove_edges_from(list(nx.selfloop_edges(U)))

    out = {
        "networkx": nx.__version__,
        "nodes": G.number_of_nodes(),
        "relationships": relationships,
        "arcs": G.number_of_edges(),
    }
    if G.number_of_nodes() == 0:
        fail("the graph has no actors")
    out["degreeIn"] = dict(G.in_degree())
    out["degreeOut"] = dict(G.out_degree())
    out["pagerank"] = pagerank(G, None)
    if args.weights:
        out["pagerankWeighted"] = pagerank(G, "amountWeight")
    out["weak"] = ordered(nx.weakly_connected_components(G))
    out["strong"] = ordered(nx.strongly_connected_components(G))
    out["distances"] = {
        s: dict(nx.single_source_shortest_path_length(G, s)) for s in args.source
    }
    out["betweenness"] = nx.betweenness_centrality(G, normalized=True)
    out["closeness"] = nx.closeness_centrality(G)
    out["articulation"] = sorted(nx.articulation_points(U))
    out["bridges"] = sorted(sorted(e) for e in nx.bridges(U))
    out["core"] = nx.core_number(U)
    if args.partition:
        with open(args.partition, encoding="utf-8") as f:
            partition = [set(group) for group in json.load(f)]
        out["partitionModularity"] = nx.community.modularity(W, partition, weight="weight")
    if args.louvain_seed is not None:
        found = nx.community.louvain_communities(W, weight="weight", seed=args.louvain_seed)
        out["louvain"] = {
            "modularity": nx.community.modularity(W, found, weight="weight"),
            "communities": len(found),
        }
    json.dump(out, sys.stdout)
    print()


if __name__ == "__main__":
    main()
