"""Every saved query on a hand-made fixture, and parameter binding that cannot be injected."""
from __future__ import annotations

import csv
import io
import json

import pytest

from graph_builder import query as Q
from graph_builder.store import open_read
from conftest import mtkg

EXPECTED = {
    "people-positions": [
        {"person": "Lâm Dũng Liêm", "position": "Phó Chủ tịch",
         "organization": "Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng", "source": "fixture-1"}],
    "event-participants": [
        {"event": "Hội nghị tập huấn", "date": "--12-23", "person": "Lâm Dũng Liêm", "role": "attendee", "source": "fixture-1"},
        {"event": "Hội nghị tập huấn", "date": "--12-23", "person": "Lâm Dũng Liêm", "role": "presenter", "source": "fixture-1"}],
    "events": [
        {"event": "Hội nghị tập huấn", "kind": "training", "date": "--12-23",
         "organizer": "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng", "locality": "tỉnh Sóc Trăng",
         "attendance": "150", "source": "fixture-1"}],
    "directives": [
        {"directive": "Hướng dẫn 84", "type": "Hướng dẫn", "number": "84", "symbol": "", "date": "", "issuer": "", "source": "fixture-1"},
        {"directive": "Kế hoạch 179", "type": "Kế hoạch", "number": "179", "symbol": "", "date": "", "issuer": "", "source": "fixture-1"},
        {"directive": "Đề án 15", "type": "Đề án", "number": "15", "symbol": "15/ĐA-MTTW-BTT", "date": "2017-08-18",
         "issuer": "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "source": "fixture-1"}],
    "event-directives": [{"event": "Hội nghị tập huấn", "directive": "Đề án 15", "source": "fixture-1"}],
    "locality-directives": [
        {"locality": "tỉnh Sóc Trăng", "directive": "Hướng dẫn 84", "kind": "issued_plan", "via": "Kế hoạch 179", "source": "fixture-1"},
        {"locality": "tỉnh Sóc Trăng", "directive": "Đề án 15", "kind": "disseminated", "via": "", "source": "fixture-1"}],
}


def run_csv(store_path, name, **params):
    out = Q.render(Q.run_saved(open_read(store_path), Q.get(name), params), "csv")
    return list(csv.DictReader(io.StringIO(out)))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_saved_query_returns_expected_rows(fixture_store, name):
    rows = run_csv(fixture_store, name)
    key = lambda r: sorted(r.items())
    assert sorted(rows, key=key) == sorted(EXPECTED[name], key=key)


def test_every_saved_query_has_header_and_expected_columns():
    queries = Q.saved()
    assert set(EXPECTED) <= set(queries)
    for name, q in queries.items():
        assert q.summary and q.description, name
    assert "source" in queries["events"].optional
    assert queries["locality-directives"].optional == ["source", "locality", "directive"]


def test_optional_parameter_filters(fixture_store):
    assert len(run_csv(fixture_store, "locality-directives", directive="hướng dẫn")) == 1
    assert run_csv(fixture_store, "events", source="fixture-1")[0]["kind"] == "training"
    assert run_csv(fixture_store, "events", source="other") == []


@pytest.mark.parametrize("hostile", [
    'x" ) } UNION { ?a ?b ?c } #',
    'fixture-1" || true) }',
    "}",
    'fixture-1"} ; DROP ALL ; SELECT * WHERE {',
    "<http://x> } UNION { ?s ?p ?o",
])
def test_parameter_values_cannot_change_the_query(fixture_store, hostile):
    rows = run_csv(fixture_store, "events", source=hostile)
    assert rows == []          # a hostile value is just a string that matches nothing
    assert len(run_csv(fixture_store, "events")) == 1  # and the store is intact


def test_unknown_and_malformed_parameters_are_errors(fixture_store):
    with pytest.raises(Q.QueryError, match="no parameter"):
        Q.bind(Q.get("events"), {"nope": "x"})
    with pytest.raises(Q.QueryError, match="no saved query"):
        Q.get("../etc/passwd")
    with pytest.raises(Q.QueryError, match="valid IRI"):
        Q.term("<not an iri>")


def test_cli_query_formats(fixture_store):
    done = mtkg("query", "events", "--store", str(fixture_store), "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["head"]["vars"] == ["event", "kind", "date", "organizer", "locality", "attendance", "source"]
    assert data["results"]["bindings"][0]["attendance"]["value"] == "150"
    table = mtkg("query", "people-positions", "--store", str(fixture_store))
    assert "Lâm Dũng Liêm" in table.stdout and "(1 row)" in table.stdout
    tsv = mtkg("query", "events", "--store", str(fixture_store), "--format", "tsv")
    assert tsv.stdout.splitlines()[0].split("\t")[0] == "event"
    bad = mtkg("query", "events", "--store", str(fixture_store), "--param", "bogus")
    assert bad.returncode == 2 and "NAME=VALUE" in bad.stderr


def test_cli_sparql_adhoc(fixture_store):
    done = mtkg("sparql", "SELECT (COUNT(?p) AS ?n) WHERE { ?p a mtkg:Person }", "--store", str(fixture_store),
                "--format", "csv")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["n", "1"]
    bad = mtkg("sparql", "SELECT WHERE {", "--store", str(fixture_store))
    assert bad.returncode == 2 and "syntax" in bad.stderr.lower()
    missing = mtkg("sparql", "SELECT * WHERE {?s ?p ?o}", "--store", "/nonexistent/store")
    assert missing.returncode == 2 and "no mtkg store" in missing.stderr


@pytest.fixture(scope="module")
def samples_store(tmp_path_factory):
    """The bundled articles and curated tables that describe two of them again, built as `mtkg
    build` does."""
    from graph_builder.build import build
    from conftest import ROOT
    path = tmp_path_factory.mktemp("samples") / "store"
    build([ROOT / "data" / "articles", ROOT / "tests" / "fixtures" / "curated" / "samples"], path, progress=False, jobs=1)
    return path


def test_a_source_lookup_runs_on_that_articles_graphs_and_returns_the_same_rows(samples_store):
    store = open_read(samples_store)
    sources = [r["source"].value for r in store.query(
        "SELECT DISTINCT ?source WHERE { ?a mtkg:articleId ?source }", use_default_graph_as_union=True,
        prefixes=Q.PREFIXES)]
    assert len(sources) == 5
    # the curated table describes two of the articles again, in graphs of its own
    assert sum(len(Q.source_graphs(store, s)) == 2 + len(Q.shared_graphs()) for s in sources) == 2
    with_source = [q for q in Q.saved().values() if "source" in q.params]
    assert len(with_source) >= 6
    found = 0
    for q in with_source:
        for source in sources:
            graphs = Q.scope(store, q, {"source": source})
            assert graphs is not None and len(graphs) < len(list(store.named_graphs()))
            scoped = [[c.value if c else "" for c in row] for row in Q.run_saved(store, q, {"source": source})]
            whole = [[c.value if c else "" for c in row] for row in Q.run(store, Q.bind(q, {"source": source}))]
            assert scoped == whole, (q.name, source)
            found += len(scoped)
    assert found > 50
    assert Q.scope(store, Q.get("events"), {}) is None          # no source: the whole store
    assert list(Q.run_saved(store, Q.get("events"), {"source": "no-such-article"})) == []
