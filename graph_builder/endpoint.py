"""Where a SPARQL 1.1 server takes queries, updates and graphs, and an HTTP client for writing.

`Endpoint.derive` fills in the update and Graph Store URLs from the query URL the way the
common servers lay them out (below); either can be given instead, and `--graph-store none`
leaves the Graph Store protocol out. Credentials come from MTKG_ENDPOINT_USER and
MTKG_ENDPOINT_PASSWORD; the server's challenge decides between HTTP basic and digest
(Virtuoso's /sparql-auth asks for digest).

    query URL                          update URL                  Graph Store URL
    http://h:8890/sparql               (the same)                  http://h:8890/sparql-graph-crud         Virtuoso
    http://h:8890/sparql-auth          (the same)                  http://h:8890/sparql-graph-crud-auth    Virtuoso
    http://h:3030/ds/query, /ds/sparql http://h:3030/ds/update     http://h:3030/ds/data                   Fuseki
    http://h:7200/repositories/ID      …/repositories/ID/statements  …/repositories/ID/rdf-graphs/service  GraphDB
    anything else                      (the same)                  none

`Session` is what writes: one persistent connection per host, authenticating in advance once
the server has challenged (urllib answers every challenge anew, sending a request's body twice:
measured here, 19k against 26k quads/s into Virtuoso). Queries go through SPARQLWrapper, for
which `install_query_auth` sets up urllib's own basic and digest handlers."""
from __future__ import annotations

import hashlib
import http.client
import os
import re
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

USER_VAR, PASSWORD_VAR = "MTKG_ENDPOINT_USER", "MTKG_ENDPOINT_PASSWORD"
NONE = "none"       # --graph-store none: SPARQL Update only


@dataclass(frozen=True)
class Endpoint:
    query: str
    update: str
    graph_store: str | None
    user: str | None = None
    password: str | None = None

    @classmethod
    def derive(cls, query: str, update: str | None = None, graph_store: str | None = None,
               env: dict | None = None) -> "Endpoint":
        env = os.environ if env is None else env
        parts = urlsplit(query)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"not an http(s) URL: {query!r}")
        d_update, d_store = _defaults(parts)
        store = graph_store if graph_store is not None else d_store
        return cls(query=query, update=update or d_update,
                   graph_store=None if not store or store.lower() == NONE else store,
                   user=env.get(USER_VAR) or None, password=env.get(PASSWORD_VAR) or None)

    def describe(self) -> str:
        return (f"query {self.query}, update {self.update}, graph store {self.graph_store or 'none'}"
                + (f", as {self.user}" if self.user else ""))


def _defaults(parts) -> tuple[str, str | None]:
    path = parts.path.rstrip("/")
    at = lambda p: urlunsplit((parts.scheme, parts.netloc, p, "", ""))  # noqa: E731
    segments = [s for s in path.split("/") if s]
    if path in ("/sparql", "/sparql-auth"):                                  # Virtuoso
        return at(path), at(path.replace("/sparql", "/sparql-graph-crud"))
    if len(segments) >= 2 and segments[-1] in ("query", "sparql"):            # Fuseki: /ds/query
        base = "/" + "/".join(segments[:-1])
        return at(base + "/update"), at(base + "/data")
    m = re.fullmatch(r"(.*/repositories/[^/]+)", path)                       # GraphDB, RDF4J
    if m:
        return at(m.group(1) + "/statements"), at(m.group(1) + "/rdf-graphs/service")
    return urlunsplit(parts), None


def install_query_auth(endpoint: Endpoint) -> None:
    """Let SPARQLWrapper's requests (urllib) answer a basic or a digest challenge, any realm.
    SPARQLWrapper's own digest support needs the realm named in advance and installs a global
    opener all the same."""
    if not endpoint.user:
        return
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    for url in (endpoint.query, endpoint.update):
        passwords.add_password(None, url, endpoint.user, endpoint.password or "")
    urllib.request.install_opener(urllib.request.build_opener(
        urllib.request.HTTPDigestAuthHandler(passwords), urllib.request.HTTPBasicAuthHandler(passwords)))


# -- the writing client -------------------------------------------------------------------------

@dataclass
class Response:
    status: int
    reason: str
    body: bytes
    headers: object = None      # http.client.HTTPMessage

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def message(self) -> str:
        """The server's explanation, on one line and short (Virtuoso repeats the whole query)."""
        text = self.body.decode("utf-8", "replace")
        text = text.split("\nSPARQL query:", 1)[0]
        text = " ".join(re.sub(r"<[^>]+>", " ", text).split())
        return f"HTTP {self.status} {self.reason}" + (f": {text[:300]}" if text else "")


class Session:
    """HTTP requests over one kept-alive connection per host, with basic or digest
    authentication as the server's challenge asks, sent in advance once known."""

    def __init__(self, user: str | None = None, password: str | None = None, timeout: float = 600.0) -> None:
        self.user, self.password, self.timeout = user, password or "", timeout
        self._connections: dict[tuple[str, str], http.client.HTTPConnection] = {}
        self._challenges: dict[str, tuple[str, dict[str, str]]] = {}
        self._counts: dict[str, int] = {}

    def request(self, method: str, url: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> Response:
        parts = urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        answered = False
        for _ in range(3):
            h = dict(headers or {})
            auth = self._authorization(parts.netloc, method, target)
            if auth:
                h["Authorization"] = auth
            r = self._send(parts, method, target, body, h)
            if r.status != 401 or not self.user:
                return r
            challenge = _challenge(r.headers.get("WWW-Authenticate", ""))
            if challenge is None or (answered and challenge[1].get("stale", "").lower() != "true"):
                return r        # the credentials were refused
            self._challenges[parts.netloc], self._counts[parts.netloc] = challenge, 0
            answered = True
        return r

    def _send(self, parts, method, target, body, headers) -> Response:
        key = (parts.scheme, parts.netloc)
        for attempt in (1, 2):
            conn = self._connections.get(key)
            fresh = conn is None
            if fresh:
                cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
                conn = self._connections[key] = cls(parts.netloc, timeout=self.timeout)
            try:
                conn.request(method, target, body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError,
                    http.client.BadStatusLine):
                conn.close()
                del self._connections[key]
                if fresh or attempt == 2:       # a kept-alive connection the server closed: once more
                    raise
                continue
            if resp.getheader("Connection", "").lower() == "close":
                conn.close()
                del self._connections[key]
            return Response(resp.status, resp.reason, data, resp.headers)
        raise AssertionError("unreachable")

    def _authorization(self, netloc: str, method: str, target: str) -> str | None:
        if not self.user or netloc not in self._challenges:
            return None
        scheme, c = self._challenges[netloc]
        if scheme == "basic":
            import base64
            return "Basic " + base64.b64encode(f"{self.user}:{self.password}".encode("utf-8")).decode("ascii")
        self._counts[netloc] += 1
        return _digest(c, self.user, self.password, method, target, self._counts[netloc])

    def close(self) -> None:
        for conn in self._connections.values():
            conn.close()
        self._connections.clear()


def _challenge(header: str) -> tuple[str, dict[str, str]] | None:
    """("digest" | "basic", parameters) of a WWW-Authenticate header; digest when offered."""
    found = {}
    for scheme, params in re.findall(r"(?i)\b(Digest|Basic)\b((?:\s*,?\s*[\w-]+=(?:\"[^\"]*\"|[^\s,]*))*)", header):
        found[scheme.lower()] = {k.lower(): v.strip('"') for k, v in re.findall(r"([\w-]+)=(\"[^\"]*\"|[^\s,]*)", params)}
    for scheme in ("digest", "basic"):
        if scheme in found:
            return scheme, found[scheme]
    return None


def _digest(c: dict[str, str], user: str, password: str, method: str, uri: str, count: int) -> str:
    """RFC 7616 digest response (MD5 or SHA-256, optionally -sess, qop auth)."""
    algorithm = c.get("algorithm", "MD5")
    fn = hashlib.sha256 if algorithm.upper().startswith("SHA-256") else hashlib.md5
    h = lambda s: fn(s.encode("utf-8")).hexdigest()  # noqa: E731
    nc, cnonce = f"{count:08x}", os.urandom(8).hex()
    ha1 = h(f"{user}:{c.get('realm', '')}:{password}")
    if algorithm.lower().endswith("-sess"):
        ha1 = h(f"{ha1}:{c.get('nonce', '')}:{cnonce}")
    ha2 = h(f"{method}:{uri}")
    qops = [q.strip() for q in c.get("qop", "").split(",") if q.strip()]
    if "auth" in qops:
        response = h(f"{ha1}:{c.get('nonce', '')}:{nc}:{cnonce}:auth:{ha2}")
        extra = f', qop=auth, nc={nc}, cnonce="{cnonce}"'
    else:
        response, extra = h(f"{ha1}:{c.get('nonce', '')}:{ha2}"), ""
    opaque = f', opaque="{c["opaque"]}"' if "opaque" in c else ""
    return (f'Digest username="{user}", realm="{c.get("realm", "")}", nonce="{c.get("nonce", "")}", '
            f'uri="{uri}", algorithm={algorithm}, response="{response}"{opaque}{extra}')
