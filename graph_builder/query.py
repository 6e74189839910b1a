"""Saved SPARQL queries (queries/*.rq) and running them with safely bound parameters.

Each .rq file has a grlc-style header (`#+ summary:`, `#+ description:`, `#+ tags:`) and
BASIL-style parameters: `?_name` required, `?__name` optional. A value is bound as an RDF term
serialised by pyoxigraph (quotes, braces and `}` escaped) by `BIND(term AS ?_name)` at the start
of the WHERE clause; the query text itself is never built from user input. BIND rather than a
one-row VALUES block, which means the same: Virtuoso 7.2 never finished `events` with a VALUES
block first (with it last it did, but pyoxigraph then took 129 s instead of 5 s for
`directive-implementers` on 2,000 articles); with BIND both answer at once.

A parameter the header lists under `lookups:` (a person, body, place, directive) is a name mtkg
resolves in the name index (search.py) to the nodes it names, which then bind the query's
variable (`Lookup`): the query starts from those nodes instead of comparing every label in the
store. Other clients bind the same parameter as the exact name, which the query compares with
`mtkg:name`, so the query stays a plain BASIL/grlc template.

A query tests a parameter as `FILTER(COALESCE(STR(?__x), "*") IN ("*", STR(?v)))`: true when the
parameter is not given (an error in pyoxigraph, a null in Virtuoso: COALESCE skips both), and
still valid SPARQL when grlc pastes a literal in place of the variable, which `BOUND(?__x)` or
`BIND(?__x AS ?v)` (Virtuoso binds ?v to null) are not."""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pyoxigraph import (BlankNode, Literal, NamedNode, QueryBoolean, QueryResultsFormat, QuerySolutions, Store,
                        Triple)

from .paths import QUERIES
from .search import CODE_LISTS, KINDS
from .vocab import ONTOLOGY_NS, PREFIXES

_PARAM = re.compile(r"\?(__?)([A-Za-z][A-Za-z0-9_]*)")


class QueryError(Exception):
    pass


class NameNotFound(QueryError):
    """A lookup's name names nothing of its kind in the graph."""


@dataclass(frozen=True)
class Lookup:
    """A parameter mtkg resolves through the name index (search.py) to the nodes it names, which
    bind `variable`: a VALUES block, or a FILTER when the variable is bound inside an OPTIONAL
    (a VALUES block would make the OPTIONAL required). Other clients bind the parameter as the
    exact name, which the query compares with `mtkg:name`."""
    param: str
    variable: str
    kind: str
    optional: bool = False
    within: bool = False        # a unit's name also means the units inside it
    start: str = ""             # a pattern joining an optional variable to the required part
    canonical: bool = False     # bind each thing's canonical node only: the query follows owl:sameAs
    kept: bool = False          # a kept listing's table answers it (kept_rows.py)

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
    lookups: list[Lookup] = field(default_factory=list)

    @property
    def params(self) -> list[str]:
        return self.required + self.optional


def _header(text: str, path: Path | None = None) -> dict:
    """The `#+ ` lines before the query, read as YAML (grlc reads them the same way)."""
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        if line.startswith("#+"):
            lines.append(line[3:] if line.startswith("#+ ") else line[2:])
    try:
        head = yaml.safe_load("\n".join(lines)) or {}
    except yaml.YAMLError as e:
        raise QueryError(f"{path or 'query'}: its #+ header is not YAML: {e}") from e
    if not isinstance(head, dict):
        raise QueryError(f"{path or 'query'}: its #+ header is not a mapping of keys")
    return head


def _lookups(head: dict, params: list[str], path: Path) -> list[Lookup]:
    out = []
    for param, spec in (head.get("lookups") or {}).items():
        spec = {"variable": spec} if isinstance(spec, str) else dict(spec or {})
        kind = spec.get("kind", param)
        if param not in params or kind not in (*KINDS, *CODE_LISTS) or not spec.get("variable"):
            raise QueryError(f"{path}: lookup {param!r} needs a parameter ?_{param} or ?__{param}, a kind"
                             f" ({', '.join((*KINDS, *CODE_LISTS))}) and a variable")
        out.append(Lookup(param, str(spec["variable"]), kind, bool(spec.get("optional", False)),
                          bool(spec.get("within", False)), str(spec.get("start", "") or ""),
                          bool(spec.get("canonical", False)), bool(spec.get("kept", False))))
    return out


def load(path: Path) -> SavedQuery:
    text = path.read_text(encoding="utf-8")
    head = _header(text, path)
    body = "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("#"))
    required, optional = [], []
    for under, name in _PARAM.findall(body):
        target = optional if under == "__" else required
        if name not in required + optional:
            target.append(name)
    tags = head.get("tags", [])
    return SavedQuery(name=path.stem, path=path, text=text, summary=str(head.get("summary", "")).strip(),
                      description=" ".join(str(head.get("description", "")).split()),
                      tags=tags if isinstance(tags, list) else [tags],
                      required=required, optional=optional,
                      lookups=_lookups(head, required + optional, path))


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
    """The query text with every parameter bound as an RDF term by BIND clauses at the start of
    its WHERE clause: what a client without the name index (grlc, a SPARQL server) runs."""
    _check(q, params)
    return _insert(q, "".join(_bind(q, n, v) for n, v in params.items()))


def prepare(q: SavedQuery, params: dict[str, str]) -> tuple[str, list[tuple[Lookup, str]]]:
    """The text with the parameters that are no lookups bound, and the lookups left to resolve
    on the store (`resolve_lookups`)."""
    _check(q, params)
    looked = {l.param: l for l in q.lookups}
    text = _insert(q, "".join(_bind(q, n, v) for n, v in params.items() if n not in looked))
    return text, [(looked[n], v) for n, v in params.items() if n in looked]


def resolve_lookups(store, text: str, pending: list[tuple[Lookup, str]]) -> str:
    """The text with each lookup's variable bound to the nodes its value names (search.resolve):
    VALUES at the start of the WHERE clause, so pyoxigraph starts from those nodes. A variable
    bound inside an OPTIONAL is tested by FILTER(?x IN (…)) instead (a VALUES block would make
    the OPTIONAL required), unless the lookup has a `start` pattern that binds it from the
    required part: then pyoxigraph starts from the nodes through that pattern (a province's
    implementations by index, not every implementation tested against its units). A SPARQL
    server always gets the FILTER, which Virtuoso 7.2 turns into index lookups as well, where a
    VALUES block first makes it lose OPTIONAL bindings (`locality-today`)."""
    from . import search
    if not pending:
        return text
    block = ""
    for lookup, value in pending:
        try:
            nodes = " ".join(str(n) for n in search.resolve(store, value, lookup.kind, lookup.within,
                                                                   lookup.canonical))
        except search.NotFound as e:
            raise NameNotFound(str(e)) from e
        if not isinstance(store, Store) or (lookup.optional and not lookup.start):
            block += f" FILTER(?{lookup.variable} IN ({nodes.replace(' ', ', ')}))"
        else:
            block += f" VALUES ?{lookup.variable} {{ {nodes} }}" + (f" {lookup.start}" if lookup.optional else "")
    return _insert_text(text, block + " ")


_ORDER = re.compile(r"\n\s*ORDER\s+BY\s[^\n{}]*\s*$", re.IGNORECASE)
# where a query that groups its rows chooses the rows of a page before describing them
PAGE_HERE = "# LIMIT/OFFSET of a page go here"
_PAGE_HERE = re.compile(rf"^[ \t]*{re.escape(PAGE_HERE)}[ \t]*$", re.MULTILINE)


def page(text: str, limit: int | None, offset: int | None) -> str:
    """The query with LIMIT/OFFSET appended (a saved query has none of its own). A page is
    taken in the store's order, without the query's final ORDER BY: sorting every row to return
    the first hundred is what made a first page as slow as the whole listing. The order is the
    same for the same store, so pages do not overlap. A query that groups its rows (one row per
    event with its organizers) marks with a comment line PAGE_HERE the subquery choosing one row
    each: the page is taken there, before the grouping, which would otherwise read every row."""
    if limit is None and offset is None:
        return text
    if re.search(r"\b(LIMIT|OFFSET)\s+\d+\s*$", text, flags=re.IGNORECASE):
        raise QueryError("this query has its own LIMIT/OFFSET")
    if (limit is not None and limit < 0) or (offset is not None and offset < 0):
        raise QueryError("LIMIT and OFFSET are numbers of rows, 0 or more")
    limits = (f"\nLIMIT {limit}" if limit is not None else "") + (f"\nOFFSET {offset}" if offset is not None else "")
    here = _PAGE_HERE.search(text)
    if here:
        # the outer LIMIT too: one row each is what the grouping gives, and a page never has more
        text = text[:here.end()] + limits + text[here.end():]
        limits = f"\nLIMIT {limit}" if limit is not None else ""
    return _ORDER.sub("", text.rstrip()) + limits + "\n"


def _check(q: SavedQuery, params: dict[str, str]) -> None:
    unknown = sorted(set(params) - set(q.params))
    if unknown:
        raise QueryError(f"query {q.name!r} has no parameter {', '.join(unknown)}"
                         f" (it takes: {', '.join(q.params) or 'none'})")
    missing = [p for p in q.required if p not in params]
    if missing:
        raise QueryError(f"query {q.name!r} needs --param {missing[0]}=VALUE")


def _bind(q: SavedQuery, name: str, value: str) -> str:
    return f" BIND({term(value)} AS {'?__' if name in q.optional else '?_'}{name})"


def _insert(q: SavedQuery, block: str) -> str:
    if not block:
        return q.text
    try:
        return _insert_text(q.text, block + " ")
    except QueryError:
        raise QueryError(f"{q.path}: no WHERE clause to bind parameters in") from None


def _insert_text(text: str, block: str) -> str:
    m = next((m for m in re.finditer(r"\bWHERE\s*\{", text, flags=re.IGNORECASE)
              if not text[text.rfind("\n", 0, m.start()) + 1:m.start()].lstrip().startswith("#")), None)
    if m is None:
        raise QueryError("no WHERE clause to bind parameters in")
    return text[: m.end()] + block + text[m.end():]


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
    """The graphs every article's facts may join: ontology, gazetteer, identity, things."""
    from .build import ontology_graph
    from .gazetteer import graph_iri
    from .identity import identity_graph
    from .things import things_graph
    return [ontology_graph(), graph_iri(), identity_graph(), things_graph()]


def planned(store, q: SavedQuery, params: dict[str, str], limit: int | None = None,
            offset: int | None = None) -> tuple[str, list[NamedNode] | None]:
    """What `run_saved` runs: the text with its parameters bound and its names looked up, and
    the graphs it needs (see `scope`)."""
    text, pending = prepare(q, params)
    return page(resolve_lookups(store, text, pending), limit, offset), scope(store, q, params)


def run_saved(store, q: SavedQuery, params: dict[str, str], limit: int | None = None, offset: int | None = None):
    """A saved query with its parameters bound and its names looked up, on the graphs it needs."""
    return run(store, *planned(store, q, params, limit, offset))


def run(store: Store, text: str, graphs: list[NamedNode] | None = None):
    """Run a query on every graph's union, or on `graphs` only (see `scope`)."""
    where = {"default_graph": graphs, "named_graphs": graphs} if graphs else {"use_default_graph_as_union": True}
    try:
        return store.query(text, prefixes=PREFIXES, **where)
    except SyntaxError as e:
        raise QueryError(f"SPARQL syntax error: {e}") from e


def _cell(term) -> str:
    return "" if term is None else term.value


def json_term(t) -> dict:
    """An RDF term as a SPARQL 1.1 JSON results term."""
    if isinstance(t, NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, Literal):
        out = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = t.datatype.value
        return out
    if isinstance(t, Triple):
        return {"type": "triple", "value": {"subject": json_term(t.subject),
                                            "predicate": json_term(t.predicate),
                                            "object": json_term(t.object)}}
    raise TypeError(f"not an RDF term: {t!r}")


def rows(result: QuerySolutions) -> tuple[list[str], list[list[str]]]:
    columns = [v.value for v in result.variables]
    return columns, [[_cell(sol[c]) for c in columns] for sol in result]


def render(result, fmt: str) -> str:
    """Format a query result: table (aligned), csv, tsv or json (SPARQL 1.1 JSON results)."""
    buf = io.StringIO()
    write(result, fmt, buf)
    return buf.getvalue()


def write(result, fmt: str, out) -> None:
    """Write a query result to a text stream as `render` formats it; csv, tsv and json rows are
    written as the store yields them, so a large result is never held whole."""
    from .kept_rows import Rows
    if isinstance(result, Rows):
        result.write(fmt, out)
        return
    if isinstance(result, QueryBoolean):
        out.write(json.dumps({"head": {}, "boolean": bool(result)}) + "\n" if fmt == "json"
                  else str(bool(result)).lower() + "\n")
        return
    if not isinstance(result, QuerySolutions):  # CONSTRUCT / DESCRIBE
        from pyoxigraph import RdfFormat, serialize
        out.write(serialize(result, format=RdfFormat.TURTLE).decode("utf-8"))
        return
    if fmt == "json":
        out.write(result.serialize(format=QueryResultsFormat.JSON).decode("utf-8") + "\n")
        return
    columns = [v.value for v in result.variables]
    if fmt in ("csv", "tsv"):
        w = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(columns)
        for sol in result:
            w.writerow([_cell(sol[c]) for c in columns])
        return
    out.write(table(columns, [[_cell(sol[c]) for c in columns] for sol in result]))


def table(columns: list[str], data: list[list[str]], width: int = 60) -> str:
    def clip(s: str) -> str:
        return s if len(s) <= width else s[: width - 1] + "…"
    cells = [[clip(c) for c in columns]] + [[clip(c) for c in r] for r in data]
    widths = [max(len(r[i]) for r in cells) for i in range(len(columns))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append(f"({len(data)} row{'s' if len(data) != 1 else ''})")
    return "\n".join(lines) + "\n"
