"""SHACL validation of the store with the shapes in shapes/, and readable reports.

pyshacl runs on an rdflib copy of the union of the data graphs: measured on the 20 dev
articles, pyshacl reading the pyoxigraph store directly took 52 s where the copy takes under
a second. RDFS inference stays off (5x slower, and the data types every node with its
explicit mtkg class)."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from functools import lru_cache

from pyoxigraph import BlankNode, NamedNode, Store
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
    source: str | None     # the article the focus node came from


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
    g = Graph()
    for f in sorted(SHAPES.glob("*.ttl")):
        g.parse(f, format="turtle")
    return g


def validate(store: Store) -> Report:
    import pyshacl

    _, results_graph, _ = pyshacl.validate(
        data_graph(store), shacl_graph=shapes_graph(), inference="none", allow_warnings=True,
        abort_on_first=False)
    results = [_result(results_graph, node, store) for node in results_graph.objects(None, SH.result)]
    return Report(conforms=not any(r.severity == "Violation" for r in results), results=results,
                  graph=results_graph)


def _term(t):
    if isinstance(t, NamedNode):
        return URIRef(t.value)
    if isinstance(t, BlankNode):
        return BNode(t.value)
    if t.language:
        return Literal(t.value, lang=t.language)
    return Literal(t.value, datatype=URIRef(t.datatype.value))


def data_graph(store: Store) -> Graph:
    """The union of the store's data graphs (not the ontology or gazetteer) as an rdflib Graph."""
    g = Graph()
    for q in store:
        # the ontology and the whole gazetteer are reference data; the units an article links
        # to are described again in its own graph and validated there
        if not (isinstance(q.graph_name, NamedNode)
                and q.graph_name.value.endswith(("/graph/ontology", "/graph/gazetteer"))):
            g.add((_term(q.subject), _term(q.predicate), _term(q.object)))
    return g


def _result(g: Graph, node, store: Store) -> Result:
    focus = g.value(node, SH.focusNode)
    severity = str(g.value(node, SH.resultSeverity) or SH.Violation).rsplit("#", 1)[-1]
    path = g.value(node, SH.resultPath)
    shape = g.value(node, SH.sourceShape)
    message = "; ".join(str(m) for m in g.objects(node, SH.resultMessage)) or "constraint not met"
    label, source = _describe(store, str(focus)) if focus is not None else (None, None)
    return Result(severity=severity, focus=str(focus), label=label, path=str(path) if path else None,
                  message=message, shape=str(shape) if shape else None, source=source)


def _describe(store: Store, iri: str) -> tuple[str | None, str | None]:
    if not iri.startswith(("http://", "https://")):
        return None, None
    try:
        node = NamedNode(iri)
    except ValueError:
        return None, None
    q = f"""SELECT ?label ?source WHERE {{
      VALUES ?node {{ {node} }}
      GRAPH ?g {{ ?node ?p ?o }}
      OPTIONAL {{ ?node <http://www.w3.org/2000/01/rdf-schema#label> ?label }}
      OPTIONAL {{ ?g <{ONTOLOGY_NS}articleId> ?source }}
    }} LIMIT 1"""
    for row in store.query(q, use_default_graph_as_union=True):
        label, source = row["label"], row["source"]
        return (label.value if label else None, source.value if source else None)
    return None, None
