"""extract(): the pieces together on a whole page."""
import pytest

from graph_builder.extract import extract
from graph_builder.facts import Article


@pytest.mark.parametrize("text,people", [
    # a related headline set between the paragraphs (no "Tin liên quan" before it) is about
    # another province than the page's: its people are not the article's
    ("Đại hội đại biểu MTTQ Việt Nam tỉnh Kon Tum lần thứ XVI\n\n"
     "Trong hai ngày 12 - 13/9/2024, Ủy ban MTTQ Việt Nam tỉnh Kon Tum đã tổ chức Đại hội đại biểu.\n\n"
     "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hà Nam Nguyễn Hồng Lập thăm, chúc Tết các chức sắc tôn giáo\n"
     "Dự đại hội có đồng chí Nguyễn Đức Quân, Phó Chủ tịch UBND tỉnh Kon Tum.\n\n"
     "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Kon Tum Phạm Hữu Tài phát biểu tại đại hội",
     {"Nguyễn Đức Quân", "Phạm Hữu Tài"}),
    # … also when the other province is named only by its Party committee ("Tỉnh ủy Điện Biên"),
    # while a line naming the page's own province's committee stays the article's
    ("Ủy ban MTTQ tỉnh Quảng Nam triển khai cuộc vận động năm 2024\n\n"
     "Chiều 29/2, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Nam Võ Xuân Ca chủ trì hội nghị triển khai.\n\n"
     "Phát biểu của Bí thư Tỉnh ủy Điện Biên Trần Quốc Cường tại Chương trình gặp mặt, tri ân chiến sĩ\n\n"
     "Phó Bí thư Tỉnh ủy Quảng Nam Lê Văn Dũng phát biểu tại hội nghị\n\n"
     "Quang cảnh hội nghị",
     {"Võ Xuân Ca", "Lê Văn Dũng"}),
])
def test_a_headline_about_another_province_between_paragraphs_names_no_one(text, people):
    assert {p.person for p in extract(Article(id="t", text=text)).posts} == people


def test_a_numbered_document_only_the_headline_names_is_the_articles():
    title = "Thực hiện Kế hoạch số 81/KH-UBND ngày 16/3/2022 về chính sách đối với người có uy tín năm 2022"
    text = (title + "\nNgày 21/10, tại Hội trường UBND huyện Quản Bạ đã tổ chức Hội nghị biểu dương người có uy "
            "tín trong vùng đồng bào dân tộc thiểu số theo Nghị quyết số 12/NQ-HĐND của HĐND tỉnh.")
    facts = extract(Article(id="t", text=text, title=title))
    assert sorted(d.key for d in facts.directives) == ["Kế hoạch 81", "Nghị quyết 12"]
    # … but the body's own documents are not read twice from the headline
    facts = extract(Article(id="t", text=title + "\nỦy ban MTTQ Việt Nam huyện thực hiện Kế hoạch số 81/KH-UBND.",
                            title=title))
    assert [d.key for d in facts.directives] == ["Kế hoạch 81"]


def test_the_documents_a_headline_says_the_one_event_passed_on_are_that_events():
    title = "Hội nghị cán bộ chủ chốt quán triệt Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW"
    body = ("Sáng 12/3/2014, Tỉnh ủy Lâm Đồng tổ chức hội nghị cán bộ chủ chốt. Ngày 12/12/2013, Bộ Chính trị "
            "ban hành Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW.")
    facts = extract(Article(id="t", text=title + "\n" + body, title=title))
    assert [e.directives for e in facts.events] == [["Quyết định 217", "Quyết định 218"]]
    # with two events the headline does not say which one passed them on
    facts = extract(Article(id="t", text=title + "\n" + body + " Chiều 13/3/2014, Huyện ủy Đức Trọng tổ chức "
                            "hội nghị tập huấn công tác Đảng.", title=title))
    assert len(facts.events) == 2 and all(e.directives == [] for e in facts.events)


def test_a_title_elected_with_no_body_is_in_the_body_holding_the_congress():
    text = ("Ngày 20/3/2023, Hội Nông dân xã Sơn Giang tổ chức Đại hội đại biểu Hội Nông dân lần thứ XIII, nhiệm kỳ "
            "2023-2028.\nĐại hội đã bầu ra BCH hội khóa XIII gồm có 15 Đ/c. Đ/c Lê Vĩnh Đông - tái cử chức danh Chủ "
            "tịch, Đ/c Lâm Văn Von - tái cử Phó Chủ tịch.")
    facts = extract(Article(id="t", text=text))
    assert {(p.person, p.title, p.body.name) for p in facts.posts} == {
        ("Lê Vĩnh Đông", "Chủ tịch", "Hội Nông dân xã Sơn Giang"),
        ("Lâm Văn Von", "Phó Chủ tịch", "Hội Nông dân xã Sơn Giang")}
    # with no congress, the text does not say of which body: no post
    facts = extract(Article(id="t", text="Đ/c Lê Vĩnh Đông - tái cử chức danh Chủ tịch."))
    assert facts.posts == []


def test_bare_unit_words_name_the_commune_inside_the_articles_district():
    # the page names huyện Hớn Quản most often: the article's unit; "Đảng ủy xã" is xã Minh Tâm's,
    # and so is the bare "Đảng bộ xã" of a document, in the directives, the event's documents and
    # what was carried out alike
    f = extract(Article(id="t", text=(
        "Sáng 12/3/2019, Ủy ban MTTQ Việt Nam xã Minh Tâm tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị "
        "quyết Đại hội Đảng bộ xã lần thứ XII. Dự hội nghị có đồng chí Lê Văn An, Phó Chủ tịch Ủy ban MTTQ Việt "
        "Nam huyện Hớn Quản; đồng chí Trần Văn Bình, Trưởng ban Dân vận Huyện ủy Hớn Quản; đồng chí Nguyễn Thị "
        "Quý, Bí thư Đảng ủy xã và đại diện Hội Nông dân huyện Hớn Quản.")))
    assert (f.locality.type_word, f.locality.name) == ("huyện", "Hớn Quản")
    assert ("Nguyễn Thị Quý", "Bí thư", "Đảng ủy xã Minh Tâm") in \
        {(p.person, p.title, p.body.name) for p in f.posts if p.body is not None}
    key = "Nghị quyết Đại hội Đảng bộ xã Minh Tâm lần thứ XII"
    assert [d.key for d in f.directives] == [key]
    assert [e.directives for e in f.events] == [[key]]
    assert {im.directive for im in f.implementations} == {key}


def test_a_post_in_a_bare_hoi_is_in_the_association_that_held_the_event():
    f = extract(Article(id="t", text=(
        "Sáng 12/3/2023, Hội Liên hiệp Phụ nữ xã Minh Hòa tổ chức hội nghị tổng kết công tác Hội năm 2022. "
        "Bà Trương Thị Tươi, Chủ tịch Hội phát biểu khai mạc hội nghị.")))
    assert ("Trương Thị Tươi", "Chủ tịch", "Hội Liên hiệp Phụ nữ xã Minh Hòa") in \
        {(p.person, p.title, p.body.name) for p in f.posts if p.body is not None}


@pytest.mark.parametrize("text,post", [
    # a committee named for a congress by its head only is the committee of the congress the page
    # names in full
    ("Hậu Giang khai mạc Đại hội đại biểu các dân tộc thiểu số tỉnh Hậu Giang lần thứ IV - năm 2024\n\n"
     "Sáng 30/10/2024, Đại hội đại biểu các dân tộc thiểu số tỉnh Hậu Giang lần thứ IV - năm 2024 khai mạc. "
     "Ông Nguyễn Hoàng Triệu, Trưởng Ban Tổ chức Đại hội phát biểu khai mạc.",
     ("Nguyễn Hoàng Triệu", "Trưởng ban",
      "Ban Tổ chức Đại hội đại biểu các dân tộc thiểu số tỉnh Hậu Giang lần thứ IV - năm 2024")),
    # ... and one named for a campaign, with the one campaign the page quotes
    ("Sáng ngày 20/3/2019, Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” huyện Bố "
     "Trạch tổ chức Hội nghị tổng kết 10 năm. Ông Trần Tiến Sỹ, Trưởng Ban Chỉ đạo Cuộc vận động huyện phát "
     "biểu khai mạc.",
     ("Trần Tiến Sỹ", "Trưởng ban", "Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” "
      "huyện Bố Trạch")),
    # ... quoted in straight quotes (a title's), or a movement's committee with the one movement
    ('Bố Trạch tổng kết Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam"\n\n'
     "Sáng ngày 20/3/2019, huyện Bố Trạch tổ chức Hội nghị tổng kết. Ông Trần Tiến Sỹ, Trưởng Ban Chỉ đạo "
     "Cuộc vận động huyện phát biểu khai mạc.",
     ("Trần Tiến Sỹ", "Trưởng ban", "Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” "
      "huyện Bố Trạch")),
    ("Sáng 5/6/2020, huyện Châu Thành tổng kết Phong trào thi đua “Dân vận khéo” giai đoạn 2016-2020. Đồng chí "
     "Trần Hải Đảo - Phó Bí thư Thường trực Huyện ủy - Trưởng ban Chỉ đạo phong trào huyện Châu Thành chủ trì hội nghị.",
     ("Trần Hải Đảo", "Trưởng ban", "Ban Chỉ đạo phong trào thi đua “Dân vận khéo” huyện Châu Thành")),
])
def test_a_committee_of_a_congress_or_campaign_takes_its_full_name(text, post):
    f = extract(Article(id="t", text=text))
    assert post in {(p.person, p.title, p.body.name) for p in f.posts if p.body is not None}


def test_a_committee_named_with_its_campaign_keeps_its_name():
    f = extract(Article(id="t", text=(
        "Sáng ngày 20/3/2019, Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” huyện Bố "
        "Trạch tổ chức Hội nghị tổng kết. Ông Trần Tiến Sỹ, Trưởng Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu "
        "tiên dùng hàng Việt Nam” huyện Bố Trạch phát biểu khai mạc.")))
    assert ("Trần Tiến Sỹ", "Trưởng ban", "Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” "
            "huyện Bố Trạch") in {(p.person, p.title, p.body.name) for p in f.posts if p.body is not None}


def test_a_steering_committee_written_bare_is_the_one_the_article_names_in_full():
    # found probing fresh pages (thirty-second session): "Trưởng Ban Chỉ đạo" with no purpose, or
    # with only its unit, is of the committee named in full before it (not of one acting: "Ban
    # Chỉ đạo phân bổ …")
    f = extract(Article(id="t", text=(
        "Sáng 26/1, Ban Chỉ đạo Đại hội đại biểu các dân tộc thiểu số tỉnh Đắk Lắk lần thứ IV tổ chức họp. "
        "Ban Chỉ đạo phân bổ số lượng đại biểu cho các huyện. Ông Nguyễn Thiên Văn, Phó Chủ tịch UBND tỉnh, "
        "Trưởng Ban Chỉ đạo chủ trì buổi họp. Ông Nguyễn Thiên Văn, Trưởng Ban Chỉ đạo Đại hội, kết luận buổi họp.")))
    # (written bare twice, one post)
    assert [p.body.name for p in f.posts if p.person == "Nguyễn Thiên Văn" and p.title == "Trưởng ban"] == [
        "Ban Chỉ đạo Đại hội đại biểu các dân tộc thiểu số tỉnh Đắk Lắk"]


def test_a_committee_named_for_one_of_two_congresses_keeps_its_name():
    f = extract(Article(id="t", text=(
        "Sáng 12/5/2019, Ban Chỉ đạo Đại hội họp. Đại hội đại biểu MTTQ Việt Nam tỉnh Kiên Giang lần thứ XI "
        "và Đại hội đại biểu Hội Nông dân tỉnh Kiên Giang lần thứ IX sẽ diễn ra trong năm. Ông Trần Văn A, "
        "Trưởng Ban Chỉ đạo Đại hội chủ trì cuộc họp.")))
    assert ("Trần Văn A", "Trưởng ban", "Ban Chỉ đạo Đại hội") in \
        {(p.person, p.title, p.body.name) for p in f.posts if p.body is not None}


def test_the_mark_ending_a_report_is_a_stop():
    # "./." ends many reports: the body named before it keeps no slash
    text = ("Ngày 19/12/2021 HĐND xã Trung Hà tổ chức kỳ họp thứ 3.\n"
            "Kỳ họp đã bầu ông Lê Đình Hiệu giữ chức Phó Chủ tịch UBND xã Trung Hà./.")
    facts = extract(Article(id="t", text=text))
    assert [(p.person, p.title, p.body.name) for p in facts.posts] == [
        ("Lê Đình Hiệu", "Phó Chủ tịch", "Ủy ban nhân dân xã Trung Hà")]


def test_a_title_typed_with_two_spaces_is_read_and_the_name_kept_as_written():
    f = extract(Article(id="t", text=("Tin tức\n\nSáng 12/3/2024, Đảng ủy xã Tống Trân tổ chức hội nghị. Dự có đồng chí "
                                      "Vũ Lê  Thuận – Phó Bí thư Thường  trực Đảng ủy xã Tống Trân.")))
    assert ("Vũ Lê Thuận", "Phó Bí thư Thường trực", "Đảng ủy xã Tống Trân") in {
        (p.person, p.title, p.body.name) for p in f.posts if p.body is not None}
