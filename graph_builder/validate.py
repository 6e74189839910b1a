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


def _nested(shapes: Graph) -> set:
    """The shapes other shapes nest (sh:node, sh:or lists, ...)."""
    from rdflib.collection import Collection

    nested = {o for p in NESTING for o in shapes.objects(None, p)}
    for lst in [o for p in (SH["and"], SH["or"], SH.xone) for o in shapes.objects(None, p)]:
        nested.update(Collection(shapes, lst))
    return nested


def with_targets_on_property_shapes(shapes: Graph) -> Graph:
    """The same shapes, each sh:property of a targeted node shape given that node shape's
    targets instead. pyshacl checks a property shape reached through sh:property once per
    focus node but a targeted one once for all focus nodes; the results are the same (each
    names the property shape as its source), in half the time. Node shapes that other shapes
    nest (sh:node, sh:or, ...) keep their sh:property, as their focus nodes come from there."""
    from rdflib.namespace import RDF

    out = Graph()
    out += shapes
    nested = _nested(shapes)
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


# -- value shapes, checked once per distinct value ----------------------------------------------
# A node shape that only looks at the value node itself (its datatype, its lexical form, ...)
# gives the same verdict wherever the value occurs. pyshacl checks it again at every value node,
# and for an sh:or it builds every failing branch's results in full before throwing them away:
# mtkgsh:DateValue alone was half of pyshacl's time on a batch of articles. The build checks each
# distinct value once, with pyshacl (on a graph of those values only), and reports a value that
# fails as pyshacl would report it: one result on the property shape that nests the value shape.

VALUE_ONLY = {SH.datatype, SH.pattern, SH.flags, SH.nodeKind, SH["in"], SH.hasValue, SH.languageIn,
              SH.minLength, SH.maxLength, SH.minInclusive, SH.maxInclusive, SH.minExclusive,
              SH.maxExclusive, SH["or"], SH["and"], SH.xone, SH["not"], SH.name, SH.description,
              SH.message, SH.severity}
NOTES = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/2000/01/rdf-schema#",
         "http://www.w3.org/1999/02/22-rdf-syntax-ns#first", "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest")
PROBE = URIRef("urn:mtkg:validate:value")


def _closure(shapes: Graph, node) -> list[tuple] | None:
    """The triples that make up a value shape (itself, its blank nodes and lists), or None
    when it may look past its value node (a path, a property, a shape it nests by name...)."""
    first, nil = URIRef(NOTES[2]), URIRef(NOTES[3][:-4] + "nil")
    out, todo, seen = [], [node], set()
    while todo:
        n = todo.pop()
        if n in seen:
            continue
        seen.add(n)
        for p, o in shapes.predicate_objects(n):
            if p not in VALUE_ONLY and not str(p).startswith(NOTES):
                return None
            if p in (first, SH["not"]) and isinstance(o, URIRef) and o != nil:
                return None
            out.append((n, p, o))
            if isinstance(o, BNode):
                todo.append(o)
    return out


@dataclass(frozen=True)
class _ValueCheck:
    shape: URIRef               # the property shape that nests the value shape
    path: URIRef
    targets: tuple              # (sh:targetClass|..., object) pairs
    severity: str
    message: str
    value_shape: URIRef


@lru_cache(maxsize=1)
def compiled_shapes() -> tuple[Graph, tuple[_ValueCheck, ...], Graph]:
    """The shapes as the build runs them, less each property shape's sh:node of a value shape
    (checked by `_value_results`), those checks, and the value shapes' own triples."""
    from rdflib.namespace import RDF

    run = validation_shapes()
    out = Graph()
    out += run
    nested, checks, kept = _nested(run), [], Graph()
    for prop, vshape in list(run.subject_objects(SH.node)):
        triples = _closure(run, vshape) if isinstance(vshape, URIRef) else None
        path = run.value(prop, SH.path)
        targets = tuple((p, o) for p in TARGETS for o in run.objects(prop, p))
        messages = sorted(str(m) for m in run.objects(prop, SH.message))
        if (triples is None or prop in nested or not isinstance(path, URIRef) or not targets
                or not messages or (prop, SH.deactivated, None) in run):
            continue
        severity = str(run.value(prop, SH.severity) or SH.Violation).rsplit("#", 1)[-1]
        checks.append(_ValueCheck(prop, path, targets, severity, "; ".join(messages), vshape))
        out.remove((prop, SH.node, vshape))
        for t in triples:
            kept.add(t)
    for c in {c.value_shape for c in checks}:
        kept.add((c, RDF.type, SH.NodeShape))
    return out, tuple(checks), kept


_VERDICTS: dict[tuple, bool] = {}     # (value shape, value) -> conforms; kept across batches


def _key(v) -> tuple:
    return (type(v).__name__, str(v), getattr(v, "datatype", None), getattr(v, "language", None))


def _conforming(vshape: URIRef, values: set, kept: Graph) -> None:
    """Decide, with pyshacl, whether each value not yet decided conforms to `vshape`."""
    import pyshacl

    todo = [v for v in values if (vshape, _key(v)) not in _VERDICTS]
    if not todo:
        return
    data, shapes = Graph(), Graph()
    shapes += kept
    probe = BNode()
    shapes.add((probe, URIRef(str(SH) + "targetSubjectsOf"), PROBE))
    shapes.add((probe, SH.path, PROBE))
    shapes.add((probe, SH.node, vshape))
    shapes.add((probe, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), SH.PropertyShape))
    for v in todo:
        data.add((BNode(), PROBE, v))
    _, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", allow_warnings=True)
    failing = {_key(report.value(r, SH.value)) for r in report.objects(None, SH.result)}
    if len(_VERDICTS) > 100_000:
        _VERDICTS.clear()
    for v in todo:
        _VERDICTS[(vshape, _key(v))] = _key(v) not in failing


def _focus_nodes(g: Graph, targets: tuple) -> set:
    from rdflib.namespace import RDF, RDFS

    out = set()
    for p, o in targets:
        if p == SH.targetClass:
            for c in g.transitive_subjects(RDFS.subClassOf, o):
                out.update(g.subjects(RDF.type, c))
        elif p == SH.targetNode:
            out.add(o)
        elif p == SH.targetSubjectsOf:
            out.update(g.subjects(o, None))
        elif p == SH.targetObjectsOf:
            out.update(g.objects(None, o))
    return out


def _value_results(g: Graph, checks: tuple[_ValueCheck, ...], kept: Graph) -> list[tuple]:
    """(focus, check) for each value node that fails its compiled value shape."""
    found = []
    for c in checks:
        pairs = [(f, v) for f in _focus_nodes(g, c.targets) for v in g.objects(f, c.path)]
        _conforming(c.value_shape, {v for _, v in pairs}, kept)
        found += [(f, c) for f, v in pairs if not _VERDICTS[(c.value_shape, _key(v))]]
    return found


# not data, never validated: reference data, what the code derives from the store (no shape
# targets the identity graph's sameAs and possible-match links, which can run to millions), and
# the build's bookkeeping
NOT_VALIDATED = ("/graph/ontology", "/graph/gazetteer", "/graph/identity", "/graph/validation",
                    "/graph/loading", "/graph/imports", "/graph/things", "/graph/descriptions")
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ARTICLE_ID = ONTOLOGY_NS + "articleId"
BATCH = 250       # article graphs validated together: bounds memory, and pyshacl slows on large graphs


def validate_quads(quads: Iterable[Quad], compiled: bool = False) -> Report:
    """Validate quads (of any graphs) as one data graph; each result names the label and
    the source article of its focus node, read from the same quads. `compiled` (the build's
    workers) runs the shapes compiled to Python checks (shacl_compiled: the same results, and no
    report graph), or, when they use SHACL those checks do not cover, pyshacl with value shapes
    checked once per distinct value."""
    import pyshacl

    if compiled:
        quads = list(quads)
        report = _validate_compiled(quads)
        if report is not None:
            return report
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
    shapes, checks, kept = compiled_shapes() if compiled else (validation_shapes(), (), None)
    _, results_graph, _ = pyshacl.validate(g, shacl_graph=shapes, inference="none",
                                           allow_warnings=True, abort_on_first=False)

    def sources_of(focus: str) -> tuple[str, ...]:
        return tuple(sorted(ids[g] for g in graphs_of.get(focus, ()) if g in ids))

    results = []
    for node in results_graph.objects(None, SH.result):
        focus = str(results_graph.value(node, SH.focusNode))
        results.append(_result(results_graph, node, labels.get(focus), sources_of(focus)))
    for focus, c in _value_results(g, checks, kept) if checks else ():
        sources = sources_of(str(focus))
        results.append(Result(severity=c.severity, focus=str(focus), label=labels.get(str(focus)),
                              path=str(c.path), message=c.message, shape=str(c.shape),
                              source=sources[0] if sources else None, sources=sources))
    return Report(conforms=not any(r.severity == "Violation" for r in results), results=results,
                  graph=results_graph)


def _validate_compiled(quads: list[Quad]) -> Report | None:
    """The report of the shapes compiled to Python checks (shacl_compiled), the same as
    pyshacl's; None when the shapes use SHACL those checks do not cover."""
    from . import shacl_compiled

    try:
        found = shacl_compiled.failures(quads)
    except shacl_compiled.Unsupported:
        return None
    labels: dict[str, str] = {}
    graphs_of: dict[str, set[str]] = {}
    ids: dict[str, str] = {}
    for q in quads:
        graph = q.graph_name.value if isinstance(q.graph_name, NamedNode) else ""
        graphs_of.setdefault(q.subject.value, set()).add(graph)
        if q.predicate.value == RDFS_LABEL:
            labels.setdefault(q.subject.value, q.object.value)
        elif q.predicate.value == ARTICLE_ID:
            ids[graph] = q.object.value
    results = []
    for focus, c in found:
        sources = tuple(sorted(ids[g] for g in graphs_of.get(focus.value, ()) if g in ids))
        results.append(Result(severity=c.severity, focus=focus.value, label=labels.get(focus.value),
                              path=c.path.value if c.path is not None else None, message=c.message,
                              shape=c.shape, source=sources[0] if sources else None, sources=sources))
    return Report(conforms=not any(r.severity == "Violation" for r in results), results=results, graph=Graph())


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
