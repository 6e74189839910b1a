"""Curated tables: hand-checked facts kept as CSV files -> `ArticleFacts`, one per source.

A table is a UTF-8 CSV file named `<name>.<kind>.csv` (kind: people, events, participants,
directives, implementations); data/curated/README.md documents every column. Each row names
the source it was checked against (`source`, else `<name>`); the facts of one source become one
`ArticleFacts` whose `Article.text` is the CSV text, so every fact's evidence span is its row,
exactly as an article sentence is the evidence of an extracted fact.

Nothing is half-loaded: a bad row raises `CuratedError` and no fact of its file is returned.
`load_tables` also checks references between tables (a participant's event, an event's or an
implementation's directive) and, given an `errors` list, skips bad files instead of raising."""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, fields, replace
from datetime import date as _date
from pathlib import Path
from typing import Callable, Iterable

from . import facts as F
from .extract.bodies import parse_body
from .lexicon import load as load_lexicon
from .read import Skipped
from .text import canonical

LIST_SEP = ";"          # several values in one cell: "attendee; presenter"
PATH_SEP = ";"          # Article.path of a source merged from several tables


class CuratedError(ValueError):
    """A curated table that cannot be loaded: `file:line: column 'x': message`."""

    def __init__(self, path, line: int | None, column: str | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.column = column
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"

    @property
    def reason(self) -> str:
        return f"column '{self.column}': {self.message}" if self.column else self.message

    def skipped(self) -> Skipped:
        """The same error as the build report's record of a skipped input."""
        return Skipped(self.path, self.line, self.reason)


# -- the tables -----------------------------------------------------------------------

@dataclass(frozen=True)
class Table:
    kind: str
    required: tuple[str, ...]    # columns that must be present and filled in every row
    optional: tuple[str, ...]    # columns that may be left out of the header or empty

    @property
    def columns(self) -> tuple[str, ...]:
        return self.required + self.optional


TABLES = {t.kind: t for t in (
    Table("people", ("person", "title", "organization"),
          ("organization_kind", "locality", "date", "source")),
    Table("events", ("event_id", "kind", "name"),
          ("date", "end_date", "organizer", "locality", "attendance", "attendance_qualifier",
           "directives", "movements", "source")),
    Table("participants", ("event_id", "person", "role"), ("source",)),
    Table("directives", ("key", "type"), ("number", "symbol", "date", "issuer", "subject", "source")),
    Table("implementations", ("directive", "kind"), ("locality", "body", "via", "date", "source")),
)}


def table_kind(path: Path) -> tuple[str, str] | None:
    """(kind, name) of a table file `<name>.<kind>.csv`, or None."""
    lower = path.name.lower()
    for kind in TABLES:
        suffix = f".{kind}.csv"
        if lower.endswith(suffix) and len(lower) > len(suffix):
            return kind, path.name[: -len(suffix)]
    return None


# -- cell values ----------------------------------------------------------------------

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_MONTH_DAY = re.compile(r"--(\d{2})-(\d{2})")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})(?:/(\d{4}))?")
_MONTH_YEAR = re.compile(r"(\d{1,2})/(\d{4})")


def normalise_date(value: str) -> str:
    """ISO or partial ISO date from YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD, d/m/yyyy, m/yyyy or d/m.

    Raises ValueError when the value is not one of these or not a real date."""
    value = value.strip()
    try:
        if m := _ISO.fullmatch(value):
            y, mo, d = m.groups()
            if d:
                return _date(int(y), int(mo), int(d)).isoformat()
            if mo:
                _date(int(y), int(mo), 1)
                return f"{y}-{mo}"
            return y
        if m := _MONTH_DAY.fullmatch(value):
            _date(2000, int(m[1]), int(m[2]))      # a leap year: --02-29 is a date
            return value
        if m := _MONTH_YEAR.fullmatch(value):
            _date(int(m[2]), int(m[1]), 1)
            return f"{m[2]}-{int(m[1]):02d}"
        if m := _SLASHED.fullmatch(value):
            d, mo, y = m.groups()
            if y:
                return _date(int(y), int(mo), int(d)).isoformat()
            _date(2000, int(mo), int(d))
            return f"--{int(mo):02d}-{int(d):02d}"
    except ValueError:
        raise ValueError(f"{value!r} is not a real date") from None
    raise ValueError(f"{value!r} is not a date (write YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or d/m/yyyy)")


def _unit_words() -> list[tuple[str, str]]:
    """(spelling, type word) pairs from data/lexicons/unit_types.tsv, longest spelling first."""
    pairs = []
    for row in load_lexicon("unit_types"):
        pairs.append((row["type_word"], row["type_word"]))
        pairs += [(a, row["type_word"]) for a in row.get("abbreviations", "").split("|") if a]
    return sorted(pairs, key=lambda p: -len(p[0]))


def parse_locality(value: str) -> F.Locality:
    """"huyện Gia Viễn, tỉnh Ninh Bình" -> Locality("huyện", "Gia Viễn", parent=tỉnh Ninh Bình).

    The most specific unit comes first. Raises ValueError for a part that does not start
    with a unit type word or names no unit."""
    parts = [" ".join(p.split()) for p in value.split(",")]
    if not all(parts):
        raise ValueError(f"{value!r} has an empty part")
    words = _unit_words()
    parent = None
    for part in reversed(parts):
        folded = part.casefold()
        for spelling, type_word in words:
            if folded.startswith(spelling) and (len(part) == len(spelling)
                                                or part[len(spelling)] == " " or spelling.endswith(".")):
                name = part[len(spelling):].strip()
                break
        else:
            known = ", ".join(dict.fromkeys(t for _, t in words))
            raise ValueError(f"{part!r} does not start with a unit type word ({known})")
        if not name:
            raise ValueError(f"{part!r} names no unit (write e.g. \"{type_word} Sóc Trăng\")")
        parent = F.Locality(type_word, name, parent)
    return parent


def _root(loc: F.Locality) -> F.Locality:
    while loc.parent is not None:
        loc = loc.parent
    return loc


# -- one row --------------------------------------------------------------------------

@dataclass
class _Row:
    path: str
    line: int                    # the file line the row starts on
    start: int                   # offsets of the row's text in the file's text
    end: int
    cells: dict[str, str]        # column -> cell, whitespace squashed ("" when empty)

    def fail(self, column: str | None, message: str) -> CuratedError:
        return CuratedError(self.path, self.line, column, message)

    def get(self, column: str) -> str | None:
        return self.cells.get(column) or None

    def code(self, column: str, codes: tuple[str, ...]) -> str | None:
        value = self.get(column)
        if value is None:
            return None
        if value.casefold() not in codes:
            raise self.fail(column, f"unknown code {value!r}; expected one of {', '.join(codes)}")
        return value.casefold()

    def codes(self, column: str, codes: tuple[str, ...]) -> list[str]:
        out = []
        for item in self.items(column):
            if item.casefold() not in codes:
                raise self.fail(column, f"unknown code {item!r}; expected one of {', '.join(codes)}")
            out.append(item.casefold())
        return list(dict.fromkeys(out))

    def items(self, column: str) -> list[str]:
        return [v.strip() for v in (self.get(column) or "").split(LIST_SEP) if v.strip()]

    def date(self, column: str) -> str | None:
        value = self.get(column)
        try:
            return normalise_date(value) if value else None
        except ValueError as e:
            raise self.fail(column, str(e)) from None

    def locality(self, column: str) -> F.Locality | None:
        value = self.get(column)
        try:
            return parse_locality(value) if value else None
        except ValueError as e:
            raise self.fail(column, str(e)) from None

    def body(self, value: str | None, column: str, ctx: F.Locality | None) -> F.Body | None:
        if not value:
            return None
        body = parse_body(value, ctx)
        if body is None:
            raise self.fail(column, f"{value!r} is not an organization")
        return body


@dataclass
class _Record:
    """A validated row: its kind, source, place in its file and the values it states."""
    kind: str
    source: str
    row: _Row
    values: dict


_POST_HAS_DATE = "date" in {f.name for f in fields(F.PostHolding)}


def _people(r: _Row) -> dict:
    kind = r.code("organization_kind", F.BODY_KINDS)
    ctx = r.locality("locality")
    body = r.body(r.get("organization"), "organization", ctx)
    if kind:
        body = replace(body, kind=kind)
    return {"person": r.get("person"), "title": r.get("title"), "body": body,
            "locality": ctx, "date": r.date("date")}


def _events(r: _Row) -> dict:
    kind = r.code("kind", F.EVENT_KINDS)
    start, end = r.date("date"), r.date("end_date")
    if start and end and len(start) == len(end) and end < start:
        raise r.fail("end_date", f"{end} is before the event's date {start}")
    loc = r.locality("locality")
    attendance = None
    if r.get("attendance"):
        text = r.get("attendance")
        if not text.isascii() or not text.isdigit():
            raise r.fail("attendance", f"{text!r} is not a whole number of people (digits only)")
        attendance = int(text)
    qualifier = r.code("attendance_qualifier", F.QUALIFIERS)
    if qualifier and attendance is None:
        raise r.fail("attendance_qualifier", "a qualifier needs an attendance")
    return {"id": r.get("event_id"), "kind": kind, "name": r.get("name"), "date": start,
            "end_date": end, "locality": loc,
            "organizers": [r.body(o, "organizer", loc) for o in r.items("organizer")],
            "attendance": attendance,
            "attendance_qualifier": qualifier or ("exact" if attendance is not None else None),
            "directives": list(dict.fromkeys(r.items("directives"))),
            "movements": list(dict.fromkeys(r.items("movements")))}


def _participants(r: _Row) -> dict:
    roles = r.codes("role", F.ROLES)
    if not roles:
        raise r.fail("role", "empty cell")
    return {"event": r.get("event_id"), "person": r.get("person"), "roles": roles}


def _directives(r: _Row) -> dict:
    return {"key": r.get("key"), "type": r.get("type"), "number": r.get("number"),
            "symbol": r.get("symbol"), "date": r.date("date"),
            "issuer": r.body(r.get("issuer"), "issuer", None), "subject": r.get("subject")}


def _implementations(r: _Row) -> dict:
    kind = r.code("kind", F.IMPLEMENTATION_KINDS)
    loc = r.locality("locality")
    if loc is None and not r.get("body"):
        raise r.fail("locality", "give the locality, the body or both")
    return {"locality": loc, "body": r.body(r.get("body"), "body", loc),
            "directive": r.get("directive"), "kind": kind, "via": r.get("via"),
            "date": r.date("date")}


_PARSERS: dict[str, Callable[[_Row], dict]] = {
    "people": _people, "events": _events, "participants": _participants,
    "directives": _directives, "implementations": _implementations}


# -- one file -------------------------------------------------------------------------

@dataclass
class _Table:
    path: str
    kind: str
    text: str
    records: list[_Record]


def _decode(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise CuratedError(path, None, None, f"cannot read: {e.strerror or e}") from None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        column = _column_at(raw[: e.start].decode("utf-8"))
        raise CuratedError(path, line, column,
                           f"not UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start}); "
                           "save the file as UTF-8") from None
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def _column_at(prefix: str) -> str | None:
    """The column of the cell that the text after `prefix` falls in (None: the header)."""
    rows = [r for r in csv.reader(_lines(_newlines(prefix) + "\x1f")) if r and not _comment(r)]
    if len(rows) < 2:
        return None
    header, cells = [h.strip().lower() for h in rows[0]], rows[-1]
    return header[len(cells) - 1] if len(cells) <= len(header) else None


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _lines(text: str) -> list[str]:
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def _comment(cells: list[str]) -> bool:
    return bool(cells) and cells[0].lstrip().startswith("#")


def _rows(path: str, text: str) -> Iterable[tuple[int, int, int, list[str]]]:
    """(first line, start, end, cells) of each CSV record; blank and `#` lines skipped."""
    lines = _lines(text)
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln))
    reader = csv.reader(lines, strict=True)
    done = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            raise CuratedError(path, done + 1, None, f"broken CSV: {e}") from None
        first, last = done + 1, reader.line_num
        done = last
        if not any(c.strip() for c in cells) or _comment(cells):
            continue
        yield first, starts[first - 1], starts[last - 1] + len(lines[last - 1].rstrip("\n")), cells


def read_table(path: Path) -> _Table:
    """One table file, every row validated; raises CuratedError at the first bad one."""
    path = Path(path)
    found = table_kind(path)
    if found is None:
        raise CuratedError(path, None, None, "not a curated table: name it <name>.<kind>.csv, kind one of "
                           + ", ".join(TABLES))
    kind, name = found
    spec = TABLES[kind]
    text = _decode(path)
    rows = iter(_rows(str(path), text))
    head = next(rows, None)
    if head is None:
        raise CuratedError(path, None, None, "empty table: no header row")
    line, _, _, header = head
    header = [h.strip().lower() for h in header]
    for i, col in enumerate(header):
        if col not in spec.columns:
            raise CuratedError(path, line, col or f"#{i + 1}",
                               f"unknown column for a {kind} table; expected {', '.join(spec.columns)}")
        if col in header[:i]:
            raise CuratedError(path, line, col, "appears twice in the header")
    for col in spec.required:
        if col not in header:
            raise CuratedError(path, line, col, f"missing required column of a {kind} table")
    records = []
    for line, start, end, cells in rows:
        if len(cells) != len(header):
            raise CuratedError(path, line, None, f"the row has {len(cells)} cells, the header {len(header)}")
        row = _Row(str(path), line, start, end, {h: " ".join(c.split()) for h, c in zip(header, cells)})
        for col in spec.required:
            if not row.cells[col]:
                raise row.fail(col, "required cell is empty")
        values = _PARSERS[kind](row)
        records.append(_Record(kind, row.get("source") or name, row, values))
    return _Table(str(path), kind, text, records)


# -- checks across rows and tables ------------------------------------------------------

def _check(tables: list[_Table], references: bool) -> None:
    """Raise for the first duplicate or (with `references`) dangling reference."""
    events: dict[tuple[str, str], _Record] = {}
    directives: dict[tuple[str, str], _Record] = {}
    for t in tables:
        for rec in t.records:
            if rec.kind == "events":
                seen, key, col = events, rec.values["id"], "event_id"
            elif rec.kind == "directives":
                seen, key, col = directives, rec.values["key"], "key"
            else:
                continue
            first = seen.setdefault((rec.source, key), rec)
            if first is not rec:
                raise rec.row.fail(col, f"{key!r} is already a row of source {rec.source!r} "
                                        f"({first.row.path}:{first.row.line})")
    if not references:
        return
    for t in tables:
        for rec in t.records:
            v = rec.values
            if rec.kind == "participants" and (rec.source, v["event"]) not in events:
                raise rec.row.fail("event_id", f"no event {v['event']!r} in the events tables of "
                                               f"source {rec.source!r}")
            refs = {"events": [("directives", k) for k in v.get("directives", [])],
                    "implementations": [("directive", v.get("directive")), ("via", v.get("via"))],
                    }.get(rec.kind, [])
            for col, key in refs:
                if key and (rec.source, key) not in directives:
                    raise rec.row.fail(col, f"no directive {key!r} in the directives tables of "
                                            f"source {rec.source!r}")


# -- facts ----------------------------------------------------------------------------

def _build(source: str, parts: list[tuple[_Table, list[_Record]]]) -> F.ArticleFacts:
    """The facts of one source from its records in each table; the tables' texts are
    joined in order and every span shifted into the joined text."""
    texts, offsets, pos = [], {}, 0
    for table, _ in parts:
        offsets[table.path] = pos
        text = table.text if table.text.endswith("\n") else table.text + "\n"
        texts.append(text)
        pos += len(text)
    article = F.Article(id=source, text="".join(texts), path=PATH_SEP.join(t.path for t, _ in parts))
    facts = F.ArticleFacts(article=article)
    people: dict[str, F.PersonMention] = {}
    movements: dict[str, F.Movement] = {}
    localities: list[F.Locality] = []

    def mention(name: str, span: F.Span) -> F.PersonMention:
        if name not in people:
            people[name] = F.PersonMention(name=name, evidence=span)
        return people[name]

    for table, records in parts:
        for rec in records:
            v, row = rec.values, rec.row
            span = F.Span(offsets[table.path] + row.start, offsets[table.path] + row.end,
                          cite=f"{Path(table.path).parent.name}/{Path(table.path).name}:{row.line}")
            facts.sentences.append(F.Sentence(span.start, span.end, article.text[span.start:span.end],
                                              canonical(article.text[span.start:span.end])))
            if v.get("locality") is not None:
                localities.append(v["locality"])
            if rec.kind == "people":
                extra = {"date": v["date"]} if _POST_HAS_DATE else {}
                facts.posts.append(F.PostHolding(v["person"], v["title"], v["body"], span, **extra))
                mention(v["person"], span)
            elif rec.kind == "events":
                facts.events.append(F.Event(
                    id=v["id"], kind=v["kind"], name=v["name"], date=v["date"], end_date=v["end_date"],
                    organizers=v["organizers"], locality=v["locality"], attendance=v["attendance"],
                    attendance_qualifier=v["attendance_qualifier"], directives=v["directives"],
                    movements=v["movements"], evidence=span))
                for name in v["movements"]:
                    movements.setdefault(name, F.Movement(name=name, evidence=span))
            elif rec.kind == "participants":
                m = mention(v["person"], span)
                for role in v["roles"]:
                    if role not in m.roles:
                        m.roles.append(role)
                        m.role_evidence[role] = span
                    facts.participations.append(F.Participation(v["person"], v["event"], role, span))
            elif rec.kind == "directives":
                facts.directives.append(F.Directive(
                    key=v["key"], type=v["type"], number=v["number"], symbol=v["symbol"],
                    date=v["date"], issuer=v["issuer"], subject=v["subject"], evidence=span))
            elif rec.kind == "implementations":
                facts.implementations.append(F.Implementation(
                    locality=v["locality"], body=v["body"], directive=v["directive"], kind=v["kind"],
                    via=v["via"], date=v["date"], evidence=span))
    facts.people = list(people.values())
    facts.movements = list(movements.values())
    facts.locality = _common_locality(localities)
    return facts


def _common_locality(localities: list[F.Locality]) -> F.Locality | None:
    """The source's own unit: the one locality its rows give, else the province they share."""
    distinct = list(dict.fromkeys(localities))
    if len(distinct) == 1:
        return distinct[0]
    roots = {_root(loc) for loc in distinct}
    return roots.pop() if len(roots) == 1 else None


def _assemble(tables: list[_Table]) -> list[F.ArticleFacts]:
    by_source: dict[str, list[tuple[_Table, list[_Record]]]] = {}
    for t in tables:
        for rec in t.records:
            parts = by_source.setdefault(rec.source, [])
            if not parts or parts[-1][0] is not t:
                parts.append((t, []))
            parts[-1][1].append(rec)
    return [_build(source, parts) for source, parts in by_source.items()]


# -- public entry points --------------------------------------------------------------

def load_csv(path: Path | str) -> list[F.ArticleFacts]:
    """The facts of one table, one `ArticleFacts` per source; raises CuratedError.

    References to other tables (a participant's event, a directive key) are not checked
    here: load the tables together with `load_tables`."""
    table = read_table(Path(path))
    _check([table], references=False)
    return _assemble([table])


# identity decisions (identity.py) live beside the tables but are not facts
DECISIONS_SUFFIX = ".identity.csv"


def find_tables(paths: Iterable[Path | str]) -> list[Path]:
    """The `*.csv` fact tables under the given files and folders, sorted, each once."""
    found: set[Path] = set()
    for p in map(Path, paths):
        if p.is_dir():
            found.update(f for f in p.rglob("*.csv") if f.is_file() and not f.name.lower().endswith(DECISIONS_SUFFIX))
        elif p.exists():
            found.add(p)
        else:
            raise CuratedError(p, None, None, "no such file or folder")
    return sorted(found)


def load_tables(paths: Iterable[Path | str], errors: list[CuratedError] | None = None) -> list[F.ArticleFacts]:
    """The facts of several tables (files, or folders of `*.csv`), merged by source.

    Without `errors`, the first bad file raises CuratedError. With a list, each bad file's
    error is appended to it and none of its rows is used; a table whose rows point into a
    rejected table is rejected in turn."""
    def reject(err: CuratedError) -> None:
        if errors is None:
            raise err
        errors.append(err)

    paths = list(paths)
    tables: list[_Table] = []
    try:
        files = find_tables(paths)
    except CuratedError as err:
        reject(err)
        files = find_tables(p for p in map(Path, paths) if p.exists())
    for f in files:
        try:
            tables.append(read_table(f))
        except CuratedError as err:
            reject(err)
    while True:
        try:
            _check(tables, references=True)
            break
        except CuratedError as err:
            reject(err)
            tables = [t for t in tables if t.path != err.path]
    return _assemble(tables)
