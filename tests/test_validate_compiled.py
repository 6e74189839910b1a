"""The shapes compiled to Python checks (graph_builder/shacl_compiled.py) report what pyshacl
reports: on every shape fixture of tests/test_shapes.py, on articles extracted from the real
corpus and the dev set, and, when the shapes use SHACL the checks do not cover, the build falls
back to pyshacl."""
from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import Quad
from rdflib import BNode, Graph, Literal
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH

from graph_builder import shacl_compiled as C
from graph_builder import validate as V
from test_shapes import CASES, FIXTURES, MTKGSH, _as_quads, _report_key, patched

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def valid() -> Graph:
    return Graph().parse(FIXTURES / "valid.ttl", format="turtle")


def test_the_shapes_compile_whole():
    """Every targeted shape with a constraint is a check, the nested date shape too (no pyshacl)."""
    checks = C.compile_shapes()
    run, value_checks, _ = V.compiled_shapes()
    constrained = {s for s in set(run.subjects(RDF.type, SH.PropertyShape)) | set(run.subjects(RDF.type, SH.NodeShape))
                   if any(run.objects(s, t) for t in V.TARGETS)
                   and any(p in C._COMPONENTS for p in run.predicates(s))}
    assert {c.shape for c in checks if c.value_shape is None} == {str(s) for s in constrained}
    dated = [c for c in checks if c.value_shape is not None]
    assert len(dated) == len(value_checks) == 6 and all(c.value_rule is not None for c in dated)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_every_fixture_gets_pyshacls_report(valid, case):
    quads = _as_quads(patched(valid, case.patch))
    compiled = V._validate_compiled(quads)
    assert compiled is not None                         # compiled, not handed back to pyshacl
    plain = V.validate_quads(quads)
    assert _report_key(compiled) == _report_key(plain)
    assert compiled.conforms == plain.conforms


def _built(folder: Path, limit: int) -> list[Quad]:
    """A worker's batch: the quads of extracted articles, facts and descriptions."""
    from graph_builder.extract import extract
    from graph_builder.read import read_file
    from graph_builder.triples import article_parts
    from graph_builder.vocab import article_iri
    out: list[Quad] = []
    for path in sorted(folder.glob("*.txt"))[:limit]:
        article = next(read_file(path))
        g = article_iri(article.id)
        quads, description = article_parts(extract(article), g)
        out += quads + [Quad(t.subject, t.predicate, t.object, g) for t in description]
    return out


@pytest.mark.parametrize("folder,limit", [
    (ROOT.parent / "shared" / "eval" / "dev" / "articles", 20),
    (ROOT / "tests" / "corpus" / "train" / "articles", 120),
])
def test_built_articles_get_pyshacls_report(folder, limit):
    if not folder.is_dir():
        pytest.skip(f"{folder} not here")
    quads = _built(folder, limit)
    compiled = V._validate_compiled(quads)
    plain = V.validate_quads(quads)
    assert compiled is not None and plain.results          # real text leaves warnings to compare
    assert _report_key(compiled) == _report_key(plain)


def test_the_date_shape_is_read_as_pyshacl_reads_it():
    """Each branch of mtkgsh:DateValue's sh:or: its datatype and, for the partial dates, the
    lexical pattern; a date rdflib cannot read (ill-typed) fails."""
    from pyoxigraph import Literal as OxLiteral, NamedNode
    rule = next(c.value_rule for c in C.compile_shapes() if c.value_shape is not None)
    idx = C._Index([])
    xsd = "http://www.w3.org/2001/XMLSchema#"

    def ok(value, dtype):
        return C._conforms(idx, OxLiteral(value, datatype=NamedNode(xsd + dtype)), rule)
    assert ok("2023-05-01", "date") and ok("2023-05", "gYearMonth") and ok("2023", "gYear")
    assert ok("--05-01", "gMonthDay")
    assert not ok("2023-13-45", "date") and not ok("2023-13", "gYearMonth") and not ok("23", "gYear")
    assert not ok("2023-05-01", "string") and not ok("--5-1", "gMonthDay")


@pytest.mark.parametrize("extra", [
    # SHACL the checks do not cover: a qualified value shape, a path that is not a predicate
    lambda g: [(MTKGSH["Event-organizer"], SH.qualifiedMinCount, Literal(1))],
    lambda g: [(MTKGSH["Event-organizer"], SH.path, BNode())],
])
def test_shapes_the_checks_do_not_cover_are_refused(extra):
    shapes = Graph()
    shapes += V.validation_shapes()
    for t in extra(shapes):
        shapes.add(t)
    with pytest.raises(C.Unsupported):
        C.compile_graph(shapes, (), Graph())


def test_a_value_shape_that_says_more_is_left_to_pyshacl():
    _, _, kept = V.compiled_shapes()
    g = Graph()
    g += kept
    assert C._value_shape(g, MTKGSH.DateValue) is not None
    lst = BNode()
    Collection(g, lst, [BNode()])
    g.add((MTKGSH.DateValue, SH.xone, lst))
    assert C._value_shape(g, MTKGSH.DateValue) is None


def test_the_build_falls_back_to_pyshacl(valid, monkeypatch):
    """Shapes the checks cannot run: the report is pyshacl's, as before."""
    case = next(c for c in CASES if c.id == "event-date-ill-formed")
    quads = _as_quads(patched(valid, case.patch))
    expected = _report_key(V.validate_quads(quads))

    def refuse():
        raise C.Unsupported("test")
    monkeypatch.setattr(C, "compile_shapes", refuse)
    assert V._validate_compiled(quads) is None
    assert _report_key(V.validate_quads(quads, compiled=True)) == expected
