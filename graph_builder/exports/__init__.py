"""Exports of the network projection (`graph_builder.network`) for graph visualisers, one
module per format; each has `write(net, out)` taking a binary file object."""
from __future__ import annotations

import importlib
import json
from pathlib import Path

import networkx as nx

from ..network import EDGE_ATTRS, NODE_ATTRS, Network, edges, flat, node_ids, source_ids

FORMATS = ("gexf", "graphml", "cyjs", "dot", "html")
ASSETS = Path(__file__).resolve().parent / "assets"


def writer(fmt: str):
    if fmt not in FORMATS:
        raise ValueError(f"unknown network format {fmt!r}")
    return importlib.import_module(f"{__name__}.{fmt}").write


def palette() -> dict[str, str]:
    """Colour of each node type, shared by the GEXF, DOT, Cytoscape and HTML views."""
    return json.loads((ASSETS / "palette.json").read_text(encoding="utf-8"))


def portable(net: Network, *, lists: bool = False) -> nx.MultiDiGraph | nx.MultiGraph:
    """A copy of the network that any writer can serialise: nodes keyed by short XML-safe ids
    (n0…, IRI order; the IRI stays an attribute), edges keyed by unique ids (e0…), scalar
    attributes (empty ones left out), `label` on both, `weight` (the number of facts) on
    edges. `sources` (the articles' ids) is a list when `lists`, else '; '-joined."""
    G = net.graph
    ids = node_ids(G)
    H = nx.MultiDiGraph() if net.directed else nx.MultiGraph()
    H.graph["name"] = f"mtkg {net.view}"

    def sources(values):
        found = source_ids(net, values)
        return found if lists else flat(found)

    for n in sorted(G):
        d = G.nodes[n]
        attrs = {k: flat(d[k]) for k in NODE_ATTRS if d.get(k) not in (None, "")}
        H.add_node(ids[n], label=d["label"], **attrs, sources=sources(d["sources"]))
    rows = sorted(edges(G), key=lambda e: (ids[e[0]], ids[e[1]], e[2]))
    for i, (s, o, _, d) in enumerate(rows):
        attrs = {k: flat(d[k]) for k in EDGE_ATTRS if d.get(k) not in (None, "", set())}
        H.add_edge(ids[s], ids[o], key=f"e{i}", label=d["label"], weight=float(d["facts"]),
                   **attrs, sources=sources(d["sources"]))
    return H
