"""Broad lookups answered from a kept listing's rows, by index (`mtkg build --keep-listings`).

A name found in thousands of articles ("Nghị quyết 18", every training) makes a lookup a
listing, and pyoxigraph evaluates a listing at an index lookup per pattern and row: 0.8 s for
4,000 rows of one resolution, 4 s for 20,000 trainings at 100,000 articles. A saved query's
lookups marked `kept: true` in its header are therefore kept with its whole listing: the
listing is computed once with the nodes its lookup variables had on each row, and written to
SQLite with an index on those nodes. A lookup then resolves its name to nodes as before
(search.resolve) and selects their rows by index, in the listing's order; the whole listing's
CSV is written from the same rows (results_cache), so keeping both costs one evaluation.

The rows are those of the query run with the nodes bound: a lookup variable bound by VALUES or
tested by FILTER keeps the rows where it is one of the nodes, and a DISTINCT query's rows are
distinct again once the variable is dropped. In a grouped query the variable must be one the
groups already tell apart (an event's kind), which is why a lookup is kept only when its header
says so. A table belongs to the store state it was computed on (results_cache.state): after any
build or update it is ignored, and deleted when the next one is kept."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import sqlite3
from contextlib import closing
from itertools import islice
from pathlib import Path
from typing import Iterator, TextIO

from pyoxigraph import BlankNode

from . import results_cache
from .query import NameNotFound, QueryError, SavedQuery, json_term, run, table as text_table

LAYOUT = 2              # the tables' columns: a table of another layout is never read
MAX_NODES = 30_000      # nodes one lookup binds at most (SQLite's host parameters: 32,766)
_SELECT = re.compile(r"^SELECT\b", re.MULTILINE)
_GROUP = re.compile(r"^GROUP BY\b[^\n]*", re.MULTILINE)
_ORDER = re.compile(r"^ORDER BY((?:\s+\?\w+)+)\s*$", re.MULTILINE)


def kept(q: SavedQuery) -> list:
    """The lookups of `q` that a kept table answers."""
    return [l for l in q.lookups if l.kept]


def extended(q: SavedQuery) -> str:
    """The whole listing's text with each kept lookup's variable projected too (and grouped by,
    in a grouped query): the rows the table keeps."""
    names = " ".join(f"?{l.variable}" for l in kept(q))
    text = q.text
    select = _SELECT.search(text)
    if select is None:
        raise QueryError(f"{q.path}: no SELECT to keep the rows of")
    brace = text.index("{", select.end())
    where = re.search(r"\bWHERE\s*$", text[select.end():brace])
    at = select.end() + where.start() if where else brace
    text = text[:at] + f"{names} " + text[at:]
    groups = list(_GROUP.finditer(text))
    if groups:
        last = groups[-1]
        text = text[:last.end()] + f" {names}" + text[last.end():]
    return text


def _liner():
    """A function writing one row as a CSV line, without its end: quoted where SPARQL CSV (and
    pyoxigraph) quotes, a line end inside a cell among them."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")

    def line(cells) -> str:
        buf.seek(0)
        buf.truncate()
        w.writerow(cells)
        return buf.getvalue()[:-2]
    return line


def _distinct(q: SavedQuery) -> bool:
    """Whether the query's rows are DISTINCT (a grouped one's are not: two events may read alike)."""
    return bool(re.search(r"^SELECT\s+DISTINCT\b", q.text, re.MULTILINE))


def path(store_path: Path, store_state: str, q: SavedQuery) -> Path:
    digest = hashlib.sha256(f"{LAYOUT}\n{q.text}".encode("utf-8")).hexdigest()[:16]
    return results_cache.folder(store_path) / f"{store_state}-{q.name}-{digest}.rows.sqlite"


def _extras(term) -> dict | None:
    """What a cell's SPARQL JSON term adds to a plain literal's: None for a plain literal."""
    j = json_term(term)
    j.pop("value")
    return None if j == {"type": "literal"} else j


def keep(store, store_path: Path, store_state: str, q: SavedQuery, csv_out: TextIO) -> int:
    """Compute `q`'s whole listing once with its kept lookups' nodes, keep its rows in a table
    indexed by those nodes, and write the plain listing (the nodes dropped, each row once) as CSV
    to `csv_out`. The number of rows kept."""
    lookups = kept(q)
    result = run(store, extended(q))
    columns = [v.value for v in result.variables][:-len(lookups)]
    order = _ORDER.search(q.text)
    if order is None:
        raise QueryError(f"{q.path}: a kept listing needs ORDER BY over its columns")
    try:
        sort = [columns.index(v[1:]) for v in order.group(1).split()]
    except ValueError:
        raise QueryError(f"{q.path}: a kept listing needs ORDER BY over its columns") from None
    line = _liner()
    csv_out.write(line(columns) + "\n")
    n, tie, seen, distinct = 0, None, set(), _distinct(q)

    def rows() -> Iterator[tuple]:
        nonlocal n, tie, seen
        for sol in result:
            terms = [sol[c] for c in columns]
            values = tuple(None if t is None else t.value for t in terms)
            extras = [None if t is None else _extras(t) for t in terms]
            # a DISTINCT row shows once in the CSV: its copies (other nodes of the same row)
            # share its sort key, so they are among the rows of that key
            key = tuple(values[i] for i in sort)
            if key != tie:
                tie, seen = key, set()
            # SPARQL CSV writes a blank node as _:id (none of the saved queries shows one)
            text = line(["" if t is None else f"_:{t.value}" if isinstance(t, BlankNode) else t.value
                         for t in terms])
            if not distinct or values not in seen:
                seen.add(values)
                csv_out.write(text + "\n")
            n += 1
            yield (n, *values, *(None if sol[l.variable] is None else sol[l.variable].value for l in lookups),
                   json.dumps(extras) if any(extras) else None, text)

    target = path(store_path, store_state, q)
    part = target.with_name(f".{target.name}.{os.getpid()}.part")
    cols = ", ".join(f"c{i}" for i in range(len(columns)))
    keys = ", ".join(f"k{i}" for i in range(len(lookups)))
    marks = ", ".join("?" * (len(columns) + len(lookups) + 3))
    try:
        target.parent.mkdir(exist_ok=True)
        part.unlink(missing_ok=True)
        db = sqlite3.connect(part)
        db.execute(f"CREATE TABLE rows (ord INTEGER PRIMARY KEY, {cols}, {keys}, t TEXT, line TEXT)")
    except (OSError, sqlite3.Error):        # a folder that cannot be written: the listing only
        for _ in rows():
            pass
        return n
    try:
        with closing(db):
            db.execute("CREATE TABLE meta (columns TEXT, query TEXT)")
            db.execute("INSERT INTO meta VALUES (?, ?)", (json.dumps(columns), q.text))
            db.executemany(f"INSERT INTO rows VALUES ({marks})", rows())
            for i in range(len(lookups)):
                db.execute(f"CREATE INDEX k{i}_rows ON rows (k{i}, ord)")     # a node's rows in order
            db.commit()
        os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)
    return n


class Rows:
    """A lookup's rows from a kept table: `variables`, and rows of values (None: unbound) when
    iterated. `write` formats them as query.write does a store's result."""

    def __init__(self, columns: list[str], data: list[tuple], lines_only: bool = False) -> None:
        self.variables, self._data, self.lines_only = columns, data, lines_only

    def __iter__(self) -> Iterator[list]:
        return (list(r[:-2]) for r in self._cells())

    def _cells(self) -> list[tuple]:
        if self.lines_only:
            raise TypeError("these rows were read as CSV lines only")
        return self._data

    def __len__(self) -> int:
        return len(self._data)

    def values(self) -> Iterator[list[str]]:
        """Each row's cells as strings, "" for an unbound one (what CSV shows)."""
        return (["" if v is None else v for v in r[:-2]] for r in self._cells())

    def csv_text(self, newline: str = "\n", limit: int | None = None) -> str:
        """The rows as CSV from each row's line kept with it: with "\r\n" the bytes pyoxigraph
        writes as SPARQL CSV."""
        rows = self._data if limit is None else self._data[:limit]
        return newline.join([_liner()(self.variables), *(r[-1] for r in rows)]) + newline

    def bindings(self) -> list[dict]:
        """The rows as SPARQL 1.1 JSON bindings, each cell's term as the store gave it."""
        out = []
        for *values, extras, _line in self._cells():
            extras = json.loads(extras) if extras else [None] * len(values)
            out.append({c: {"type": "literal", "value": v, **(x or {})}
                        for c, v, x in zip(self.variables, values, extras) if v is not None})
        return out

    def write(self, fmt: str, out: TextIO) -> None:
        if fmt == "json":
            out.write(json.dumps({"head": {"vars": self.variables}, "results": {"bindings": self.bindings()}},
                                 ensure_ascii=False) + "\n")
            return
        if fmt == "csv":
            out.write(self.csv_text())
            return
        cells = list(self.values())
        if fmt == "tsv":
            w = csv.writer(out, delimiter="\t", lineterminator="\n")
            w.writerow(self.variables)
            w.writerows(cells)
            return
        out.write(text_table(self.variables, cells))


def answer(store, store_path: Path | None, q: SavedQuery, params: dict[str, str],
           limit: int | None = None, offset: int | None = None, lines: bool = False) -> Rows | None:
    """The rows of `q` with `params` from its kept table, or None when there is none to answer
    them: no table for the store's current state, or a parameter that is not a kept lookup.
    `lines`: only each row's CSV line is read (all that CSV needs: a fifth of the time)."""
    lookups = {l.param: l for l in kept(q)}
    if not params or not store_path or not set(params) <= set(lookups) or not Path(store_path).is_dir():
        return None
    target = path(store_path, results_cache.state(store_path), q)
    if not target.exists():
        return None
    from . import search
    order = [l.param for l in kept(q)]
    where, args = [], []
    for param, value in params.items():
        lookup = lookups[param]
        try:
            nodes = search.resolve(store, value, lookup.kind, lookup.within, lookup.canonical)
        except search.NotFound as e:
            raise NameNotFound(str(e)) from e
        where.append(f"k{order.index(param)} IN ({', '.join('?' * len(nodes))})")
        args += [n.value for n in nodes]
    if limit is not None and limit < 0 or offset is not None and offset < 0:
        raise QueryError("LIMIT and OFFSET are numbers of rows, 0 or more")
    if len(args) > MAX_NODES:
        return None
    # one node a lookup: the table's rows are the query's (they are distinct with their nodes);
    # several, and a DISTINCT query shows a row the nodes share once, where it first comes
    copies = _distinct(q) and len(args) > len(where)
    page = "" if copies else f" LIMIT {-1 if limit is None else int(limit)} OFFSET {int(offset or 0)}"
    try:    # a table that cannot be read (damaged, deleted meanwhile) leaves it to the store
        with closing(sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)) as db:
            columns = json.loads(db.execute("SELECT columns FROM meta").fetchone()[0])
            cols = ", ".join(f"c{i}" for i in range(len(columns)))
            read = "line" if lines and not copies else f"{cols}, t, line"
            data = db.execute(f"SELECT {read} FROM rows WHERE {' AND '.join(where)} ORDER BY ord{page}",
                              args).fetchall()
    except (sqlite3.Error, TypeError, ValueError):
        return None
    if copies:
        data = list(islice(dict.fromkeys(data), offset or 0, None if limit is None else (offset or 0) + limit))
    return Rows(columns, data, lines and not copies)


def run_saved(store, store_path: Path | None, q: SavedQuery, params: dict[str, str],
              limit: int | None = None, offset: int | None = None, lines: bool = False):
    """What `mtkg query` runs: the kept table's rows when one answers (`lines`: for CSV only),
    else the store's."""
    from .query import run_saved as computed
    found = answer(store, store_path, q, params, limit, offset, lines)
    return computed(store, q, params, limit, offset) if found is None else found


def prune(store_path: Path, store_state: str) -> None:
    """Delete the tables of other store states."""
    for f in results_cache.folder(store_path).glob("*.rows.sqlite"):
        if not f.name.startswith(store_state + "-"):
            f.unlink(missing_ok=True)
