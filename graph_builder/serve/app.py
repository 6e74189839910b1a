"""`mtkg serve`: the store over HTTP, served by uvicorn with a starlette app.

    /                 a SPARQL editor (YASGUI, bundled in assets/, no CDN) with the saved queries
    /sparql           SPARQL 1.1 Protocol: GET ?query=, POST form (query=) or application/sparql-query
    /api              the saved queries (JSON); /api/<name>?param=… runs one, /api/<name>.rq shows
                      its text with the parameters bound
    /openapi.json     an OpenAPI 3 description of /api and /sparql
    /prefixes.json    the predeclared prefixes, which the editor offers

Read-only unless started with --allow-update; LOAD and SERVICE are always refused (the server
fetches nothing from other hosts): judged from the parse tree (guard.py), and the workers cannot
open network sockets anyway (no_network.py). Every query runs in a worker process under a time
limit, a row cap and a memory cap, and long queries cannot starve short ones (workers.py); a cut
result carries `X-MTKG-Truncated: true`.

What a public service needs of its HTTP side: a request body is capped at MAX_BODY bytes
whatever its headers say (read in chunks, counted), must arrive within `body_timeout`, and its
head within `header_timeout` (uvicorn times out only idle kept-alive connections: `_Protocol`
adds the rest); at most `max_connections` connections at once, more are answered 503."""
from __future__ import annotations

import asyncio
import functools
import json
import socket
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs

import uvicorn
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from uvicorn.protocols.http.h11_impl import H11Protocol

from .. import query as Q
from ..vocab import PREFIXES
from . import results as R
from .guard import Refused, check_query, check_update
from .openapi import spec
from .workers import Answer, Job, Pool

ASSETS = Path(__file__).resolve().parent / "assets"
ASSET_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
               ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml"}
# The page may talk to this server only: a bundled script that tried to reach a CDN, a font
# host or a vocabulary service would be blocked (and the browser test would see it).
PAGE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
               "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'")
MAX_BODY = 1 << 20  # bytes of a POSTed query
FORM = "application/x-www-form-urlencoded"


@dataclass
class Limits:
    max_rows: int = 10_000
    max_connections: int = 64       # open connections; more are answered 503 at once
    header_timeout: float = 10.0    # seconds for a request's head to arrive
    body_timeout: float = 10.0      # seconds for its body


class _BodyError(Exception):
    def __init__(self, answer: Answer) -> None:
        self.answer = answer


# -- the HTTP side ------------------------------------------------------------------------------

class _Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 with a deadline on each request's head: a connection that opens and
    sends nothing, or trickles its headers, is closed after `header_timeout` seconds."""
    header_timeout = 10.0

    def connection_made(self, transport) -> None:
        super().connection_made(transport)
        self._head_timer = self.loop.call_later(self.header_timeout, self._head_overdue)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._head_timer.cancel()
        self._head_timer = self.loop.call_later(self.header_timeout, self._head_overdue)

    def connection_lost(self, exc) -> None:
        self._head_timer.cancel()
        super().connection_lost(exc)

    def _head_overdue(self) -> None:
        # no request under way (none yet, or the last one answered): its head is overdue
        if (self.cycle is None or self.cycle.response_complete) and not self.transport.is_closing():
            self.transport.close()


async def _body(request: Request, limits: Limits) -> bytes:
    """The request body, counted as it comes: over MAX_BODY is a 413 whatever Content-Length
    said, slower than `body_timeout` a 408."""
    chunks, size = [], 0

    async def read() -> None:
        nonlocal size
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_BODY:
                raise _BodyError(Answer.text(413, f"the request is over {MAX_BODY} bytes"))
            chunks.append(chunk)
    try:
        await asyncio.wait_for(read(), limits.body_timeout)
    except asyncio.TimeoutError:
        raise _BodyError(Answer.text(408, f"the request body did not arrive within {limits.body_timeout:g} s")) from None
    return b"".join(chunks)


def _response(a: Answer, head: bool = False) -> Response:
    headers = {"X-Content-Type-Options": "nosniff", **a.headers}
    if a.status == 200 and a.media in {*R.SOLUTION_TYPES, *R.GRAPH_TYPES}:
        headers["X-MTKG-Truncated"] = "true" if a.truncated else "false"
    if a.status == 204:
        return Response(status_code=204, headers=headers)
    headers["Content-Type"] = _content_type(a.media)
    return Response(b"" if head else a.body, status_code=a.status, headers=headers)


def _content_type(media: str) -> str:
    if "charset" in media:
        return media
    return "text/plain; charset=utf-8" if media == "text/plain" else R.content_type(media)


def _params(request: Request) -> dict[str, list[str]]:
    return parse_qs(request.url.query, keep_blank_values=True)


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    return values[-1] if values else None


@functools.lru_cache(maxsize=256)
def _template_form(text: str) -> str:
    """A saved query's form, parsed once per text of its template (a parse takes 20-100 ms)."""
    return check_query(text).form


def _describe(q: Q.SavedQuery) -> dict:
    return {"name": q.name, "summary": q.summary, "description": q.description, "tags": q.tags,
            "required": q.required, "optional": q.optional, "lookups": [l.param for l in q.lookups],
            "path": f"/api/{q.name}", "query": q.text}


# -- the application ------------------------------------------------------------------------------

class App:
    """The routes, over a worker pool. `queries` is the folder of saved queries."""

    def __init__(self, pool: Pool, limits: Limits, allow_update: bool, queries: Path = Q.QUERIES) -> None:
        self.pool, self.limits, self.allow_update, self.queries = pool, limits, allow_update, queries
        get = ["GET", "HEAD"]
        self.asgi = Starlette(routes=[
            Route("/", self.index, methods=get), Route("/index.html", self.index, methods=get),
            Route("/assets/{name:path}", self.asset, methods=get),
            Route("/sparql", self.sparql, methods=["GET", "HEAD", "POST"]),
            Route("/prefixes.json", self.prefixes, methods=get),
            Route("/openapi.json", self.openapi, methods=get),
            Route("/api", self.api_list, methods=get), Route("/api/", self.api_list, methods=get),
            Route("/api/{name:path}", self.api, methods=get),
        ])
        self.asgi.add_exception_handler(404, self.not_found)
        self.asgi.add_exception_handler(405, self.not_allowed)

    async def not_found(self, request: Request, exc) -> Response:
        return _response(Answer.text(404, f"nothing at {request.url.path}; try /, /sparql, /api or /openapi.json"))

    async def not_allowed(self, request: Request, exc) -> Response:
        return _response(Answer.text(405, "only /sparql takes POST"))

    async def index(self, request: Request) -> Response:
        return self._asset("index.html", request.method == "HEAD")

    async def asset(self, request: Request) -> Response:
        return self._asset(request.path_params["name"], request.method == "HEAD")

    def _asset(self, name: str, head: bool) -> Response:
        path = ASSETS / name
        kind = ASSET_TYPES.get(path.suffix)
        # only the folder's own files, by their exact name: no "..", no subfolders
        if kind is None or "/" in name or name not in {p.name for p in ASSETS.iterdir()}:
            return _response(Answer.text(404, f"no asset {name}"))
        answer = Answer(200, path.read_bytes(), kind)
        if path.suffix == ".html":
            answer.headers["Content-Security-Policy"] = PAGE_POLICY
        else:
            answer.headers["Cache-Control"] = "max-age=3600"
        return _response(answer, head)

    async def prefixes(self, request: Request) -> Response:
        return self._json(PREFIXES)   # the editor declares these as you type `mtkg:` (not prefix.cc's)

    async def openapi(self, request: Request) -> Response:
        return self._json(spec(Q.saved(self.queries)))

    async def api_list(self, request: Request) -> Response:
        return self._json([_describe(q) for q in Q.saved(self.queries).values()])

    def _json(self, doc) -> Response:
        return _response(Answer(200, json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"),
                                "application/json"))

    # -- SPARQL ---------------------------------------------------------------------------------

    async def sparql(self, request: Request) -> Response:
        params = _params(request)
        head = request.method == "HEAD"
        if request.method != "POST":
            return await self._query(request, params, None, head)
        try:
            body = (await _body(request, self.limits)).decode("utf-8", errors="replace")
        except _BodyError as e:
            return _response(e.answer)
        ctype = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
        if ctype == FORM:
            form = parse_qs(body, keep_blank_values=True)
            for k, v in form.items():
                params.setdefault(k, []).extend(v)
            if "update" in form:
                return await self._update(form["update"][0])
            return await self._query(request, params, None)
        if ctype == "application/sparql-query":
            return await self._query(request, params, body)
        if ctype == "application/sparql-update":
            return await self._update(body)
        return _response(Answer.text(415, f"POST a query as {FORM} (query=…) or application/sparql-query, "
                                          f"not {ctype or 'no Content-Type'}"))

    async def _query(self, request: Request, params: dict[str, list[str]], text: str | None,
                     head: bool = False) -> Response:
        if text is None:
            queries = params.get("query", [])
            if "update" in params:
                return _response(Answer.text(403 if not self.allow_update else 400,
                                             "updates are POSTed (update=… or application/sparql-update)"
                                             + ("" if self.allow_update else
                                                "; this server is read-only (start it with --allow-update)")))
            if len(queries) != 1:
                return _response(Answer.text(400, "give exactly one query: /sparql?query=SELECT… "
                                                  "(or POST it as query=… or application/sparql-query)"))
            text = queries[0]
        return await self._run(request, text, _one(params, "format"), params.get("default-graph-uri"),
                               params.get("named-graph-uri"), head=head)

    async def _update(self, text: str) -> Response:
        if not self.allow_update:  # the worker parses and checks what an allowed one is
            try:
                check_update(text, allowed=False)
            except Refused as e:
                return _response(Answer.text(e.status, str(e)))
        return _response(await run_in_threadpool(self.pool.run, Job(text, update=True)))

    async def _run(self, request: Request, text: str, fmt: str | None, default_graph=None, named_graphs=None,
                   source=None, form=None, head: bool = False, lookups=(), saved=None) -> Response:
        # parsed, refused or negotiated in the worker, under the time limit (workers._answer)
        job = Job(text, accept=request.headers.get("accept"), fmt=fmt, max_rows=self.limits.max_rows,
                  default_graph=default_graph, named_graphs=named_graphs, source=source, form=form,
                  lookups=list(lookups), saved=saved)
        return _response(await run_in_threadpool(self.pool.run, job), head)

    # -- saved queries --------------------------------------------------------------------------

    async def api(self, request: Request) -> Response:
        name = request.path_params["name"]
        params = _params(request)
        show_text = name.endswith(".rq")
        name = name.removesuffix(".rq")
        try:
            q = Q.get(name, self.queries)
        except Q.QueryError as e:
            return _response(Answer.text(404, str(e).replace("`mtkg query --list` shows", "GET /api lists")))
        repeated = sorted(k for k, v in params.items() if len(v) > 1)
        if repeated:
            return _response(Answer.text(400, f"give each parameter once: {', '.join(repeated)}"))
        reserved = {"format", "limit", "offset"} - set(q.params)   # a query's own parameter wins
        fmt = _one(params, "format") if "format" in reserved else None
        values = {k: v[0] for k, v in params.items() if k not in reserved}
        try:
            limit, offset = (_count(params, k) if k in reserved else None for k in ("limit", "offset"))
            if show_text:   # what a client without the name index runs: every value bound as a term
                text, pending = Q.page(Q.bind(q, values), limit, offset), []
            else:
                text, pending = Q.prepare(q, values)
                text = Q.page(text, limit, offset)
        except Q.QueryError as e:
            return _response(Answer.text(400, str(e).replace("--param ", "")))
        if show_text:
            return _response(Answer(200, text.encode("utf-8"), "application/sparql-query; charset=utf-8"))
        try:  # the template is what is checked: values are bound as RDF terms, never as text
            form = _template_form(q.text)
        except Refused as e:
            return _response(Answer.text(e.status, f"saved query {name}: {e}"))
        return await self._run(request, text, fmt, source=values.get("source") if "source" in q.params else None,
                               form=form, head=request.method == "HEAD", lookups=pending,
                               saved=(q, values, limit, offset) if pending else None)


def _count(params: dict[str, list[str]], name: str) -> int | None:
    value = _one(params, name)
    if value is None:
        return None
    if not value.isascii() or not value.isdigit():
        raise Q.QueryError(f"{name} is a number of rows, not {value[:40]!r}")
    return int(value)


# -- the server ---------------------------------------------------------------------------------

class Server:
    """An App served by uvicorn on a socket bound at once (so `url` is known before serving)."""

    def __init__(self, app: App, sock: socket.socket, limits: Limits, quiet: bool) -> None:
        self.app, self.sock, self.limits = app, sock, limits
        protocol = type("Protocol", (_Protocol,), {"header_timeout": limits.header_timeout})
        config = uvicorn.Config(app.asgi, http=protocol, lifespan="off", limit_concurrency=limits.max_connections,
                                timeout_keep_alive=5, log_level="warning" if quiet else "info",
                                access_log=not quiet, server_header=False)
        self.uvicorn = uvicorn.Server(config)
        self._stopped = threading.Event()

    @property
    def pool(self) -> Pool:
        return self.app.pool

    @property
    def queries(self) -> Path:
        return self.app.queries

    @queries.setter
    def queries(self, folder: Path) -> None:
        self.app.queries = folder

    @property
    def url(self) -> str:
        host, port = self.sock.getsockname()[:2]
        return f"http://{host if ':' not in host else f'[{host}]'}:{port}/"

    def serve_forever(self) -> None:
        try:
            self.uvicorn.run(sockets=[self.sock])
        finally:
            self._stopped.set()

    def close(self) -> None:
        self.uvicorn.should_exit = True
        self._stopped.wait(10)
        self.sock.close()
        self.pool.close()


def make_server(store: Path, host: str = "127.0.0.1", port: int = 8890, timeout: float = 30.0,
                max_rows: int = 10_000, allow_update: bool = False, workers: int = 4, quiet: bool = False,
                max_slow: int = 4, slow_after: float = 0.5, max_memory: int = 2048, max_connections: int = 64,
                header_timeout: float = 10.0, body_timeout: float = 10.0) -> Server:
    """A server with its query workers started (this fails early if the store cannot be opened)."""
    from ..store import StoreError
    if not (Path(store) / "CURRENT").exists():
        raise StoreError(f"{store}: no mtkg store here (run `mtkg build` first, or pass --store)")
    pool = Pool(Path(store), size=workers, timeout=timeout, writable=allow_update, slow_after=slow_after,
                max_slow=max_slow, max_memory=max_memory)
    try:
        pool.start()
    except Exception as e:
        pool.close()
        raise StoreError(f"{store}: {e}") from e
    limits = Limits(max_rows, max_connections, header_timeout, body_timeout)
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        pool.close()
        raise
    return Server(App(pool, limits, allow_update), sock, limits, quiet)


def serve(store: Path, host: str, port: int, timeout: float, max_rows: int, allow_update: bool,
          workers: int, **limits) -> int:
    try:
        server = make_server(store, host, port, timeout, max_rows, allow_update, workers, **limits)
    except OSError as e:  # the address is taken, or not this machine's
        print(f"mtkg serve: cannot listen on {host}:{port}: {e.strerror or e}", file=sys.stderr)
        return 2
    pool = server.pool
    print(f"mtkg serve: {store} at {server.url}  (SPARQL {server.url}sparql, API {server.url}api, "
          f"OpenAPI {server.url}openapi.json)\n"
          f"  {'read-write' if allow_update else 'read-only'}; {timeout:g} s per query, at most "
          f"{max_rows} rows; {pool.size} workers and up to {pool.max_slow} long queries, "
          f"{pool.max_memory} MiB each; Ctrl-C stops", file=sys.stderr)
    if pool.wall.startswith("unavailable"):
        print(f"mtkg serve: warning: query workers can reach the network ({pool.wall}); SERVICE "
              f"and LOAD are still refused by the parser", file=sys.stderr)
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"mtkg serve: listening on {host}: other machines can reach it", file=sys.stderr)
    try:
        server.serve_forever()      # uvicorn stops on SIGINT and SIGTERM; the workers go with it
    except KeyboardInterrupt:
        pass
    finally:
        server.sock.close()
        pool.close()
    return 0
