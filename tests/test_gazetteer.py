"""The official units of both eras (graph_builder/gazetteer.py), on the real data of the
vietnamadminunits package: lookup, resolving mentions, RDF, and `mtkg gazetteer`."""
from __future__ import annotations

from collections import Counter

import pytest
from pyoxigraph import NamedNode
from rdflib import Graph, URIRef
from rdflib.namespace import RDF as RDFLIB_RDF

from graph_builder import gazetteer as G
from graph_builder.facts import Locality as L
from graph_builder.vocab import MTKG, RDF, RDFS, concept

from conftest import mtkg

GRAPH = NamedNode("http://example.org/graph/test")
BASE = "http://example.org/"


@pytest.fixture(scope="module")
def g() -> G.Gazetteer:
    return G.load()


def only(g, type_word, name, era) -> G.Unit:
    found = g.find(type_word, name, era)
    assert len(found) == 1, found
    return found[0]


# -- the data ---------------------------------------------------------------------------------------

def test_counts_of_each_era_and_level(g):
    package = Counter((u.era, u.level) for u in G.read_units(former=False))
    assert package == {("2008", "province"): 63, ("2008", "district"): 696, ("2008", "commune"): 10035,
                       ("2025", "province"): 34, ("2025", "commune"): 3321}
    # and the units merged away before 2025 (data/lexicons/former_units.tsv)
    former = Counter(("2008", r["level"]) for r in G.lexicon("former_units") if r["kind"] == "unit")
    assert former[("2008", "district")] >= 10 and former[("2008", "commune")] >= 500
    assert Counter((u.era, u.level) for u in g.all()) == package + former


FORMER = {r["code"] for r in G.lexicon("former_units") if r["kind"] == "unit"}


def test_every_unit_is_consistent(g):
    words = {"tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu"}
    for u in g.all():
        assert u.type_word in words, u
        assert len(u.code.removesuffix("-2022")) == {"province": 2, "district": 3, "commune": 5}[u.level], u
        assert "(" not in u.name, u
        if u.parent is not None:
            assert g.get(u.era, u.parent).level == {"district": "province", "commune": "district"
                                                    if u.era == "2008" else "province"}[u.level]
        else:
            assert u.level == "province", u
        if u.era == "2008":
            # (a former unit ended on a day the list does not give)
            assert (u.valid_from, u.valid_until) == (None, None if u.code in FORMER else "2025-06-30")
            assert u.became and all(g.get("2025", c) for c in u.became), u
        else:
            assert (u.valid_from, u.valid_until, u.became) == ("2025-07-01", None, ())


def test_type_comes_from_the_full_name():
    """The package types Thị trấn Ngọc Lặc as Xã; its full name is right."""
    assert G._split_full("Thị trấn Ngọc Lặc") == ("thị trấn", "Ngọc Lặc")


def test_soc_trang_became_part_of_can_tho(g):
    soc_trang = only(g, "tỉnh", "Sóc Trăng", "2008")
    assert soc_trang.code == "94" and soc_trang.valid_until == "2025-06-30"
    [can_tho] = g.successors(soc_trang)
    assert (can_tho.era, can_tho.code, can_tho.type_word, can_tho.name) == ("2025", "92", "thành phố", "Cần Thơ")
    assert can_tho.valid_from == "2025-07-01"


def test_a_divided_commune_lists_its_default_successor_first(g):
    """Xã Tân Thành (Thủ Thừa, Long An) was split; the package marks one part the default."""
    u = g.get("2008", "28042")
    assert u.name == "Tân Thành" and u.became == ("28036", "28051")


def test_a_district_became_part_of_its_provinces_successor(g):
    gia_vien = only(g, "huyện", "Gia Viễn", "2008")
    assert [s.label for s in g.successors(gia_vien)] == ["tỉnh Ninh Bình"]


def test_numbered_units_keep_their_name_and_match_the_bare_number(g):
    q1 = only(g, "quận", "1", "2008")
    assert q1.name == "Quận 1" and q1.label == "Quận 1"
    assert g.find("quận", "Quận 1", "2008") == [q1]


# -- era_of ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("date,era", [
    ("2020-05-01", "2008"), ("2025-06-30", "2008"), ("2025-06", "2008"), ("2024", "2008"),
    ("2025-07-01", "2025"), ("2025-12", "2025"), ("2026", "2025"),
    ("2025", None), ("--05-01", None), (None, None), ("", None)])
def test_era_of(date, era):
    assert G.era_of(date) == era


# -- resolve ---------------------------------------------------------------------------------------

def test_district_under_its_province_on_a_2023_date(g):
    u = G.resolve(L("huyện", "Gia Viễn", L("tỉnh", "Ninh Bình")), "2023-04-02")
    assert (u.era, u.code) == ("2008", "373")
    assert [a.label for a in g.ancestors(u)] == ["tỉnh Ninh Bình"]


def test_a_unique_district_name_alone():
    for date in (None, "2021-03-04", "2026-01-10"):      # 2026: no districts then, so 2008
        u = G.resolve(L("huyện", "Đức Thọ"), date)
        assert u is not None and G.chain_label(u) == "huyện Đức Thọ, tỉnh Hà Tĩnh", date


@pytest.mark.parametrize("name,official", [
    ("Đắk R’lấp", "huyện Đắk R'Lấp, tỉnh Đắk Nông"),     # the apostrophe's glyph and case after it
    ("Đắk R'lấp", "huyện Đắk R'Lấp, tỉnh Đắk Nông"),
    ("M'Drắk", "huyện M'Đrắk, tỉnh Đắk Lắk"),            # unit_aliases.tsv: spellings the news uses
    ("Lăk", "huyện Lắk, tỉnh Đắk Lắk"),
    ("Mù Cang Chải", "huyện Mù Căng Chải, tỉnh Yên Bái"),
])
def test_a_district_spelled_as_the_news_spells_it(name, official):
    u = G.resolve(L("huyện", name), "2020-05-01")
    assert u is not None and G.chain_label(u) == official


def test_a_common_commune_name_is_ambiguous_until_the_context_places_it():
    tan_thanh = L("xã", "Tân Thành")
    for date in (None, "2020-05-01", "2026-01-15"):
        assert G.resolve(tan_thanh, date) is None, date
    u = G.resolve(tan_thanh, "2020-05-01", ctx=L("tỉnh", "Thái Nguyên"))
    assert (u.era, u.code) == ("2008", "05923")
    u = G.resolve(tan_thanh, "2026-01-15", ctx=L("tỉnh", "Tây Ninh"))
    assert (u.era, u.code) == ("2025", "25534")
    # the article's commune itself, with its chain, also places it
    ctx = L("xã", "Tân Thành", L("huyện", "Phú Bình", L("tỉnh", "Thái Nguyên")))
    assert G.resolve(tan_thanh, "2020-05-01", ctx=ctx).code == "05923"
    # a context province with several such communes leaves it open
    assert G.resolve(tan_thanh, "2020-05-01", ctx=L("tỉnh", "Long An")) is None


def test_a_stated_parent_that_disagrees_rejects():
    assert G.resolve(L("huyện", "Gia Viễn", L("tỉnh", "Hà Tĩnh")), "2023-04-02") is None
    assert G.resolve(L("huyện", "Gia Viễn", L("tỉnh", "Hà Tĩnh")), None) is None
    assert G.resolve(L("xã", "Tân Thành", L("huyện", "Phú Bình")), "2020-05-01").code == "05923"
    assert G.resolve(L("xã", "Tân Thành", L("huyện", "Gia Viễn")), "2020-05-01") is None
    # a stated parent wins over the context
    u = G.resolve(L("xã", "Tân Thành", L("tỉnh", "Thái Nguyên")), "2020-05-01", ctx=L("tỉnh", "Long An"))
    assert u.code == "05923"


def test_a_2026_date_resolves_a_2025_ward():
    u = G.resolve(L("phường", "Láng"), "2026-02-01")
    assert (u.era, u.code, G.chain_label(u)) == ("2025", "00199", "phường Láng, thành phố Hà Nội")
    assert G.resolve(L("phường", "Láng"), "2023-02-01") is None     # no such ward before


def test_a_2025_name_on_an_earlier_date():
    # a new ward named in the weeks the merger was decided (June 2025), not a year before
    u = G.resolve(L("phường", "Nùng Trí Cao"), "2025-06-24")
    assert (u.era, G.chain_label(u)) == ("2025", "phường Nùng Trí Cao, tỉnh Cao Bằng")
    assert G.resolve(L("phường", "Nùng Trí Cao"), "2024-06-24") is None
    # a commune that kept its code and was respelt is the commune it was ("Ia HDreh" on the 2008 list)
    u = G.resolve(L("xã", "Ia Dreh"), "2022-11-15")
    assert (u.era, u.code, G.chain_label(u)) == ("2008", "24100", "xã Ia HDreh, huyện Krông Pa, tỉnh Gia Lai")


def test_no_date_resolves_a_name_found_in_one_era_only():
    assert G.resolve(L("phường", "Láng"), None).era == "2025"
    assert G.resolve(L("tỉnh", "Sóc Trăng"), None).era == "2008"
    assert G.resolve(L("tỉnh", "Ninh Bình"), None) is None           # in both eras
    # … unless the type the text writes is one era's only (2025 has no thị trấn)
    u = G.resolve(L("thị trấn", "Nam Phước"), None)
    assert (u.era, G.chain_label(u)) == ("2008", "thị trấn Nam Phước, huyện Duy Xuyên, tỉnh Quảng Nam")
    assert G.resolve(L("xã", "Nam Phước"), None).era == "2025"


def test_tone_mark_styles_and_case_agree(g):
    assert G.name_key("Khánh Hoà") == G.name_key("khánh hòa")
    assert G.resolve(L("tỉnh", "Khánh Hoà"), "2026-01-01").code == "56"
    u = G.resolve(L("huyện", "Đức Hoà", L("tỉnh", "Long An")), "2020-01-01")
    assert u.name == "Đức Hòa" and u.era == "2008"
    assert g.find("Huyện", "ĐỨC HÒA", "2008") == [u]


def test_city_of_province_or_district_level():
    assert G.resolve(L("thành phố", "Cần Thơ"), "2020-01-01").level == "province"
    assert G.resolve(L("thành phố", "Huế"), "2026-01-01").level == "province"
    ha_tinh = G.resolve(L("thành phố", "Hà Tĩnh"), "2020-01-01")
    assert (ha_tinh.level, ha_tinh.code) == ("district", "436")
    # a 2026 article naming the abolished district-level city still finds it
    assert G.resolve(L("thành phố", "Hà Tĩnh"), "2026-01-01") == ha_tinh
    assert G.resolve(L("TP", "Hồ Chí Minh"), "2026-01-01").code == "79"
    assert G.resolve(L("phường", "Thạch Quý", L("thành phố", "Hà Tĩnh")), "2020-01-01").parent == "436"


def test_aliases_from_the_lexicon():
    assert G.resolve(L("tỉnh", "Thừa Thiên Huế"), "2020-01-01").code == "46"
    assert G.resolve(L("thành phố", "HCM"), "2026-01-01").code == "79"


def test_final_i_and_y_are_one_spelling():
    """The list spells "huyện Phú Quí", the news "Phú Quý"; "Mĩ"/"Mỹ", "Kì"/"Kỳ" alike, but
    "uy" keeps its "y" ("Thủy" is no "Thủi")."""
    assert G.name_key("Phú Quý") == G.name_key("Phú Quí") and G.name_key("Kỳ Anh") == G.name_key("Kì Anh")
    assert G.name_key("Thủy Nguyên") != G.name_key("Thủi Nguyên") and G.name_key("Huy") == "huy"
    u = G.resolve(L("huyện", "Phú Quý"), "2020-01-01")
    assert u is not None and G.chain_label(u) == "huyện Phú Quí, tỉnh Bình Thuận"


# -- units merged away before 2025 (data/lexicons/former_units.tsv) -------------------------------

@pytest.mark.parametrize("loc,date,chain", [
    # districts merged away in 2024-2025, which the 63-province list of 2025 lacks
    (L("huyện", "Yên Dũng"), "2017-11-29", "huyện Yên Dũng, tỉnh Bắc Giang"),
    (L("thị xã", "Cửa Lò"), "2019-05-01", "thị xã Cửa Lò, tỉnh Nghệ An"),
    (L("huyện", "Cát Tiên"), None, "huyện Cát Tiên, tỉnh Lâm Đồng"),
    # a ward of one of them, now of the city that took it in, found under either (its chain is
    # today's), and a ward whose code went to the one that took it in
    (L("phường", "Thu Thủy", L("thị xã", "Cửa Lò")), "2020-01-01", "phường Thu Thủy, thành phố Vinh, tỉnh Nghệ An"),
    (L("phường", "Thu Thủy", L("thành phố", "Vinh")), "2025-03-01", "phường Thu Thủy, thành phố Vinh, tỉnh Nghệ An"),
    (L("phường", "Văn Miếu", L("quận", "Đống Đa")), "2023-01-01", "phường Văn Miếu, quận Đống Đa, thành phố Hà Nội"),
    # the district whose code Long Đất took is apart from it; Long Đất is still found
    (L("huyện", "Đất Đỏ"), "2018-06-01", "huyện Đất Đỏ, tỉnh Bà Rịa - Vũng Tàu"),
    (L("huyện", "Long Đất"), "2025-03-01", "huyện Long Đất, tỉnh Bà Rịa - Vũng Tàu"),
    # a district that took in its neighbour under its own name stays the one found
    (L("huyện", "Đạ Huoai"), "2025-03-01", "huyện Đạ Huoai, tỉnh Lâm Đồng"),
])
def test_a_unit_merged_away_before_2025_is_found(loc, date, chain):
    u = G.resolve(loc, date)
    assert u is not None and G.chain_label(u) == chain


def test_a_former_unit_became_part_of_its_provinces_successor(g):
    u = G.resolve(L("huyện", "Đất Đỏ"), "2018-06-01")
    assert u.code == "753-2022" and u.valid_until is None
    assert [s.label for s in g.successors(u)] == ["thành phố Hồ Chí Minh"]
    # its official code is the one it had
    code = {str(t.object.value) for t in G.unit_triples(u, BASE) if t.predicate == MTKG.officialCode}
    assert code == {"753"}


def test_former_units_from_an_earlier_list():
    """former_units.rows, on a list of two provinces: a unit the 2025 list lacks, one left out
    for a namesake that took it in (its communes follow), a spelling, another name under a reused
    code (its communes follow), a renamed province, a commune now in another district."""
    from graph_builder.former_units import REUSED, rows

    def rec(full, parent=None):
        return {"name_with_type": full, "parent_code": parent}
    earlier = {"province": {"01": rec("Tỉnh A"), "02": rec("Tỉnh Bé")},
               "district": {"101": rec("Huyện Gone", "01"), "102": rec("Huyện Same", "01"),
                            "103": rec("Huyện Old", "01"), "201": rec("Huyện Sà Phìn", "02")},
               "commune": {"10001": rec("Xã In Gone", "101"), "10002": rec("Xã In Same", "102"),
                           "10003": rec("Xã In Old", "103"), "10004": rec("Xã Moved", "101")}}
    known = {"01": ("tỉnh", "A", ""), "02": ("tỉnh", "B", ""), "104": ("huyện", "Same", "01"),
             "103": ("huyện", "New", "01"), "201": ("huyện", "Xà Phìn", "02"),
             "10004": ("xã", "Moved", "104")}
    got = rows(earlier, known, G._split_full, G.name_key)
    assert got == [
        ("alias", "province", "02", "tỉnh", "Bé", ""),
        ("unit", "district", "101", "huyện", "Gone", "01"),
        ("unit", "district", "103" + REUSED, "huyện", "Old", "01"),
        ("alias", "district", "201", "huyện", "Sà Phìn", "02"),
        ("unit", "commune", "10001", "xã", "In Gone", "101"),
        ("unit", "commune", "10002", "xã", "In Same", "104"),
        ("unit", "commune", "10003", "xã", "In Old", "103" + REUSED),
        ("moved", "commune", "10004", "xã", "Moved", "101"),
    ]


def test_former_units_file_is_whole(g):
    """Every former unit's parent is a unit of the 2008 era, and every alias names one."""
    for r in G.lexicon("former_units"):
        if r["kind"] in ("unit", "moved"):
            assert r["level"] == "province" or g.get("2008", r["parent"]), r
        if r["kind"] != "unit":
            assert g.get("2008", r["code"]), r


def test_bare_type_word_resolves_to_nothing():
    assert G.resolve(L("tỉnh", None), "2020-01-01") is None
    assert G.resolve(None, "2020-01-01") is None


# -- RDF -------------------------------------------------------------------------------------------

def test_unit_quads_of_a_commune_describe_its_chain_and_successors(g):
    commune = g.get("2008", "28042")                 # xã Tân Thành, huyện Thủ Thừa, tỉnh Long An
    quads = G.unit_quads([commune], GRAPH, base=BASE)
    assert {q.graph_name for q in quads} == {GRAPH}
    typed = {q.subject.value for q in quads if q.predicate == RDF.type and q.object == MTKG.AdministrativeUnit}
    assert typed == {BASE + f"id/unit/{p}" for p in (
        "2008/28042", "2008/804", "2008/80",         # the commune, its district, its province
        "2025/28036", "2025/28051", "2025/80")}     # the communes it became, their province
    def objects(node, pred):
        return {q.object for q in quads if q.subject == NamedNode(BASE + node) and q.predicate == pred}
    assert {o.value for o in objects("id/unit/2008/28042", RDFS.label)} == {"xã Tân Thành"}
    assert objects("id/unit/2008/28042", MTKG.partOf) == {NamedNode(BASE + "id/unit/2008/804")}
    assert objects("id/unit/2008/28042", MTKG.becamePartOf) == {NamedNode(BASE + "id/unit/2025/28036"),
                                                                NamedNode(BASE + "id/unit/2025/28051")}
    assert objects("id/unit/2008/28042", MTKG.unitLevel) == {concept("unit-level", "commune")}
    assert [o.value for o in objects("id/unit/2008/28042", MTKG.officialCode)] == ["28042"]
    [until] = objects("id/unit/2008/28042", MTKG.validUntil)
    assert (until.value, until.datatype.value) == ("2025-06-30", "http://www.w3.org/2001/XMLSchema#date")
    assert [o.value for o in objects("id/unit/2025/28036", MTKG.validFrom)] == ["2025-07-01"]
    assert {o.value for o in objects("id/unit/2008/80", RDFS.label)} == {"tỉnh Long An"}
    assert len(quads) == len(set(quads))


def test_unit_iri():
    u = G.load().get("2025", "92")
    assert G.unit_iri(u, BASE) == NamedNode(BASE + "id/unit/2025/92")


# -- the CLI ---------------------------------------------------------------------------------------

def test_cli_export_one_era_as_turtle(tmp_path):
    out = tmp_path / "units-2025.ttl"
    r = mtkg("gazetteer", "--export", str(out), "--era", "2025")
    assert r.returncode == 0, r.stderr
    graph = Graph().parse(out, format="turtle")
    units = set(graph.subjects(RDFLIB_RDF.type, URIRef(MTKG.AdministrativeUnit.value)))
    assert len(units) == sum(1 for u in G.load().all() if u.era == "2025") == 3355
    assert "3355 units" in r.stderr


def test_cli_find_prints_the_ambiguous_candidates():
    r = mtkg("gazetteer", "--find", "xã Tân Thành", "--date", "2020-05-01")
    assert r.returncode == 0, r.stderr
    assert "not resolved" in r.stdout
    lines = [line for line in r.stdout.splitlines() if line.startswith("  2008")]
    assert len(lines) == len(G.load().find("xã", "Tân Thành", "2008")) > 10
    assert any("xã Tân Thành, huyện Phú Bình, tỉnh Thái Nguyên" in line for line in lines)
    r = mtkg("gazetteer", "--find", "xã Tân Thành", "--date", "2020-05-01", "--context", "tỉnh Thái Nguyên")
    assert "resolved: 2008 05923 xã Tân Thành, huyện Phú Bình, tỉnh Thái Nguyên" in r.stdout
    assert "became part of 2025 05923" in r.stdout


def test_cli_find_refuses_a_bare_type_word():
    r = mtkg("gazetteer", "--find", "tỉnh")
    assert r.returncode == 2 and "not a unit" in r.stderr


def test_cli_load_into_the_store(tmp_path):
    from graph_builder.store import open_read
    store = tmp_path / "store"
    r = mtkg("gazetteer", "--load", "--store", str(store))
    assert r.returncode == 0, r.stderr
    s = open_read(store)
    [row] = s.query("SELECT (COUNT(?u) AS ?n) WHERE { GRAPH ?g { ?u a <%s> } }" % MTKG.AdministrativeUnit.value)
    assert int(row["n"].value) == len(G.load())
    assert G.graph_iri() in set(s.named_graphs())


def test_no_date_and_a_name_several_units_of_one_era_carry_is_unresolved():
    """"xã Mỹ Thạnh" is one commune of the 2025 list and four of the 2008 one: an undated
    article naming only the commune pins down none of them (never guess a province)."""
    assert G.resolve(L("xã", "Mỹ Thạnh"), None) is None
    assert G.resolve(L("xã", "Mỹ Thạnh", L("huyện", "Giồng Trôm")), None).era == "2008"


def test_a_district_whose_type_changed_is_found_by_its_level():
    """"huyện Kim Bảng" is a thị xã on the list: same name, same level, same place."""
    u = G.resolve(L("huyện", "Kim Bảng"), "2015-06-01")
    assert (u.type_word, u.name) == ("thị xã", "Kim Bảng")
    assert [a.name for a in G.load().ancestors(u)] == ["Hà Nam"]
