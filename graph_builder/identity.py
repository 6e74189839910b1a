"""One node per real person and directive across articles.

Each article's graph names people and directives with IRIs minted from what that article says
(`triples.mint`): a person from name + the article's province, a numbered directive from its
type, number, issuer and date. What one article cannot decide is decided here, over the whole
store, after every build, into the graph `<base>graph/identity`:

- directives: mentions of the same type and number are one document when their issuer or date
  agree and nothing disagrees ("Chỉ thị số 18, ngày 26/10/2022 của Ban Bí thư" = "Chỉ thị
  18-CT/TW"); a bare "Chỉ thị 18" joins them only when the corpus knows one such document.
  Members get `owl:sameAs` the canonical node (the most fully described);
- people: the same name under different IRIs is a `mtkg:possibleMatch` for review (`mtkg
  candidates`), unless a curated decision says same (`owl:sameAs`) or different.

Decisions are CSV files `<name>.identity.csv` with columns `left,right,decision[,note]`: each
side is a person IRI or "Name @ context" (context: the province label the IRI was minted with,
"tỉnh Sóc Trăng", or a body or unit that splits a name: "Ủy ban MTTQ Việt Nam huyện Mỹ Tú");
decision is `same` or `different`."""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from pathlib import Path

from pyoxigraph import NamedNode, Quad, Store

from .curated import DECISIONS_SUFFIX as SUFFIX, CuratedError, _decode
from .extract.directives import symbol_issuer
from .lexicon import load
from .text import fold
from .triples import mint
from .vocab import MTKG, PREFIXES, base_iri

OWL_SAME_AS = NamedNode(PREFIXES["owl"] + "sameAs")
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

    @property
    def family(self) -> str | None:
        fams = {issuer_family(i) for i in self.issuers}
        fams |= {issuer_family(symbol_issuer(s)) for s in self.symbols if symbol_issuer(s)}
        fams.discard(None)
        return max(fams, key=len) if fams else None

    @property
    def date(self) -> str | None:
        return max(self.dates, key=len) if self.dates else None

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


_DOCS = """
PREFIX mtkg: <https://w3id.org/mtkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?d ?type ?number ?symbol ?date ?issuer WHERE {
  GRAPH ?g { ?d a mtkg:Directive ; mtkg:documentType ?type ; mtkg:documentNumber ?number .
    OPTIONAL { ?d mtkg:symbol ?symbol } OPTIONAL { ?d mtkg:issueDate ?date }
    OPTIONAL { ?d mtkg:issuer/rdfs:label ?issuer } }
}"""


def _documents(store: Store) -> list[_Doc]:
    docs: dict[str, _Doc] = {}
    for row in store.query(_DOCS):
        iri = row["d"].value
        d = docs.setdefault(iri, _Doc(iri, row["type"].value, _norm(row["number"].value)))
        for name, target in (("symbol", d.symbols), ("date", d.dates), ("issuer", d.issuers)):
            if row[name] is not None:
                target.add(row[name].value)
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
    for d in docs:
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

_PEOPLE = """
PREFIX mtkg: <https://w3id.org/mtkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?p ?name WHERE { GRAPH ?g { ?p a mtkg:Person ; rdfs:label ?name } }"""


def people_by_name(store: Store) -> dict[str, list[str]]:
    out: dict[str, set[str]] = {}
    for row in store.query(_PEOPLE):
        out.setdefault(_norm(row["name"].value), set()).add(row["p"].value)
    return {k: sorted(v) for k, v in out.items()}


# -- the identity graph -------------------------------------------------------------------------

def reconcile(store: Store, decisions: Decisions, base: str | None = None) -> list[Quad]:
    """The quads of the identity graph for the store as it is now."""
    g = identity_graph(base)
    quads: list[Quad] = []
    for cluster in directive_clusters(_documents(store)):
        canon = max(cluster, key=lambda d: (d.richness, [-ord(c) for c in d.iri]))
        for d in cluster:
            if d is not canon:
                quads.append(Quad(NamedNode(d.iri), OWL_SAME_AS, NamedNode(canon.iri), g))
    same, different = _Union(), set()
    for left, right, decision in decisions.rows:
        a, b = left.node(base), right.node(base)
        if decision == "same":
            same.join(a, b)
        else:
            different.add(frozenset((a, b)))
    for group in same.groups():
        for member in group[1:]:
            quads.append(Quad(NamedNode(member), OWL_SAME_AS, NamedNode(group[0]), g))
    for iris in people_by_name(store).values():
        for a, b in combinations(iris, 2):
            if same.find(a) != same.find(b) and frozenset((a, b)) not in different:
                quads.append(Quad(NamedNode(a), MTKG.possibleMatch, NamedNode(b), g))
    return sorted(set(quads), key=str)


# -- review: possible matches, most likely first -----------------------------------------------

_EVIDENCE = """
PREFIX mtkg: <https://w3id.org/mtkg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?p ?title ?org ?unit ?seen ?source WHERE {
  GRAPH ?i { ?a mtkg:possibleMatch ?b }
  VALUES ?side { 1 2 } BIND(IF(?side = 1, ?a, ?b) AS ?p)
  GRAPH ?g { ?h org:member ?p ; org:role/skos:prefLabel ?title .
    OPTIONAL { ?h org:organization ?o . ?o rdfs:label ?org .
               OPTIONAL { ?o mtkg:locality/mtkg:partOf* ?unit } }
    OPTIONAL { ?h mtkg:observedOn ?seen } }
  ?g mtkg:articleId ?source .
}"""

CANDIDATE_COLUMNS = ["score", "name", "left", "right", "for", "against", "left_posts", "right_posts"]


def candidates(store: Store) -> list[list[str]]:
    """Possible matches with the evidence for and against, most likely first."""
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
    names = {row["p"].value: row["name"].value for row in store.query(_PEOPLE)}
    empty = {k: set() for k in ("titles", "orgs", "units", "posts", "seen")}
    labels, became = _unit_facts(store)
    out = []
    pairs = store.query("SELECT ?a ?b WHERE { GRAPH ?g { ?a <%s> ?b } }" % MTKG.possibleMatch.value)
    for row in pairs:
        a, b = row["a"].value, row["b"].value
        x, y = info.get(a, empty), info.get(b, empty)
        shared_orgs, shared_titles, shared_units = x["orgs"] & y["orgs"], x["titles"] & y["titles"], x["units"] & y["units"]
        merged = sorted({(u, v) for u in x["units"] for v in y["units"] if v in became.get(u, ())}
                        | {(v, u) for u in x["units"] for v in y["units"] if u in became.get(v, ())})
        name = lambda u: labels.get(u, u)
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
        out.append([str(score), names.get(a, ""), a, b, "; ".join(pro), "; ".join(con),
                    "; ".join(sorted(x["posts"])), "; ".join(sorted(y["posts"]))])
    return sorted(out, key=lambda r: (-int(r[0]), r[1], r[2], r[3]))


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
