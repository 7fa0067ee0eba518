#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads Commonplace's GraphML and GEXF exports with NetworkX and describes them as JSON.

    networkx_check.py [--graphml FILE] [--gexf FILE] [--node ID]... [--edge ENTITY_ID]...

Prints {"networkx": VERSION, "graphml": SUMMARY, "gexf": SUMMARY} where a summary holds the
node and edge counts, whether the graph is directed / has parallel edges, how many nodes and
edges carry each attribute, the edge labels, and the full attributes of the nodes and edges
asked for (edges by the id of their relationship entity). Exits 1, with the reason on stderr,
when NetworkX is missing or cannot read a file.

"""

import argparse
import collections
import json
import sys


def fail(message):
    print(f"networkx_check: {message}", file=sys.stderr)
    sys.exit(1)


try:
    import networkx as nx
except ImportError as err:
    fail(f"NetworkX is not installed for {sys.executable} ({err}); install python3-networkx")


def plain(value):
    """JSON-safe attribute values (NetworkX may hand back numbers or booleans)."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def summarise(graph, nodes_wanted, edges_wanted):
    node_attrs = collections.Counter()
    for _, data in graph.nodes(data=True):
        node_attrs.update(data.keys())
    edge_attrs = collections.Counter()
    labels = collections.Counter()
    edges = {}
    for source, target, data in graph.edges(data=True):
        edge_attrs.update(data.keys())
        labels[str(data.get("label"))] += 1
        entity = data.get("entityId")
        if entity in edges_wanted:
            edges.setdefault(entity, []).append(
                {"source": source, "target": target}
                | {k: plain(v) for k, v in sorted(data.items())}
            )
    nodes = {
        n: {k: plain(v) for k, v in sorted(graph.nodes[n].items())}
        for n in nodes_wanted
        if n in graph
    }
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "nodeAttributes": dict(sorted(node_attrs.items())),
        "edgeAttributes": dict(sorted(edge_attrs.items())),
        "edgeLabels": dict(sorted(labels.items())),
        "node": nodes,
        "edge": edges,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graphml")
    parser.add_argument("--gexf")
    parser.add_argument("--node", action="append", default=[])
    parser.add_argument("--edge", action="append", default=[])
    args = parser.parse_args()
    if not args.graphml and not args.gexf:
        fail("give --graphml FILE and/or --gexf FILE")

    out = {"networkx": nx.__version__}
    if args.graphml:
        try:
            graph = nx.read_graphml(args.graphml)
        except Exception as err:  # any reader error is a failed check
            fail(f"cannot read GraphML {args.graphml}: {type(err).__name__}: {err}")
        out["graphml"] = summarise(graph, args.node, set(args.edge))
    if args.gexf:
        try:
            graph = nx.read_gexf(args.gexf)
        except Exception as err:
            fail(f"cannot read GEXF {args.gexf}: {type(err).__name__}: {err}")
        out["gexf"] = summarise(graph, args.node, set(args.edge))
    json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
