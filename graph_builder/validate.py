"""SHACL validation of the store with the shapes in shapes/, and readable reports.

pyshacl runs on rdflib copies of the data graphs, a batch of graphs at a time: measured on
the 20 dev articles, pyshacl reading the pyoxigraph store directly took 52 s where the copy
takes under a second, and batches keep memory bounded on large stores. The data is written so
that each article's graph describes everything it links to, which makes a batch self-contained. RDFS inference stays off (5x slower, and the data types every node with its
explicit mtkg class)."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from functools import lru_cache

from typing import Iterable

from pyoxigraph import BlankNode, DefaultGraph, NamedNode, Quad, RdfFormat, Store, parse, serialize
from rdflib import BNode, Graph, Literal, Namespace, URIRef

from .paths import SHAPES
from .vocab import ONTOLOGY_NS

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass
class Result:
    severity: str          # Violation, Warning, Info
    focus: str
    label: str | None
    path: str | None
    message: str
    shape: str | None
    source: str | None     # the article the focus node came from (the first, if several)
    sources: tuple[str, ...] = ()   # every article whose graph describes the focus node


@dataclass
class Report:
    conforms: bool
    results: list[Result]
    graph: Graph

    @property
    def violations(self) -> int:
        return sum(r.severity == "Violation" for r in self.results)

    @property
    def warnings(self) -> int:
        return sum(r.severity == "Warning" for r in self.results)

    def summary(self) -> str:
        return f"{self.violations} violation(s), {self.warnings} warning(s)"

    def as_text(self) -> str:
        lines = [f"SHACL: {'conforms' if self.violations == 0 else 'does not conform'}: {self.summary()}"]
        for r in sorted(self.results, key=lambda r: (r.severity != "Violation", r.source or "", r.focus)):
            what = f"{r.label!r} <{r.focus}>" if r.label else f"<{r.focus}>"
            lines.append(f"{r.severity.upper():9} {what}")
            lines.append(f"          path: {r.path or '-'}   source: {r.source or '-'}")
            lines.append(f"          {r.message}")
        return "\n".join(lines)

    def as_json(self) -> str:
        return json.dumps({"conforms": self.violations == 0, "violations": self.violations,
                           "warnings": self.warnings, "results": [asdict(r) for r in self.results]},
                          ensure_ascii=False, indent=2)

    def as_turtle(self) -> str:
        return self.graph.serialize(format="turtle")


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The shapes as written in shapes/."""
    g = Graph()
    for f in sorted(SHAPES.glob("*.ttl")):
        g.parse(f, format="turtle")
    return g


TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
NESTING = (SH.node, SH["not"], SH["and"], SH["or"], SH.xone, SH.qualifiedValueShape)


def with_targets_on_property_shapes(shapes: Graph) -> Graph:
    """The same shapes, each sh:property of a targeted node shape given that node shape's
    targets instead. pyshacl checks a property shape reached through sh:property once per
    focus node but a targeted one once for all focus nodes; the results are the same (each
    names the property shape as its source), in half the time. Node shapes that other shapes
    nest (sh:node, sh:or, ...) keep their sh:property, as their focus nodes come from there."""
    from rdflib.collection import Collection
    from rdflib.namespace import RDF

    out = Graph()
    out += shapes
    nested = {o for p in NESTING for o in shapes.objects(None, p)}
    for lst in [o for p in (SH["and"], SH["or"], SH.xone) for o in shapes.objects(None, p)]:
        nested.update(Collection(shapes, lst))
    for node in set(shapes.subjects(RDF.type, SH.NodeShape)) - nested:
        targets = [(p, o) for p in TARGETS for o in shapes.objects(node, p)]
        if not targets or (node, SH.deactivated, None) in shapes:
            continue
        for prop in list(shapes.objects(node, SH.property)):
            for p, o in targets:
                out.add((prop, p, o))
            out.remove((node, SH.property, prop))
    return out


@lru_cache(maxsize=1)
def validation_shapes() -> Graph:
    return with_targets_on_property_shapes(shapes_graph())


# not data, never validated: reference data, what the code derives from the store (no shape
# targets the identity graph's sameAs and possible-match links, which can run to millions), and
# the build's bookkeeping
NOT_VALIDATED = ("/graph/ontology", "/graph/gazetteer", "/graph/identity", "/graph/validation",
                    "/graph/loading", "/graph/imports", "/graph/things", "/graph/descriptions")
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ARTICLE_ID = ONTOLOGY_NS + "articleId"
BATCH = 250       # article graphs validated together: bounds memory, and pyshacl slows on large graphs


def validate_quads(quads: Iterable[Quad]) -> Report:
    """Validate quads (of any graphs) as one data graph; each result names the label and
    the source article of its focus node, read from the same quads."""
    import pyshacl

    g = Graph()
    labels: dict[str, str] = {}
    graphs_of: dict[str, set[str]] = {}
    ids: dict[str, str] = {}
    terms: dict = {}     # the same few IRIs recur in every quad; rdflib checks each it builds

    def term(t):
        found = terms.get(t)
        if found is None:
            found = terms[t] = _term(t)
        return found

    for q in quads:
        g.add((term(q.subject), term(q.predicate), term(q.object)))
        subject = q.subject.value
        graph = q.graph_name.value if isinstance(q.graph_name, NamedNode) else ""
        graphs_of.setdefault(subject, set()).add(graph)
        if q.predicate.value == RDFS_LABEL:
            labels.setdefault(subject, q.object.value)
        elif q.predicate.value == ARTICLE_ID:
            ids[graph] = q.object.value
    if not len(g):
        return Report(conforms=True, results=[], graph=Graph())
    _, results_graph, _ = pyshacl.validate(g, shacl_graph=validation_shapes(), inference="none",
                                           allow_warnings=True, abort_on_first=False)
    results = []
    for node in results_graph.objects(None, SH.result):
        focus = str(results_graph.value(node, SH.focusNode))
        sources = tuple(sorted(ids[g] for g in graphs_of.get(focus, ()) if g in ids))
        results.append(_result(results_graph, node, labels.get(focus), sources))
    return Report(conforms=not any(r.severity == "Violation" for r in results), results=results,
                  graph=results_graph)


def merge(reports: Iterable[Report]) -> Report:
    """One report of several; a result found in several batches (a node that articles in each
    describe) is counted once, with the sources of all, so the totals do not depend on batching."""
    reports = list(reports)
    graph = Graph()
    for r in reports:
        graph += r.graph
    merged: dict[tuple, Result] = {}
    for x in (x for r in reports for x in r.results):
        key = (x.severity, x.focus, x.path, x.message, x.shape)
        if key in merged:
            sources = tuple(sorted(set(merged[key].sources) | set(x.sources)))
            x = replace(merged[key], sources=sources, source=sources[0] if sources else merged[key].source)
        merged[key] = x
    results = list(merged.values())
    return Report(conforms=not any(x.severity == "Violation" for x in results), results=results, graph=graph)


def not_validated(graph) -> bool:
    return isinstance(graph, NamedNode) and graph.value.endswith(NOT_VALIDATED)


def validate(store: Store, graphs: Iterable[NamedNode] | None = None, jobs: int = 1) -> Report:
    """Validate the store's data graphs (or only `graphs`), a batch of graphs at a time, in
    `jobs` worker processes (each gets its batch as N-Quads: the store stays in this one)."""
    chosen = sorted((g for g in (store.named_graphs() if graphs is None else graphs)
                     if isinstance(g, NamedNode) and not not_validated(g)), key=lambda g: g.value)
    # the same batches whatever `jobs`, so the same report
    batches = (serialize((q for g in chosen[i:i + BATCH] for q in _as_written(store, g)),
                         format=RdfFormat.N_QUADS) for i in range(0, len(chosen), BATCH))
    if jobs <= 1 or len(chosen) <= BATCH:
        reports = [_validate_nquads(b) for b in batches]
    else:
        import multiprocessing
        import threading
        gate = threading.Semaphore(2 * jobs)        # batches read ahead: bounds memory

        def gated():
            for b in batches:
                gate.acquire()
                yield b
        reports = []
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for r in pool.imap(_validate_nquads, gated()):
                reports.append(r)
                gate.release()
    if graphs is None:      # anything in the default graph too
        reports.append(validate_quads(store.quads_for_pattern(None, None, None, DefaultGraph())))
    return merge(reports)


def _as_written(store, graph: NamedNode):
    """A graph as its source wrote it: its facts and its description of the shared things it
    names (kept apart in the store: things.py), so that it is validated as a build validates it."""
    from .things import described
    yield from store.quads_for_pattern(None, None, None, graph)
    for t in described(store, graph):
        yield Quad(t.subject, t.predicate, t.object, graph)


def _validate_nquads(data: bytes) -> Report:
    return validate_quads(parse(data, format=RdfFormat.N_QUADS))


def _term(t):
    if isinstance(t, NamedNode):
        return URIRef(t.value)
    if isinstance(t, BlankNode):
        return BNode(t.value)
    if t.language:
        return Literal(t.value, lang=t.language)
    return Literal(t.value, datatype=URIRef(t.datatype.value))


def _result(g: Graph, node, label: str | None, sources: tuple[str, ...]) -> Result:
    focus = g.value(node, SH.focusNode)
    severity = str(g.value(node, SH.resultSeverity) or SH.Violation).rsplit("#", 1)[-1]
    path = g.value(node, SH.resultPath)
    shape = g.value(node, SH.sourceShape)
    # sorted: the graph's order follows the order the data was read in (a server's, the store's)
    message = "; ".join(sorted(str(m) for m in g.objects(node, SH.resultMessage))) or "constraint not met"
    return Result(severity=severity, focus=str(focus), label=label, path=str(path) if path else None,
                  message=message, shape=str(shape) if shape else None,
                  source=sources[0] if sources else None, sources=sources)
