"""GEXF for Gephi, written by networkx (`GEXFWriter`, GEXF 1.2draft: the namespace both
Gephi and `networkx.read_gexf` read). The dates are dynamic `start` times so that Gephi's
timeline plays the network: a node starts at its own date or its first dated link, an edge
at its first dated fact. Nodes carry their type's colour and a size from their degree
(`viz:`), so the file opens in Gephi already coloured."""
from __future__ import annotations

import io
import math
from xml.etree.ElementTree import ElementTree

from networkx.readwrite.gexf import GEXFWriter

from . import palette, portable
from ..network import Network

VERSION = "1.2draft"


def rgb(colour: str) -> dict:
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16), "a": 1.0}


def write(net: Network, out) -> None:
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
    # no pretty-printing: networkx indents the tree in Python, element by element
    gexf = GEXFWriter(encoding="utf-8", prettyprint=False, version=VERSION)
    gexf.add_graph(H)
    meta = gexf.xml.find("meta")
    creator = meta.find("creator")
    creator.text = f"mtkg ({creator.text})"
    description = creator.makeelement("description", {})
    description.text = f"mtkg {net.view}: MTTQ officials, bodies, localities, events, directives and movements"
    meta.append(description)
    # serialised to text in memory, then encoded once: ElementTree writing to a binary file
    # encodes every one of its millions of small writes (half of the export's time at 10,000
    # articles); the bytes are the same
    text = io.StringIO()
    ElementTree(gexf.xml).write(text, encoding="unicode")
    out.write(b"<?xml version='1.0' encoding='utf-8'?>\n" + text.getvalue().encode("utf-8"))
