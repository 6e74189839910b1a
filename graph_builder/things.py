"""One description per shared thing.

People, bodies, titles, posts, units, directives and movements are named by many articles. Each
article's description of them (their types, labels and canonical links, as triples.py writes
it) is kept as that article's contribution, and the graph `graph/things` holds one consolidated
description of each thing: the union of its contributions, with one `rdfs:label` (the spelling
most contributions use; the others become `skos:altLabel`), its name as a plain literal
(`mtkg:name`, for exact lookups) and the folded keys of its names (`mtkg:nameKey`, for lookups
that ignore case, tone-mark style and abbreviations, and `mtkg:searchWord`, each word of its
names without accents: search.py).

So the union of the named graphs, which queries read as their default graph, describes each
thing once ("how many people?" is answered by counting), while what each article said stays in
its own graph, exactly:

- the article's graph links every thing it names: `<thing> mtkg:describedIn <article>`;
- the graph `graph/descriptions` holds each article's description as N-Triples text
  (`<article> mtkg:description "…"`): a literal, so it adds no triple about the things;
- `graph/things` is derived from those, thing by thing: adding an article adds its triples,
  and rebuilding or removing one recomputes the things it named from the articles that still
  name them. Nothing another article said is lost."""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, Triple, parse, serialize

from .vocab import MTKG, RDF, RDFS, SKOS, base_iri

CHUNK = 500         # things (and articles) read with one query


def things_graph() -> NamedNode:
    return NamedNode(base_iri() + "graph/things")


def descriptions_graph() -> NamedNode:
    return NamedNode(base_iri() + "graph/descriptions")


def contribution(graph: NamedNode, description: Iterable[Triple]) -> list[Quad]:
    """What an article (or curated source) adds beside its facts: the links from each thing it
    names to its graph, and its description of them as text."""
    description = list(description)
    if not description:
        return []
    subjects = dict.fromkeys(t.subject for t in description if isinstance(t.subject, NamedNode))
    text = serialize(description, format=RdfFormat.N_TRIPLES).decode("utf-8")
    return [Quad(graph, MTKG.description, Literal(text), descriptions_graph())] + \
        [Quad(s, MTKG.describedIn, graph, graph) for s in subjects]


def described(store, graph: NamedNode) -> list[Triple]:
    """An article's description of the things it names, as it was stored."""
    out: list[Triple] = []
    for q in store.quads_for_pattern(graph, MTKG.description, None, descriptions_graph()):
        out += list(parse(q.object.value.encode("utf-8"), format=RdfFormat.N_TRIPLES))
    return out


def subjects(description: Iterable[Triple]) -> set[NamedNode]:
    return {t.subject for t in description if isinstance(t.subject, NamedNode)}


def person_keys(description: Iterable[Triple]) -> set[str]:
    """The name keys (search.key) of the people a description names."""
    from .search import key
    description = list(description)
    people = {t.subject for t in description if t.predicate == RDF.type and t.object == MTKG.Person}
    return {key(t.object.value) for t in description if t.subject in people and t.predicate == RDFS.label}


def name_quads(thing: NamedNode, labels: Iterable[str], graph: NamedNode) -> list[Quad]:
    """The exact name and the lookup keys of a thing's names (search.py reads them)."""
    from .search import key, search_key
    labels = list(labels)
    out = [Quad(thing, MTKG.name, Literal(labels[0]), graph)] if labels else []
    out += [Quad(thing, MTKG.nameKey, Literal(k), graph) for k in dict.fromkeys(key(x) for x in labels)]
    words = dict.fromkeys(w for x in labels for w in search_key(x).split())
    return out + [Quad(thing, MTKG.searchWord, Literal(w), graph) for w in words]


class Contributions:
    """What the articles naming one thing say of it, folded as they are read (a thing named by
    tens of thousands of articles, "Chủ tịch" or "Chỉ thị 18", is never held article by
    article): how many use each spelling of its label, and the union of their other triples."""

    def __init__(self, thing: NamedNode) -> None:
        self.thing = thing
        self.labels: Counter = Counter()
        self.triples: dict[Triple, None] = {}

    def add(self, description: Iterable[Triple]) -> None:
        """One article's description (its triples about other things are passed over)."""
        seen_label = False
        for t in description:
            if t.subject != self.thing:
                continue
            if t.predicate == RDFS.label:
                if not seen_label:
                    self.labels[t.object] += 1
                    seen_label = True
                continue
            self.triples.setdefault(t)


def consolidate(contributions: Contributions) -> list[Quad]:
    """The consolidated description of one thing from the descriptions of the articles that
    name it: their union, with the most used spelling as the label."""
    g = things_graph()
    thing, labels, triples = contributions.thing, contributions.labels, contributions.triples
    out = [Quad(t.subject, t.predicate, t.object, g) for t in triples]
    ranked = sorted(labels, key=lambda lab: (-labels[lab], lab.value))
    if ranked:
        out.append(Quad(thing, RDFS.label, ranked[0], g))
        out += [Quad(thing, SKOS.altLabel, other, g) for other in ranked[1:]
                if Triple(thing, SKOS.altLabel, other) not in triples]
    return out + name_quads(thing, [lab.value for lab in ranked], g)


def add(description: Iterable[Triple], sent: set[int] | None = None) -> list[Quad]:
    """Quads that add a new article's description to the consolidated graph (the store keeps
    each quad once). A thing that another article labels otherwise gets two labels here, which
    `relabel` settles at the end of the build. With `sent` (the hashes of what was given
    before), only what was not: each triple, and each thing's name keys, once."""
    g = things_graph()

    def unsent(item) -> bool:
        if sent is None:
            return True
        h = hash(item)
        if h in sent:
            return False
        sent.add(h)
        return True

    out, labelled = [], {}
    for t in description:
        if t.predicate == RDFS.label and isinstance(t.subject, NamedNode):
            labelled.setdefault(t.subject, t.object.value)
        if unsent(t):
            out.append(Quad(t.subject, t.predicate, t.object, g))
    for thing, label in labelled.items():
        if unsent((thing, label)):
            out += name_quads(thing, [label], g)
    return out


def write(store, graph: NamedNode, quads: list[Quad], description: list[Triple]) -> int:
    """Store an article's (or curated source's) facts with its description of shared things:
    its contribution, and the things' consolidated description extended (`relabel` settles
    their labels once everything is written). Returns the quads of its own graph."""
    store.extend(quads + contribution(graph, description) + add(description))
    return len(quads)


def _values(nodes) -> str:
    return " ".join(str(n) for n in nodes)


def recompute(store, touched: Iterable[NamedNode]) -> int:
    """Describe each touched thing again from the articles that still name it; a thing no
    article names any more is removed. Reads a chunk of things at a time with one query each
    for their articles, those articles' descriptions and the things' present description (the
    same on a SPARQL server). Returns the things recomputed."""
    g, dg = things_graph(), descriptions_graph()
    touched = sorted(set(touched), key=lambda n: n.value)
    for i in range(0, len(touched), CHUNK):
        chunk = touched[i:i + CHUNK]
        # the articles naming any of them, each read once, its description folded into the
        # things it names (`Contributions`): never all the descriptions of a much-named thing
        folded = {n.value: Contributions(n) for n in chunk}
        named: set[str] = set()
        wanted: set[str] = set()
        for r in store.query(f"SELECT ?t ?a WHERE {{ VALUES ?t {{ {_values(chunk)} }} "
                             f"GRAPH ?a {{ ?t <{MTKG.describedIn.value}> ?a }} }}"):
            named.add(r["t"].value)
            wanted.add(r["a"].value)
        articles = sorted(wanted)
        for j in range(0, len(articles), CHUNK):
            part = [NamedNode(a) for a in articles[j:j + CHUNK]]
            for r in store.query(f"SELECT ?a ?d WHERE {{ VALUES ?a {{ {_values(part)} }} "
                                 f"GRAPH <{dg.value}> {{ ?a <{MTKG.description.value}> ?d }} }}"):
                by_thing: dict[str, list[Triple]] = {}
                for t in parse(r["d"].value.encode("utf-8"), format=RdfFormat.N_TRIPLES):
                    if isinstance(t.subject, NamedNode) and t.subject.value in folded:
                        by_thing.setdefault(t.subject.value, []).append(t)
                for thing, description in by_thing.items():
                    folded[thing].add(description)
        old: dict[str, set[Quad]] = {n.value: set() for n in chunk}
        for r in store.query(f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {_values(chunk)} }} "
                             f"GRAPH <{g.value}> {{ ?s ?p ?o }} }}"):
            old[r["s"].value].add(Quad(r["s"], r["p"], r["o"], g))
        for thing in chunk:
            new = consolidate(folded[thing.value]) if thing.value in named else []
            if old[thing.value] != set(new):
                for q in old[thing.value]:
                    store.remove(q)
                store.extend(new)
    return len(touched)


def relabel(store) -> int:
    """Things the consolidated graph gives several labels (articles spelling a name their own
    way) described again, with the most used spelling as the label. Counted by a grouping, not
    a join of each label with the others: 0.6 s against 8.9 s at 100,000 articles."""
    q = f"""SELECT ?s WHERE {{ GRAPH <{things_graph().value}> {{ ?s <{RDFS.label.value}> ?label }} }}
            GROUP BY ?s HAVING (COUNT(?label) > 1)"""
    return recompute(store, [r["s"] for r in store.query(q)])


def orphans(store) -> list[NamedNode]:
    """Things the consolidated graph describes that no article names (left by a build killed
    while it loaded a batch)."""
    q = f"""SELECT DISTINCT ?s WHERE {{ GRAPH <{things_graph().value}> {{ ?s <{RDF.type.value}> ?t }}
              FILTER NOT EXISTS {{ ?s <{MTKG.describedIn.value}> ?a }} }}"""
    return [r["s"] for r in store.query(q)]
