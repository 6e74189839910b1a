"""A SPARQL 1.1 server (Virtuoso, Fuseki, GraphDB…) as the store.

`RemoteStore` offers the part of pyoxigraph.Store's interface that build, query, validate and
report use, so they run unchanged against a server:

- reads: `query` (through SPARQLWrapper; the server's default graph must be the union of its
  named graphs, which is what `use_default_graph_as_union` asks of the embedded store),
  `named_graphs`, `contains_named_graph`, `quads_for_pattern` of one graph. mtkg's graphs are
  those under its base IRI: a server has graphs of its own (Virtuoso's system graphs).
- writes: `extend`, `load`, `remove`, `remove_graph` are kept and sent together at `flush` (and
  before any read they would change), many graphs a request: a graph that fits in a batch is
  replaced by `DROP SILENT GRAPH g ; INSERT DATA { GRAPH g {…} GRAPH h {…} … }`, one request,
  so atomically; a larger one by a Graph Store protocol PUT (one request, atomic too) when the
  server has one, else in several requests, in order. Quads that share a blank node go
  together (`INSERT {…} WHERE {}`: Virtuoso refuses blank nodes in INSERT DATA, and a blank
  node means one node only within one request).

Measured on Virtuoso 7.2, writing 2,000 articles of bench/corpus.py (400k quads) into an empty
server: one Graph Store protocol request per article graph 15k quads/s, many articles' graphs
per INSERT DATA 26k quads/s; hence the Graph Store protocol only for graphs larger than a batch
(bench/remote_write.py measures the whole write path). (Virtuoso's Graph Store loader stores
xsd:nonNegativeInteger values as xsd:integer, as the embedded store does; INSERT DATA keeps the
datatype written. Either way the values are the same.)

A request the server rejects (Virtuoso refuses more than about 5,000 triples in one GRAPH
block, about 1,000 operations, or 10 MB of text) is split in two and each half retried, down
to a single quad (or blank-node group). What the server refuses alone is never dropped
silently: it lands in
`failures` with the server's message, and the rest of that graph is held back, so a graph on
the server is always its old self or a prefix of its new self: an article graph ends with its
pipeline stamp (build._stamp), so a cut one is extracted again by the next build."""
from __future__ import annotations

import http.client
import re
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterable, Iterator
from urllib.parse import quote

from pyoxigraph import (BlankNode, DefaultGraph, NamedNode, Quad, QueryResultsFormat, RdfFormat, Triple, parse,
                        parse_query_results, serialize)

from .endpoint import Endpoint, Session, install_query_auth
from .query import QueryError
from .store import StoreError
from .vocab import base_iri

BATCH = 2000        # quads per update request: 26k quads/s into Virtuoso, as fast as 5,000 or 20,000
FLUSH_AT = 50_000   # quads kept before they are sent even without a flush
DROP_WEIGHT = 20    # a DROP counts as this many quads in a batch: it deletes a whole graph, and
                    # Virtuoso refuses a request of about 1,000 operations ("Query too large")
TIMEOUT = 600.0     # seconds for one request


@dataclass
class Failure:
    graph: str
    quads: int
    message: str

    def __str__(self) -> str:
        what = f"{self.quads} quad(s) not written" if self.quads else "old content not removed"
        return f"<{self.graph}>: {what}: {self.message}"


@dataclass
class WriteStats:
    quads: int = 0
    requests: int = 0
    puts: int = 0
    split: int = 0          # rejected requests split in two and retried
    seconds: float = 0.0

    def __str__(self) -> str:
        rate = f", {self.quads / self.seconds:,.0f} quads/s" if self.seconds > 0 else ""
        return (f"{self.quads:,} quads in {self.requests:,} request(s) ({self.puts} Graph Store PUT), "
                f"{self.split} rejected request(s) split and retried{rate}")


class _Pending:
    """What a graph is waiting for: dropped first, then `deletes` removed, then `inserts` added."""
    __slots__ = ("drop", "deletes", "inserts")

    def __init__(self) -> None:
        self.drop = False
        self.deletes: list[Quad] = []
        self.inserts: list[Quad] = []


class RemoteStore:
    def __init__(self, endpoint: Endpoint, batch: int = BATCH, base: str | None = None) -> None:
        if batch < 1:
            raise ValueError("batch must be at least 1")
        self.endpoint, self.batch, self.base = endpoint, batch, base or base_iri()
        self.session = Session(endpoint.user, endpoint.password, timeout=TIMEOUT)
        install_query_auth(endpoint)
        self._pending: dict[NamedNode, _Pending] = {}
        self._count = 0
        self._graphs: set[str] | None = None        # the server's graphs under the base, when known
        self._graph_store = endpoint.graph_store    # None once the server turned out to have none
        self.failures: list[Failure] = []
        self.stats = WriteStats()

    def __str__(self) -> str:
        return self.endpoint.query

    # -- reads -------------------------------------------------------------------------------

    def query(self, query: str, use_default_graph_as_union: bool = False, prefixes: dict | None = None, **_):
        """SELECT and ASK answer pyoxigraph's own result objects; CONSTRUCT and DESCRIBE a list
        of triples. On a server the default graph is the union already (see the module)."""
        self.flush()
        return self._query(_with_prefixes(query, prefixes or {}))

    def named_graphs(self) -> Iterator[NamedNode]:
        self.flush()
        return iter(NamedNode(g) for g in sorted(self._server_graphs()))

    def contains_named_graph(self, graph: NamedNode) -> bool:
        p = self._pending.get(graph)
        if p is not None and p.inserts:
            return True
        if p is not None and p.drop:
            return False
        if p is not None:
            self.flush()        # only deletions wait: the server decides whether anything is left
        if graph.value.startswith(self.base):
            return graph.value in self._server_graphs()
        return bool(self._query(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}"))

    def quads_for_pattern(self, subject=None, predicate=None, object=None, graph_name=None) -> list[Quad]:
        """The quads of one graph that match (the default graph, the union of the others on a
        server, has none of its own)."""
        if isinstance(graph_name, DefaultGraph):
            return []
        if graph_name is None:
            self.flush()
            return [q for g in self._server_graphs() for q in self._quads(subject, predicate, object, NamedNode(g))]
        p = self._pending.get(graph_name)
        absent = (p is not None and p.drop) or (
            self._graphs is not None and graph_name.value.startswith(self.base) and graph_name.value not in self._graphs)
        found = [] if absent else self._quads(subject, predicate, object, graph_name)
        if p is not None:
            gone = set(p.deletes)
            found = [q for q in found if q not in gone] + [q for q in p.inserts
                                                           if _matches(q, subject, predicate, object)]
        return found

    def _quads(self, s, p, o, g: NamedNode) -> list[Quad]:
        for t in (s, p, o):
            if isinstance(t, BlankNode):
                raise StoreError("a server cannot be asked about a blank node of an earlier answer")
        terms = [(t, f"?{n}") for t, n in ((s, "s"), (p, "p"), (o, "o"))]
        pattern = " ".join(str(t) if t is not None else v for t, v in terms)
        if all(t is not None for t, _ in terms):
            return [Quad(s, p, o, g)] if self._query(f"ASK {{ GRAPH {g} {{ {pattern} }} }}") else []
        given = lambda t, row, name: t if t is not None else row[name]  # noqa: E731
        return [Quad(given(s, r, "s"), given(p, r, "p"), given(o, r, "o"), g)
                for r in self._query(f"SELECT * WHERE {{ GRAPH {g} {{ {pattern} }} }}")]

    def _server_graphs(self) -> set[str]:
        if self._graphs is None:
            q = (f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                 f"FILTER(STRSTARTS(STR(?g), {_string(self.base)})) }}")
            self._graphs = {r["g"].value for r in self._query(q)}
        return self._graphs

    def _query(self, text: str):
        from SPARQLWrapper import POST, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

        sw = SPARQLWrapper(self.endpoint.query)
        sw.setMethod(POST)
        sw.setOnlyConneg(True)      # else it adds format=xml and the like, which Virtuoso obeys
        sw.setTimeout(int(TIMEOUT))
        sw.setQuery(text)
        graph = sw.queryType in ("CONSTRUCT", "DESCRIBE")
        sw.addCustomHttpHeader("Accept", "application/n-triples, text/turtle;q=0.9" if graph
                               else "application/sparql-results+json")
        try:
            response = sw.query().response
            data, headers = response.read(), response.headers
        except QueryBadFormed as e:
            raise QueryError(f"the server refused the query: {_short(e)}") from e
        except (SPARQLWrapperException, OSError, http.client.HTTPException) as e:    # URLError, timeouts
            raise StoreError(f"{self.endpoint.query}: {_short(e)}") from e
        _complete(headers)
        if graph:
            media = (headers.get("Content-Type") or "application/n-triples").split(";")[0].strip()
            fmt = RdfFormat.from_media_type(media) or RdfFormat.N_TRIPLES
            return [Triple(q.subject, q.predicate, q.object) for q in parse(data, format=fmt)]
        return parse_query_results(_ask(_blank_labels(data)), format=QueryResultsFormat.JSON)

    # -- writes --------------------------------------------------------------------------------

    def extend(self, quads: Iterable[Quad]) -> None:
        for q in quads:
            if not isinstance(q.graph_name, NamedNode):
                raise StoreError("mtkg writes named graphs only: a server's default graph is the union of them")
            self._pending.setdefault(q.graph_name, _Pending()).inserts.append(q)
            self._count += 1
        if self._count >= FLUSH_AT:
            self.flush()

    def add(self, quad: Quad) -> None:
        self.extend([quad])

    def load(self, input=None, format=None, *, path=None, base_iri=None, to_graph=None, lenient=False) -> None:
        quads = parse(input, format=format, path=path, base_iri=base_iri, lenient=lenient, rename_blank_nodes=True)
        if to_graph is not None:
            quads = (Quad(q.subject, q.predicate, q.object, to_graph) for q in quads)
        self.extend(quads)

    def remove(self, quad: Quad) -> None:
        if isinstance(quad.subject, BlankNode) or isinstance(quad.object, BlankNode):
            raise StoreError("a blank node's quad cannot be deleted on a server (replace its graph)")
        p = self._pending.setdefault(quad.graph_name, _Pending())
        if quad in p.inserts:
            p.inserts = [q for q in p.inserts if q != quad]
        if not p.drop:
            p.deletes.append(quad)

    def remove_graph(self, graph: NamedNode) -> None:
        p = self._pending.setdefault(graph, _Pending())
        p.drop = True
        self._count -= len(p.inserts)
        p.deletes, p.inserts = [], []

    def flush(self) -> None:
        if not self._pending:
            return
        pending, self._pending, self._count = self._pending, {}, 0
        start = time.perf_counter()
        try:
            failed = _Writer(self).write(pending)
        except BaseException:
            self._graphs = None
            raise
        finally:
            self.stats.seconds += time.perf_counter() - start
        if self._graphs is not None:
            for g, p in pending.items():
                if g.value in failed or (p.deletes and not p.inserts):
                    self._graphs = None         # the server knows best; asked again when needed
                    break
                if p.inserts and g.value.startswith(self.base):
                    self._graphs.add(g.value)
                elif p.drop:
                    self._graphs.discard(g.value)

    def check_writable(self) -> None:
        """Fail early, before any work, when the server will not take updates from us."""
        r = self.session.request("POST", self.endpoint.update, b"INSERT DATA { }",
                                 {"Content-Type": "application/sparql-update; charset=UTF-8"})
        if not r.ok:
            raise StoreError(f"{self.endpoint.update} does not accept updates ({r.message()}); "
                             f"give an update endpoint that does, with credentials in MTKG_ENDPOINT_USER "
                             f"and MTKG_ENDPOINT_PASSWORD if it needs them")


@contextmanager
def writing(store: RemoteStore, fresh: bool = False) -> Iterator[RemoteStore]:
    """A build's session with a server: no staging copy (a server has none), so everything
    written stays written, also when the build fails; what was finished is flushed first."""
    store.check_writable()
    if fresh:
        for g in store.named_graphs():
            store.remove_graph(g)
    try:
        yield store
    except BaseException:
        try:
            store.flush()
        except Exception:       # the server may be what failed; the original error says more
            pass
        raise
    store.flush()


# -- sending ------------------------------------------------------------------------------------

class _Unit:
    """What goes into one request together: a quad (or the quads that share blank nodes), with
    the drop and deletions its graph needs first when it is the graph's first unit."""
    __slots__ = ("graph", "drop", "deletes", "inserts", "blank")

    def __init__(self, graph: str, inserts: list[Quad], blank: bool = False, drop: bool = False,
                 deletes: list[Quad] | None = None) -> None:
        self.graph, self.inserts, self.blank, self.drop, self.deletes = graph, inserts, blank, drop, deletes or []

    @property
    def size(self) -> int:
        return len(self.inserts) + len(self.deletes) + DROP_WEIGHT * self.drop


class _Writer:
    def __init__(self, store: RemoteStore) -> None:
        self.store, self.endpoint, self.batch = store, store.endpoint, store.batch
        self.held: dict[str, Failure] = {}      # graphs cut short: the rest of them is not sent

    def write(self, pending: dict[NamedNode, _Pending]) -> set[str]:
        units: list[_Unit] = []
        for g, p in pending.items():
            if self._replaces(g, p) and len(p.inserts) > self.batch and self._put(g, p.inserts):
                continue
            groups = _groups(p.inserts)
            if not groups:
                units.append(_Unit(g.value, [], drop=p.drop, deletes=p.deletes))
                continue
            for n, (quads, blank) in enumerate(groups):
                units.append(_Unit(g.value, quads, blank, drop=p.drop and n == 0,
                                   deletes=p.deletes if n == 0 else None))
        chunk: list[_Unit] = []
        size = 0
        for u in units:
            if chunk and size + u.size > self.batch:
                self._send(chunk)
                chunk, size = [], 0
            chunk.append(u)
            size += u.size
        if chunk:
            self._send(chunk)
        return set(self.held)

    def _replaces(self, g: NamedNode, p: _Pending) -> bool:
        """Whether the pending inserts are the graph's whole new content."""
        graphs = self.store._graphs
        return bool(self.store._graph_store and p.inserts and not p.deletes
                    and (p.drop or (graphs is not None and g.value.startswith(self.store.base)
                                    and g.value not in graphs)))

    def _put(self, g: NamedNode, quads: list[Quad]) -> bool:
        """Replace a graph by the Graph Store protocol; False (and the update path then) if refused."""
        url = self.store._graph_store
        url += ("&" if "?" in url else "?") + "graph=" + quote(g.value, safe="")
        body = serialize([Triple(q.subject, q.predicate, q.object) for q in quads], format=RdfFormat.N_TRIPLES)
        r = self._request("PUT", url, body, "application/n-triples", missing_ok=True)
        self.store.stats.requests += 1
        if r.ok:
            self.store.stats.puts += 1
            self.store.stats.quads += len(quads)
        elif r.status in (404, 405, 501):       # no Graph Store here after all: SPARQL Update only
            self.store._graph_store = None
        return r.ok

    def _send(self, chunk: list[_Unit]) -> None:
        live = []
        for u in chunk:
            if u.graph in self.held:
                self.held[u.graph].quads += len(u.inserts)
            else:
                live.append(u)
        if not live:
            return
        r = self._request("POST", self.endpoint.update, _update_text(live).encode("utf-8"),
                          "application/sparql-update; charset=UTF-8")
        self.store.stats.requests += 1
        if r.ok:
            self.store.stats.quads += sum(len(u.inserts) for u in live)
        elif len(live) == 1:
            u = live[0]
            failure = Failure(u.graph, len(u.inserts), r.message())
            self.store.failures.append(failure)
            self.held[u.graph] = failure
        else:
            self.store.stats.split += 1
            half, total, mid = 0, sum(u.size for u in live) / 2, 1
            for mid, u in enumerate(live[:-1], 1):
                half += u.size
                if half >= total:
                    break
            self._send(live[:mid])
            self._send(live[mid:])

    def _request(self, method: str, url: str, body: bytes, media: str, missing_ok: bool = False):
        try:
            r = self.store.session.request(method, url, body, {"Content-Type": media})
        except (OSError, http.client.HTTPException) as e:
            raise StoreError(f"{url}: {e}") from e
        # refused credentials, a wrong URL, a server down: no smaller request would fare better
        if r.status in (401, 403, 502, 503, 504) or (r.status == 404 and not missing_ok):
            raise StoreError(f"{url}: {r.message()}")
        return r


def _groups(quads: list[Quad]) -> list[tuple[list[Quad], bool]]:
    """The quads one by one, except that quads sharing blank nodes form one group (at the place
    of its first quad)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    blanks = []
    for q in quads:
        labels = [t.value for t in (q.subject, q.object) if isinstance(t, BlankNode)]
        blanks.append(labels)
        for other in labels[1:]:
            parent[find(other)] = find(labels[0])
    out: list[tuple[list[Quad], bool]] = []
    where: dict[str, int] = {}
    for q, labels in zip(quads, blanks):
        if not labels:
            out.append(([q], False))
            continue
        root = find(labels[0])
        if root not in where:
            where[root] = len(out)
            out.append(([], True))
        out[where[root]][0].append(q)
    return out


def _update_text(units: list[_Unit]) -> str:
    """One request: drops, then deletions, then insertions (the units' graphs are distinct but
    for a graph's later units, which carry no drop or deletion)."""
    def blocks(pairs: Iterable[tuple[str, list[Quad]]]) -> str:
        by: dict[str, list[str]] = {}
        for g, quads in pairs:
            by.setdefault(g, []).extend(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        return "\n".join(f"GRAPH <{g}> {{\n" + "\n".join(lines) + "\n}" for g, lines in by.items())

    ops = [f"DROP SILENT GRAPH <{u.graph}>" for u in units if u.drop]
    if any(u.deletes for u in units):
        ops.append("DELETE DATA {\n" + blocks((u.graph, u.deletes) for u in units if u.deletes) + "\n}")
    if any(u.inserts and not u.blank for u in units):
        ops.append("INSERT DATA {\n" + blocks((u.graph, u.inserts) for u in units if u.inserts and not u.blank) + "\n}")
    if any(u.blank for u in units):
        ops.append("INSERT {\n" + blocks((u.graph, u.inserts) for u in units if u.blank) + "\n} WHERE { }")
    return " ;\n".join(ops)


def _matches(q: Quad, s, p, o) -> bool:
    return (s is None or q.subject == s) and (p is None or q.predicate == p) and (o is None or q.object == o)


def _string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _with_prefixes(text: str, prefixes: dict[str, str]) -> str:
    """The query with PREFIX lines for the prefixes it uses without declaring (pyoxigraph's
    `prefixes=`)."""
    declared = {m.lower() for m in re.findall(r"(?im)^\s*PREFIX\s+([\w-]*):", text)}
    head = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in prefixes.items() if name.lower() not in declared)
    return head + text


def _complete(headers) -> None:
    """Virtuoso cuts results at ResultSetMaxRows and answers partially at its time limit, saying
    so only in headers: refuse such an answer rather than pass it off as whole."""
    if headers.get("X-SQL-State"):
        raise StoreError(f"the server answered only in part ({headers.get('X-SQL-State')}: "
                         f"{headers.get('X-SQL-Message', '')}); raise its time limit "
                         f"(Virtuoso: MaxQueryExecutionTime in [SPARQL] of virtuoso.ini)")
    if headers.get("X-SPARQL-MaxRows"):
        raise StoreError(f"the server cut the result at {headers.get('X-SPARQL-MaxRows')} rows; raise its "
                         f"limit (Virtuoso: ResultSetMaxRows in [SPARQL] of virtuoso.ini)")


def _ask(data: bytes) -> bytes:
    """An ASK answer as SPARQL JSON says it (`boolean`): Virtuoso 7.2 answers some ASK queries
    as a table with one variable `__ASK_RETVAL`, no row meaning false, which would read as a
    (true) result set."""
    if b"__ASK_RETVAL" not in data[:200]:
        return data
    import json
    doc = json.loads(data)
    if doc.get("head", {}).get("vars") != ["__ASK_RETVAL"]:
        return data
    rows = doc.get("results", {}).get("bindings", [])
    found = any(r.get("__ASK_RETVAL", {}).get("value") not in (None, "0", "false") for r in rows)
    return json.dumps({"head": {}, "boolean": found}).encode("utf-8")


def _blank_labels(data: bytes) -> bytes:
    """SPARQL JSON results with blank node labels pyoxigraph accepts: Virtuoso's are
    "nodeID://b10056". The same label stays the same node within the answer."""
    if b'"bnode"' not in data:
        return data
    import json
    doc = json.loads(data)
    for row in doc.get("results", {}).get("bindings", []):
        for value in row.values():
            if value.get("type") == "bnode" and not re.fullmatch(r"[A-Za-z0-9_]+", value["value"]):
                value["value"] = "b" + value["value"].encode("utf-8").hex()
    return json.dumps(doc).encode("utf-8")


def _short(e: Exception) -> str:
    text = str(e).replace("\\n", "\n")
    text = text.split("\nSPARQL query:", 1)[0]
    return " ".join(text.split())[:400]
