"""What a SPARQL request would do, decided from its parse tree before it runs: its form (SELECT,
ASK, CONSTRUCT, DESCRIBE or an update) and whether it uses an operation the server refuses.

pyoxigraph does not expose its parse tree, so the text is parsed with rdflib's SPARQL 1.1 parser
and the tree is searched for SERVICE and LOAD: what the query *is*, whatever its spelling
(escapes, comments, strings, prefixed names). A text rdflib cannot parse is refused with its
message, never guessed at. This is the first of two walls: query workers also run without the
right to open network sockets (serve/no_network.py), so a query that a parser gap let through still
reaches no other host."""
from __future__ import annotations

from dataclasses import dataclass

QUERY_FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT",
               "DescribeQuery": "DESCRIBE"}
# Refused even with --allow-update: both make the server fetch from other hosts.
OUTBOUND = {"ServiceGraphPattern": "SERVICE", "Load": "LOAD"}


class Refused(Exception):
    """A request the server will not run; `status` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Operation:
    form: str              # SELECT, ASK, CONSTRUCT, DESCRIBE, or UPDATE
    outbound: frozenset    # SERVICE and LOAD where the tree has them

    @property
    def is_update(self) -> bool:
        return self.form == "UPDATE"


def parse(text: str) -> Operation:
    """The operation a text is, as a query or else as an update; Refused(400) when it is neither."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
    try:
        tree = parseQuery(text)
        form = QUERY_FORMS.get(getattr(tree[1], "name", ""), "UNKNOWN")
    except (ParseBaseException, RecursionError) as as_query:
        try:
            tree, form = parseUpdate(text), "UPDATE"
        except (ParseBaseException, RecursionError):
            if isinstance(as_query, RecursionError):
                raise Refused(400, "SPARQL syntax error: the query is nested too deeply to read") from None
            raise Refused(400, f"SPARQL syntax error: {as_query}") from None
    return Operation(form, frozenset(_names(tree) & OUTBOUND.keys()))


def _names(tree) -> set[str]:
    """The names of every node of an rdflib parse tree (iteratively: a tree may be deep)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue
    found, stack = set(), [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            found.add(node.name)
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, ParseResults)):
            stack.extend(node)
        elif isinstance(node, dict):
            stack.extend(node.values())
    return found


def check_query(text: str) -> Operation:
    """A text sent as a query: refuse updates, LOAD and SERVICE."""
    op = parse(text)
    _refuse_outbound(op)
    if op.is_update:
        raise Refused(403, "SPARQL Update is refused: this endpoint only answers queries "
                           "(updates are sent as update=…, and only to a server started with --allow-update)")
    return op


def check_update(text: str, allowed: bool) -> Operation:
    """A text sent as an update (update=… or application/sparql-update)."""
    if not allowed:
        raise Refused(403, "SPARQL Update is refused: the server is read-only (start it with --allow-update)")
    op = parse(text)
    _refuse_outbound(op)
    if not op.is_update:
        raise Refused(400, "that is a query, not an update: send it as query=…")
    return op


def _refuse_outbound(op: Operation) -> None:
    found = sorted(OUTBOUND[n] for n in op.outbound)
    if found:
        raise Refused(403, f"{' and '.join(found)} refused: this server does not fetch data from other hosts")
