"""Saved SPARQL queries (queries/*.rq) and running them with safely bound parameters.

Each .rq file has a grlc-style header (`#+ summary:`, `#+ description:`, `#+ tags:`) and
BASIL-style parameters: `?_name` required, `?__name` optional. A value is bound as an RDF term
serialised by pyoxigraph (quotes, braces and `}` escaped) by `BIND(term AS ?_name)` at the start
of the WHERE clause; the query text itself is never built from user input. BIND rather than a
one-row VALUES block, which means the same: Virtuoso 7.2 never finished `events` with a VALUES
block first (with it last it did, but pyoxigraph then took 129 s instead of 5 s for
`directive-implementers` on 2,000 articles); with BIND both answer at once."""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import Literal, NamedNode, QueryBoolean, QueryResultsFormat, QuerySolutions, Store

from .paths import QUERIES
from .vocab import ONTOLOGY_NS, PREFIXES

_PARAM = re.compile(r"\?(__?)([A-Za-z][A-Za-z0-9_]*)")


class QueryError(Exception):
    pass


@dataclass
class SavedQuery:
    name: str
    path: Path
    text: str
    summary: str = ""
    description: str = ""
    tags: list[str] = field(default_factory=list)
    required: list[str] = field(default_factory=list)
    optional: list[str] = field(default_factory=list)

    @property
    def params(self) -> list[str]:
        return self.required + self.optional


def _header(text: str) -> dict[str, str | list[str]]:
    """Parse `#+ key: value` lines (continuations indented, list items `- x`)."""
    out: dict[str, str | list[str]] = {}
    key = None
    for line in text.splitlines():
        if not line.startswith("#+"):
            if line.strip() and not line.startswith("#"):
                break
            continue
        body = line[2:]
        m = re.match(r"\s(\w+):\s*(.*)$", body)
        if m and not body.startswith("   "):
            key = m.group(1)
            out[key] = m.group(2).strip()
        elif key is not None:
            item = body.strip()
            if item.startswith("- "):
                prev = out[key]
                out[key] = (prev if isinstance(prev, list) else []) + [item[2:].strip()]
            elif isinstance(out[key], str):
                out[key] = (out[key] + " " + item).strip()
    return out


def load(path: Path) -> SavedQuery:
    text = path.read_text(encoding="utf-8")
    head = _header(text)
    body = "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("#"))
    required, optional = [], []
    for under, name in _PARAM.findall(body):
        target = optional if under == "__" else required
        if name not in required + optional:
            target.append(name)
    tags = head.get("tags", [])
    return SavedQuery(name=path.stem, path=path, text=text, summary=str(head.get("summary", "")),
                      description=str(head.get("description", "")),
                      tags=tags if isinstance(tags, list) else [tags],
                      required=required, optional=optional)


def saved(folder: Path = QUERIES) -> dict[str, SavedQuery]:
    return {p.stem: load(p) for p in sorted(folder.glob("*.rq"))}


def get(name: str, folder: Path = QUERIES) -> SavedQuery:
    path = folder / f"{name}.rq"
    if not re.fullmatch(r"[A-Za-z0-9_-]+", name) or not path.exists():
        raise QueryError(f"no saved query {name!r}; `mtkg query --list` shows them")
    return load(path)


def term(value: str):
    """A parameter value as an RDF term: <iri> for an absolute IRI in angle brackets,
    else a plain string literal."""
    if value.startswith("<") and value.endswith(">"):
        try:
            return NamedNode(value[1:-1])
        except ValueError as e:
            raise QueryError(f"not a valid IRI: {value}") from e
    return Literal(value)


def bind(q: SavedQuery, params: dict[str, str]) -> str:
    """The query text with parameters bound by BIND clauses at the start of its WHERE clause."""
    unknown = sorted(set(params) - set(q.params))
    if unknown:
        raise QueryError(f"query {q.name!r} has no parameter {', '.join(unknown)}"
                         f" (it takes: {', '.join(q.params) or 'none'})")
    missing = [p for p in q.required if p not in params]
    if missing:
        raise QueryError(f"query {q.name!r} needs --param {missing[0]}=VALUE")
    if not params:
        return q.text
    block = "".join(f" BIND({term(v)} AS {'?__' if n in q.optional else '?_'}{n})" for n, v in params.items()) + " "
    m = next((m for m in re.finditer(r"\bWHERE\s*\{", q.text, flags=re.IGNORECASE)
              if not q.text[q.text.rfind("\n", 0, m.start()) + 1:m.start()].lstrip().startswith("#")), None)
    if m is None:
        raise QueryError(f"{q.path}: no WHERE clause to bind parameters in")
    return q.text[: m.end()] + block + q.text[m.end():]


def scope(store, q: SavedQuery, params: dict[str, str]) -> list[NamedNode] | None:
    """The graphs a saved query can be run on alone: with `source` (an article id), the graphs
    that describe that article and the shared ones (ontology, gazetteer, identity). Every saved
    query's `source` means rows from that article's graph, so the rows are the same, found in
    milliseconds instead of after a scan of the whole store (the parameter also stays bound in
    the text, which is what a SPARQL server gets). None: the whole store."""
    value = params.get("source")
    if "source" not in q.params or value is None or not isinstance(store, Store):
        return None
    return source_graphs(store, value)


def source_graphs(store: Store, source: str) -> list[NamedNode]:
    """The graphs describing the article `source` (an index lookup), then the shared ones."""
    found = {g for quad in store.quads_for_pattern(None, NamedNode(ONTOLOGY_NS + "articleId"), term(source))
             for g in (quad.graph_name, quad.subject) if isinstance(g, NamedNode)}
    return sorted(found, key=lambda g: g.value) + shared_graphs()


def shared_graphs() -> list[NamedNode]:
    """The graphs every article's facts may join: ontology, gazetteer, identity."""
    from .build import ontology_graph
    from .gazetteer import graph_iri
    from .identity import identity_graph
    return [ontology_graph(), graph_iri(), identity_graph()]


def run_saved(store, q: SavedQuery, params: dict[str, str]):
    """A saved query with its parameters bound, on the graphs it needs (see `scope`)."""
    return run(store, bind(q, params), scope(store, q, params))


def run(store: Store, text: str, graphs: list[NamedNode] | None = None):
    """Run a query on every graph's union, or on `graphs` only (see `scope`)."""
    where = {"default_graph": graphs, "named_graphs": graphs} if graphs else {"use_default_graph_as_union": True}
    try:
        return store.query(text, prefixes=PREFIXES, **where)
    except SyntaxError as e:
        raise QueryError(f"SPARQL syntax error: {e}") from e


def _cell(term) -> str:
    return "" if term is None else term.value


def rows(result: QuerySolutions) -> tuple[list[str], list[list[str]]]:
    columns = [v.value for v in result.variables]
    return columns, [[_cell(sol[c]) for c in columns] for sol in result]


def render(result, fmt: str) -> str:
    """Format a query result: table (aligned), csv, tsv or json (SPARQL 1.1 JSON results)."""
    if isinstance(result, QueryBoolean):
        return json.dumps({"head": {}, "boolean": bool(result)}) if fmt == "json" else str(bool(result)).lower()
    if not isinstance(result, QuerySolutions):  # CONSTRUCT / DESCRIBE
        from pyoxigraph import RdfFormat, serialize
        return serialize(result, format=RdfFormat.TURTLE).decode("utf-8")
    if fmt == "json":
        return result.serialize(format=QueryResultsFormat.JSON).decode("utf-8")
    columns, data = rows(result)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(columns)
        w.writerows(data)
        return buf.getvalue()
    return table(columns, data)


def table(columns: list[str], data: list[list[str]], width: int = 60) -> str:
    def clip(s: str) -> str:
        return s if len(s) <= width else s[: width - 1] + "…"
    cells = [[clip(c) for c in columns]] + [[clip(c) for c in r] for r in data]
    widths = [max(len(r[i]) for r in cells) for i in range(len(columns))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append(f"({len(data)} row{'s' if len(data) != 1 else ''})")
    return "\n".join(lines) + "\n"
