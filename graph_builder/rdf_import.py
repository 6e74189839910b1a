"""RDF files (Turtle, N-Triples, N-Quads, TriG, JSON-LD) merged into the store, each file as
its own named graph; a syntax error names the file, line and column and writes nothing. A
dataset may name other graphs, but none under mtkg's base IRI other than the file's own: the
ontology, article, identity and bookkeeping graphs are mtkg's to write."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, parse

from .vocab import base_iri

FORMATS = {".ttl": RdfFormat.TURTLE, ".nt": RdfFormat.N_TRIPLES, ".nq": RdfFormat.N_QUADS,
           ".trig": RdfFormat.TRIG, ".jsonld": RdfFormat.JSON_LD}


class RdfImportError(Exception):
    pass


def import_graph(path: Path, base: str | None = None) -> NamedNode:
    return NamedNode(f"{base or base_iri()}import/{quote(path.name, safe='')}")


def read_rdf(path: Path, base: str | None = None) -> tuple[NamedNode, list[Quad]]:
    """All quads of the file: triples of its default graph go into the file's own graph;
    a dataset format keeps its named graphs."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise RdfImportError(f"{path}: not an RDF file ({', '.join(FORMATS)})")
    graph = import_graph(path, base)
    try:
        with path.open("rb") as f:
            quads = [Quad(q.subject, q.predicate, q.object,
                          graph if isinstance(q.graph_name, DefaultGraph) else q.graph_name)
                     for q in parse(f, format=fmt, base_iri=path.resolve().as_uri())]
    except SyntaxError as e:
        raise RdfImportError(f"{path}: {e}") from e
    except OSError as e:
        raise RdfImportError(f"{path}: cannot read: {e.strerror or e}") from e
    ours = base or base_iri()
    for q in quads:
        g = q.graph_name
        if g != graph and isinstance(g, NamedNode) and g.value.startswith(ours):
            raise RdfImportError(f"{path}: writes into <{g.value}>, one of mtkg's own graphs; a file may "
                                 f"name graphs outside {ours} (or none: its own graph)")
    return graph, quads
