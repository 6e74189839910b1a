"""Names -> the things they mean, through keys stored with each thing's consolidated description.

A saved query given a name (a person, body, place, directive, movement) binds the nodes the name
resolves to, instead of comparing every label of the store:

1. the exact key: the name folded (case, tone-mark placement "Uỷ/Ủy", spacing) with its
   abbreviations spelled out ("UBMTTQ tỉnh" -> "ủy ban mttq việt nam tỉnh"): one index lookup
   of `mtkg:nameKey`;
2. failing that, every word of the name among the accent-less words of the thing's names
   (`mtkg:searchWord`: "lam dung" and "Dũng Liêm" find "Lâm Dũng Liêm"): one index lookup a
   word, joined;
3. failing that, the same with the last word as the start of a word ("lam dun"): the words of
   the things the other words found are compared, or, when the name is one partial word, the
   words of every thing (a scan, the one slow path);
4. failing that, no match, and the closest names of that kind in the error.

Why words in the store rather than a text index beside it (SQLite FTS5, tantivy): the keys are
written in the same transaction as the thing they describe, so they can never disagree with
the graph after a crash or a partial rebuild, and a SPARQL server holding the graph answers the
same lookups with its own indexes; a name's words are whole Vietnamese syllables, which an
exact index serves, and only a half-typed last syllable needs a prefix.

The keys are data in the store (things.py writes them), so a SPARQL server answers the same
lookups and nothing else has to be kept in step with the graph. `mtkg search NAME` shows what a
name resolves to, with the number of articles naming each thing."""
from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, Store

from .text import fold
from .things import things_graph
from .vocab import MTKG, RDF, SCHEMES, SKOS, VOCAB_NS

KINDS = {
    "person": MTKG.Person,
    "organization": MTKG.Organization,
    "directive": MTKG.Directive,
    "locality": MTKG.AdministrativeUnit,
    "movement": MTKG.Movement,
    "title": MTKG.Title,
}


# the code lists (vocabularies.ttl) a saved query's parameter may name a concept of: `kind` of
# `events` is one of vocab:event-kind
CODE_LISTS = SCHEMES


class NotFound(LookupError):
    pass


@functools.lru_cache(maxsize=1 << 16)
def key(text: str) -> str:
    """The exact lookup key of a name: folded, abbreviations spelled out (also when typed in
    lower case: "ubmttq tỉnh"). Memoised: a build makes the keys of the same titles, bodies
    and directives in article after article."""
    from .extract.bodies import expand
    return fold(expand(" ".join(w.upper() if w.upper() in _abbreviations() else w for w in text.split())))


@functools.lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    from .lexicon import load
    return frozenset(r["abbreviation"] for r in load("abbreviations"))


@functools.lru_cache(maxsize=1 << 16)
def search_key(text: str) -> str:
    """Accent-less words of a name ("Lâm Dũng Liêm" -> "lam dung liem")."""
    decomposed = unicodedata.normalize("NFD", fold(text).replace("đ", "d"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@dataclass
class Match:
    node: NamedNode
    kind: str
    name: str
    exact: bool
    articles: int = 0


def _kinds(kind: str | None) -> dict[str, NamedNode]:
    if kind is None:
        return KINDS
    if kind not in KINDS:
        raise NotFound(f"no kind {kind!r} (kinds: {', '.join(KINDS)})")
    return {kind: KINDS[kind]}


def _of_kind(store, node: NamedNode, kinds: dict[str, NamedNode]) -> str | None:
    g = things_graph()
    for name, cls in kinds.items():
        if any(True for _ in store.quads_for_pattern(node, RDF.type, cls, g)):
            return name
    return None


def _name(store, node: NamedNode) -> str:
    return next((q.object.value for q in store.quads_for_pattern(node, MTKG.name, None, things_graph())), node.value)


def find(store, text: str, kind: str | None = None, limit: int = 50) -> list[Match]:
    """What a name means: the things whose key is the name's; else those with every word of
    the name among their words (accents ignored, any order); else those with every word but
    the last and a word starting with the last ("lam dun")."""
    kinds = _kinds(kind)
    out = []
    for q in store.quads_for_pattern(None, MTKG.nameKey, Literal(key(text)), things_graph()):
        k = _of_kind(store, q.subject, kinds)
        if k is not None:
            out.append(Match(q.subject, k, _name(store, q.subject), True))
    if out:
        return sorted(out, key=lambda m: (m.kind, m.name, m.node.value))
    words = list(dict.fromkeys(search_key(text).split()))
    if not words:
        return []
    found = _by_words(store, words, None, kinds, limit)
    if not found:
        found = _by_words(store, words[:-1], words[-1], kinds, limit)
    return found


def _by_words(store, whole: list[str], start: str | None, kinds: dict[str, NamedNode], limit: int) -> list[Match]:
    """Things having every `whole` word (index lookups, joined) and, if given, a word that
    starts with `start` (a scan of the words, of the candidates only when there are whole
    words to find them by)."""
    w = f"<{MTKG.searchWord.value}>"
    patterns = " ".join(f"?t {w} {_string(x)} ." for x in whole)
    if start is not None:
        patterns += f" ?t {w} ?w . FILTER(STRSTARTS(?w, {_string(start)}))"
    values = " ".join(str(c) for c in kinds.values())
    rows = store.query(f"""SELECT DISTINCT ?t ?c ?name WHERE {{ GRAPH <{things_graph().value}> {{
        {patterns} VALUES ?c {{ {values} }} ?t a ?c ; <{MTKG.name.value}> ?name }} }} LIMIT {limit}""")
    by_class = {v.value: k for k, v in kinds.items()}
    return sorted((Match(r["t"], by_class[r["c"].value], r["name"].value, False) for r in rows),
                  key=lambda m: (m.kind, m.name, m.node.value))


def _string(text: str) -> str:
    return str(Literal(text))


def closest(store, text: str, kind: str | None = None, n: int = 5) -> list[str]:
    """The names of that kind nearest to the text, for an error message: among the things
    sharing a word with it (index lookups), else among all of that kind."""
    values = " ".join(str(c) for c in _kinds(kind).values())
    words = list(dict.fromkeys(search_key(text).split()))[:8]
    pool = f"VALUES ?x {{ {' '.join(_string(x) for x in words)} }} ?t <{MTKG.searchWord.value}> ?x ." if words else ""
    q = f"""SELECT DISTINCT ?name WHERE {{ GRAPH <{things_graph().value}> {{
        {{}} VALUES ?c {{ {values} }} ?t a ?c ; <{MTKG.name.value}> ?name }} }} LIMIT 20000"""
    names = {r["name"].value for r in store.query(q.replace("{}", pool, 1))} if pool else set()
    if not names:
        names = {r["name"].value for r in store.query(q.replace("{}", "", 1))}
    by_key = {search_key(x): x for x in names}
    return [by_key[k] for k in difflib.get_close_matches(search_key(text), list(by_key), n=n, cutoff=0.5)]


def resolve(store, text: str, kind: str, within: bool = False, canonical: bool = False) -> list[NamedNode]:
    """The nodes a saved query's parameter means: an `<IRI>` as given, else `find`'s matches,
    with the nodes the identity graph says are the same thing (a curated merge, "Chỉ thị 18"
    and "Chỉ thị số 18-CT/TW") or, `canonical`, only the node the identity graph points those
    at (for a query that follows owl:sameAs itself: binding every node of one document made
    it find each row once a node), and, `within`, the units inside a unit (its districts and
    communes). NotFound (with the closest names) when nothing matches."""
    text = text.strip()
    if re.fullmatch(r"<[^<>\s]+>", text):
        nodes = [NamedNode(text[1:-1])]
    elif kind in CODE_LISTS:
        return concepts(store, text, kind)
    else:
        nodes = [m.node for m in find(store, text, kind)]
    if not nodes:
        near = closest(store, text, kind)
        hint = f"; closest: {'; '.join(near)}" if near else ""
        raise NotFound(f"no {kind} named {text!r} in the graph{hint} (mtkg search NAME shows what a name matches)")
    nodes = _canonical(store, nodes) if canonical else _same(store, nodes)
    return _within(store, nodes) if within else nodes


def concepts(store, text: str, scheme: str) -> list[NamedNode]:
    """The concept of a code list (vocab:event-kind) a parameter names: its code ("training")
    or a label in either language ("tập huấn", "Hội thảo"), case and tone-mark style folded.
    Read from the vocabularies in the store, so a query binds the concept's IRI and starts from
    the things of that kind (comparing every event's kind with the code took twice as long)."""
    want = fold(text)
    found = []
    for q in store.quads_for_pattern(None, SKOS.inScheme, NamedNode(VOCAB_NS + scheme), None):
        names = [x.object.value for p in (SKOS.notation, SKOS.prefLabel)
                 for x in store.quads_for_pattern(q.subject, p, None, None)]
        if any(want == fold(part) for n in names for part in [n, *n.split(",")]):
            found.append(q.subject)
    if not found:
        known = sorted({q.subject.value.rsplit("/", 1)[-1]
                        for q in store.quads_for_pattern(None, SKOS.inScheme, NamedNode(VOCAB_NS + scheme), None)})
        raise NotFound(f"no {scheme} {text!r} (one of: {', '.join(known) or 'none in the graph'})")
    return list(dict.fromkeys(found))


def _canonical(store, nodes: list[NamedNode]) -> list[NamedNode]:
    """Each node's canonical node (its owl:sameAs in the identity graph), else itself."""
    from .identity import OWL_SAME_AS, identity_graph
    g = identity_graph()
    return list(dict.fromkeys(next((q.object for q in store.quads_for_pattern(n, OWL_SAME_AS, None, g)), n)
                              for n in nodes))


def _same(store, nodes: list[NamedNode]) -> list[NamedNode]:
    """The nodes with those the identity graph links them to by owl:sameAs (either way, one
    step: the identity graph points every node of a thing at one canonical node)."""
    from .identity import OWL_SAME_AS, identity_graph
    g = identity_graph()
    out = dict.fromkeys(nodes)
    canon = {q.object for n in nodes for q in store.quads_for_pattern(n, OWL_SAME_AS, None, g)} | set(nodes)
    for c in canon:
        out.setdefault(c)
        for q in store.quads_for_pattern(None, OWL_SAME_AS, c, g):
            out.setdefault(q.subject)
    return list(out)


def _within(store, nodes: list[NamedNode]) -> list[NamedNode]:
    """The units and the units inside them (communes, districts: units are at most three deep).
    In the local store by two steps of index lookups (a query over the union of every graph took
    a hundred times longer for a city's 278 units); on a SPARQL server by one query, with
    fixed-length steps, not `mtkg:partOf+`, which Virtuoso refuses from a VALUES start."""
    if isinstance(store, Store):
        out, step = dict.fromkeys(nodes), list(nodes)
        for _ in range(2):
            step = [q.subject for n in step for q in store.quads_for_pattern(None, MTKG.partOf, n, None)
                    if q.subject not in out]
            out.update(dict.fromkeys(step))
        return list(out)
    values = " ".join(str(n) for n in nodes)
    p = f"<{MTKG.partOf.value}>"
    rows = store.query(f"SELECT DISTINCT ?x WHERE {{ VALUES ?n {{ {values} }} "
                       f"{{ ?x {p} ?n }} UNION {{ ?x {p}/{p} ?n }} }}", use_default_graph_as_union=True)
    return list(dict.fromkeys(nodes + [r["x"] for r in rows]))


def counts(store, matches: list[Match]) -> list[Match]:
    """Each match with the number of articles (and curated sources) naming it."""
    for m in matches:
        m.articles = sum(1 for _ in store.quads_for_pattern(m.node, MTKG.describedIn, None, None))
    return matches
