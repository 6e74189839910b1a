"""Curated CSV tables -> facts. Error cases are data: tests/fixtures/curated/errors/expected.tsv."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from graph_builder.curated import (CuratedError, load_csv, load_tables, normalise_date,
                                   parse_locality)
from graph_builder.facts import Locality, Span
from graph_builder.paths import DATA
from graph_builder.read import Skipped

FIXTURES = Path(__file__).parent / "fixtures" / "curated"
CURATED = FIXTURES / "samples"     # tables that describe two sample articles again
ERRORS = FIXTURES / "errors"
SOC_TRANG, QUANG_NAM = "000_9dcb5584fb8e026c", "002_9dc2abf15ad7a90e"


@pytest.fixture(scope="module")
def examples():
    return {f.article.id: f for f in load_tables([CURATED])}


def _line_of(facts, span: Span) -> str:
    """The whole line(s) the span covers, checking it starts and ends at line breaks."""
    text = facts.article.text
    assert span.start == 0 or text[span.start - 1] == "\n"
    assert text[span.end] == "\n"
    return text[span.start:span.end]


# -- the shipped examples ------------------------------------------------------------

def test_examples_give_one_facts_per_source(examples):
    assert sorted(examples) == [SOC_TRANG, QUANG_NAM]
    a = examples[SOC_TRANG].article
    assert a.path.split(";") == [str(CURATED / f"example.{k}.csv") for k in
                                 ("directives", "events", "implementations", "participants", "people")]
    # the text is the tables' text, joined in path order
    assert a.text == "".join((CURATED / f"example.{k}.csv").read_text(encoding="utf-8") for k in
                             ("directives", "events", "implementations", "participants", "people"))


def test_example_posts(examples):
    f = examples[SOC_TRANG]
    [post] = f.posts
    assert (post.person, post.title) == ("Lâm Dũng Liêm", "Phó Chủ tịch")
    assert post.body.name == "Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng"
    assert post.body.kind == "front_committee"
    assert f.locality == Locality("tỉnh", "Sóc Trăng")
    assert examples[QUANG_NAM].posts[0].person == "Lê Thái Bình"


def test_example_events_and_participants(examples):
    f = examples[SOC_TRANG]
    [e] = f.events
    assert (e.id, e.kind, e.date, e.end_date) == ("e1", "training", "--12-23", None)
    assert e.name == "Hội nghị tập huấn phong trào “Đoàn kết sáng tạo”"
    assert (e.attendance, e.attendance_qualifier) == (150, "exact")
    assert [o.name for o in e.organizers] == ["Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng"]
    assert e.locality == Locality("tỉnh", "Sóc Trăng")
    assert e.directives == ["Đề án 15", "Thông tri 32"]
    assert e.movements == ["Đoàn kết sáng tạo"]
    assert [m.name for m in f.movements] == ["Đoàn kết sáng tạo"]
    assert [(p.person, p.event, p.role) for p in f.participations] == [
        ("Lâm Dũng Liêm", "e1", "attendee"), ("Lâm Dũng Liêm", "e1", "presenter")]
    [person] = f.people
    assert (person.name, person.roles) == ("Lâm Dũng Liêm", ["attendee", "presenter"])

    q = examples[QUANG_NAM]
    assert q.events[0].name.startswith('Tọa đàm phong trào thi đua "Đoàn kết sáng tạo, nâng cao')
    assert (q.events[0].attendance, q.events[0].attendance_qualifier) == (None, None)
    assert [(p.person, p.role) for p in q.participations] == [("Lê Thái Bình", "chair"),
                                                              ("Lê Thái Bình", "speaker")]


def test_example_directives(examples):
    d = {x.key: x for x in examples[SOC_TRANG].directives}
    assert (d["Đề án 15"].type, d["Đề án 15"].number, d["Đề án 15"].symbol, d["Đề án 15"].date) == (
        "Đề án", "15", "15/ĐA-MTTW-BTT", "2017-08-18")
    assert d["Đề án 15"].issuer.name == "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"
    assert d["Thông tri 32"].date == "2018-04-16"            # written 16/4/2018
    q = {x.key: x for x in examples[QUANG_NAM].directives}
    assert q["Kế hoạch 179"].subject == 'triển khai thực hiện phong trào "Đoàn kết sáng tạo" trên địa bàn tỉnh'
    assert q["Hướng dẫn 84"].symbol is None


def test_example_implementations(examples):
    [im] = examples[QUANG_NAM].implementations
    assert (im.directive, im.kind, im.via, im.date) == ("Hướng dẫn 84", "issued_plan", "Kế hoạch 179", "2022-09-06")
    assert im.locality == Locality("tỉnh", "Quảng Nam")
    assert im.body.name == "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Nam"
    assert [i.directive for i in examples[SOC_TRANG].implementations] == ["Đề án 15", "Thông tri 32"]


def test_evidence_is_the_row(examples):
    f = examples[QUANG_NAM]
    assert _line_of(f, f.posts[0].evidence) == (
        "Lê Thái Bình,Phó Chủ tịch,Ủy ban MTTQ Việt Nam tỉnh Quảng Nam,front_committee,"
        "tỉnh Quảng Nam,--08-22,002_9dc2abf15ad7a90e")
    assert _line_of(f, f.implementations[0].evidence).startswith(
        "tỉnh Quảng Nam,Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Nam,Hướng dẫn 84,issued_plan,")
    assert _line_of(f, f.events[0].evidence).startswith('e1,seminar,"Tọa đàm')
    chair, speaker = f.participations
    assert _line_of(f, chair.evidence) == "e1,Lê Thái Bình,chair,002_9dc2abf15ad7a90e"
    assert _line_of(f, speaker.evidence) == "e1,Lê Thái Bình,speaker,002_9dc2abf15ad7a90e"
    for facts in examples.values():
        spans = [x.evidence for x in facts.posts + facts.events + facts.participations
                 + facts.directives + facts.implementations]
        for span in spans:
            line = _line_of(facts, span)
            assert line.endswith("," + facts.article.id)
        assert [(s.start, s.end) for s in facts.sentences] == sorted({(s.start, s.end) for s in spans})


def test_evidence_of_a_row_in_a_single_table():
    [f] = [x for x in load_csv(CURATED / "example.directives.csv") if x.article.id == SOC_TRANG]
    assert f.article.path == str(CURATED / "example.directives.csv")
    assert f.article.text == (CURATED / "example.directives.csv").read_text(encoding="utf-8")
    line3 = f.article.text.split("\n")[2]
    assert f.evidence_text(f.directives[1].evidence) == line3
    assert line3.startswith("Thông tri 32,")


def test_layout_comments_blank_lines_multiline_cells():
    [f] = load_csv(FIXTURES / "layout.directives.csv")
    assert f.article.id == "layout"                       # no source column: the file's name
    a, b = f.directives
    assert (a.key, a.subject, a.date) == ("Đề án 15", "tổ chức Phong trào “Đoàn kết sáng tạo”", "2017-08-18")
    assert f.evidence_text(a.evidence) == 'Đề án 15,Đề án,"tổ chức Phong trào\n“Đoàn kết sáng tạo”",18/8/2017'
    assert (b.key, b.date, b.subject) == ("Thông tri 32", "2018-04", None)
    assert f.evidence_text(b.evidence) == "Thông tri 32,Thông tri,,4/2018"


# -- errors -----------------------------------------------------------------------------

def _cases():
    with (ERRORS / "expected.tsv").open(encoding="utf-8") as fh:
        rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
        return [pytest.param([ERRORS / n for n in r["files"].split(";")], int(r["line"]) if r["line"] else None,
                             r["column"] or None, r["message"], id=r["files"].split(";")[-1]) for r in rows]


@pytest.mark.parametrize("files,line,column,message", _cases())
def test_bad_table_is_rejected(files, line, column, message):
    with pytest.raises(CuratedError) as info:
        load_tables(files)
    err = info.value
    bad = files[-1]
    assert (err.path, err.line, err.column) == (str(bad), line, column)
    assert message in err.message
    where = f"{bad}:{line}" if line else str(bad)
    assert str(err) == (f"{where}: column '{column}': {err.message}" if column else f"{where}: {err.message}")
    assert err.skipped() == Skipped(str(bad), line, err.reason)

    # skipping instead of stopping: nothing from the bad file, everything from the others
    errors: list[CuratedError] = []
    loaded = load_tables(files, errors=errors)
    assert [(e.path, e.line, e.column) for e in errors] == [(str(bad), line, column)]
    paths = {p for f in loaded for p in f.article.path.split(";")}
    assert str(bad) not in paths
    assert paths == {str(p) for p in files[:-1]}


@pytest.mark.parametrize("name", ["unknown_role.participants.csv", "bad_date.events.csv",
                                  "missing_column.people.csv", "missing_cell.directives.csv",
                                  "bad_attendance.events.csv", "bad_encoding.people.csv"])
def test_load_csv_raises_for_a_bad_row(name):
    with pytest.raises(CuratedError):
        load_csv(ERRORS / name)


def test_references_are_checked_only_across_tables():
    # alone, a participants table cannot know its events
    [f] = load_csv(ERRORS / "ref.participants.csv")
    assert [p.event for p in f.participations] == ["e1", "e2"]


def test_a_table_pointing_into_a_rejected_table_is_rejected():
    errors: list[CuratedError] = []
    loaded = load_tables([ERRORS / "cascade.events.csv", ERRORS / "cascade.participants.csv"], errors=errors)
    assert loaded == []
    assert [(e.path, e.line, e.column) for e in errors] == [
        (str(ERRORS / "cascade.events.csv"), 3, "attendance"),
        (str(ERRORS / "cascade.participants.csv"), 2, "event_id")]


def test_missing_path():
    with pytest.raises(CuratedError, match="no such file"):
        load_tables([FIXTURES / "nowhere.events.csv"])
    errors: list[CuratedError] = []
    assert load_tables([FIXTURES / "nowhere.events.csv", FIXTURES / "layout.directives.csv"], errors=errors)
    assert len(errors) == 1


# -- values -----------------------------------------------------------------------------

@pytest.mark.parametrize("value,iso", [
    ("2017-08-18", "2017-08-18"), ("2017-08", "2017-08"), ("2017", "2017"), ("--12-23", "--12-23"),
    ("18/8/2017", "2017-08-18"), ("04/10/2023", "2023-10-04"), ("8/2017", "2017-08"),
    ("23/12", "--12-23"), ("--02-29", "--02-29"), (" 2020-02-29 ", "2020-02-29")])
def test_dates(value, iso):
    assert normalise_date(value) == iso


@pytest.mark.parametrize("value", ["2019-02-29", "2017-13", "31/6/2020", "--13-01", "18.8.2017",
                                   "ngày 18/8/2017", "17", "2017-8-18", ""])
def test_bad_dates(value):
    with pytest.raises(ValueError):
        normalise_date(value)


def test_localities():
    assert parse_locality("tỉnh Sóc Trăng") == Locality("tỉnh", "Sóc Trăng")
    gv = parse_locality("huyện Gia Viễn, tỉnh Ninh Bình")
    assert gv == Locality("huyện", "Gia Viễn", Locality("tỉnh", "Ninh Bình"))
    assert (gv.level, gv.parent.level) == ("district", "province")
    assert parse_locality("Thị xã  Sơn Tây, TP. Hà Nội") == Locality("thị xã", "Sơn Tây", Locality("thành phố", "Hà Nội"))
    for bad in ("Sóc Trăng", "tỉnh", "huyện Gia Viễn,", "tỉnhSóc Trăng"):
        with pytest.raises(ValueError):
            parse_locality(bad)
