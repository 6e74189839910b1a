"""`mtkg report implementation`: which localities acted on which directives, for auditors.

Every row carries its evidence: the article (id, URL when known, headline) and the sentence
that states the fact. CSV is one row per locality, directive, kind, date, source and
evidence; HTML is one self-contained page (template, style and script in report_assets/,
inlined): a locality × directive matrix whose cells link to the quoted evidence below it."""
from __future__ import annotations

import csv
import html
import io
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import Store

from . import query as Q

ASSETS = Path(__file__).resolve().parent / "report_assets"
CSV_COLUMNS = ("locality", "province", "directive", "kind", "via", "date", "source", "url", "evidence",
               "document", "curated")
KIND_LABELS = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?code ?label WHERE {
  ?c skos:inScheme <https://w3id.org/mtkg/vocab/implementation-kind> ; skos:notation ?code ;
     skos:prefLabel ?label . FILTER(LANG(?label) = "en") }"""
NO_LOCALITY = "(locality not stated)"


class ReportError(Exception):
    pass


@dataclass(frozen=True)
class Row:
    locality: str
    province: str
    directive: str
    kind: str
    via: str
    date: str
    source: str
    url: str
    evidence: str       # the sentence; for a curated row, its table and line
    document: str       # the directive's canonical node
    directive_iri: str
    implementation: str
    headline: str
    evidence_iri: str
    start: int
    curated: str = ""   # "yes": a researcher's row of a curated table, not an article's sentence
    quote: str = ""     # a curated row as written


def implementation_rows(store: Store, province: str | None = None, directive: str | None = None) -> list[Row]:
    """The report's rows, narrowed to a province and to directives whose name contains a text."""
    columns, data = Q.rows(Q.run(store, (ASSETS / "implementation.rq").read_text(encoding="utf-8")))
    best: dict[tuple[str, str], Row] = {}
    for values in data:
        d = dict(zip(columns, values))
        row = Row(locality=d["locality"], province=d["province"], directive=d["directive"], kind=d["kind"],
                  via=d["via"], date=d["date"], source=d["source"], url=d["url"],
                  evidence=f"curated: {d['citation']}" if d["curated"] and d["citation"] else d["quote"],
                  document=d["document"], directive_iri=d["directive_iri"], implementation=d["implementation"],
                  headline=d["headline"], evidence_iri=d["evidence"], start=int(d["start"] or 0),
                  curated=d["curated"], quote=d["quote"] if d["curated"] else "")
        key = (row.implementation, row.evidence_iri)
        # a unit with two parents, or an article with two headlines, must not double a row
        if key not in best or _order(row) < _order(best[key]):
            best[key] = row
    rows = sorted(best.values(), key=_order)
    if province:
        rows = _in_province(rows, province)
    if directive:
        rows = _about(rows, directive)
    return rows


def _order(r: Row):
    return (_fold(_bare_province(r.province)), _fold(r.locality), _fold(r.directive), r.date, r.kind, r.source, r.start,
            r.evidence_iri)


def _fold(text: str) -> str:
    """Case- and accent-insensitive form for matching and sorting ("Đ" is "d" here too)."""
    text = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(c for c in text if not unicodedata.combining(c))


def _bare_province(name: str) -> str:
    name = unicodedata.normalize("NFC", name).strip().casefold()
    for prefix in ("tỉnh ", "thành phố ", "tp. ", "tp "):
        name = name.removeprefix(prefix)
    return name


def _in_province(rows: list[Row], name: str) -> list[Row]:
    want = _bare_province(name)
    kept = [r for r in rows if r.province and _bare_province(r.province) == want]
    if not kept:
        known = sorted({r.province for r in rows if r.province}, key=lambda p: _fold(_bare_province(p)))
        raise ReportError(f"no implementation in a province named {name!r}"
                          + (f"; the store has: {', '.join(known)}" if known else ""))
    return kept


def _about(rows: list[Row], text: str) -> list[Row]:
    if text.startswith("<") and text.endswith(">"):
        iri = text[1:-1]
        kept = [r for r in rows if iri in (r.document, r.directive_iri)]
    else:
        # any name of the same document counts ("Chỉ thị 18" finds "Chỉ thị 18-CT/TW" too)
        want = text.strip().casefold()
        docs = {r.document for r in rows if want in r.directive.casefold()}
        kept = [r for r in rows if r.document in docs]
    if not kept:
        raise ReportError(f"no implemented directive is named like {text!r}")
    return kept


# -- CSV --------------------------------------------------------------------------------------

def to_csv(rows: list[Row]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    w.writerows([getattr(r, c) for c in CSV_COLUMNS] for r in rows)
    return buf.getvalue()


# -- HTML -------------------------------------------------------------------------------------

def kind_labels(store: Store | None) -> dict[str, str]:
    if store is None:
        return {}
    _, data = Q.rows(Q.run(store, KIND_LABELS))
    return {code: label for code, label in data}


def to_html(rows: list[Row], kinds: dict[str, str] | None = None, title: str = "Implementation of directives") -> str:
    e = html.escape
    kinds = kinds or {}
    # columns: one per document, named by the name the articles use most
    names: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        names[r.document][r.directive] += 1
    label = {doc: min(c, key=lambda n: (-c[n], _fold(n))) for doc, c in names.items()}
    docs = sorted(names, key=lambda d: _fold(label[d]))
    localities = sorted({(r.province, r.locality) for r in rows}, key=lambda pl: (_fold(_bare_province(pl[0])), _fold(pl[1])))
    cells: dict[tuple[str, str], list[tuple[int, Row]]] = defaultdict(list)
    for n, r in enumerate(rows, 1):
        cells[(r.locality, r.document)].append((n, r))

    head = ['<th data-sort="text"><button type="button">Locality</button></th>',
            '<th data-sort="text"><button type="button">Province</button></th>']
    for j, doc in enumerate(docs):
        others = sorted(set(names[doc]) - {label[doc]}, key=_fold)
        hint = "; ".join([*others, doc])
        head.append(f'<th data-sort="date" data-doc="{j}" data-names="{e(" | ".join(names[doc]))}" '
                    f'title="{e(hint)}"><button type="button">{e(label[doc])}</button></th>')
    body = []
    for province, locality in localities:
        tds = [f'<th scope="row" data-value="{e(locality)}">{e(locality or NO_LOCALITY)}</th>',
               f'<td data-value="{e(province)}">{e(province)}</td>']
        for j, doc in enumerate(docs):
            entries = cells.get((locality, doc), [])
            links = "".join(f'<a href="#ev-{n}" class="kind kind-{e(r.kind)}">{e(kinds.get(r.kind, r.kind))}'
                            f'{" " + e(r.date) if r.date else ""}</a>' for n, r in entries)
            first = min((r.date for _, r in entries if r.date), default="")
            tds.append(f'<td data-doc="{j}" data-value="{e(first)}"{" data-empty" if not entries else ""}>{links}</td>')
        body.append(f'<tr data-province="{e(province)}" data-locality="{e(locality)}">{"".join(tds)}</tr>')
    evidence = []
    col = {doc: j for j, doc in enumerate(docs)}
    for n, r in enumerate(rows, 1):
        article = f"<code>{e(r.source)}</code>" + (f" {e(r.headline)}" if r.headline else "")
        link = f' — <a href="{e(r.url)}" rel="noreferrer">{e(r.url)}</a>' if r.url else ""
        via = f" through {e(r.via)}" if r.via else ""
        evidence.append(
            f'<li id="ev-{n}" data-locality="{e(r.locality)}" data-doc="{col[r.document]}"'
            f'{" data-curated" if r.curated else ""}>'
            f'<p class="fact"><b>{e(r.locality or NO_LOCALITY)}</b> · {e(kinds.get(r.kind, r.kind))}{via} · '
            f'<i>{e(r.directive)}</i>{" · " + e(r.date) if r.date else ""}</p>'
            + (f'<p class="curated">Curated row <code>{e(r.evidence.removeprefix("curated: "))}</code>: '
               f'<code lang="vi">{e(r.quote)}</code></p>'
               f'<p class="source">Curated source {article}</p></li>' if r.curated else
               f'<blockquote lang="vi">{e(r.evidence) or "<em>(no sentence recorded)</em>"}</blockquote>'
               f'<p class="source">Article {article}{link}</p></li>'))
    provinces = sorted({r.province for r in rows if r.province}, key=lambda p: _fold(_bare_province(p)))
    page = (ASSETS / "implementation.html").read_text(encoding="utf-8")
    parts = {
        "{{title}}": e(title),
        "{{summary}}": e(f"{len(localities)} localities, {len(docs)} directives, {len(rows)} pieces of evidence "
                         f"from {len({r.source for r in rows})} sources"),
        "{{provinces}}": "".join(f'<option value="{e(p)}">' for p in provinces),
        "{{head}}": "".join(head),
        "{{body}}": "\n".join(body),
        "{{evidence}}": "\n".join(evidence),
        "/*CSS*/": (ASSETS / "implementation.css").read_text(encoding="utf-8"),
        "/*JS*/": (ASSETS / "implementation.js").read_text(encoding="utf-8").replace("</", "<\\/"),
    }
    # one pass, so that text from the data is never taken for a placeholder
    return re.sub("|".join(map(re.escape, parts)), lambda m: parts[m.group(0)], page)
