"""Queries run in worker processes, so that one over the time limit is really stopped and one
that runs long cannot starve the others.

pyoxigraph evaluates a query in native code that holds no Python checkpoints: a thread running
it cannot be interrupted, only abandoned. Each worker is a process (forked from a warm
forkserver, `_context`) that opens the store once and answers jobs over a pipe. In each worker:

- the text is parsed (guard.py) and the media type picked from the parsed form, so a huge or
  pathological text costs a worker under the time limit, never the server;
- the right to open network sockets is given up once the store is open (no_network.py);
- memory is capped (RLIMIT_DATA, `max_memory`): a query that outgrows it ends its worker, not
  the machine.

The pool keeps `size` workers for ordinary queries. A query that has used `slow_after` seconds
of CPU moves to the slow lane (CPU, not wall time: under load a short query waits for a core,
and is late, not long): its worker is reniced to the lowest CPU priority and another is started
in its place, so ordinary queries keep `size` workers and most of the CPU whatever the long
ones do. At most `max_slow` queries run in the slow lane at once; one more is
stopped with a 503. A slow-lane worker is retired when its query ends; any query is killed at
`timeout`.

Read-only workers open the store read-only and reopen it when `mtkg build` has swapped a new
store in (the directory's inode changes). With --allow-update there is one worker, which opens
the store for writing (RocksDB allows one writer) and has no slow lane."""
from __future__ import annotations

import functools
import multiprocessing
import os
import queue
import threading
import time
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

START_LIMIT = 120.0  # seconds a new worker may take to import and open the store
POLL = 0.05          # seconds between looks at a running query's CPU time
CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


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
    lookups: list = field(default_factory=list)  # a saved query's names to look up (query.resolve_lookups)
    saved: tuple | None = None               # (query, values, limit, offset): a kept table may answer it


class PoolError(Exception):
    pass


PRELOAD = ["pyoxigraph", "pyseccomp", "rdflib.plugins.sparql.parser", "graph_builder.serve.workers",
           "graph_builder.serve.guard", "graph_builder.serve.results", "graph_builder.serve.no_network",
           "graph_builder.query", "graph_builder.store", "graph_builder.kept_rows", "sqlite3"]


@functools.lru_cache(maxsize=1)
def _context():
    """Workers are forked from a forkserver that has imported what they need: a new worker takes
    0.1 s and no import CPU instead of 0.35 s of CPU for a fresh interpreter, which counts when
    runaway queries make the pool replace workers often. The forkserver is a fresh process (not
    a fork of the threaded server); where there is none, "spawn"."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


class Worker:
    def __init__(self, store: Path, writable: bool, max_memory: int) -> None:
        ctx = _context()
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_main, args=(child, str(store), writable, max_memory), daemon=True,
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

    def cpu_seconds(self) -> float:
        """CPU time the worker has used (Linux: /proc; elsewhere wall time stands in)."""
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
        except (OSError, IndexError, ValueError):
            return time.monotonic()

    def lower_priority(self) -> None:
        try:
            os.setpriority(os.PRIO_PROCESS, self.proc.pid, 19)
        except OSError:         # gone already, or not allowed: the time limit still holds
            pass

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(10)
        self.conn.close()


class Pool:
    """`size` workers for ordinary queries, and a slow lane of at most `max_slow` long ones."""

    def __init__(self, store: Path, size: int = 4, timeout: float = 30.0, writable: bool = False,
                 slow_after: float = 0.5, max_slow: int = 4, max_memory: int = 2048) -> None:
        self.store, self.timeout, self.writable = Path(store), timeout, writable
        self.size = 1 if writable else max(1, size)
        self.slow_after = slow_after
        self.max_slow = 0 if writable else max_slow
        self.max_memory = max_memory            # MiB per worker
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._all: set[Worker] = set()          # idle or busy, so that close() reaches a busy one too
        self._slow: set[Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.wall = ""

    def start(self) -> None:
        """Start the workers now (and fail now if the store cannot be opened)."""
        workers = [self._spawn() for _ in range(self.size)]
        self.wall = workers[0].wall  # how the workers are kept off the network, or why they are not
        for w in workers:
            self._idle.put(w)

    def _spawn(self) -> Worker:
        w = Worker(self.store, self.writable, self.max_memory)
        with self._lock:
            self._all.add(w)
        return w

    def _replace(self) -> None:
        """A new ordinary worker, started in the background."""
        def start():
            try:
                w = self._spawn()
            except PoolError:
                return      # the next request that finds no worker says so
            if self._closed:
                self._discard(w)
            else:
                self._idle.put(w)
        threading.Thread(target=start, daemon=True, name="mtkg-worker-start").start()

    def _discard(self, w: Worker) -> None:
        with self._lock:
            self._all.discard(w)
            self._slow.discard(w)
        w.kill()

    @property
    def slow(self) -> int:
        return len(self._slow)

    def run(self, job: Job) -> Answer:
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return Answer.text(503, f"all {self.size} query workers stayed busy for {self.timeout:g} s; try again")
        started, cpu = time.monotonic(), worker.cpu_seconds()
        try:
            worker.conn.send(job)
            # ordinary until the query has used `slow_after` seconds of CPU: waiting for a core
            # under load makes a short query late, not long
            while not worker.conn.poll(POLL):
                waited = time.monotonic() - started
                if waited >= self.timeout:
                    self._discard(worker)
                    self._replace()
                    return self._over_time()
                if not self.writable and worker.cpu_seconds() - cpu >= self.slow_after:
                    break
            else:
                answer = worker.conn.recv()
                self._idle.put(worker)
                return answer
            if not self._enter_slow_lane(worker):
                self._discard(worker)
                self._replace()
                return Answer.text(503, f"the server is already running {self.max_slow} long queries; this one "
                                        f"used {self.slow_after:g} s of CPU and was stopped; try again later, or "
                                        f"narrow it")
            left = self.timeout - (time.monotonic() - started)
            if left > 0 and worker.conn.poll(left):
                answer = worker.conn.recv()
                self._discard(worker)           # retired: its place was taken when it went slow
                return answer
            self._discard(worker)
            return self._over_time()
        except (EOFError, OSError):  # it died (out of memory), or the server is stopping and killed it
            was_slow = worker in self._slow
            self._discard(worker)
            if not was_slow and not self._closed:
                self._replace()
            return Answer.text(500, f"the query worker died while running the query (it may have needed more "
                                    f"than the {self.max_memory} MiB a worker may use)")

    def _enter_slow_lane(self, worker: Worker) -> bool:
        with self._lock:
            if len(self._slow) >= self.max_slow:
                return False
            self._slow.add(worker)
        worker.lower_priority()
        self._replace()
        return True

    def _over_time(self) -> Answer:
        return Answer.text(503, f"the query ran longer than the time limit ({self.timeout:g} s) and was stopped; "
                                f"narrow it, add a LIMIT, or ask for a longer --timeout")

    def close(self) -> None:
        self._closed = True
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
    from ..store import open_read
    return Store(path) if writable else open_read(Path(path))


def _cap_memory(mib: int) -> None:
    import resource
    if mib > 0:
        limit = mib << 20
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


def _main(conn, path: str, writable: bool, max_memory: int) -> None:
    try:
        store, seen = _open(path, writable), _identity(path)
        from .guard import parse
        parse("ASK {}")                 # load the parser now, not on the first request
        _cap_memory(max_memory)
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
        answer = _answer(store, job, path)
        answer.headers["X-MTKG-Query-Seconds"] = f"{time.monotonic() - started:.3f}"
        conn.send(answer)


def _answer(store, job: Job, path: str | None = None) -> Answer:
    from pyoxigraph import NamedNode, QueryBoolean, QuerySolutions
    from . import results as R
    from .guard import Refused, check_query, check_update
    from ..vocab import PREFIXES
    try:
        form = job.form or (check_update(job.text, allowed=True) if job.update else check_query(job.text)).form
    except Refused as e:
        return Answer.text(e.status, str(e))
    graph = form in ("CONSTRUCT", "DESCRIBE")
    try:
        media = R.negotiate(job.accept, job.fmt, graph)
    except R.NotAcceptable as e:
        return Answer.text(406, str(e))
    text = job.text
    if job.saved and path and not job.update:   # a broad lookup kept by `mtkg build --keep-listings`
        from ..kept_rows import answer as kept
        from ..query import NameNotFound
        q, values, limit, offset = job.saved
        try:    # one row past the cap tells that the answer was cut
            found = kept(store, Path(path), q, values, job.max_rows + 1 if limit is None
                         else min(limit, job.max_rows + 1), offset, lines=media == "text/csv")
        except NameNotFound as e:
            return Answer.text(404, str(e).replace("mtkg search NAME", "`mtkg search NAME`"))
        if found is not None:
            cut = len(found) > job.max_rows
            if media == "text/csv":
                body = found.csv_text("\r\n", job.max_rows).encode("utf-8")
            else:
                body = R.bindings(found.variables, found.bindings()[: job.max_rows], media)
            return Answer(200, body, media, cut)
    if job.lookups:     # names -> nodes, on this worker's store (the text was checked as a template)
        from ..query import NameNotFound, resolve_lookups
        try:
            text = resolve_lookups(store, text, job.lookups)
        except NameNotFound as e:
            return Answer.text(404, str(e).replace("mtkg search NAME", "`mtkg search NAME`"))
    try:
        if job.update:
            store.update(job.text, prefixes=PREFIXES)
            return Answer(204)
        kwargs = {"prefixes": PREFIXES}
        if job.source is not None:          # a saved query's article: as graph_builder.query.scope
            from ..query import source_graphs
            kwargs["default_graph"] = kwargs["named_graphs"] = source_graphs(store, job.source)
        else:
            if job.default_graph:
                kwargs["default_graph"] = [NamedNode(g) for g in job.default_graph]
            else:  # as graph_builder.query.run: every article's graph is in the default graph
                kwargs["use_default_graph_as_union"] = True
            if job.named_graphs:
                kwargs["named_graphs"] = [NamedNode(g) for g in job.named_graphs]
        result = store.query(text, **kwargs)
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
