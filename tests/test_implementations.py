"""Implementations: sentences and what each locality's body did with each document."""
import pytest
from graph_builder.extract.directives import extract_directives
from graph_builder.extract.events import extract_events
from graph_builder.extract.implementations import extract_implementations
from graph_builder.facts import Article, Locality

from conftest import sentences


def implementations(*texts, ctx=None, title=None, published=None):
    sents = sentences(*texts)
    art = Article(id="t", text=" ".join(texts), title=title, published=published)
    docs = extract_directives(sents, ctx, art)
    evs = extract_events(art, sents, ctx, docs, [])
    return [(i.kind, i.locality.label if i.locality else None, i.directive, i.via)
            for i in extract_implementations(art, sents, ctx, docs, evs)]


def test_issued_plan_in_the_same_sentence():
    got = implementations("Thực hiện Hướng dẫn 84, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã chủ trì, "
                          "phối hợp với các tổ chức thành viên ban hành Kế hoạch số 179 ngày 6/9/2022 triển "
                          "khai thực hiện phong trào.", ctx=Locality("tỉnh", "Quảng Nam"))
    assert got == [("issued_plan", "tỉnh Quảng Nam", "Hướng dẫn 84", "Kế hoạch 179")]


def test_issued_plan_in_the_next_sentence_for_each_document_acted_on():
    got = implementations(
        "Thực hiện hướng dẫn số 51/HD-MT-BTT ngày 16/10/2023 của Ban thường trực ủy ban mặt trận tổ quốc "
        "huyện Hà Trung về việc Hướng dẫn tổ chức Ngày hội; chương trình phối hợp thống nhất hành động năm "
        "2023 của ủy ban mặt trận tổ quốc xã Hà Long, nhằm thiết thực tổ chức các hoạt động.",
        "Ban thường trực uỷ ban mặt trận tổ quốc xã Hà Long xây dựng Kế hoạch số 35 về tổ chức Ngày hội.")
    assert got == [("issued_plan", "xã Hà Long", "Hướng dẫn 51", "Kế hoạch 35"),
                   ("issued_plan", "xã Hà Long", "Chương trình phối hợp thống nhất hành động năm 2023", "Kế hoạch 35")]


def test_implemented_by_the_body_holding_the_meeting():
    got = implementations(
        "Thực hiện Chương trình làm việc toàn khóa Ủy ban MTTQ Việt Nam tỉnh Khóa IX, Hội nghị lần thứ 11 "
        "Ủy ban MTTQ Việt Nam tỉnh Gia Lai đã họp ngày 11 tháng 01 năm 2019 tại thành phố Pleiku.",
        ctx=Locality("tỉnh", "Gia Lai"),
        title="Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai: Tổ chức Hội nghị lần thứ 11")
    assert got == [("implemented", "tỉnh Gia Lai",
                    "Chương trình làm việc toàn khóa Ủy ban MTTQ Việt Nam tỉnh Gia Lai Khóa IX", None)]


def test_disseminated_at_an_event_by_its_organizer():
    got = implementations(
        "Chiều ngày 4/9/2014, tại Trung tâm Bồi dưỡng chính trị quận, Ban Thường trực Ủy Ban Mặt trận Tổ "
        "quốc Việt Nam Quận 9 (UBMTTQVN) tổ chức hội nghị triển khai 2 Quyết định số 217/QĐ-TW ngày "
        "12/12/2013 của Bộ Chính trị về việc ban hành quy chế giám sát và Quyết định 218/QĐ-TW ngày "
        "12/12/2013 của Bộ Chính trị ban hành quy chế.")
    assert got == [("disseminated", "quận 9", "Quyết định 217", None),
                   ("disseminated", "quận 9", "Quyết định 218", None)]


def test_central_body_has_no_locality():
    got = implementations(
        "Trong 2 ngày 15 và 16/7, tại TP Đà Nẵng, Ủy ban Trung ương MTTQ Việt Nam tổ chức tập huấn công "
        "tác tổ chức Đại hội Mặt trận các cấp.",
        "Tại Hội nghị, các đại biểu được nghe một số nội dung quan trọng như: Nghị quyết Trung ương 7 khóa "
        "XI về tăng cường công tác dân vận; Công tác chuẩn bị tổ chức Đại hội.")
    assert got == [("disseminated", None, "Nghị quyết Trung ương 7 khóa XI", None)]


def test_draft_and_future_review_have_no_implementation():
    got = implementations(
        "Chiều ngày 3/6, Ủy ban MTTQ Việt Nam huyện Hoàng Su Phì tổ chức phiên trù bị Đại hội.",
        "Đại hội góp ý vào Dự thảo Báo cáo chính trị và Điều lệ MTTQVN khóa IX của Ủy ban MTTQ Việt Nam huyện.",
        "Hội nghị đã đề ra nhiệm vụ 6 tháng cuối năm: tiếp tục quán triệt, gắn với sơ kết 3 năm thực hiện "
        "Chỉ thị 05 của Bộ Chính trị.", published="2024-06-03")
    assert got == []


def test_the_acting_body_after_joint_issuers_and_a_time():
    got = implementations("Thực hiện Luật Bầu cử đại biểu Quốc hội và Nghị quyết liên tịch số 09/2021/NQLT-UBTVQH-CP"
                          " ngày 15/01/2021 của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung "
                          "ương MTTQ Việt Nam, sáng 16/3, BTT UBMTTQ Việt Nam huyện Cái Bè tổ chức Hội nghị hiệp "
                          "thương lần thứ hai.", published="2021-03-16")
    assert {(k, loc, d) for k, loc, d, _via in got} >= {
        ("implemented", "huyện Cái Bè", "Nghị quyết 09"),
        ("implemented", "huyện Cái Bè", "Luật Bầu cử đại biểu Quốc hội")}


def test_a_party_committee_named_with_its_town_places_what_it_disseminated():
    """"Thị ủy Cửa Lò": a town merged away before 2025 is on no official list, but the committee's
    name still says where it is."""
    got = implementations("Sáng nay: 14/5, Thị ủy Cửa Lò đã tổ chức hội nghị quán triệt, triển khai thực hiện "
                          "các Quyết định 217, ngày 12/12/2013 của Bộ Chính trị.", published="2014-05-14")
    assert got == [("disseminated", "thị xã Cửa Lò", "Quyết định 217", None)]


def test_acting_under_a_directive_named_after_whose_instruction():
    got = implementations("Theo chỉ đạo của Ban Thường vụ Tỉnh ủy tại Chỉ thị số 40 ngày 13/7/2023, Ủy ban MTTQ "
                          "Việt Nam huyện Đại Lộc đã tổ chức thành công đại hội điểm MTTQ Việt Nam cấp xã.",
                          ctx=Locality("tỉnh", "Quảng Nam"))
    assert ("implemented", "huyện Đại Lộc", "Chỉ thị 40", None) in got


def test_citing_a_document_without_a_body_acting_is_no_implementation():
    got = implementations("Theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành "
                          "chính cấp tỉnh năm 2025, tỉnh Gia Lai mới được thành lập trên cơ sở hợp nhất tỉnh Gia "
                          "Lai và tỉnh Bình Định.", ctx=Locality("tỉnh", "Gia Lai"))
    assert got == []


def evidence(*texts, ctx=None):
    """(kind, directive, the sentence quoted as its evidence) of each implementation."""
    sents = sentences(*texts)
    text = " ".join(texts)
    art = Article(id="t", text=text)
    docs = extract_directives(sents, ctx, art)
    evs = extract_events(art, sents, ctx, docs, [])
    return [(i.kind, i.directive, text[i.evidence.start:i.evidence.end])
            for i in extract_implementations(art, sents, ctx, docs, evs)]


def test_a_dissemination_quotes_the_sentence_naming_the_directive_not_the_event_lead():
    lead = ("Sáng ngày 23/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng tổ chức hội nghị tập huấn "
            "cho cán bộ Mặt trận các cấp.")
    named = "Tại hội nghị, các đại biểu được quán triệt Đề án 15/ĐA-MTTW-BTT ngày 18/8/2017."
    got = evidence(lead, "Tham dự có 150 đại biểu.", named, ctx=Locality("tỉnh", "Sóc Trăng"))
    assert ("disseminated", "Đề án 15", named) in got
    assert all(q != lead for _k, d, q in got if d == "Đề án 15")


def test_a_dissemination_named_in_the_lead_quotes_the_lead():
    lead = ("Sáng ngày 23/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng tổ chức hội nghị quán triệt "
            "Chỉ thị số 18-CT/TW của Ban Bí thư.")
    got = evidence(lead, "Tham dự có 150 đại biểu.", ctx=Locality("tỉnh", "Sóc Trăng"))
    assert got and all(q == lead for _k, _d, q in got)


def test_a_congress_adopts_its_documents_and_disseminates_nothing():
    got = implementations(
        "Sáng 4/7/2024, tại Hội trường tỉnh, Đại hội đại biểu MTTQ Việt Nam tỉnh An Giang lần thứ XI, nhiệm kỳ "
        "2024-2029 khai mạc phiên họp chính thức.",
        "Đại hội đã thông qua Chương trình hành động của MTTQ Việt Nam tỉnh An Giang nhiệm kỳ 2024 - 2029 và "
        "Điều lệ MTTQ Việt Nam.", ctx=Locality("tỉnh", "An Giang"))
    assert got == []


def test_a_council_session_passes_its_resolutions_and_disseminates_nothing():
    got = implementations(
        "Ngày 19/12/2021 HĐND xã Trung Hà tổ chức kỳ họp thứ 3.",
        "Kỳ họp đã thông qua Nghị quyết về dự toán thu, chi ngân sách năm 2022.",
        ctx=Locality("xã", "Trung Hà"))
    assert got == []


def test_an_inspection_disseminates_nothing_for_the_inspectors():
    """An inspection or supervision ("Kiểm tra việc thực hiện Chương trình 190 …") looks at what
    others carried out: its documents are no dissemination by the delegation's unit (a working
    meeting on the same document is)."""
    from graph_builder.facts import Body, Event
    text = "Ngày 27/2/2019, Ủy ban MTTQ Việt Nam tỉnh làm việc về Chương trình số 190-CTr/TU của Tỉnh ủy."
    ctx = Locality("tỉnh", "Yên Bái")
    sents = sentences(text)
    art = Article(id="t", text=text)
    docs = extract_directives(sents, ctx, art)
    body = Body("Ủy ban MTTQ Việt Nam tỉnh Yên Bái", "front_committee", ctx)

    def held(name):
        e = Event("e1", "meeting", name, "2019-02-27", organizers=[body], directives=["Chương trình 190"])
        return [(i.kind, i.locality.label, i.directive) for i in extract_implementations(art, sents, ctx, docs, [e])]
    assert held("Kiểm tra việc thực hiện Chương trình 190") == []
    assert held("Giám sát việc thực hiện Chương trình 190") == []
    assert held("Buổi làm việc về Chương trình 190") == [("disseminated", "tỉnh Yên Bái", "Chương trình 190")]


def test_a_congress_reviews_what_it_evaluates_carrying_out():
    got = implementations(
        "Ngày 19/3/2022, Đoàn phường Láng Hạ tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh phường Láng Hạ lần "
        "thứ XIII, nhiệm kỳ 2022-2027.",
        "Đại hội đã đánh giá kết quả thực hiện Nghị quyết Đại hội Đoàn phường khoá XII nhiệm kỳ 2017-2022 và "
        "thông qua Chương trình hành động nhiệm kỳ 2022-2027.", ctx=Locality("phường", "Láng Hạ"))
    assert [(k, loc, d) for k, loc, d, _via in got] == [
        ("reviewed", "phường Láng Hạ", "Nghị quyết Đại hội Đoàn phường Láng Hạ khóa XII nhiệm kỳ 2017-2022")]


def test_a_central_mass_organisation_named_trung_uong_first_has_no_locality():
    """"Trung ương Hội Nông dân Việt Nam tổ chức …" is the organizer (a central body), not the
    place of the event: what it disseminated has no locality."""
    got = implementations(
        "Sáng 25/9, tại thành phố Tam Kỳ, Trung ương Hội Nông dân Việt Nam tổ chức Hội nghị quán triệt các "
        "Nghị quyết của Ban chấp hành Trung ương Hội Nông dân Việt Nam khóa VII.",
        "Tại hội nghị, các học viên được quán triệt Nghị quyết số 05 về tăng cường công tác phát triển hội viên.",
        ctx=Locality("thành phố", "Tam Kỳ", Locality("tỉnh", "Quảng Nam")))
    assert got and all(loc is None for _kind, loc, _d, _via in got), got
    assert ("disseminated", None, "Nghị quyết 05", None) in got


def test_a_body_named_for_a_list_of_communes_disseminates_in_each():
    # "Ủy ban MTTQ các xã: A, B, C" co-organises: each commune carried the resolution out;
    # "quán truyệt" is how the page spells "quán triệt"
    got = implementations(
        "Ngày 30/12/2025, Trung tâm Chính trị xã Đức Thọ phối hợp với Thường trực Ủy ban MTTQ các xã: Đức "
        "Thọ, Đức Thịnh, Đức Quang tổ chức tập huấn nghiệp vụ công tác mặt trận và quán truyệt Nghị quyết "
        "Đại hội Đại biểu MTTQ Việt Nam tỉnh Hà Tĩnh, nhiệm kỳ 2025-2030 cho hơn 300 học viên.")
    doc = "Nghị quyết Đại hội Đại biểu MTTQ Việt Nam tỉnh Hà Tĩnh, nhiệm kỳ 2025-2030"
    assert set(got) == {("disseminated", f"xã {x}", doc, None) for x in ("Đức Quang", "Đức Thịnh", "Đức Thọ")}


def test_a_body_a_cited_document_set_up_does_not_act_on_it():
    # "Theo X, <body> được thành lập …": the body is what X made, not its actor
    assert implementations("Theo Quyết định số 12/QĐ-MTTQ-BTT, ngày 1/7/2025 của Ban Thường trực Ủy ban MTTQ Việt "
                           "Nam tỉnh, Ủy ban MTTQ Việt Nam xã Hòa Bình được thành lập từ ngày 1/7/2025.",
                           ctx=Locality("xã", "Hòa Bình")) == []


def test_a_plan_issued_to_carry_out_the_documents_named_after_it():
    """"<body> ban hành Kế hoạch … triển khai thực hiện Chỉ thị …": the plan comes first and
    says what it carries out; each document of the list after it is carried out by the plan."""
    got = implementations("Ngày 5/4/2023, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Đại Lộc đã ban hành Kế hoạch "
                          "số 12/KH-MTTQ ngày 5/4/2023 về việc triển khai thực hiện Chỉ thị số 18-CT/TW và Quy định "
                          "124 của Ban Bí thư.", ctx=Locality("huyện", "Đại Lộc", Locality("tỉnh", "Quảng Nam")))
    assert got == [("issued_plan", "huyện Đại Lộc", "Chỉ thị 18", "Kế hoạch 12"),
                   ("issued_plan", "huyện Đại Lộc", "Quy định 124", "Kế hoạch 12")]
    # a plan that names no document it carries out carries none out
    assert implementations("Ban Thường trực Ủy ban MTTQ Việt Nam huyện đã ban hành Kế hoạch số 12/KH-MTTQ tổ chức "
                           "Ngày hội theo Chỉ thị số 18-CT/TW.", ctx=Locality("huyện", "Đại Lộc")) == []
    # a numbered plan whose issuer follows it "về việc triển khai" the document after it
    got = implementations("Cấp tỉnh đã ban hành Kế hoạch số 15/KH-MTTQ-BTT ngày 2/8/2025 của Ban Thường trực Ủy ban "
                          "MTTQ Việt Nam tỉnh Long An về việc triển khai Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của "
                          "Ban Chỉ đạo Trung ương.", ctx=Locality("tỉnh", "Long An"))
    assert got == [("issued_plan", "tỉnh Long An", "Kế hoạch 02", "Kế hoạch 15")]
    # a talk's title naming a document and the plan for it: no document carries itself out
    got = implementations("Ngày 5/6/2025, Huyện ủy Tân Phú tổ chức hội nghị học tập Nghị quyết 68.",
                          "Tại hội nghị, đồng chí Nguyễn Văn An trình bày chuyên đề “Nội dung cốt lõi của Nghị quyết "
                          "số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân và kế hoạch thực "
                          "hiện Nghị quyết số 68-NQ/TW”.", ctx=Locality("huyện", "Tân Phú"))
    assert [g for g in got if g[0] == "issued_plan"] == []


@pytest.mark.parametrize("texts,expected", [
    # a purpose clause opening the sentence acts on the document
    (["Để triển khai Chỉ thị 18-CT/TW của Ban Bí thư, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Nam đã "
      "ban hành Kế hoạch số 293/KH-MTTQ-BTT.",
      "Nhằm thực hiện Nghị quyết 35, Ủy ban MTTQ Việt Nam huyện Đại Lộc tổ chức tuyên truyền."],
     [("issued_plan", "tỉnh Quảng Nam", "Chỉ thị 18", "Kế hoạch 293"),
      ("implemented", "huyện Đại Lộc", "Nghị quyết 35", None)]),
    # so do the years it has been carried out ("Sau 5 năm thực hiện X, …"), not studying it
    (["Sau 5 năm thực hiện Nghị quyết số 12-NQ/HU, Hội Nông dân huyện Bắc Trà My đã vận động hội viên phát "
      "triển kinh tế.",
      "Sau hơn 3 năm triển khai thực hiện Chỉ thị 18, Ủy ban MTTQ Việt Nam xã Tam Thanh tổ chức tuyên truyền.",
      "Sau 2 năm học tập Nghị quyết 35, Ủy ban MTTQ Việt Nam xã Tam Thanh tổ chức tuyên truyền."],
     [("implemented", "huyện Bắc Trà My", "Nghị quyết 12", None),
      ("implemented", "xã Tam Thanh", "Chỉ thị 18", None)]),
    # "Nhằm cụ thể hóa (các nội dung chỉ đạo tại) X …." alone, then the plan the body issued
    (["Nhằm cụ thể hóa các nội dung chỉ đạo tại Chỉ thị số 44-CT/TU ngày 24/7/2025 của Ban Thường vụ Thành ủy "
      "Hà Nội; góp phần xây dựng phường Sáng - Xanh - Sạch - Đẹp.",
      "UBND phường Việt Hưng đã ban hành Kế hoạch số 21/KH-UBND về tổ chức Lễ ra quân tổng vệ sinh môi trường."],
     [("issued_plan", "phường Việt Hưng", "Chỉ thị 44", "Kế hoạch 21")]),
    # "Trên tinh thần X, <body> đã cụ thể hóa bằng <plan>": the plan issued to carry X out
    (["Trên tinh thần Nghị quyết số 26-NQ/TW của Đảng về nông nghiệp, nông dân, nông thôn, Thành ủy Hải Phòng đã "
      "cụ thể hóa bằng Chương trình 05-CTr/TU về xây dựng nông thôn mới."],
     [("issued_plan", "thành phố Hải Phòng", "Nghị quyết 26", "Chương trình 05")]),
    # "Hưởng ứng X, <body> …": the document answered is carried out; a priority set ("Trọng tâm là …")
    # is no work reported
    (["Hưởng ứng Công văn số 786/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh Thanh Hóa, chiều 27/11, Ủy ban "
      "MTTQ phường Hạc Thành tổ chức lễ phát động ủng hộ.",
      "Trọng tâm là triển khai thực hiện các Nghị quyết của Bộ Chính trị gắn với thực hiện hiệu quả Nghị quyết số "
      "46 của Bộ Chính trị."],
     [("implemented", "phường Hạc Thành", "Công văn 786", None)]),
    # "Căn cứ vào nội dung của X, Y …": what the documents say, which the body acts on
    (["Căn cứ vào nội dung của Đề án 01, 02 của Tỉnh ủy Thái Nguyên về công tác dân vận, Huyện ủy Định Hóa đã "
      "xây dựng Đề án của huyện."],
     [("implemented", "huyện Định Hóa", "Đề án 01", None), ("implemented", "huyện Định Hóa", "Đề án 02", None)]),
    # more documents of the list the mentions did not take, and the year the work took, before the body
    (["Ngày 27/2/2020, Đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Yên Bái đã đến kiểm tra công tác Mặt trận tại "
      "huyện Lục Yên.",
      "Thực hiện Chương trình hành động 190 của Tỉnh ủy, Kế hoạch của MTTQ tỉnh và Huyện ủy, năm 2020, Ủy ban "
      "MTTQ huyện Lục Yên tiếp tục duy trì 350 mô hình tổ tự quản."],
     [("implemented", "huyện Lục Yên", "Chương trình 190", None)]),
    # found probing fresh pages (thirty-second session): "(Tiếp tục) hưởng ứng thực hiện X, …" too
    (["Hưởng ứng thực hiện Nghị quyết số 19 của Quận ủy 4, Ủy ban MTTQ phường 15 đã tổ chức Ngày hội Văn minh "
      "đô thị.",
      "Tiếp tục hưởng ứng thực hiện Chỉ thị số 05 của Huyện ủy, Ủy ban MTTQ xã Tân Lập đã tổ chức Ngày hội."],
     [("implemented", "phường 15", "Nghị quyết 19", None), ("implemented", "xã Tân Lập", "Chỉ thị 05", None)]),
    # … and "Thực hiện Điều 107, Luật …, …": an article of the law carried out
    (["Thực hiện Điều 107, Luật Tổ chức chính quyền địa phương năm 2015, Thường trực HĐND huyện Na Rì xây dựng "
      "lịch tiếp công dân."],
     [("implemented", "huyện Na Rì", "Luật Tổ chức chính quyền địa phương", None)]),
])
def test_what_opens_the_sentence_before_the_acting_body(texts, expected):
    assert implementations(*texts) == expected


def test_an_event_held_under_documents_carries_them_out_where_it_was_held():
    got = implementations("Sáng 10/3/2026, Ủy ban MTTQ Việt Nam phường Hồng Hà tổ chức Hội nghị hiệp thương lần thứ "
                          "nhất.",
                          "Hội nghị được tiến hành trên cơ sở Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND; Hướng "
                          "dẫn số 22/HD-MTTQ-BTT của Ủy ban MTTQ Việt Nam thành phố Hà Nội.",
                          "Hội nghị sẽ được tổ chức theo Kế hoạch số 15/KH-MTTQ.")
    assert [g for g in got if g[0] == "implemented"] == [
        ("implemented", "phường Hồng Hà", "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân", None),
        ("implemented", "phường Hồng Hà", "Hướng dẫn 22", None)]


def test_a_linking_word_may_open_the_sentence_before_thuc_hien():
    got = implementations("Theo đó, thực hiện Kế hoạch số 346-KH/TU ngày 26/06/2025 của Ban Thường vụ Thành ủy Hà "
                          "Nội, Ủy ban nhân dân Thành phố đã ban hành Công văn số 3766/UBND-NC.",
                          ctx=Locality("thành phố", "Hà Nội"))
    assert got == [("issued_plan", "thành phố Hà Nội", "Kế hoạch 346", "Công văn 3766")]
    # "Đặc biệt," and a time before the body that acts
    got = implementations("Đặc biệt, thực hiện Quyết định 217 và 218 của Bộ Chính trị, 6 tháng đầu năm 2015 Ban "
                          "Thường trực MTTQ tỉnh Nghệ An đã chủ trì giám sát 12 cuộc.")
    assert got == [("implemented", "tỉnh Nghệ An", "Quyết định 217", None),
                   ("implemented", "tỉnh Nghệ An", "Quyết định 218", None)]


def test_more_documents_named_in_general_do_not_hide_the_acting_body():
    # "…, cùng các quyết định của …, <body> đã trình": the body acts on every document listed
    got = implementations("Căn cứ Luật Mặt trận Tổ quốc Việt Nam; Đề án số 51-ĐA/TU ngày 25/6/2025 của Ban Chấp hành "
                          "Đảng bộ tỉnh về sắp xếp tổ chức bộ máy, cùng các quyết định của Trung ương Hội Nông dân "
                          "Việt Nam, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nghệ An đã trình hội nghị danh sách.",
                          ctx=Locality("tỉnh", "Nghệ An"))
    assert {(k, loc, d) for k, loc, d, _via in got} == {("implemented", "tỉnh Nghệ An", "Luật MTTQ Việt Nam"),
                                                         ("implemented", "tỉnh Nghệ An", "Đề án 51")}


def test_a_standing_board_abbreviated_tt_is_no_town():
    # "TT UBMT huyện" is the standing board; no town "UBMT" acts
    got = implementations("Thực hiện Điều lệ MTTQ Việt Nam khóa VIII, căn cứ vào Hướng dẫn số 40/HD-MT-BTT, ngày "
                          "10/4/2018 của Ban thường trực Ủy ban Mặt trận huyện về việc tổ chức Đại hội các cấp, được "
                          "sự thống nhất của TT UBMT huyện, trong 02 ngày 12 và 13/12/2018, Đại hội Mặt trận xã Hạ "
                          "Trạch lần thứ XII đã được tổ chức.", ctx=Locality("xã", "Hạ Trạch"))
    assert {loc for _k, loc, _d, _via in got} <= {"xã Hạ Trạch"} and got


def test_a_plan_named_with_its_issuer_and_what_it_carries_out():
    # "Chương trình hành động của <body> thực hiện <X>": that body issued a plan carrying X out,
    # whoever passes the plan on; a plan that names no issuer says nothing of who issued it
    got = implementations("Sáng 12/8/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị quán triệt "
                          "Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh "
                          "lần thứ I, nhiệm kỳ 2025-2030.", ctx=Locality("tỉnh", "Gia Lai"))
    assert ("issued_plan", "tỉnh Gia Lai", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ I, nhiệm kỳ "
            "2025-2030", "Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Gia "
            "Lai lần thứ I, nhiệm kỳ 2025-2030") in got
    got = implementations("Sáng 12/8/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị quán triệt "
                          "Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I.",
                          ctx=Locality("tỉnh", "Gia Lai"))
    assert [k for k, *_ in got if k == "issued_plan"] == []


def test_a_numbered_plan_of_a_body_about_carrying_out_a_document():
    # "Kế hoạch số 163 … của UBND huyện Yên Thế về việc thực hiện Nghị quyết số 07 …": the body
    # issued a plan carrying it out, whoever acts on the plan
    got = implementations("Theo Kế hoạch số 163/KH-UBND ngày 30/5/2023 của UBND huyện Yên Thế về việc thực hiện "
                          "Nghị quyết số 07-NQ/HU của Ban Thường vụ Huyện ủy, các xã đã ra quân làm đường.",
                          ctx=Locality("tỉnh", "Bắc Giang"))
    assert got == [("issued_plan", "huyện Yên Thế", "Nghị quyết 07", "Kế hoạch 163")]


@pytest.mark.parametrize("opening,directive,body,plan", [
    # a date with its month in words, as with figures
    *[(f"{date}, thực hiện Chỉ thị số 21-CT/TW", "Chỉ thị 21", "Ban Thường vụ Huyện ủy Lục Ngạn", "Kế hoạch số 88-KH/HU")
      for date in ("Ngày 5 tháng 4 năm 2024", "Ngày 5/4/2024", "Ngày 5-4-2024")],
    # a purpose, with how well or going on
    *[(f"{purpose} Nghị quyết số 23-NQ/TW", "Nghị quyết 23", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 15-KH/TU")
      for purpose in ("Để tiếp tục thực hiện", "Để thực hiện tốt, hiệu quả hơn", "Nhằm tiếp tục thực hiện")],
])
def test_what_may_open_thuc_hien_x_before_the_issuing_body(opening, directive, body, plan):
    got = implementations(f"{opening}, {body} ban hành {plan}.", ctx=Locality("tỉnh", "Bắc Giang"))
    place = "huyện Lục Ngạn" if "Lục Ngạn" in body else "tỉnh Bắc Giang"
    assert got == [("issued_plan", place, directive, "Kế hoạch " + plan.split()[3].split("-")[0])]


def test_a_plan_issued_carrying_out_a_document_named_in_its_own_name():
    got = implementations("Ban Thường vụ Thị ủy Sơn Tây vừa ban hành Kế hoạch triển khai thực hiện Nghị quyết Đại "
                          "hội đại biểu toàn quốc lần thứ XIII của Đảng.", ctx=Locality("thành phố", "Hà Nội"))
    assert ("issued_plan", "thị xã Sơn Tây", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
            "Kế hoạch triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng") in got


def test_going_on_carrying_a_document_out_is_acting_on_it():
    got = implementations("Tiếp tục thực hiện Quyết định 218-QĐ/TW của Ban Chấp hành Trung ương Đảng, Ban Thường trực "
                          "Ủy ban MTTQ Việt Nam phường 8 tổ chức hội nghị phản biện dự thảo kế hoạch năm 2021.",
                          ctx=Locality("phường", "8"))
    assert ("implemented", "phường 8", "Quyết định 218", None) in got


@pytest.mark.parametrize("texts,ctx,expected", [
    # what a report said after its colon, opening on a number ("… cho biết: 5 năm qua, …"); more of
    # how the body carried out after a comma ("nghiêm túc, sáng tạo"); the resolution of each
    # congress an ordinal list counts
    (["Báo cáo của MTTQ Việt Nam tỉnh Yên Bái cho biết: 5 năm qua, MTTQ các cấp tỉnh Yên Bái đã quán triệt, "
      "triển khai thực hiện nghiêm túc, sáng tạo Nghị quyết Đại hội Đảng toàn quốc lần thứ XI, XII; sự chỉ "
      "đạo của Ủy ban Trung ương MTTQ Việt Nam."],
     Locality("tỉnh", "Yên Bái"),
     [("implemented", "tỉnh Yên Bái", "Nghị quyết Đại hội Đảng toàn quốc lần thứ XI", None),
      ("implemented", "tỉnh Yên Bái", "Nghị quyết Đại hội Đảng toàn quốc lần thứ XII", None)]),
    # a body that made a document known in its unit disseminated it there ("… đã tuyên truyền Luật …",
    # "… quán triệt, triển khai Nghị quyết …")
    (["Trong quý I/2019, Ủy ban MTTQ Việt Nam thị xã đã tuyên truyền Luật Nghĩa vụ quân sự đến nhân dân."],
     Locality("thị xã", "Bến Cát"), [("disseminated", "thị xã Bến Cát", "Luật Nghĩa vụ quân sự", None)]),
    (["Ban Thường trực Ủy ban MTTQ Việt Nam huyện đã quán triệt, triển khai các Nghị quyết Trung ương 4 khóa XII "
      "đến cán bộ chủ chốt."],
     Locality("huyện", "Phù Mỹ"), [("disseminated", "huyện Phù Mỹ", "Nghị quyết Trung ương 4 khóa XII", None)]),
    # ("các tầng lớp nhân dân" between the body and its verb names the people, no class held)
    (["Trong 6 tháng đầu năm 2022, Ủy ban MTTQ Việt Nam huyện tiếp tục tổ chức tuyên truyền trong các tầng lớp "
      "nhân dân thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng."],
     Locality("huyện", "Sơn Hòa"),
     [("implemented", "huyện Sơn Hòa", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", None)]),
    # … or carried out the aims it set ("… triển khai thực hiện hiệu quả các mục tiêu, nhiệm vụ theo …")
    (["Thời gian qua, Ủy ban MTTQ xã đã phát huy tốt vai trò nòng cốt, nỗ lực triển khai thực hiện hiệu quả các "
      "mục tiêu, nhiệm vụ theo Nghị quyết Đại hội MTTQ xã đề ra."],
     Locality("xã", "Cẩm Tân"), [("implemented", "xã Cẩm Tân", "Nghị quyết Đại hội MTTQ xã Cẩm Tân", None)]),
    # a list of references, each with its subject, opened again after a semicolon; the acting
    # body after a time in the clause that follows
    (["Căn cứ Hướng dẫn số 78/HD-MTTQ-BTT, ngày 01/8/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về tổ "
      "chức Đại hội Đại biểu Mặt trận Tổ quốc các cấp, tiến tới Đại hội toàn quốc; ngày 14/8/2023, Ban Thường "
      "trực Ủy ban MTTQ Việt Nam huyện Diên Khánh hướng dẫn tổ chức Đại hội."],
     Locality("huyện", "Diên Khánh"), [("implemented", "huyện Diên Khánh", "Hướng dẫn 78", None)]),
    # references that stand alone: the next sentence says who acted on them
    (["Căn cứ Hướng dẫn số 01-HD/BTGTW ngày 08/02/2021 của Ban Tuyên giáo Trung ương về công tác tuyên truyền "
      "biển, đảo năm 2021; Căn cứ Hướng dẫn số 50/HD-MTTW-BTT, ngày 23/2/2021, của Ban Thường trực Ủy ban Trung "
      "ương MTTQ Việt Nam về công tác tuyên truyền biển, đảo năm 2021.",
      "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh hướng dẫn công tác tuyên truyền biển, đảo năm 2021."],
     Locality("tỉnh", "Khánh Hòa"), [("implemented", "tỉnh Khánh Hòa", "Hướng dẫn 01", None),
                                     ("implemented", "tỉnh Khánh Hòa", "Hướng dẫn 50", None)]),
    # … a body with the people it is made of ("… có ông X, …")
    (["Thực hiện Kế hoạch số 02/KH-TTHĐND, ngày 19/6/2018 của Thường trực HĐND huyện về việc tiếp xúc cử tri năm "
      "2018.", "Ngày 27/6/2018, Đoàn đại biểu HĐND huyện có ông Nguyễn Minh Đông, Phó Chủ tịch UBND huyện đã tiếp "
      "xúc cử tri xã Quảng Điền."],
     Locality("xã", "Quảng Điền", Locality("huyện", "Krông A Na")),
     [("implemented", "huyện Krông A Na", "Kế hoạch 02", None)]),
    # a reference with no body acting anywhere after it stays a reference
    (["Căn cứ Nghị quyết số 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh.",
      "Tỉnh Gia Lai mới có diện tích 21.576 km2."], Locality("tỉnh", "Gia Lai"), []),
])
def test_references_listed_with_their_subjects_and_the_body_acting_on_them(texts, ctx, expected):
    assert implementations(*texts, ctx=ctx) == expected


def test_a_body_of_a_unit_the_text_leaves_unnamed_places_nothing():
    # a city's Party committee in a province's article: which city is not said, so no locality
    got = implementations("Sáng 9/6, Thành ủy tổ chức Hội nghị triển khai Chỉ thị số 05-CT/TW của Bộ Chính trị.",
                          ctx=Locality("tỉnh", "Quảng Nam"))
    assert got == [("disseminated", None, "Chỉ thị 05", None)]


def test_a_youth_union_committee_named_with_its_district_places_what_it_did():
    got = implementations("Ngày 4/4, Ban Thường vụ Huyện đoàn Sơn Động tổ chức hội nghị quán triệt Nghị quyết Đại "
                          "hội Đoàn toàn quốc lần thứ XI.", ctx=Locality("tỉnh", "Bắc Giang"))
    assert got == [("disseminated", "huyện Sơn Động", "Nghị quyết Đại hội Đoàn toàn quốc lần thứ XI", None)]


def test_a_source_tag_before_the_lead_does_not_hide_what_it_carries_out():
    got = implementations(
        "(WEBGOVAP) – Thực hiện Chỉ thị 17-CT/TW ngày 4.1.2018 của Ban Bí thư về lãnh đạo Đại hội Mặt trận Tổ "
        "quốc Việt Nam các cấp, sáng nay ngày 7.3.2019, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam quận "
        "Gò Vấp đã tổ chức Hội nghị lấy ý kiến đóng góp dự thảo văn kiện.")
    assert ("implemented", "quận Gò Vấp", "Chỉ thị 17", None) in got
    # (a paper's tag in capitals without parentheses: "QTO - …"; found probing fresh pages)
    got = implementations("QTO - Thực hiện Kế hoạch số 56/KH-BTV của Ban Thường vụ Tỉnh ủy, Hội LHPN tỉnh đã tổ "
                          "chức hội nghị.", ctx=Locality("tỉnh", "Quảng Trị"))
    assert got == [("implemented", "tỉnh Quảng Trị", "Kế hoạch 56", None)]


def test_references_alone_then_the_event_held_on_them():
    got = implementations(
        "Căn cứ Quyết định số 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị về ban hành Quy định về việc Mặt trận "
        "Tổ quốc Việt Nam tham gia góp ý xây dựng Đảng; Kế hoạch số 113-KH/ĐU, ngày 10/01/2024 về tổ chức đối "
        "thoại trực tiếp năm 2024.",
        "Sáng ngày 13/6/2024, tại thôn Làng Thượng, xã Vạn Linh tổ chức buổi đối thoại trực tiếp giữa người "
        "đứng đầu cấp ủy với nhân dân.", ctx=Locality("xã", "Vạn Linh"))
    assert sorted((k, loc, d) for k, loc, d, _via in got) == [
        ("implemented", "xã Vạn Linh", "Kế hoạch 113"), ("implemented", "xã Vạn Linh", "Quyết định 218")]


SON_TINH = Locality("huyện", "Sơn Tịnh", Locality("tỉnh", "Quảng Ngãi"))


@pytest.mark.parametrize("text,expected", [
    # found probing fresh pages: a linking word opening the sentence ("Cụ thể,", "Theo đó,"); the
    # standing committee abbreviated ("BTV Huyện ủy")
    ("Cụ thể, Đảng ủy xã Tịnh Hà đã ban hành Chương trình hành động số 12-CTr/ĐU ngày 5/3/2021 về thực hiện "
     "Nghị quyết số 26-NQ/TW.", [("issued_plan", "xã Tịnh Hà", "Nghị quyết 26", "Chương trình 12")]),
    ("BTV Huyện ủy Sơn Tịnh đã ban hành Kế hoạch số 31-KH/HU triển khai thực hiện Chỉ thị số 35-CT/TW.",
     [("issued_plan", "huyện Sơn Tịnh", "Chỉ thị 35", "Kế hoạch 31")]),
    # "sẽ" (will) ends the body's name as "đã" does
    ("Theo Kế hoạch giám sát năm 2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh sẽ giám sát 4 nội dung.",
     [("implemented", "tỉnh Quảng Ngãi", "Kế hoạch giám sát năm 2026", None)]),
    # "Căn cứ vào công văn hướng dẫn số 29/HD-…": the letter that guides
    ("Căn cứ vào công văn hướng dẫn số 29/HD-MTTW-BTT ngày 5/3/2024 của Ban Thường trực Ủy ban Trung ương MTTQ Việt "
     "Nam, Ban Thường trực Ủy ban MTTQ Việt Nam huyện ban hành Kế hoạch số 12/KH-MTTQ-BTT.",
     [("issued_plan", "huyện Sơn Tịnh", "Hướng dẫn 29", "Kế hoạch 12")]),
    # a body opening the sentence carries out the documents right after its verb
    ("UBMTTQVN huyện tiếp tục tuyên truyền, quán triệt và tổ chức thực hiện Thông báo Kết luận số 264 của Bộ Chính "
     "trị, Chỉ thị số 24 của Thủ tướng Chính phủ về việc tăng cường Cuộc vận động.",
     [("implemented", "huyện Sơn Tịnh", "Kết luận 264", None), ("implemented", "huyện Sơn Tịnh", "Chỉ thị 24", None)]),
    # "Ban Chỉ đạo" is a body's name, not its verb
    ("Ban Chỉ đạo Đảng ủy xã Tịnh Hà triển khai kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
     [("implemented", "xã Tịnh Hà", "Nghị quyết 57", None)]),
    # the body after a time or after what it did first; "luôn" opens the verb
    ("5 năm qua, Đảng bộ huyện Sơn Tịnh đã phát huy tinh thần đoàn kết, tập trung lãnh đạo, chỉ đạo, tổ chức thực "
     "hiện có hiệu quả Nghị quyết số 05-NQ/HU của Huyện ủy.", [("implemented", "huyện Sơn Tịnh", "Nghị quyết 05", None)]),
    ("Trong nhiệm kỳ qua, Hội Nông dân huyện luôn bám sát vào thực hiện Nghị quyết số 05-NQ/HU của Huyện ủy.",
     [("implemented", "huyện Sơn Tịnh", "Nghị quyết 05", None)]),
    # the verb with how well it was done ("thực hiện thành công", "triển khai có hiệu quả")
    ("Hội Nông dân huyện đã thực hiện thành công Nghị quyết số 05-NQ/HU của Huyện ủy.",
     [("implemented", "huyện Sơn Tịnh", "Nghị quyết 05", None)]),
    ("Ủy ban MTTQ Việt Nam huyện triển khai có hiệu quả Chỉ thị số 24 của Thủ tướng Chính phủ.",
     [("implemented", "huyện Sơn Tịnh", "Chỉ thị 24", None)]),
    # the bodies of several units name none alone; what a body should do is not done; "in carrying
    # it out" is no act
    ("Trong năm 2022, Ủy ban MTTQ Việt Nam các huyện trong Cụm thi đua IV đã thực hiện có hiệu quả Nghị quyết số "
     "05-NQ/HU.", []),
    ("Ông cũng nhấn mạnh việc Hội cần làm tốt công tác tham mưu với Đảng ủy, UBND thực hiện có hiệu quả Chỉ thị "
     "số 14-CT/TW của Ban Bí thư.", []),
    ("Phát huy tính chủ động của các cấp bộ Đoàn, cán bộ, đoàn viên, thanh niên trong triển khai thực hiện Nghị "
     "quyết số 05-NQ/HU.", []),
    # supervising or checking how others carry a document out is no carrying it out
    ("Ủy ban MTTQ Việt Nam huyện kiểm tra việc tham gia thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững.", []),
    ("Ủy ban MTTQ Việt Nam huyện giám sát việc thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.", []),
    # … and so is what a body will do
    ("Ủy ban MTTQ Việt Nam huyện sẽ tổ chức thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.", []),
    # what a speaker said after the colon is a clause of its own; an event named before the body
    # (and a document named for a congress) is not one between the body and its verb
    ("Bà Kiên Thị Minh Nguyệt - Chủ tịch Hội LHPN huyện cho biết: Nhiệm kỳ qua, Ban Chấp "
     "hành Hội LHPN huyện luôn đoàn kết, lãnh đạo triển khai thực hiện có hiệu quả Nghị quyết số 05-NQ/HU của Huyện ủy.",
     [("implemented", "huyện Sơn Tịnh", "Nghị quyết 05", None)]),
    ("Báo cáo tại Đại hội cho biết, trong nhiệm kỳ 2019-2024, Hội Nông dân huyện bám sát nghị quyết đại hội Đảng "
     "các cấp, triển khai thực hiện thắng lợi Nghị quyết số 05-NQ/HU của Huyện ủy.",
     [("implemented", "huyện Sơn Tịnh", "Nghị quyết 05", None)]),
    ("Hội Nông dân huyện tổ chức Hội nghị sơ kết 3 năm thực hiện Nghị quyết số 05-NQ/HU của Huyện ủy.",
     [("reviewed", "huyện Sơn Tịnh", "Nghị quyết 05", None)]),
    # work that went with carrying a document out ("gắn với việc thực hiện"), not the watching of it
    ("Ủy ban MTTQ Việt Nam huyện đã tổ chức các phong trào gắn với việc thực hiện Chỉ thị số 05-CT/TW.",
     [("implemented", "huyện Sơn Tịnh", "Chỉ thị 05", None)]),
    ("Ủy ban MTTQ Việt Nam huyện đã giám sát việc thực hiện Chỉ thị số 05-CT/TW.", []),
    # items of one list after a semicolon, in lower case, go on with the clause's body; a campaign
    # ("cuộc vận động") is no event named between the body and its verb
    ("Hội LHPN huyện làm tốt công tác tuyên truyền, vận động hội viên thực hiện tốt phong trào thi đua "
     "“Phụ nữ tích cực học tập”; cuộc vận động “Xây dựng gia đình 5 không, 3 sạch”, gắn với thực hiện Chỉ thị "
     "05 của Bộ Chính trị, Chỉ thị 06 của Ban Thường vụ Tỉnh ủy.",
     [("implemented", "huyện Sơn Tịnh", "Chỉ thị 05", None), ("implemented", "huyện Sơn Tịnh", "Chỉ thị 06", None)]),
    # (a new clause after the semicolon names its own body, or none)
    ("Hội LHPN huyện làm tốt công tác tuyên truyền; Đoàn giám sát đã thực hiện Chỉ thị 05 của Bộ Chính trị.", []),
    # making a document the unit's own plans is carrying it out
    ("Đảng ủy xã Tịnh Hà đã kịp thời cụ thể hóa Nghị quyết số 05-NQ/HU của Huyện ủy; quá trình lãnh đạo luôn linh hoạt.",
     [("implemented", "xã Tịnh Hà", "Nghị quyết 05", None)]),
    # the Front "at every level of" a province is the province's; a congress's resolutions counted
    # by their ordinals ("lần thứ XI, XII") are one item of the list, which goes on after them
    ("5 năm qua, MTTQ các cấp tỉnh Quảng Ngãi đã quán triệt, triển khai thực hiện nghiêm túc, sáng tạo Nghị quyết "
     "Đại hội Đảng toàn quốc lần thứ XI, XII; Nghị quyết số 05-NQ/HU của Huyện ủy.",
     [("implemented", "tỉnh Quảng Ngãi", "Nghị quyết Đại hội Đảng toàn quốc lần thứ XI", None),
      ("implemented", "tỉnh Quảng Ngãi", "Nghị quyết Đại hội Đảng toàn quốc lần thứ XII", None),
      ("implemented", "tỉnh Quảng Ngãi", "Nghị quyết 05", None)]),
])
def test_a_body_carrying_documents_out(text, expected):
    assert implementations(text, ctx=SON_TINH) == expected


def test_how_well_the_reported_work_carried_a_document_out_is_its_organizers_unit_carrying_it_out():
    got = implementations("Ngày 10/1/2026, Ủy ban MTTQ Việt Nam xã Tịnh Hà tổ chức hội nghị tổng kết công tác "
                          "Mặt trận năm 2025.",
                          "Hội nghị đánh giá Ủy ban đã tuyên truyền, vận động Nhân dân thực hiện tốt Quy chế dân "
                          "chủ ở cơ sở.", ctx=SON_TINH)
    assert got == [("implemented", "xã Tịnh Hà", "Quy chế dân chủ ở cơ sở", None)]


@pytest.mark.parametrize("text,expected", [
    # signed at the event: the event's own document, carried out by nobody yet
    ("Sáng 12/3, Ủy ban MTTQ Việt Nam huyện tổ chức Hội nghị ký kết Quy chế phối hợp hoạt động giai đoạn "
     "2021 – 2026.", []),
    # voted through at the event ("biểu quyết thông qua", "nhất trí và thông qua"): the same
    ("Sáng 12/3, Ủy ban MTTQ Việt Nam huyện tổ chức Hội nghị. Hội nghị đã thảo luận và biểu quyết thông qua "
     "Quy chế phối hợp hoạt động giai đoạn 2021 – 2026.", []),
    # ... "thống nhất thông qua", and "thông qua" alone of a document not yet issued
    ("Sáng 12/3, Ủy ban MTTQ Việt Nam huyện tổ chức Hội nghị. Hội nghị đã biểu quyết thống nhất thông qua "
     "Quy chế phối hợp hoạt động giai đoạn 2021 – 2026.", []),
    ("Sáng 12/3, Ủy ban MTTQ Việt Nam huyện tổ chức Hội nghị. Các đại biểu đã thông qua Quy chế phối hợp hoạt "
     "động giai đoạn 2021 – 2026.", []),
    # passed on at the event: disseminated in the organiser's unit
    ("Sáng 12/3, Ủy ban MTTQ Việt Nam huyện tổ chức Hội nghị quán triệt Quy chế phối hợp hoạt động giai đoạn "
     "2021 – 2026.",
     [("disseminated", "huyện Sơn Tịnh", "Quy chế phối hợp hoạt động giai đoạn 2021 – 2026", None)]),
])
def test_a_document_signed_at_an_event_is_no_dissemination(text, expected):
    sents = sentences(text)
    art = Article(id="t", text=text)
    docs = extract_directives(sents, SON_TINH, art)
    evs = extract_events(art, sents, SON_TINH, docs, [])
    assert [k for e in evs for k in e.directives] == ["Quy chế phối hợp hoạt động giai đoạn 2021 – 2026"]
    assert implementations(text, ctx=SON_TINH) == expected


def test_a_document_already_issued_is_presented_not_passed():
    # "thông qua" a document with a number or an issuer presents it: disseminated
    text = ("Sáng 12/3, Ủy ban MTTQ Việt Nam huyện tổ chức Hội nghị. Tại hội nghị, đại diện Ủy ban MTTQ Việt Nam "
            "huyện đã thông qua Quyết định số 1260-QĐ/TU của Tỉnh ủy về kiện toàn Ban Chỉ đạo.")
    assert implementations(text, ctx=SON_TINH) == [("disseminated", "huyện Sơn Tịnh", "Quyết định 1260", None)]


def test_a_bodys_personnel_plan_is_carried_out_by_no_one():
    # own_documents.tsv: the event's document, not an implementation
    text = ("Ngày 04/5/2019, Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị triển khai Đề án nhân sự Ủy ban MTTQ "
            "Việt Nam huyện Sơn Tịnh nhiệm kỳ 2019 – 2024.")
    sents = sentences(text)
    art = Article(id="t", text=text)
    docs = extract_directives(sents, SON_TINH, art)
    evs = extract_events(art, sents, SON_TINH, docs, [])
    assert [k for e in evs for k in e.directives] == ["Đề án nhân sự Ủy ban MTTQ Việt Nam huyện Sơn Tịnh nhiệm kỳ 2019 – 2024"]
    assert implementations(text, ctx=SON_TINH) == []
    # … while a plan the same way passed on is disseminated
    assert implementations(text.replace("Đề án nhân sự", "Kế hoạch hoạt động"), ctx=SON_TINH) == [
        ("disseminated", "huyện Sơn Tịnh", "Kế hoạch hoạt động Ủy ban MTTQ Việt Nam huyện Sơn Tịnh nhiệm kỳ 2019 – 2024", None)]


@pytest.mark.parametrize("texts,ctx,expected", [
    # what the work reported was for ("góp phần thực hiện thắng lợi …", "nhằm triển khai thực hiện
    # tốt …") is carried out in the unit of the work: the event's organizer's, else the article's
    (["Ngày 5/3/2020, Đảng ủy xã Mường Giôn tổ chức hội nghị tổng kết công tác năm 2019.",
      "Hội nghị động viên Nhân dân tích cực thi đua lao động sản xuất, góp phần thực hiện Nghị quyết Đại hội "
      "Đảng bộ xã Mường Giôn lần thứ XXIII."],
     Locality("xã", "Mường Giôn"),
     [("implemented", "xã Mường Giôn", "Nghị quyết Đại hội Đảng bộ xã Mường Giôn lần thứ XXIII", None)]),
    (["Trọng tâm tập huấn là nâng cao chất lượng công tác dân chủ, pháp luật nhằm triển khai thực hiện tốt "
      "Kế hoạch công tác nhiệm kỳ 2019-2024 của Đoàn Chủ tịch."],
     None, [("implemented", None, "Kế hoạch công tác nhiệm kỳ 2019-2024 của Đoàn Chủ tịch", None)]),
    # … with words of the aim between, and the aim looking ahead ("nhằm tiếp tục …")
    (["Ngày 19/5/2018, Đảng ủy xã Tam Giang tổ chức phát động cuộc thi viết.",
      "Cuộc thi nhằm tiếp tục đẩy mạnh các hoạt động tuyên truyền việc thực hiện Chỉ thị 05-CT/TW của Bộ "
      "Chính trị."],
     Locality("xã", "Tam Giang"), [("implemented", "xã Tam Giang", "Chỉ thị 05", None)]),
    # ... but not a supervision of it, nor what it is to be for
    (["Đoàn đã làm việc nhằm giám sát việc thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị."], None, []),
    (["Đảng ủy xã sẽ tiếp tục vận động Nhân dân góp phần thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XXIII."],
     Locality("xã", "Mường Giôn"), []),
])
def test_what_the_work_was_for_is_carried_out(texts, ctx, expected):
    assert implementations(*texts, ctx=ctx) == expected


def test_a_meeting_that_reviews_years_of_carrying_a_document_out_reviewed_it():
    # "Hội nghị lần thứ 7 …, sơ kết 5 năm thực hiện Kết luận 62": a review, whatever the event's head
    # (found probing fresh pages)
    got = implementations("Ngày 10/7/2023, Huyện ủy tổ chức Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ huyện khóa XX, "
                          "sơ kết 5 năm thực hiện Kết luận số 62-KL/TW của Bộ Chính trị.", ctx=SON_TINH)
    assert got == [("reviewed", "huyện Sơn Tịnh", "Kết luận 62", None)]


@pytest.mark.parametrize("lead", ["(QNO) - ", "Vừa qua, ", "Mới đây, "])
def test_a_papers_tag_or_a_loose_when_before_the_body_issuing_a_plan(lead):
    # (found probing fresh pages)
    got = implementations(lead + "UBND huyện vừa ban hành Kế hoạch số 12/KH-UBND thực hiện Chỉ thị 16/CT-TTg "
                          "của Thủ tướng Chính phủ.", ctx=SON_TINH)
    assert got == [("issued_plan", "huyện Sơn Tịnh", "Chỉ thị 16", "Kế hoạch 12")]


@pytest.mark.parametrize("text,expected", [
    # more ways to open "Thực hiện X, <body> …" (implementation_verbs 'intro' rows; "Qua N năm
    # thực hiện X" as "Sau N năm …"; found probing fresh pages)
    ("Qua 10 năm thực hiện Luật Phổ biến, giáo dục pháp luật, Hội Liên hiệp phụ nữ huyện đã cụ thể hóa nhiều nội dung.",
     [("implemented", "huyện Sơn Tịnh", "Luật Phổ biến, giáo dục pháp luật", None)]),
    ("Nghiêm túc thực hiện Chỉ thị số 05-CT/TW, Đảng ủy xã Tịnh Hà tổ chức hội nghị.",
     [("implemented", "xã Tịnh Hà", "Chỉ thị 05", None)]),
    ("Thực hiện theo Kế hoạch số 21/KH-UBND của UBND huyện, Đảng ủy xã Tịnh Hà tổ chức hội nghị.",
     [("implemented", "xã Tịnh Hà", "Kế hoạch 21", None)]),
])
def test_more_ways_to_open_what_a_body_carried_out(text, expected):
    assert implementations(text, ctx=SON_TINH) == expected


@pytest.mark.parametrize("texts,expected", [
    # found probing fresh pages: a plan issued "thực hiện Nghị quyết" with no number carries out
    # the one resolution the article named before
    (["Ngày 15/3/2024, Bộ Chính trị ban hành Nghị quyết số 45-NQ/TW về xây dựng đội ngũ trí thức.",
      "Ban Thường vụ Huyện ủy Sơn Tịnh đã ban hành Chương trình hành động số 17-CTr/HU ngày 10/5/2024 về thực "
      "hiện Nghị quyết."],
     [("issued_plan", "huyện Sơn Tịnh", "Nghị quyết 45", "Chương trình 17")]),
    (["Quán triệt Nghị quyết số 45-NQ/TW của Bộ Chính trị, Tỉnh ủy Quảng Ngãi ban hành Chương trình số 51-CTr/TU, "
      "ngày 10/5/2024 thực hiện Nghị quyết."],
     [("issued_plan", "tỉnh Quảng Ngãi", "Nghị quyết 45", "Chương trình 51")]),
    # (two resolutions named before: which one is not said)
    (["Bộ Chính trị ban hành Nghị quyết số 45-NQ/TW và Nghị quyết số 57-NQ/TW.",
      "Ban Thường vụ Huyện ủy Sơn Tịnh đã ban hành Chương trình hành động số 17-CTr/HU về thực hiện Nghị quyết."],
     []),
])
def test_a_plan_carrying_out_the_document_named_before(texts, expected):
    assert implementations(*texts, ctx=SON_TINH) == expected


def test_a_list_of_grounds_each_on_its_line_leads_to_the_body_that_acted():
    # found probing fresh pages: "Căn cứ A;" "Căn cứ B;" "Căn cứ C;", then the plan issued
    got = implementations(
        "Căn cứ Quyết định số 300/QĐ-TTg ngày 2/3/2022 của Thủ tướng Chính phủ;",
        "Căn cứ Quyết định số 45/QĐ-TTg ngày 3/1/2023 của Thủ tướng Chính phủ;",
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 4/4/2022 của Ủy ban nhân dân tỉnh Sơn La;",
        "Ủy ban nhân dân tỉnh Sơn La ban hành Kế hoạch số 150/KH-UBND thực hiện Chương trình năm 2023.")
    assert got == [("issued_plan", "tỉnh Sơn La", d, "Kế hoạch 150")
                   for d in ("Quyết định 300", "Quyết định 45", "Kế hoạch 12")]


@pytest.mark.parametrize("text,expected", [
    # found probing fresh pages: an event named for reviewing a document, however the years and
    # "thực hiện" are written, reviewed it; a review of the year that passes a document on did not
    ("Ngày 5/4/2024, UBND xã Tịnh Hà tổ chức Hội nghị tổng kết 10 năm thi hành Luật Hòa giải ở cơ sở.",
     [("reviewed", "xã Tịnh Hà", "Luật Hòa giải ở cơ sở", None)]),
    ("Ngày 5/4/2024, Huyện ủy Sơn Tịnh tổ chức hội nghị đánh giá 2 năm thực hiện Kết luận số 21-KL/TW.",
     [("reviewed", "huyện Sơn Tịnh", "Kết luận 21", None)]),
    ("Ngày 5/4/2024, UBND xã Tịnh Hà tổ chức Hội nghị tổng kết công tác năm 2023 và triển khai Nghị quyết số "
     "05-NQ/HU.", [("disseminated", "xã Tịnh Hà", "Nghị quyết 05", None)]),
])
def test_an_event_named_for_reviewing_a_document_reviewed_it(text, expected):
    assert implementations(text, ctx=SON_TINH) == expected


def test_cung_after_the_acting_body_is_no_part_of_its_name():
    # found probing fresh pages: "<body> cũng đã quán triệt …" ("also"), one body, not "… tỉnh cũng"
    texts = ("Ngày 3/3/2021, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Phước tổ chức hội nghị quán triệt "
             "Nghị quyết số 25-NQ/TW.",
             "Tại hội nghị, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh cũng đã quán triệt Kế hoạch số 30 thực hiện "
             "Nghị quyết số 25-NQ/TW.")
    sents = sentences(*texts)
    ctx = Locality("tỉnh", "Bình Phước")
    art = Article(id="t", text=" ".join(texts))
    docs = extract_directives(sents, ctx, art)
    evs = extract_events(art, sents, ctx, docs, [])
    bodies = {i.body.name for i in extract_implementations(art, sents, ctx, docs, evs) if i.body}
    assert bodies == {"Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Phước"}
    # … nor is what it asked of others ("Quận ủy Cầu Giấy yêu cầu các chi bộ …")
    texts = ("Ngày 20/2/2024, Ban Thường vụ Quận ủy Cầu Giấy tổ chức hội nghị quán triệt Nghị quyết số 29-NQ/TW.",
             "Sau hội nghị, Quận ủy Cầu Giấy yêu cầu các chi bộ trực thuộc tổ chức học tập, quán triệt Nghị quyết số "
             "29-NQ/TW tới toàn thể đảng viên.")
    sents, ctx = sentences(*texts), Locality("quận", "Cầu Giấy")
    art = Article(id="t", text=" ".join(texts))
    docs = extract_directives(sents, ctx, art)
    evs = extract_events(art, sents, ctx, docs, [])
    bodies = {i.body.name for i in extract_implementations(art, sents, ctx, docs, evs) if i.body}
    assert bodies <= {"Quận ủy Cầu Giấy", "Ban Thường vụ Quận ủy Cầu Giấy"}


def test_a_central_body_named_by_its_head_has_no_locality():
    # lexicon bodies.tsv @national: "Chính phủ", "Bộ Chính trị", a ministry carry out for no unit
    got = implementations("Ngày 10/5/2024, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị quán triệt Chương trình hành "
                          "động của Chính phủ thực hiện Nghị quyết số 19-NQ/TW.", ctx=Locality("tỉnh", "Gia Lai"))
    assert ("issued_plan", None, "Nghị quyết 19",
            "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 19-NQ/TW") in got


def test_a_plan_about_a_named_scheme_is_not_issued_by_the_scheme_s_author():
    # "… của Ban Bí thư về Đề án “…” thực hiện …": a "về" clause or a quoted name is no issuer
    got = implementations("Ngày 10/5/2024, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị quán triệt Kế hoạch số "
                          "12-KH/TU của Ban Bí thư về Đề án “Tăng cường công tác dân vận” thực hiện Quyết định số "
                          "673.", ctx=Locality("tỉnh", "Gia Lai"))
    assert [k for k, *_ in got if k == "issued_plan"] == []
