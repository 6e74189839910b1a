"""Cytoscape JSON (.cyjs), the layout `networkx.cytoscape_data` writes and both
`networkx.cytoscape_graph` and Cytoscape.js (`cytoscape({elements})`) read: each element's
`data` has its `id`; a node's `value` is its id too (networkx's node key) and `name` its
label; an edge's `source`/`target` are node ids and its `key` (= its `id`) keeps parallel
edges of different relations apart. `directed` and `multigraph` are at the top, where
networkx looks for them; `data` is an object, as Cytoscape desktop writes it."""
from __future__ import annotations

import json

import networkx as nx

from . import palette, portable
from ..network import Network


def document(net: Network) -> dict:
    H = portable(net, lists=True)
    colours = palette()
    for _, d in H.nodes(data=True):
        d["name"] = d["label"]
        d["color"] = colours.get(d["type"], "#888888")
    for *_, key, d in H.edges(keys=True, data=True):
        d["id"] = key
    doc = nx.cytoscape_data(H, name="name", ident="id")
    return {"format_version": "1.0", "generated_by": "mtkg", "target_cytoscapejs_version": "~3",
            "data": {"name": H.graph["name"], "shared_name": H.graph["name"]},
            "directed": doc["directed"], "multigraph": doc["multigraph"], "elements": doc["elements"]}


def write(net: Network, out) -> None:
    out.write(json.dumps(document(net), ensure_ascii=False, indent=1).encode("utf-8"))
