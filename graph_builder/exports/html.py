"""One self-contained HTML file that draws the network: no CDN, no server, works offline.

The page is sigma.js (WebGL drawing) on a graphology graph, laid out by graphology's
ForceAtlas2 in a web worker: the minified library builds are vendored in assets/ (versions
and licences in assets/README.md) and inlined into the page, with our viewer (network.js:
search, filters by type, province and date, neighbourhood highlight, a panel with a node's
facts and sources) and the network as JSON.

The page reads `#search=…` from its address and runs that search on load."""
from __future__ import annotations

import html
import json
import re

from . import ASSETS, palette
from ..network import Network, edges, flat, node_ids, source_ids

# The ontology's Vietnamese labels of the node classes (ontology/mtkg.ttl, rdfs:label @vi),
# shown beside the English type labels the network carries.
TYPE_LABELS_VI = {
    "person": "Cá nhân",
    "body": "Tổ chức",
    "locality": "Đơn vị hành chính",
    "event": "Sự kiện",
    "directive": "Văn bản chỉ đạo",
    "movement": "Phong trào, cuộc vận động",
}

# placeholder in network.html -> asset inlined there
LIBRARIES = {
    "/*GRAPHOLOGY*/": "graphology.umd.min.js",
    "/*SIGMA*/": "sigma.min.js",
    "/*FORCEATLAS2*/": "graphology-layout-forceatlas2.min.js",
    "/*JS*/": "network.js",
    "/*CSS*/": "network.css",
}


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
            "type_labels_vi": TYPE_LABELS_VI, "nodes": nodes, "edges": links, "articles": articles}


def _inline(name: str, text: str) -> str:
    """A script asset as it may sit inside a <script> element (which ends at the first
    `</script`, and where `<!--` changes how the rest is parsed)."""
    if re.search(r"</script|<!--", text, re.I):
        raise ValueError(f"assets/{name} cannot be inlined in a <script> element as it is")
    return text


def render(net: Network) -> str:
    data = json.dumps(payload(net), ensure_ascii=False, separators=(",", ":"))
    parts = {key: (ASSETS / name).read_text(encoding="utf-8") for key, name in LIBRARIES.items()}
    parts = {key: text if key == "/*CSS*/" else _inline(LIBRARIES[key], text) for key, text in parts.items()}
    parts["/*DATA*/"] = data.replace("</", "<\\/").replace("<!--", "<\\u0021--")  # inside JSON strings only
    parts["{{title}}"] = html.escape(f"mtkg {net.view}")
    page = (ASSETS / "network.html").read_text(encoding="utf-8")
    # one pass, so that nothing inlined is itself searched for placeholders
    return re.sub("|".join(map(re.escape, parts)), lambda m: parts[m.group(0)], page)


def write(net: Network, out) -> None:
    out.write(render(net).encode("utf-8"))
