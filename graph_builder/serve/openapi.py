"""An OpenAPI 3 description of the server: one path per saved query (its parameters, required
or optional as the query declares them, its summary and description from the grlc header),
plus the SPARQL endpoint."""
from __future__ import annotations

from .. import query as Q
from .results import GRAPH_TYPES, SOLUTION_TYPES

VERSION = "3.0.3"


def _content(types) -> dict:
    return {media: {"schema": {"type": "string"}} for media in types}


def _errors() -> dict:
    text = {"text/plain": {"schema": {"type": "string"}}}
    return {"400": {"description": "a bad parameter or query: the message says which", "content": text},
            "404": {"description": "a name that names nothing of its kind (the closest names are given)",
                    "content": text},
            "406": {"description": "no offered format fits the Accept header or `format`", "content": text},
            "503": {"description": "the query ran over the server's time limit", "content": text}}


FORMAT_PARAM = {"name": "format", "in": "query", "required": False,
                "description": "the result format, overriding Accept: json, xml, csv, tsv "
                               "(or turtle, ntriples, jsonld for CONSTRUCT) or a media type",
                "schema": {"type": "string"}}
TRUNCATED = {"X-MTKG-Truncated": {"description": "true when the result was cut at the row cap",
                                  "schema": {"type": "string", "enum": ["true", "false"]}}}


PAGE_PARAMS = [{"name": "limit", "in": "query", "required": False, "description": "at most this many rows",
                "schema": {"type": "integer", "minimum": 0}},
               {"name": "offset", "in": "query", "required": False,
                "description": "skip this many rows first (with limit: pages)", "schema": {"type": "integer", "minimum": 0}}]


def _about(q: Q.SavedQuery, p: str) -> str:
    looked = {l.param: l for l in q.lookups}
    if p in looked and looked[p].kind in Q.CODE_LISTS:
        return f"a code of vocab:{looked[p].kind} or its label in English or Vietnamese (any case), or its <IRI>"
    if p in looked:
        return (f"a {looked[p].kind}'s name, looked up in the name index (any case or tone-mark style, "
                f"abbreviations spelled out, else the start of its words), or its <IRI>")
    return "bound as an RDF term: <IRI> in angle brackets, else a string"


def operation(q: Q.SavedQuery) -> dict:
    params = [{"name": p, "in": "query", "required": p in q.required,
               "description": _about(q, p) + ("" if p in q.required else " (optional)"),
               "schema": {"type": "string"}} for p in q.params]
    own = set(q.params)
    return {"operationId": q.name, "summary": q.summary, "description": q.description,
            "tags": q.tags, "parameters": params + [x for x in [FORMAT_PARAM, *PAGE_PARAMS] if x["name"] not in own],
            "responses": {"200": {"description": "the query's results", "headers": TRUNCATED,
                                  "content": _content(SOLUTION_TYPES)}, **_errors()}}


def spec(saved: dict[str, Q.SavedQuery] | None = None, title: str = "mtkg knowledge graph") -> dict:
    saved = Q.saved() if saved is None else saved
    paths = {f"/api/{name}": {"get": operation(q)} for name, q in saved.items()}
    sparql = {"operationId": "sparql", "summary": "SPARQL 1.1 query (read-only)",
              "description": "Run any SPARQL query over the union of the store's graphs; common prefixes "
                             "(mtkg, rdfs, org, schema, prov, skos…) are predeclared. Updates, LOAD and "
                             "SERVICE are refused.",
              "tags": ["sparql"],
              "parameters": [{"name": "query", "in": "query", "required": True, "schema": {"type": "string"}},
                             FORMAT_PARAM],
              "responses": {"200": {"description": "results", "headers": TRUNCATED,
                                    "content": _content([*SOLUTION_TYPES, *GRAPH_TYPES])}, **_errors()}}
    paths["/sparql"] = {"get": sparql}
    paths["/api"] = {"get": {"operationId": "list", "summary": "the saved queries, with their parameters",
                             "responses": {"200": {"description": "a JSON list",
                                                   "content": {"application/json": {"schema": {"type": "array"}}}}}}}
    return {"openapi": VERSION,
            "info": {"title": title, "version": "1",
                     "description": "Saved SPARQL queries of the mtkg knowledge graph as an HTTP API "
                                    "(grlc-style: one path per query in queries/), and its SPARQL endpoint."},
            "paths": paths}
