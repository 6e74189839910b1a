"""`mtkg report implementation` on the bundled sample articles: the CSV agrees with the
locality-directives saved query and quotes each article's own sentence; the HTML page is
self-contained, names every locality and directive, and its filters and sort work in
headless Chromium."""
from __future__ import annotations

import csv
import html
import io
import re
import unicodedata
from pathlib import Path

import pytest

from cdp import Browser, needs_chromium
from conftest import ROOT, SAMPLES, mtkg
from graph_builder import query as Q
from graph_builder import report
from graph_builder.build import build
from graph_builder.store import open_read

PROJECTION = ("locality", "directive", "kind", "via", "source")


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report") / "store"
    result = build([SAMPLES], path, check=False, progress=False)
    assert not result.refused and not result.skipped, result.as_text()
    return path


def report_csv(store: Path, *args: str) -> list[dict]:
    r = mtkg("report", "implementation", "--store", str(store), "--format", "csv", *args)
    assert r.returncode == 0, r.stderr
    return list(csv.DictReader(io.StringIO(r.stdout)))


def saved(store: Path, **params) -> list[dict]:
    columns, rows = Q.rows(Q.run(open_read(store), Q.bind(Q.get("locality-directives"), params)))
    return [dict(zip(columns, r)) for r in rows]


def article_text(source: str) -> str:
    return unicodedata.normalize("NFC", (SAMPLES / f"{source}.txt").read_text(encoding="utf-8"))


def test_csv_rows_match_the_locality_directives_query(store):
    rows = report_csv(store)
    assert list(rows[0]) == list(report.CSV_COLUMNS)
    assert {tuple(r[c] for c in PROJECTION) for r in rows} == \
        {tuple(r[c] for c in PROJECTION) for r in saved(store)}
    assert len(rows) >= len(saved(store)) > 5


def test_csv_evidence_is_the_articles_own_sentence_and_dates_come_from_the_graph(store):
    rows = report_csv(store)
    st = open_read(store)
    published = dict(Q.rows(Q.run(st, "SELECT ?s (STR(?p) AS ?d) WHERE { ?g mtkg:articleId ?s ; mtkg:published ?p }"))[1])
    acted = Q.rows(Q.run(st, "SELECT ?s (STR(?d) AS ?date) WHERE { GRAPH ?g { ?i a mtkg:Implementation ;"
                             " mtkg:date ?d } ?g mtkg:articleId ?s }"))[1]
    for r in rows:
        assert r["evidence"] and r["evidence"] in article_text(r["source"]), r
        assert r["province"] and r["locality"].endswith(r["province"]), r
        assert r["document"].startswith("https://"), r
        # the action's own date, else the day the article was published, else nothing
        dates = {d for s, d in acted if s == r["source"]} | {published.get(r["source"], "")}
        assert r["date"] in dates and (r["date"] or dates == {""}), r
    quang_nam = [r for r in rows if r["directive"] == "Hướng dẫn 84"]
    assert [(r["locality"], r["kind"], r["via"]) for r in quang_nam] == [("tỉnh Quảng Nam", "issued_plan", "Kế hoạch 179")]
    assert "ban hành Kế hoạch số 179" in quang_nam[0]["evidence"]


def test_province_and_directive_filters(store):
    every = report_csv(store)
    for name in ("Sóc Trăng", "tỉnh Sóc Trăng", "sóc trăng"):
        rows = report_csv(store, "--province", name)
        assert rows == [r for r in every if r["province"] == "tỉnh Sóc Trăng"] and rows
    assert report_csv(store, "--province", "Hà Nội") == [r for r in every if r["province"] == "thành phố Hà Nội"]
    rows = report_csv(store, "--directive", "hướng dẫn 84")
    assert [r["directive"] for r in rows] == ["Hướng dẫn 84"]
    both = report_csv(store, "--province", "Ninh Bình", "--directive", "chỉ thị")
    assert {(r["locality"], r["directive"]) for r in both} == {("huyện Gia Viễn, tỉnh Ninh Bình", "Chỉ thị 18")}
    r = mtkg("report", "implementation", "--store", str(store), "--province", "Hà Giang")
    assert r.returncode == 2 and "no implementation in a province named 'Hà Giang'" in r.stderr
    assert "tỉnh Sóc Trăng" in r.stderr  # it says which provinces there are


def external_links(page: str) -> list[str]:
    return re.findall(r"""(?:src|href|action)\s*=\s*["']?\s*((?:https?:)?//[^"'\s>]*)""", page, flags=re.I)


def test_html_is_self_contained_and_names_every_locality_and_directive(store, tmp_path):
    out = tmp_path / "implementation.html"
    r = mtkg("report", "implementation", "--store", str(store), "--out", str(out))
    assert r.returncode == 0, r.stderr
    page = out.read_text(encoding="utf-8")
    assert external_links(page) == []   # the sample articles have no URL
    assert not re.search(r"<script[^>]+src|<link[^>]+stylesheet|@import|url\(", page)
    text = html.unescape(page)
    for row in saved(store):
        assert row["locality"] in text and row["directive"] in text
    rows = report_csv(store)
    for n, row in enumerate(rows, 1):   # every cell entry has its quoted evidence on the page
        assert f'href="#ev-{n}"' in page and f'id="ev-{n}"' in page
        assert row["evidence"] in text


def test_html_evidence_links_are_the_only_external_links(fixture_store, tmp_path):
    """The hand-made article has a URL: its evidence links to it, and nothing else leaves the page."""
    out = tmp_path / "implementation.html"
    assert mtkg("report", "implementation", "--store", str(fixture_store), "--out", str(out)).returncode == 0
    page = out.read_text(encoding="utf-8")
    links = external_links(page)
    assert links and set(links) == {"http://example.org/a"}
    assert all(m.start() > page.index('<ol id="evidence">') for m in re.finditer(r'href="http', page))


def clear(b: Browser, selector: str) -> None:
    b.js(f"(() => {{ const f = document.querySelector('{selector}'); f.value = '';"
         f" f.dispatchEvent(new Event('input')); }})()")


@needs_chromium
def test_html_filters_and_sort_work_in_a_browser(store, tmp_path):
    out = tmp_path / "implementation.html"
    assert mtkg("report", "implementation", "--store", str(store), "--out", str(out)).returncode == 0
    rows = report_csv(store)
    localities = {r["locality"] for r in rows}
    documents = {r["document"] for r in rows}
    visible = ("[...document.querySelectorAll('#matrix tbody tr:not([hidden]) th')]"
               ".map(th => th.dataset.value)")
    with Browser(tmp_path / "profile") as b:
        b.goto(out.as_uri())
        assert b.js("document.body.dataset.rows") == str(len(localities))
        assert b.js("document.body.dataset.columns") == str(len(documents))
        assert b.js("document.body.dataset.evidence") == str(len(rows))

        assert b.screenshot(ROOT / "test-artifacts" / "implementation-report.png").stat().st_size > 10_000
        b.type("#filter-province", "ninh binh")   # accents and case do not matter
        assert b.js(visible) == ["huyện Gia Viễn, tỉnh Ninh Bình"]
        assert b.js("document.body.dataset.evidence") == str(sum(r["province"] == "tỉnh Ninh Bình" for r in rows))
        clear(b, "#filter-province")

        b.type("#filter-directive", "Hướng dẫn")
        wanted = {r["document"] for r in rows if "hướng dẫn" in r["directive"].lower()}
        assert b.js("document.body.dataset.columns") == str(len(wanted))
        assert set(b.js(visible)) == {r["locality"] for r in rows if r["document"] in wanted}
        clear(b, "#filter-directive")
        assert len(b.js(visible)) == len(localities)

        # rows start by province, then locality
        province = {r["locality"]: r["province"] for r in rows}
        by_province = sorted(localities, key=lambda l: (report._fold(report._bare_province(province[l])), l))
        assert b.js(visible) == by_province and by_province[0].endswith("Hà Nội")
        b.click("#matrix thead th:nth-child(1) button")
        ascending = b.js(visible)
        assert ascending == sorted(localities, key=report._fold)
        assert b.js("document.body.dataset.sortDirection") == "ascending"
        b.click("#matrix thead th:nth-child(1) button")
        assert b.js(visible) == ascending[::-1]
        assert b.js("document.body.dataset.sortDirection") == "descending"
        # a directive's column sorts by date, localities without an entry last
        column = b.js("[...document.querySelectorAll('#matrix thead th')]"
                      ".findIndex(th => th.innerText.trim() === 'Chỉ thị 18') + 1")
        assert column > 2
        b.click(f"#matrix thead th:nth-child({column}) button")
        assert b.js(visible)[0] == "huyện Gia Viễn, tỉnh Ninh Bình"
        assert b.js("document.body.dataset.sortedBy") == "Chỉ thị 18"
        # a cell links to its quoted sentence
        b.click("#matrix tbody td a.kind")
        target = b.js("location.hash")
        assert re.fullmatch(r"#ev-\d+", target)
        quote = b.js(f"document.querySelector('{target} blockquote').innerText")
        assert quote in {r["evidence"] for r in rows}


# -- evidence that shows the fact --------------------------------------------------------------

CURATED = ROOT / "data" / "curated"
TRAIN = ROOT / "tests" / "corpus" / "train" / "articles"


def test_curated_rows_cite_their_table_and_line_and_are_marked(tmp_path):
    store = tmp_path / "store"
    assert not build([SAMPLES, CURATED], store, check=False, progress=False).refused
    rows = report_csv(store)
    curated = [r for r in rows if r["curated"] == "yes"]
    assert curated and len(curated) < len(rows)
    for r in curated:
        m = re.fullmatch(r"curated: curated/([\w.]+\.csv):(\d+)", r["evidence"])
        assert m, r["evidence"]
        line = (CURATED / m.group(1)).read_text(encoding="utf-8").splitlines()[int(m.group(2)) - 1]
        assert line.startswith(r["locality"].split(",")[0]) and f",{r['directive']}," in line
    assert all(not r["evidence"].startswith("curated:") for r in rows if r["curated"] != "yes")
    page = mtkg("report", "implementation", "--store", str(store), "--out", str(tmp_path / "r.html"))
    assert page.returncode == 0, page.stderr
    text = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert text.count("data-curated") == len(curated) and "Curated row <code>curated/quangtri" in text


@pytest.fixture(scope="module")
def train_store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("train")
    articles = folder / "articles"
    articles.mkdir()
    for f in sorted(TRAIN.glob("*.txt"))[:80]:
        (articles / f.name).write_bytes(f.read_bytes())
    build([articles], folder / "store", check=False, progress=False)
    return folder / "store"


_ORDINALS = {"một": "1", "hai": "2", "ba": "3", "bốn": "4", "tư": "4", "năm": "5", "sáu": "6", "bảy": "7",
             "tám": "8", "chín": "9", "mười": "10"}


def _names(quote: str, name: str) -> bool:
    from graph_builder.text import fold
    number = re.search(r"\d+", name)
    # keys write the Front's name short ("Luật MTTQ Việt Nam"), pages often in full, and a
    # plenum by its number where pages may spell it ("Hội nghị lần thứ Tám", "Trung ương sáu")
    short = lambda t: re.sub(r"(thứ |ương )(" + "|".join(_ORDINALS) + r")(?!\w)",  # noqa: E731
                             lambda m: m.group(1) + _ORDINALS[m.group(2)],
                             fold(t).replace("mặt trận tổ quốc", "mttq").replace("“", '"').replace("”", '"'))
    return (number.group() if number else short(name)[:20]) in short(quote)


def test_each_implementation_quotes_the_sentence_naming_its_directive(train_store):
    rows = report_csv(train_store)
    assert len(rows) > 20
    named = sum(_names(r["evidence"], r["directive"]) for r in rows)
    assert named >= 0.95 * len(rows), [(r["directive"], r["evidence"][:120]) for r in rows
                                       if not _names(r["evidence"], r["directive"])]


@pytest.mark.parametrize("cls", ["Participation", "PostHolding"])
def test_each_participation_and_post_quotes_the_sentence_naming_the_person(train_store, cls):
    from graph_builder.text import fold
    s = open_read(train_store)
    rows = list(s.query(f"SELECT ?n ?q WHERE {{ GRAPH ?g {{ ?x a mtkg:{cls} ; mtkg:nameAsWritten ?n ; "
                        f"mtkg:evidence/mtkg:quote ?q }} }}", prefixes=Q.PREFIXES))
    assert len(rows) > 20
    assert all(fold(r["n"].value) in fold(r["q"].value) for r in rows)
