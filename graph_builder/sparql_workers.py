"""Queries run in worker processes, so that one over the time limit is really stopped.

pyoxigraph evaluates a query in native code that holds no Python checkpoints: a thread
running it cannot be interrupted, only abandoned, and it would keep a core busy. Each worker
is a process (started with "spawn": a fresh interpreter, nothing inherited from the server's
threads) that opens the store once and answers jobs over a pipe; the server waits for the
answer up to the limit and otherwise kills the process (SIGKILL) and starts a new one for the
next request. The worker serialises the result itself, cut at the row cap, so only bytes cross
the pipe.

Read-only workers open the store read-only and reopen it when `mtkg build` has swapped a new
store in (the directory's inode changes). With --allow-update there is one worker, which opens
the store for writing: RocksDB allows one writer, and readers in other processes would not see
its changes.

The worker, not the server, parses the text (sparql_guard) and picks the media type from the
parsed form: a huge or pathological text then costs a worker under the time limit, never the
server. Once the store is open the worker gives up the right to open network sockets
(no_network.py): whatever a query says, it reaches no other host."""
from __future__ import annotations

import multiprocessing
import os
import queue
import threading
import time
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

START_LIMIT = 120.0  # seconds a new worker may take to import and open the store


@dataclass
class Answer:
    status: int
    body: bytes = b""
    media: str = "text/plain"
    truncated: bool = False
    headers: dict = field(default_factory=dict)

    @classmethod
    def text(cls, status: int, message: str) -> "Answer":
        return cls(status, (message.rstrip() + "\n").encode("utf-8"), "text/plain")


@dataclass
class Job:
    text: str
    accept: str | None = None                # the request's Accept header
    fmt: str | None = None                   # its format= parameter, which overrides Accept
    max_rows: int = 10_000
    update: bool = False
    default_graph: list[str] | None = None   # default-graph-uri (else the union of all graphs)
    named_graphs: list[str] | None = None    # named-graph-uri
    source: str | None = None                # a saved query's `source`: its graphs only (query.scope)
    form: str | None = None                  # a saved query's form, from its parsed template; else parsed here


class PoolError(Exception):
    pass


class Worker:
    def __init__(self, store: Path, writable: bool) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_main, args=(child, str(store), writable), daemon=True,
                                name="mtkg-sparql-worker")
        self.proc.start()
        child.close()
        if not self.conn.poll(START_LIMIT):
            self.kill()
            raise PoolError(f"a query worker did not start within {START_LIMIT:g} s")
        try:
            kind, message = self.conn.recv()
        except EOFError:
            kind, message = "error", "the query worker exited while opening the store"
        if kind != "ready":
            self.kill()
            raise PoolError(message)
        self.wall = message     # how the worker is kept off the network ("" when it is not)

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(10)
        self.conn.close()


class Pool:
    """Up to `size` workers; a request waits for a free one (within the time limit)."""

    def __init__(self, store: Path, size: int = 2, timeout: float = 30.0, writable: bool = False) -> None:
        self.store, self.timeout, self.writable = Path(store), timeout, writable
        self.size = 1 if writable else max(1, size)
        self._idle: queue.LifoQueue[Worker] = queue.LifoQueue()
        self._slots = threading.BoundedSemaphore(self.size)
        self._all: set[Worker] = set()  # idle or busy, so that close() reaches a busy one too
        self._lock = threading.Lock()
        self.wall = ""

    def start(self) -> None:
        """Start the workers now (and fail now if the store cannot be opened)."""
        workers = [self._spawn() for _ in range(self.size)]
        self.wall = workers[0].wall  # how the workers are kept off the network, or why they are not
        for w in workers:
            self._idle.put(w)

    def _spawn(self) -> Worker:
        w = Worker(self.store, self.writable)
        with self._lock:
            self._all.add(w)
        return w

    def _discard(self, w: Worker) -> None:
        with self._lock:
            self._all.discard(w)
        w.kill()

    def run(self, job: Job) -> Answer:
        if not self._slots.acquire(timeout=self.timeout):
            return Answer.text(503, f"all {self.size} query workers stayed busy for {self.timeout:g} s; try again")
        try:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                try:
                    worker = self._spawn()
                except PoolError as e:
                    return Answer.text(500, f"cannot start a query worker: {e}")
            try:
                worker.conn.send(job)
                if not worker.conn.poll(self.timeout):
                    self._discard(worker)
                    return Answer.text(503, f"the query ran longer than the time limit ({self.timeout:g} s) and "
                                            f"was stopped; narrow it, add a LIMIT, or ask for a longer --timeout")
                answer = worker.conn.recv()
            except (EOFError, OSError):  # it died (or the server is stopping and killed it)
                self._discard(worker)
                return Answer.text(500, "the query worker died while running the query (out of memory?)")
            self._idle.put(worker)
            return answer
        finally:
            self._slots.release()

    def close(self) -> None:
        with self._lock:
            workers = list(self._all)
        for w in workers:
            self._discard(w)


# -- in the worker process -------------------------------------------------------------------

def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _open(path: str, writable: bool):
    from pyoxigraph import Store
    from .store import open_read
    return Store(path) if writable else open_read(Path(path))


def _main(conn, path: str, writable: bool) -> None:
    try:
        store, seen = _open(path, writable), _identity(path)
    except Exception as e:  # reported to the server, which says so and exits
        conn.send(("error", str(e)))
        return
    from .no_network import Unavailable, forbid
    try:
        wall = forbid()
    except Unavailable as e:
        wall = f"unavailable ({e})"
    conn.send(("ready", wall))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if not writable and _identity(path) != seen:  # a build swapped a new store in
            try:
                store, seen = _open(path, writable), _identity(path)
            except Exception as e:
                conn.send(Answer.text(500, f"cannot reopen the store: {e}"))
                continue
        started = time.monotonic()
        answer = _answer(store, job)
        answer.headers["X-MTKG-Query-Seconds"] = f"{time.monotonic() - started:.3f}"
        conn.send(answer)


def _answer(store, job: Job) -> Answer:
    from pyoxigraph import NamedNode, QueryBoolean, QuerySolutions
    from . import sparql_results as R
    from .sparql_guard import Refused, check_query, check_update
    from .vocab import PREFIXES
    try:
        form = job.form or (check_update(job.text, allowed=True) if job.update else check_query(job.text)).form
    except Refused as e:
        return Answer.text(e.status, str(e))
    graph = form in ("CONSTRUCT", "DESCRIBE")
    try:
        media = R.negotiate(job.accept, job.fmt, graph)
    except R.NotAcceptable as e:
        return Answer.text(406, str(e))
    try:
        if job.update:
            store.update(job.text, prefixes=PREFIXES)
            return Answer(204)
        kwargs = {"prefixes": PREFIXES}
        if job.source is not None:          # a saved query's article: as graph_builder.query.scope
            from .query import source_graphs
            kwargs["default_graph"] = kwargs["named_graphs"] = source_graphs(store, job.source)
        else:
            if job.default_graph:
                kwargs["default_graph"] = [NamedNode(g) for g in job.default_graph]
            else:  # as graph_builder.query.run: every article's graph is in the default graph
                kwargs["use_default_graph_as_union"] = True
            if job.named_graphs:
                kwargs["named_graphs"] = [NamedNode(g) for g in job.named_graphs]
        result = store.query(job.text, **kwargs)
        if isinstance(result, QuerySolutions):
            variables = [v.value for v in result.variables]
            rows = list(islice(result, job.max_rows + 1))
            cut = len(rows) > job.max_rows
            return Answer(200, R.solutions(variables, rows[: job.max_rows], media), media, cut)
        if isinstance(result, QueryBoolean):
            return Answer(200, R.boolean(result, media), media)
        triples = list(islice(result, job.max_rows + 1))
        cut = len(triples) > job.max_rows
        return Answer(200, R.triples(triples[: job.max_rows], media), media, cut)
    except SyntaxError as e:
        return Answer.text(400, f"SPARQL syntax error: {e}")
    except ValueError as e:  # a malformed IRI in default-graph-uri / named-graph-uri
        return Answer.text(400, str(e))
    except OSError as e:
        return Answer.text(500, f"the store could not answer: {e}")
