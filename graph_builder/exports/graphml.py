"""GraphML for yEd, Cytoscape desktop, Gephi and igraph, written by networkx from a copy of
the network with XML-safe ids (n0…, e0…) and scalar attributes. Checked against the
official GraphML 1.0 schema (tests/fixtures/xsd/graphml)."""
from __future__ import annotations

import networkx as nx

from ..network import EDGE_ATTRS, NODE_ATTRS, Network, edges, flat, node_ids, source_ids


def write(net: Network, out) -> None:
    G = net.graph
    ids = node_ids(G)
    H = nx.MultiDiGraph() if net.directed else nx.MultiGraph()
    for n in sorted(G):
        d = G.nodes[n]
        attrs = {k: flat(d[k]) for k in NODE_ATTRS if d.get(k) not in (None, "")}
        H.add_node(ids[n], label=d["label"], **attrs,
                   sources=flat(source_ids(net, d["sources"])))
    rows = sorted(edges(G), key=lambda e: (ids[e[0]], ids[e[1]], e[2]))
    for i, (s, o, _, d) in enumerate(rows):
        attrs = {k: flat(d[k]) for k in EDGE_ATTRS if d.get(k) not in (None, "")}
        # the edge id is the key, so it must be unique in the document (the schema says so)
        H.add_edge(ids[s], ids[o], key=f"e{i}", label=d["label"], weight=float(d["facts"]),
                   **attrs, sources=flat(source_ids(net, d["sources"])))
    nx.write_graphml(H, out, encoding="utf-8", prettyprint=True, named_key_ids=False)
