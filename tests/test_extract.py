"""extract(): the pieces together on a whole page."""
from graph_builder.extract import extract
from graph_builder.facts import Article


def test_a_headline_about_another_province_between_paragraphs_names_no_one():
    # a related headline set between the paragraphs (no "Tin liên quan" before it) is about
    # another province than the page's: its people are not the article's
    text = ("Đại hội đại biểu MTTQ Việt Nam tỉnh Kon Tum lần thứ XVI\n\n"
            "Trong hai ngày 12 - 13/9/2024, Ủy ban MTTQ Việt Nam tỉnh Kon Tum đã tổ chức Đại hội đại biểu.\n\n"
            "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hà Nam Nguyễn Hồng Lập thăm, chúc Tết các chức sắc tôn giáo\n"
            "Dự đại hội có đồng chí Nguyễn Đức Quân, Phó Chủ tịch UBND tỉnh Kon Tum.\n\n"
            "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Kon Tum Phạm Hữu Tài phát biểu tại đại hội")
    facts = extract(Article(id="t", text=text))
    assert {p.person for p in facts.posts} == {"Nguyễn Đức Quân", "Phạm Hữu Tài"}
