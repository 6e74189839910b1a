"""Facts -> RDF: what an article says, and its description of the shared things it names.

IRIs are minted from normalised keys (`mint`), so rebuilding the same input gives the same
quads and the same thing named twice in an article gets one node. The writer keeps apart:

- the article's facts (the article, its events, post holdings, participations and
  implementations, evidence and provenance), which go into the article's named graph;
- its description of the shared things it names (people, bodies, titles, posts, units,
  directives, movements: types, labels and canonical links), which things.py consolidates
  into one description per thing, so that the union of the graphs holds each once.

`article_quads` gives both in the article's graph, as one self-contained graph (validation
reads an article so)."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Iterator

from pyoxigraph import Literal, NamedNode, Quad, Triple

from . import facts as F, gazetteer
from .text import canonical, fold, slug
from .vocab import BODY_CLASS, MTKG, ORG, PROV, RDF, RDFS, SKOS, XSD, base_iri, concept

VI = "vi"


def mint(kind: str, *key: str, base: str | None = None) -> NamedNode:
    """A stable IRI for a thing of `kind` with the given identifying key parts."""
    return _mint(kind, key, base or base_iri())


@lru_cache(maxsize=1 << 16)     # the same people, bodies and titles recur across articles
def _mint(kind: str, key: tuple[str, ...], base: str) -> NamedNode:
    norm = "|".join(canonical(k or "").casefold().strip() for k in key)
    digest = hashlib.sha1(norm.encode("utf-8")).hexdigest()[:10]
    readable = slug(key[0] if key else kind)[:60] or kind
    return NamedNode(f"{base}id/{kind}/{readable}-{digest}")


def date_literal(value: str) -> Literal:
    """ISO or partial date -> typed literal (xsd:date, gYearMonth, gYear, gMonthDay)."""
    if value.startswith("--"):
        return Literal(value, datatype=XSD.gMonthDay)
    dtype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}.get(len(value))
    if dtype is None:
        raise ValueError(f"not an ISO or partial date: {value!r}")
    return Literal(value, datatype=dtype)


def vi(text: str) -> Literal:
    return Literal(text, language=VI)


def integer(n: int) -> Literal:
    return Literal(str(n), datatype=XSD.nonNegativeInteger)


class _Writer:
    def __init__(self, facts: F.ArticleFacts, graph: NamedNode, base: str, decisions=None) -> None:
        self.f = facts
        self.decisions = decisions      # identity.Decisions: curated same/different people
        self.g = graph
        self.base = base
        self.quads: list[Quad] = []
        self.seen: set[Quad] = set()
        self.description: dict[Triple, None] = {}   # the shared things' descriptions, in order
        self.labelled: set[NamedNode] = set()
        # A thing without its own context (a bare "tỉnh") is only known within this source.
        self.scope = facts.article.id
        ctx = facts.locality
        while ctx is not None and ctx.parent is not None:
            ctx = ctx.parent
        self.region = ctx.label if ctx is not None and ctx.resolved else "graph:" + graph.value
        # the date a place name is read at: the article's, else its first event's
        self.on = facts.article.published or next((e.date for e in facts.events if e.date), None)

    def add(self, s, p, o) -> None:
        """A fact of the article's."""
        q = Quad(s, p, o, self.g)
        if q not in self.seen:
            self.seen.add(q)
            self.quads.append(q)

    def desc(self, s, p, o) -> None:
        """What the article says of a shared thing."""
        self.description.setdefault(Triple(s, p, o))

    def label(self, node: NamedNode, text: str) -> None:
        """One label per node and source: spellings that mint the same IRI ("Ủy ban bầu cử",
        "Ủy ban Bầu cử") keep the first one seen."""
        if node not in self.labelled:
            self.labelled.add(node)
            self.desc(node, RDFS.label, vi(text))

    # -- shared things --------------------------------------------------------------
    def unit(self, loc: F.Locality | None) -> NamedNode | None:
        """The official unit the mention names on the article's date (with its ancestors and
        what it became), or, when the gazetteer cannot say which, a node for the mention as
        written, which has no official code (SHACL warns)."""
        if loc is None or not loc.resolved:
            return None
        official = gazetteer.resolve(loc, self.on, self.f.locality)
        if official is not None:
            for t in gazetteer.described(official, self.base):
                self.desc(t.subject, t.predicate, t.object)
            return gazetteer.unit_iri(official, self.base)
        chain, cur = [], loc
        while cur is not None:
            chain.append(cur.label)
            cur = cur.parent
        node = mint("unit", *chain, base=self.base)
        self.desc(node, RDF.type, MTKG.AdministrativeUnit)
        self.label(node, loc.label)
        self.desc(node, MTKG.unitType, Literal(loc.type_word))
        self.desc(node, MTKG.unitName, Literal(loc.name))
        self.desc(node, MTKG.unitLevel, concept("unit-level", loc.level))
        parent = self.unit(loc.parent)
        if parent is not None:
            self.desc(node, MTKG.partOf, parent)
        return node

    def body(self, b: F.Body | None) -> NamedNode | None:
        if b is None:
            return None
        key = (b.name,) if not b.unresolved else (b.name, self.scope)
        node = mint("org", *key, base=self.base)
        self.desc(node, RDF.type, MTKG.Organization)
        self.desc(node, RDF.type, MTKG[BODY_CLASS.get(b.kind, "Organization")])
        self.label(node, b.name)
        self.desc(node, MTKG.bodyKind, concept("body-kind", b.kind if b.kind in F.BODY_KINDS else "other"))
        unit = self.unit(b.locality)
        if unit is not None:
            self.desc(node, MTKG.locality, unit)
        if b.unresolved:
            self.desc(node, MTKG.unresolvedLocality, Literal(b.unresolved))
        parent = self.body(b.parent)
        if parent is not None:
            self.desc(node, ORG.subOrganizationOf, parent)
        return node

    def person(self, name: str) -> NamedNode:
        key = (name, self.region)
        if self.decisions is not None:
            key = self.decisions.split_key(name, self.region, self._contexts(name)) or key
        node = mint("person", *key, base=self.base)
        self.desc(node, RDF.type, MTKG.Person)
        self.label(node, name)
        return node

    def _contexts(self, name: str) -> set[str]:
        """Bodies and units the article gives a person (a curated decision may split by them)."""
        out = set()
        for p in self.f.posts:
            if p.person == name and p.body is not None:
                out.add(fold(p.body.name))
                loc = p.body.locality
                while loc is not None and loc.resolved:
                    out.add(fold(loc.label))
                    loc = loc.parent
        return out

    def title(self, title: str) -> NamedNode:
        node = mint("title", title, base=self.base)
        self.desc(node, RDF.type, MTKG.Title)
        if node not in self.labelled:
            self.desc(node, SKOS.prefLabel, vi(title))
        self.label(node, title)
        return node

    def directive_node(self, d: F.Directive) -> NamedNode:
        if d.symbol:
            key = (d.type, d.symbol)
        elif d.number:
            key = (d.type, d.number, d.issuer.name if d.issuer else "", d.date or "")
        else:
            key = (d.key,)
        return mint("directive", *key, base=self.base)

    def movement_node(self, name: str) -> NamedNode:
        return mint("movement", name, base=self.base)

    # -- provenance -----------------------------------------------------------------
    def provenance(self, node: NamedNode, span: F.Span | None) -> None:
        self.add(node, PROV.wasDerivedFrom, self.g)
        if span is None:
            return
        ev = mint("evidence", self.g.value, str(span.start), str(span.end), base=self.base)
        self.add(ev, RDF.type, MTKG.Evidence)
        self.add(ev, MTKG.quote, Literal(self.f.article.text[span.start:span.end]))
        self.add(ev, MTKG.startOffset, integer(span.start))
        self.add(ev, MTKG.endOffset, integer(span.end))
        self.add(ev, MTKG.inArticle, self.g)
        if span.cite:
            self.add(ev, MTKG.citation, Literal(span.cite))
        self.add(node, MTKG.evidence, ev)

    # -- the article and its facts --------------------------------------------------
    def write(self) -> list[Quad]:
        a = self.f.article
        art = self.g
        self.add(art, RDF.type, MTKG.Article)
        self.add(art, MTKG.articleId, Literal(a.id))
        if a.title:
            self.add(art, MTKG.headline, vi(a.title))
            self.add(art, RDFS.label, vi(a.title))
        if a.url:
            self.add(art, MTKG.url, Literal(a.url))
        if a.published:
            self.add(art, MTKG.published, date_literal(a.published))
        if a.byline:
            self.add(art, MTKG.byline, Literal(a.byline))
        if a.site:
            self.add(art, MTKG.publisher, Literal(a.site))
        self.add(art, MTKG.contentHash, Literal(hashlib.sha256(a.text.encode("utf-8")).hexdigest()))
        unit = self.unit(self.f.locality)
        if unit is not None:
            self.add(art, MTKG.locality, unit)

        directives = {d.key: self._directive(d) for d in self.f.directives}
        movements = {m.name: self._movement(m) for m in self.f.movements}
        events = {e.id: self._event(e, directives, movements) for e in self.f.events}
        for p in self.f.posts:
            self._post(p)
        for part in self._grouped_participations():
            self._participation(*part, events)
        for im in self.f.implementations:
            self._implementation(im, directives, events)
        return self.quads

    def _directive(self, d: F.Directive) -> NamedNode:
        node = self.directive_node(d)
        self.desc(node, RDF.type, MTKG.Directive)
        self.label(node, d.key)
        self.desc(node, MTKG.documentType, concept("document-type", slug(d.type)))
        if d.number:
            self.desc(node, MTKG.documentNumber, Literal(d.number))
        # what the article says of the document (its symbol, date, issuer, subject) stays in the
        # article's graph: another article may say it otherwise, and each keeps its word
        if d.symbol:
            self.add(node, MTKG.symbol, Literal(d.symbol))
        if d.date:
            self.add(node, MTKG.issueDate, date_literal(d.date))
        issuer = self.body(d.issuer)
        if issuer is not None:
            self.add(node, MTKG.issuer, issuer)
        if d.subject:
            self.add(node, MTKG.subject, vi(d.subject))
        self.provenance(node, d.evidence)
        return node

    def _movement(self, m: F.Movement) -> NamedNode:
        node = self.movement_node(m.name)
        self.desc(node, RDF.type, MTKG.Movement)
        self.label(node, m.name)
        self.desc(node, MTKG.movementKind, concept("movement-kind", m.kind))
        for alias in m.aliases:
            if alias != m.name:
                self.desc(node, SKOS.altLabel, vi(alias))
        self.provenance(node, m.evidence)
        return node

    def _event(self, e: F.Event, directives: dict, movements: dict) -> NamedNode:
        node = mint("event", self.g.value, e.id, base=self.base)
        self.add(node, RDF.type, MTKG.Event)
        self.add(node, RDFS.label, vi(e.name))
        self.add(node, MTKG.eventKind, concept("event-kind", e.kind))
        if e.date:
            self.add(node, MTKG.date, date_literal(e.date))
        if e.end_date:
            self.add(node, MTKG.endDate, date_literal(e.end_date))
        for org in e.organizers:
            self.add(node, MTKG.organizer, self.body(org))
        unit = self.unit(e.locality)
        if unit is not None:
            self.add(node, MTKG.locality, unit)
        elif e.locality is not None:
            self.add(node, MTKG.unresolvedLocality, Literal(e.locality.type_word))
        if e.attendance is not None:
            self.add(node, MTKG.attendance, integer(e.attendance))
            self.add(node, MTKG.attendanceQualifier,
                     concept("attendance-qualifier", e.attendance_qualifier or "exact"))
        for key in e.directives:
            if key in directives:
                self.add(node, MTKG.disseminated, directives[key])
        for name in e.movements:
            if name in movements:
                self.add(node, MTKG.servesMovement, movements[name])
        self.provenance(node, e.evidence)
        return node

    def _post(self, p: F.PostHolding) -> None:
        person = self.person(p.person)
        title = self.title(p.title)
        org = self.body(p.body)
        post = mint("post", p.title, org.value if org else "", base=self.base)
        self.desc(post, RDF.type, MTKG.Post)
        self.desc(post, RDFS.label, vi(f"{p.title}, {p.body.name}" if p.body else p.title))
        self.desc(post, ORG.role, title)
        if org is not None:
            self.desc(post, ORG.postIn, org)
        self.desc(person, ORG.holds, post)
        holding = mint("holding", self.g.value, p.person, p.title, org.value if org else "", base=self.base)
        self.add(holding, RDF.type, MTKG.PostHolding)
        self.add(holding, ORG.member, person)
        self.add(holding, ORG.role, title)
        self.add(holding, MTKG.post, post)
        if org is not None:
            self.add(holding, ORG.organization, org)
        self.add(holding, MTKG.nameAsWritten, Literal(p.person))
        observed = p.date or (self.f.events[0].date if self.f.events and self.f.events[0].date
                              else self.f.article.published)
        if observed:
            self.add(holding, MTKG.observedOn, date_literal(observed))
        self.provenance(holding, p.evidence)

    def _grouped_participations(self) -> Iterator[tuple[str, str, list[F.Participation]]]:
        groups: dict[tuple[str, str], list[F.Participation]] = {}
        for p in self.f.participations:
            groups.setdefault((p.person, p.event), []).append(p)
        for (person, event), parts in groups.items():
            yield person, event, parts

    def _participation(self, person: str, event: str, parts: list[F.Participation], events: dict) -> None:
        if event not in events:
            return
        node = mint("participation", self.g.value, event, person, base=self.base)
        self.add(node, RDF.type, MTKG.Participation)
        self.add(node, MTKG.participant, self.person(person))
        self.add(node, MTKG.inEvent, events[event])
        self.add(node, MTKG.nameAsWritten, Literal(person))
        for p in parts:
            self.add(node, MTKG.participationRole, concept("role", p.role))
            self.provenance(node, p.evidence)

    def _implementation(self, im: F.Implementation, directives: dict, events: dict) -> None:
        target = directives.get(im.directive)
        if target is None:
            return
        # the event, date and body too: one body disseminating one directive at two events of an
        # article is two implementations, and so are two bodies of one unit acting on it (each
        # node has one date, one event and one body)
        node = mint("implementation", self.g.value, im.locality.label if im.locality else "",
                    im.directive, im.kind, im.via or "", im.event or "", im.date or "",
                    *([im.body.name] if im.body else []), base=self.base)
        self.add(node, RDF.type, MTKG.Implementation)
        self.add(node, MTKG.implementedDirective, target)
        self.add(node, MTKG.implementationKind, concept("implementation-kind", im.kind))
        unit = self.unit(im.locality)
        if unit is not None:
            self.add(node, MTKG.implementingLocality, unit)
        elif im.locality is not None:
            self.add(node, MTKG.unresolvedLocality, Literal(im.locality.type_word))
        body = self.body(im.body)
        if body is not None:
            self.add(node, MTKG.implementingBody, body)
        if im.via and im.via in directives:
            self.add(node, MTKG.via, directives[im.via])
            self.desc(directives[im.via], MTKG.implements, target)
        if im.event and im.event in events:
            self.add(node, MTKG.atEvent, events[im.event])
        if im.date:
            self.add(node, MTKG.date, date_literal(im.date))
        self.provenance(node, im.evidence)


def article_parts(facts: F.ArticleFacts, graph: NamedNode, base: str | None = None,
                  decisions=None) -> tuple[list[Quad], list[Triple]]:
    """One article's (or curated source's) facts, as quads in `graph` (which also names it),
    and its description of the shared things it names; `decisions` (identity.Decisions) splits
    people a curator said are different."""
    w = _Writer(facts, graph, base or base_iri(), decisions)
    quads = w.write()
    return quads, list(w.description)


def article_quads(facts: F.ArticleFacts, graph: NamedNode, base: str | None = None,
                  decisions=None) -> list[Quad]:
    """The article's facts and its descriptions of shared things, all in `graph`: the article
    read as one self-contained graph."""
    quads, description = article_parts(facts, graph, base, decisions)
    return quads + [Quad(t.subject, t.predicate, t.object, graph) for t in description]
