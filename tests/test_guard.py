"""`mtkg serve` never fetches from another host, however a request spells it.

A listener on loopback stands for "another host": hundreds of generated attempts to make the server
reach it (SERVICE and LOAD in every spelling, escape, comment, prefix, nesting and method) must be
refused and must never reach it. Behind the parser, the query workers cannot open IP sockets at
all: checked in the workers themselves and on pyoxigraph's own SERVICE client."""
from __future__ import annotations

import itertools
import multiprocessing
import random
import socket
import threading
import time
from pathlib import Path

import pytest

from graph_builder.serve import guard as G
from graph_builder.serve.no_network import Unavailable, can_connect, forbid
from test_serve import build_samples, fetch, get, start


class Listener:
    """A TCP listener on loopback that counts the connections it is offered."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.hits = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.hits += 1
            conn.close()

    def close(self) -> None:
        self.sock.close()


@pytest.fixture(scope="module")
def listener():
    lst = Listener()
    yield lst
    lst.close()


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return build_samples(tmp_path_factory.mktemp("guard") / "store")


@pytest.fixture(scope="module")
def server(store):
    s = start(store, timeout=20, workers=2)
    yield s
    s.close()


def endpoints(port: int) -> list[tuple[str, str]]:
    """(prologue, endpoint term) pairs that all name the listener."""
    url = f"http://127.0.0.1:{port}/x"
    return [
        ("", f"<{url}>"),
        ("", f"<http\\u003A//127.0.0.1:{port}/x>"),
        (f"PREFIX evil: <http://127.0.0.1:{port}/>\n", "evil:x"),
        (f"BASE <http://127.0.0.1:{port}/>\n", "<x>"),
        ("", "?endpoint"),          # bound by VALUES or BIND in the pattern
    ]


KEYWORDS = ["SERVICE", "service", "SeRvIcE", "SERVICE SILENT", "\\u0053ERVICE", "\\U00000053ERVICE",
            "SERVICE#}\n", "SERVICE/**/"]

# where the SERVICE block stands; {S} is the block
PATTERNS = [
    "SELECT * WHERE { {S} }",
    "SELECT * WHERE { { { { {S} } } } }",
    "SELECT * WHERE { OPTIONAL { {S} } }",
    "SELECT * WHERE { { BIND(1 AS ?one) } UNION { {S} } }",
    "SELECT * WHERE { ?a ?b ?c MINUS { {S} } } LIMIT 1",
    "SELECT * WHERE { BIND(1 AS ?one) FILTER EXISTS { {S} } }",
    "SELECT * WHERE { { SELECT * WHERE { {S} } } }",
    "SELECT * WHERE { GRAPH ?g { {S} } }",
    "SELECT * WHERE { BIND(rdfs:x\\' AS ?a) {S} } #'",
    "SELECT * WHERE { BIND(\"}\" AS ?q) {S} }",
    "SELECT * WHERE { BIND('''\nSERVICE''' AS ?q) {S} }",
    "ASK { {S} }",
    "CONSTRUCT { ?s ?p ?o } WHERE { {S} }",
    "DESCRIBE ?s WHERE { {S} }",
]


def attempts(port: int) -> list[str]:
    """Every combination, sampled to a fixed few hundred (the same ones every run)."""
    out = []
    for (prologue, term), keyword, pattern in itertools.product(endpoints(port), KEYWORDS, PATTERNS):
        block = f"{keyword} {term} {{ ?s ?p ?o }}"
        if term == "?endpoint":
            block = f"VALUES ?endpoint {{ <http://127.0.0.1:{port}/x> }} {block}"
        out.append(prologue + pattern.replace("{S}", block))
    chosen = random.Random(15).sample(out, 240)
    bind = f'SELECT * WHERE {{ BIND(IRI("http://127.0.0.1:{port}/x") AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}'
    issue = f"SELECT * WHERE {{ BIND(rdfs:x\\' AS ?a) SERVICE <http://127.0.0.1:{port}/x> {{?s ?p ?o}} }} #'"
    loads = [f"LOAD <http://127.0.0.1:{port}/x>", f"load silent <http://127.0.0.1:{port}/x> into graph <urn:g>",
             f"\\u004cOAD <http://127.0.0.1:{port}/x>",
             f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",
             f"PREFIX e: <http://127.0.0.1:{port}/> LOAD e:x ; INSERT DATA {{ <urn:a> <urn:b> 1 }}"]
    return chosen + [bind, issue] + loads


METHODS = ["get", "form", "sparql-query"]


def send(server, method: str, text: str):
    if method == "get":
        return get(server, "sparql", query=text)
    if method == "form":
        return fetch(server.url + "sparql", {"query": text})
    if method == "update-form":
        return fetch(server.url + "sparql", {"update": text})
    if method == "sparql-update":
        return fetch(server.url + "sparql", text, content_type="application/sparql-update")
    return fetch(server.url + "sparql", text, content_type="application/sparql-query")


def test_no_attempt_reaches_another_host(server, listener):
    texts = attempts(listener.port)
    tried = 0
    for i, text in enumerate(texts):
        method = METHODS[i % len(METHODS)]
        status, _, body = send(server, method, text)
        assert status in (400, 403), (method, text, status, body[:300])
        tried += 1
    # each update form too, on a read-only server
    for text in texts[-5:]:
        for method in ("update-form", "sparql-update"):
            assert send(server, method, text)[0] == 403
            tried += 1
    time.sleep(0.5)
    assert tried >= 200
    assert listener.hits == 0


def test_an_update_server_still_reaches_no_other_host(tmp_path, listener):
    server = start(build_samples(tmp_path / "store"), allow_update=True)
    try:
        for text in attempts(listener.port)[-5:]:
            for method in ("update-form", "sparql-update", "get"):
                status, _, body = send(server, method, text)
                assert status == 403 and b"refused" in body, (method, text, body)
        assert send(server, "sparql-update", "INSERT DATA { <urn:a> <urn:b> 1 }")[0] == 204
    finally:
        server.close()
    time.sleep(0.5)
    assert listener.hits == 0


# -- the parser, on its own --------------------------------------------------------------------

@pytest.mark.parametrize("text, form, outbound", [
    ('SELECT ("SERVICE and LOAD" AS ?x) WHERE {}', "SELECT", set()),
    ("# SERVICE <http://x/>\nASK {}", "ASK", set()),
    ("SELECT ?service WHERE { BIND(mtkg:delete AS ?service) }", "SELECT", set()),
    ("SELECT * WHERE { \\u0053ERVICE <http://x/> { ?s ?p ?o } }", "SELECT", {"ServiceGraphPattern"}),
    ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT", set()),
    ("PREFIX ex: <http://e/> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "UPDATE", set()),
    ("LOAD <http://x/> ; DROP ALL", "UPDATE", {"Load"}),
])
def test_the_parse_tree_says_what_a_text_is(text, form, outbound):
    op = G.parse(text)
    assert op.form == form and set(op.outbound) == outbound


def test_what_cannot_be_parsed_is_refused_not_guessed():
    with pytest.raises(G.Refused) as e:
        G.parse("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o }")      # unclosed
    assert e.value.status == 400
    with pytest.raises(G.Refused) as e:
        G.parse("SELECT * WHERE " + "{" * 5000 + "}" * 5000)
    assert e.value.status == 400


def test_every_saved_query_parses():
    from graph_builder import query as Q
    for q in Q.saved().values():
        assert G.parse(Q.bind(q, {p: "x" for p in q.required})).form == "SELECT", q.name


# -- the wall behind it --------------------------------------------------------------------------

def _service_after_wall(port: int, walled: bool, out) -> None:
    import pyoxigraph
    try:
        if walled:
            forbid()
    except Unavailable as e:
        out.send(str(e))
        return
    out.send(can_connect())
    try:
        list(pyoxigraph.Store().query(f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}"))
    except OSError:
        pass


def test_the_wall_stops_pyoxigraphs_own_service_client(listener):
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    p = ctx.Process(target=_service_after_wall, args=(listener.port, True, child))
    p.start()
    connectable = parent.recv()
    p.join(60)
    if isinstance(connectable, str):  # pragma: no cover - not Linux
        pytest.skip(f"no seccomp here: {connectable}")
    time.sleep(0.3)
    assert connectable is False
    assert listener.hits == 0
    # and the same query without the wall does reach it: the test can see a request
    p = ctx.Process(target=_service_after_wall, args=(listener.port, False, child))
    p.start()
    assert parent.recv() is True
    p.join(60)
    time.sleep(0.3)
    assert listener.hits == 1
    listener.hits = 0


def test_every_query_worker_runs_behind_the_wall(server):
    assert server.pool.wall.startswith("seccomp"), server.pool.wall
    with server.pool._lock:
        workers = list(server.pool._all)
    assert workers
    for w in workers:
        status = Path(f"/proc/{w.proc.pid}/status").read_text()
        assert "Seccomp:\t2" in status, status    # 2: a filter is loaded


def test_a_saved_query_is_checked_by_its_template(store, tmp_path, listener):
    """The API binds values as RDF terms into a checked template: a template that reaches out is
    refused as any query is."""
    (tmp_path / "reach.rq").write_text(
        "#+ summary: reaches out\nSELECT * WHERE { SERVICE <http://127.0.0.1:%d/x> { ?s ?p ?o } }\n"
        % listener.port, encoding="utf-8")
    server = start(store, workers=1)
    server.queries = tmp_path
    try:
        status, _, body = get(server, "api/reach")
        assert status == 403 and b"SERVICE refused" in body
    finally:
        server.close()
    assert listener.hits == 0
