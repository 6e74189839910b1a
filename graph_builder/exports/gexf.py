"""GEXF 1.2 for Gephi, with the dates as dynamic `start` times so the timeline can play
the network: a node starts at its own date or its first dated link, an edge at its first
dated fact. Checked against the official GEXF 1.2 schema (tests/fixtures/xsd/gexf)."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

from ..network import EDGE_ATTRS, NODE_ATTRS, Network, edges, flat, node_ids, source_ids

NS = "http://www.gexf.net/1.2"
INTS = {"degree", "community", "facts"}


def write(net: Network, out) -> None:
    G = net.graph
    ids = node_ids(G)
    root = ET.Element("gexf", {"xmlns": NS, "version": "1.2"})
    meta = ET.SubElement(root, "meta", {"lastmodifieddate": date.today().isoformat()})
    ET.SubElement(meta, "creator").text = "mtkg"
    ET.SubElement(meta, "description").text = f"mtkg {net.view}: MTTQ officials, bodies, events and directives"
    graph = ET.SubElement(root, "graph", {"mode": "dynamic", "timeformat": "date",
                                          "defaultedgetype": "directed" if net.directed else "undirected"})
    node_cols = (*NODE_ATTRS, "sources")
    edge_cols = (*EDGE_ATTRS, "sources")
    for cls, cols in (("node", node_cols), ("edge", edge_cols)):
        attrs = ET.SubElement(graph, "attributes", {"class": cls, "mode": "static"})
        for i, col in enumerate(cols):
            ET.SubElement(attrs, "attribute", {"id": f"{cls[0]}{i}", "title": col,
                                               "type": "integer" if col in INTS else "string"})
    nodes = ET.SubElement(graph, "nodes", {"count": str(G.number_of_nodes())})
    for n in sorted(G):
        d = G.nodes[n]
        el = ET.SubElement(nodes, "node", {"id": ids[n], "label": d["label"]})
        if d.get("date"):
            el.set("start", d["date"])
        _values(el, "n", node_cols, {**d, "sources": source_ids(net, d["sources"])})
    rows = sorted(edges(G), key=lambda e: (ids[e[0]], ids[e[1]], e[2]))
    es = ET.SubElement(graph, "edges", {"count": str(len(rows))})
    for i, (s, o, _, d) in enumerate(rows):
        el = ET.SubElement(es, "edge", {"id": f"e{i}", "source": ids[s], "target": ids[o],
                                        "label": d["label"], "weight": str(float(d["facts"]))})
        if d.get("date"):
            el.set("start", d["date"])
        _values(el, "e", edge_cols, {**d, "sources": source_ids(net, d["sources"])})
    ET.indent(root)
    ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=True)


def _values(el: ET.Element, prefix: str, cols, data: dict) -> None:
    vals = ET.SubElement(el, "attvalues")
    for i, col in enumerate(cols):
        v = flat(data.get(col, ""))
        if v != "" and v is not None:
            ET.SubElement(vals, "attvalue", {"for": f"{prefix}{i}", "value": str(v)})
