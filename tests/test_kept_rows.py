"""Broad lookups answered from a kept listing's table (kept_rows.py, `mtkg build
--keep-listings`): the rows and order the store computes for every kept lookup, as SPARQL terms
too, in pages; the whole listing written from the same rows; through the CLI and the HTTP API;
and nothing served for a store that changed since."""
from __future__ import annotations

import csv
import io
import json
import sqlite3
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter

import pytest

from conftest import ROOT, SAMPLES, mtkg
from graph_builder import kept_rows as K, query as Q, results_cache as rc
from graph_builder.build import build
from graph_builder.store import open_read

CASES = [(q.name, l.param) for q in Q.saved().values() for l in K.kept(q)]
PREFIXES = {"mtkg": "https://w3id.org/mtkg/ontology#"}


@pytest.fixture(scope="module")
def kept(corpus_store):
    done = dict(rc.keep_listings(corpus_store, Q.saved().values()))
    assert {name for name, _param in CASES} <= set(done)
    return corpus_store


def _names(store, kind: str) -> list[str]:
    """Names a user would look up: every event kind by code and by a Vietnamese label, the
    directives the articles name, the units that acted and the units above them."""
    if kind == "event-kind":
        return ["training", "conference", "meeting", "other", "tập huấn", "Hội nghị"]
    text = {"directive": "SELECT DISTINCT ?n WHERE { ?x a mtkg:Directive ; mtkg:name ?n }",
            "locality": "SELECT DISTINCT ?n WHERE { ?i mtkg:implementingLocality/mtkg:partOf? ?u . ?u mtkg:name ?n }"}
    found = sorted({r["n"].value for r in store.query(text[kind], prefixes=PREFIXES, use_default_graph_as_union=True)})
    return found[:: max(1, len(found) // 30)]


def _cells(rows) -> list[list[str]]:
    return [["" if v is None else v for v in r] for r in rows]


def _order(q: Q.SavedQuery, columns: list[str], rows: list[list[str]]) -> list[tuple]:
    """Each row's ORDER BY key: rows with the same key may come in either order."""
    keys = [columns.index(v[1:]) for v in K._ORDER.search(q.text).group(1).split()]
    return [tuple(r[i] for i in keys) for r in rows]


def _compare(kept, name: str, param: str, extra: tuple[str, ...] = ()) -> int:
    """Each name of a sample (and `extra`): the kept table's rows, order and terms are the
    store's. How many names had rows."""
    store, q = open_read(kept), Q.get(name)
    lookup = next(l for l in q.lookups if l.param == param)
    hits = 0
    for n in [*_names(store, lookup.kind), *extra]:
        try:
            columns, want = Q.rows(Q.run_saved(store, q, {param: n}))
        except Q.NameNotFound as e:
            with pytest.raises(Q.NameNotFound, match=str(e)[:40]):
                K.answer(store, kept, q, {param: n})
            continue
        got = K.answer(store, kept, q, {param: n})
        assert got is not None and got.variables == columns, n
        got_rows = _cells(got)
        assert Counter(map(tuple, got_rows)) == Counter(map(tuple, want)), n
        assert _order(q, columns, got_rows) == _order(q, columns, want), n
        computed = json.loads(Q.render(Q.run_saved(store, q, {param: n}), "json"))["results"]["bindings"]
        assert sorted(map(json.dumps, got.bindings())) == sorted(map(json.dumps, computed)), n
        hits += bool(want)
    return hits


@pytest.mark.parametrize("name,param", CASES)
def test_a_kept_lookup_returns_the_rows_the_store_computes(kept, name, param):
    assert _compare(kept, name, param) >= 3


def test_a_kept_lookup_of_a_document_known_by_several_nodes(tmp_path):
    """The identity graph makes several nodes one document: the listing has a row for each
    node asked, which a lookup and the whole listing show once, as the store does."""
    store = tmp_path / "store"
    assert mtkg("build", str(ROOT / "tests" / "fixtures" / "multi" / "articles"), "--store", str(store),
                "--quiet", "--keep-listings").returncode in (0, 1)
    s = open_read(store)
    group = [r["a"].value for r in s.query("SELECT ?a WHERE { ?a owl:sameAs ?b ; a mtkg:Directive }",
                                         prefixes={**PREFIXES, "owl": "http://www.w3.org/2002/07/owl#"},
                                         use_default_graph_as_union=True)]
    assert group
    for name in ("directive-implementers", "locality-directives", "directives", "event-directives"):
        assert _compare(store, name, "directive", tuple(f"<{iri}>" for iri in group)) >= 1, name
    with sqlite3.connect(next(rc.folder(store).glob("*-directive-implementers-*.rows.sqlite"))) as db:
        copies = db.execute("SELECT COUNT(*) - COUNT(DISTINCT c0 || c1 || c2 || c3 || c4 || c5 || c6) FROM rows").fetchone()[0]
    assert copies > 0           # the table does hold one row per node: the lookup made them one
    for name in ("locality-directives", "directives"):
        served, fresh = (mtkg("query", name, "--store", str(store), "--format", "csv", *x).stdout for x in ((), ("--fresh",)))
        assert sorted(served.splitlines()) == sorted(fresh.splitlines()) and len(fresh.splitlines()) > 1


def test_two_kept_lookups_together_return_the_rows_of_both(kept):
    store, q = open_read(kept), Q.get("locality-directives")
    both = 0
    for row in Q.rows(Q.run_saved(store, q, {}))[1][:40]:
        locality, directive = row[0].split(",")[0], row[1]
        if not locality:
            continue
        params = {"locality": locality, "directive": directive}
        want = Q.rows(Q.run_saved(store, q, params))[1]
        assert sorted(_cells(K.answer(store, kept, q, params))) == sorted(want) and want
        both += 1
    assert both >= 3


def test_pages_of_a_kept_lookup_are_its_rows_in_order(kept):
    store, q = open_read(kept), Q.get("events")
    whole = _cells(K.answer(store, kept, q, {"kind": "training"}))
    assert len(whole) > 20
    pages = [_cells(K.answer(store, kept, q, {"kind": "training"}, limit=7, offset=o)) for o in range(0, len(whole), 7)]
    assert all(len(p) == 7 for p in pages[:-1]) and sum(pages, []) == whole
    assert len(K.answer(store, kept, q, {"kind": "training"}, limit=0)) == 0


@pytest.mark.parametrize("name", sorted({n for n, _p in CASES} - {"directive-implementers"}))
def test_the_whole_listing_written_with_the_table_is_the_computed_one(kept, name):
    q = Q.get(name)
    served = mtkg("query", name, "--store", str(kept), "--format", "csv")
    fresh = mtkg("query", name, "--store", str(kept), "--format", "csv", "--fresh")
    assert served.returncode == fresh.returncode == 0
    got, want = (list(csv.reader(io.StringIO(d.stdout))) for d in (served, fresh))
    assert got[0] == want[0] and len(want) > 1
    assert Counter(map(tuple, got[1:])) == Counter(map(tuple, want[1:]))
    assert _order(q, want[0], got[1:]) == _order(q, want[0], want[1:])


def _mark(store, name: str) -> None:
    """Write a marker into every row of a kept table: what shows it was served from there."""
    (table,) = rc.folder(store).glob(f"*-{name}-*.rows.sqlite")
    with sqlite3.connect(table) as db:
        db.execute("UPDATE rows SET c0 = 'marker', line = 'marker' || substr(line, instr(line, ','))")


def test_the_cli_and_the_api_answer_from_the_table_until_the_store_changes(tmp_path):
    first, *rest = sorted(SAMPLES.glob("*.txt"))
    store = tmp_path / "store"
    build(rest, store, progress=False, jobs=1, check=False)
    assert mtkg("build", str(SAMPLES), "--store", str(store), "--quiet", "--keep-listings").returncode in (0, 1)
    _mark(store, "events")
    lookup = ["query", "events", "--param", "kind=training", "--store", str(store), "--format", "csv"]
    assert "marker" in mtkg(*lookup).stdout
    assert "marker" not in mtkg(*lookup, "--fresh").stdout and "training" in mtkg(*lookup, "--fresh").stdout
    from graph_builder.serve import make_server
    server = make_server(store, port=0, quiet=True, workers=1)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = server.url + "api/events?" + urllib.parse.urlencode({"kind": "tập huấn", "format": "json"})
        with urllib.request.urlopen(url, timeout=30) as r:
            body = json.loads(r.read())
        assert {b["event"]["value"] for b in body["results"]["bindings"]} == {"marker"}
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(server.url + "api/events?kind=picnic", timeout=30)
        assert e.value.code == 404 and "no event-kind 'picnic'" in e.value.read().decode("utf-8")
    finally:
        server.close()
    # a damaged table is left to the store
    (table,) = rc.folder(store).glob("*-events-*.rows.sqlite")
    table.write_bytes(b"not a table" * 100)
    assert mtkg(*lookup).stdout == mtkg(*lookup, "--fresh").stdout
    # another article built in: the table belongs to the old state and is not read
    build([first], store, progress=False, jobs=1, check=False)
    again = mtkg(*lookup).stdout
    assert "marker" not in again and again == mtkg(*lookup, "--fresh").stdout
    rc.keep_listings(store, Q.saved().values())
    states = {f.name.split("-")[0] for f in rc.folder(store).glob("*.rows.sqlite")}
    assert states == {rc.state(store)}


def test_a_lookup_the_table_answered_is_not_kept_again_as_a_file(tmp_path):
    # (`worth=0`: anything computed would be kept, however fast)
    store = tmp_path / "store"
    assert mtkg("build", str(SAMPLES), "--store", str(store), "--quiet", "--keep-listings").returncode in (0, 1)
    q = Q.saved()["events"]
    before = set(rc.folder(store).glob("*.csv"))
    out = io.StringIO()
    assert rc.write_saved_csv(store, q, {"kind": "training"}, out, worth=0) is False
    assert "training" in out.getvalue() and set(rc.folder(store).glob("*.csv")) == before
    # … but a lookup the store computed is kept
    (table,) = rc.folder(store).glob("*-events-*.rows.sqlite")
    table.unlink()
    assert rc.write_saved_csv(store, q, {"kind": "training"}, io.StringIO(), worth=0) is False
    assert len(set(rc.folder(store).glob("*.csv")) - before) == 1


def test_a_distinct_listing_shows_each_row_once_whatever_nodes_it_was_kept_with(kept, tmp_path):
    """Many directives share a document type: the table keeps a row per directive, the listing
    and a lookup of several documents show each type once, as DISTINCT does."""
    path = tmp_path / "document-types.rq"
    path.write_text('#+ summary: Document types\n#+ lookups:\n#+   directive:\n#+     variable: d\n'
                    '#+     kept: true\nPREFIX mtkg: <https://w3id.org/mtkg/ontology#>\n'
                    'SELECT DISTINCT ?type WHERE {\n  ?d mtkg:documentType ?t .\n'
                    '  BIND(STRAFTER(STR(?t), "/document-type/") AS ?type)\n'
                    '  FILTER(COALESCE(STR(?__directive), "*") IN ("*", STR(?d)))\n}\nORDER BY ?type\n',
                    encoding="utf-8")
    q, store = Q.load(path), open_read(kept)
    out = io.StringIO()
    assert K.keep(store, kept, rc.state(kept), q, out) > 10     # a row per directive
    listing = list(csv.reader(io.StringIO(out.getvalue())))
    assert listing == [["type"]] + [[r[0]] for r in Q.rows(Q.run_saved(store, q, {}))[1]] and len(listing) > 2
    # a name several directives share ("Kế hoạch" with their numbers left out) is one row a type
    names = Counter(r["n"].value for r in store.query("SELECT ?n WHERE { ?x mtkg:documentType ?t ; mtkg:name ?n }",
                                                      prefixes=PREFIXES, use_default_graph_as_union=True))
    word = next(n.split()[0] for n in names if len(n.split()) > 1)
    got = K.answer(store, kept, q, {"directive": word})
    assert got is not None and sorted(_cells(got)) == sorted(Q.rows(Q.run_saved(store, q, {"directive": word}))[1])
    assert len(_cells(got)) == len({tuple(r) for r in _cells(got)})


def test_the_api_cuts_a_kept_lookup_at_its_row_cap(kept):
    from graph_builder.serve import make_server
    whole = K.answer(open_read(kept), kept, Q.get("events"), {"kind": "training"})
    assert len(whole) > 5
    server = make_server(kept, port=0, quiet=True, workers=1, max_rows=5)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        for query, want in (("kind=training&format=csv", 5), ("kind=training&format=csv&limit=3&offset=2", 3)):
            with urllib.request.urlopen(server.url + "api/events?" + query, timeout=30) as r:
                got = list(csv.reader(io.StringIO(r.read().decode("utf-8"))))[1:]
                assert r.headers.get("X-MTKG-Truncated") == ("true" if want == 5 else "false"), query
            offset = 2 if "offset" in query else 0
            assert got == _cells(whole)[offset:offset + want], query
    finally:
        server.close()


def test_a_grouped_listing_keeps_rows_that_read_alike(kept, tmp_path):
    """Grouped rows are not DISTINCT: a row per event showing only its kind has many alike, and
    the listing and a lookup keep every one of them, as the store does."""
    path = tmp_path / "event-kinds.rq"
    path.write_text('#+ summary: Kinds of events\n#+ lookups:\n#+   kind:\n#+     variable: k\n'
                    '#+     kind: event-kind\n#+     kept: true\nPREFIX mtkg: <https://w3id.org/mtkg/ontology#>\n'
                    'SELECT ?kind WHERE {\n  GRAPH ?g { ?e a mtkg:Event ; mtkg:eventKind ?k }\n'
                    '  BIND(STRAFTER(STR(?k), "/event-kind/") AS ?kind)\n'
                    '  FILTER(COALESCE(STR(?__kind), "*") IN ("*", STR(?k)))\n}\nGROUP BY ?e ?kind\n'
                    'ORDER BY ?kind\n', encoding="utf-8")
    q, store = Q.load(path), open_read(kept)
    out = io.StringIO()
    K.keep(store, kept, rc.state(kept), q, out)
    want = Q.rows(Q.run_saved(store, q, {}))[1]
    got = list(csv.reader(io.StringIO(out.getvalue())))[1:]
    assert sorted(got) == sorted(want) and len(want) > len(set(map(tuple, want)))     # rows alike, all kept
    for kind in ("training", "tập huấn", "conference"):
        want = Q.rows(Q.run_saved(store, q, {"kind": kind}))[1]
        assert sorted(_cells(K.answer(store, kept, q, {"kind": kind}))) == sorted(want) and want, kind


@pytest.mark.parametrize("name,param", CASES)
def test_the_apis_csv_of_a_kept_lookup_is_what_pyoxigraph_writes(kept, name, param):
    from graph_builder.serve import results as R
    store, q = open_read(kept), Q.get(name)
    lookup = next(l for l in q.lookups if l.param == param)
    shown = lined = 0
    for n in _names(store, lookup.kind):
        try:
            found = K.answer(store, kept, q, {param: n})
        except Q.NameNotFound:
            continue
        assert found.csv_text("\r\n").encode("utf-8") == R.bindings(found.variables, found.bindings(), "text/csv")
        lines = K.answer(store, kept, q, {param: n}, lines=True)
        assert lines.csv_text() == found.csv_text()
        if lines.lines_only:        # one node: only the lines were read (several: every cell, for DISTINCT)
            with pytest.raises(TypeError):
                list(lines)
        lined += lines.lines_only
        shown += len(found)
    assert shown and lined


def test_keeping_listings_again_makes_a_missing_table_though_the_listing_was_kept(tmp_path):
    store = tmp_path / "store"
    build([SAMPLES], store, progress=False, jobs=1, check=False)
    rc.keep_listings(store, Q.saved().values())
    tables = sorted(rc.folder(store).glob("*.rows.sqlite"))
    assert tables
    (events,) = [t for t in tables if "-events-" in t.name]     # a listing kept as CSV too
    events.unlink()
    rc.keep_listings(store, Q.saved().values())
    assert sorted(rc.folder(store).glob("*.rows.sqlite")) == tables
