"""What a SPARQL request would do, decided before it runs: its form (SELECT, ASK, CONSTRUCT,
DESCRIBE or an update) and whether it uses an operation the server refuses.

pyoxigraph parses but does not expose its parse tree, so this reads the keywords with a small
tokenizer that skips what cannot hold a keyword: strings, IRIs, comments, variables, prefixed
names and language tags. "SERVICE" inside a string literal, `<http://x/LOAD>` or `ex:delete`
are therefore not keywords. pyoxigraph still parses the text afterwards (a syntax error is
reported with its message), and read-only workers open the store read-only, so this is the
first of two locks, not the only one."""
from __future__ import annotations

import re
from dataclasses import dataclass

# One alternative per token kind; only the last one (a bare word) can be a keyword.
_TOKEN = re.compile(r"""
      (?P<comment>\#[^\n]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*''' | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                 | '(?:[^'\\\n]|\\.)*' | "(?:[^"\\\n]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]*)
    | (?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    | (?P<pname>[\w.\-\u00b7]*:[\w.\-\u00b7:%\\]*)
    | (?P<word>[A-Za-z_]\w*)
    | (?P<other>\S)
""", re.VERBOSE | re.DOTALL)

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_WORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD"})
# Refused even with --allow-update: both make the server fetch from other hosts.
OUTBOUND_WORDS = frozenset({"SERVICE", "LOAD"})


class Refused(Exception):
    """A request the server will not run; `status` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Operation:
    form: str            # SELECT, ASK, CONSTRUCT, DESCRIBE, or UPDATE
    keywords: frozenset  # every bare keyword, upper-cased

    @property
    def is_update(self) -> bool:
        return self.form == "UPDATE"


def keywords(text: str) -> list[str]:
    """The bare words of a SPARQL text, in order, upper-cased."""
    return [m.group("word").upper() for m in _TOKEN.finditer(text) if m.lastgroup == "word"]


def classify(text: str) -> Operation:
    words = keywords(text)
    form = next((w for w in words if w in QUERY_FORMS or w in UPDATE_WORDS), "")
    if form in UPDATE_WORDS:
        form = "UPDATE"
    return Operation(form or "UNKNOWN", frozenset(words))


def check_query(text: str) -> Operation:
    """A text sent as a query: refuse updates, LOAD and SERVICE."""
    op = classify(text)
    _refuse_outbound(op)
    if op.is_update or op.keywords & UPDATE_WORDS:
        raise Refused(403, "SPARQL Update is refused: this endpoint only answers queries "
                           "(updates are sent as update=…, and only to a server started with --allow-update)")
    return op


def check_update(text: str, allowed: bool) -> Operation:
    """A text sent as an update (update=… or application/sparql-update)."""
    if not allowed:
        raise Refused(403, "SPARQL Update is refused: the server is read-only (start it with --allow-update)")
    op = classify(text)
    _refuse_outbound(op)
    return op


def _refuse_outbound(op: Operation) -> None:
    found = sorted(op.keywords & OUTBOUND_WORDS)
    if found:
        raise Refused(403, f"{' and '.join(found)} refused: this server does not fetch data from other hosts")
