"""mtkg against a real SPARQL server: Virtuoso open source, started for the session by
tests/virtuoso.py (skipped, saying why, when it is not installed).

The bundled samples built into Virtuoso with --endpoint hold the same quads as the embedded
store built from the same inputs, every saved query returns the same rows from both, validate
and report agree; a rebuild skips unchanged articles, an interrupted build resumes, a request
Virtuoso refuses is split until it takes it, and what it refuses alone is reported."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Store

from conftest import ROOT, SAMPLES, kill_build_after, mtkg
from graph_builder.endpoint import Endpoint
from graph_builder.remote import RemoteStore
from graph_builder.vocab import base_iri

CURATED = ROOT / "data" / "curated"
STAMP = base_iri() + "ontology#sourceStamp"


def build_remote(server, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return mtkg("build", *args, "--endpoint", server.sparql_auth, "--jobs", "1", "--quiet",
                env=env or server.env())


def build_local(store: Path, *args: str) -> None:
    r = mtkg("build", *args, "--store", str(store), "--jobs", "1", "--quiet")
    assert r.returncode == 0, r.stdout + r.stderr


XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGERS = {XSD + t for t in ("nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger",
                              "long", "int", "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort",
                              "unsignedByte")}


def dataset(store) -> tuple[set[str], Counter]:
    """Every quad as N-Quads text, and per graph the number of quads with blank nodes (which a
    server names its own way). Integers are compared as values: the embedded store keeps an
    xsd:nonNegativeInteger as xsd:integer, Virtuoso keeps the datatype written. A file's stamp
    is left out: it is taken only for a file at least two seconds old, so it depends on when each
    build ran (stamped_alike compares them)."""
    quads, blank = set(), Counter()
    for g in store.named_graphs():
        for q in store.quads_for_pattern(None, None, None, g):
            if q.predicate.value == STAMP:
                continue
            if isinstance(q.subject, BlankNode) or isinstance(q.object, BlankNode):
                blank[g.value] += 1
                continue
            o = q.object
            if isinstance(o, Literal) and o.datatype.value in INTEGERS:
                q = Quad(q.subject, q.predicate, Literal(o.value, datatype=NamedNode(XSD + "integer")), q.graph_name)
            quads.add(str(q))
    return quads, blank


def server(virtuoso) -> RemoteStore:
    return RemoteStore(Endpoint.derive(virtuoso.sparql))        # reading needs no credentials


def same_data(virtuoso, local: Path) -> None:
    remote_quads, remote_blank = dataset(server(virtuoso))
    local_quads, local_blank = dataset(Store.read_only(str(local)))
    assert remote_blank == local_blank
    assert len(remote_quads) == len(local_quads) and remote_quads == local_quads, \
        sorted(remote_quads ^ local_quads)[:10]


@pytest.fixture(scope="module")
def local(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("remote") / "store"
    build_local(path, str(SAMPLES), str(CURATED))
    return path


@pytest.fixture(scope="module")
def samples(virtuoso):
    """The samples built into the server (the tests that build other inputs come last)."""
    r = build_remote(virtuoso, str(SAMPLES), str(CURATED), "--fresh")
    assert r.returncode == 0, r.stdout + r.stderr
    return r.stdout


def test_a_build_writes_the_same_quads_as_the_embedded_store(samples, local, virtuoso):
    assert "5 article(s) extracted" in samples and "0 rejected request(s)" in samples
    same_data(virtuoso, local)


QUERIES = [(name, {}) for name in ("people-positions", "event-participants", "events", "directives",
                                   "event-directives", "locality-directives", "locality-today",
                                   "person-timeline")] + [
    ("directive-implementers", {"directive": "Chỉ thị 18"}),
    ("locality-directives", {"directive": "Chỉ thị 18"}),
    ("people-positions", {"person": "Lâm Dũng"}),
    ("events", {"kind": "training"}),
    ("locality-today", {"locality": "Hà Nội"}),
    ("locality-directives", {"locality": "Hà Nội"}),
    ("person-timeline", {"person": "lam dung liem"}),
    ("event-participants", {"person": "Lâm Dũng"}),
    ("directive-implementers", {"directive": "Hướng dẫn 84"}),
]


def test_every_saved_query_is_compared():
    from graph_builder import query as Q
    assert set(Q.saved()) == {name for name, _ in QUERIES}


@pytest.mark.parametrize("name,params", QUERIES, ids=[f"{n}{'-' + '-'.join(p) if p else ''}" for n, p in QUERIES])
def test_saved_query_returns_the_same_rows_from_the_server(samples, local, virtuoso, name, params):
    args = ["query", name, "--format", "csv"] + [f"--param={k}={v}" for k, v in params.items()]
    here, there = mtkg(*args, "--store", str(local)), mtkg(*args, "--endpoint", virtuoso.sparql)
    assert here.returncode == 0 and there.returncode == 0, here.stderr + there.stderr
    ours, theirs = list(csv.reader(io.StringIO(here.stdout))), list(csv.reader(io.StringIO(there.stdout)))
    assert ours[0] == theirs[0]
    assert len(ours) > 1, f"{name} returns nothing on the samples: the comparison would prove nothing"
    assert sorted(ours[1:]) == sorted(theirs[1:])


@pytest.mark.parametrize("name", ["Lâm Dũng Liêm", "lam dun", "ubmttq tỉnh quảng nam", "Chỉ thị 18", "Hà Nội"])
def test_search_finds_the_same_things_on_the_server(samples, local, virtuoso, name):
    here = mtkg("search", name, "--format", "json", "--store", str(local))
    there = mtkg("search", name, "--format", "json", "--endpoint", virtuoso.sparql)
    assert here.returncode == there.returncode == 0, here.stderr + there.stderr
    assert json.loads(here.stdout) == json.loads(there.stdout) != []


def test_the_server_describes_each_shared_thing_once(samples, virtuoso):
    for cls in ("Person", "Organization", "Directive"):
        q = (f"SELECT (COUNT(?x) AS ?n) (COUNT(DISTINCT ?x) AS ?d) WHERE {{ ?x a <https://w3id.org/mtkg/ontology#{cls}> }}")
        done = mtkg("sparql", q, "--format", "csv", "--endpoint", virtuoso.sparql)
        n, d = done.stdout.splitlines()[1].split(",")
        assert n == d and int(d) > 0, (cls, done.stdout)


def test_validate_against_the_endpoint_agrees_with_the_store(samples, local, virtuoso):
    here = mtkg("validate", "--format", "json", "--store", str(local))
    there = mtkg("validate", "--format", "json", "--endpoint", virtuoso.sparql)
    assert here.returncode == there.returncode == 0, there.stderr
    ours, theirs = json.loads(here.stdout), json.loads(there.stdout)
    assert (theirs["violations"], theirs["warnings"]) == (ours["violations"], ours["warnings"])
    assert ours["warnings"] > 0
    key = lambda r: (r["severity"], r["focus"], r["path"] or "", r["message"], r["source"] or "")
    assert sorted(map(key, theirs["results"])) == sorted(map(key, ours["results"]))


def test_report_implementation_from_the_endpoint(samples, local, virtuoso, tmp_path):
    here = mtkg("report", "implementation", "--format", "csv", "--store", str(local))
    there = mtkg("report", "implementation", "--format", "csv", "--endpoint", virtuoso.sparql)
    assert there.returncode == 0, there.stderr
    assert there.stdout == here.stdout and there.stdout.count("\n") > 5
    page = tmp_path / "implementation.html"
    r = mtkg("report", "implementation", "--out", str(page), "--endpoint", virtuoso.sparql)
    assert r.returncode == 0, r.stderr
    local_page = tmp_path / "local.html"
    mtkg("report", "implementation", "--out", str(local_page), "--store", str(local))
    assert page.read_text(encoding="utf-8") == local_page.read_text(encoding="utf-8")


def test_a_rebuild_skips_unchanged_articles(samples, local, virtuoso):
    r = build_remote(virtuoso, str(SAMPLES), str(CURATED))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "0 article(s) extracted, 5 unchanged, 0 removed" in r.stdout
    same_data(virtuoso, local)


# -- the tests below build other inputs, each from a fresh server --------------------------------

@pytest.fixture(scope="module")
def units(tmp_path_factory) -> Path:
    """A real input far larger than Virtuoso takes in one GRAPH block (about 5,000 triples)."""
    path = tmp_path_factory.mktemp("units") / "units-2025.ttl"
    r = mtkg("gazetteer", "--export", str(path), "--era", "2025")
    assert r.returncode == 0, r.stderr
    return path


def test_a_batch_larger_than_virtuoso_takes_is_split_and_retried_and_every_quad_arrives(virtuoso, units, tmp_path):
    r = build_remote(virtuoso, str(SAMPLES), str(CURATED), str(units), "--fresh", "--batch-size", "100000")
    assert r.returncode == 0, r.stdout + r.stderr
    split = int(r.stdout.split(" rejected request(s) split")[0].rsplit(", ", 1)[1])
    assert split >= 3, r.stdout         # 26,806 triples halved until a GRAPH block is small enough
    local = tmp_path / "store"
    build_local(local, str(SAMPLES), str(CURATED), str(units))
    same_data(virtuoso, local)
    graph = f"{base_iri()}import/{units.name}"
    assert sum(1 for _ in server(virtuoso).quads_for_pattern(None, None, None, NamedNode(graph))) > 26_000

    # by default a graph larger than a batch goes whole, by the Graph Store protocol
    r = build_remote(virtuoso, str(SAMPLES), str(CURATED), str(units))
    assert r.returncode == 0 and "(1 Graph Store PUT)" in r.stdout and " 0 rejected" in r.stdout, r.stdout
    remote_quads, _ = dataset(server(virtuoso))
    assert len(remote_quads) == len(dataset(Store.read_only(str(local)))[0])


def test_what_the_server_refuses_is_reported_and_the_rest_written(virtuoso, tmp_path):
    good = [f"<http://example.org/place/{i}> <http://www.w3.org/2000/01/rdf-schema#label> \"nơi {i}\"@vi ."
            for i in range(10)]
    bad = '<http://example.org/place/5> <http://example.org/population> "abc"^^<http://www.w3.org/2001/XMLSchema#integer> .'
    rdf = tmp_path / "places.nt"
    rdf.write_text("\n".join(good[:5] + [bad] + good[5:]) + "\n", encoding="utf-8")
    r = build_remote(virtuoso, str(SAMPLES), str(CURATED), str(rdf), "--fresh")
    assert r.returncode == 1, r.stdout + r.stderr
    graph = f"{base_iri()}import/places.nt"
    assert "NOT WRITTEN: 6 quad(s) of 1 graph(s)" in r.stdout, r.stdout
    line = next(l for l in r.stdout.splitlines() if l.strip().startswith(f"<{graph}>"))
    assert "6 quad(s) not written" in line and "abc" in line        # the server's own words
    # the graph holds what came before the refused quad; everything else arrived
    held = {str(q.subject) for q in server(virtuoso).quads_for_pattern(None, None, None, NamedNode(graph))}
    assert held == {f"<http://example.org/place/{i}>" for i in range(5)}
    local = tmp_path / "store"
    build_local(local, str(SAMPLES), str(CURATED))
    remote_quads, _ = dataset(server(virtuoso))
    local_quads, _ = dataset(Store.read_only(str(local)))
    assert local_quads - remote_quads == set()


def test_an_interrupted_build_resumes_where_it_stopped(virtuoso, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    samples = sorted(SAMPLES.glob("*.txt"))
    for n in range(60):                                         # 300 articles
        for f in samples:
            shutil.copy(f, corpus / f"{f.stem}-{n}.txt")
    cmd = [sys.executable, "-m", "graph_builder.cli", "build", str(corpus), "--endpoint", virtuoso.sparql_auth,
           "--fresh", "--progress", "--jobs", "1"]
    kill_build_after(cmd, 130, env=virtuoso.env())

    r = build_remote(virtuoso, str(corpus))
    assert r.returncode == 0, r.stdout + r.stderr
    extracted, unchanged = (int(r.stdout.split(" article(s) extracted, ")[0].rsplit(" ", 1)[1]),
                            int(r.stdout.split(" article(s) extracted, ")[1].split(" unchanged")[0]))
    assert unchanged >= 100 and extracted + unchanged == 300, r.stdout     # flushed every 100 articles
    local = tmp_path / "store"
    build_local(local, str(corpus))
    same_data(virtuoso, local)


def test_an_edited_article_is_replaced_and_a_deleted_one_removed(virtuoso, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLES, corpus)
    assert build_remote(virtuoso, str(corpus), "--fresh").returncode == 0
    files = sorted(corpus.glob("*.txt"))
    files[0].write_text(files[0].read_text(encoding="utf-8") + "\nXem thêm\n", encoding="utf-8")
    files[1].unlink()
    r = build_remote(virtuoso, str(corpus))
    assert r.returncode == 0 and "1 article(s) extracted, 3 unchanged, 1 removed" in r.stdout, r.stdout
    assert "(all 4 article(s) and curated source(s) in the store, as recorded)" in r.stdout  # one record each
    local = tmp_path / "store"
    build_local(local, str(corpus))
    same_data(virtuoso, local)


def test_a_server_that_refuses_updates_is_reported_before_any_work(virtuoso):
    r = mtkg("build", str(SAMPLES), "--endpoint", virtuoso.sparql, "--quiet", "--jobs", "1",
             env={k: v for k, v in os.environ.items() if not k.startswith("MTKG_ENDPOINT_")})
    assert r.returncode == 2 and "does not accept updates" in r.stderr and "MTKG_ENDPOINT_USER" in r.stderr
    wrong = {**virtuoso.env(), "MTKG_ENDPOINT_PASSWORD": "not-the-password"}
    r = build_remote(virtuoso, str(SAMPLES), env=wrong)
    assert r.returncode == 2 and "401" in r.stderr, r.stderr


def test_update_and_graph_store_urls_are_derived_from_the_query_url():
    derive = lambda url, **kw: Endpoint.derive(url, env={}, **kw)  # noqa: E731
    v = derive("http://h:8890/sparql-auth")
    assert (v.update, v.graph_store) == ("http://h:8890/sparql-auth", "http://h:8890/sparql-graph-crud-auth")
    assert derive("http://h:8890/sparql").graph_store == "http://h:8890/sparql-graph-crud"
    f = derive("http://h:3030/ds/query")
    assert (f.update, f.graph_store) == ("http://h:3030/ds/update", "http://h:3030/ds/data")
    g = derive("http://h:7200/repositories/mtkg")
    assert (g.update, g.graph_store) == ("http://h:7200/repositories/mtkg/statements",
                                         "http://h:7200/repositories/mtkg/rdf-graphs/service")
    o = derive("https://example.org/kg/endpoint")
    assert (o.update, o.graph_store) == ("https://example.org/kg/endpoint", None)
    assert derive("http://h:8890/sparql", graph_store="none").graph_store is None
    assert derive("http://h:3030/ds/query", update="http://h:3030/ds/u").update == "http://h:3030/ds/u"
    creds = Endpoint.derive("http://h/sparql", env={"MTKG_ENDPOINT_USER": "u", "MTKG_ENDPOINT_PASSWORD": "p"})
    assert (creds.user, creds.password) == ("u", "p")
    with pytest.raises(ValueError):
        derive("h:8890/sparql")


def test_basic_authentication_is_answered_once_then_sent_in_advance():
    """Virtuoso asks for digest; a server asking for basic (GraphDB, Fuseki behind a proxy) is
    answered too, over one kept-alive connection."""
    import base64
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from graph_builder.endpoint import Session

    seen = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            auth = self.headers.get("Authorization")
            seen.append((auth, body))
            ok = auth == "Basic " + base64.b64encode("ann:sésame".encode()).decode()
            self.send_response(204 if ok else 401)
            if not ok:
                self.send_header("WWW-Authenticate", 'Basic realm="kg"')
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_port}/repositories/kg/statements"
    try:
        s = Session("ann", "sésame")
        assert s.request("POST", url, b"INSERT DATA { }").status == 204
        assert s.request("POST", url, b"INSERT DATA { }").status == 204
        assert [a is None for a, _ in seen] == [True, False, False]     # one challenge, then in advance
        seen.clear()
        assert Session("ann", "wrong").request("POST", url, b"x").status == 401
        assert len(seen) == 2                                             # tried once with them, no loop
    finally:
        httpd.shutdown()


def test_the_server_keeps_each_files_stamp_and_a_rebuild_reads_no_unchanged_file(virtuoso, tmp_path, monkeypatch):
    """A file's stamp is written to the server with its article, and a rebuild against the
    server reads only the files whose stamp changed, as it does against the embedded store."""
    from graph_builder import read
    from graph_builder.build import build, recorded_stamp
    from graph_builder.vocab import MTKG
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLES, corpus)
    for k, v in virtuoso.env().items():
        monkeypatch.setenv(k, v)
    monkeypatch.setattr(read, "SETTLED_NS", 0)          # every file counts as settled at once
    remote = RemoteStore(Endpoint.derive(virtuoso.sparql_auth))
    build([corpus], None, fresh=True, progress=False, jobs=1, remote=remote)
    rows = remote.query(f"SELECT ?file ?stamp ?pipe WHERE {{ GRAPH ?g {{ ?g <{MTKG.sourceFile.value}> ?file ; "
                        f"<{MTKG.sourceStamp.value}> ?stamp ; <{MTKG.pipelineVersion.value}> ?pipe }} }}")
    stamps = {Path(r["file"].value).name: (r["stamp"].value, r["pipe"].value, r["file"].value) for r in rows}
    files = sorted(corpus.glob("*.txt"))
    assert {name: stamp for name, (stamp, _p, _f) in stamps.items()} == \
        {f.name: recorded_stamp(read.stamp(f), stamps[f.name][1], stamps[f.name][2]) for f in files}
    assert len(stamps) == len(files)

    real, reads = read.read_file, []
    monkeypatch.setattr(read, "read_file", lambda path: (reads.append(Path(path).name), real(path))[1])
    os.utime(files[0])
    again = build([corpus], None, progress=False, jobs=1, remote=RemoteStore(Endpoint.derive(virtuoso.sparql_auth)))
    assert reads == [files[0].name] and (again.articles, again.unchanged) == (0, len(files))
