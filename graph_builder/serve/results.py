"""Result formats of the SPARQL endpoint: which media types each kind of result can take,
content negotiation, and serialising a result cut at a row cap.

The tables below are the whole of what the server offers; the first entry of each is the
default. A `format` parameter (a short name or a media type) overrides the Accept header."""
from __future__ import annotations

import json

from pyoxigraph import QueryResultsFormat, RdfFormat, parse_query_results, serialize

from ..query import json_term
from ..vocab import PREFIXES

# SELECT and ASK results
SOLUTION_TYPES = {
    "application/sparql-results+json": QueryResultsFormat.JSON,
    "application/sparql-results+xml": QueryResultsFormat.XML,
    "text/csv": QueryResultsFormat.CSV,
    "text/tab-separated-values": QueryResultsFormat.TSV,
}
# CONSTRUCT and DESCRIBE results
GRAPH_TYPES = {
    "text/turtle": RdfFormat.TURTLE,
    "application/n-triples": RdfFormat.N_TRIPLES,
    "application/ld+json": RdfFormat.JSON_LD,
    "application/rdf+xml": RdfFormat.RDF_XML,
}
# Other names clients use for the same thing: (for solutions, for graphs)
ALIASES = {
    "application/json": ("application/sparql-results+json", "application/ld+json"),
    "text/plain": (None, "application/n-triples"),
    "application/x-turtle": (None, "text/turtle"),
}
SHORT_NAMES = {
    "json": ("application/sparql-results+json", "application/ld+json"),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "csv": ("text/csv", None),
    "tsv": ("text/tab-separated-values", None),
    "turtle": (None, "text/turtle"), "ttl": (None, "text/turtle"),
    "ntriples": (None, "application/n-triples"), "nt": (None, "application/n-triples"),
    "jsonld": (None, "application/ld+json"), "json-ld": (None, "application/ld+json"),
    "rdfxml": (None, "application/rdf+xml"),
}
TEXT_TYPES = {"text/csv", "text/tab-separated-values", "text/turtle", "application/n-triples"}


class NotAcceptable(Exception):
    pass


def _accept(header: str | None) -> list[tuple[float, int, str]]:
    """(q, specificity, media range) for each range of an Accept header."""
    out = []
    for part in (header or "*/*").split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        specificity = 0 if media == "*/*" else 1 if media.endswith("/*") else 2
        out.append((q, specificity, media))
    return out


def negotiate(accept: str | None, fmt: str | None, graph: bool) -> str:
    """The media type to answer with, for solutions (graph=False) or triples (graph=True)."""
    offered = list(GRAPH_TYPES if graph else SOLUTION_TYPES)
    kind = "CONSTRUCT/DESCRIBE" if graph else "SELECT/ASK"
    if fmt:
        f = fmt.strip().lower()
        pair = SHORT_NAMES.get(f) or ALIASES.get(f)
        media = f if f in offered else pair[graph] if pair else None
        if media is None:
            raise NotAcceptable(f"format {fmt!r} does not apply to {kind} results; "
                                f"use one of {', '.join(_names(graph))}")
        return media
    ranges = _accept(accept)
    scored = [(_quality(ranges, media, graph), -rank, media) for rank, media in enumerate(offered)]
    q, _, best = max(scored)
    if q <= 0:
        raise NotAcceptable(f"none of the types in Accept ({accept}) fits {kind} results; "
                            f"offered: {', '.join(offered)}")
    return best


def _quality(ranges, media: str, graph: bool) -> float:
    """The q the header gives a type: that of its most specific matching range (RFC 9110)."""
    names = {media} | {a for a, pair in ALIASES.items() if pair[graph] == media}
    best_spec, q = -1, 0.0
    for rq, spec, rng in ranges:
        if not (rng in names or rng == "*/*" or (spec == 1 and media.startswith(rng[:-1]))):
            continue
        if spec > best_spec:
            best_spec, q = spec, rq
        elif spec == best_spec:
            q = max(q, rq)
    return q


def _names(graph: bool) -> list[str]:
    return sorted(n for n, pair in SHORT_NAMES.items() if pair[graph])


def content_type(media: str) -> str:
    return f"{media}; charset=utf-8" if media in TEXT_TYPES else media


# -- serialising ------------------------------------------------------------------------------

def solutions(variables: list[str], rows: list, media: str) -> bytes:
    """SELECT results (rows of QuerySolution, possibly cut short) in the media type. They are
    written as SPARQL JSON here and, for the other formats, re-read and written by pyoxigraph,
    whose serialisers cannot be handed a shortened result directly."""
    return bindings(variables, [{v: json_term(row[v]) for v in variables if row[v] is not None} for row in rows],
                    media)


def bindings(variables: list[str], rows: list[dict], media: str) -> bytes:
    """SELECT results given as SPARQL JSON bindings (kept_rows.Rows.bindings) in the media type."""
    doc = {"head": {"vars": variables}, "results": {"bindings": rows}}
    data = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    if media == "application/sparql-results+json":
        return data
    parsed = parse_query_results(data, format=QueryResultsFormat.JSON)
    return parsed.serialize(format=SOLUTION_TYPES[media])


def boolean(result, media: str) -> bytes:
    return result.serialize(format=SOLUTION_TYPES[media])


def triples(items: list, media: str) -> bytes:
    fmt = GRAPH_TYPES[media]
    if fmt in (RdfFormat.TURTLE, RdfFormat.RDF_XML, RdfFormat.JSON_LD):
        return serialize(items, format=fmt, prefixes=PREFIXES)
    return serialize(items, format=fmt)
