"""Cytoscape.js JSON (`elements` with `data`), which Cytoscape.js loads with
`cytoscape({elements})` and Cytoscape desktop imports as a .cyjs file."""
from __future__ import annotations

import json

from . import palette
from ..network import Network, edges, flat, node_ids, source_ids


def elements(net: Network) -> dict:
    G = net.graph
    ids = node_ids(G)
    colours = palette()
    nodes = []
    for n in sorted(G):
        d = G.nodes[n]
        data = {k: flat(v) for k, v in d.items() if k not in ("sources", "facts")}
        data.update(id=ids[n], name=d["label"], color=colours.get(d["type"], "#888"),
                    sources=source_ids(net, d["sources"]))
        nodes.append({"data": data})
    rows = sorted(edges(G), key=lambda e: (ids[e[0]], ids[e[1]], e[2]))
    links = []
    for i, (s, o, _, d) in enumerate(rows):
        data = {k: flat(v) for k, v in d.items() if k != "sources"}
        data.update(id=f"e{i}", source=ids[s], target=ids[o], sources=source_ids(net, d["sources"]))
        links.append({"data": data})
    return {"nodes": nodes, "edges": links}


def write(net: Network, out) -> None:
    doc = {"format_version": "1.0", "generated_by": "mtkg",
           "data": {"name": f"mtkg {net.view}", "directed": net.directed},
           "elements": elements(net)}
    out.write(json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))
