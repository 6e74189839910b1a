"""clean: furniture out, title/date/byline found, sentences with exact offsets."""
import pytest

from graph_builder.extract.clean import clean, date_line, split_sentences, unglossed
from graph_builder.facts import Article

PAGE_GIA_VIEN = """Trang thông tin điện tử huyện gia viễn
CHÀO MỪNG ĐẾN TRANG THÔNG TIN ĐIỆN TỬ UBND HUYỆN GIA VIỄN

Bồi dưỡng nghiệp vụ công tác Mặt trận năm 2023

Thứ tư, 04/10/2023

Sáng ngày 04/10, Uỷ ban MTTQ Việt Nam huyện tổ chức Hội nghị bồi dưỡng nghiệp vụ công tác Mặt trận năm 2023. Dự Hội nghị có đồng chí Đinh Trường Sơn, Trưởng ban Dân chủ Pháp luật-Ủy ban MTTQ Việt Nam tỉnh.

Các đại biểu về dự Hội nghị

Đồng chí Mai Thị Kim Dung, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện kết luận Hội nghị

Cẩm Vân, Trung tâm VHTT&TT

Bài viết khác"""

PAGE_SOC_TRANG = """Sóc Trăng: Tập huấn phong trào ‘Đoàn kết sáng tạo’

(Mặt trận) - Sáng ngày 23/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng, tổ chức hội nghị tập huấn phong trào “Đoàn kết sáng tạo” cho cán bộ MTTQ Việt Nam các cấp trong tỉnh.

Thừa Thiên Huế: Hỗ trợ xây nhà Đại đoàn kết và trao gà giống cho các hộ nghèo, cận nghèo

Nghệ An: Vận động hơn 250 tỷ đồng ủng hộ người nghèo

Tham dự hội nghị có ông Lâm Dũng Liêm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đại diện Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; 150 đại biểu là đại diện các huyện.

Đồng chí Trần Thanh Mẫn Bí thư Trung ương Đảng, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam
Xem thêm
Gửi ban biên tập"""


def _clean(text):
    art, sents = clean(Article(id="t", text=text))
    for s in sents:
        assert s.text == text[s.start:s.end]
    return art, sents


def test_header_chrome_title_date_byline():
    art, sents = _clean(PAGE_GIA_VIEN)
    assert art.title == "Bồi dưỡng nghiệp vụ công tác Mặt trận năm 2023"
    assert art.published == "2023-10-04"
    assert art.byline == "Cẩm Vân, Trung tâm VHTT&TT"
    texts = [s.text for s in sents]
    assert not any("Trang thông tin" in t or "CHÀO MỪNG" in t or "Cẩm Vân" in t or "Bài viết" in t for t in texts)
    assert texts[0].startswith("Sáng ngày 04/10")
    assert texts[1].startswith("Dự Hội nghị có đồng chí")


def test_captions_are_kept_and_marked():
    _art, sents = _clean(PAGE_GIA_VIEN)
    captions = [s.text for s in sents if s.caption]
    assert "Các đại biểu về dự Hội nghị" in captions
    assert any(t.endswith("kết luận Hội nghị") for t in captions)


def test_related_headlines_and_sidebar_removed():
    art, sents = _clean(PAGE_SOC_TRANG)
    texts = " ".join(s.text for s in sents)
    assert "Nghệ An" not in texts and "Thừa Thiên Huế" not in texts
    assert "Trần Thanh Mẫn" not in texts and "Xem thêm" not in texts
    assert "Lâm Dũng Liêm" in texts
    assert art.published is None            # no date line: never guessed from "23/12"


def test_caption_split_over_two_lines_is_one_sentence():
    text = ("Tiêu đề bài viết\n\nChiều ngày 01/7/2020, tại Hội trường Cơ quan Ủy ban MTTQ Việt Nam tỉnh đã diễn ra "
            "Hội nghị sơ kết công tác thi đua, khen thưởng Khối Mặt trận - Đoàn thể 6 tháng đầu năm 2020.\n\n"
            "Đồng chí Nguyễn Hữu Lạc, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh\n"
            "trình bày Báo cáo sơ kết công tác thi đua\n\nThiên Sơn\nCác tin khác\nTruy cập tổng 72.244")
    art, sents = _clean(text)
    caption = [s for s in sents if s.caption]
    assert len(caption) == 1 and "Nguyễn Hữu Lạc" in caption[0].text and "trình bày" in caption[0].text
    assert art.byline == "Thiên Sơn"
    assert not any("72.244" in s.text for s in sents)


def test_photo_credit_is_byline_not_sentence():
    text = ("Quảng Nam: Lan tỏa tinh thần đoàn kết\n\n(Mặt trận) - Sáng 22/8, Phó Chủ tịch Ủy ban MTTQ Việt Nam "
            "tỉnh Quảng Nam Lê Thái Bình chủ trì tọa đàm phong trào thi đua trên địa bàn tỉnh với nhiều đại biểu.\n\n"
            "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Thái Bình phát biểu đề dẫn tọa đàm. Ảnh: ĐÔNG ANH  \n")
    art, sents = _clean(text)
    assert art.byline == "ĐÔNG ANH"
    assert sents[-1].text == "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Thái Bình phát biểu đề dẫn tọa đàm."
    # in capitals too, after a caption with no stop (found probing fresh pages)
    art, sents = _clean(text.replace("tọa đàm. Ảnh: ĐÔNG ANH", "tọa đàm ẢNH: ĐÔNG ANH"))
    assert art.byline == "ĐÔNG ANH"
    assert sents[-1].text == "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Thái Bình phát biểu đề dẫn tọa đàm"


@pytest.mark.parametrize("line,iso", [
    ("Thứ tư, 04/10/2023", "2023-10-04"),
    ("07/10/2020 - 03:35 PM", "2020-10-07"),
    ("Ngày cập nhật 02/07/2020", "2020-07-02"),
    ("Ngày 07/11/2023 09:57:07", "2023-11-07"),
    ("03/06/2024 18:27 74 lượt xem", "2024-06-03"),
    ("Cập nhật ngày: 23/06/2016 - 06:20", "2016-06-23"),
    ("19/12/2017 | 04:54", "2017-12-19"),
    ("(Ngày đăng: 3/5/2023)", "2023-05-03"),
    ("Cập nhật lúc 08:15, 12/03/2024", "2024-03-12"),
    ("Sáng ngày 04/10, Uỷ ban MTTQ Việt Nam huyện tổ chức 12/10/2023", None),
    # the author's name before the stamp
    ("Thùy Trang 14/08/2021 07:18", "2021-08-14"),
    ("Thanh Tiến - Quốc Trung 04/07/2024 09:18", "2024-07-04"),
    ("Đình Hiệp - Nguyệt Ánh| 10/03/2022 09:15", "2022-03-10"),
    ("Tin: Nguyễn Văn A, Trần Thị B 04/07/2024", None),
    ("Hội nghị tổng kết 14/08/2021", None),
    # labels and trimmings sites put around the stamp
    ("Ngày đưa:  20/09/2019 01:44:30 PM In bài", "2019-09-20"),
    ("Ngày đăng 04/10/2018 | 08:33  | View count: 42", "2018-10-04"),
    ("Cập nhật lúc 15:42 - 24/01/2021 (GMT +07:00)", "2021-01-24"),
    ("  • Cập nhật: Chủ nhật, 21/7/2024 | 9:13:00 AM", "2024-07-21"),
    ("Đã đăng vào 19/11/2018 lúc 9:36", "2018-11-19"),
    # the author and the time posted before the date
    ("Hoàng Tính - 17:58 14/09/2023 GMT+7", "2023-09-14"),
    # the section's name before the stamp's own label
    ("Chính trị - Ngày đăng : 16:28, 13/12/2016", "2016-12-13"),
    ("Chính trị Thứ Hai 20/10/2025, 10:09", "2025-10-20"),
    ("Kỳ họp lần thứ hai 14/08/2021", None),
    # … or before the stamp itself when it gives the time; the page's print and source buttons
    ("Kinh tế 25/09/2020 - 17:41", "2020-09-25"),
    ("Print Thứ Năm, 22/06/2023 19:10 Gốc", "2023-06-22"),
    ("Xã hội 14/08/2025 13:46", "2025-08-14"),
    # … or the section and the day alone (found probing fresh pages)
    ("Thời sự 19-07-2019", "2019-07-19"),
])
def test_date_line(line, iso):
    assert date_line(line) == iso


@pytest.mark.parametrize("head,published,title", [
    (" date 2025-10-15 Đại hội đại biểu MTTQ phường Vĩnh Phúc lần thứ I", "2025-10-15",
     "Đại hội đại biểu MTTQ phường Vĩnh Phúc lần thứ I"),
    ("Ủy ban MTTQ huyện Mỹ Lộc : KHÁNH THÀNH NHÀ ĐẠI ĐOÀN KẾT 08/10/2021", "2021-10-08",
     "Ủy ban MTTQ huyện Mỹ Lộc : KHÁNH THÀNH NHÀ ĐẠI ĐOÀN KẾT"),
    (" date 2021-11 Đồng chí Phó Chủ tịch Thường trực Quốc hội dự Ngày hội Đại đoàn kết", "2021-11",
     "Đồng chí Phó Chủ tịch Thường trực Quốc hội dự Ngày hội Đại đoàn kết"),
    # a line of links above the headline the page dates, the cue dropped from the title
    ("Liên kết website\nTỉnh ủy, UBND Tỉnh Sở, Ban ngành tỉnh Hội - Đoàn thể UBND Huyện, Thị xã Các trang báo\n"
     "Ngày hội Đại đoàn kết toàn dân tộc xã Mỹ Phúc năm 2021 Ngày cập nhật 09/10/2021", "2021-10-09",
     "Ngày hội Đại đoàn kết toàn dân tộc xã Mỹ Phúc năm 2021"),
    # the portal's banner is no title
    ("Cổng thông tin điện tử huyện Mỹ Lộc\nCổng thông tin điện tử huyện Mỹ Lộc\n"
     "MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ MỸ PHÚC TỔ CHỨC KHÁNH THÀNH NHÀ ĐẠI ĐOÀN KẾT", None,
     "MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ MỸ PHÚC TỔ CHỨC KHÁNH THÀNH NHÀ ĐẠI ĐOÀN KẾT"),
])
def test_date_in_title_line(head, published, title):
    body = ("\n\nSáng 08/10/2021, Ủy ban MTTQ huyện tổ chức khánh thành và bàn giao 01 Nhà đại đoàn kết cho hộ "
            "bà Trần Thị Mùi ở thôn Cấp Tiến 2 trên địa bàn xã Mỹ Phúc của huyện Mỹ Lộc tỉnh Nam Định.")
    art, _ = _clean(head + body)
    assert (art.published, art.title) == (published, title)


def test_a_stamp_glued_to_the_first_word():
    text = ("Thời sự địa phương\nBộ CHQS tỉnh tổ chức phát động thi đua cao điểm\n23/04/2021Sáng 22/04, Bộ Chỉ "
            "huy quân sự tỉnh Vĩnh Long tổ chức Lễ phát động thi đua cao điểm chào mừng bầu cử.")
    art, sents = _clean(text)
    assert (art.published, art.title) == ("2021-04-23", "Bộ CHQS tỉnh tổ chức phát động thi đua cao điểm")
    assert sents[0].text.startswith("Sáng 22/04, Bộ Chỉ huy")


def test_trailing_timestamps_are_not_the_date():
    text = ("15:37 14/04/2021 Sáng 14-4, Uỷ ban MTTQ Việt Nam thành phố tổ chức hội nghị hiệp thương lần thứ 3.\n"
            "14:37 25/11/2024\n13:25 25/11/2024")
    art, sents = _clean(text)
    assert art.published == "2021-04-14"
    assert [s.text for s in sents] == ["Sáng 14-4, Uỷ ban MTTQ Việt Nam thành phố tổ chức hội nghị hiệp thương lần thứ 3."]


def test_an_images_bare_name_under_the_lead_is_no_caption_of_it():
    """"da-son" under the lead is an image's file name: the lead stays the report and the line
    after the image is the caption."""
    text = ("Khu dân cư xóm 5,6,7 xã Đà Sơn tổ chức ngày hội ĐĐK.\n\nTối ngày 13/11, Khu dân cư xóm 5,6,7 xã Đà "
            "Sơn tổ chức ngày hội ĐĐK. Đông đảo cán bộ và nhân dân đã đến dự.\n\nda-son\n\nCác đại biểu và tham "
            "gia ngày hội đại đoàn kết\n\nNăm 2016, bà con nhân dân ở khu dân cư đã tích cực tham gia sôi nổi các "
            "phong trào thi đua yêu nước và xây dựng đời sống văn hóa ở khu dân cư, văn minh đô thị trên địa bàn.")
    _art, sents = _clean(text)
    lead = next(s for s in sents if s.text.startswith("Tối ngày 13/11"))
    assert not lead.caption and not any("da-son" in s.text for s in sents)
    assert [s.text for s in sents if s.caption] == ["Các đại biểu và tham gia ngày hội đại đoàn kết"]


@pytest.mark.parametrize("text,parts", [
    # a title's initials with a dot end nothing ("PCT. Hội phụ nữ huyện"; found probing fresh pages)
    ("Đến dự có đồng chí Lê Thị Hoa – PCT. Hội phụ nữ huyện, đ/c Trần Văn Kiên – Bí thư Đảng ủy xã. Đồng chí Võ "
     "Thị Lan – CT. HPN xã trình bày báo cáo.",
     ["Đến dự có đồng chí Lê Thị Hoa – PCT. Hội phụ nữ huyện, đ/c Trần Văn Kiên – Bí thư Đảng ủy xã.",
      "Đồng chí Võ Thị Lan – CT. HPN xã trình bày báo cáo."]),
    # a ward or district named by its type's initial ends nothing
    ("Sáng ngày 26/8, Đảng bộ P. Thu Thủy đã tổ chức hội nghị. Dự có Q. Bình Thạnh.",
     ["Sáng ngày 26/8, Đảng bộ P. Thu Thủy đã tổ chức hội nghị.", "Dự có Q. Bình Thạnh."]),
    # an abbreviation with its dot inside parentheses ends nothing
    ("Ủy ban MTTQ Việt Nam phường Phú Trinh (Tp. Phan Thiết) tổ chức hội nghị. Dự có ông A.",
     ["Ủy ban MTTQ Việt Nam phường Phú Trinh (Tp. Phan Thiết) tổ chức hội nghị.", "Dự có ông A."]),
    # a "sentence" of only the time and the place opens the report after it
    ("Vào lúc 07 giờ 30 phút, ngày 22/10/2018, tại cơ quan Hội Nông dân huyện. Hội Nông dân huyện tổ chức hội nghị.",
     ["Vào lúc 07 giờ 30 phút, ngày 22/10/2018, tại cơ quan Hội Nông dân huyện. Hội Nông dân huyện tổ chức hội nghị."]),
    # … the venue with its units after commas
    ("Ngày 14/01/2022, tại UBND xã Tân Bình, huyện Phụng Hiệp, tỉnh Hậu Giang. Đoàn TNCS Hồ Chí Minh xã Tân Bình đã "
     "tổ chức Đại hội.",
     ["Ngày 14/01/2022, tại UBND xã Tân Bình, huyện Phụng Hiệp, tỉnh Hậu Giang. Đoàn TNCS Hồ Chí Minh xã Tân Bình đã "
      "tổ chức Đại hội."]),
    # … but a body after the venue's comma is the sentence's subject
    ("Ngày 14/01/2022, tại UBND xã, Đoàn xã tổ chức Đại hội. Đại hội thành công.",
     ["Ngày 14/01/2022, tại UBND xã, Đoàn xã tổ chức Đại hội.", "Đại hội thành công."]),
    ("Ngày 22/10/2018, hội nghị diễn ra. Hội Nông dân huyện chủ trì.",
     ["Ngày 22/10/2018, hội nghị diễn ra.", "Hội Nông dân huyện chủ trì."]),
    ("Tại TP. Hồ Chí Minh có 72.244 người. Hội nghị kết thúc.", ["Tại TP. Hồ Chí Minh có 72.244 người.", "Hội nghị kết thúc."]),
    ("Đ/c. Hà Việt Phong phát biểu.Đồng chí Hưng kết luận.", ["Đ/c. Hà Việt Phong phát biểu.", "Đồng chí Hưng kết luận."]),
    ("Chủ tịch UB.MTTQVN tỉnh phát biểu.", ["Chủ tịch UB.MTTQVN tỉnh phát biểu."]),
    # a caption run into the next without a stop or space: a title glued to a lower-case word
    # starts a sentence; glued to an abbreviation it does not
    ("Góp sức xây dựng đô thị văn minh, hiện đạiChủ tịch Hội Nông dân TP Hà Tĩnh Trương Công Trung báo cáo.",
     ["Góp sức xây dựng đô thị văn minh, hiện đại", "Chủ tịch Hội Nông dân TP Hà Tĩnh Trương Công Trung báo cáo."]),
    ("Ông Hà dự lễ tại TPChủ tịch.", ["Ông Hà dự lễ tại TPChủ tịch."]),
    # a year glued to the capital opening the next sentence; a symbol after a number is no sentence
    ("Hội nghị triển khai nhiệm vụ năm 2019Dự hội nghị có ông Phạm Văn Thành.",
     ["Hội nghị triển khai nhiệm vụ năm 2019", "Dự hội nghị có ông Phạm Văn Thành."]),
    ("Theo Quyết định số 12/2019QĐ-UBND của tỉnh.", ["Theo Quyết định số 12/2019QĐ-UBND của tỉnh."]),
    # a year's stop glued to the next sentence (found probing fresh pages)
    ("Thành đoàn tổ chức Hội nghị tổng kết Chiến dịch hè 2022.Chiến dịch tăng 9,56% so với năm 2021.",
     ["Thành đoàn tổ chức Hội nghị tổng kết Chiến dịch hè 2022.", "Chiến dịch tăng 9,56% so với năm 2021."]),
    ("Dân số 2022.HCM và 1.500 người.", ["Dân số 2022.HCM và 1.500 người."]),
    # a dateline whose time has no comma before the day opens the report too
    ("Vào lúc 14 giờ 00 ngày 24/3/2022. Ủy ban MTTQ phường tổ chức Hội nghị. Dự có ông A.",
     ["Vào lúc 14 giờ 00 ngày 24/3/2022. Ủy ban MTTQ phường tổ chức Hội nghị.", "Dự có ông A."]),
    # the number of a list item is the item's, not a sentence of its own
    ("1. Nghị quyết về dự toán ngân sách năm 2022. 2. Nghị quyết về tổ chức các kỳ họp.",
     ["1. Nghị quyết về dự toán ngân sách năm 2022.", "2. Nghị quyết về tổ chức các kỳ họp."]),
])
def test_split_sentences(text, parts):
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == parts


def test_a_national_leaders_portrait_caption_with_commas_is_furniture():
    page = ("Hội nghị tổng kết\nThứ tư, 04/10/2023\n\nSáng ngày 04/10, Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị "
            "tổng kết công tác Mặt trận năm 2023 với sự tham dự của các đại biểu các xã.\n"
            "Đồng chí Trần Thanh Mẫn, Bí thư Trung ương Đảng, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam\n"
            "Đồng chí Mai Thị Kim Dung, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện phát biểu tại hội nghị\nXem thêm")
    texts = [s.text for s in _clean(page)[1]]
    assert not any("Trần Thanh Mẫn" in t for t in texts)
    assert any("Mai Thị Kim Dung" in t for t in texts)           # a caption of this article stays


def test_a_paragraph_telling_what_a_person_named_without_comma_did_is_the_articles():
    page = ("Kỳ họp thứ 8 HĐND xã\nThứ tư, 04/07/2019\n\nSáng ngày 04/7, HĐND xã tổ chức kỳ họp thứ 8 với sự tham dự "
            "của các đại biểu HĐND xã và đại diện các ban, ngành, đoàn thể của xã.\n"
            "Đồng chí Nguyễn Hồng Sơn Chủ tịch HĐND xã bế mạc kỳ họp và nhấn mạnh một số nhiệm vụ trước mắt và 6 tháng "
            "cuối năm, kêu gọi toàn Đảng, toàn dân thực hiện thắng lợi nghị quyết đã đề ra, phấn đấu đưa xã về đích "
            "nông thôn mới vào cuối năm 2019.\n"
            "Đồng chí Trần Thanh Mẫn Bí thư Trung ương Đảng, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam\nXem thêm")
    texts = [s.text for s in _clean(page)[1]]
    assert any("Nguyễn Hồng Sơn" in t for t in texts)
    assert not any("Trần Thanh Mẫn" in t for t in texts)      # the portrait still goes


def test_a_related_block_in_the_middle_goes_with_its_leaders():
    page = ("Toạ đàm về cuộc vận động\nThứ Tư, 05/11/2025 21:57\nNgày 02/11, UBMTTQ Việt Nam tỉnh Vĩnh Long tổ "
            "chức toạ đàm Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” cho cán bộ các cấp.\n"
            "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên Hoàng Trọng Thao thăm, chúc Tết các chức sắc tôn giáo\n"
            "Đồng chí Hoàng Công Thủy làm việc với Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai\n"
            "Cà Mau: Ra mắt 610 mô hình “Khu dân cư tự quản”\n"
            "Dự toạ đàm có đồng chí Phan Việt Triều, Tỉnh uỷ viên, Chủ tịch UBND tỉnh Vĩnh Long.")
    texts = [s.text for s in _clean(page)[1]]
    assert not any("Hoàng Trọng Thao" in t or "Hoàng Công Thủy" in t or "Cà Mau" in t for t in texts)
    assert texts[-1].startswith("Dự toạ đàm có đồng chí Phan Việt Triều")


@pytest.mark.parametrize("after,kept", [
    # a leader's deed after the block's headlines is the block's last headline
    ("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh Lương Đình Vũ thăm, chúc Tết các chức sắc tôn giáo", False),
    # a caption crediting its photo is the article's
    ("Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Thái Bình phát biểu đề dẫn tọa đàm. Ảnh: ĐÔNG ANH", True),
])
def test_a_line_closing_a_block_of_headlines(after, kept):
    page = ("Triển khai nhiệm vụ công tác Mặt trận năm 2026\n\n(Ngày đăng: 11/1/2026)\n\nTối ngày 9/1/2026, Uỷ ban "
            "MTTQ Việt Nam xã Hồ Đắc Kiện đã tổ chức Hội nghị triển khai nhiệm vụ công tác Mặt trận năm 2026.\n\n"
            "Vĩnh Long: Giám sát việc thực hiện chính sách bảo hiểm y tế tại 316 xã\n\n"
            "Đồng Tháp: Hơn 956 đại biểu dự Ngày hội Đại đoàn kết toàn dân tộc\n"
            "Thái Nguyên: Vận động hơn 76 tỷ đồng ủng hộ Quỹ “Vì người nghèo”\n\n"
            f"{after}\nDự hội nghị có đồng chí Võ Thuyên - Chủ tịch HĐND xã Hồ Đắc Kiện.")
    texts = [s.text for s in _clean(page)[1]]
    assert not any("Vĩnh Long" in t or "Đồng Tháp" in t for t in texts)
    assert any(after.split(" Ảnh:")[0] in t for t in texts) == kept
    assert texts[-1].startswith("Dự hội nghị có đồng chí Võ Thuyên")


def test_a_related_block_inside_the_article_does_not_end_it():
    page = ("Đại hội MTTQ phường\nThứ Hai, 18/08/2025 10:20\n\nSáng 16/8, Ủy ban MTTQ Việt Nam phường Hòa Bình tổ chức "
            "Đại hội đại biểu MTTQ Việt Nam phường lần thứ I, nhiệm kỳ 2025 - 2030 với 120 đại biểu chính thức.\n\n"
            "Tin liên quan\nPhú Thọ: Hơn 300 đại biểu dự Đại hội MTTQ Việt Nam xã Tân Sơn\n\n"
            "Phát biểu chỉ đạo đại hội, đồng chí Nguyễn Văn Hùng ghi nhận những kết quả mà Mặt trận phường đạt được "
            "sau sắp xếp đơn vị hành chính trong thời gian qua.\n\nTin liên quan\nHà Nội: Ra mắt Ủy ban MTTQ phường\n")
    texts = [s.text for s in _clean(page)[1]]
    assert any(t.startswith("Phát biểu chỉ đạo đại hội") for t in texts)
    assert not any("Tân Sơn" in t or "Ra mắt" in t or t == "Tin liên quan" for t in texts)


def test_the_date_stamp_after_the_sapo_is_the_pages_date():
    art, _ = _clean("Vĩnh Tường phát huy sức mạnh đại đoàn kết toàn dân tộc\n"
                    "(Phương Nam Plus) - Ông Lê Nguyễn Thành Trung, Chủ tịch UBMTTQ Việt Nam huyện Vĩnh Tường "
                    "khóa XX được tín nhiệm tái đắc cử Chủ tịch UB MTTQ Việt Nam huyện khóa XXI, nhiệm kỳ 2019-2024, "
                    "với số phiếu cao.\n16:53 11-04-2019\n\nSáng 11/4, Mặt trận huyện tổ chức đại hội.")
    assert art.published == "2019-04-11"


def test_a_page_wrapped_at_a_fixed_width_reads_as_its_sentences():
    text = ("Ngày 17/7/2015, Ban Thường trực Ủy ban MTTQ TP Hà Nội tổ chức hội nghị sơ kết, triển\n"
            "khai nhiệm vụ trọng tâm 6 tháng cuối năm 2015. Dự hội nghị có đồng\n"
            "chí Đào Văn Bình, Phó Chủ tịch Ủy ban TW MTTQ Việt Nam.")
    _, sents = _clean(text)
    assert [s.norm for s in sents][:1] == ["Ngày 17/7/2015, Ban Thường trực Ủy ban MTTQ TP Hà Nội tổ chức hội nghị "
                                           "sơ kết, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2015."]
    assert "đồng chí Đào Văn Bình" in sents[1].norm


def test_a_line_ending_on_a_word_its_figure_completes_goes_on():
    # "… Quyết định số" / "142/QĐ-TTg …": the number is on the next line (found probing fresh pages)
    text = ("Tiêu đề bài viết về hội nghị\n\nThực hiện Quyết định số\n142/QĐ-TTg ngày 5/3/2020 của Thủ tướng "
            "Chính phủ, UBND tỉnh ban hành Kế hoạch số 56/KH-UBND.\nCác xã triển khai kế hoạch.")
    _, sents = _clean(text)
    assert any(s.norm.startswith("Thực hiện Quyết định số 142/QĐ-TTg ngày 5/3/2020") for s in sents)


def test_a_line_ending_on_a_bodys_head_word_goes_on_with_its_name():
    # "… Phó Chủ tịch Ủy ban" / "MTTQ Việt Nam TP phát biểu …" (found probing fresh pages)
    text = ("Kiểm tra công tác Mặt trận\n\nChiều ngày 3/10, đoàn kiểm tra làm việc với quận Cầu Giấy.\n"
            "Đ/c Lê Văn Nam – Phó Chủ tịch Ủy ban\nMTTQ Việt Nam TP phát biểu tại hội nghị.")
    _, sents = _clean(text)
    assert any(s.norm == "Đ/c Lê Văn Nam – Phó Chủ tịch Ủy ban MTTQ Việt Nam TP phát biểu tại hội nghị."
               for s in sents)


def test_a_short_first_line_of_a_paragraph_on_a_wrapped_page_goes_on():
    """On a page wrapped at a fixed width a paragraph's first line may be short ("Về dự có đồng chí
    Nguyễn" / "Mạnh Hùng, …"): it goes on into the wrapped lines under it."""
    text = ("Đảng bộ xã Gia Xuân tổ chức hội nghị sơ kết giữa nhiệm kỳ 2020 - 2025\n"
            "Sáng 25/4/2023, Đảng bộ\n"
            "xã Gia Xuân tổ chức Hội nghị Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội\n"
            "Đảng bộ xã Gia Xuân lần thứ XXIV, nhiệm kỳ 2020- 2025.\n"
            "Về dự có đồng chí Nguyễn\n"
            "Mạnh Hùng, UVBTV, Trưởng Ban Tuyên giáo, Giám đốc Trung tâm Chính trị huyện; đồng\n"
            "chí Lã Thị Thanh Tuyền, HUV, Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Huyện ủy, các đồng chí Thường\n"
            "trực Đảng ủy, HĐND, lãnh đạo UBND xã; Trưởng các ngành, đoàn thể chính trị - xã hội của xã và các\n"
            "đồng chí Bí thư chi bộ, đảng viên trong toàn đảng bộ.")
    _, sents = _clean(text)
    norms = [s.norm for s in sents]
    assert any(n.startswith("Sáng 25/4/2023, Đảng bộ xã Gia Xuân tổ chức Hội nghị") for n in norms)
    assert any(n.startswith("Về dự có đồng chí Nguyễn Mạnh Hùng, UVBTV") for n in norms)


def test_a_short_line_going_on_in_lower_case_on_a_wrapped_page_is_one_sentence():
    # a paragraph's short first line ("Đồng chí Trần Thị Thu, Phó Bí") goes on into the next line
    # when that opens in lower case, however short both are
    text = ("Tối ngày 27/9/2017, tại Công viên Lê Duẩn, TP. Đông Hà, Ban Thường vụ\n"
            "Tỉnh đoàn tổ chức Chương trình nghệ thuật chào mừng và thông báo nhanh kết quả Đại\n"
            "hội Đoàn TNCS Hồ Chí Minh tỉnh Quảng Trị lần thứ XII, nhiệm kỳ 2017 - 2022.\n"
            "Về tham dự chương trình, có đồng\n"
            "chí Lê Thị Lan Hương – UVBTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đại diện lãnh\n"
            "đạo UBND tỉnh; đại diện lãnh đạo các đoàn thể cấp tỉnh; các đồng\n"
            "chí đại diện BTV các huyện, thị, thành Đoàn, Đoàn trực thuộc, đại diện lãnh đạo\n"
            "các đơn vị sự nghiệp trực thuộc Tỉnh đoàn, phóng viên, báo đài dự và đưa tin\n"
            "cùng hơn 1.000 đoàn\n"
            "viên, thanh niên và nhân dân trên địa bàn thành phố.\n"
            "\n"
            "Đồng chí Trần Thị Thu, Phó Bí\n"
            "thư Tỉnh đoàn báo cáo nhanh kết quả Đại hội\n"
            "Trong chương\n"
            "trình, đoàn viên, thanh niên đã được nghe thông báo nhanh về tình hình tổ chức,\n"
            "kết quả Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Quảng Trị lần thứ XII.")
    norms = [s.norm for s in _clean(text)[1]]
    assert any(n.startswith("Đồng chí Trần Thị Thu, Phó Bí thư Tỉnh đoàn báo cáo") for n in norms)


def test_a_long_body_line_naming_national_bodies_is_not_a_portrait():
    """A sidebar portrait is a caption-length line; a body line cut short that names a Party
    document of the Ban Bí thư is the article's."""
    line = ("Đồng chí A Ten, Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng Đảng ủy, quán triệt Chỉ thị số "
            "50-CT/TW ngày 23-7-2025 của Ban Bí thư về \"tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi "
            "bộ trong gia")
    _, sents = _clean("Sáng ngày 28/8/2025, Đảng ủy xã Ya Ly đã tổ chức Hội nghị phổ biến, quán triệt văn bản.\n"
                      + line)
    assert any("Chỉ thị số 50-CT/TW" in s.text for s in sents)


def test_credit_lines_and_squashed_related_headlines_are_furniture():
    text = ("Sáng 16/12, UBND TP. Quảng Ngãi tổ chức Lễ công bố Nghị quyết số 1279/NQ-UBTVQH15 về việc sắp xếp "
            "đơn vị hành chính cấp xã của tỉnh Quảng Ngãi.\n"
            "Quảng Ngãi thu ngân sách năm 2024 gần 30 nghìn tỷ đồng, vượt 15,5% dự toán Tình trạng lãng phí "
            "đất đai được nhiều cử tri quan tâm tại kỳ họp thứ 29, HĐND tỉnh Quảng Ngãi Bí thư Tỉnh ủy Quảng "
            "Ngãi Bùi Thị Quỳnh Vân: Phải sớm xử lý các dự án chậm tiến độ, lãng phí đất đai\n"
            "Đây là hoạt động ý nghĩa.\n"
            "Nguồn tin: Nguyễn Thị Hạnh- UVTT Uỷ ban MTTQ Việt Nam huyện Quế Sơn\n"
            "Các tin mới hơn:\nCác tin cũ hơn:")
    art, sents = _clean(text)
    assert [s.text for s in sents] == [text.split("\n")[0], "Đây là hoạt động ý nghĩa."]
    assert art.byline.startswith("Nguyễn Thị Hạnh")


def test_a_paragraph_cut_after_a_colon_listing_documents_is_no_squashed_headlines():
    text = ("Ngày 02/7/2019, BTV Tỉnh đoàn tổ chức hội nghị quán triệt các nghị quyết.\n"
            "Đồng chí Bí thư Tỉnh đoàn cũng đã quán triệt các nghị quyết của Ban Chấp hành Trung ương Đảng khóa "
            "XII: Nghị quyết số 18-NQ/TW “Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ "
            "thống chính trị tinh gọn, hoạt động hiệu lực, hiệ")
    _art, sents = _clean(text)
    assert any("Nghị quyết số 18-NQ/TW" in s.text for s in sents)


def test_a_word_left_alone_on_a_line_joins_the_rest_of_its_sentence():
    text = ("Sáng 5/3, Ủy ban MTTQ huyện tổ chức hội nghị tổng kết công tác năm 2019.\nPhát\nbiểu khai mạc hội "
            "nghị, đồng chí Phùng Huy Hiền – Chủ tịch Ủy ban MTTQ huyện đã nêu lên một số tồn tại, hạn chế trong "
            "công tác Mặt trận năm qua và đề nghị các tổ chức thành viên tiếp tục phối hợp chặt chẽ, nâng cao chất "
            "lượng các cuộc vận động trên địa bàn.")
    _art, sents = _clean(text)
    assert any(s.norm.startswith("Phát biểu khai mạc hội nghị, đồng chí Phùng Huy Hiền") for s in sents)


def test_a_lead_with_its_venue_instead_of_a_comma_is_no_title():
    text = ("Ngày 20/4/2021 tại xã Tân Lợi Hội LHPN Tân Lợi tổ chức Đại hội đại biểu phụ nữ xã Tân Lợi lần thứ XXII\n\n"
            "Đồng chí Chủ tịch Hội LHPN đã đánh giá phong trào phụ nữ.")
    art, sents = _clean(text)
    assert art.title is None and sents[0].text.startswith("Ngày 20/4/2021 tại xã Tân Lợi")


def test_a_lead_with_its_stop_left_off_is_no_related_headline():
    text = ("Biểu dương điển hình tiên tiến Hội nông dân\n\nKinh tế 25/09/2020 - 17:41\n\n"
            "Sáng 25/9, Hội Nông dân tỉnh Thái Nguyên tổ chức hội nghị điển hình tiên tiến Hội nông dân giai đoạn "
            "2015 - 2020\n\nBiểu dương điển hình tiên tiến Hội nông dân - ảnh 1\n\n"
            "Qua 5 năm, các cấp hội nông dân tỉnh Thái Nguyên đã có nhiều đổi mới.")
    art, sents = _clean(text)
    assert art.published == "2020-09-25"
    assert sents[0].text.startswith("Sáng 25/9, Hội Nông dân")


def test_a_long_rule_under_the_text_ends_it_after_the_signature():
    text = ("Sáng Chủ nhật - ngày 13/9, Đoàn thanh niên phường An Đông tổ chức Hội nghị giáo dục lý tưởng cách "
            "mạng cho thế hệ trẻ năm 2020.\n\n------------------------------------------------\n"
            "Thái Hùng (Trung tâm văn hóa, thông tin và thể thao TP Huế)\n\n\n"
            "Đ/c Hoàng Hải Minh - Chủ tịch UBND thành phố Huế, nhận mẫu tượng “Người đàn ông cúi chào” của thành "
            "phố Namyangju, Hàn Quốc trao tặng thành phố Huế..")
    art, sents = _clean(text)
    assert [s.text for s in sents] == [text.split("\n")[0]]
    assert art.byline.startswith("Thái Hùng")


def test_a_closing_author_line_with_a_dash_is_the_byline_and_a_named_caption_is_not():
    body = "Sáng 12/3/2022, Hội CCB phường tổ chức Đại hội nhiệm kỳ 2022 – 2027.\n\n"
    art, sents = _clean(body + "Nguyễn Hương- Công chức VHXH xã Thống Nhất")
    assert art.byline == "Nguyễn Hương- Công chức VHXH xã Thống Nhất" and len(sents) == 1
    art, sents = _clean(body + "Dương Thị Thu Huyền  - Cán bộ VHTT")
    assert art.byline.startswith("Dương Thị Thu Huyền") and len(sents) == 1
    # a person named with an honorific is someone the page shows, not its author
    art, sents = _clean(body + "Ông Lê Văn Sơn - Chủ tịch Hội CCB phường")
    assert art.byline is None and sents[-1].text == "Ông Lê Văn Sơn - Chủ tịch Hội CCB phường"


def test_a_line_repeated_cut_short_under_the_whole_one_is_dropped():
    whole = "Đồng chí Thượng tướng Bế Xuân Trường, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam phát biểu"
    text = ("Sáng 12/3/2022, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị.\n\n" + whole + "\n\n"
            "Đồng chí Thượng tướng Bế Xuân Trường, Phó Chủ tịch Ủy ban\n\nHội nghị đã thống nhất các nội dung.")
    art, sents = _clean(text)
    assert [s.text for s in sents][1:] == [whole, "Hội nghị đã thống nhất các nội dung."]
    # the title the lead starts with stays: the shorter line comes first
    art, sents = _clean("Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 9\n\n"
                        "Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 9 diễn ra sáng 12/3/2022.")
    assert art.title == "Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 9"


def test_newer_and_older_news_links_end_the_article_with_the_portrait_under_them():
    text = ("Chiều, ngày 19.3, Ban Thường trực Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị giao ban công tác Mặt "
            "trận quý I/2020 và phát động, ký kết thi đua năm 2020.\nTại hội nghị này, Ban Thường trực Ủy ban MTTQ "
            "Việt Nam huyện đã triển khai thang điểm thi đua năm 2020, phát động ký kết thi đua.\n"
            "Phạm Thị Huyền - MTTQVN huyện Tân Biên\nNhững tin mới hơn\nNhững tin cũ hơn\n"
            "![]() | Đồng chí VÕ ĐỨC TRONG Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tây Ninh\n|")
    art, sents = _clean(text)
    assert not any("TRONG" in s.text for s in sents)


def test_the_sites_editorial_board_starts_the_footer():
    text = ("Chiều ngày 29/3, Mặt trận phường Bình Hiên tổ chức Hội nghị phản biện xã hội.\n\n"
            "TRANG THÔNG TIN ĐIỆN TỬ UỶ BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ ĐÀ NẴNG\n\n"
            "Trưởng Ban biên tập: Bà Tăng Hoàng Hôn Thắm, Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam thành phố\n"
            "Địa chỉ: 10-12 Trần Phú, Q.Hải Châu, TP Đà Nẵng\n")
    art, sents = _clean(text)
    assert not any("Thắm" in s.text for s in sents)
    # … as does the line naming who answers for the content
    art, sents = _clean("Sáng 3/10, hội nghị diễn ra.\nChịu trách nhiệm nội dung: Ông Nguyễn Văn An, Chủ tịch "
                        "Ủy ban MTTQ Việt Nam huyện\n")
    assert not any("Nguyễn Văn An" in s.text for s in sents)


def test_the_sites_clock_above_the_title_is_not_the_pages_date():
    text = ("Thứ năm 05/03/2026 19:02\nHotline: 024.355.63.010\nThời cuộc\n\n"
            "Bình Dương khai mạc Đại hội đại biểu Mặt trận Tổ quốc lần thứ X, nhiệm kỳ 2024-2029\n\n"
            "26/08/2024 22:29\nChiều 26/8, tại Trung tâm Hội nghị Triển lãm tỉnh, Đại hội khai mạc.\n")
    a, _ = clean(Article(id="t", text=text))
    assert (a.published, a.title) == ("2024-08-26", "Bình Dương khai mạc Đại hội đại biểu Mặt trận Tổ quốc lần "
                                                    "thứ X, nhiệm kỳ 2024-2029")
    # alone, a weekday stamp is still the date
    a, _ = clean(Article(id="t", text="Tiêu đề bài viết\nThứ tư, 04/10/2023\nSáng 3/10, hội nghị diễn ra.\n"))
    assert a.published == "2023-10-04"


@pytest.mark.parametrize("above", [
    "Tin mới",                      # a section's label
    "Chi tiết tin\n\nA+ | A | A-",  # the page's label and its text-size buttons
    "Thứ Tư, 29 Tháng Ba, 2023",    # the site's date in words
])
def test_the_lines_above_a_headline_are_not_the_title(above):
    a, _ = clean(Article(id="t", text=above + "\n\nTrà Vinh: Tổ chức học tập Nghị quyết Đại hội Đoàn\n\n"
                                             "Ngày 13/3/2023, Ban Thường vụ Tỉnh đoàn tổ chức học tập Nghị quyết.\n"))
    assert a.title == "Trà Vinh: Tổ chức học tập Nghị quyết Đại hội Đoàn"


def test_a_photo_credited_to_elsewhere_is_neither_the_title_nor_the_articles():
    a, sents = clean(Article(id="t", text="Thủ tướng Phạm Minh Chính và các đại biểu thực hiện nghi thức phát động "
                                          "phong trào (Ảnh Internet)\nNgày 22/4/2025, Ban Chỉ đạo Thành ủy ban hành "
                                          "kế hoạch số 05 triển khai phong trào.\n"))
    assert a.title is None
    assert [s.text[:8] for s in sents] == ["Ngày 22/"]
    # a caption credited to its photographer is the article's
    _a, sents = clean(Article(id="t", text="Hội nghị tổng kết\n\nSáng 5/3, Ủy ban MTTQ huyện tổ chức hội nghị.\n"
                                           "Đồng chí Lê Văn An phát biểu tại hội nghị (Ảnh: Minh Hải)\n"))
    assert any(s.text.startswith("Đồng chí Lê Văn An") for s in sents)


def test_a_short_line_ending_in_a_semicolon_is_a_sentence_not_a_caption():
    _art, sents = _clean("HỘI NGHỊ LẦN THỨ TÁM, TỔNG KẾT CÔNG TÁC MẶT TRẬN NĂM 2023\n\n"
                         "Thực hiện sự chỉ đạo của Đảng ủy xã Quân Hà;\n\n"
                         "Ngày 20/12/2023, Mặt trận Tổ quốc xã Quân Hà tổ chức hội nghị lần thứ tám;\n\n"
                         "Toàn cảnh Hội nghị")
    assert [(s.text, s.caption) for s in sents] == [
        ("Thực hiện sự chỉ đạo của Đảng ủy xã Quân Hà;", False),
        ("Ngày 20/12/2023, Mặt trận Tổ quốc xã Quân Hà tổ chức hội nghị lần thứ tám;", False),
        ("Toàn cảnh Hội nghị", True)]


def test_a_line_reporting_an_event_just_held_is_the_lead_not_a_caption():
    _art, sents = _clean("Kiên Hải hội nghị triển khai Đề án 938\n\n(09:54 | 19/10/2018)\n\n"
                         "Hội Liên hiệp Phụ nữ tỉnh Kiên Giang phối hợp với Ủy ban nhân dân huyện Kiên Hải vừa tổ chức "
                         "hội nghị triển khai Đề án 938, ngày 30/6/2017 trên địa bàn huyện\n\n"
                         "Để thực hiện tốt Đề án 938 trên địa bàn huyện Kiên Hải.\n\n"
                         "Quang cảnh hội nghị")
    assert [s.caption for s in sents] == [False, False, True]


def test_a_photo_label_is_not_a_wrapped_lines_continuation():
    _art, sents = _clean("Hội nghị quán triệt Nghị quyết\n\nNgày 5/3, Huyện ủy tổ chức hội nghị quán triệt Nghị quyết "
                         "Trung ương 8 cho 250 cán bộ chủ chốt của huyện.\n"
                         "Đ/c Mai Đình Lự- Bí thư Huyện ủy quán triệt nội dung Nghị quyết\n"
                         "ảnh 2: Quang cảnh hội nghị")
    assert "Đ/c Mai Đình Lự- Bí thư Huyện ủy quán triệt nội dung Nghị quyết" in [s.text for s in sents]


def test_a_first_line_telling_the_day_is_the_lead_not_the_title():
    art, sents = _clean("Ngày 28/01/2026, Liên đoàn Lao động tỉnh tổ chức Hội nghị tuyên truyền cho cán bộ công đoàn\n"
                        "Đồng chí Hà Văn Vỹ, Phó Chủ tịch Liên đoàn Lao động tỉnh đã trực tiếp tuyên truyền.")
    assert art.title is None
    assert (sents[0].text.startswith("Ngày 28/01/2026"), sents[0].caption) == (True, False)


@pytest.mark.parametrize("stamp,title", [
    # the stamp first, then the headline: the headline is the title, not a caption of the body
    ("09/12/2022", 'Ngày hội "Đại đoàn kết toàn dân tộc" phường Văn Đẩu'),
    ("09:08, 24/08/2021", "Hội nghị Huyện ủy Cam Lâm lần thứ 6"),
])
def test_the_stamp_first_then_the_headline(stamp, title):
    art, sents = _clean(f"{stamp}\n{title}\nThực hiện Kế hoạch của Ủy ban MTTQ Việt Nam phường về tổ chức "
                        "Ngày hội Đại đoàn kết toàn dân tộc, các tổ dân phố trên địa bàn phường đã sôi nổi tổ "
                        "chức các hoạt động kỷ niệm.")
    assert (art.title, sents[0].text.startswith("Thực hiện")) == (title, True)
    # a photo's caption under the stamp ends with its stop: no title
    art, _ = _clean(f"{stamp}\nQuang cảnh đại hội.\nThực hiện Kế hoạch của Ủy ban MTTQ Việt Nam phường, "
                    "các tổ dân phố đã tổ chức các hoạt động kỷ niệm.")
    assert art.title is None


def test_the_date_stamp_after_the_sapo_and_its_photo_caption():
    text = ("Đường dây nóng: 0237 3721150\n\nHuyện uỷ Thọ Xuân triển khai Chỉ thị số 35 của Bộ Chính trị\n\n"
            "Sáng ngày 12/9, Huyện uỷ Thọ Xuân đã tổ chức Hội nghị cán bộ chủ chốt quán triệt, triển khai thực hiện "
            "Chỉ thị số 35 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội toàn quốc lần thứ XIV.\n\n"
            "Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch huyện Thọ Xuân\n\n12/09/2024 23:06\n\n"
            "Bám sát Chỉ thị 35 của Bộ Chính trị, Ban Thường vụ Huyện ủy đã ban hành kế hoạch tổ chức đại hội.\n\n"
            "Một bài khác\n\n11/09/2024 08:00")
    art, _ = _clean(text)
    assert art.published == "2024-09-12"


def test_a_page_wrapped_at_a_fixed_width_is_read_in_sentences():
    # lines cut at a fixed width go on with a capital too ("… MTTQ Việt" / "Nam huyện …"), but
    # not from the title, nor onto the line opening with the day
    text = ("Đại hội đại biểu MTTQ Việt Nam huyện Hàm Tân, lần thứ IX, nhiệm kỳ 2024 – 2029\n"
            "Ngày 27/6 và 28/6/2024, tại Hội trường UBND huyện Hàm Tân, Ủy\n"
            "ban MTTQ Việt Nam huyện Hàm Tân long trọng tổ chức Đại hội đại biểu MTTQ Việt\n"
            "Nam huyện, lần thứ IX, nhiệm kỳ 2024 - 2029. Tham dự Đại hội có 149 đại biểu chính\n"
            "thức đại diện cho các tầng lớp Nhân dân, các dân tộc, tôn giáo trong toàn huyện.\n"
            "Bà Trần Thị Thanh Hương – Phó Chủ tịch UBMTTQVN tỉnh và ông Dương Văn Đông – Phó\n"
            "Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện dự và chỉ đạo Đại hội. Ông Lê\n"
            "Văn Hải phát biểu khai mạc Đại hội, ông Nguyễn Văn Nam trình bày báo cáo chính trị.\n")
    art, sents = _clean(text)
    assert art.title == "Đại hội đại biểu MTTQ Việt Nam huyện Hàm Tân, lần thứ IX, nhiệm kỳ 2024 – 2029"
    assert [" ".join(s.text.split()) for s in sents][:2] == [
        "Ngày 27/6 và 28/6/2024, tại Hội trường UBND huyện Hàm Tân, Ủy ban MTTQ Việt Nam huyện Hàm Tân long trọng "
        "tổ chức Đại hội đại biểu MTTQ Việt Nam huyện, lần thứ IX, nhiệm kỳ 2024 - 2029.",
        "Tham dự Đại hội có 149 đại biểu chính thức đại diện cho các tầng lớp Nhân dân, các dân tộc, tôn giáo trong "
        "toàn huyện."]


def test_a_wrapped_page_whose_first_line_runs_on_has_no_title_there():
    # the first line already ran on over lines ("… Mặt" / "trận …" / "ban …"): a paragraph, which
    # goes on with a capital too ("… xã Liên" / "Hà đã tổ chức …")
    text = ("Thực hiện Chương trình công tác Mặt\n"
            "trận năm 2015 và quy chế phối hợp phản biện xã hội giữa HĐND - UBND - Ủy\n"
            "ban MTTQ xã Liên Hà, chiều ngày 19/6/2015, Ban Thường trực Uỷ ban MTTQ xã Liên\n"
            "Hà đã tổ chức hội nghị phản biện xã hội đối với dự\n"
            "thảo Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2015 và\n"
            "phương hướng nhiệm vụ trọng tâm 6 tháng cuối năm của huyện.\n"
            "Đồng chí Phạm Văn Nam - Phó bí thư Đảng ủy, Chủ tịch UBND xã tiếp thu ý\n"
            "kiến của đại biểu tại hội nghị phản biện xã hội của Mặt trận xã năm 2015.\n"
            "Tới dự hội nghị có các đồng chí: Phạm Văn Hảo – HUV, Phó Chủ tịch Uỷ ban MTTQ huyện; Đỗ\n"
            "Thị Phượng - Bí thư Đảng ủy xã; các Ủy viên Ủy ban MTTQ xã khóa 16; Trưởng các ban, ngành\n"
            "đoàn thể của xã; Bí thư Chi bộ, Hiệu trưởng các nhà trường, Chủ nhiệm các hợp tác xã.\n")
    art, sents = _clean(text)
    assert art.title is None
    assert " ".join(sents[0].text.split()).startswith("Thực hiện Chương trình công tác Mặt trận năm 2015")
    assert "xã Liên Hà đã tổ chức hội nghị" in " ".join(sents[0].text.split())


def test_a_photo_caption_after_the_marker_is_kept_and_a_credit_is_not():
    text = ("Tin tổng hợp\n\nHuyện Xuyên Mộc: Hội nghị Uỷ ban mặt trận Tổ quốc huyện lần thứ 11\n\n"
            "Sáng ngày 15/3, Ủy ban MTTQ huyện Xuyên Mộc tổ chức hội nghị lần thứ 11, nhiệm kỳ 2014-2019. Dự, "
            "chỉ đạo hội nghị có ông: Nguyễn Văn Độ - Phó Bí thư Thường trực Huyện ủy.\n\n\n"
            "ảnh: bà Phan Thị Mỹ Dung, PCT UBMTTQ huyện báo cáo tại hội nghị\n\n"
            "Trong năm 2018, Mặt trận Tổ quốc các cấp đã phối hợp với các ngành chức năng trên địa bàn huyện.\n\n"
            "Ảnh: Thanh Nội")
    art, sents = _clean(text)
    kept = [s.text for s in sents]
    assert "ảnh: bà Phan Thị Mỹ Dung, PCT UBMTTQ huyện báo cáo tại hội nghị" in kept
    assert not any("Thanh Nội" in t for t in kept) and art.byline == "Thanh Nội"


@pytest.mark.parametrize("title,iso", [
    ("HUYỆN MỸ LỘC 08/10/2021", "2021-10-08"),
    # the time it was posted, after the date or before it in brackets
    ("346 đại biểu dự Đại hội đại biểu MTTQ Việt Nam tỉnh Đồng Nai lần thứ I 07/11/2025 17:02", "2025-11-07"),
    ("Hoàng Mai: Quán triệt Nghị quyết Đại hội Đảng bộ quận lần thứ IV (11:25 21/09/2020)", "2020-09-21"),
    ("Kỷ niệm 90 năm Ngày truyền thống", None),
])
def test_a_title_ending_with_its_date(title, iso):
    from graph_builder.extract.clean import date_suffix
    got = date_suffix(title)
    assert (got[0] if got else None) == iso


def test_the_stamp_under_the_title_when_the_sapo_comes_first():
    art, _ = _clean("Trong 13 ứng viên ĐBQH, có 5 ứng viên nộp đơn xin rút tại cuộc họp sáng nay. Như vậy, Đà Nẵng "
                    "còn 8 ứng viên ĐBQH và sẽ có thêm 2 ứng viên do Trung ương giới thiệu.\nĐà Nẵng: 5 ứng viên Đại biểu Quốc hội nộp đơn xin rút\n"
                    "Lê Đình Dũng | 15/04/2016, 12:06\n\nTrong 13 ứng viên ĐBQH, có 5 ứng viên nộp đơn xin rút.")
    assert art.published == "2016-04-15"


def test_a_full_stop_on_a_line_of_its_own_ends_the_paragraph_and_a_counter_is_no_title():
    art, sents = _clean("Tuổi trẻ Chơn Thành phấn đấu hoàn thành 15 chỉ tiêu cho nhiệm kỳ mới\n\n"
                        "22:18 25/06/2022     1761\n\n"
                        "Công tác giáo dục   ĐTN: Ngày 22/6, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh huyện Chơn Thành "
                        "lần thứ V đã diễn ra với sự tham dự của hơn 120 đại biểu chính thức\n\n.\n\n"
                        "Toàn cảnh Đại hội")
    assert (art.title, art.published) == ("Tuổi trẻ Chơn Thành phấn đấu hoàn thành 15 chỉ tiêu cho nhiệm kỳ mới",
                                          "2022-06-25")
    assert [s.caption for s in sents] == [False, True]
    assert sents[0].text.endswith("chính thức\n\n.")


def test_a_paragraph_under_a_photo_is_no_caption_and_addresses_are_furniture():
    _art, sents = _clean("Ấp 6A tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025\n\n"
                         "2025-11-17T08:49:28+07:00\n\n"
                         "https://loctan.dongnai.gov.vn/vi/news/ap-6a-to-chuc-ngay-hoi-223.html\n\n"
                         "https://loctan.dongnai.gov.vn/uploads/loctan/news/2025_11/image-20251117084849-2.jpeg\n"
                         "Hòa chung không khí Ngày hội Đại đoàn kết toàn dân tộc trên địa bàn xã Lộc Tấn, chiều ngày "
                         "16/11/2025, ấp 6A đã long trọng tổ chức Ngày hội Đại đoàn kết năm 2025. Sự kiện diễn ra trong "
                         "không khí vui tươi, đoàn kết, thu hút đông đảo người dân tham gia.\n"
                         "https://loctan.dongnai.gov.vn/uploads/loctan/news/2025_11/image-2.jpeg\n"
                         "Đồng chí Bùi Thị Ánh Huyền phát biểu tại Ngày hội")
    assert [(s.text[:20], s.caption) for s in sents] == [
        ("Hòa chung không khí ", False), ("Sự kiện diễn ra tron", False), ("Đồng chí Bùi Thị Ánh", True)]


def test_a_lead_cut_short_by_a_caption_on_a_wrapped_page_goes_on():
    text = ("Tổng Bí thư đề nghị tăng cường khối đại đoàn kết\n\n"
            "Đoàn Chủ tọa hội nghị trực tuyến toàn quốc triển khai chương trình hành\n"
            "động của MTTQ Việt Nam và các tổ chức thành viên thực hiện Nghị quyết\n"
            "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng. Ảnh: Phương Hoa/TTXVN\n"
            "Sáng 16.8, Ban Thường trực Ủy ban\n"
            "Trung ương MTTQ Việt Nam phối hợp với các tổ chức thành viên tổ chức Hội\n"
            "nghị toàn quốc triển khai Chương trình hành động của MTTQ Việt Nam và các\n"
            "tổ chức thành viên thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ\n"
            "XIII của Đảng. Hội nghị được tổ chức theo hình thức trực tuyến tới 64 điểm\n"
            "cầu tại Thủ đô Hà Nội và các tỉnh, thành phố trên cả nước.\n")
    _art, sents = _clean(text)
    lead = next(s for s in sents if s.text.startswith("Sáng 16.8"))
    assert " ".join(lead.text.split()).startswith("Sáng 16.8, Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam phối hợp")


def test_a_long_last_line_the_page_cuts_off_is_a_paragraph():
    _art, sents = _clean("Lục Yên: kiểm tra công tác Mặt trận\n\n"
                         "Ngày 27/2, Đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Yên Bái đã đến kiểm tra tại huyện Lục Yên.\n"
                         "Quang cảnh buổi làm việc tại xã Liễu Đô\n"
                         "Thực hiện Chương trình hành động 190 của Tỉnh ủy, Kế hoạch của MTTQ tỉnh và Huyện ủy, năm 2020, Ủy "
                         "ban MTTQ huyện Lục Yên tiếp tục duy trì 350 mô hình tổ tự quản đã t")
    assert [s.caption for s in sents] == [False, True, False]


def test_an_image_placeholder_is_no_headline():
    art, _sents = _clean("image banner\n \nTẬP HUẤN CHO NGƯỜI CÓ UY TÍN NĂM 2023\n\n"
                         "Ngày 9/5, tại huyện Sơn Hòa, Ủy ban MTTQ Việt Nam tỉnh Phú Yên tổ chức Hội nghị tập huấn.")
    assert art.title == "TẬP HUẤN CHO NGƯỜI CÓ UY TÍN NĂM 2023"
    # … nor is a banner's alt text
    art, _sents = _clean("Site banner\n\nĐại hội đại biểu Mặt trận Tổ quốc Việt Nam xã Mỹ Thạnh nhiệm kỳ 2019-2024\n\n"
                         "Sáng ngày 09 tháng 01 năm 2019, Mỹ Thạnh tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã.")
    assert art.title == "Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã Mỹ Thạnh nhiệm kỳ 2019-2024"
    # … nor a site's section, alone on its line or after the page's stamp: the headline is below
    for head in ("Skip to main content\nThời sự", " date 2025-10-23 Xã hội", ": toasoan@gmail.com | : (04) 38.228.302",
                 "Thứ năm, 23 Tháng 5 2019\nBản in Gởi bài viết", "TIN TIÊU ĐIỂM", "Powered by Techcity\nSự kiện",
                 "Theo dõi Báo Tây Ninh trên\n(VTC News) -"):
        art, sents = _clean(f"{head}\n\nXây dựng đội ngũ cán bộ mặt trận vững mạnh, chuyên nghiệp\n\n"
                            "Ngày 23-10, Ủy ban MTTQ Việt Nam phường Phú Thạnh tổ chức Đại hội đại biểu lần thứ I.")
        assert art.title == "Xây dựng đội ngũ cán bộ mặt trận vững mạnh, chuyên nghiệp", head
        assert [s.norm for s in sents][-1].startswith("Ngày 23-10")


def test_runs_of_spaces_read_as_one_and_sentences_keep_their_bounds():
    text = "Tin tức\n\nĐồng chí Vũ Lê Thuận – Phó Bí thư Thường  trực Đảng ủy xã   phát biểu.\nHội nghị bế mạc."
    _art, sents = _clean(text)          # (which checks each sentence's bounds in the page)
    first = next(s for s in sents if "Thuận" in s.text)
    assert first.norm.rstrip() == "Đồng chí Vũ Lê Thuận – Phó Bí thư Thường trực Đảng ủy xã phát biểu."
    assert len(first.norm) == len(first.text)


@pytest.mark.parametrize("text,read", [
    # found probing fresh pages: an abbreviation glossed after the words it shortens is read as not
    # there, so the body goes on to its unit ("Hội Cựu chiến binh (CCB) huyện Lâm Thao")
    ("Chủ tịch Hội Cựu chiến binh (CCB) huyện Lâm Thao dự.", "Chủ tịch Hội Cựu chiến binh huyện Lâm Thao dự."),
    ("Phó Chủ tịch Hội đồng nhân dân (HĐND) tỉnh phát biểu.", "Phó Chủ tịch Hội đồng nhân dân tỉnh phát biểu."),
    ("Ủy ban Mặt trận Tổ quốc (MTTQ) xã Tiên Kiên tổ chức.", "Ủy ban Mặt trận Tổ quốc xã Tiên Kiên tổ chức."),
    # not a source tag, a place, a count or what the words before do not shorten
    ("(THTG) Ngày 23/10, Ủy ban MTTQ tỉnh tổ chức.", "(THTG) Ngày 23/10, Ủy ban MTTQ tỉnh tổ chức."),
    ("Hội nghị tại Trung tâm Hội nghị (TP. Huế) diễn ra.", "Hội nghị tại Trung tâm Hội nghị (TP. Huế) diễn ra."),
    ("Kế hoạch của Ban Dân vận (BDVTU) được triển khai.", "Kế hoạch của Ban Dân vận (BDVTU) được triển khai."),
])
def test_an_abbreviation_glossed_in_parentheses_is_read_as_not_there(text, read):
    out = unglossed(text)
    assert len(out) == len(text) and out.rstrip() == read
