"""Graphviz DOT (for `dot`, `sfdp`, Gephi's DOT import), nodes coloured by type."""
from __future__ import annotations

from . import palette
from ..network import Network, edges, flat, node_ids


def quote(text) -> str:
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def write(net: Network, out) -> None:
    G = net.graph
    ids = node_ids(G)
    colours = palette()
    arrow = "->" if net.directed else "--"
    lines = [f"{'digraph' if net.directed else 'graph'} mtkg {{",
             "  graph [overlap=false, splines=true];",
             '  node [shape=box, style="rounded,filled", fontcolor=white, fontname="Helvetica"];',
             '  edge [fontsize=9, fontname="Helvetica", color="#888888"];']
    for n in sorted(G):
        d = G.nodes[n]
        tip = f"{d['type_label']}: {d['label']}"
        lines.append(f"  {ids[n]} [label={quote(d['label'])}, fillcolor={quote(colours.get(d['type'], '#888888'))}, "
                     f"tooltip={quote(tip)}, type={quote(d['type'])}, URL={quote(n)}];")
    for s, o, _, d in sorted(edges(G), key=lambda e: (ids[e[0]], ids[e[1]], e[2])):
        label = d["label"] + (f": {flat(d['detail'])}" if d.get("detail") else "")
        extra = f", date={quote(d['date'])}" if d.get("date") else ""
        lines.append(f"  {ids[s]} {arrow} {ids[o]} [label={quote(label)}, weight={d['facts']}{extra}];")
    lines.append("}")
    out.write(("\n".join(lines) + "\n").encode("utf-8"))
