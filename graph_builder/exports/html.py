"""One self-contained HTML file that draws the network: no CDN, no server, works offline.
The template and the viewer (a small canvas force layout, search, colour by type, a panel
with a node's facts and sources) are data files in assets/; the network is inlined as JSON.

The page reads `#search=…` from its address and runs that search on load, writing the
matches into the page, which is how the browser test drives it without a WebDriver."""
from __future__ import annotations

import html
import json

from . import ASSETS, palette
from ..network import Network, edges, flat, node_ids, source_ids


def payload(net: Network) -> dict:
    G = net.graph
    ids = node_ids(G)
    rows = sorted(edges(G), key=lambda e: (ids[e[0]], ids[e[1]], e[2]))
    node_sources = {n: set(G.nodes[n]["sources"]) for n in G}
    for s, o, _, d in rows:  # a person's sources are those of the facts about them
        node_sources[s] |= d["sources"]
        node_sources[o] |= d["sources"]
    used = set().union(*node_sources.values()) if node_sources else set()
    nodes = []
    for n in sorted(G):
        d = G.nodes[n]
        nodes.append({"id": ids[n], "iri": n, "label": d["label"], "type": d["type"],
                      "type_label": d["type_label"], "kind": d["kind"], "locality": d["locality"],
                      "province": d["province"], "date": d["date"], "degree": d["degree"],
                      "community": d["community"], "facts": sorted(d.get("facts", ())),
                      "sources": source_ids(net, node_sources[n])})
    links = [{"source": ids[s], "target": ids[o], "relation": d["relation"], "label": d["label"],
              "detail": flat(d["detail"]), "date": d["date"], "weight": d["facts"],
              "sources": source_ids(net, d["sources"])} for s, o, _, d in rows]
    articles = {}
    for iri, a in sorted(net.articles.items(), key=lambda kv: bool(kv[1].headline)):
        if iri in used:  # the entry with a headline wins over a curated table of the same id
            articles[a.id] = {"headline": a.headline, "url": a.url, "published": a.published}
    return {"view": net.view, "directed": net.directed, "palette": palette(),
            "nodes": nodes, "edges": links, "articles": articles}


def render(net: Network) -> str:
    data = json.dumps(payload(net), ensure_ascii=False, separators=(",", ":"))
    data = data.replace("</", "<\\/")  # the JSON sits inside a <script> element
    page = (ASSETS / "network.html").read_text(encoding="utf-8")
    return (page.replace("/*CSS*/", (ASSETS / "network.css").read_text(encoding="utf-8"))
                .replace("/*JS*/", (ASSETS / "network.js").read_text(encoding="utf-8"))
                .replace("/*DATA*/", data)
                .replace("{{title}}", html.escape(f"mtkg {net.view}")))


def write(net: Network, out) -> None:
    out.write(render(net).encode("utf-8"))
