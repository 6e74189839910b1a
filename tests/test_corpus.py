"""The synthetic corpus generator (bench/corpus.py): determinism, gold validity, streaming, CLI."""
from __future__ import annotations

import importlib.util
import inspect
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "bench" / "corpus.py"
DEV_GOLD = ROOT.parent / "shared" / "eval" / "dev" / "gold"


@pytest.fixture(scope="module")
def corpus():
    spec = importlib.util.spec_from_file_location("bench_corpus", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_corpus"] = module
    spec.loader.exec_module(module)
    return module


# -- the gold format of shared/eval/SCHEMA.md ------------------------------------------------

EVENT_KINDS = {"training", "conference", "seminar", "review", "congress", "ceremony", "launch", "meeting", "visit",
               "other"}
ROLES = {"chair", "attendee", "presenter", "speaker", "concluder"}
QUALIFIERS = {"exact", "more_than", "about"}
IMPL_KINDS = {"issued_plan", "disseminated", "reviewed", "implemented"}
DOC_TYPES = {"Chỉ thị", "Nghị quyết", "Kết luận", "Quyết định", "Hướng dẫn", "Kế hoạch", "Đề án", "Thông tri", "Luật",
             "Điều lệ", "Chương trình", "Quy chế", "Quy định", "Nghị định", "Thông tư", "Công văn"}
DATE = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|--\d{2}-\d{2})$")


def _str(value, nullable=False) -> bool:
    return (value is None and nullable) or (isinstance(value, str) and value.strip() == value and value != ""
                                            and unicodedata.is_normalized("NFC", value))


def _keys(obj, keys) -> list[str]:
    if not isinstance(obj, dict):
        return [f"not an object: {obj!r}"]
    return [f"keys {sorted(obj)} != {sorted(keys)}"] if set(obj) != set(keys) else []


def schema_errors(g: dict) -> list[str]:
    """What in a gold file breaks SCHEMA.md's structure (empty list: valid)."""
    errs = _keys(g, ["article", "source_url", "published", "locality_context", "persons", "events", "directives",
                     "implementations", "movements", "not_participants"])
    if errs:
        return errs
    if not _str(g["article"]):
        errs.append("article")
    for k in ("source_url", "locality_context"):
        if not _str(g[k], nullable=True):
            errs.append(k)
    if g["published"] is not None and not (isinstance(g["published"], str) and DATE.match(g["published"])):
        errs.append(f"published {g['published']!r}")
    names = set()
    for p in g["persons"]:
        errs += _keys(p, ["name", "positions"])
        if not _str(p.get("name")):
            errs.append(f"person name {p.get('name')!r}")
        names.add(p.get("name"))
        for pos in p.get("positions", []):
            errs += _keys(pos, ["title", "organization"])
            if not _str(pos.get("title")) or not _str(pos.get("organization"), nullable=True):
                errs.append(f"position {pos}")
    if len(names) != len(g["persons"]):
        errs.append("duplicate person")
    keys = [d.get("key") for d in g["directives"]]
    if len(set(keys)) != len(keys):
        errs.append("duplicate directive key")
    for d in g["directives"]:
        errs += _keys(d, ["key", "type", "number", "symbol", "date", "issuer", "subject"])
        if d.get("type") not in DOC_TYPES:
            errs.append(f"directive type {d.get('type')!r}")
        if not _str(d.get("key")):
            errs.append(f"directive key {d.get('key')!r}")
        for k in ("number", "symbol", "issuer", "subject"):
            if not _str(d.get(k), nullable=True):
                errs.append(f"directive {k} {d.get(k)!r}")
        if d.get("date") is not None and not DATE.match(d["date"]):
            errs.append(f"directive date {d['date']!r}")
        if d.get("number") and d.get("key") != f"{d['type']} {d['number']}":
            errs.append(f"directive key {d['key']!r} is not '<type> <number>'")
    movement_names = set()
    for m in g["movements"]:
        errs += _keys(m, ["name", "aliases"])
        if not _str(m.get("name")) or not all(_str(a) for a in m.get("aliases", [])):
            errs.append(f"movement {m}")
        movement_names.add(m.get("name"))
    ids = set()
    for e in g["events"]:
        errs += _keys(e, ["id", "kind", "name", "date", "end_date", "organizers", "locality", "attendance",
                          "participants", "directives", "movements"])
        if errs:
            return errs
        ids.add(e["id"])
        if e["kind"] not in EVENT_KINDS:
            errs.append(f"event kind {e['kind']!r}")
        if not _str(e["name"]):
            errs.append("event name")
        for k in ("date", "end_date"):
            if e[k] is not None and not DATE.match(e[k]):
                errs.append(f"event {k} {e[k]!r}")
        if not all(_str(o) for o in e["organizers"]) or not _str(e["locality"], nullable=True):
            errs.append("event organizers/locality")
        att = e["attendance"]
        if att is not None and (_keys(att, ["count", "qualifier"]) or not isinstance(att["count"], int)
                                or att["count"] <= 0 or att["qualifier"] not in QUALIFIERS):
            errs.append(f"attendance {att}")
        for p in e["participants"]:
            errs += _keys(p, ["person", "roles"])
            if p.get("person") not in names:
                errs.append(f"participant {p.get('person')!r} not in persons")
            if not p.get("roles") or not set(p["roles"]) <= ROLES or len(set(p["roles"])) != len(p["roles"]):
                errs.append(f"roles {p.get('roles')}")
        for k in e["directives"]:
            if k not in keys:
                errs.append(f"event directive {k!r} not in directives")
        for m in e["movements"]:
            if m not in movement_names:
                errs.append(f"event movement {m!r} not in movements")
    if len(ids) != len(g["events"]):
        errs.append("duplicate event id")
    for im in g["implementations"]:
        errs += _keys(im, ["locality", "body", "directive", "via", "kind"])
        if im.get("kind") not in IMPL_KINDS:
            errs.append(f"implementation kind {im.get('kind')!r}")
        if im.get("directive") not in keys or (im.get("via") is not None and im["via"] not in keys):
            errs.append(f"implementation refers to an unknown directive: {im}")
        if (im.get("kind") == "issued_plan") != (im.get("via") is not None):
            errs.append(f"issued_plan iff via: {im}")
        if not _str(im.get("body")) or not _str(im.get("locality"), nullable=True):
            errs.append(f"implementation {im}")
    if not all(_str(n) for n in g["not_participants"]):
        errs.append("not_participants")
    return errs


def test_schema_checker_accepts_the_dev_gold():
    """The checker below is the SCHEMA.md format: the hand-made dev gold passes it."""
    files = sorted(DEV_GOLD.glob("*.json"))
    if not files:
        pytest.skip(f"no dev gold at {DEV_GOLD}")
    for f in files:
        assert schema_errors(json.loads(f.read_text(encoding="utf-8"))) == [], f.name


# -- generated gold against its text ---------------------------------------------------------

N_CHECK = 400


@pytest.fixture(scope="module")
def sample(corpus):
    return [corpus.make_article(11, i) for i in range(N_CHECK)]


def test_gold_files_follow_the_schema(sample):
    for art in sample:
        assert schema_errors(art.gold) == [], (art.id, schema_errors(art.gold))
        assert art.gold["article"] == art.id
        assert unicodedata.is_normalized("NFC", art.text)


def _doc_in_text(d: dict, text: str) -> bool:
    if d["symbol"] is not None and d["symbol"] not in text:
        return False
    if d["number"] is None:
        return d["key"] in text
    by_number = re.search(re.escape(d["type"]) + r"\s+(?:số\s+)?" + re.escape(d["number"]) + r"(?!\d)", text,
                          re.IGNORECASE)
    return bool(by_number) or (d["symbol"] is not None and d["symbol"].startswith(d["number"]))


def test_gold_strings_occur_in_the_article_text(sample):
    for art in sample:
        body = "\n".join(t for kind, t in art.segments if kind == "body")
        g = art.gold
        for p in g["persons"]:
            assert p["name"] in body, (art.id, p["name"])
        for d in g["directives"]:
            assert _doc_in_text(d, body), (art.id, d)
        for m in g["movements"]:
            assert m["name"] in body, (art.id, m["name"])
            for a in m["aliases"]:
                assert a in body, (art.id, a)


def test_furniture_people_occur_only_in_furniture(sample):
    seen = 0
    for art in sample:
        furniture = "\n".join(t for kind, t in art.segments if kind == "furniture")
        rest = "\n".join(t for kind, t in art.segments if kind != "furniture")
        persons = {p["name"] for p in art.gold["persons"]}
        for name in art.gold["not_participants"]:
            seen += 1
            assert name in furniture, (art.id, name)
            assert name not in rest, (art.id, name)
            assert name not in persons, (art.id, name)
    assert seen > N_CHECK / 2          # the sample has page furniture with people in it


def test_the_text_is_the_segments(sample):
    for art in sample:
        pos = 0
        for _, seg in art.segments:
            pos = art.text.index(seg, pos) + len(seg)
        assert art.text.endswith("\n")


def test_the_corpus_covers_what_it_should(sample):
    """Every event kind, role, qualifier, implementation kind, both eras, years known and unknown,
    articles with no event and with no named place all occur in a sample of this size."""
    kinds, roles, quals, impls, dates, published = set(), set(), set(), set(), set(), set()
    eras = set()
    no_event = no_place = 0
    for art in sample:
        g = art.gold
        no_event += not g["events"]
        no_place += g["locality_context"] is None
        published.add(g["published"] is None)
        for e in g["events"]:
            kinds.add(e["kind"])
            dates.add(e["date"].startswith("--"))
            eras.add(e["date"][:4] >= "2025" and e["date"] >= "2025-07-01")
            roles |= {r for p in e["participants"] for r in p["roles"]}
            if e["attendance"]:
                quals.add(e["attendance"]["qualifier"])
        impls |= {im["kind"] for im in g["implementations"]}
    assert {"training", "conference", "seminar", "review", "congress", "ceremony", "launch", "meeting"} <= kinds
    assert roles == ROLES and quals == QUALIFIERS and impls == IMPL_KINDS
    assert dates == {True, False} and published == {True, False} and eras == {True, False}
    assert no_event and no_place


# -- determinism, streaming, CLI ---------------------------------------------------------------

def _tree(path: Path) -> dict[str, bytes]:
    return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


def test_same_seed_same_bytes_and_other_seed_differs(corpus, tmp_path):
    corpus.generate(25, 3, tmp_path / "a")
    corpus.generate(25, 3, tmp_path / "b")
    corpus.generate(25, 4, tmp_path / "c")
    a, b, c = _tree(tmp_path / "a"), _tree(tmp_path / "b"), _tree(tmp_path / "c")
    assert len(a) == 50 and a == b
    assert a != c and not set(a.values()) & set(c.values())


def test_a_larger_run_starts_with_a_smaller_one(corpus, tmp_path):
    corpus.generate(5, 9, tmp_path / "small")
    corpus.generate(3, 9, tmp_path / "rest", start=5)
    corpus.generate(8, 9, tmp_path / "all")
    assert {**_tree(tmp_path / "small"), **_tree(tmp_path / "rest")} == _tree(tmp_path / "all")


def test_generation_streams_one_article_at_a_time(corpus, tmp_path, monkeypatch):
    assert inspect.isgenerator(corpus.iter_articles(1, 3))
    made, written = [], []
    make, write = corpus.make_article, corpus.write_article

    def counting_make(seed, i):
        made.append(i)
        return make(seed, i)

    def checking_write(out, art):
        # each article is written before the next one is made: nothing accumulates
        assert len(made) == len(written) + 1
        written.append(art.id)
        write(out, art)

    monkeypatch.setattr(corpus, "make_article", counting_make)
    monkeypatch.setattr(corpus, "write_article", checking_write)
    assert corpus.generate(7, 2, tmp_path) == 7
    assert len(written) == 7
    assert len(list((tmp_path / "articles").glob("*.txt"))) == 7
    assert len(list((tmp_path / "gold").glob("*.json"))) == 7
    for f in (tmp_path / "gold").glob("*.json"):
        assert (tmp_path / "articles" / (f.stem + ".txt")).is_file()


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=120)


def test_cli_writes_articles_and_gold(tmp_path):
    done = _run("--articles", "4", "--seed", "21", "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert "wrote 4 articles" in done.stdout
    txt = sorted(p.name for p in (tmp_path / "out" / "articles").iterdir())
    gold = sorted(p.name for p in (tmp_path / "out" / "gold").iterdir())
    assert txt == [f"s21-{i:06d}.txt" for i in range(4)]
    assert gold == [f"s21-{i:06d}.json" for i in range(4)]
    done = _run("--articles", "2", "--seed", "21", "--start", "4", "--out", str(tmp_path / "out"), "--quiet")
    assert done.returncode == 0 and done.stdout == ""
    assert len(list((tmp_path / "out" / "articles").iterdir())) == 6


@pytest.mark.parametrize("args", [
    [],
    ["--seed", "1", "--out", "x"],
    ["--articles", "3", "--out", "x"],
    ["--articles", "3", "--seed", "1"],
    ["--articles", "-1", "--seed", "1", "--out", "x"],
    ["--articles", "many", "--seed", "1", "--out", "x"],
    ["--articles", "3", "--seed", "1", "--out", "x", "--start", "-2"],
])
def test_cli_rejects_bad_arguments(args, tmp_path):
    done = subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 2, (args, done.stdout, done.stderr)
    assert "usage:" in done.stderr
    assert not (tmp_path / "x").exists()


def test_cli_help():
    done = _run("--help")
    assert done.returncode == 0
    for flag in ("--articles", "--seed", "--out", "--start"):
        assert flag in done.stdout
