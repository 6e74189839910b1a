"""The limits a public endpoint needs: a body cap whatever the headers say, deadlines on a
request's head and body, a cap on connections, a memory cap per query worker, and long queries
that cannot starve ordinary ones."""
from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path

import pytest

from test_serve import SOURCES, build_samples, fetch, get, sources_from_json, start, ARTICLE_IDS

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
GREEDY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a ?f"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return build_samples(tmp_path_factory.mktemp("limits") / "store")


def raw(server, data: bytes, read_for: float = 5.0) -> bytes:
    """Send raw bytes and read what comes back until the server closes or `read_for` passes."""
    host, port = server.sock.getsockname()[:2]
    with socket.create_connection((host, port), timeout=read_for) as s:
        s.sendall(data)
        out = b""
        try:
            while chunk := s.recv(65536):
                out += chunk
        except socket.timeout:
            pass
        return out


def status_of(response: bytes) -> int:
    return int(response.split(b" ", 2)[1]) if response.startswith(b"HTTP/1.1 ") else 0


def test_the_body_cap_holds_whatever_the_headers_say(store):
    server = start(store, workers=1)
    try:
        head = b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
        # a negative length is not a length
        assert status_of(raw(server, head + b"Content-Length: -1\r\n\r\nASK {}")) == 400
        # chunked, and far over the cap: refused once the count passes it
        big = b"#" * (1 << 16)
        chunks = b"".join(b"%x\r\n%s\r\n" % (len(big), big) for _ in range(20)) + b"0\r\n\r\n"
        assert status_of(raw(server, head + b"Transfer-Encoding: chunked\r\n\r\n" + chunks)) == 413
        # a declared length over the cap
        body = b"ASK {} #" + b"x" * (1 << 20)
        status, _, _ = fetch(server.url + "sparql", body, content_type="application/sparql-query")
        assert status == 413
        # and an ordinary one still works
        status, _, body = fetch(server.url + "sparql", SOURCES, content_type="application/sparql-query")
        assert status == 200 and sources_from_json(body) == ARTICLE_IDS
    finally:
        server.close()


def test_a_request_must_send_its_head_and_body_in_time(store):
    server = start(store, workers=1, header_timeout=1.0, body_timeout=1.0)
    try:
        started = time.monotonic()
        assert raw(server, b"", read_for=10) == b""                      # nothing sent: closed
        assert time.monotonic() - started < 5
        started = time.monotonic()
        assert raw(server, b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHo", read_for=10) == b""   # a head cut short
        assert time.monotonic() - started < 5
        started = time.monotonic()
        answer = raw(server, b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                             b"Content-Length: 100\r\n\r\nASK", read_for=10)
        assert status_of(answer) == 408 and time.monotonic() - started < 5
    finally:
        server.close()


def test_connections_over_the_cap_are_answered_503(store):
    server = start(store, workers=1, max_connections=3, header_timeout=30)
    host, port = server.sock.getsockname()[:2]
    idle = [socket.create_connection((host, port)) for _ in range(3)]
    try:
        time.sleep(0.3)
        answer = raw(server, b"GET /api HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        assert status_of(answer) == 503
    finally:
        for s in idle:
            s.close()
    time.sleep(0.3)
    assert get(server, "api")[0] == 200
    server.close()


def test_a_query_over_the_memory_cap_ends_its_worker_not_the_server(store):
    server = start(store, workers=1, max_memory=300, timeout=60)
    try:
        status, _, body = get(server, "sparql", query=GREEDY)
        assert status == 500 and b"300 MiB" in body
        status, _, body = get(server, "sparql", query=SOURCES)       # a new worker answers
        assert status == 200 and sources_from_json(body) == ARTICLE_IDS
    finally:
        server.close()


def nice(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[16])


def test_long_queries_cannot_starve_ordinary_ones(store):
    server = start(store, workers=1, slow_after=0.3, max_slow=1, timeout=6)
    try:
        long_answer = {}
        t = threading.Thread(target=lambda: long_answer.update(a=get(server, "sparql", query=RUNAWAY)))
        t.start()
        time.sleep(1.0)
        assert server.pool.slow == 1
        slow = next(iter(server.pool._slow))
        assert nice(slow.proc.pid) == 19
        # ordinary queries find a worker at once, while the long one runs
        for _ in range(10):
            started = time.monotonic()
            status, _, body = get(server, "sparql", query=SOURCES)
            assert status == 200 and time.monotonic() - started < 2
        # a second long query finds the slow lane full: stopped, not queued behind it
        status, _, body = get(server, "sparql", query=RUNAWAY)
        assert status == 503 and b"already running 1 long" in body
        t.join()
        assert long_answer["a"][0] == 503 and b"time limit" in long_answer["a"][2]
        assert server.pool.slow == 0
        assert get(server, "sparql", query=SOURCES)[0] == 200
    finally:
        server.close()
