"""Graphviz DOT laid out as a network, for `sfdp` (the graph names it: `layout=sfdp`, so
`dot -Tsvg` uses it too), overlaps removed with `overlap=prism`, edges drawn first and
without labels. A small network is drawn as labelled boxes coloured by type; a large one as
small dots coloured by type and sized by degree, with names beside the best-linked nodes. Every node keeps its name (`label`), type, IRI (`URL`) and a tooltip;
every edge its relation, detail, date and weight, for SVG viewers and other DOT readers."""
from __future__ import annotations

import math

from . import palette
from ..network import Network, edges, flat, node_ids

HUBS = 40     # on a large network, how many of the best-linked nodes are named on the drawing
SMALL = 150   # up to this many nodes, every node is a labelled box


def quote(text) -> str:
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def write(net: Network, out) -> None:
    G = net.graph
    ids = node_ids(G)
    colours = palette()
    arrow = "->" if net.directed else "--"
    small = len(G) <= SMALL
    ranked = sorted(G, key=lambda n: (-G.nodes[n].get("degree", 0), n))
    hubs = set() if small else {n for n in ranked[:HUBS] if G.nodes[n].get("degree", 0) > 1}
    shape = ('shape=box, style="rounded,filled", fontcolor=white, margin="0.06,0.03"' if small
             else "shape=point, style=filled")
    lines = [f"{'digraph' if net.directed else 'graph'} mtkg {{",
             f"  graph [layout=sfdp, overlap=prism, overlap_scaling=-2, outputorder=edgesfirst, splines=false, "
             f"fontname=\"Helvetica\", label={quote(f'mtkg {net.view}')}, labelloc=t, bgcolor=white];",
             f'  node [{shape}, color="#ffffff", penwidth=0.3, fontname="Helvetica", fontsize=9];',
             '  edge [color="#9a9a9a80", penwidth=0.4, arrowsize=0.3];']
    for n in sorted(G):
        d = G.nodes[n]
        tip = f"{d['type_label']}: {d['label']}"
        extra = f", xlabel={quote(d['label'])}" if n in hubs else ""
        if not small:
            extra += f", width={round(0.05 + 0.025 * math.sqrt(d.get('degree', 0)), 3)}"
        lines.append(f"  {ids[n]} [label={quote(d['label'])}{extra}, "
                     f"fillcolor={quote(colours.get(d['type'], '#888888'))}, tooltip={quote(tip)}, "
                     f"type={quote(d['type'])}, URL={quote(n)}];")
    for s, o, _, d in sorted(edges(G), key=lambda e: (ids[e[0]], ids[e[1]], e[2])):
        tip = d["label"] + (f": {flat(d['detail'])}" if d.get("detail") else "")
        extra = f", date={quote(d['date'])}" if d.get("date") else ""
        lines.append(f"  {ids[s]} {arrow} {ids[o]} [relation={quote(d['relation'])}, tooltip={quote(tip)}, "
                     f"weight={d['facts']}{extra}];")
    lines.append("}")
    out.write(("\n".join(lines) + "\n").encode("utf-8"))
