"""Places in articles resolved to the official unit of the article's date (the gazetteer), linked
to what they became, and left as written (with a SHACL warning) when the list cannot decide."""

import pytest

from graph_builder.build import build
from graph_builder.extract import extract
from graph_builder.extract.clean import clean
from graph_builder.extract.context import find_localities, repair_place_case
from graph_builder.facts import Article
from graph_builder.store import open_read

from conftest import ROOT, mtkg, query_rows

MULTI = ROOT / "tests" / "fixtures" / "multi" / "articles"
UNIT = "https://w3id.org/mtkg/id/unit/"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("loc") / "store"
    report = build([MULTI, ROOT / "data" / "articles"], path, progress=False)
    assert report.validation.violations == 0, report.validation.as_text()
    return path


def test_units_of_both_eras_and_what_they_became(store):
    today = {(r["locality"], r["valid_until"]): r["today"] for r in query_rows(store, "locality-today")}
    assert today[("tỉnh Sóc Trăng", "2025-06-30")] == "thành phố Cần Thơ"
    assert today[("thành phố Cần Thơ", "")] == "thành phố Cần Thơ"
    assert today[("huyện Gia Viễn, tỉnh Ninh Bình", "2025-06-30")] == "tỉnh Ninh Bình"
    assert {r["locality"] for r in query_rows(store, "locality-today", "locality=sóc trăng")} == {"tỉnh Sóc Trăng", "huyện Mỹ Tú, tỉnh Sóc Trăng"}


def test_a_locality_is_the_unit_of_the_articles_date(store):
    s = open_read(store)
    q = """SELECT ?u WHERE { GRAPH <https://w3id.org/mtkg/article/%s> {
             ?i <https://w3id.org/mtkg/ontology#implementingLocality> ?u } }"""
    m1 = {r["u"].value for r in s.query(q % "m1")}           # 2022: the 63-province list
    m3 = {r["u"].value for r in s.query(q % "m3")}           # September 2025: the 34-province list
    assert m1 == {UNIT + "2008/94"} and m3 == {UNIT + "2025/92"}
    became = s.query("ASK { GRAPH ?g { <%s2008/94> <https://w3id.org/mtkg/ontology#becamePartOf> <%s2025/92> } }"
                     % (UNIT, UNIT))
    assert bool(became)


def test_the_official_list_completes_the_articles_unit():
    # the article names only "huyện Đức Thọ": the list says it is in Hà Tĩnh, so a bare
    # "Tỉnh ủy" is Hà Tĩnh's
    text = ("Huyện Đức Thọ tổng kết 7 năm thực hiện Chỉ thị 05-CT/TW\n(Ngày đăng: 3/5/2023)\n\n"
            "Chiều 28/4, Ban Thường vụ Huyện ủy Đức Thọ tổ chức hội nghị tổng kết 7 năm thực hiện Chỉ thị "
            "số 05-CT/TW.\n\nĐồng chí Trần Quốc Bảo, UVBTV Tỉnh ủy, Bí thư Huyện ủy chủ trì hội nghị.")
    f = extract(Article(id="t", text=text))
    assert f.locality.parent is not None and f.locality.parent.label == "tỉnh Hà Tĩnh"
    assert {p.body.name for p in f.posts} == {"Tỉnh ủy Hà Tĩnh", "Huyện ủy Đức Thọ"}


def test_an_ambiguous_place_is_kept_as_written_with_a_warning(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Ra mắt mô hình dân vận khéo\nNgày cập nhật 02/07/2020\n\nSáng ngày 01/7/2020, Ủy ban MTTQ "
                   "Việt Nam xã Tân Thành tổ chức lễ ra mắt mô hình dân vận khéo.\n", encoding="utf-8")
    report = build([art], tmp_path / "s", progress=False)
    assert report.validation.violations == 0
    warned = [r for r in report.validation.results
              if r.severity == "Warning" and "official unit" in r.message]
    assert [r.label for r in warned] == ["xã Tân Thành"]


def test_capitals_keep_only_official_names():
    head = "ỦY BAN MTTQ VIỆT NAM HUYỆN GIÁM SÁT VIỆC THỰC HIỆN CHÍNH SÁCH TẠI XÃ AN HIỆP"
    assert [(l.type_word, l.name) for _a, _b, l in find_localities(head)] == [("xã", "An Hiệp")]


@pytest.mark.parametrize("text,places", [
    # a run from a family name after a unit word names a place only when the official list has one
    # so named, of that type or another of its level ("huyện Kim Bảng", a thị xã on the list)
    ("Hội Nông dân huyện Kim Bảng tổ chức Đại hội.", [("huyện", "Kim Bảng")]),
    ("Phường Trần Phú tổ chức Ngày hội.", [("phường", "Trần Phú")]),
    ("Chủ tịch Ủy ban MTTQ Việt Nam huyện Lê Trí Thanh chủ trì.", []),
    # a type word after "cấp" is a level, not a unit ("đại hội điểm cấp xã Đại hội …")
    ("5 huyện đã tổ chức đại hội điểm cấp xã Đại hội đại biểu MTTQ Việt Nam nhiệm kỳ 2024 - 2029", []),
    ("BẾN TRE: 5 HUYỆN TỔ CHỨC ĐẠI HỘI MTTQ VIỆT NAM CẤP XÃ ĐIỂM", []),
    # but "các cấp" (every level) of a unit names the unit
    ("MTTQ các cấp tỉnh Yên Bái đã quán triệt Nghị quyết.", [("tỉnh", "Yên Bái")]),
])
def test_a_person_after_a_unit_word_is_no_place(text, places):
    assert [(l.type_word, l.name) for _a, _b, l in find_localities(text)] == places


@pytest.mark.parametrize("text,repaired", [
    # a syllable typed in lower case belongs to the name the official list knows
    ("Chủ tịch HĐND huyện Vĩnh tường; các cơ quan.", "Chủ tịch HĐND huyện Vĩnh Tường; các cơ quan."),
    ("Ủy ban MTTQ xã Quảng điền và huyện Phú vang.", "Ủy ban MTTQ xã Quảng Điền và huyện Phú Vang."),
    # not a word after a whole name, nor one no official name has
    ("Ủy ban MTTQ tỉnh Quảng Ninh tổ chức hội nghị.", "Ủy ban MTTQ tỉnh Quảng Ninh tổ chức hội nghị."),
    ("Mặt trận huyện Vĩnh tổ chức hội nghị.", "Mặt trận huyện Vĩnh tổ chức hội nghị."),
])
def test_a_place_name_typed_in_lower_case_is_repaired(text, repaired):
    assert repair_place_case(text) == repaired


def test_sentences_carry_the_repaired_place_names():
    art = Article(id="a", text="Ông Lê Minh Thịnh, Chủ tịch HĐND huyện Vĩnh tường dự hội nghị.\n")
    _art, sents = clean(art)
    assert "huyện Vĩnh Tường dự" in sents[0].norm and "huyện Vĩnh tường dự" in sents[0].text
