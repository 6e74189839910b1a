"""`mtkg serve`: the store over HTTP, with the standard library's server and pyoxigraph.

    /                 a SPARQL editor (YASGUI, bundled in serve_assets/, no CDN) with the saved queries
    /sparql           SPARQL 1.1 Protocol: GET ?query=, POST form (query=) or application/sparql-query
    /api              the saved queries (JSON); /api/<name>?param=… runs one, /api/<name>.rq shows
                      its text with the parameters bound
    /openapi.json     an OpenAPI 3 description of /api and /sparql
    /prefixes.json    the predeclared prefixes, which the editor offers

Read-only unless started with --allow-update; LOAD and SERVICE are always refused (the server
fetches nothing from other hosts): judged from the parse tree (sparql_guard.py), and the workers
cannot open network sockets anyway (no_network.py). Every query runs in a worker process under a time limit
and a row cap (sparql_workers.py); a cut result carries `X-MTKG-Truncated: true`."""
from __future__ import annotations

import functools
import json
import signal
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from . import query as Q
from . import sparql_results as R
from .openapi import spec
from .sparql_guard import Refused, check_query, check_update
from .sparql_workers import Answer, Job, Pool
from .vocab import PREFIXES

ASSETS = Path(__file__).resolve().parent / "serve_assets"
ASSET_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
               ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml"}
# The page may talk to this server only: a bundled script that tried to reach a CDN, a font
# host or a vocabulary service would be blocked (and the browser test would see it).
PAGE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
               "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'")
MAX_BODY = 1 << 20  # bytes of a POSTed query
FORM = "application/x-www-form-urlencoded"


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, pool: Pool, max_rows: int, allow_update: bool, quiet: bool = False,
                 queries: Path = Q.QUERIES) -> None:
        super().__init__(address, Handler)
        self.pool, self.max_rows, self.allow_update, self.quiet = pool, max_rows, allow_update, quiet
        self.queries = queries

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host if ':' not in host else f'[{host}]'}:{port}/"

    def close(self) -> None:
        self.shutdown()
        self.server_close()
        self.pool.close()


def make_server(store: Path, host: str = "127.0.0.1", port: int = 8890, timeout: float = 30.0,
                max_rows: int = 10_000, allow_update: bool = False, workers: int = 2,
                quiet: bool = False) -> Server:
    """A server with its query workers started (this fails early if the store cannot be opened)."""
    from .store import StoreError
    if not (Path(store) / "CURRENT").exists():
        raise StoreError(f"{store}: no mtkg store here (run `mtkg build` first, or pass --store)")
    pool = Pool(Path(store), size=workers, timeout=timeout, writable=allow_update)
    try:
        pool.start()
    except Exception as e:
        pool.close()
        raise StoreError(f"{store}: {e}") from e
    try:
        return Server((host, port), pool, max_rows, allow_update, quiet)
    except OSError:
        pool.close()
        raise


class Handler(BaseHTTPRequestHandler):
    server: Server
    server_version = "mtkg"

    # -- routing --------------------------------------------------------------------------

    def _url(self):
        # http.server reads the request line as Latin-1; a client that sent raw UTF-8 (curl with
        # "Hướng dẫn" in the address) gets its characters back
        try:
            return urlsplit(self.path.encode("latin-1").decode("utf-8"))
        except UnicodeError:
            return urlsplit(self.path)

    def do_GET(self) -> None:
        url = self._url()
        params = parse_qs(url.query, keep_blank_values=True)
        path = url.path
        if path in ("/", "/index.html"):
            return self._asset("index.html")
        if path.startswith("/assets/"):
            return self._asset(path.removeprefix("/assets/"))
        if path == "/sparql":
            return self._sparql(params)
        if path == "/prefixes.json":  # the editor declares these as you type `mtkg:` (not prefix.cc's)
            return self._json(PREFIXES)
        if path == "/openapi.json":
            return self._json(spec(Q.saved(self.server.queries)))
        if path in ("/api", "/api/"):
            return self._json([_describe(q) for q in Q.saved(self.server.queries).values()])
        if path.startswith("/api/"):
            return self._saved(path.removeprefix("/api/"), params)
        self._send(Answer.text(404, f"nothing at {path}; try /, /sparql, /api or /openapi.json"))

    def do_POST(self) -> None:
        url = self._url()
        if url.path != "/sparql":
            return self._send(Answer.text(405, "only /sparql takes POST"))
        params = parse_qs(url.query, keep_blank_values=True)
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return self._send(Answer.text(400, "Content-Length is not a number"))
        if length > MAX_BODY:
            return self._send(Answer.text(413, f"the request is over {MAX_BODY} bytes"))
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == FORM:
            form = parse_qs(body, keep_blank_values=True)
            for k, v in form.items():
                params.setdefault(k, []).extend(v)
            if "update" in form:
                return self._update(form["update"][0])
            return self._sparql(params)
        if ctype == "application/sparql-query":
            return self._sparql(params, body)
        if ctype == "application/sparql-update":
            return self._update(body)
        self._send(Answer.text(415, f"POST a query as {FORM} (query=…) or application/sparql-query, "
                                    f"not {ctype or 'no Content-Type'}"))

    # -- SPARQL ---------------------------------------------------------------------------

    def _sparql(self, params: dict[str, list[str]], text: str | None = None) -> None:
        if text is None:
            queries = params.get("query", [])
            if "update" in params:
                return self._send(Answer.text(403 if not self.server.allow_update else 400,
                                              "updates are POSTed (update=… or application/sparql-update)"
                                              + ("" if self.server.allow_update else
                                                 "; this server is read-only (start it with --allow-update)")))
            if len(queries) != 1:
                return self._send(Answer.text(400, "give exactly one query: /sparql?query=SELECT… "
                                                   "(or POST it as query=… or application/sparql-query)"))
            text = queries[0]
        fmt = _one(params, "format")
        self._run(text, fmt, params.get("default-graph-uri"), params.get("named-graph-uri"))

    def _update(self, text: str) -> None:
        if not self.server.allow_update:  # the worker parses and checks what an allowed one is
            try:
                check_update(text, allowed=False)
            except Refused as e:
                return self._send(Answer.text(e.status, str(e)))
        self._send(self.server.pool.run(Job(text, update=True)))

    def _run(self, text: str, fmt: str | None, default_graph=None, named_graphs=None, source=None,
             form=None) -> None:
        # parsed, refused or negotiated in the worker, under the time limit (sparql_workers._answer)
        self._send(self.server.pool.run(Job(text, accept=self.headers.get("Accept"), fmt=fmt,
                                            max_rows=self.server.max_rows, default_graph=default_graph,
                                            named_graphs=named_graphs, source=source, form=form)))

    # -- saved queries --------------------------------------------------------------------

    def _saved(self, name: str, params: dict[str, list[str]]) -> None:
        show_text = name.endswith(".rq")
        name = name.removesuffix(".rq")
        try:
            q = Q.get(name, self.server.queries)
        except Q.QueryError as e:
            return self._send(Answer.text(404, str(e).replace("`mtkg query --list` shows", "GET /api lists")))
        repeated = sorted(k for k, v in params.items() if len(v) > 1)
        if repeated:
            return self._send(Answer.text(400, f"give each parameter once: {', '.join(repeated)}"))
        fmt = _one(params, "format") if "format" not in q.params else None
        values = {k: v[0] for k, v in params.items() if not (k == "format" and fmt is not None)}
        try:
            text = Q.bind(q, values)
        except Q.QueryError as e:
            return self._send(Answer.text(400, str(e).replace("--param ", "")))
        if show_text:
            return self._send(Answer(200, text.encode("utf-8"), "application/sparql-query; charset=utf-8"))
        try:  # the template is what is checked: values are bound as RDF terms, never as text
            form = _template_form(q.text)
        except Refused as e:
            return self._send(Answer.text(e.status, f"saved query {name}: {e}"))
        self._run(text, fmt, source=values.get("source") if "source" in q.params else None, form=form)

    # -- responses ------------------------------------------------------------------------

    def _asset(self, name: str) -> None:
        path = ASSETS / name
        kind = ASSET_TYPES.get(path.suffix)
        # only the folder's own files, by their exact name: no "..", no subfolders
        if kind is None or "/" in name or name not in {p.name for p in ASSETS.iterdir()}:
            return self._send(Answer.text(404, f"no asset {name}"))
        answer = Answer(200, path.read_bytes(), kind)
        if path.suffix == ".html":
            answer.headers["Content-Security-Policy"] = PAGE_POLICY
        else:
            answer.headers["Cache-Control"] = "max-age=3600"
        self._send(answer)

    def _json(self, doc) -> None:
        self._send(Answer(200, json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"),
                          "application/json"))

    def _send(self, a: Answer) -> None:
        self.send_response(a.status)
        if a.status != 204:
            self.send_header("Content-Type", _content_type(a.media))
            self.send_header("Content-Length", str(len(a.body)))
        if a.status == 200 and a.media in {*R.SOLUTION_TYPES, *R.GRAPH_TYPES}:
            self.send_header("X-MTKG-Truncated", "true" if a.truncated else "false")
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in a.headers.items():
            self.send_header(k, v)
        self.end_headers()
        if a.status != 204 and self.command != "HEAD":
            self.wfile.write(a.body)

    def log_message(self, format: str, *args) -> None:
        if not self.server.quiet:
            super().log_message(format, *args)


def _content_type(media: str) -> str:
    if "charset" in media:
        return media
    return "text/plain; charset=utf-8" if media == "text/plain" else R.content_type(media)


@functools.lru_cache(maxsize=256)
def _template_form(text: str) -> str:
    """A saved query's form, parsed once per text of its template (a parse takes 20-100 ms)."""
    return check_query(text).form


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    return values[-1] if values else None


def _describe(q: Q.SavedQuery) -> dict:
    return {"name": q.name, "summary": q.summary, "description": q.description, "tags": q.tags,
            "required": q.required, "optional": q.optional, "path": f"/api/{q.name}", "query": q.text}


def serve(store: Path, host: str, port: int, timeout: float, max_rows: int, allow_update: bool,
          workers: int) -> int:
    try:
        server = make_server(store, host, port, timeout, max_rows, allow_update, workers)
    except OSError as e:  # the address is taken, or not this machine's
        print(f"mtkg serve: cannot listen on {host}:{port}: {e.strerror or e}", file=sys.stderr)
        return 2
    print(f"mtkg serve: {store} at {server.url}  (SPARQL {server.url}sparql, API {server.url}api, "
          f"OpenAPI {server.url}openapi.json)\n"
          f"  {'read-write' if allow_update else 'read-only'}; {timeout:g} s per query, at most "
          f"{max_rows} rows; Ctrl-C stops", file=sys.stderr)
    if server.pool.wall.startswith("unavailable"):
        print(f"mtkg serve: warning: query workers can reach the network ({server.pool.wall}); SERVICE "
              f"and LOAD are still refused by the parser", file=sys.stderr)
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"mtkg serve: listening on {host}: other machines can reach it", file=sys.stderr)
    def stop(*_):  # `kill` stops the workers too, as Ctrl-C does (a busy one would run on)
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.pool.close()
    return 0
