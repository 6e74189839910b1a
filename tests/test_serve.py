"""`mtkg serve` on the bundled sample articles: the SPARQL protocol and every result format
(parsed by real parsers), what a read-only server refuses, the row cap, the time limit, the
saved-query API with hostile parameters, the OpenAPI description, and the page in headless
Chromium (a saved query run from the list, and no request leaving the server)."""
from __future__ import annotations

import csv
import io
import json
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import quote, urlencode
from urllib.request import Request, urlopen

import pytest
import rdflib
from pyoxigraph import Literal, QueryResultsFormat, parse_query_results

from cdp import Browser, needs_chromium
from conftest import ROOT, SAMPLES
from graph_builder import query as Q
from graph_builder.serve import results as R
from graph_builder.build import build
from graph_builder.serve import make_server
from graph_builder.store import open_read

ARTICLE_IDS = sorted(p.stem for p in SAMPLES.glob("*.txt"))
SOURCES = "SELECT ?source WHERE { ?g mtkg:articleId ?source } ORDER BY ?source"
SOURCES_GRAPH = "CONSTRUCT { ?g mtkg:articleId ?source } WHERE { ?g mtkg:articleId ?source }"
MAX_ROWS = 100
RESULTS_NS = "{http://www.w3.org/2005/sparql-results#}"


def build_samples(path: Path, paths=None) -> Path:
    report = build(paths or [SAMPLES], path, check=False, progress=False)
    assert not report.refused and not report.skipped, report.as_text()
    return path


def start(store: Path, **options):
    server = make_server(store, port=0, quiet=True, **options)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return build_samples(tmp_path_factory.mktemp("serve") / "store")


@pytest.fixture(scope="module")
def server(store):
    s = start(store, timeout=20, max_rows=MAX_ROWS, workers=2)
    yield s
    s.close()


def fetch(url: str, data: bytes | dict | str | None = None, headers: dict | None = None,
          content_type: str | None = None):
    """(status, headers, body) of a request; errors are answers too."""
    if isinstance(data, dict):
        data, content_type = urlencode(data).encode(), content_type or "application/x-www-form-urlencoded"
    elif isinstance(data, str):
        data = data.encode()
    req = Request(url, data=data, headers=dict(headers or {}))
    if content_type:
        req.add_header("Content-Type", content_type)
    try:
        with urlopen(req, timeout=60) as r:
            return r.status, r.headers, r.read()
    except HTTPError as e:
        return e.code, e.headers, e.read()


def get(server, path: str, **params):
    return fetch(server.url + path + ("?" + urlencode(params) if params else ""))


def sources_from_json(body: bytes) -> list[str]:
    doc = json.loads(body)
    return [b["source"]["value"] for b in doc["results"]["bindings"]]


# -- the protocol ---------------------------------------------------------------------------

def test_get_post_form_and_post_query_give_the_same_answer(server):
    via_get = get(server, "sparql", query=SOURCES)
    via_form = fetch(server.url + "sparql", {"query": SOURCES})
    via_body = fetch(server.url + "sparql", SOURCES, content_type="application/sparql-query")
    for status, headers, body in (via_get, via_form, via_body):
        assert status == 200, body
        assert headers["Content-Type"].startswith("application/sparql-results+json")
        assert headers["X-MTKG-Truncated"] == "false"
        assert sources_from_json(body) == ARTICLE_IDS


def test_default_graph_is_the_union_of_the_articles_graphs(server, store):
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?e a mtkg:Event }"
    status, _, body = get(server, "sparql", query=text)
    direct = list(Q.run(open_read(store), text))[0]["n"].value
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == direct != "0"


def parse_solutions(media: str, body: bytes) -> list[str]:
    text = body.decode("utf-8")
    if media == "application/sparql-results+json":
        return sources_from_json(body)
    if media == "application/sparql-results+xml":
        root = ET.fromstring(body)
        return [b.find(f"{RESULTS_NS}literal").text
                for b in root.iter(f"{RESULTS_NS}binding") if b.get("name") == "source"]
    if media == "text/csv":
        return [r["source"] for r in csv.DictReader(io.StringIO(text))]
    assert media == "text/tab-separated-values"
    return [s["source"].value for s in parse_query_results(body, format=QueryResultsFormat.TSV)]


@pytest.mark.parametrize("media", list(R.SOLUTION_TYPES))
def test_each_select_format_by_accept_header(server, media):
    status, headers, body = fetch(server.url + "sparql?" + urlencode({"query": SOURCES}),
                                  headers={"Accept": f"text/html;q=0.1, {media}"})
    assert status == 200, body
    assert headers["Content-Type"].split(";")[0] == media
    assert parse_solutions(media, body) == ARTICLE_IDS


@pytest.mark.parametrize("fmt,media", [("json", "application/sparql-results+json"), ("xml", "application/sparql-results+xml"),
                                       ("csv", "text/csv"), ("tsv", "text/tab-separated-values")])
def test_format_parameter_overrides_accept(server, fmt, media):
    status, headers, body = fetch(server.url + "sparql?" + urlencode({"query": SOURCES, "format": fmt}),
                                  headers={"Accept": "application/sparql-results+xml"})
    assert status == 200 and headers["Content-Type"].split(";")[0] == media
    assert parse_solutions(media, body) == ARTICLE_IDS


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # rdflib's JSON-LD parser
@pytest.mark.parametrize("media,rdflib_format", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                                 ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")])
def test_each_construct_format_parses(server, media, rdflib_format):
    status, headers, body = fetch(server.url + "sparql", {"query": SOURCES_GRAPH}, headers={"Accept": media})
    assert status == 200, body
    assert headers["Content-Type"].split(";")[0] == media
    g = rdflib.Graph().parse(data=body, format=rdflib_format)
    assert sorted(str(o) for o in g.objects()) == ARTICLE_IDS


def test_construct_defaults_to_turtle_and_select_to_json(server):
    for text, media in ((SOURCES_GRAPH, "text/turtle"), (SOURCES, "application/sparql-results+json"),
                        ("ASK { ?s a mtkg:Event }", "application/sparql-results+json")):
        status, headers, body = fetch(server.url + "sparql", {"query": text})
        assert status == 200 and headers["Content-Type"].split(";")[0] == media
    assert json.loads(body) == {"head": {}, "boolean": True}


def test_unacceptable_format_is_406(server):
    status, _, body = fetch(server.url + "sparql?" + urlencode({"query": SOURCES}), headers={"Accept": "text/html"})
    assert status == 406 and b"offered" in body
    status, _, body = get(server, "sparql", query=SOURCES_GRAPH, format="csv")
    assert status == 406 and b"CONSTRUCT" in body


def test_syntax_error_is_400_with_the_parsers_message(server):
    status, _, body = get(server, "sparql", query="SELECT ?x WHERE { ?x ?y }")
    assert status == 400 and body.startswith(b"SPARQL syntax error") and b"line:1" in body


def test_negotiation_follows_q_values_and_wildcards():
    assert R.negotiate(None, None, graph=False) == "application/sparql-results+json"
    assert R.negotiate("*/*", None, graph=True) == "text/turtle"
    assert R.negotiate("text/*", None, graph=False) == "text/csv"
    assert R.negotiate("*/*;q=0.1, application/sparql-results+xml", None, graph=False) == "application/sparql-results+xml"
    assert R.negotiate("text/csv;q=0, text/*", None, graph=False) == "text/tab-separated-values"
    assert R.negotiate("application/json", None, graph=True) == "application/ld+json"
    assert R.negotiate("text/html", "tsv", graph=False) == "text/tab-separated-values"
    with pytest.raises(R.NotAcceptable):
        R.negotiate("text/html, application/xhtml+xml", None, graph=False)


# -- what a read-only server refuses ----------------------------------------------------------

REFUSED_QUERIES = {
    "update sent as a query": "INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }",
    "delete-where as a query": "DELETE WHERE { ?s ?p ?o }",
    "drop": "DROP ALL",
    "load": "LOAD <http://example.org/data.ttl>",
    "service": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "service silent, lower case": "select * where { service silent ?endpoint { ?s ?p ?o } }",
}


@pytest.mark.parametrize("text", REFUSED_QUERIES.values(), ids=REFUSED_QUERIES.keys())
def test_updates_load_and_service_are_refused(server, store, text):
    before = len(open_read(store))
    for status, _, body in (get(server, "sparql", query=text), fetch(server.url + "sparql", {"query": text})):
        assert status == 403, body
        assert b"refused" in body
    assert len(open_read(store)) == before


@pytest.mark.parametrize("via", ["form", "body"])
def test_update_requests_are_refused_by_a_read_only_server(server, via):
    text = "INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }"
    if via == "form":
        status, _, body = fetch(server.url + "sparql", {"update": text})
    else:
        status, _, body = fetch(server.url + "sparql", text, content_type="application/sparql-update")
    assert status == 403 and b"--allow-update" in body


ALLOWED = {
    "in a string": 'SELECT ("SERVICE and LOAD, then INSERT DATA" AS ?x) WHERE {}',
    "in a long string": "SELECT ('''a\nSERVICE <http://example.org/> { }\n''' AS ?x) WHERE {}",
    "in an IRI": "SELECT ?x WHERE { BIND(<http://example.org/SERVICE/LOAD> AS ?x) }",
    "in a comment": "# SERVICE <http://example.org/sparql>\nSELECT ?x WHERE { BIND(1 AS ?x) }",
    "as a variable and a prefixed name": "SELECT ?service WHERE { BIND(mtkg:delete AS ?service) }",
}


@pytest.mark.parametrize("text", ALLOWED.values(), ids=ALLOWED.keys())
def test_the_words_elsewhere_are_not_refused(server, text):
    status, _, body = get(server, "sparql", query=text)
    assert status == 200, body


# -- limits -----------------------------------------------------------------------------------

def test_row_cap_cuts_and_flags_the_result(server, store):
    everything = "SELECT * WHERE { ?s ?p ?o }"
    assert len(list(Q.run(open_read(store), everything))) > MAX_ROWS
    status, headers, body = get(server, "sparql", query=everything)
    assert status == 200 and headers["X-MTKG-Truncated"] == "true"
    assert len(json.loads(body)["results"]["bindings"]) == MAX_ROWS
    status, headers, body = get(server, "sparql", query="CONSTRUCT WHERE { ?s ?p ?o }", format="nt")
    assert headers["X-MTKG-Truncated"] == "true" and len(body.decode().strip().splitlines()) == MAX_ROWS
    status, headers, body = get(server, "sparql", query=everything + f" LIMIT {MAX_ROWS}")
    assert headers["X-MTKG-Truncated"] == "false"


def test_a_query_over_the_time_limit_is_stopped_with_503(store):
    server = start(store, timeout=0.5, workers=1)
    try:
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
        started = time.monotonic()
        status, _, body = get(server, "sparql", query=slow)
        assert status == 503 and b"time limit (0.5 s)" in body
        assert time.monotonic() - started < 5
        # the stopped worker was replaced: the next query is answered
        status, _, body = get(server, "sparql", query=SOURCES)
        assert status == 200 and sources_from_json(body) == ARTICLE_IDS
    finally:
        server.close()


# -- saved queries as an API ------------------------------------------------------------------

def saved_rows(store, name, **params):
    return Q.rows(Q.run(open_read(store), Q.bind(Q.get(name), params)))


def test_api_runs_a_saved_query_with_a_parameter(server, store):
    status, headers, body = get(server, "api/locality-directives", directive="Hướng dẫn 84", format="csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body.decode())))
    columns, expected = saved_rows(store, "locality-directives", directive="Hướng dẫn 84")
    assert rows == [columns] + expected
    assert rows[1][:3] == ["tỉnh Quảng Nam", "Hướng dẫn 84", "issued_plan"]
    # without the filter, every row
    status, _, body = fetch(server.url + "api/locality-directives", headers={"Accept": "application/sparql-results+json"})
    assert len(json.loads(body)["results"]["bindings"]) == len(saved_rows(store, "locality-directives")[1]) > 1


HOSTILE = ['x") } } SELECT * WHERE { ?s ?p ?o } #', "\"}) . ?s ?p ?o . FILTER(\"",
           "'}} ; DROP ALL", "<http://example.org/> } ?s ?p ?o {"]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_parameter_value_cannot_change_the_query(server, store, value):
    status, _, body = get(server, "api/locality-directives", directive=value)
    assert status in (200, 400, 404), body
    if status == 400:  # "<…>" that is no IRI is refused as a value, not pasted
        assert b"not a valid IRI" in body
        return
    if status == 404:  # looked up as a name (a literal in the name index's lookups), naming nothing
        assert body.startswith(b"no directive named ")
    else:
        assert json.loads(body)["head"]["vars"] == ["locality", "directive", "kind", "via", "source"]
        assert json.loads(body)["results"]["bindings"] == []
    # the text that ran is the saved query plus one BIND of the value as a literal
    status, _, text = get(server, "api/locality-directives.rq", directive=value)
    assert status == 200
    saved = Q.get("locality-directives").text
    ran = text.decode()
    block = f" BIND({Literal(value)} AS ?__directive) "
    assert ran.count(block) == 1 and ran.replace(block, "") == saved
    assert list(Q.run(open_read(store), ran)) == []


def test_api_refuses_unknown_missing_and_repeated_parameters(server):
    status, _, body = get(server, "api/locality-directives", colour="red")
    assert status == 400 and b"no parameter colour" in body
    status, _, body = get(server, "api/directive-implementers")
    assert status == 400 and b"directive" in body
    status, _, body = fetch(server.url + "api/events?kind=training&kind=review")
    assert status == 400 and b"once" in body
    status, _, body = get(server, "api/no-such-query")
    assert status == 404
    status, _, body = get(server, "api/..%2Fserve")
    assert status == 404


def test_api_lists_the_saved_queries_and_openapi_describes_them(server):
    saved = Q.saved()
    status, _, body = get(server, "api")
    listed = json.loads(body)
    assert status == 200 and [q["name"] for q in listed] == list(saved)
    assert all(q["query"] == saved[q["name"]].text for q in listed)

    status, headers, body = get(server, "openapi.json")
    assert status == 200 and headers["Content-Type"] == "application/json"
    doc = json.loads(body)
    assert doc["openapi"].startswith("3.") and doc["info"]["title"]
    for name, q in saved.items():
        op = doc["paths"][f"/api/{name}"]["get"]
        assert op["summary"] == q.summary and op["description"] == q.description
        params = {p["name"]: p["required"] for p in op["parameters"] if p["name"] not in ("format", "limit", "offset")}
        assert params == {**{p: True for p in q.required}, **{p: False for p in q.optional}}
        assert all(p["in"] == "query" and p["schema"]["type"] == ("integer" if p["name"] in ("limit", "offset")
                                                                    else "string") for p in op["parameters"])
        assert "200" in op["responses"] and "400" in op["responses"]
    # every path the description names answers
    for path in doc["paths"]:
        if "{" not in path and path != "/sparql":
            assert get(server, path.lstrip("/"))[0] in (200, 400), path


def test_assets_are_served_from_their_folder_only(server):
    status, headers, body = get(server, "")
    assert status == 200 and b"assets/yasgui.min.js" in body
    assert "connect-src 'self'" in headers["Content-Security-Policy"]
    status, headers, _ = get(server, "assets/yasgui.min.js")
    assert status == 200 and headers["Content-Type"].startswith("text/javascript")
    for bad in ("assets/../serve.py", "assets/%2e%2e/serve.py", "assets/README.md", "assets/nope.js"):
        assert get(server, bad)[0] == 404, bad


# -- other servers ----------------------------------------------------------------------------

def test_allow_update_writes_but_still_refuses_load_and_service(tmp_path):
    store = build_samples(tmp_path / "store")
    server = start(store, allow_update=True)
    try:
        triple = "<https://example.org/a> <https://example.org/b> 'written'"
        status, _, body = fetch(server.url + "sparql", {"update": f"INSERT DATA {{ GRAPH <https://example.org/g> {{ {triple} }} }}"})
        assert status == 204, body
        status, _, body = get(server, "sparql", query="SELECT ?o WHERE { <https://example.org/a> ?p ?o }")
        assert [b["o"]["value"] for b in json.loads(body)["results"]["bindings"]] == ["written"]
        # an update sent as a query is still not a query
        assert get(server, "sparql", query=f"INSERT DATA {{ {triple} }}")[0] == 403
        for text in ("LOAD <http://example.org/x.ttl>",
                     "INSERT { ?s ?p ?o } WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"):
            status, _, body = fetch(server.url + "sparql", text, content_type="application/sparql-update")
            assert status == 403 and b"other hosts" in body
    finally:
        server.close()


def test_a_rebuilt_store_is_seen_without_restarting(tmp_path):
    store = build_samples(tmp_path / "store")
    server = start(store, workers=1)
    try:
        assert sources_from_json(get(server, "sparql", query=SOURCES)[2]) == ARTICLE_IDS
        extra = tmp_path / "extra.ttl"   # an RDF file is merged as a graph of its own
        extra.write_text('<https://example.org/extra> <https://w3id.org/mtkg/ontology#articleId> "zz-extra" .\n',
                         encoding="utf-8")
        build_samples(store, [extra])
        assert sources_from_json(get(server, "sparql", query=SOURCES)[2]) == ARTICLE_IDS + ["zz-extra"]
    finally:
        server.close()


# -- the page in a browser --------------------------------------------------------------------

@needs_chromium
def test_page_runs_a_saved_query_from_the_list_offline(server, store, tmp_path):
    saved = Q.saved()
    with Browser(tmp_path / "profile") as b:
        b.call("Page.addScriptToEvaluateOnNewDocument", source=(
            "window.__csp = []; document.addEventListener('securitypolicyviolation',"
            " e => window.__csp.push(e.blockedURI + ' ' + e.violatedDirective));"))
        b.goto(server.url)
        assert b.wait("document.body.dataset.saved") == str(len(saved))
        # each saved query is listed with its summary and description
        listed = b.js("[...document.querySelectorAll('#saved-list li')].map(li => li.innerText)")
        assert [text.split("\n")[0] for text in listed] == list(saved)
        assert all(saved[name].summary in text for name, text in zip(saved, listed))
        # the editor highlights SPARQL (CodeMirror's sparql11 mode)
        assert b.wait("document.querySelectorAll('.CodeMirror .cm-keyword').length > 0")
        # typing a prefix declares it with this graph's namespace (prefix.cc has http://schema.org/)
        b.js("void mtkgYasgui.getTab().setQuery('SELECT * WHERE {\\n  ?s a \\n}')")
        b.js("(() => { const y = mtkgYasgui.getTab().getYasqe(); y.focus(); y.setCursor({line: 1, ch: 7}); })()")
        b.call("Input.insertText", text="schema:")
        assert b.wait("mtkgYasgui.getTab().getQuery().startsWith('PREFIX schema: <https://schema.org/>')")

        b.click('#saved-list li[data-name="locality-directives"] .saved-query')
        fields = b.wait("[...document.querySelectorAll('#param-fields label')].map(l => l.innerText)")
        assert fields == ["source optional", "locality optional", "directive optional"]
        assert b.js("mtkgYasgui.getTab().getQuery()") == saved["locality-directives"].text
        b.type("#param-directive", "Hướng dẫn 84")
        b.click("#run-saved")
        rows = b.wait("""(() => { const rows = document.querySelectorAll('.yasr table.dataTable tbody tr');
            return rows.length && [...rows].map(r => [...r.cells].slice(1).map(c => c.innerText.trim())); })()""")
        _, expected = saved_rows(store, "locality-directives", directive="Hướng dẫn 84")
        assert rows == expected and rows[0][0] == "tỉnh Quảng Nam"
        assert b.js("!!document.querySelector('.yasr .yasr_downloadIcon')"), "no CSV download button"
        assert b.screenshot(ROOT / "test-artifacts" / "serve.png").stat().st_size > 10_000

        # a saved query with a required parameter says so, and the server's message shows
        b.click('#saved-list li[data-name="directive-implementers"] .saved-query')
        assert b.wait("document.querySelector('#param-fields label')?.innerText") == "directive required"
        b.js("document.getElementById('param-directive').required = false")
        b.click("#run-saved")
        assert "needs" in b.wait("document.getElementById('params-error').innerText")

        urls = b.requested_urls()
        assert urls and all(u.startswith(server.url) or u.startswith("data:") for u in urls), urls
        assert b.js("window.__csp") == []
        errors = [e for e in b.events if e.get("method") == "Runtime.exceptionThrown"]
        assert not errors, errors


@needs_chromium
def test_page_opens_and_runs_a_saved_query_from_its_address(server, store, tmp_path):
    with Browser(tmp_path / "profile") as b:
        b.goto(server.url + "#" + urlencode({"saved": "events", "run": "1"}, quote_via=quote))
        rows = b.wait("""(() => { const rows = document.querySelectorAll('.yasr table.dataTable tbody tr');
            return rows.length && [...rows].map(r => r.cells[1].innerText.trim()); })()""")
        _, expected = saved_rows(store, "events")
        assert sorted(rows) == sorted(r[0] for r in expected)
