"""One node per real person and directive across articles.

Each article's graph names people and directives with IRIs minted from what that article says
(`triples.mint`): a person from name + the article's province, a numbered directive from its
type, number, issuer and date. What one article cannot decide is decided here, over the whole
store, after every build, into the graph `<base>graph/identity`:

- directives: mentions of the same type and number are one document when their issuer or date
  agree and nothing disagrees ("Chỉ thị số 18, ngày 26/10/2022 của Ban Bí thư" = "Chỉ thị
  18-CT/TW"); a bare "Chỉ thị 18" joins them only when the corpus knows one such document.
  Members get `owl:sameAs` the canonical node (the most fully described);
- people: the people one name key (search.key) gives different IRIs are one group of
  namesakes (`mtkg:Namesakes`, its members `mtkg:namesake`) for review (`mtkg candidates`),
  less those a curated decision says are the same (`owl:sameAs`, one member) or different (a
  group whose every pair is decided different is none). A build recomputes the groups of the
  names it added or removed people of, not the whole store (their number grows with the
  corpus; pairs grew with its square).

Decisions are CSV files `<name>.identity.csv` with columns `left,right,decision[,note]`: each
side is a person IRI or "Name @ context" (context: the province label the IRI was minted with,
"tỉnh Sóc Trăng", or a body or unit that splits a name: "Ủy ban MTTQ Việt Nam huyện Mỹ Tú");
decision is `same` or `different`."""
from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import combinations
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad, Store

from .curated import DECISIONS_SUFFIX as SUFFIX, CuratedError, _decode
from .extract.directives import symbol_issuer
from .lexicon import load
from .text import fold
from .triples import mint
from .vocab import MTKG, PREFIXES, base_iri

OWL_SAME_AS = NamedNode(PREFIXES["owl"] + "sameAs")
RDF_TYPE = NamedNode(PREFIXES["rdf"] + "type")
RDFS_LABEL = NamedNode(PREFIXES["rdfs"] + "label")
DECISIONS = ("same", "different")


def identity_graph(base: str | None = None) -> NamedNode:
    return NamedNode(f"{base or base_iri()}graph/identity")


def _norm(text: str | None) -> str:
    return fold(text or "")


# -- curated decisions ----------------------------------------------------------------------

@dataclass(frozen=True)
class Ref:
    """One side of a decision: a person IRI, or a name with the context that keys it."""
    iri: str | None = None
    name: str | None = None
    context: str | None = None

    def node(self, base: str | None = None) -> str:
        return self.iri or mint("person", self.name or "", self.context or "", base=base).value


@dataclass
class Decisions:
    rows: list[tuple[Ref, Ref, str]] = field(default_factory=list)

    def split_key(self, name: str, region: str, contexts: set[str]) -> tuple[str, str] | None:
        """The key of a person a "different" decision splits off by a body or unit the
        article gives them, else None (the default name + region key)."""
        for left, right, decision in self.rows:
            if decision != "different":
                continue
            for ref in (left, right):
                if (ref.name and _norm(ref.name) == _norm(name) and ref.context
                        and _norm(ref.context) != _norm(region) and _norm(ref.context) in contexts):
                    return ref.name, ref.context
        return None


def is_decisions_file(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIX)


def _ref(value: str, path: Path, line: int, column: str) -> Ref:
    value = value.strip()
    if re.match(r"https?://\S+$", value):
        return Ref(iri=value)
    if "@" in value:
        name, _, context = value.partition("@")
        if name.strip() and context.strip():
            return Ref(name=" ".join(name.split()), context=" ".join(context.split()))
    raise CuratedError(path, line, column, f"expected a person IRI or 'Name @ context', got {value!r}")


def read_decisions(paths: list[Path], errors: list[CuratedError] | None = None) -> Decisions:
    """Decision files; a bad file is reported (or raised without `errors`) and none of it used."""
    out = Decisions()
    for path in paths:
        try:
            rows = []
            reader = csv.reader(io.StringIO(_decode(path)))
            header = [h.strip().lower() for h in next(reader, [])]
            missing = [c for c in ("left", "right", "decision") if c not in header]
            if missing:
                raise CuratedError(path, 1, None, f"missing columns {', '.join(missing)} (has {', '.join(header)})")
            for line, cells in enumerate(reader, 2):
                if not any(c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
                    continue
                row = dict(zip(header, cells))
                decision = (row.get("decision") or "").strip().lower()
                if decision not in DECISIONS:
                    raise CuratedError(path, line, "decision", f"expected same or different, got {decision!r}")
                rows.append((_ref(row.get("left") or "", path, line, "left"),
                             _ref(row.get("right") or "", path, line, "right"), decision))
            out.rows += rows
        except CuratedError as e:
            if errors is None:
                raise
            errors.append(e)
    return out


# -- directives -------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _families() -> tuple[tuple[str, str], ...]:
    rows = sorted(load("issuer_families"), key=lambda r: len(r["issuer"]), reverse=True)
    return tuple((_norm(r["issuer"]), _norm(r["family"])) for r in rows)


def issuer_family(issuer: str | None) -> str | None:
    """The issuer as far as numbering goes: the central Party bodies are one ("…/TW")."""
    if not issuer:
        return None
    n = _norm(issuer)
    for prefix, family in _families():
        if n.startswith(prefix):
            return family
    return n


def _compatible_issuers(a: str | None, b: str | None) -> tuple[bool, bool]:
    """(agree, compatible): a generic "tỉnh ủy" (from a symbol) fits "tỉnh ủy sóc trăng"."""
    if a is None or b is None:
        return False, True
    if a == b:
        return True, True
    return False, a.startswith(b + " ") or b.startswith(a + " ")


def _compatible_dates(a: str | None, b: str | None) -> tuple[bool, bool]:
    if a is None or b is None:
        return False, True
    if a == b:
        return True, True
    if a.startswith("--") or b.startswith("--"):
        return False, a[-5:] == b[-5:]
    return False, a.startswith(b) or b.startswith(a)


@dataclass
class _Doc:
    iri: str
    type: str
    number: str
    symbols: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    issuers: set[str] = field(default_factory=set)

    # cached: clustering compares every pair of a number's documents (read once they are filled)
    @cached_property
    def family(self) -> str | None:
        fams = {issuer_family(i) for i in self.issuers}
        fams |= {issuer_family(symbol_issuer(s)) for s in self.symbols if symbol_issuer(s)}
        fams.discard(None)
        return max(fams, key=lambda f: (len(f), f)) if fams else None     # ties by name: sets have no order

    @cached_property
    def date(self) -> str | None:
        return max(self.dates, key=lambda d: (len(d), d)) if self.dates else None

    @property
    def bare(self) -> bool:
        return not self.symbols and not self.dates and not self.issuers

    @property
    def richness(self) -> int:
        return len(self.symbols) + len(self.dates) + len(self.issuers)


def _same_document(a: _Doc, b: _Doc) -> bool:
    if a.symbols & b.symbols:
        return True
    fa, fc = _compatible_issuers(a.family, b.family)
    da, dc = _compatible_dates(a.date, b.date)
    return fc and dc and (fa or da)


_P = "PREFIX mtkg: <https://w3id.org/mtkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
# the documents (their description, once), and what the articles say of each: one query a
# property, so a document many articles name costs a row per value, not their product
_DOCS = _P + "SELECT ?d ?type ?number WHERE { GRAPH ?t { ?d a mtkg:Directive ; mtkg:documentType ?type ; " \
             "mtkg:documentNumber ?number } }"
_SAID = {"symbols": _P + "SELECT DISTINCT ?d ?v WHERE { GRAPH ?g { ?d mtkg:symbol ?v } }",
         "dates": _P + "SELECT DISTINCT ?d ?v WHERE { GRAPH ?g { ?d mtkg:issueDate ?v } }",
         "issuers": _P + "SELECT DISTINCT ?d ?v WHERE { GRAPH ?g { ?d mtkg:issuer ?i } GRAPH ?t { ?i rdfs:label ?v } }"}


def _documents(store: Store) -> list[_Doc]:
    docs: dict[str, _Doc] = {}
    for row in store.query(_DOCS):
        iri = row["d"].value
        docs.setdefault(iri, _Doc(iri, row["type"].value, _norm(row["number"].value)))
    for attr, q in _SAID.items():
        for row in store.query(q):
            d = docs.get(row["d"].value)
            if d is not None:
                getattr(d, attr).add(row["v"].value)
    return list(docs.values())


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[str]]:
        out: dict[str, list[str]] = {}
        for x in list(self.parent):
            out.setdefault(self.find(x), []).append(x)
        return [sorted(g) for g in out.values()]


def directive_clusters(docs: list[_Doc]) -> list[list[_Doc]]:
    """Groups of directive nodes that are one document (singletons left out)."""
    by_number: dict[tuple[str, str], list[_Doc]] = {}
    for d in sorted(docs, key=lambda d: d.iri):      # the same groups whatever order the store gives
        by_number.setdefault((d.type, d.number), []).append(d)
    clusters = []
    for group in by_number.values():
        u = _Union()
        described = [d for d in group if not d.bare]
        for d in group:
            u.find(d.iri)
        for a, b in combinations(described, 2):
            if _same_document(a, b):
                u.join(a.iri, b.iri)
        # a bare "Chỉ thị 18" is that document only when the corpus knows one
        roots = {u.find(d.iri) for d in described}
        if len(roots) == 1:
            for d in group:
                if d.bare:
                    u.join(d.iri, described[0].iri)
        index = {d.iri: d for d in group}
        clusters += [[index[i] for i in g] for g in u.groups() if len(g) > 1]
    return clusters


# -- people -----------------------------------------------------------------------------------

def namesakes_node(key: str, base: str | None = None) -> NamedNode:
    """The group of the people named `key` (a name key, search.key)."""
    return NamedNode(f"{base or base_iri()}id/namesakes/{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}")


def _people_named(store, key: str) -> list[tuple[str, str]]:
    """(node, name) of every person whose name has this key: an index lookup of the name keys
    in the description of shared things."""
    from .things import things_graph
    g = things_graph()
    out = []
    for q in store.quads_for_pattern(None, MTKG.nameKey, Literal(key), g):
        if any(True for _ in store.quads_for_pattern(q.subject, RDF_TYPE, MTKG.Person, g)):
            name = next((x.object.value for x in store.quads_for_pattern(q.subject, MTKG.name, None, g)), key)
            out.append((q.subject.value, name))
    return sorted(out)


def people_by_key(store) -> dict[str, list[tuple[str, str]]]:
    """_people_named for every name key at once: one query instead of three lookups a key (a
    first build's hundreds of thousands of names)."""
    from .things import things_graph
    q = f"""SELECT ?p ?k ?n WHERE {{ GRAPH <{things_graph().value}> {{ ?p a <{MTKG.Person.value}> ;
              <{MTKG.nameKey.value}> ?k . OPTIONAL {{ ?p <{MTKG.name.value}> ?n }} }} }}"""
    out: dict[str, dict[str, str]] = {}
    for r in store.query(q):
        key = r["k"].value
        # one name a person (_people_named takes the first)
        out.setdefault(key, {}).setdefault(r["p"].value, r["n"].value if r["n"] else key)
    return {k: sorted(v.items()) for k, v in out.items()}


def namesakes(store, key: str, same: "_Union", different: set[frozenset], base: str | None = None) -> list[Quad]:
    """The group of people named `key` who may be one person: their nodes (one per set a
    curated `same` joined), when there are two or more and some pair is not decided
    `different`. Empty otherwise."""
    return group_of(key, _people_named(store, key), same, different, base)


def group_of(key: str, people: list[tuple[str, str]], same: "_Union", different: set[frozenset],
             base: str | None = None) -> list[Quad]:
    """`namesakes` given the (node, name) of the people named `key`, sorted."""
    members = sorted({same.find(p) for p, _ in people})
    if len(members) < 2 or all(frozenset((a, b)) in different for a, b in combinations(members, 2)):
        return []
    g, node = identity_graph(base), namesakes_node(key, base)
    name = Counter(n for _, n in people).most_common(1)[0][0]
    return [Quad(node, RDF_TYPE, MTKG.Namesakes, g), Quad(node, RDFS_LABEL, Literal(name, language="vi"), g)] + \
        [Quad(node, MTKG.namesake, NamedNode(m), g) for m in members]


def _decided(decisions: Decisions, base: str | None) -> tuple["_Union", set[frozenset]]:
    same, different = _Union(), set()
    for left, right, decision in decisions.rows:
        a, b = left.node(base), right.node(base)
        if decision == "same":
            same.join(a, b)
        else:
            different.add(frozenset((a, b)))
    return same, different


# -- the identity graph -------------------------------------------------------------------------

def update(store, decisions: Decisions, keys: set[str] | None, base: str | None = None) -> int:
    """Bring the identity graph up to date: directives' and curated `owl:sameAs` links from the
    whole store (they are few), and the namesake groups of the names in `keys` (the names of
    the people the build added or removed), or of every name when `keys` is None. Returns the
    links and groups it holds."""
    g = identity_graph(base)
    same, different = _decided(decisions, base)
    links: set[Quad] = set()
    for cluster in directive_clusters(_documents(store)):
        canon = max(cluster, key=lambda d: (d.richness, [-ord(c) for c in d.iri]))
        links |= {Quad(NamedNode(d.iri), OWL_SAME_AS, NamedNode(canon.iri), g) for d in cluster if d is not canon}
    for group in same.groups():
        links |= {Quad(NamedNode(m), OWL_SAME_AS, NamedNode(group[0]), g) for m in group[1:]}
    old = set(store.quads_for_pattern(None, OWL_SAME_AS, None, g))
    for q in old - links:
        store.remove(q)
    store.extend(links - old)
    if keys is None:    # every group again: the old ones go first
        for q in list(store.quads_for_pattern(None, RDF_TYPE, MTKG.Namesakes, g)):
            for x in list(store.quads_for_pattern(q.subject, None, None, g)):
                store.remove(x)
        for key, people in sorted(people_by_key(store).items()):
            if len(people) > 1:
                store.extend(group_of(key, people, same, different, base))
        keys = set()
    for key in sorted(keys):
        node = namesakes_node(key, base)
        for x in list(store.quads_for_pattern(node, None, None, g)):
            store.remove(x)
        store.extend(namesakes(store, key, same, different, base))
    store.extend([Quad(g, MTKG.identityModel, Literal("namesake groups"), g)])
    groups = sum(1 for _ in store.quads_for_pattern(None, RDF_TYPE, MTKG.Namesakes, g))
    return len(links) + groups


def grouped(store, base: str | None = None) -> bool:
    """Whether the identity graph keeps namesakes as groups (else it is older, or missing, and
    every group is computed again)."""
    g = identity_graph(base)
    return any(True for _ in store.quads_for_pattern(g, MTKG.identityModel, Literal("namesake groups"), g))


# -- review: namesakes, most likely one person first ---------------------------------------------

_EVIDENCE = """
PREFIX mtkg: <https://w3id.org/mtkg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?p ?title ?org ?unit ?seen ?source WHERE {
  GRAPH ?i { ?group a mtkg:Namesakes ; mtkg:namesake ?p }
  GRAPH ?g { ?h org:member ?p ; org:role ?r . OPTIONAL { ?h mtkg:observedOn ?seen } }
  ?g mtkg:articleId ?source .
  ?r skos:prefLabel ?title .
  OPTIONAL { GRAPH ?g { ?h org:organization ?o } ?o rdfs:label ?org .
             OPTIONAL { ?o mtkg:locality/mtkg:partOf* ?unit } }
}"""

_GROUPS = """
PREFIX mtkg: <https://w3id.org/mtkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?group ?name ?p WHERE { GRAPH ?i { ?group a mtkg:Namesakes ; rdfs:label ?name ; mtkg:namesake ?p } }"""

CANDIDATE_COLUMNS = ["score", "name", "members", "people", "for", "against", "posts"]


def candidates(store: Store) -> list[list[str]]:
    """One row per group of namesakes, with the evidence for and against their being one
    person (pair by pair in groups of more than two), most likely first."""
    info: dict[str, dict[str, set[str]]] = {}
    for row in store.query(_EVIDENCE, use_default_graph_as_union=True):
        d = info.setdefault(row["p"].value, {k: set() for k in ("titles", "orgs", "units", "posts", "seen")})
        title, org = row["title"].value, row["org"].value if row["org"] else ""
        d["titles"].add(_norm(title))
        if org:
            d["orgs"].add(_norm(org))
        if row["unit"]:
            d["units"].add(row["unit"].value)
        if row["seen"]:
            d["seen"].add(row["seen"].value)
        d["posts"].add(f"{title}, {org} ({row['source'].value})" if org else f"{title} ({row['source'].value})")
    groups: dict[str, tuple[str, list[str]]] = {}
    for row in store.query(_GROUPS):
        groups.setdefault(row["group"].value, (row["name"].value, []))[1].append(row["p"].value)
    empty = {k: set() for k in ("titles", "orgs", "units", "posts", "seen")}
    labels, became = _unit_facts(store)
    name = lambda u: labels.get(u, u)     # noqa: E731
    out = []
    for group, (label, members) in groups.items():
        members.sort()
        best, pros, cons = None, [], []
        for a, b in combinations(members, 2):
            score, pro, con = _evidence(info.get(a, empty), info.get(b, empty), name, became)
            best = score if best is None else max(best, score)
            tag = "" if len(members) == 2 else f"{members.index(a) + 1}~{members.index(b) + 1}: "
            pros += [tag + p for p in pro]
            cons += [tag + c for c in con]
        posts = " | ".join(f"{i}. " + "; ".join(sorted(info.get(m, empty)["posts"])) for i, m in enumerate(members, 1))
        out.append([str(best or 0), label, str(len(members)), " ".join(members), "; ".join(pros), "; ".join(cons), posts])
    return sorted(out, key=lambda r: (-int(r[0]), r[1], r[3]))


def _evidence(x: dict, y: dict, name, became) -> tuple[int, list[str], list[str]]:
    """How likely two namesakes are one person: shared bodies, titles and units, or units one
    became part of, against different units and no body in common."""
    shared_orgs, shared_titles, shared_units = x["orgs"] & y["orgs"], x["titles"] & y["titles"], x["units"] & y["units"]
    merged = sorted({(u, v) for u in x["units"] for v in y["units"] if v in became.get(u, ())}
                    | {(v, u) for u in x["units"] for v in y["units"] if u in became.get(v, ())})
    pro = [f"same body: {o}" for o in sorted(shared_orgs)] + \
          [f"same title: {t}" for t in sorted(shared_titles)] + \
          [f"same unit: {u}" for u in sorted(map(name, shared_units))] + \
          [f"{name(u)} became part of {name(v)}" for u, v in merged]
    con = []
    if x["units"] and y["units"] and not shared_units and not merged:
        con.append("different units: " + ", ".join(sorted(map(name, x["units"]))) + " / "
                   + ", ".join(sorted(map(name, y["units"]))))
    if x["orgs"] and y["orgs"] and not shared_orgs:
        con.append("no body in common")
    score = 2 * len(shared_orgs) + len(shared_titles) + len(shared_units) + 2 * len(merged) - len(con)
    return score, pro, con


def _unit_facts(store: Store) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Unit labels, and what each unit became part of (from the gazetteer facts in the store)."""
    labels: dict[str, str] = {}
    became: dict[str, set[str]] = {}
    q = """PREFIX mtkg: <https://w3id.org/mtkg/ontology#>
    SELECT DISTINCT ?u ?label ?next WHERE { GRAPH ?g { ?u a mtkg:AdministrativeUnit ;
      <http://www.w3.org/2000/01/rdf-schema#label> ?label . OPTIONAL { ?u mtkg:becamePartOf ?next } } }"""
    for row in store.query(q):
        labels[row["u"].value] = row["label"].value
        if row["next"] is not None:
            became.setdefault(row["u"].value, set()).add(row["next"].value)
    return labels, became
