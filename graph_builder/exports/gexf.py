"""GEXF for Gephi, GEXF 1.2draft (the namespace both Gephi and `networkx.read_gexf` read). The
dates are dynamic `start` times so that Gephi's timeline plays the network: a node starts at its
own date or its first dated link, an edge at its first dated fact. Nodes carry their type's
colour and a size from their degree (`viz:`), so the file opens in Gephi already coloured.

Written as a stream of text rather than by networkx's `GEXFWriter`, which builds an ElementTree
of every node, edge and value first and took 13 of the 38 s of a 10,000-article export; the
document is the one `GEXFWriter` writes (the same elements, attribute types and `networkx_key`
for the edges' keys: tests/test_exports.py reads both back with networkx and compares them)."""
from __future__ import annotations

import math
import time
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from . import palette, portable
from ..network import Network

VERSION = "1.2draft"
NS = "http://www.gexf.net/1.2draft"
# networkx's types for GEXF 1.2draft
TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
NODE_XML = ("label", "start", "viz")                 # written as XML attributes or viz:, not attvalues
EDGE_XML = ("id", "label", "weight", "start")


def rgb(colour: str) -> dict:
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16), "a": 1.0}


def prepared(net: Network) -> nx.MultiDiGraph | nx.MultiGraph:
    """The portable graph with what GEXF adds: `start` dates, colours and sizes, edge ids."""
    H = portable(net)
    colours = palette()
    for n, d in H.nodes(data=True):
        if d.get("date"):
            d["start"] = d["date"]
        d["viz"] = {"color": rgb(colours.get(d["type"], "#888888")),
                    "size": round(4 + 3 * math.sqrt(d.get("degree", 0)), 2)}
    for *_, key, d in H.edges(keys=True, data=True):
        d["id"] = key
        if d.get("date"):
            d["start"] = d["date"]
    return H


def write(net: Network, out) -> None:
    out.write("".join(_document(prepared(net), net.view)).encode("utf-8"))


def _columns(rows, skip: tuple[str, ...], first: int) -> dict[str, tuple[str, str]]:
    """Each attribute's id and type, numbered in the order they first appear (as networkx does)."""
    cols: dict[str, tuple[str, str]] = {}
    for d in rows:
        for k, v in d.items():
            if k not in skip and k not in cols:
                if type(v) not in TYPES:
                    raise TypeError(f"GEXF attribute {k!r}: a {type(v).__name__} value")
                cols[k] = (str(first + len(cols)), TYPES[type(v)])
    return cols


def _value(v) -> str:
    return ("true" if v else "false") if isinstance(v, bool) else str(v)


def _attvalues(d: dict, cols: dict[str, tuple[str, str]]) -> str:
    vals = "".join(f'<attvalue for="{cols[k][0]}" value={quoteattr(_value(v))} />'
                   for k, v in d.items() if k in cols)
    return f"<attvalues>{vals}</attvalues>" if vals else ""


def _declare(cls: str, cols: dict[str, tuple[str, str]]) -> str:
    if not cols:
        return ""
    attrs = "".join(f'<attribute id="{i}" title={quoteattr(k)} type="{t}" />' for k, (i, t) in cols.items())
    return f'<attributes mode="static" class="{cls}">{attrs}</attributes>'


def _document(H: nx.MultiDiGraph | nx.MultiGraph, view: str):
    edges = [(s, o, {**d, "networkx_key": k}) for s, o, k, d in H.edges(keys=True, data=True)]
    node_cols = _columns((d for _, d in H.nodes(data=True)), NODE_XML, 0)
    edge_cols = _columns((d for *_, d in edges), EDGE_XML, len(node_cols))
    dynamic = any("start" in d for _, d in H.nodes(data=True)) or any("start" in d for *_, d in edges)
    mode = 'mode="dynamic" timeformat="date"' if dynamic else 'mode="static"'
    yield (f"<?xml version='1.0' encoding='utf-8'?>\n"
           f'<gexf xmlns:viz="{NS}/viz" xmlns="{NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           f'xsi:schemaLocation="{NS} {NS}/gexf.xsd" version="1.2">'
           f'<meta lastmodifieddate="{time.strftime("%Y-%m-%d")}"><creator>mtkg</creator>'
           f"<description>{escape(f'mtkg {view}: MTTQ officials, bodies, localities, events, directives and movements')}"
           f"</description></meta>"
           f'<graph defaultedgetype="{"directed" if H.is_directed() else "undirected"}" {mode} '
           f'name={quoteattr(H.graph.get("name", ""))}>'
           + _declare("node", node_cols) + _declare("edge", edge_cols) + "<nodes>")
    for n, d in H.nodes(data=True):
        start = f' start={quoteattr(str(d["start"]))}' if "start" in d else ""
        viz = ""
        if "viz" in d:
            c = d["viz"]["color"]
            viz = (f'<viz:color r="{c["r"]}" g="{c["g"]}" b="{c["b"]}" a="{c["a"]}" />'
                   f'<viz:size value="{d["viz"]["size"]}" />')
        yield (f'<node id={quoteattr(str(n))} label={quoteattr(str(d.get("label", n)))}{start}>'
               f"{viz}{_attvalues(d, node_cols)}</node>")
    yield "</nodes><edges>"
    for s, o, d in edges:
        extra = "".join(f" {k}={quoteattr(str(d[k]))}" for k in ("label", "weight", "start") if k in d)
        yield (f'<edge source={quoteattr(str(s))} target={quoteattr(str(o))} id={quoteattr(str(d["id"]))}{extra}>'
               f"{_attvalues(d, edge_cols)}</edge>")
    yield "</edges></graph></gexf>"
