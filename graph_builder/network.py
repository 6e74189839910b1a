"""A networkx projection of the store that a person can read, for graph visualisers.

Nodes are the things a reader names (people, bodies, localities, events, directives,
movements); the reified facts (post holdings, participations, implementations) become
edges between them, with their title, role or kind, the first date they were seen and the
articles that state them. Everything is read with SPARQL over the union of the graphs, so
the projection works on a store of any size without loading it into rdflib.

`project` builds the full network; `filtered` applies the CLI's filters and views; the
exporters in `graph_builder.exports` only serialise what they are given."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import networkx as nx
from pyoxigraph import Literal, NamedNode, Store

from .text import canonical
from .vocab import PREFIXES

# type code -> (ontology class, CLI --kinds name). The class's English label in the
# ontology gives the type label shown to readers.
NODE_TYPES = {
    "person": ("Person", "people"),
    "body": ("Organization", "bodies"),
    "locality": ("AdministrativeUnit", "localities"),
    "event": ("Event", "events"),
    "directive": ("Directive", "directives"),
    "movement": ("Movement", "movements"),
}
KINDS = {plural: code for code, (_, plural) in NODE_TYPES.items()}

# relation code -> (label, SPARQL returning ?s ?o and optionally ?qual ?date ?src).
# Rows with the same (?s, ?o) are merged into one edge whose `facts` counts the reified
# facts behind it (?fact) or, for a plain triple, the articles that state it.
EDGES: dict[str, tuple[str, str]] = {
    "holds_post": ("holds post in", """
        ?fact a mtkg:PostHolding ; org:member ?s ; org:organization ?o .
        OPTIONAL { ?fact org:role/skos:prefLabel ?qual }
        OPTIONAL { ?fact mtkg:observedOn ?date }
        OPTIONAL { ?fact prov:wasDerivedFrom ?src }"""),
    "took_part": ("took part in", """
        ?fact a mtkg:Participation ; mtkg:participant ?s ; mtkg:inEvent ?o .
        OPTIONAL { ?fact mtkg:participationRole/skos:prefLabel ?qual FILTER(lang(?qual) = "en") }
        OPTIONAL { ?o mtkg:date ?date }
        OPTIONAL { ?fact prov:wasDerivedFrom ?src }"""),
    "organised": ("organised", """
        ?o a mtkg:Event ; mtkg:organizer ?s .
        OPTIONAL { ?o mtkg:date ?date }
        OPTIONAL { ?o prov:wasDerivedFrom ?src }"""),
    "disseminated": ("disseminated", """
        ?s a mtkg:Event ; mtkg:disseminated ?o .
        OPTIONAL { ?s mtkg:date ?date }
        OPTIONAL { ?s prov:wasDerivedFrom ?src }"""),
    "implemented": ("implemented", """
        ?fact a mtkg:Implementation ; mtkg:implementedDirective ?o .
        OPTIONAL { ?fact mtkg:implementingBody ?body }
        OPTIONAL { ?fact mtkg:implementingLocality ?unit }
        BIND(COALESCE(?body, ?unit) AS ?s) FILTER(BOUND(?s))
        OPTIONAL { ?fact mtkg:implementationKind/skos:prefLabel ?qual FILTER(lang(?qual) = "en") }
        OPTIONAL { ?fact mtkg:date ?d1 } OPTIONAL { ?fact mtkg:atEvent/mtkg:date ?d2 }
        OPTIONAL { ?fact mtkg:via/mtkg:issueDate ?d3 }
        BIND(COALESCE(?d1, ?d2, ?d3) AS ?date)
        OPTIONAL { ?fact prov:wasDerivedFrom ?src }"""),
    "issued": ("issued", """
        GRAPH ?g { ?o mtkg:issuer ?s }
        ?o a mtkg:Directive .
        OPTIONAL { GRAPH ?g { ?o mtkg:issueDate ?date } }
        OPTIONAL { GRAPH ?g { ?o prov:wasDerivedFrom ?src } }"""),
    "implements": ("implements", """
        ?s a mtkg:Directive ; mtkg:implements ?o .
        OPTIONAL { ?s mtkg:issueDate ?date }
        OPTIONAL { ?s prov:wasDerivedFrom ?src }"""),
    "part_of": ("part of", """
        { ?s org:subOrganizationOf ?o } UNION { ?s mtkg:partOf ?o }"""),
    "located_in": ("located in", """
        VALUES ?c { mtkg:Organization mtkg:Event } ?s a ?c ; mtkg:locality ?o ."""),
    "serves": ("serves", """
        ?s a mtkg:Event ; mtkg:servesMovement ?o .
        OPTIONAL { ?s mtkg:date ?date }
        OPTIONAL { ?s prov:wasDerivedFrom ?src }"""),
}

_CLASSES = " ".join(f"mtkg:{cls}" for cls, _ in NODE_TYPES.values())

NODES_Q = f"""SELECT ?node ?class ?label WHERE {{
  VALUES ?class {{ {_CLASSES} }} ?node a ?class . OPTIONAL {{ ?node rdfs:label ?label }} }}"""

CLASS_LABELS_Q = f"""SELECT ?class ?label WHERE {{
  VALUES ?class {{ {_CLASSES} }} ?class rdfs:label ?label FILTER(lang(?label) = "en") }}"""

# The properties whose values are facts shown about a node (by their English label), and the
# concepts' English labels; `_facts` reads the values quad by quad. Not the name index's keys and
# words (search.py), which are for lookups, not readers (two thirds of the values).
# Skipped too, by the ontology: links to things that are not concepts, and properties of the
# reified facts and articles, which are never nodes (iterating their quads was most of the time).
FACT_PROPS_Q = """SELECT ?p ?prop WHERE { ?p rdfs:label ?prop FILTER(lang(?prop) = "en")
  FILTER(?p NOT IN (mtkg:nameKey, mtkg:searchWord))
  FILTER NOT EXISTS { ?p a owl:ObjectProperty FILTER NOT EXISTS { ?p rdfs:range skos:Concept } }
  FILTER NOT EXISTS { ?p rdfs:domain ?d
    FILTER(?d IN (mtkg:Evidence, mtkg:Participation, mtkg:PostHolding, org:Membership, mtkg:Article,
                  mtkg:Implementation)) } }"""
CONCEPTS_Q = """SELECT ?c ?label WHERE { ?c skos:prefLabel ?label FILTER(lang(?label) = "en") }"""

KIND_Q = """SELECT ?node ?kind WHERE {
  ?node (mtkg:bodyKind|mtkg:eventKind|mtkg:documentType|mtkg:unitLevel|mtkg:movementKind) ?k .
  ?k skos:prefLabel ?kind FILTER(lang(?kind) = "en") }"""

NODE_SOURCES_Q = f"""SELECT DISTINCT ?node ?src WHERE {{
  VALUES ?class {{ {_CLASSES} }} ?node a ?class ; prov:wasDerivedFrom ?src }}"""

ARTICLES_Q = """SELECT ?a ?id ?headline ?url ?published WHERE {
  ?a a mtkg:Article . OPTIONAL { ?a mtkg:articleId ?id } OPTIONAL { ?a mtkg:headline ?headline }
  OPTIONAL { ?a mtkg:url ?url } OPTIONAL { ?a mtkg:published ?published } }"""


class NetworkError(Exception):
    pass


def _run(store: Store, text: str):
    return store.query(text, use_default_graph_as_union=True, prefixes=PREFIXES)


def _v(term) -> str | None:
    return None if term is None else term.value


def iso_date(value: str | None, published: str | None = None) -> str | None:
    """A full ISO date for the timeline: 2017 -> 2017-01-01, 2017-08 -> 2017-08-01, and a
    day without a year (--12-23) takes the year of the article it came from (the year
    before, if that would put it after the article's publication)."""
    if not value:
        return None
    value = value[:10] if len(value) >= 10 and value[4] == "-" else value
    if value.startswith("--"):
        if not published or len(published) < 4:
            return None
        year = int(published[:4])
        full = f"{year}-{value[2:7]}"
        if len(published) >= 10 and full > published[:10]:
            full = f"{year - 1}-{value[2:7]}"
        return full
    if len(value) == 4 and value.isdigit():
        return f"{value}-01-01"
    if len(value) == 7:
        return f"{value}-01"
    return value if len(value) == 10 else None


def _norm(text: str) -> str:
    return canonical(unicodedata.normalize("NFC", text)).casefold().strip()


@dataclass
class Article:
    iri: str
    id: str
    headline: str = ""
    url: str = ""
    published: str = ""


@dataclass
class Network:
    """The projected graph and the articles its `sources` attributes name."""
    graph: nx.MultiDiGraph | nx.Graph
    articles: dict[str, Article] = field(default_factory=dict)
    view: str = "network"

    @property
    def directed(self) -> bool:
        return self.graph.is_directed()


def project(store: Store) -> Network:
    """The full network: every node of the six kinds, every relation between them."""
    articles = {}
    for r in _run(store, ARTICLES_Q):
        iri = r["a"].value
        articles[iri] = Article(iri, _v(r["id"]) or iri.rsplit("/", 1)[-1], _v(r["headline"]) or "",
                                _v(r["url"]) or "", _v(r["published"]) or "")
    type_of = {f"{PREFIXES['mtkg']}{cls}": code for code, (cls, _) in NODE_TYPES.items()}
    class_label = {type_of[r["class"].value]: r["label"].value for r in _run(store, CLASS_LABELS_Q)}

    G = nx.MultiDiGraph()
    for r in _run(store, NODES_Q):
        iri, code = r["node"].value, type_of[r["class"].value]
        label = _v(r["label"])
        if iri in G:
            old = G.nodes[iri]["label"]
            label = min(filter(None, (old, label)), default=None)
        G.add_node(iri, iri=iri, type=code, type_label=class_label.get(code, code.title()),
                   label=label or iri.rsplit("/", 1)[-1], kind="", locality="", province="",
                   date="", sources=set(), facts=set())
    for r in _run(store, KIND_Q):
        if r["node"].value in G:
            G.nodes[r["node"].value]["kind"] = r["kind"].value
    for r in _run(store, NODE_SOURCES_Q):
        G.nodes[r["node"].value]["sources"].add(r["src"].value)
    _facts(store, G)

    for rel, (label, where) in EDGES.items():
        q = f"SELECT * WHERE {{ {where} }}"
        for r in _run(store, q):
            s, o = r["s"].value, r["o"].value
            if s not in G or o not in G:
                continue
            src = _v(r["src"])
            pub = articles[src].published if src in articles else None
            date = iso_date(_v(r["date"]), pub)
            if not G.has_edge(s, o, key=rel):
                G.add_edge(s, o, key=rel, relation=rel, label=label, detail=set(), date="",
                           sources=set(), facts=set())
            e = G.edges[s, o, rel]
            e["facts"].add(_v(r["fact"]) or src or "")
            if r["qual"] is not None:
                e["detail"].add(r["qual"].value)
            if src:
                e["sources"].add(src)
            if date and (not e["date"] or date < e["date"]):
                e["date"] = date
    for *_, e in G.edges(keys=True, data=True):
        e["facts"] = len(e["facts"])
    _node_dates(store, G, articles)
    _places(G)
    return Network(G, articles)


def _facts(store: Store, G: nx.MultiDiGraph) -> None:
    """Each node's literal and concept-valued facts, as (property label, value). Read quad by
    quad for each property: the one SPARQL join that did this took 21 s at 10,000 articles."""
    concept = {r["c"].value: r["label"].value for r in _run(store, CONCEPTS_Q)}
    for r in _run(store, FACT_PROPS_Q):
        prop = r["prop"].value
        for q in store.quads_for_pattern(None, r["p"], None):
            node = q.subject.value
            if node not in G:
                continue
            o = q.object
            value = o.value if isinstance(o, Literal) else concept.get(o.value) if isinstance(o, NamedNode) else None
            if value is not None:
                G.nodes[node]["facts"].add((prop, value))


def _node_dates(store: Store, G: nx.MultiDiGraph, articles: dict[str, Article]) -> None:
    """A node starts at its own date (events, directives) or else at its first dated link,
    so that Gephi's timeline shows it when it first appears in the news."""
    for r in _run(store, """SELECT ?node ?date ?src WHERE { ?node (mtkg:date|mtkg:issueDate) ?date .
                            OPTIONAL { ?node prov:wasDerivedFrom ?src } }"""):
        n = r["node"].value
        if n in G:
            src = _v(r["src"])
            d = iso_date(r["date"].value, articles[src].published if src in articles else None)
            if d and (not G.nodes[n]["date"] or d < G.nodes[n]["date"]):
                G.nodes[n]["date"] = d
    for n, data in G.nodes(data=True):
        if not data["date"]:
            dates = [e["date"] for *_, e in G.in_edges(n, data=True)] + \
                    [e["date"] for *_, e in G.out_edges(n, data=True)]
            data["date"] = min(filter(None, dates), default="")


def _places(G: nx.MultiDiGraph) -> None:
    """Fill `locality` (the unit a thing is in) and `province` (the top of its unit chain)."""
    out: dict[tuple[str, str], list[str]] = {}      # (node, relation) -> targets: read once
    for s, o, k in G.edges(keys=True):
        out.setdefault((s, k), []).append(o)
    types = nx.get_node_attributes(G, "type")

    def targets(n, rel, type_):
        return sorted(o for o in out.get((n, rel), ()) if types[o] == type_)

    def province(unit, seen=()):
        parents = [p for p in targets(unit, "part_of", "locality") if p not in seen]
        return province(parents[0], (*seen, unit)) if parents else unit

    def unit_of(n):
        t = G.nodes[n]["type"]
        if t == "locality":
            return n
        if t in ("body", "event"):
            units = targets(n, "located_in", "locality")
            if units:
                return units[0]
            if t == "body":  # a standing board sits where its committee does
                return next(filter(None, (unit_of(p) for p in targets(n, "part_of", "body"))), None)
        return None

    for n, data in G.nodes(data=True):
        t = data["type"]
        unit = unit_of(n)
        if t == "person":
            via = targets(n, "holds_post", "body") + targets(n, "took_part", "event")
            unit = next(filter(None, map(unit_of, via)), None)
        elif t == "directive":
            issuers = sorted(s for s, _, k in G.in_edges(n, keys=True) if k == "issued")
            unit = next(filter(None, map(unit_of, issuers)), None)
        if unit is None:
            continue
        if t == "locality":
            parents = targets(n, "part_of", "locality")
            data["locality"] = G.nodes[parents[0]]["label"] if parents else ""
        else:
            data["locality"] = G.nodes[unit]["label"]
        data["province"] = G.nodes[province(unit)]["label"]


# -- filters and views ------------------------------------------------------------------

def find(G: nx.Graph, name: str) -> str:
    """The node named by an IRI (bare or in <angle brackets>) or by its label."""
    iri = name[1:-1] if name.startswith("<") and name.endswith(">") else name
    if iri in G:
        return iri
    want = _norm(name)
    exact = sorted(n for n, d in G.nodes(data=True) if _norm(d["label"]) == want)
    if len(exact) == 1:
        return exact[0]
    partial = exact or sorted(n for n, d in G.nodes(data=True) if want in _norm(d["label"]))
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise NetworkError(f"no node is named {name!r} (give a label or an IRI)")
    shown = "; ".join(f"{G.nodes[n]['label']} <{n}>" for n in partial[:8])
    raise NetworkError(f"{name!r} names {len(partial)} nodes, give one of their IRIs: {shown}")


def _matches_province(data: dict, want: str) -> bool:
    prov = _norm(data.get("province") or "")
    return bool(prov) and (prov == want or prov.endswith(" " + want))


def by_dates(G: nx.Graph, since: str | None, until: str | None) -> nx.Graph:
    """Drop dated facts outside [since, until] (events and directives by their own date,
    edges by theirs) and the nodes that this leaves without any link."""
    if not since and not until:
        return G
    since, until = iso_date(since), iso_date(until)

    def inside(d: str) -> bool:
        return not d or ((not since or d >= since) and (not until or d <= until))

    H = G.copy()
    H.remove_nodes_from([n for n, d in G.nodes(data=True)
                         if d["type"] in ("event", "directive") and not inside(d["date"])])
    H.remove_edges_from([(s, o, k) if H.is_multigraph() else (s, o)
                         for s, o, k, d in edges(H) if not inside(d["date"])])
    H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0 and G.degree(n) > 0])
    return H


def by_province(G: nx.Graph, name: str) -> nx.Graph:
    """Keep what is in the province, and the things without a province of their own
    (a central directive, a movement) that link to it."""
    want = _norm(name)
    for prefix in ("tỉnh ", "thành phố "):
        want = want.removeprefix(prefix)
    inside = {n for n, d in G.nodes(data=True) if _matches_province(d, want)}
    if not inside:
        raise NetworkError(f"no node lies in a province named {name!r}")
    und = G.to_undirected(as_view=True)
    linked = {m for n in inside for m in und.neighbors(n) if not G.nodes[m]["province"]}
    return G.subgraph(inside | linked).copy()


def by_kinds(G: nx.Graph, kinds: list[str]) -> nx.Graph:
    codes = set()
    for k in kinds:
        k = k.strip().lower()
        if k in KINDS:
            codes.add(KINDS[k])
        elif k in NODE_TYPES:
            codes.add(k)
        else:
            raise NetworkError(f"unknown kind {k!r} (kinds: {', '.join(KINDS)})")
    return G.subgraph([n for n, t in G.nodes(data="type") if t in codes]).copy()


def ego(G: nx.Graph, name: str, depth: int) -> nx.Graph:
    center = find(G, name)
    near = nx.single_source_shortest_path_length(G.to_undirected(as_view=True), center, cutoff=depth)
    return G.subgraph(near).copy()


def co_attendance(G: nx.MultiDiGraph) -> nx.Graph:
    """People linked by the events they attended together, weighted by how many."""
    H = nx.Graph()
    events: dict[str, list[str]] = {}
    for p, ev, k in G.edges(keys=True):
        if k == "took_part":
            events.setdefault(ev, []).append(p)
    for people in events.values():
        H.add_nodes_from((p, G.nodes[p]) for p in people)
    for ev, people in sorted(events.items()):
        people = sorted(set(people))
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                if not H.has_edge(a, b):
                    H.add_edge(a, b, relation="co_attended", label="attended with", detail=set(),
                               date="", sources=set(), facts=0)
                e = H.edges[a, b]
                e["facts"] += 1
                e["detail"].add(G.nodes[ev]["label"])
                e["sources"] |= G.nodes[ev]["sources"]
                d = G.nodes[ev]["date"]
                if d and (not e["date"] or d < e["date"]):
                    e["date"] = d
    return H


def implementation(G: nx.MultiDiGraph, store: Store, articles: dict[str, Article]) -> nx.MultiDiGraph:
    """Localities linked to the directives they acted on (by any of their bodies)."""
    H = nx.MultiDiGraph()
    q = """SELECT ?x ?unit ?d ?qual ?date ?src WHERE {
      ?x a mtkg:Implementation ; mtkg:implementingLocality ?unit ; mtkg:implementedDirective ?d .
      OPTIONAL { ?x mtkg:implementationKind/skos:prefLabel ?qual FILTER(lang(?qual) = "en") }
      OPTIONAL { ?x mtkg:date ?d1 } OPTIONAL { ?x mtkg:atEvent/mtkg:date ?d2 }
      OPTIONAL { ?x mtkg:via/mtkg:issueDate ?d3 } BIND(COALESCE(?d1, ?d2, ?d3) AS ?date)
      OPTIONAL { ?x prov:wasDerivedFrom ?src } }"""
    for r in _run(store, q):
        u, d = r["unit"].value, r["d"].value
        if u not in G or d not in G:
            continue
        H.add_node(u, **G.nodes[u])
        H.add_node(d, **G.nodes[d])
        if not H.has_edge(u, d, key="implemented"):
            H.add_edge(u, d, key="implemented", relation="implemented", label="implemented",
                       detail=set(), date="", sources=set(), facts=set())
        e = H.edges[u, d, "implemented"]
        e["facts"].add(r["x"].value)
        src = _v(r["src"])
        if r["qual"] is not None:
            e["detail"].add(r["qual"].value)
        if src:
            e["sources"].add(src)
        date = iso_date(_v(r["date"]), articles[src].published if src in articles else None)
        if date and (not e["date"] or date < e["date"]):
            e["date"] = date
    for *_, e in H.edges(keys=True, data=True):
        e["facts"] = len(e["facts"])
    return H


VIEWS = ("network", "co-attendance", "implementation")


def build(store: Store, *, view: str = "network", focus: str | None = None, depth: int = 1,
          since: str | None = None, until: str | None = None, province: str | None = None,
          kinds: list[str] | None = None) -> Network:
    """The network the CLI exports: the view, then dates, province, focus and kinds."""
    if view not in VIEWS:
        raise NetworkError(f"unknown view {view!r} (views: {', '.join(VIEWS)})")
    net = project(store)
    G = net.graph
    if view == "co-attendance":
        G = co_attendance(by_dates(G, since, until))
    elif view == "implementation":
        G = by_dates(implementation(G, store, net.articles), since, until)
    else:
        G = by_dates(G, since, until)
    if province:
        G = by_province(G, province)
    if focus:
        G = ego(G, focus, depth)
    if kinds:
        G = by_kinds(G, kinds)
    annotate(G)
    return Network(G, net.articles, view)


def annotate(G: nx.Graph) -> None:
    """Degree and community: Louvain (igraph's multilevel, in C) with a fixed seed, so the same
    store gives the same communities. networkx's Louvain took 13 s of a 10,000-article export
    (greedy modularity, before it, 14 s at 1,000 articles); igraph's takes well under a second."""
    for n, deg in G.degree():
        G.nodes[n]["degree"] = deg
    nodes = sorted(G)
    index = {n: i for i, n in enumerate(nodes)}
    pairs = sorted({(min(index[s], index[o]), max(index[s], index[o])) for s, o in G.edges() if s != o})
    members: dict[int, list[str]] = {}
    for n, group in zip(nodes, _louvain(len(nodes), pairs)):
        members.setdefault(group, []).append(n)
    ordered = sorted(members.values(), key=lambda g: (-len(g), g[0]))     # biggest first, then by IRI
    for i, group in enumerate(ordered):
        for n in group:
            G.nodes[n]["community"] = i


def _louvain(n: int, edges: list[tuple[int, int]]) -> list[int]:
    """Each node's community; igraph draws its random node order from the generator given,
    here one seeded for this call only."""
    import random

    import igraph
    if not edges:
        return list(range(n))
    igraph.set_random_number_generator(random.Random(0))
    try:
        return igraph.Graph(n=n, edges=edges).community_multilevel().membership
    finally:
        igraph.set_random_number_generator(random)


# -- shared helpers for exporters -------------------------------------------------------

def node_ids(G: nx.Graph) -> dict[str, str]:
    """Short, stable, XML-safe ids (n0, n1…) in IRI order; the IRI stays an attribute."""
    return {n: f"n{i}" for i, n in enumerate(sorted(G))}


def flat(value) -> str | int | float:
    """An attribute value for formats that only take scalars."""
    if isinstance(value, (set, list, tuple)):
        return "; ".join(sorted(" = ".join(v) if isinstance(v, tuple) else str(v) for v in value))
    return value


def source_ids(net: Network, sources) -> list[str]:
    # an article and the curated table about it share an id: name it once
    return sorted({net.articles[s].id if s in net.articles else s for s in sources})


def edges(G: nx.Graph):
    """(source, target, key, data) for multigraphs and simple graphs alike."""
    if G.is_multigraph():
        yield from G.edges(keys=True, data=True)
    else:
        for s, o, data in G.edges(data=True):
            yield s, o, data["relation"], data


NODE_ATTRS = ("type", "type_label", "kind", "locality", "province", "date", "degree", "community", "iri")
EDGE_ATTRS = ("relation", "detail", "date", "facts")
