"""extract_people: a sentence (or a few) and the posts and roles it must yield."""
import pytest

from graph_builder.extract.people import extract_people
from graph_builder.facts import Locality as L
from conftest import sentences

SOC_TRANG = L("tỉnh", "Sóc Trăng")
QUANG_NAM = L("tỉnh", "Quảng Nam")
SON_TAY = L("thị xã", "Sơn Tây")
GIA_VIEN = L("huyện", "Gia Viễn")
LONG_XUYEN = L("phường", "Long Xuyên")
XUAN_LONG = L("xã", "Xuân Long", L("huyện", "Đồng Xuân"))


def _run(texts, ctx):
    return extract_people(sentences(*texts), ctx)       # normalised as the pipeline does


CA_MAU = L("tỉnh", "Cà Mau")
VINH_TUONG = L("huyện", "Vĩnh Tường")

# sentence(s), context, {(person, title, body)}, {person: roles}
CASES = [
    # attendance: verbs opening the sentence before the person after the comma; a list after a
    # colon; "dẫn đầu" and "về" between a person and the verb
    (["Đến dự và phát biểu tại lễ trao tặng nhà, đồng chí Đào Văn Phước, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh "
      "chúc mừng các hộ nghèo.",
      "Hội nghị đón tiếp sự tham dự của các đồng chí lãnh đạo: Bà Trương Thị Bích Hạnh - Phó Chủ tịch Thường "
      "trực Ủy ban MTTQ Việt Nam tỉnh; Ông Nguyễn Trần Bình – Bí thư Đảng ủy.",
      "Đoàn Công tác MTTQ Việt Nam tỉnh do đồng chí Bố Thị Xuân Linh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn "
      "đầu tham dự giao ban Cụm thi đua.",
      "Sáng 12.11, đồng chí Nguyễn Thị Phong Vũ - Trưởng Ban Dân vận Tỉnh ủy đã về tham dự, chung vui với bà con."],
     L("tỉnh", "Bình Thuận"),
     {("Đào Văn Phước", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Bình Thuận"),
      ("Trương Thị Bích Hạnh", "Phó Chủ tịch Thường trực", "Ủy ban MTTQ Việt Nam tỉnh Bình Thuận"),
      ("Nguyễn Trần Bình", "Bí thư", "Đảng ủy"),
      ("Bố Thị Xuân Linh", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Bình Thuận"),
      ("Nguyễn Thị Phong Vũ", "Trưởng ban", "Ban Dân vận Tỉnh ủy Bình Thuận")},
     {"Đào Văn Phước": {"attendee", "speaker"}, "Trương Thị Bích Hạnh": {"attendee"},
      "Nguyễn Trần Bình": {"attendee"}, "Bố Thị Xuân Linh": {"attendee"}, "Nguyễn Thị Phong Vũ": {"attendee"}}),
    # titles chained by a dash or ending in "…"; re-election verbs; "TP." inside a body
    (["Phó Bí thư Tỉnh ủy – Chủ tịch UBND tỉnh Lê Trí Thanh đến dự và phát biểu chỉ đạo.",
      "Bài viết về chuyến thăm của đồng chí Tổng Bí thư, Chủ tịch nước Tô Lâm…",
      "Đồng chí Lý Anh Hừ tái cử chức danh Bí thư Huyện ủy Mường Tè nhiệm kỳ 2020 - 2025.",
      "Chủ tịch Ủy ban MTTQ Việt Nam TP. Huế Nguyễn Thị Ái Vân (thứ 3, phải sang) tặng hoa chúc mừng."],
     L("tỉnh", "Quảng Nam"),
     {("Lê Trí Thanh", "Phó Bí thư", "Tỉnh ủy Quảng Nam"), ("Lê Trí Thanh", "Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Nam"),
      ("Tô Lâm", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng"), ("Tô Lâm", "Chủ tịch nước", None),
      ("Lý Anh Hừ", "Bí thư", "Huyện ủy Mường Tè"),
      ("Nguyễn Thị Ái Vân", "Chủ tịch", "Ủy ban MTTQ Việt Nam thành phố Huế")},
     {"Lê Trí Thanh": {"attendee", "speaker"}, "Tô Lâm": set(), "Lý Anh Hừ": set(), "Nguyễn Thị Ái Vân": set()}),
    # a Party secretary whose body the chain leaves to the next title is of the Party committee
    # at that body's level, not the People's Committee or Council itself
    (["Đến dự có đồng chí Phạm Thanh Diễn, Phó Bí thư, Chủ tịch UBND xã Mỹ Thạnh."], None,
     {("Phạm Thanh Diễn", "Phó Bí thư", "Đảng ủy xã Mỹ Thạnh"),
      ("Phạm Thanh Diễn", "Chủ tịch", "Ủy ban nhân dân xã Mỹ Thạnh")},
     {"Phạm Thanh Diễn": {"attendee"}}),
    # a verb joined by "và" to an attendance verb has the same subject; a photo's position
    # remark stands between a person and their verb
    (["Ông Nguyễn Hữu Dũng, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam dự và phát biểu chỉ đạo Đại hội.",
      "Ông Trương Hoàng Hà, Phó Bí thư Thường trực Đảng ủy xã (đứng) phát biểu chỉ đạo."],
     L("xã", "Mỹ Thạnh"),
     {("Nguyễn Hữu Dũng", "Phó Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam"),
      ("Trương Hoàng Hà", "Phó Bí thư Thường trực", "Đảng ủy xã Mỹ Thạnh")},
     {"Nguyễn Hữu Dũng": {"attendee", "speaker"}, "Trương Hoàng Hà": {"speaker"}}),
    # what a person stressed ("nhấn mạnh") they said at the event
    (["Ông Lê Hồng Phúc, Bí thư Huyện ủy nhấn mạnh: Đại hội Đảng bộ các cấp là đợt sinh hoạt chính trị sâu rộng."],
     L("huyện", "Quế Võ"), {("Lê Hồng Phúc", "Bí thư", "Huyện ủy Quế Võ")}, {"Lê Hồng Phúc": {"speaker"}}),
    # ... also with "trực tiếp" between; "trình bầy" is "trình bày" misspelt
    (["Ông Nguyễn Xuân Điệp - Phó Chủ tịch Ủy ban MTTQ tỉnh đã về dự và trực tiếp truyền đạt 02 chuyên đề.",
      "Bà Lê Thanh Uyên - Chủ tịch Ủy ban MTTQ Việt Nam xã đã trình bầy nội dung kế hoạch."],
     L("xã", "Mỹ Thạnh"),
     {("Nguyễn Xuân Điệp", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh"),
      ("Lê Thanh Uyên", "Chủ tịch", "Ủy ban MTTQ Việt Nam xã Mỹ Thạnh")},
     {"Nguyễn Xuân Điệp": {"attendee", "presenter"}, "Lê Thanh Uyên": {"presenter"}}),
    # answering for a draft at the event ("giải trình") is speaking; putting a submission to it
    # ("trình tờ trình") is presenting
    (["Tại hội nghị, ông Trần Toại - Phó Chủ tịch UBND huyện giải trình làm rõ thêm định hướng kế hoạch.",
      "Cũng tại kỳ họp, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Đỗ Tràng Thành trình tờ trình nhân sự."],
     L("huyện", "Bắc Trà My"),
     {("Trần Toại", "Phó Chủ tịch", "Ủy ban nhân dân huyện Bắc Trà My"),
      ("Đỗ Tràng Thành", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam huyện Bắc Trà My")},
     {"Trần Toại": {"speaker"}, "Đỗ Tràng Thành": {"presenter"}}),
    # a capitalised stop word is the body's own word; a school's head is a title of its own
    (["Các đồng chí: Phạm Công Khâm - UVBTV, Trưởng Ban Tuyên giáo Tỉnh ủy, Hiệu trưởng Trường Chính trị "
      "tỉnh; Hồ Minh Tuấn - UVBTV, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, đến dự."],
     L("tỉnh", "Kiên Giang"),
     {("Phạm Công Khâm", "Ủy viên Ban Thường vụ", "Tỉnh ủy Kiên Giang"),
      ("Phạm Công Khâm", "Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Kiên Giang"),
      ("Phạm Công Khâm", "Hiệu trưởng", "Trường Chính trị tỉnh Kiên Giang"),
      ("Hồ Minh Tuấn", "Ủy viên Ban Thường vụ", "Tỉnh ủy Kiên Giang"),
      ("Hồ Minh Tuấn", "Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Kiên Giang")},
     {"Phạm Công Khâm": {"attendee"}, "Hồ Minh Tuấn": {"attendee"}}),
    # standing deputies are titles of their own
    (["Phó Thủ tướng Thường trực Trương Hòa Bình dự hội nghị."], None,
     {("Trương Hòa Bình", "Phó Thủ tướng Thường trực", "Chính phủ")}, {"Trương Hòa Bình": {"attendee"}}),
    # vice chairs listed under a heading with no body, after a committee's Chủ tịch was named
    (["Ông Nguyễn Phước Lộc tiếp tục được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam TP.HCM.",
      "Đại hội cử 6 phó chủ tịch không chuyên trách.",
      "6 phó chủ tịch không chuyên trách gồm: ông Bùi Thanh Nhân, bà Võ Ngọc Thanh Trúc."],
     None,
     {("Nguyễn Phước Lộc", "Chủ tịch", "Ủy ban MTTQ Việt Nam Thành phố Hồ Chí Minh")} |
     {(n, "Phó Chủ tịch không chuyên trách", "Ủy ban MTTQ Việt Nam Thành phố Hồ Chí Minh")
      for n in ("Bùi Thanh Nhân", "Võ Ngọc Thanh Trúc")},
     {n: set() for n in ("Nguyễn Phước Lộc", "Bùi Thanh Nhân", "Võ Ngọc Thanh Trúc")}),
    # …but a title-first name with no body takes nobody's ("tư tưởng của Chủ tịch Hồ Chí Minh", the
    # President whose thought is cited, named as the city is: no one the article reports on)
    (["Ông Nguyễn Phước Lộc được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam TP.HCM.",
      "Đại hội khẳng định tư tưởng của Chủ tịch Hồ Chí Minh về đại đoàn kết."],
     None,
     {("Nguyễn Phước Lộc", "Chủ tịch", "Ủy ban MTTQ Việt Nam Thành phố Hồ Chí Minh")},
     {"Nguyễn Phước Lộc": set()}),
    # a list heading without a body takes the one a listed person's own title of that kind names
    (["8 phó chủ tịch chuyên trách gồm: bà Trương Thị Bích Hạnh (Phó chủ tịch Thường trực Ủy ban MTTQ Việt "
      "Nam TP.HCM), ông Bùi Thanh Nhân, bà Võ Ngọc Thanh Trúc."],
     None,
     {(n, "Phó Chủ tịch chuyên trách", "Ủy ban MTTQ Việt Nam Thành phố Hồ Chí Minh")
      for n in ("Trương Thị Bích Hạnh", "Bùi Thanh Nhân", "Võ Ngọc Thanh Trúc")},
     {n: set() for n in ("Trương Thị Bích Hạnh", "Bùi Thanh Nhân", "Võ Ngọc Thanh Trúc")}),
    (["Ông Nguyễn Chí Trung, Bí thư Huyện ủy Gò Công Đông vào Ủy ban MTTQ Việt Nam tỉnh Tiền Giang."], None,
     {("Nguyễn Chí Trung", "Bí thư", "Huyện ủy Gò Công Đông")}, {"Nguyễn Chí Trung": set()}),
    # a chain ends at what the person did ("cảm ơn", "biểu dương", "ghi nhận" …)
    (["Đồng chí Đỗ Văn Chiến, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam cảm ơn sự quan tâm của các đồng chí."],
     None, {("Đỗ Văn Chiến", "Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam")}, {"Đỗ Văn Chiến": set()}),
    # titles joined by commas before the one a name closes are that person's too; a two-syllable
    # name ends at "và" and another title
    (["Ủy viên Trung Ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Hà Ban và Phó Bí thư Thường trực "
      "Tỉnh ủy Y Mửi đã đến dự."],
     L("tỉnh", "Kon Tum"),
     {("Hà Ban", "Ủy viên", "Ban Chấp hành Trung ương Đảng"), ("Hà Ban", "Bí thư", "Tỉnh ủy Kon Tum"),
      ("Hà Ban", "Chủ tịch", "Hội đồng nhân dân tỉnh Kon Tum"),
      ("Y Mửi", "Phó Bí thư Thường trực", "Tỉnh ủy Kon Tum")},
     {"Hà Ban": {"attendee"}, "Y Mửi": {"attendee"}}),
    # every name of a plural honorific's list shares the election that ends it, a place is no name
    (["Các đồng chí: Bùi Văn Luyến, Hà Đức Quảng, Hoàng Xuân Giao, Triệu Việt Anh giữ chức Phó Chủ tịch "
      "Ủy ban MTTQ tỉnh."],
     CA_MAU,
     {(n, "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Cà Mau")
      for n in ("Bùi Văn Luyến", "Hà Đức Quảng", "Hoàng Xuân Giao", "Triệu Việt Anh")},
     {n: set() for n in ("Bùi Văn Luyến", "Hà Đức Quảng", "Hoàng Xuân Giao", "Triệu Việt Anh")}),
    (["Dự hội nghị có các đồng chí Nguyễn Văn An, Hà Nội và nhân dân."], None, set(),
     {"Nguyễn Văn An": {"attendee"}}),
    # the Youth Union's committee is "<level> Đoàn", and Đoàn is a family name too: a full name
    # after it is the person's ("Đoàn Văn Việt" after a unit word is a name)
    (["Dự hội nghị có Bí thư Tỉnh Đoàn Nguyễn Văn An và Bí thư BCH Trung ương Đoàn Nguyễn Anh Tuấn.",
      "Dự có Chủ tịch UBND tỉnh Đoàn Lê Văn Việt.", "Chân dung Bí thư Tỉnh Đoàn Nghệ An qua các thời kỳ.",
      # (found probing fresh pages: nor a district's, "BTV Huyện Đoàn Xuyên Mộc")
      "Ngày 10/10/2021, BTV Huyện Đoàn Xuyên Mộc tổ chức hội nghị triển khai Luật Thanh niên năm 2020."],
     L("tỉnh", "Phú Thọ"),
     {("Nguyễn Văn An", "Bí thư", "Tỉnh đoàn Phú Thọ"),
      ("Nguyễn Anh Tuấn", "Bí thư", "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh"),
      ("Đoàn Lê Văn Việt", "Chủ tịch", "Ủy ban nhân dân tỉnh Phú Thọ")},
     {"Nguyễn Văn An": {"attendee"}, "Nguyễn Anh Tuấn": {"attendee"}, "Đoàn Lê Văn Việt": {"attendee"}}),
    # an attendance list goes on in sentences or lines that name people and their posts and
    # nothing else; one that says what someone did is no item of it
    (["Tham dự Hội nghị có các đồng chí: Đồng chí Hồ Hồng Nam - Bí thư Đảng ủy phường.",
      "Đồng chí Trần Thị Hồng Lĩnh - Phó Bí thư Thường trực Đảng ủy phường và các đồng chí trong Ban Chấp hành.",
      "Đồng chí Ngô Thị Thắm – Phó Chủ tịch Ủy ban MTTQ Việt Nam phường trao quyết định cho bà Nguyễn Thị Cúc."],
     L("phường", "Xuân Đài"),
     {("Hồ Hồng Nam", "Bí thư", "Đảng ủy phường Xuân Đài"),
      ("Trần Thị Hồng Lĩnh", "Phó Bí thư Thường trực", "Đảng ủy phường Xuân Đài"),
      ("Ngô Thị Thắm", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam phường Xuân Đài")},
     {"Hồ Hồng Nam": {"attendee"}, "Trần Thị Hồng Lĩnh": {"attendee"}, "Ngô Thị Thắm": set(),
      "Nguyễn Thị Cúc": set()}),
    (["Về tham dự Đại Hội về phía lãnh đạo xã:",
      "Ông Nguyễn Xuân Lam - Bí thư Đảng uỷ - Chủ tịch HĐND xã Hương Thọ;",
      "Ông Bà Nguyễn Thị Vững – Phó Bí Thư thường trực Đảng ủy xã."],
     None,
     {("Nguyễn Xuân Lam", "Bí thư", "Đảng ủy xã Hương Thọ"),
      ("Nguyễn Xuân Lam", "Chủ tịch", "Hội đồng nhân dân xã Hương Thọ"),
      ("Nguyễn Thị Vững", "Phó Bí thư Thường trực", "Đảng ủy xã")},
     {"Nguyễn Xuân Lam": {"attendee"}, "Nguyễn Thị Vững": {"attendee"}}),
    # a title written as a former one before the name ("nguyên Chủ tịch nước …") is no post now,
    # nor is one of a chain of titles before it
    (["Dự có Tổng Bí thư Nguyễn Phú Trọng, nguyên Chủ tịch nước Trần Đức Lương.",
      "Dự có đồng chí nguyên Phó Chủ tịch UBND tỉnh, Chủ tịch Hội Cựu chiến binh tỉnh Nguyễn Văn An."],
     L("tỉnh", "Phú Thọ"),
     {("Nguyễn Phú Trọng", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng"),
      ("Nguyễn Văn An", "Chủ tịch", "Hội Cựu chiến binh tỉnh Phú Thọ")},
     {"Nguyễn Phú Trọng": {"attendee"}, "Trần Đức Lương": {"attendee"}, "Nguyễn Văn An": {"attendee"}}),
    # "T.Ư" is national as "Trung ương" is: a department so named is the central one, not the
    # department of the committee before it; "UVT.Ư" abbreviates "Ủy viên Trung ương"
    (["Dự có đồng chí Trần Văn An, Ủy viên T.Ư Đảng, Phó Trưởng ban Tuyên giáo T.Ư.",
      "Đồng chí Nguyễn Thị Thanh, UVT.Ư Đảng, Bí thư Tỉnh ủy dự hội nghị."],
     L("tỉnh", "Phú Thọ"),
     {("Trần Văn An", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
      ("Trần Văn An", "Phó Trưởng ban", "Ban Tuyên giáo Trung ương"),
      ("Nguyễn Thị Thanh", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
      ("Nguyễn Thị Thanh", "Bí thư", "Tỉnh ủy Phú Thọ")},
     {"Trần Văn An": {"attendee"}, "Nguyễn Thị Thanh": {"attendee"}}),
    # the clause's verb ends a body ("tiếp tục", "vừa"; chain_stops)
    (["Ông Lê Văn Hùng – Phó bí thư Đảng ủy tiếp tục giữ chức Chủ tịch Ủy ban MTTQ xã.",
      "Đoàn công tác do ông Phan Xuân Hạnh, Chủ tịch Hội Nông dân tỉnh làm trưởng đoàn vừa phối hợp tổ chức "
      "hội thảo."],
     L("xã", "Duy Hòa"),
     {("Lê Văn Hùng", "Phó Bí thư", "Đảng ủy xã Duy Hòa"),
      ("Lê Văn Hùng", "Chủ tịch", "Ủy ban MTTQ Việt Nam xã Duy Hòa"),
      ("Phan Xuân Hạnh", "Chủ tịch", "Hội Nông dân tỉnh"),
      ("Phan Xuân Hạnh", "Trưởng đoàn", "Đoàn công tác")},
     {"Lê Văn Hùng": set(), "Phan Xuân Hạnh": set()}),
    # more ways to say a post was just voted in: who voted told at length before the verb when the
    # post is held after it, "trúng cử", "suy cử (tân)"; a term's number alone is no body
    (["Đồng chí Nguyễn Ngô Quyết, Bí thư Huyện ủy đã được 100% đại biểu tín nhiệm bầu giữ chức Chủ tịch HĐND "
      "huyện khóa XX.",
      "Ông Võ Đức Trong đã được các ủy viên biểu quyết thống nhất 100% cử giữ chức Chủ tịch Uỷ ban MTTQ Việt "
      "Nam tỉnh.",
      "Ông Võ Minh Tiến trúng cử chức vụ Chủ tịch HĐND tỉnh.",
      "Hòa thượng Thích Phước Thành được suy cử tân Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.",
      "Ông Vũ Mạnh Hà, Phó Bí thư Tỉnh ủy khóa XX, đã được bầu tái cử làm Bí thư XXI, nhiệm kỳ 2020 - 2025."],
     L("tỉnh", "Phú Thọ"),
     {("Nguyễn Ngô Quyết", "Bí thư", "Huyện ủy"), ("Nguyễn Ngô Quyết", "Chủ tịch", "Hội đồng nhân dân huyện"),
      ("Võ Đức Trong", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Phú Thọ"),
      ("Võ Minh Tiến", "Chủ tịch", "Hội đồng nhân dân tỉnh Phú Thọ"),
      ("Thích Phước Thành", "Trưởng ban", "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Phú Thọ"),
      ("Vũ Mạnh Hà", "Phó Bí thư", "Tỉnh ủy Phú Thọ"), ("Vũ Mạnh Hà", "Bí thư", "Tỉnh ủy Phú Thọ")},
     {n: set() for n in ("Nguyễn Ngô Quyết", "Võ Đức Trong", "Võ Minh Tiến", "Thích Phước Thành", "Vũ Mạnh Hà")}),
    # a seat on a committee, then on its standing board and the post held there ("tham gia Ủy ban …
    # (khóa …), tham gia Ban Thường trực và giữ chức …"): each a post of that committee; "Ủy viên" is
    # no shorter form of "Ủy viên Ban Thường trực"
    (["Hội nghị hiệp thương cử bà Nguyễn Thị Phương - Trưởng phòng Nội vụ huyện tham gia Ủy ban MTTQ Việt Nam "
      "huyện khóa XII và giữ chức Phó Chủ tịch.",
      "Hội nghị cử ông Nguyễn Xuân Hiển - Chủ tịch Công đoàn phường tham gia vào Ủy viên Ủy ban MTTQ Việt Nam "
      "phường Trung Mỹ Tây, tham gia Ban Thường trực và giữ chức danh Phó Chủ tịch Ủy ban MTTQ Việt Nam phường "
      "Trung Mỹ Tây."],
     L("huyện", "Đông Giang"),
     {("Nguyễn Thị Phương", "Trưởng phòng", "Phòng Nội vụ huyện Đông Giang"),
      ("Nguyễn Thị Phương", "Ủy viên", "Ủy ban MTTQ Việt Nam huyện Đông Giang"),
      ("Nguyễn Thị Phương", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam huyện Đông Giang"),
      ("Nguyễn Xuân Hiển", "Chủ tịch", "Công đoàn phường Trung Mỹ Tây"),
      ("Nguyễn Xuân Hiển", "Ủy viên", "Ủy ban MTTQ Việt Nam phường Trung Mỹ Tây"),
      ("Nguyễn Xuân Hiển", "Ủy viên Ban Thường trực", "Ủy ban MTTQ Việt Nam phường Trung Mỹ Tây"),
      ("Nguyễn Xuân Hiển", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam phường Trung Mỹ Tây")},
     {"Nguyễn Thị Phương": set(), "Nguyễn Xuân Hiển": set()}),
    # found probing fresh pages: a former post a plural honorific shares names those who held it
    # and no post now; honorifics glued after a dot ("PGS.TS.NGƯT"); a heading's "có" names the
    # chairs up to the next verb's, whose "có" names those who came; an event "được khai mạc" was
    # opened by no one the sentence names
    (["Dự có các đồng chí nguyên Tổng Bí thư BCH T.Ư Đảng Cộng sản Việt Nam: Đỗ Mười, Lê Khả Phiêu.",
      "Dự có PGS.TS.NGƯT Trần Quang Quý, Giám đốc Sở Giáo dục và Đào tạo tỉnh.",
      "Chủ trì Hội nghị có bà Thái Thu Xương, Chủ tịch Ủy ban MTTQ tỉnh, đến dự chỉ đạo có đồng chí Trần Văn "
      "Huyến, Chủ tịch HĐND tỉnh.",
      "Hội nghị trên đã được khai mạc: Đến dự có đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy."],
     L("tỉnh", "Hậu Giang"),
     {("Trần Quang Quý", "Giám đốc", "Sở Giáo dục và Đào tạo tỉnh Hậu Giang"),
      ("Thái Thu Xương", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Hậu Giang"),
      ("Trần Văn Huyến", "Chủ tịch", "Hội đồng nhân dân tỉnh Hậu Giang"),
      ("Nguyễn Văn An", "Phó Bí thư", "Tỉnh ủy Hậu Giang")},
     {"Đỗ Mười": {"attendee"}, "Lê Khả Phiêu": {"attendee"}, "Trần Quang Quý": {"attendee"},
      "Thái Thu Xương": {"chair"}, "Trần Văn Huyến": {"attendee"}, "Nguyễn Văn An": {"attendee"}}),
    # a veteran's standing introduces a name as an honorific does ("CCB Đỗ Hữu Việt", "cựu chiến binh
    # Võ Văn Lực"), in the case written and not after "Hội" (a body: "Hội cựu chiến binh Hòa Sơn")
    (["Chủ tịch nước trao Huân chương Lao động hạng Ba cho thương binh, CCB Phạm Minh Đức, Giám đốc Công ty "
      "CP Cơ khí Hòa Bình.",
      "Tham dự có cựu chiến binh Võ Văn Lực.",
      "Đại diện Hội cựu chiến binh Hòa Sơn và Hội Cựu chiến binh Bệnh viện E tham dự."],
     L("tỉnh", "Hòa Bình"),
     {("Phạm Minh Đức", "Giám đốc", "Công ty CP Cơ khí Hòa Bình")},
     {"Phạm Minh Đức": set(), "Võ Văn Lực": {"attendee"}}),
    # a bare unit word the article's unit filled is of the unit another post of the chain names
    # (a guest from another province), not of the article's
    (["Ông U Huấn, Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh "
      "Quảng Ngãi dự hội nghị.",
      "Bà Lê Thị Hoa, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh dự hội nghị."],
     L("tỉnh", "Phú Thọ"),
     {("U Huấn", "Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng"), ("U Huấn", "Phó Bí thư", "Tỉnh ủy Quảng Ngãi"),
      ("U Huấn", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi"),
      ("Lê Thị Hoa", "Phó Bí thư", "Tỉnh ủy Phú Thọ"), ("Lê Thị Hoa", "Chủ tịch", "Hội đồng nhân dân tỉnh Phú Thọ")},
     {"U Huấn": {"attendee"}, "Lê Thị Hoa": {"attendee"}}),
    # a body's head typed in lower case holds a word that is a verb elsewhere ("Ủy ban kiểm tra"):
    # the body goes on (and places the standing committee before it); the verb after a body ends it
    (["Dự có đồng chí Nguyễn Minh Hải – UVTV, Chủ nhiệm Ủy ban kiểm tra Huyện ủy Mê Linh.",
      "Ông Lê Văn An, Phó Chủ tịch UBND huyện kiểm tra công tác bầu cử."],
     L("xã", "Tiền Phong"),
     {("Nguyễn Minh Hải", "Ủy viên Ban Thường vụ", "Huyện ủy Mê Linh"),
      ("Nguyễn Minh Hải", "Chủ nhiệm", "Ủy ban Kiểm tra Huyện ủy Mê Linh"),
      ("Lê Văn An", "Phó Chủ tịch", "Ủy ban nhân dân huyện")},
     {"Nguyễn Minh Hải": {"attendee"}, "Lê Văn An": set()}),
    # a list's closing dots typed as three stops ("…", "...") end a name closing a title's body
    (["Dự hội nghị có Tổng Bí thư Nguyễn Phú Trọng, Chủ tịch Quốc hội Vương Đình Huệ..."],
     None,
     {("Nguyễn Phú Trọng", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng"), ("Vương Đình Huệ", "Chủ tịch", "Quốc hội")},
     {"Nguyễn Phú Trọng": {"attendee"}, "Vương Đình Huệ": {"attendee"}}),
    # several titles a plural honorific shares before its colon
    (["Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng, Phó Chủ tịch Quốc hội: Trần Quang Phương, Nguyễn "
      "Đắc Định, Nguyễn Đức Hải đồng chủ trì hội nghị."],
     None,
     {(n, t, b) for n in ("Trần Quang Phương", "Nguyễn Đắc Định", "Nguyễn Đức Hải")
      for t, b in (("Ủy viên", "Ban Chấp hành Trung ương Đảng"), ("Phó Chủ tịch", "Quốc hội"))},
     {n: {"chair"} for n in ("Trần Quang Phương", "Nguyễn Đắc Định", "Nguyễn Đức Hải")}),
    # an age or birth year between the name and the posts is an aside
    (["Dự có đồng chí Lê Trương Hải Hiếu (sinh năm 1981), Phó Bí thư Quận ủy, Chủ tịch UBND Quận 12.",
      "Ông Huỳnh Quang Hưng, 48 tuổi, Phó Bí thư Huyện ủy được bầu làm Chủ tịch UBND huyện."],
     None,
     {("Lê Trương Hải Hiếu", "Phó Bí thư", "Quận ủy quận 12"), ("Lê Trương Hải Hiếu", "Chủ tịch", "Ủy ban nhân dân Quận 12"),
      ("Huỳnh Quang Hưng", "Phó Bí thư", "Huyện ủy"), ("Huỳnh Quang Hưng", "Chủ tịch", "Ủy ban nhân dân huyện")},
     {"Lê Trương Hải Hiếu": {"attendee"}, "Huỳnh Quang Hưng": set()}),
    # re-elected: "bầu lại (làm | chức vụ)", "…, tái cử chức vụ …" after a comma
    (["Hội đồng nhân dân tỉnh đã bầu ông Trịnh Xuân Trường, tái cử chức vụ Chủ tịch UBND tỉnh Lào Cai.",
      "Anh Lê Văn Lương được tín nhiệm bầu lại chức vụ Bí thư Tỉnh Đoàn Nghệ An.",
      "Ông Nguyễn Quốc Cường được bầu lại làm Chủ tịch Hội Nông dân Việt Nam."],
     None,
     {("Trịnh Xuân Trường", "Chủ tịch", "Ủy ban nhân dân tỉnh Lào Cai"), ("Lê Văn Lương", "Bí thư", "Tỉnh đoàn Nghệ An"),
      ("Nguyễn Quốc Cường", "Chủ tịch", "Hội Nông dân Việt Nam")},
     {"Trịnh Xuân Trường": set(), "Lê Văn Lương": set(), "Nguyễn Quốc Cường": set()}),
    # a title's body, its term, then the name ("Phó Chủ tịch HĐND tỉnh khóa XV Vũ Văn Cài")
    (["Phó Chủ tịch HĐND tỉnh khóa XV Vũ Văn Cài tái đắc cử.", "Dự có Bí thư Huyện ủy khóa XX Nguyễn Văn An."],
     L("tỉnh", "Hà Giang"),
     {("Vũ Văn Cài", "Phó Chủ tịch", "Hội đồng nhân dân tỉnh Hà Giang"), ("Nguyễn Văn An", "Bí thư", "Huyện ủy")},
     {"Vũ Văn Cài": set(), "Nguyễn Văn An": {"attendee"}}),
    # a shared title's term before its colon
    (["Các Phó Chủ tịch UBND tỉnh khóa XV: Giàng Thị Dung, Nguyễn Trọng Hài, Hoàng Quốc Khánh tái đắc cử."],
     L("tỉnh", "Hà Giang"),
     {(n, "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Giang") for n in ("Giàng Thị Dung", "Nguyễn Trọng Hài", "Hoàng Quốc Khánh")},
     {n: set() for n in ("Giàng Thị Dung", "Nguyễn Trọng Hài", "Hoàng Quốc Khánh")}),
    # "Phó ban Thường trực" is the standing deputy head's title, not "Phó Ban" of a "Ban Thường trực"
    (["Dự có đồng chí Trần Văn An, Phó ban Thường trực Ban Tuyên giáo Tỉnh ủy."],
     L("tỉnh", "Phú Thọ"),
     {("Trần Văn An", "Phó Trưởng ban Thường trực", "Ban Tuyên giáo Tỉnh ủy Phú Thọ")}, {"Trần Văn An": {"attendee"}}),
    # the act named as a noun, then "của" and a title before the name: who chaired or concluded;
    # not a speech passed on ("bài phát biểu của …")
    (["Hội nghị kết thúc với phát biểu kết luận của đồng chí Bí thư Tỉnh ủy Đỗ Trọng Hưng tại hội nghị.",
      "Hội nghị diễn ra dưới sự chủ trì của đồng chí Phó Bí thư Tỉnh ủy Lại Thế Nguyên.",
      "Đồng chí Chẩu Văn Lâm quán triệt bài phát biểu của đồng chí Tổng Bí thư Nguyễn Phú Trọng tại hội nghị."],
     L("tỉnh", "Thanh Hóa"),
     {("Đỗ Trọng Hưng", "Bí thư", "Tỉnh ủy Thanh Hóa"), ("Lại Thế Nguyên", "Phó Bí thư", "Tỉnh ủy Thanh Hóa"),
      ("Nguyễn Phú Trọng", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng")},
     {"Đỗ Trọng Hưng": {"concluder"}, "Lại Thế Nguyên": {"chair"}, "Chẩu Văn Lâm": {"presenter"},
      "Nguyễn Phú Trọng": set()}),
    # a standing deputy minister is a title of its own (as "Phó Thủ tướng Thường trực")
    (["Dự có ông Nguyễn Hữu Độ, Thứ trưởng Thường trực Bộ Giáo dục và Đào tạo."], None,
     {("Nguyễn Hữu Độ", "Thứ trưởng Thường trực", "Bộ Giáo dục và Đào tạo")}, {"Nguyễn Hữu Độ": {"attendee"}}),
    # election verbs: "được hiệp thương giữ chức", "tái đắc cử"
    (["Bà Phan Thị Châu được hiệp thương giữ chức Chủ tịch UBMTTQ Việt Nam xã Quảng Điền.",
      "Bà Lê Thị Hải Yến tái đắc cử Chủ tịch Hội Phụ nữ tỉnh Bình Thuận."],
     None,
     {("Phan Thị Châu", "Chủ tịch", "Ủy ban MTTQ Việt Nam xã Quảng Điền"),
      ("Lê Thị Hải Yến", "Chủ tịch", "Hội Phụ nữ tỉnh Bình Thuận")},
     {"Phan Thị Châu": set(), "Lê Thị Hải Yến": set()}),
    # ... with who elected them ("được Ban Chấp hành bầu tái đắc cử chức danh …")
    (["Đồng chí Bùi Văn Cường được Ban Chấp hành bầu tái đắc cử chức danh Chủ tịch Tổng LĐLĐ Việt Nam khóa XII.",
      "Đồng chí Lê Văn An được Đại hội bầu giữ chức Chủ tịch Hội Nông dân xã Tân Lợi."],
     None,
     {("Bùi Văn Cường", "Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam"),
      ("Lê Văn An", "Chủ tịch", "Hội Nông dân xã Tân Lợi")},
     {"Bùi Văn Cường": set(), "Lê Văn An": set()}),
    # "giữ chức vụ là": the post named after "là"
    (["Đại hội đã bầu đồng chí Trần Thanh Du giữ chức vụ là Bí thư Đảng ủy xã Liên Trường."],
     None,
     {("Trần Thanh Du", "Bí thư", "Đảng ủy xã Liên Trường")},
     {"Trần Thanh Du": set()}),
    # a verb opening the sentence names the person after it and those joined to them by "và"
    (["Phát biểu tại hội nghị đ/c Vĩnh Quang Lê – Phó Tổng Thư ký Trung ương Hội Chữ thập đỏ Việt Nam và "
      "đ/c Đoàn Văn Hòa – Chủ tịch Hội Chữ thập đỏ tỉnh ghi nhận kết quả.",
      "Dự hội nghị, đồng chí Nguyễn Văn An, Bí thư Huyện ủy và đồng chí Trần Văn Bình, Chủ tịch UBND huyện."],
     L("huyện", "Gio Linh"),
     {("Vĩnh Quang Lê", "Phó Tổng Thư ký", "Trung ương Hội Chữ thập đỏ Việt Nam"),
      ("Đoàn Văn Hòa", "Chủ tịch", "Hội Chữ thập đỏ tỉnh"),
      ("Nguyễn Văn An", "Bí thư", "Huyện ủy Gio Linh"),
      ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân huyện Gio Linh")},
     {"Vĩnh Quang Lê": {"speaker"}, "Đoàn Văn Hòa": {"speaker"},
      "Nguyễn Văn An": {"attendee"}, "Trần Văn Bình": {"attendee"}}),
    # an opening verb, then the event it names with no comma, then the person: "Chủ trì cuộc họp
    # là ông X", "Chủ trì Hội nghị đồng chí X", "Tới dự và chỉ đạo Hội nghị đồng chí X; đ/c Y"
    (["Chủ trì cuộc họp là ông Nguyễn Thanh Dũng – Chủ tịch Ủy ban MTTQ Việt Nam xã.",
      "Chủ trì Hội nghị đồng chí Ngô Tấn Lực – Phó Chủ tịch UBND huyện đề nghị các hội tiếp tục.",
      "Tới dự và chỉ đạo Hội nghị đồng chí Bùi Xuân Trường - Phó Bí thư Huyện ủy; đ/c Quàng Văn Phong - "
      "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện.",
      "Về dự và phát biểu chỉ đạo đại hội đồng chí Trần Dân Tiên - Chủ tịch Hội Cựu chiến binh huyện."],
     L("huyện", "Điện Biên"),
     {("Nguyễn Thanh Dũng", "Chủ tịch", "Ủy ban MTTQ Việt Nam xã"),
      ("Ngô Tấn Lực", "Phó Chủ tịch", "Ủy ban nhân dân huyện Điện Biên"),
      ("Bùi Xuân Trường", "Phó Bí thư", "Huyện ủy Điện Biên"),
      ("Quàng Văn Phong", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam huyện Điện Biên"),
      ("Trần Dân Tiên", "Chủ tịch", "Hội Cựu chiến binh huyện Điện Biên")},
     {"Nguyễn Thanh Dũng": {"chair"}, "Ngô Tấn Lực": {"chair"}, "Bùi Xuân Trường": {"attendee"},
      "Quàng Văn Phong": {"attendee"}, "Trần Dân Tiên": {"attendee", "speaker"}}),
    # a middle name typed in lower case is still the name, kept as written; "văn" before a word in
    # lower case is no name's
    (["Đ/c Trần Xuân Thành, Phó Bí thư Huyện ủy; đ/c Trần văn Quân, Phó Chủ tịch UBND huyện đã về dự buổi lễ.",
      "Ông Lê Văn Sáu cho biết văn bản đã được gửi."],
     L("huyện", "Thanh Liêm"),
     {("Trần Xuân Thành", "Phó Bí thư", "Huyện ủy Thanh Liêm"),
      ("Trần văn Quân", "Phó Chủ tịch", "Ủy ban nhân dân huyện Thanh Liêm")},
     {"Trần Xuân Thành": {"attendee"}, "Trần văn Quân": {"attendee"}, "Lê Văn Sáu": set()}),
    # a verb right after "lễ" names the event: "Dự lễ công bố có A; B" is attendance only
    (["Dự lễ công bố có Phó Chủ tịch Thường trực HĐND tỉnh Nguyễn Cao Phúc; Phó Chủ tịch UBND tỉnh Võ Phiên."],
     L("tỉnh", "Quảng Ngãi"),
     {("Nguyễn Cao Phúc", "Phó Chủ tịch Thường trực", "Hội đồng nhân dân tỉnh Quảng Ngãi"),
      ("Võ Phiên", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ngãi")},
     {"Nguyễn Cao Phúc": {"attendee"}, "Võ Phiên": {"attendee"}}),
    # verbs joined to the first share its subject, but not past the event it names: "… tổng kết công
    # tác năm 2025, triển khai nhiệm vụ năm 2026" goes on naming the conference
    (["Sáng 19/12/2025, Tổng Bí thư Tô Lâm dự và phát biểu chỉ đạo tại Hội nghị toàn quốc tổng kết công tác "
      "Tuyên giáo và Dân vận năm 2025, triển khai nhiệm vụ năm 2026.",
      "Đồng chí Nguyễn Văn An phát biểu khai mạc và quán triệt Nghị quyết."],
     None,
     {("Tô Lâm", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng")},
     {"Tô Lâm": {"attendee", "speaker"}, "Nguyễn Văn An": {"speaker", "presenter"}}),
    # a heading's "có" names who did it, not the "có" of the next clause
    (["Chủ trì hội nghị Ban Thường trực UBMTTQVN phường; Dự hội nghị có ông Cao Văn Vũ - Phó Bí thư Thường "
      "trực Đảng ủy phường."],
     None,
     {("Cao Văn Vũ", "Phó Bí thư Thường trực", "Đảng ủy phường")},
     {"Cao Văn Vũ": {"attendee"}}),
    # the delegates came, not the person who welcomed them; people before a closing "đến dự" came
    (["Chủ tịch Nguyễn Thiện Nhân chào mừng các đại biểu về dự Hội nghị.",
      "Ông Nguyễn Văn An, Chủ tịch UBND huyện và bà Trần Thị Bình đến dự."],
     None,
     {("Nguyễn Văn An", "Chủ tịch", "Ủy ban nhân dân huyện")},
     {"Nguyễn Thiện Nhân": set(), "Nguyễn Văn An": {"attendee"}, "Trần Thị Bình": {"attendee"}}),
    # a title whose clause goes on "và <lower case>" is someone else's: not carried to the next name
    (["Báo cáo với Phó Thủ tướng Chính phủ và đoàn công tác, Bí thư Huyện ủy Yên Lạc Nguyễn Văn Hùng đã "
      "khái quát một số kết quả."],
     None,
     {("Nguyễn Văn Hùng", "Bí thư", "Huyện ủy Yên Lạc")},
     {"Nguyễn Văn Hùng": {"presenter"}}),
    # "vinh dự" (honoured) holds no "dự": those who sent flowers did not attend
    (["Đại hội vinh dự được đón nhận lẵng hoa chúc mừng của các đồng chí: Tổng Bí thư Nguyễn Phú Trọng, "
      "Chủ tịch nước Nguyễn Xuân Phúc."],
     None,
     {("Nguyễn Phú Trọng", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng"), ("Nguyễn Xuân Phúc", "Chủ tịch nước", None)},
     {"Nguyễn Phú Trọng": set(), "Nguyễn Xuân Phúc": set()}),
    # "đc", another short form of "đồng chí"; "tái cử" an election verb like "tái đắc cử"
    (["Dự hội nghị có đc Trần Đức Hiền, HUV, Trưởng phòng Nội vụ huyện.",
      "Bà Lê Thị Hải Yến tái cử Chủ tịch Hội Phụ nữ tỉnh Bình Thuận."],
     L("huyện", "Gio Linh"),
     {("Trần Đức Hiền", "Huyện ủy viên", "Huyện ủy Gio Linh"),
      ("Trần Đức Hiền", "Trưởng phòng", "Phòng Nội vụ huyện Gio Linh"),
      ("Lê Thị Hải Yến", "Chủ tịch", "Hội Phụ nữ tỉnh Bình Thuận")},
     {"Trần Đức Hiền": {"attendee"}, "Lê Thị Hải Yến": set()}),
    # "tham gia Ủy viên <body>": a seat on the committee agreed at a consultation
    (["Hội nghị thống nhất cử bổ sung đối với ông Nguyễn Viết Hùng – Tỉnh uỷ viên, Chủ tịch Hội Nông dân "
      "tỉnh Nghệ An tham gia Ủy viên Ủy ban MTTQ tỉnh Nghệ An khóa XVI."],
     None,
     {("Nguyễn Viết Hùng", "Tỉnh ủy viên", "Tỉnh ủy Nghệ An"),
      ("Nguyễn Viết Hùng", "Chủ tịch", "Hội Nông dân tỉnh Nghệ An"),
      ("Nguyễn Viết Hùng", "Ủy viên", "Ủy ban MTTQ Việt Nam tỉnh Nghệ An")},
     {"Nguyễn Viết Hùng": set()}),
    (["Hội nghị biểu quyết cử ông Nguyễn Xuân Hiển - Chủ tịch Công đoàn phường tham gia vào Ủy viên Ủy ban "
      "MTTQ Việt Nam phường Trung Mỹ Tây."],
     None,
     {("Nguyễn Xuân Hiển", "Chủ tịch", "Công đoàn phường Trung Mỹ Tây"),
      ("Nguyễn Xuân Hiển", "Ủy viên", "Ủy ban MTTQ Việt Nam phường Trung Mỹ Tây")},
     {"Nguyễn Xuân Hiển": set()}),
    # "Về dự hội nghị:" then "Đại biểu huyện có: Đồng chí A – …;" and "- Đồng chí B – …;": all attended
    (["Về dự hội nghị:", "Đại biểu huyện có: Đồng chí Đoàn Như Quang – Phó trưởng ban tổ chức Huyện ủy;",
      "- Đồng chí Phạm Văn Dần – Phó trưởng ban tuyên giáo Huyện ủy;"],
     L("huyện", "Vĩnh Bảo"),
     {("Đoàn Như Quang", "Phó Trưởng ban", "Ban tổ chức Huyện ủy Vĩnh Bảo"),
      ("Phạm Văn Dần", "Phó Trưởng ban", "Ban Tuyên giáo Huyện ủy Vĩnh Bảo")},
     {"Đoàn Như Quang": {"attendee"}, "Phạm Văn Dần": {"attendee"}}),
    # "Các ông, bà giữ chức phó chủ tịch … gồm: A; B và C": the post each listed person holds
    (["Các ông, bà giữ chức phó chủ tịch UBMTTQVN phường gồm: Ông Trương Xuân Phúc; Bà Nguyễn Thị Nga và ông "
      "Dương Ngọc Đức."],
     L("phường", "Thái Hòa"),
     {(n, "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam phường Thái Hòa")
      for n in ("Trương Xuân Phúc", "Nguyễn Thị Nga", "Dương Ngọc Đức")},
     {n: set() for n in ("Trương Xuân Phúc", "Nguyễn Thị Nga", "Dương Ngọc Đức")}),
    # a plural honorific's shared title before a colon, then bare names: each holds it
    (["Dự hội nghị có các đồng chí Phó Trưởng Ban Dân vận Trung ương: Đỗ Văn Phới, Triệu Tài Vinh, Bùi Tuấn Quang."],
     None,
     {(n, "Phó Trưởng ban", "Ban Dân vận Trung ương") for n in ("Đỗ Văn Phới", "Triệu Tài Vinh", "Bùi Tuấn Quang")},
     {n: {"attendee"} for n in ("Đỗ Văn Phới", "Triệu Tài Vinh", "Bùi Tuấn Quang")}),
    # a title right after an abbreviated one, the comma left out
    (["Tham dự có đ/c Trần Xuân Vui ĐUV Phó chủ tịch Hội đồng nhân dân xã."],
     L("xã", "Ngọc Chúc"),
     {("Trần Xuân Vui", "Đảng ủy viên", "Đảng ủy xã Ngọc Chúc"),
      ("Trần Xuân Vui", "Phó Chủ tịch", "Hội đồng nhân dân xã Ngọc Chúc")},
     {"Trần Xuân Vui": {"attendee"}}),
    # police chiefs and commissars: "Trưởng Công an" is "Trưởng" of the Công an, "Chính ủy" of the command
    (["Dự có đồng chí Trịnh Khánh Hùng, Trưởng Công an phường Chợ Quán; đồng chí Lê Văn An - Phó Trưởng Công "
      "an huyện Chợ Mới; đồng chí Lương Đình Chung, Chính ủy Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi."],
     None,
     {("Trịnh Khánh Hùng", "Trưởng", "Công an phường Chợ Quán"),
      ("Lê Văn An", "Phó Trưởng", "Công an huyện Chợ Mới"),
      ("Lương Đình Chung", "Chính ủy", "Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi")},
     {"Trịnh Khánh Hùng": {"attendee"}, "Lê Văn An": {"attendee"}, "Lương Đình Chung": {"attendee"}}),
    # "với sự tham dự của" names who attended after "của"
    (["Đại hội diễn ra trong hai ngày với sự tham dự của bà Hoàng Thị Khiêm - Phó Chủ tịch UBMTTQ tỉnh; ông "
      "Hoàng Thanh Hải - Bí thư Huyện ủy Lâm Hà."],
     L("huyện", "Lâm Hà", L("tỉnh", "Lâm Đồng")),
     {("Hoàng Thị Khiêm", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng"),
      ("Hoàng Thanh Hải", "Bí thư", "Huyện ủy Lâm Hà")},
     {"Hoàng Thị Khiêm": {"attendee"}, "Hoàng Thanh Hải": {"attendee"}}),
    # a People's Council's deputy is a post; the head of a deputies' delegation keeps "đại biểu" in
    # the delegation's name; delegates ("các đại biểu") hold none
    (["Dự có bà Ngô Thị Thu, Đại biểu HĐND tỉnh; ông Giàng Páo Mỷ, Trưởng Đoàn Đại biểu Quốc hội tỉnh; bà Lê Thị "
      "Hoa, Phó Trưởng đoàn đại biểu Quốc hội tỉnh và các đại biểu Hội Nông dân."],
     L("huyện", "Lâm Hà", L("tỉnh", "Lâm Đồng")),
     {("Ngô Thị Thu", "Đại biểu", "Hội đồng nhân dân tỉnh Lâm Đồng"),
      ("Giàng Páo Mỷ", "Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Lâm Đồng"),
      ("Lê Thị Hoa", "Phó Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Lâm Đồng")},
     {"Ngô Thị Thu": {"attendee"}, "Giàng Páo Mỷ": {"attendee"}, "Lê Thị Hoa": {"attendee"}}),
    # … "có sự tham dự và chỉ đạo của" too; "A và các đồng chí lãnh đạo …, … đã đến dự": A came
    (["Đại hội có sự tham dự và chỉ đạo của bà Võ Ngọc Thanh Trúc, Chủ tịch Hội LHPN huyện."],
     L("huyện", "Lâm Hà", L("tỉnh", "Lâm Đồng")),
     {("Võ Ngọc Thanh Trúc", "Chủ tịch", "Hội Liên hiệp Phụ nữ huyện Lâm Hà")},
     {"Võ Ngọc Thanh Trúc": {"attendee"}}),
    (["Đồng chí Võ Hoàng Long – Phó Chủ tịch UBND huyện và các đồng chí lãnh đạo Đảng, chính quyền xã đã đến dự "
      "Ngày hội và chúc mừng các khu dân cư."],
     L("huyện", "Lâm Hà", L("tỉnh", "Lâm Đồng")),
     {("Võ Hoàng Long", "Phó Chủ tịch", "Ủy ban nhân dân huyện Lâm Hà")},
     {"Võ Hoàng Long": {"attendee"}}),
    # a district's Youth Union committee ("Quận Đoàn Đống Đa") names its unit; an acting secretary
    (["Dự đại hội có bà Phạm Thị Tâm, Quyền Bí thư Quận Đoàn Đống Đa; bà Nguyễn Thị Thanh Tâm, Phó Bí thư Quận "
      "Đoàn Đống Đa."],
     None,
     {("Phạm Thị Tâm", "Quyền Bí thư", "Quận đoàn Đống Đa"), ("Nguyễn Thị Thanh Tâm", "Phó Bí thư", "Quận đoàn Đống Đa")},
     {"Phạm Thị Tâm": {"attendee"}, "Nguyễn Thị Thanh Tâm": {"attendee"}}),
    # ... and a commune's ("Xã đoàn"), bare or by its name
    (["Dự có đồng chí Võ Minh Luân, Bí thư Xã đoàn; đồng chí Lê Văn Tâm, Phó Bí thư Phường đoàn Hải Tân."],
     L("xã", "Ngọc Chúc"),
     {("Võ Minh Luân", "Bí thư", "Xã đoàn Ngọc Chúc"), ("Lê Văn Tâm", "Phó Bí thư", "Phường đoàn Hải Tân")},
     {"Võ Minh Luân": {"attendee"}, "Lê Văn Tâm": {"attendee"}}),
    # "đã có bài phát biểu" is speaking
    (["Trong phiên khai mạc Đại hội, đồng chí Tòng Thị Phóng - Ủy viên Bộ Chính trị, Phó Chủ tịch Quốc hội đã "
      "có bài phát biểu tại Đại hội."],
     None,
     {("Tòng Thị Phóng", "Ủy viên", "Bộ Chính trị"), ("Tòng Thị Phóng", "Phó Chủ tịch", "Quốc hội")},
     {"Tòng Thị Phóng": {"speaker"}}),
    # NCT and LHPNVN spelled out; "đọc diễn văn" is speaking (and ends the body before it)
    (["Ông Lương Quang Đông, Chủ tịch Hội NCT huyện Yên Thế phát biểu.",
      "Bà Trần Thị Hương, Phó Chủ tịch Hội LHPNVN dự Đại hội.",
      "Bà Trương Thị Tươi - Chủ tịch Hội đọc diễn văn kỷ niệm."],
     None,
     {("Lương Quang Đông", "Chủ tịch", "Hội Người cao tuổi huyện Yên Thế"),
      ("Trần Thị Hương", "Phó Chủ tịch", "Hội Liên hiệp Phụ nữ Việt Nam"),
      ("Trương Thị Tươi", "Chủ tịch", "Hội")},
     {"Lương Quang Đông": {"speaker"}, "Trần Thị Hương": {"attendee"}, "Trương Thị Tươi": {"speaker"}}),
    # "UVTT" is "Ủy viên Thường trực" (UVBTT is of the standing board)
    (["Bà Trần Thị Mẫn - UVTT, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố phát biểu."],
     L("thành phố", "Đà Nẵng"),
     {("Trần Thị Mẫn", "Ủy viên Thường trực", "Ủy ban MTTQ Việt Nam thành phố Đà Nẵng"),
      ("Trần Thị Mẫn", "Trưởng ban", "Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố Đà Nẵng")},
     {"Trần Thị Mẫn": {"speaker"}}),
    # after a committee named by its level, a lower-case word is the verb, unless it says what a
    # steering body is for
    (["Đ/c Chu Lê Chinh - Trưởng Ban dân vận Tỉnh ủy đánh trống khởi động tháng thanh niên năm 2017.",
      "Ông Nguyễn Văn Tùng, Phó Trưởng Ban Chỉ đạo Thành ủy về công tác bầu cử phát biểu."],
     L("tỉnh", "Lai Châu"),
     {("Chu Lê Chinh", "Trưởng ban", "Ban dân vận Tỉnh ủy Lai Châu"),
      ("Nguyễn Văn Tùng", "Phó Trưởng ban", "Ban Chỉ đạo Thành ủy về công tác bầu cử")},
     {"Chu Lê Chinh": set(), "Nguyễn Văn Tùng": {"speaker"}}),
    # assigned posts ("được phân công giữ chức", "đảm nhiệm"); a Party post so given is the unit's
    # committee's even with no body written
    (["Trong đó, bà Nguyễn Thu Cúc được phân công giữ chức Bí thư Đảng ủy phường; ông Phạm Văn Nồng đảm nhiệm "
      "Phó Bí thư Thường trực."],
     L("phường", "Thủ Dầu Một"),
     {("Nguyễn Thu Cúc", "Bí thư", "Đảng ủy phường Thủ Dầu Một"),
      ("Phạm Văn Nồng", "Phó Bí thư Thường trực", "Đảng ủy phường Thủ Dầu Một")},
     {"Nguyễn Thu Cúc": set(), "Phạm Văn Nồng": set()}),
    # a role verb heading those it names after "có", as attendance does
    (["Dự và chủ trì hội nghị tại điểm cầu chính có: Bí thư Tỉnh ủy Nguyễn Mạnh Cường; các Ủy viên Ban "
      "Thường vụ."],
     CA_MAU,
     {("Nguyễn Mạnh Cường", "Bí thư", "Tỉnh ủy Cà Mau")},
     {"Nguyễn Mạnh Cường": {"attendee", "chair"}}),
    (["Chủ trì tại điểm cầu Quảng Ninh có đồng chí Nguyễn Văn Hồi, Chủ tịch Ủy ban MTTQ tỉnh."],
     None,
     {("Nguyễn Văn Hồi", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh")},
     {"Nguyễn Văn Hồi": {"chair"}}),
    # "<group> do <person> … làm Trưởng đoàn": the person heads the group before "do"
    (["Ngày 12-9-2018, Tổ công tác của Mặt trận tỉnh do đồng chí Đoàn Tấn Sỹ, Phó Chủ tịch Ủy ban MTTQ "
      "Việt Nam tỉnh Cà Mau làm Trưởng đoàn có buổi làm việc với Ban Thường trực."],
     CA_MAU,
     {("Đoàn Tấn Sỹ", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Cà Mau"),
      ("Đoàn Tấn Sỹ", "Trưởng đoàn", "Tổ công tác của Mặt trận tỉnh Cà Mau")},
     {"Đoàn Tấn Sỹ": set()}),
    # the same with the title before the name; the group named from its last head, with what
    # it glosses in parentheses ("Đoàn" of "Liên đoàn", "Tổ" of "Tổ quốc" head nothing)
    (["Sáng 17/9, đoàn công tác UBMTTQVN tỉnh Cà Mau do Chủ tịch UBMTTQVN tỉnh Trần Bình Trọng "
      "làm trưởng đoàn đã kiểm tra công tác chuẩn bị Đại hội.",
      "Ngày 27/10, Liên đoàn Lao động tỉnh có buổi làm việc với Đoàn công tác Liên đoàn Lao động "
      "tỉnh Chungnam (Hàn Quốc) do ông Choi Jung Hee, Chủ tịch Liên đoàn Lao động tỉnh Chungnam làm "
      "Trưởng đoàn.",
      "Đoàn công tác của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam (UB TW MTTQ VN) do đồng chí "
      "Trương Thị Ngọc Ánh, Phó Chủ tịch Ủy ban TW MTTQ Việt Nam làm trưởng đoàn đã kiểm tra."],
     CA_MAU,
     {("Trần Bình Trọng", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Cà Mau"),
      ("Trần Bình Trọng", "Trưởng đoàn", "Đoàn công tác Ủy ban MTTQ Việt Nam tỉnh Cà Mau"),
      ("Choi Jung Hee", "Chủ tịch", "Liên đoàn Lao động tỉnh Chungnam"),
      ("Choi Jung Hee", "Trưởng đoàn", "Đoàn công tác Liên đoàn Lao động tỉnh Chungnam"),
      ("Trương Thị Ngọc Ánh", "Phó Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam"),
      ("Trương Thị Ngọc Ánh", "Trưởng đoàn", "Đoàn công tác của Ủy ban Trung ương MTTQ Việt Nam")},
     {"Trần Bình Trọng": set(), "Choi Jung Hee": set(), "Trương Thị Ngọc Ánh": set()}),
    # a list heading gives its title to the names under it that have none of their own
    (["Chín Phó chủ tịch Ủy ban MTTQ Việt Nam tỉnh, gồm: Ông Lê Thanh Triều, Ủy viên Ban Thường vụ Tỉnh "
      "ủy, Phó chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh Cà Mau; bà Võ Thị Ngọc Hân; ông Nguyễn Văn "
      "Khởi và ông Phạm Tuấn Tài."],
     CA_MAU,
     {("Lê Thanh Triều", "Ủy viên Ban Thường vụ", "Tỉnh ủy Cà Mau"),
      ("Lê Thanh Triều", "Phó Chủ tịch Thường trực", "Ủy ban MTTQ Việt Nam tỉnh Cà Mau"),
      ("Võ Thị Ngọc Hân", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Cà Mau"),
      ("Nguyễn Văn Khởi", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Cà Mau"),
      ("Phạm Tuấn Tài", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Cà Mau")},
     {n: set() for n in ("Lê Thanh Triều", "Võ Thị Ngọc Hân", "Nguyễn Văn Khởi", "Phạm Tuấn Tài")}),
    # names joined by "," or "và" before an election share it
    (["Các ông Văn Tiến Vững, Lỗ Tất Thắng được bầu giữ chức Phó chủ tịch MTTQ huyện Vĩnh Tường."],
     VINH_TUONG,
     {("Văn Tiến Vững", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam huyện Vĩnh Tường"),
      ("Lỗ Tất Thắng", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam huyện Vĩnh Tường")},
     {"Văn Tiến Vững": set(), "Lỗ Tất Thắng": set()}),
    # a body heading ("Ban Thường trực gồm:") gives no title
    (["Ban Thường trực gồm: ông Nguyễn Văn An; ông Trần Văn Bình."], VINH_TUONG, set(),
     {"Nguyễn Văn An": set(), "Trần Văn Bình": set()}),
    (["Tham dự hội nghị có ông Lâm Dũng Liêm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đại diện Ban "
      "Thường trực Ủy ban MTTQ Việt Nam tỉnh; 150 đại biểu.",
      "Ông Lâm Dũng Liêm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đã báo cáo với các đại biểu."],
     SOC_TRANG,
     {("Lâm Dũng Liêm", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng")},
     {"Lâm Dũng Liêm": {"attendee", "presenter"}}),
    # title before name; the province is Quảng Nam, not Thái Bình
    (["(Mặt trận) - Sáng 22/8, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Nam Lê Thái Bình chủ trì tọa "
      "đàm phong trào thi đua \"Đoàn kết sáng tạo, nâng cao năng suất\" trên địa bàn tỉnh.",
      "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Thái Bình phát biểu đề dẫn tọa đàm."],
     QUANG_NAM,
     {("Lê Thái Bình", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Quảng Nam")},
     {"Lê Thái Bình": {"chair", "speaker"}}),
    # three titles, odd separators; UVTV belongs to the Thị ủy
    (["Dự lớp tập huấn có các đồng chí: Hà Việt Phong- UVTV, Trưởng ban Tuyên giáo Thị ủy,Giám đốc Trung "
      "tâm bồi dưỡng chính trị thị xã; Đinh Duy Hưng – UVTV, Chủ tịch Ủy ban MTTQ Việt Nam thị xã và hơn "
      "200 đại biểu.",
      "Phát biểu tại hội nghị, đồng chí Đinh Duy Hưng-UVTV, Chủ tịch Ủy ban MTTQ Việt Nam thị xã đề nghị "
      "thời gian tới MTTQ các cấp cần chú trọng."],
     SON_TAY,
     {("Hà Việt Phong", "Ủy viên Ban Thường vụ", "Thị ủy Sơn Tây"),
      ("Hà Việt Phong", "Trưởng ban", "Ban Tuyên giáo Thị ủy Sơn Tây"),
      ("Hà Việt Phong", "Giám đốc", "Trung tâm bồi dưỡng chính trị thị xã Sơn Tây"),
      ("Đinh Duy Hưng", "Ủy viên Ban Thường vụ", "Thị ủy Sơn Tây"),
      ("Đinh Duy Hưng", "Chủ tịch", "Ủy ban MTTQ Việt Nam thị xã Sơn Tây")},
     {"Hà Việt Phong": {"attendee"}, "Đinh Duy Hưng": {"attendee", "speaker"}}),
    # HUV is a post of its own; a caption adds a role to the same person
    (["Dự Hội nghị có đồng chí Mai Thị Kim Dung, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện.",
      "Đồng chí Mai Thị Kim Dung, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện kết luận Hội nghị"],
     GIA_VIEN,
     {("Mai Thị Kim Dung", "Huyện ủy viên", "Huyện ủy Gia Viễn"),
      ("Mai Thị Kim Dung", "Chủ tịch", "Ủy ban MTTQ Việt Nam huyện Gia Viễn")},
     {"Mai Thị Kim Dung": {"attendee", "concluder"}}),
    # a list without honorifics after the first; people's committee abbreviation
    (["Dự Hội nghị có đồng chí Châu Văn Thiện, HUV- Chủ tịch UBMTTQ Việt Nam huyện Đồng Xuân; Huỳnh Thị "
      "Hồng Hạnh, HUV- Bí thư Đảng ủy xã Xuân Long; Trần Ngọc Minh, PCT UBND xã Xuân Long."],
     XUAN_LONG,
     {("Châu Văn Thiện", "Huyện ủy viên", "Huyện ủy Đồng Xuân"),
      ("Châu Văn Thiện", "Chủ tịch", "Ủy ban MTTQ Việt Nam huyện Đồng Xuân"),
      ("Huỳnh Thị Hồng Hạnh", "Huyện ủy viên", "Huyện ủy Đồng Xuân"),
      ("Huỳnh Thị Hồng Hạnh", "Bí thư", "Đảng ủy xã Xuân Long"),
      ("Trần Ngọc Minh", "Phó Chủ tịch", "Ủy ban nhân dân xã Xuân Long")},
     {"Châu Văn Thiện": {"attendee"}, "Huỳnh Thị Hồng Hạnh": {"attendee"}, "Trần Ngọc Minh": {"attendee"}}),
    # co-chairs
    (["Đồng chí Trần Quang Vinh, Phó Chủ tịch Liên đoàn Lao động tỉnh và đồng chí Nguyễn Hữu Lạc, Phó Chủ "
      "tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh đồng chủ trì hội nghị."],
     None,
     {("Trần Quang Vinh", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh"),
      ("Nguyễn Hữu Lạc", "Phó Chủ tịch Thường trực", "Ủy ban MTTQ Việt Nam tỉnh")},
     {"Trần Quang Vinh": {"chair"}, "Nguyễn Hữu Lạc": {"chair"}}),
    # joint title; verb at the end of the sentence; verb opening the sentence
    (["Ông Vũ Trọng Kim, Phó Chủ tịch kiêm Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam cùng 260 cán bộ "
      "mặt trận của 17 tỉnh, thành phố tham dự.",
      "Phát biểu khai mạc Hội nghị tập huấn, ông Vũ Trọng Kim, Phó Chủ tịch kiêm Tổng Thư ký Ủy ban Trung "
      "ương MTTQ Việt Nam, nhấn mạnh: Đợt tập huấn này."],
     None,
     {("Vũ Trọng Kim", "Phó Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam"),
      ("Vũ Trọng Kim", "Tổng Thư ký", "Ủy ban Trung ương MTTQ Việt Nam")},
     {"Vũ Trọng Kim": {"attendee", "speaker"}}),
    # "kiêm" after a comma; "đã triển khai" a document is presenter; Đảng ủy made specific
    (["Tại hội nghị, đồng chí Nguyễn Cẩm Tú – Đảng ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, "
      "kiêm Chủ tịch Công đoàn phường, đã triển khai Chương trình hành động."],
     LONG_XUYEN,
     {("Nguyễn Cẩm Tú", "Đảng ủy viên", "Đảng ủy phường Long Xuyên"),
      ("Nguyễn Cẩm Tú", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam phường Long Xuyên"),
      ("Nguyễn Cẩm Tú", "Chủ tịch", "Công đoàn phường Long Xuyên")},
     {"Nguyễn Cẩm Tú": {"presenter"}}),
    # a title with no body takes the next title's committee
    (["Tham dự hội nghị có ông Nguyễn Thanh Hải - Ủy viên Ban Thường trực, Trưởng ban Tuyên giáo và Đối "
      "ngoại Ủy ban MTTQ Thành phố, Ông Kiều Xuân Huy - Phó Bí thư Huyện ủy, Chủ tịch UBND huyện."],
     None,
     {("Nguyễn Thanh Hải", "Ủy viên Ban Thường trực", "Ủy ban MTTQ Việt Nam thành phố"),
      ("Nguyễn Thanh Hải", "Trưởng ban", "Ban Tuyên giáo và Đối ngoại Ủy ban MTTQ Việt Nam thành phố"),
      ("Kiều Xuân Huy", "Phó Bí thư", "Huyện ủy"),
      ("Kiều Xuân Huy", "Chủ tịch", "Ủy ban nhân dân huyện")},
     {"Nguyễn Thanh Hải": {"attendee"}, "Kiều Xuân Huy": {"attendee"}}),
    # elected: a post, no role; attendance verb not about the person
    (["Thực hiện điều lệ MTTQ Việt Nam, 100% đại biểu tham dự hội nghị đã biểu quyết, hiệp thương cử bà Hà "
      "Thị Nga, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam giữ chức Phó Chủ tịch, Tổng Thư ký Ủy ban "
      "Trung ương MTTQ Việt Nam khóa X."],
     None,
     {("Hà Thị Nga", "Phó Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam"),
      ("Hà Thị Nga", "Tổng Thư ký", "Ủy ban Trung ương MTTQ Việt Nam")},
     {"Hà Thị Nga": set()}),
    # a caption handing over a house: a post, no role; "hộ bà X" is a person without post
    (["Đ/c Hoàng Thế Hòe - Ủy viên BTV huyện ủy, Chủ tịch Ủy ban MTTQ huyện Mỹ Lộc trao nhà Đại đoàn kết"],
     L("huyện", "Mỹ Lộc"),
     {("Hoàng Thế Hòe", "Ủy viên Ban Thường vụ", "Huyện ủy Mỹ Lộc"),
      ("Hoàng Thế Hòe", "Chủ tịch", "Ủy ban MTTQ Việt Nam huyện Mỹ Lộc")},
     {"Hoàng Thế Hòe": set()}),
    # titles the real pages use: the Central Committee named "Trung ương Đảng", an alternate
    # member; a bare name after a comma is the next person of the list
    (["Dự hội nghị có ông Ngô Đông Hải, Ủy viên dự khuyết Trung ương Đảng, Bí thư Tỉnh ủy Thái Bình, "
      "Nguyễn Văn Giang, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh."],
     L("tỉnh", "Thái Bình"),
     {("Ngô Đông Hải", "Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng"),
      ("Ngô Đông Hải", "Bí thư", "Tỉnh ủy Thái Bình"),
      ("Nguyễn Văn Giang", "Tỉnh ủy viên", "Tỉnh ủy Thái Bình"),
      ("Nguyễn Văn Giang", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Thái Bình")},
     {"Ngô Đông Hải": {"attendee"}, "Nguyễn Văn Giang": {"attendee"}}),
    # a delegation's head; "làm" goes on to the post just taken
    (["Ông Hồ Thanh Thủy, Phó bí thư Tỉnh ủy làm Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau.",
      "Dự có ông Lê Quốc Chỉnh, Chủ tịch HĐND tỉnh, Trưởng đoàn ĐBQH tỉnh Nam Định."],
     L("tỉnh", "Cà Mau"),
     {("Hồ Thanh Thủy", "Phó Bí thư", "Tỉnh ủy Cà Mau"),
      ("Hồ Thanh Thủy", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Cà Mau"),
      # (his bare "tỉnh" is the one his other post names, not the article's)
      ("Lê Quốc Chỉnh", "Chủ tịch", "Hội đồng nhân dân tỉnh Nam Định"),
      ("Lê Quốc Chỉnh", "Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Nam Định")},
     {"Hồ Thanh Thủy": set(), "Lê Quốc Chỉnh": {"attendee"}}),
    # "Ông" is a family name too, but before a name it is the honorific
    (["Chín Phó chủ tịch Ủy ban MTTQ Việt Nam tỉnh, gồm: Ông Lê Thanh Triều, Ủy viên Ban Thường vụ Tỉnh ủy, "
      "Phó chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh Cà Mau; bà Võ Thị Ngọc Hân."],
     L("tỉnh", "Cà Mau"),
     {("Lê Thanh Triều", "Ủy viên Ban Thường vụ", "Tỉnh ủy Cà Mau"),
      ("Lê Thanh Triều", "Phó Chủ tịch Thường trực", "Ủy ban MTTQ Việt Nam tỉnh Cà Mau"),
      ("Võ Thị Ngọc Hân", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Cà Mau")},
     {"Lê Thanh Triều": set(), "Võ Thị Ngọc Hân": set()}),
    # title first: the committee's name places its town; a verb ends the name; two-syllable
    # names when nothing follows them in the clause
    (["Bí thư Thành ủy Quảng Ngãi Ngô Văn Trọng cùng Chủ tịch HĐND thành phố Quảng Ngãi Trần Phước Hải "
      "trao Quyết định thành lập Đảng bộ xã.",
      "Dự lễ có Phó Chủ tịch UBND tỉnh Võ Phiên; đại biểu các xã."],
     L("tỉnh", "Quảng Ngãi"),
     {("Ngô Văn Trọng", "Bí thư", "Thành ủy Quảng Ngãi"),
      ("Trần Phước Hải", "Chủ tịch", "Hội đồng nhân dân thành phố Quảng Ngãi"),
      ("Võ Phiên", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ngãi")},
     {"Ngô Văn Trọng": set(), "Trần Phước Hải": set(), "Võ Phiên": {"attendee"}}),
    # abbreviations of bodies: TPHCM, UBMT, T.Ư
    (["Ông Ngô Minh Hải, Bí thư Thành đoàn TPHCM, Phó Chủ tịch Ủy ban MTTQ Việt Nam TPHCM phát biểu.",
      "Đồng chí Phạm Vĩnh, Phó Chủ tịch UBMT tỉnh dự.",
      "Ông Bế Xuân Trường, Phó Chủ tịch Ủy ban T.Ư MTTQ Việt Nam dự."],
     L("tỉnh", "Quảng Trị"),
     {("Ngô Minh Hải", "Bí thư", "Thành đoàn Thành phố Hồ Chí Minh"),
      ("Ngô Minh Hải", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam Thành phố Hồ Chí Minh"),
      ("Phạm Vĩnh", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Quảng Trị"),
      ("Bế Xuân Trường", "Phó Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam")},
     {"Ngô Minh Hải": {"speaker"}, "Phạm Vĩnh": {"attendee"}, "Bế Xuân Trường": {"attendee"}}),
    # a post needs its body: of which delegation the text does not say; Chủ tịch nước has none
    (["Đoàn công tác do ông Lò Văn Thanh làm Trưởng đoàn đã đến thăm.",
      "Dự có bà Đặng Thị Ngọc Thịnh, Phó Chủ tịch nước."],
     L("tỉnh", "Điện Biên"),
     {("Đặng Thị Ngọc Thịnh", "Phó Chủ tịch nước", None)},
     {"Lò Văn Thanh": set(), "Đặng Thị Ngọc Thịnh": {"attendee"}}),
    # everyone of a ";" list did what follows it
    (["Các đồng chí: Chẩu Văn Lâm, Bí thư Tỉnh ủy; Lê Thị Kim Dung, Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Văn "
      "Sơn, Phó Bí thư Tỉnh ủy chủ trì hội nghị."],
     L("tỉnh", "Tuyên Quang"),
     {("Chẩu Văn Lâm", "Bí thư", "Tỉnh ủy Tuyên Quang"),
      ("Lê Thị Kim Dung", "Phó Bí thư Thường trực", "Tỉnh ủy Tuyên Quang"),
      ("Nguyễn Văn Sơn", "Phó Bí thư", "Tỉnh ủy Tuyên Quang")},
     {"Chẩu Văn Lâm": {"chair"}, "Lê Thị Kim Dung": {"chair"}, "Nguyễn Văn Sơn": {"chair"}}),
    # attendance verbs after the people, whatever follows them
    (["Phó Chủ tịch nước Đặng Thị Ngọc Thịnh; Phó Chủ tịch UBTƯ MTTQ Việt Nam Trương Thị Ngọc Ánh đến dự và "
      "chung vui cùng với khu dân cư.",
      "Sáng 14-11, đồng chí Trần Thanh Mẫn, Ủy viên Bộ Chính trị đã đến dự Ngày hội Đại đoàn kết toàn dân tộc."],
     None,
     {("Đặng Thị Ngọc Thịnh", "Phó Chủ tịch nước", None),
      ("Trương Thị Ngọc Ánh", "Phó Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam"),
      ("Trần Thanh Mẫn", "Ủy viên", "Bộ Chính trị")},
     {"Đặng Thị Ngọc Thịnh": {"attendee"}, "Trương Thị Ngọc Ánh": {"attendee"}, "Trần Thanh Mẫn": {"attendee"}}),
    # "Về phía … có …" continues who attended; list items take the roles of the line above them
    (["Dự đại hội có đồng chí Ngô Văn Toản, Phó Chủ tịch Hội Nông dân tỉnh.",
      "Về phía huyện Kim Bảng có đồng chí Nguyễn Thành Thăng – Phó Bí thư Huyện ủy – Chủ tịch UBND huyện.",
      "Tham dự và truyền đạt chuyên đề có:",
      "- Đồng chí Nguyễn Đình Nguyên - Phó Ban Dân chủ - giám sát phản biện xã hội, UBMTTQ tỉnh;"],
     L("huyện", "Kim Bảng", L("tỉnh", "Hà Nam")),
     {("Ngô Văn Toản", "Phó Chủ tịch", "Hội Nông dân tỉnh Hà Nam"),
      ("Nguyễn Thành Thăng", "Phó Bí thư", "Huyện ủy Kim Bảng"),
      ("Nguyễn Thành Thăng", "Chủ tịch", "Ủy ban nhân dân huyện Kim Bảng"),
      ("Nguyễn Đình Nguyên", "Phó Ban", "Ban Dân chủ - giám sát phản biện xã hội Ủy ban MTTQ Việt Nam tỉnh Hà Nam")},
     {"Ngô Văn Toản": {"attendee"}, "Nguyễn Thành Thăng": {"attendee"},
      "Nguyễn Đình Nguyên": {"attendee", "presenter"}}),
    # a council's session is chaired with "chủ tọa" (either tone-mark style)
    (["Đồng chí Nguyễn Văn Tám, Bí thư Đảng ủy, Chủ tịch HĐND phường Phan Thiết chủ toạ kỳ họp."],
     L("phường", "Phan Thiết", L("tỉnh", "Lâm Đồng")),
     {("Nguyễn Văn Tám", "Bí thư", "Đảng ủy phường Phan Thiết"),
      ("Nguyễn Văn Tám", "Chủ tịch", "Hội đồng nhân dân phường Phan Thiết")},
     {"Nguyễn Văn Tám": {"chair"}}),
    # ministers, editors, degrees spelt with "sỹ", and family names of the northern uplands
    (["Dự hội nghị có đồng chí Hồ Đức Phớc, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Tài chính.",
      "Ông Lê Xuân Sơn, Tổng Biên tập Báo Tiền Phong phát biểu.",
      "Bí thư Tỉnh ủy Chẩu Văn Lâm quán triệt nghị quyết.",
      "Thạc sỹ Phan Văn Khiêm, Phó Chủ tịch Hội Nông dân tỉnh trình bày chuyên đề.",
      "Đồng chí Giàng A Tông, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị."],
     L("tỉnh", "Tuyên Quang"),
     {("Hồ Đức Phớc", "Ủy viên", "Ban Chấp hành Trung ương Đảng"), ("Hồ Đức Phớc", "Bộ trưởng", "Bộ Tài chính"),
      ("Lê Xuân Sơn", "Tổng Biên tập", "Báo Tiền Phong"), ("Chẩu Văn Lâm", "Bí thư", "Tỉnh ủy Tuyên Quang"),
      ("Phan Văn Khiêm", "Phó Chủ tịch", "Hội Nông dân tỉnh Tuyên Quang"),
      ("Giàng A Tông", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang")},
     {"Hồ Đức Phớc": {"attendee"}, "Lê Xuân Sơn": {"speaker"}, "Chẩu Văn Lâm": {"presenter"},
      "Phan Văn Khiêm": {"presenter"}, "Giàng A Tông": {"chair"}}),
    # a dash and an honorific between a title's body and the name; a standing committee member
    # of the committee whose commission the next title names
    (["Chủ tịch UBMTTQ Việt Nam TP. Huế – bà Nguyễn Thị Ái Vân tặng hoa chúc mừng đại hội.",
      "Dự có các đồng chí: Hồ Minh Tuấn - UVBTV, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, đến dự."],
     L("huyện", "Gò Quao", L("tỉnh", "Kiên Giang")),
     {("Nguyễn Thị Ái Vân", "Chủ tịch", "Ủy ban MTTQ Việt Nam thành phố Huế"),
      ("Hồ Minh Tuấn", "Ủy viên Ban Thường vụ", "Tỉnh ủy Kiên Giang"),
      ("Hồ Minh Tuấn", "Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Kiên Giang")},
     {"Nguyễn Thị Ái Vân": set(), "Hồ Minh Tuấn": {"attendee"}}),
    # "Lãnh đạo …" after a comma begins the next part of the list, not the body
    (["Dự có ông Lê Quang Đức- Trưởng Phòng Lao động-TBXH huyện, Lãnh đạo Đảng ủy, UBND xã Quế Long."],
     L("huyện", "Quế Sơn", L("tỉnh", "Quảng Nam")),
     {("Lê Quang Đức", "Trưởng phòng", "Phòng Lao động-Thương binh và Xã hội huyện Quế Sơn")},
     {"Lê Quang Đức": {"attendee"}}),
    # "và" before another body ends the first ("… và Ban Thường trực …"); a name's own "và"
    # ("Thương binh và Xã hội", "Quốc phòng và An ninh") does not
    (["Dự có bà Bùi Thị Thanh, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam và Ban Thường trực Ủy ban MTTQ "
      "Việt Nam tỉnh Đồng Nai.",
      "Ông Trần Đức Thuận, Phó Chủ nhiệm Ủy ban Quốc phòng và An ninh của Quốc hội phát biểu."],
     L("tỉnh", "Đồng Nai"),
     {("Bùi Thị Thanh", "Phó Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam"),
      ("Trần Đức Thuận", "Phó Chủ nhiệm", "Ủy ban Quốc phòng và An ninh của Quốc hội")},
     {"Bùi Thị Thanh": {"attendee"}, "Trần Đức Thuận": {"speaker"}}),
    # "UVBCH": a member of the executive committee the body names
    (["Hội nghị đã nghe đồng chí Lê Tiến Châu- UVBCH Trung ương Đảng, Phó Chủ tịch, Tổng thư ký UB Trung "
      "ương MTTQ Việt Nam báo cáo tóm tắt kết quả."],
     None,
     {("Lê Tiến Châu", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
      ("Lê Tiến Châu", "Phó Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam"),
      ("Lê Tiến Châu", "Tổng Thư ký", "Ủy ban Trung ương MTTQ Việt Nam")},
     {"Lê Tiến Châu": {"presenter"}}),
    # elected "with the trust" of the congress: the post follows the verb
    (["Bà Phan Thị Tuyết Nhung tiếp tục được tín nhiệm bầu giữ chức Chủ tịch Hội LHPN huyện lần thứ XII.",
      "Đồng chí Trần Xuân Ngọc được tín nhiệm được bầu là Chủ tịch Hội Nông dân huyện."],
     L("huyện", "Vạn Ninh", L("tỉnh", "Khánh Hòa")),
     {("Phan Thị Tuyết Nhung", "Chủ tịch", "Hội Liên hiệp Phụ nữ huyện Vạn Ninh"),
      ("Trần Xuân Ngọc", "Chủ tịch", "Hội Nông dân huyện Vạn Ninh")},
     {"Phan Thị Tuyết Nhung": set(), "Trần Xuân Ngọc": set()}),
    # a bare "Đảng ủy" is the committee of the commune or agency the next post names; not of a
    # district's committee (whose Party committee is the Huyện ủy): that one stays bare
    (["Dự có đồng chí Trần Hữu Ân, Bí thư Đảng ủy, Phó Viện trưởng Viện kiểm sát nhân dân tỉnh Quảng Trị.",
      "Bí thư Đảng ủy, Chủ tịch HĐND phường Thuận Hóa Nguyễn Đình Bách phát biểu.",
      "Ông Lê Văn Hai, Bí thư Đảng ủy, Phó Chủ tịch UBND huyện Gio Linh dự."],
     L("tỉnh", "Quảng Trị"),
     {("Trần Hữu Ân", "Bí thư", "Đảng ủy Viện kiểm sát nhân dân tỉnh Quảng Trị"),
      ("Trần Hữu Ân", "Phó Viện trưởng", "Viện kiểm sát nhân dân tỉnh Quảng Trị"),
      ("Nguyễn Đình Bách", "Bí thư", "Đảng ủy phường Thuận Hóa"),
      ("Nguyễn Đình Bách", "Chủ tịch", "Hội đồng nhân dân phường Thuận Hóa"),
      ("Lê Văn Hai", "Bí thư", "Đảng ủy"),
      ("Lê Văn Hai", "Phó Chủ tịch", "Ủy ban nhân dân huyện Gio Linh")},
     {"Trần Hữu Ân": {"attendee"}, "Nguyễn Đình Bách": {"speaker"}, "Lê Văn Hai": {"attendee"}}),
    # on a page that does not say which commune: the commune's committee, its name left open
    # ("Đảng ủy xã"), from the next post's bare unit; a bare Party member's title too
    (["Dự có đồng chí Phạm Đức Cương - Bí thư Đảng ủy- Chủ tịch HĐND xã.",
      "Tham dự có đồng chí Trần Đức Lâm, Đảng ủy viên, Chủ tịch Hội Cựu Chiến binh Phường.",
      "Tham dự có đồng chí Lê Văn Tám, Đảng ủy viên, Chủ tịch Hội Cựu Chiến binh huyện."],
     None,
     {("Phạm Đức Cương", "Bí thư", "Đảng ủy xã"),
      ("Phạm Đức Cương", "Chủ tịch", "Hội đồng nhân dân xã"),
      ("Trần Đức Lâm", "Đảng ủy viên", "Đảng ủy phường"),
      ("Trần Đức Lâm", "Chủ tịch", "Hội Cựu chiến binh phường"),
      ("Lê Văn Tám", "Đảng ủy viên", "Đảng ủy"),
      ("Lê Văn Tám", "Chủ tịch", "Hội Cựu chiến binh huyện")},
     {"Phạm Đức Cương": {"attendee"}, "Trần Đức Lâm": {"attendee"}, "Lê Văn Tám": {"attendee"}}),
    # the Party committee of the Front and the mass organisations has a comma in its name: the
    # chain goes on past it to the next posts
    (["Bà Hà Thị Nga, Ủy viên Trung ương Đảng, Phó Bí thư Thường trực Đảng ủy MTTQ, các đoàn thể Trung "
      "ương, Bí thư Đảng ủy Cơ quan UBTƯ MTTQ Việt Nam, Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ Việt Nam "
      "phát biểu.",
      "Ông Trần Văn An, Phó Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh, Phó Chủ tịch Ủy ban MTTQ "
      "Việt Nam tỉnh dự."],
     CA_MAU,
     {("Hà Thị Nga", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
      ("Hà Thị Nga", "Phó Bí thư Thường trực", "Đảng ủy MTTQ, các đoàn thể Trung ương"),
      ("Hà Thị Nga", "Bí thư", "Đảng ủy Cơ quan Ủy ban Trung ương MTTQ Việt Nam"),
      ("Hà Thị Nga", "Phó Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam"),
      ("Hà Thị Nga", "Tổng Thư ký", "Ủy ban Trung ương MTTQ Việt Nam"),
      ("Trần Văn An", "Phó Bí thư", "Đảng ủy MTTQ, các đoàn thể tỉnh Cà Mau"),
      ("Trần Văn An", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Cà Mau")},
     {"Hà Thị Nga": {"speaker"}, "Trần Văn An": {"attendee"}}),
    # a deputy's mandate after a body ends the body ("…, Đại biểu Quốc hội"), and is a post of its
    # own, as a council's is; a delegation of deputies is a body of its own
    (["Dự có đồng chí Trần Đức Thuận, Ủy viên Thường trực Ủy ban Quốc phòng và An ninh của Quốc hội, Đại biểu "
      "Quốc hội tỉnh Nghệ An; ông Lê Tuấn Minh, Chủ tịch UBND huyện Văn Lãng, Đại biểu HĐND huyện; ông Võ Văn "
      "Bình, Trưởng Đoàn Đại biểu Quốc hội tỉnh Tiền Giang."],
     CA_MAU,
     {("Trần Đức Thuận", "Ủy viên Thường trực", "Ủy ban Quốc phòng và An ninh của Quốc hội"),
      ("Trần Đức Thuận", "Đại biểu", "Quốc hội"),
      ("Lê Tuấn Minh", "Chủ tịch", "Ủy ban nhân dân huyện Văn Lãng"),
      ("Lê Tuấn Minh", "Đại biểu", "Hội đồng nhân dân huyện Văn Lãng"),
      ("Võ Văn Bình", "Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Tiền Giang")},
     {"Trần Đức Thuận": {"attendee"}, "Lê Tuấn Minh": {"attendee"}, "Võ Văn Bình": {"attendee"}}),
    # between the people and their verb: others named without a name ("và các Phó Chủ tịch …
    # đã"), "lần lượt", what they did first ("…, ôn lại truyền thống …, đồng thời báo cáo")
    (["Tại hội nghị, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Võ Thanh An và các Phó Chủ tịch Ủy ban MTTQ Việt Nam "
      "tỉnh đã triển khai một số nội dung quan trọng.",
      "Thượng tá Trịnh Khánh Hùng - Trưởng Công an phường Chợ Quán, ôn lại truyền thống lực lượng Công an nhân "
      "dân, đồng thời báo cáo kết quả phong trào.",
      "Các đại biểu đã nghe các đồng chí Phan Duy Hòa - Phó Bí thư Quận ủy và Hoàng Sơn Trà - Phó Bí thư Quận "
      "ủy lần lượt quán triệt Kết luận số 209-KL/TU."],
     CA_MAU,
     {("Võ Thanh An", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Cà Mau"),
      ("Trịnh Khánh Hùng", "Trưởng", "Công an phường Chợ Quán"),
      ("Phan Duy Hòa", "Phó Bí thư", "Quận ủy"), ("Hoàng Sơn Trà", "Phó Bí thư", "Quận ủy")},
     {"Võ Thanh An": {"presenter"}, "Trịnh Khánh Hùng": {"presenter"}, "Phan Duy Hòa": {"presenter"},
      "Hoàng Sơn Trà": {"presenter"}}),
    # the Front's departments with a comma or a dash in their names are read whole; a title
    # after a dash still ends the body
    (["Dự có ông Trần Thanh Phong, Phó Trưởng ban Tuyên giáo, công tác xã hội, Dân tộc và Tôn giáo Ủy ban "
      "MTTQ Việt Nam tỉnh; bà Nguyễn Thị Bưởi, Phó Trưởng ban Dân chủ, pháp luật Ủy ban MTTQ Việt Nam tỉnh; "
      "bà Nguyễn Thị Ngọc Linh, Trưởng ban Tổ chức - Kiểm tra Hội Liên hiệp Phụ nữ tỉnh; ông Lê Văn Tâm, "
      "Trưởng ban Tổ chức Huyện ủy - Kiểm tra viên."],
     CA_MAU,
     {("Trần Thanh Phong", "Phó Trưởng ban",
       "Ban Tuyên giáo, công tác xã hội, Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh Cà Mau"),
      ("Nguyễn Thị Bưởi", "Phó Trưởng ban", "Ban Dân chủ, pháp luật Ủy ban MTTQ Việt Nam tỉnh Cà Mau"),
      ("Nguyễn Thị Ngọc Linh", "Trưởng ban", "Ban Tổ chức - Kiểm tra Hội Liên hiệp Phụ nữ tỉnh Cà Mau"),
      ("Lê Văn Tâm", "Trưởng ban", "Ban Tổ chức Huyện ủy")},
     {"Trần Thanh Phong": {"attendee"}, "Nguyễn Thị Bưởi": {"attendee"}, "Nguyễn Thị Ngọc Linh": {"attendee"},
      "Lê Văn Tâm": {"attendee"}}),
    # names with "và" or a dash inside, found probing fresh pages: the steering committee of
    # elections to the National Assembly and the councils, the Party committee of the Front and
    # the mass organisations, a council's committees ("Ban Kinh tế - Ngân sách")
    (["Dự có ông Chu Hồng Minh, Trưởng Ban Chỉ đạo bầu cử đại biểu Quốc hội và HĐND các cấp phường Tân Thành; "
      "ông Lê Văn Tám, Phó Bí thư Đảng ủy MTTQ và các đoàn thể tỉnh; bà Lê Thị Hà, Trưởng Ban Kinh tế - "
      "Ngân sách HĐND tỉnh."],
     CA_MAU,
     {("Chu Hồng Minh", "Trưởng ban",
       "Ban Chỉ đạo bầu cử đại biểu Quốc hội và Hội đồng nhân dân các cấp phường Tân Thành"),
      ("Lê Văn Tám", "Phó Bí thư", "Đảng ủy MTTQ và các đoàn thể tỉnh Cà Mau"),
      ("Lê Thị Hà", "Trưởng ban", "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Cà Mau")},
     {"Chu Hồng Minh": {"attendee"}, "Lê Văn Tám": {"attendee"}, "Lê Thị Hà": {"attendee"}}),
    # a bare "Ủy viên Ban Thường vụ" before a post in a union is of the union's standing board;
    # "Ban Tuyên giáo" is read whole ("Tuyên Giáo hội …" is no church), "LH Phụ nữ" spelt out
    (["Bà Nguyễn Thị Châu Mỹ, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên Giáo hội LH Phụ nữ thành phố Cần "
      "Thơ phát biểu.",
      "Ông Lê Văn Tám, Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch Hội Nông dân huyện dự."],
     VINH_TUONG,
     {("Nguyễn Thị Châu Mỹ", "Ủy viên Ban Thường vụ", "Hội Liên hiệp Phụ nữ thành phố Cần Thơ"),
      ("Nguyễn Thị Châu Mỹ", "Trưởng ban", "Ban Tuyên giáo Hội Liên hiệp Phụ nữ thành phố Cần Thơ"),
      ("Lê Văn Tám", "Ủy viên Ban Thường vụ", "Huyện ủy Vĩnh Tường"),
      ("Lê Văn Tám", "Chủ tịch", "Hội Nông dân huyện Vĩnh Tường")},
     {"Nguyễn Thị Châu Mỹ": {"speaker"}, "Lê Văn Tám": {"attendee"}}),
    # an abbreviation in parentheses glossing a title does not end the chain
    (["Các đồng chí: Lâm Hoàng Sa - Ủy viên Ban Thường vụ (UVBTV), Trưởng Ban Dân vận Tỉnh ủy; Lê Thị "
      "Vệ - UVBTV Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự."],
     L("tỉnh", "Kiên Giang"),
     {("Lâm Hoàng Sa", "Ủy viên Ban Thường vụ", "Tỉnh ủy Kiên Giang"),
      ("Lâm Hoàng Sa", "Trưởng ban", "Ban Dân vận Tỉnh ủy Kiên Giang"),
      ("Lê Thị Vệ", "Ủy viên Ban Thường vụ", "Tỉnh ủy Kiên Giang"),
      ("Lê Thị Vệ", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Kiên Giang")},
     {"Lâm Hoàng Sa": {"attendee"}, "Lê Thị Vệ": {"attendee"}}),
    # ... nor does one glossing the title and its body ("(UVTV ĐU)")
    (["Dự có bà Nguyễn Thị Hồng Hạnh - Ủy viên Ban Thường vụ Đảng uỷ (UVTV ĐU), Phó Chủ tịch Hội đồng nhân dân "
      "phường."],
     L("phường", "Hai Bà Trưng"),
     {("Nguyễn Thị Hồng Hạnh", "Ủy viên Ban Thường vụ", "Đảng ủy phường Hai Bà Trưng"),
      ("Nguyễn Thị Hồng Hạnh", "Phó Chủ tịch", "Hội đồng nhân dân phường Hai Bà Trưng")},
     {"Nguyễn Thị Hồng Hạnh": {"attendee"}}),
    # a central Party lecturer ("BCV Trung ương") is a post of its own, and the chain goes on
    (["Tại hội nghị các đại biểu đã được Thạc sỹ Phan Duy Khiêm, BCV Trung ương, Trưởng phòng Thông tin "
      "tổng hợp Ban Tuyên giáo Tỉnh ủy Bình Phước thông tin về tình hình."],
     None,
     {("Phan Duy Khiêm", "Báo cáo viên Trung ương", None),
      ("Phan Duy Khiêm", "Trưởng phòng", "Phòng Thông tin tổng hợp Ban Tuyên giáo Tỉnh ủy Bình Phước")},
     {"Phan Duy Khiêm": {"presenter"}}),
    # the honorific repeated between names that share an election: "ông A và ông B được bầu …"
    (["Đồng chí Nguyễn Văn An và đồng chí Trần Văn Bình được bầu giữ chức Phó Chủ tịch Ủy ban MTTQ "
      "Việt Nam huyện."],
     VINH_TUONG,
     {("Nguyễn Văn An", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam huyện Vĩnh Tường"),
      ("Trần Văn Bình", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam huyện Vĩnh Tường")},
     {"Nguyễn Văn An": set(), "Trần Văn Bình": set()}),
    # a list entry whose family name the lexicon lacks, its titles set off by a dash, of three
    # words or two (the Central Highlands' "A Pớt", "Kring Ba"); a province's name is no one's
    (["Dự hội nghị có các đồng chí: Nguyễn Nam Đình - Ủy viên Ban Thường vụ Tỉnh ủy; Ngọc Kim Nam - "
      "Trưởng ban Dân vận Tỉnh ủy; Ngọc Nam - Ủy viên Ban Thường vụ Tỉnh ủy."],
     L("tỉnh", "Nghệ An"),
     {("Nguyễn Nam Đình", "Ủy viên Ban Thường vụ", "Tỉnh ủy Nghệ An"),
      ("Ngọc Kim Nam", "Trưởng ban", "Ban Dân vận Tỉnh ủy Nghệ An"),
      ("Ngọc Nam", "Ủy viên Ban Thường vụ", "Tỉnh ủy Nghệ An")},
     {"Nguyễn Nam Đình": {"attendee"}, "Ngọc Kim Nam": {"attendee"}, "Ngọc Nam": {"attendee"}}),
    (["Dự hội nghị, về phía tỉnh có các đồng chí: Y Mửi - Phó Bí thư Thường trực Tỉnh ủy; A Pớt - Phó Bí thư "
      "Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh; Kring Ba - Ủy viên Ban Thường vụ Tỉnh ủy; Kon Tum - Ủy viên Ban "
      "Thường vụ Tỉnh ủy."],
     L("tỉnh", "Kon Tum"),
     {("Y Mửi", "Phó Bí thư Thường trực", "Tỉnh ủy Kon Tum"), ("A Pớt", "Phó Bí thư", "Tỉnh ủy Kon Tum"),
      ("A Pớt", "Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Kon Tum"),
      ("Kring Ba", "Ủy viên Ban Thường vụ", "Tỉnh ủy Kon Tum")},
     {"Y Mửi": {"attendee"}, "A Pớt": {"attendee"}, "Kring Ba": {"attendee"}}),
    # the people a sentence-opening verb names, listed with commas and honorifics, all did it
    (["Phát biểu tại hội nghị, ông Ngô Quang Tuyên, Phó Chủ tịch Hội Cựu thanh niên xung phong tỉnh, ông Trương "
      "Văn Năm, Phó Chủ tịch UBND huyện đã ghi nhận thành tích của các hội viên."],
     None,
     {("Ngô Quang Tuyên", "Phó Chủ tịch", "Hội Cựu thanh niên xung phong tỉnh"),
      ("Trương Văn Năm", "Phó Chủ tịch", "Ủy ban nhân dân huyện")},
     {"Ngô Quang Tuyên": {"speaker"}, "Trương Văn Năm": {"speaker"}}),
    # "làm báo cáo viên" (acts as the lecturer) presents, as "báo cáo" does; "trực tiếp" (in
    # person) before the verb ends the body
    (["Đồng chí Lê Minh Huấn - Chuyên viên cao cấp Viện Hàn lâm Khoa học xã hội Việt Nam trực tiếp làm báo cáo "
      "viên tại hội nghị."],
     None,
     {("Lê Minh Huấn", "Chuyên viên cao cấp", "Viện Hàn lâm Khoa học xã hội Việt Nam")},
     {"Lê Minh Huấn": {"presenter"}}),
    # abbreviated titles and bodies: "Phó CN Thường trực" (Phó Chủ nhiệm), "VHTT", "các CQ và DN"
    (["Về dự có đồng chí Lã Thị Thanh Tuyền, HUV, Phó CN Thường trực UBKT Huyện uỷ; bà Lê Thị Hương, Phó Trưởng "
      "phòng VHTT quận Long Biên; ông Lê Anh Sơn, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối các CQ và DN tỉnh "
      "Tuyên Quang."],
     None,
     {("Lã Thị Thanh Tuyền", "Huyện ủy viên", "Huyện ủy"),
      ("Lã Thị Thanh Tuyền", "Phó Chủ nhiệm Thường trực", "Ủy ban Kiểm tra Huyện ủy"),
      ("Lê Thị Hương", "Phó Trưởng phòng", "Phòng Văn hóa và Thông tin quận Long Biên"),
      ("Lê Anh Sơn", "Chủ nhiệm", "Ủy ban Kiểm tra Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Tuyên Quang")},
     {"Lã Thị Thanh Tuyền": {"attendee"}, "Lê Thị Hương": {"attendee"}, "Lê Anh Sơn": {"attendee"}}),
    # "ký" (signs) ends a title's chain as a verb: the two syllables before it are the name
    (["Trước đó, ngày 22/12/2024, Tổng Bí thư Tô Lâm ký ban hành Nghị quyết số 57-NQ/TW của Bộ Chính trị."],
     None,
     {("Tô Lâm", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng")},
     {"Tô Lâm": set()}),
    # (but "Đoàn Thư ký" is the congress's secretariat, no one named Đoàn Thư)
    (["Đại hội đã hiệp thương cử Đoàn Chủ tịch gồm 05 vị, Đoàn Thư ký gồm 2 vị."], None, set(), {}),
    # a family name the lexicon lacked ("Thịnh") is the name's, not the commune's ("xã Thịnh")
    (["Tại hội nghị, Bí thư Đảng ủy xã Thịnh Văn Huyên đã quán triệt Nghị quyết."],
     None, {("Thịnh Văn Huyên", "Bí thư", "Đảng ủy xã")}, {"Thịnh Văn Huyên": {"presenter"}}),
    # a colon list goes on over family names of the uplands and rarer ones, found probing fresh
    # pages ("Khang", "Nịnh", "Ngọ")
    (["Dự có các đại biểu Quốc hội: Lê Minh Quân, Ngọ Duy Hiểu, Khang Thị Mào, Nịnh Văn Tú."], None,
     {(n, "Đại biểu", "Quốc hội") for n in ("Lê Minh Quân", "Ngọ Duy Hiểu", "Khang Thị Mào", "Nịnh Văn Tú")},
     {n: {"attendee"} for n in ("Lê Minh Quân", "Ngọ Duy Hiểu", "Khang Thị Mào", "Nịnh Văn Tú")}),
    # abbreviations found probing fresh pages: BĐD (Ban đại diện), "VN" glued to CCB and LĐLĐ,
    # ĐTNCSHCM (the Youth Union)
    (["Dự có ông Nguyễn Văn Hiền, Trưởng BĐD Hội NCT tỉnh; ông Hà Văn Bảy, Phó Chủ tịch Hội CCBVN; "
      "ông Hà Văn Ba, Phó Chủ tịch Tổng LĐLĐVN; anh Lê Văn Tú, Bí thư ĐTNCSHCM tỉnh."], L("tỉnh", "Long An"),
     {("Nguyễn Văn Hiền", "Trưởng ban", "Ban đại diện Hội Người cao tuổi tỉnh Long An"),
      ("Hà Văn Bảy", "Phó Chủ tịch", "Hội Cựu chiến binh Việt Nam"),
      ("Hà Văn Ba", "Phó Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam"),
      ("Lê Văn Tú", "Bí thư", "Đoàn TNCS Hồ Chí Minh tỉnh Long An")},
     {"Nguyễn Văn Hiền": {"attendee"}, "Hà Văn Bảy": {"attendee"}, "Hà Văn Ba": {"attendee"},
      "Lê Văn Tú": {"attendee"}}),
    # roles found probing fresh pages: "Dự khai mạc hội thi có …" attended the opening and gave no
    # speech; "dưới sự chủ trì của bà A, … và ông B, …" names two who chaired
    (["Dự khai mạc hội thi có đồng chí Quách Thị Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.",
      "Hội thảo diễn ra dưới sự chủ trì của bà Hà Thị Nga, Chủ tịch Hội LHPN Việt Nam và ông Vũ Văn Tiến, "
      "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh."], L("tỉnh", "Ninh Bình"),
     {("Quách Thị Hương", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Ninh Bình"),
      ("Hà Thị Nga", "Chủ tịch", "Hội Liên hiệp Phụ nữ Việt Nam"),
      ("Vũ Văn Tiến", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Ninh Bình")},
     {"Quách Thị Hương": {"attendee"}, "Hà Thị Nga": {"chair"}, "Vũ Văn Tiến": {"chair"}}),
    # "nguyên" before a chain's first title is said of the whole chain (found probing fresh pages)
    (["Đoàn đến thăm nguyên Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bến Tre "
      "Nguyễn Văn Lợi.",
      "Dự có ông Trần Văn Hai, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh."],
     L("tỉnh", "Bến Tre"),
     {("Trần Văn Hai", "Ủy viên Ban Thường vụ", "Tỉnh ủy Bến Tre"),
      ("Trần Văn Hai", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Bến Tre")},
     {"Nguyễn Văn Lợi": set(), "Trần Văn Hai": {"attendee"}}),
    # who a person is, in lower case and with no title, between them and their verb (found probing
    # fresh pages): the verb is theirs
    (["Tại buổi tiếp xúc, ông Lò Văn Hưng, đại biểu HĐND huyện phát biểu.",
      "Bà Lò Thị Tú, phóng viên Báo Nhân dân trình bày tham luận."], None,
     set(), {"Lò Văn Hưng": {"speaker"}, "Lò Thị Tú": {"presenter"}}),
    # the same set off by commas on both sides, after titles too
    (["Chủ tịch Ủy ban MTTQ huyện Phú Vang Nguyễn Văn Lâm, cụm trưởng cụm thi đua số 2, phát biểu khai mạc.",
      "Ông Lò Văn Hưng, đại biểu HĐND huyện, phát biểu tại hội nghị."], None,
     {("Nguyễn Văn Lâm", "Chủ tịch", "Ủy ban MTTQ Việt Nam huyện Phú Vang")},
     {"Nguyễn Văn Lâm": {"speaker"}, "Lò Văn Hưng": {"speaker"}}),
    # a national post has no body to run into the name: two syllables right after it are the name
    # whatever follows; a province is no one's name (found probing fresh pages)
    (["Tổng Bí thư Tô Lâm tiếp xúc cử tri 11 phường ở Hà Nội.",
      "Chủ tịch nước Lương Cường tiếp xúc cử tri ở Hà Nội."], None,
     {("Tô Lâm", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng"), ("Lương Cường", "Chủ tịch nước", None)},
     {"Tô Lâm": set(), "Lương Cường": set()}),
    # receiving a delegation ends the chain ("… MTTQ Việt Nam tiếp và làm việc"), but "Ban tiếp công
    # dân" is a body (found probing fresh pages)
    (["Ông Đỗ Văn Chiến, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam tiếp và làm việc với đoàn.",
      "Bà Lê Thị Hà, Trưởng Ban tiếp công dân tỉnh dự."], L("tỉnh", "Phú Thọ"),
     {("Đỗ Văn Chiến", "Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam"),
      ("Lê Thị Hà", "Trưởng ban", "Ban tiếp công dân tỉnh Phú Thọ")},
     {"Đỗ Văn Chiến": set(), "Lê Thị Hà": {"attendee"}}),
    # a title's initials with a dot ("PCT. Hội phụ nữ huyện", "CT. HPN xã"; found probing fresh pages)
    (["Đến dự có đồng chí Lê Thị Hoa – PCT. Hội phụ nữ huyện, đ/c Trần Văn Kiên – Bí thư Đảng ủy xã.",
      "Đồng chí Võ Thị Lan – CT. HPN xã trình bày báo cáo."], L("xã", "Hòa Lợi"),
     {("Lê Thị Hoa", "Phó Chủ tịch", "Hội phụ nữ huyện"), ("Trần Văn Kiên", "Bí thư", "Đảng ủy xã Hòa Lợi"),
      ("Võ Thị Lan", "Chủ tịch", "Hội Phụ nữ xã Hòa Lợi")},
     {"Lê Thị Hoa": {"attendee"}, "Trần Văn Kiên": {"attendee"}, "Võ Thị Lan": {"presenter"}}),
    # "Kết luận 21-KL/TW" is a document, no one concluding (found probing fresh pages)
    (["Đ/c Mai Văn Khoa quán triệt Nghị quyết TW 4 và Kết luận 21-KL/TW."], None, set(),
     {"Mai Văn Khoa": {"presenter"}}),
    # a listed person's own bare title of the heading's kind is of the heading's body (found probing
    # fresh pages)
    (["Đại hội cũng hiệp thương cử 8 Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nghệ An, gồm: ông Lê Văn Hải, "
      "Phó Chủ tịch Thường trực; ông Trần Quang Huy; bà Nguyễn Thị Mai."], None,
     {("Lê Văn Hải", "Phó Chủ tịch Thường trực", "Ủy ban MTTQ Việt Nam tỉnh Nghệ An"),
      ("Trần Quang Huy", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Nghệ An"),
      ("Nguyễn Thị Mai", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Nghệ An")},
     {"Lê Văn Hải": set(), "Trần Quang Huy": set(), "Nguyễn Thị Mai": set()}),
    # the post a title-first name goes on holding (found probing fresh pages)
    (["Phó Bí thư Tỉnh ủy Quảng Bình Nguyễn Văn Lộc tiếp tục làm Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Bình "
      "khóa I, nhiệm kỳ 2025-2030."], None,
     {("Nguyễn Văn Lộc", "Phó Bí thư", "Tỉnh ủy Quảng Bình"),
      ("Nguyễn Văn Lộc", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Quảng Bình")},
     {"Nguyễn Văn Lộc": set()}),
    # "Bí thư phường X" is the secretary of the ward's Party committee; "Thường trực chuyên trách"
    # stays in the title (found probing fresh pages)
    (["Dự có ông Phạm Văn Lộc, Bí thư phường Tân Định; ông Phạm Văn Lâm, Phó Bí thư Thường trực chuyên trách "
      "Đảng ủy các cơ quan Đảng tỉnh."], L("tỉnh", "Phú Thọ"),
     {("Phạm Văn Lộc", "Bí thư", "Đảng ủy phường Tân Định"),
      ("Phạm Văn Lâm", "Phó Bí thư Thường trực chuyên trách", "Đảng ủy các cơ quan Đảng tỉnh Phú Thọ")},
     {"Phạm Văn Lộc": {"attendee"}, "Phạm Văn Lâm": {"attendee"}}),
    # a title, then "là" and its holder closing the sentence (found probing fresh pages); not a
    # description, nor a list of others
    (["Phó Chủ tịch thường trực Ủy ban MTTQ Việt Nam tỉnh khóa I là bà Trương Thị Bích Hạnh.",
      "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh là người đứng đầu Mặt trận.",
      "Các phó chủ tịch còn lại là ông Võ Văn Sơn, bà Lê Thị Thu."], L("tỉnh", "Phú Thọ"),
     {("Trương Thị Bích Hạnh", "Phó Chủ tịch Thường trực", "Ủy ban MTTQ Việt Nam tỉnh Phú Thọ")},
     {"Trương Thị Bích Hạnh": set(), "Võ Văn Sơn": set(), "Lê Thị Thu": set()}),
    # other deeds of theirs joined to the verb by "và" ("ân cần thăm hỏi, dặn dò và phát biểu chỉ
    # đạo"; found probing fresh pages)
    (["Hội nghị vinh dự được đồng chí Dương Văn Đông – Phó Bí thư Thường trực Huyện uỷ ân cần thăm hỏi, dặn dò "
      "và phát biểu chỉ đạo."], L("huyện", "Tam Nông"),
     {("Dương Văn Đông", "Phó Bí thư Thường trực", "Huyện ủy Tam Nông")}, {"Dương Văn Đông": {"speaker"}}),
    # "nhất trí" (agreed) ends the chain; "BĐBP" is the Border Guard
    (["Kết quả 100% Ủy viên UBMTTQ thành phố nhất trí ông Đặng Văn Lê giữ chức Chủ tịch.",
      "Đồng chí Nguyễn Ngọc Minh, Bí thư Đảng ủy, Chính ủy BĐBP tỉnh dự."],
     None,
     {("Đặng Văn Lê", "Chủ tịch", None), ("Nguyễn Ngọc Minh", "Bí thư", "Đảng ủy Bộ đội Biên phòng tỉnh"),
      ("Nguyễn Ngọc Minh", "Chính ủy", "Bộ đội Biên phòng tỉnh")},
     {"Đặng Văn Lê": set(), "Nguyễn Ngọc Minh": {"attendee"}}),
    # an emulation block's or cluster's head ("Trưởng khối thi đua", "Cụm phó") is a title in the chain
    (["Đồng chí Nguyễn Hữu Tuấn, Tỉnh ủy viên, Bí thư Tỉnh đoàn, Trưởng khối thi đua, thông qua dự thảo báo cáo."],
     L("tỉnh", "Ninh Thuận"),
     {("Nguyễn Hữu Tuấn", "Tỉnh ủy viên", "Tỉnh ủy Ninh Thuận"), ("Nguyễn Hữu Tuấn", "Bí thư", "Tỉnh đoàn Ninh Thuận")},
     {"Nguyễn Hữu Tuấn": {"presenter"}}),
    # a military region's commanders ("Tư lệnh", "Phó Tư lệnh Quân khu 2"), after their rank
    (["Dự hội nghị có Thiếu tướng Phùng Sĩ Tấn, Tư lệnh Quân khu 2; Thiếu tướng Phạm Mạnh Phác, Phó Tư lệnh "
      "Quân khu 2."],
     None,
     {("Phùng Sĩ Tấn", "Tư lệnh", "Quân khu 2"), ("Phạm Mạnh Phác", "Phó Tư lệnh", "Quân khu 2")},
     {"Phùng Sĩ Tấn": {"attendee"}, "Phạm Mạnh Phác": {"attendee"}}),
    # "Luật gia" (jurist) introduces a name as "Luật sư" does; "Hội Luật gia Việt Nam" is a body
    (["Tham dự đại hội có Luật gia Võ Thị Kim Hồng, Ủy viên Ban Thường vụ Trung ương Hội Luật gia Việt Nam; "
      "Luật gia Trần Lương Phổ, Chủ tịch Hội Luật gia tỉnh."],
     L("tỉnh", "Bến Tre"),
     {("Võ Thị Kim Hồng", "Ủy viên Ban Thường vụ", "Trung ương Hội Luật gia Việt Nam"),
      ("Trần Lương Phổ", "Chủ tịch", "Hội Luật gia tỉnh Bến Tre")},
     {"Võ Thị Kim Hồng": {"attendee"}, "Trần Lương Phổ": {"attendee"}}),
    # the election's verb phrase from its parts: who elected ("được Đại hội tín nhiệm bầu …"), "tái
    # cử" after "được", "đề cử", "bầu" straight before the title
    (["Ông Vũ Đăng Khoa được Đại hội tín nhiệm bầu giữ chức Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Lợi.",
      "Bà Trần Trọng Kim được tái cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam quận Phú Nhuận.",
      "Đồng chí Lê Văn Đầy tiếp tục được đề cử làm Chủ tịch Ủy ban MTTQVN quận Ninh Kiều nhiệm kỳ 2024-2029.",
      "Đồng chí Nguyễn Minh Dương được Đại hội tín nhiệm tái cử chức danh Bí thư Đảng ủy xã Tân Thành.",
      "Ông Nguyễn Văn Tư được bầu Chủ tịch Hội Nông dân xã Tân Lợi."],
     None,
     {("Vũ Đăng Khoa", "Chủ tịch", "Ủy ban MTTQ Việt Nam phường Phú Lợi"),
      ("Trần Trọng Kim", "Chủ tịch", "Ủy ban MTTQ Việt Nam quận Phú Nhuận"),
      ("Lê Văn Đầy", "Chủ tịch", "Ủy ban MTTQ Việt Nam quận Ninh Kiều"),
      ("Nguyễn Minh Dương", "Bí thư", "Đảng ủy xã Tân Thành"),
      ("Nguyễn Văn Tư", "Chủ tịch", "Hội Nông dân xã Tân Lợi")},
     {n: set() for n in ("Vũ Đăng Khoa", "Trần Trọng Kim", "Lê Văn Đầy", "Nguyễn Minh Dương", "Nguyễn Văn Tư")}),
    # elected after the posts already held, with or without a comma; "được tín nhiệm tái cử"
    (["Theo đó, ông Trương Thành Dãnh, Giám đốc Sở Tư pháp, được bầu giữ chức Chủ tịch Ủy ban MTTQ "
      "Việt Nam tỉnh Vĩnh Long.",
      "Đồng chí Bùi Thị Minh - Phó Bí thư Tỉnh ủy được tín nhiệm tái cử chức vụ Chủ tịch Ủy ban MTTQ tỉnh."],
     L("tỉnh", "Vĩnh Long"),
     {("Trương Thành Dãnh", "Giám đốc", "Sở Tư pháp tỉnh Vĩnh Long"),
      ("Trương Thành Dãnh", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long"),
      ("Bùi Thị Minh", "Phó Bí thư", "Tỉnh ủy Vĩnh Long"),
      ("Bùi Thị Minh", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long")},
     {"Trương Thành Dãnh": set(), "Bùi Thị Minh": set()}),
    # a local body without its unit is of the unit the next post names ("Việt Nam" is part of
    # the Front's name); one of national scope ("Ủy ban Trung ương MTTQ Việt Nam") is not
    (["Cuộc họp do ông Hồ Văn Mừng, Chủ tịch UBND, Chủ tịch Ủy ban Bầu cử tỉnh An Giang chủ trì.",
      "Bà Ngô Thị Hồng Hảo, Phó Chủ tịch Ủy ban MTTQ, Chủ tịch Hội LHPN tỉnh dự.",
      "Ông Trần Văn Lềnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam, Chủ tịch Hội Nông dân tỉnh dự.",
      "Ông Hầu A Lềnh, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, Chủ tịch Hội Nông dân tỉnh dự.",
      "Bà Lò Thị Mai, Ủy viên UBTƯ MTTQ Việt Nam, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự."],
     L("tỉnh", "An Giang"),
     {("Hồ Văn Mừng", "Chủ tịch", "Ủy ban nhân dân tỉnh An Giang"),
      ("Hồ Văn Mừng", "Chủ tịch", "Ủy ban Bầu cử tỉnh An Giang"),
      ("Ngô Thị Hồng Hảo", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh An Giang"),
      ("Ngô Thị Hồng Hảo", "Chủ tịch", "Hội Liên hiệp Phụ nữ tỉnh An Giang"),
      ("Trần Văn Lềnh", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh An Giang"),
      ("Trần Văn Lềnh", "Chủ tịch", "Hội Nông dân tỉnh An Giang"),
      ("Hầu A Lềnh", "Phó Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam"),
      ("Hầu A Lềnh", "Chủ tịch", "Hội Nông dân tỉnh An Giang"),
      ("Lò Thị Mai", "Ủy viên", "Ủy ban Trung ương MTTQ Việt Nam"),
      ("Lò Thị Mai", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh An Giang")},
     {"Hồ Văn Mừng": {"chair"}, "Ngô Thị Hồng Hảo": {"attendee"}, "Trần Văn Lềnh": {"attendee"},
      "Hầu A Lềnh": {"attendee"}, "Lò Thị Mai": {"attendee"}}),
    # with no post after it to name its unit, a local body is of the unit of the body the person
    # leads before it; a member's seat in a higher committee ("Huyện ủy viên") gives none, and a
    # People's Committee or Council no unit places is the article's own unit's
    (["Tham dự có ông Trần Văn Lợi, Bí thư Đảng ủy phường, Chủ tịch HĐND.",
      "Bà Lê Thị Hoa, Huyện ủy viên, Chủ tịch UBND dự."],
     L("phường", "Cẩm An", L("thành phố", "Hội An")),
     {("Trần Văn Lợi", "Bí thư", "Đảng ủy phường Cẩm An"),
      ("Trần Văn Lợi", "Chủ tịch", "Hội đồng nhân dân phường Cẩm An"),
      ("Lê Thị Hoa", "Huyện ủy viên", "Huyện ủy"),
      ("Lê Thị Hoa", "Chủ tịch", "Ủy ban nhân dân phường Cẩm An")},
     {"Trần Văn Lợi": {"attendee"}, "Lê Thị Hoa": {"attendee"}}),
    # family names of ethnic minorities and rarer Kinh ones, in a list without honorifics
    (["Dự hội nghị có các đồng chí: Nguyễn Văn An, Bí thư Tỉnh ủy; Điểu Huỳnh Sang, Phó Bí thư Tỉnh ủy; "
      "Ma Thị Thúy, Phó Chủ tịch HĐND tỉnh."],
     L("tỉnh", "Bình Phước"),
     {("Nguyễn Văn An", "Bí thư", "Tỉnh ủy Bình Phước"), ("Điểu Huỳnh Sang", "Phó Bí thư", "Tỉnh ủy Bình Phước"),
      ("Ma Thị Thúy", "Phó Chủ tịch", "Hội đồng nhân dân tỉnh Bình Phước")},
     {"Nguyễn Văn An": {"attendee"}, "Điểu Huỳnh Sang": {"attendee"}, "Ma Thị Thúy": {"attendee"}}),
    # degrees written without their dot, village elders, journalists: words before a name
    (["PGS.TS Nguyễn Văn Minh, Phó Giám đốc Học viện Chính trị khu vực III trình bày chuyên đề.",
      "Già làng Đinh Văn Ngọc phát biểu tại ngày hội.",
      "Nhà báo Trần Văn Hùng, Tổng Biên tập Báo Quảng Nam phát biểu."],
     None,
     {("Nguyễn Văn Minh", "Phó Giám đốc", "Học viện Chính trị khu vực III"),
      ("Trần Văn Hùng", "Tổng Biên tập", "Báo Quảng Nam")},
     {"Nguyễn Văn Minh": {"presenter"}, "Đinh Văn Ngọc": {"speaker"}, "Trần Văn Hùng": {"speaker"}}),
    # abbreviations some sites use: "Ban TV" (Thường vụ), "Mặt trận TQVN", "Phó Trưởng ban TT"
    (["Dự có đồng chí Trần Thanh Sơn, Uỷ viên Ban TV Thành ủy, Chủ tịch Mặt trận thành phố Đồng Hới; đồng chí "
      "Trương Văn Hởi, Phó Chủ tịch Ủy ban Mặt trận TQVN tỉnh Quảng Bình; Lê Duy Hưng, Phó Trưởng ban TT Ban Chỉ "
      "đạo huyện Bố Trạch."],
     None, {("Trần Thanh Sơn", "Ủy viên Ban Thường vụ", "Thành ủy Đồng Hới"),
            ("Trần Thanh Sơn", "Chủ tịch", "Ủy ban MTTQ Việt Nam thành phố Đồng Hới"),
            ("Trương Văn Hởi", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Quảng Bình"),
            ("Lê Duy Hưng", "Phó Trưởng ban Thường trực", "Ban Chỉ đạo huyện Bố Trạch")},
     {"Trần Thanh Sơn": {"attendee"}, "Trương Văn Hởi": {"attendee"}, "Lê Duy Hưng": {"attendee"}}),
    # a headline in capitals: "ÔNG" inside a place's name ("CẦU ÔNG LÃNH") and a role's words after it
    # name no one; a shouted name with its honorific and verb is still read
    (["PHƯỜNG CẦU ÔNG LÃNH QUÁN TRIỆT THỰC HIỆN KẾT LUẬN HỘI NGHỊ TRUNG ƯƠNG 4",
      "ÔNG NGUYỄN VĂN AN PHÁT BIỂU TẠI HỘI NGHỊ"],
     None, set(), {"NGUYỄN VĂN AN": {"speaker"}}),
    # an honorific word inside a body's name before a country ("Hội Nhà báo Việt Nam"): no one
    (["Các đại biểu đã nghe quán triệt Chỉ thị số 43-CT/TW về hoạt động của Hội Nhà báo Việt Nam."],
     None, set(), {}),
    # an honorific typed twice, or two in a row: neither is part of the name
    (["Phát biểu chỉ đạo tại Đại hội có ông Ông Nguyễn Xuân Lam - Bí thư Đảng ủy xã Hương Thọ.",
      "Ông Bà Nguyễn Thị Vững – Phó Bí thư Đảng ủy xã Hương Thọ tham dự."],
     None, {("Nguyễn Xuân Lam", "Bí thư", "Đảng ủy xã Hương Thọ"),
            ("Nguyễn Thị Vững", "Phó Bí thư", "Đảng ủy xã Hương Thọ")},
     {"Nguyễn Xuân Lam": {"speaker"}, "Nguyễn Thị Vững": {"attendee"}}),
    # two separators typed in a row between the name and its titles ("–,")
    (["Dự hội nghị có ông Đỗ Ngọc An –, Phó Chủ tịch UBND thị xã Hương Trà."],
     None, {("Đỗ Ngọc An", "Phó Chủ tịch", "Ủy ban nhân dân thị xã Hương Trà")}, {"Đỗ Ngọc An": {"attendee"}}),
    # … or with a space after the dot ("GS. TS")
    (["Các đại biểu đã nghe GS. TS Vũ Văn Hiền - Phó Chủ tịch Hội đồng lý luận Trung ương truyền đạt chuyên đề."],
     None, {("Vũ Văn Hiền", "Phó Chủ tịch", "Hội đồng lý luận Trung ương")}, {"Vũ Văn Hiền": {"presenter"}}),
    # "mong muốn" (wishes) at the event is speaking
    (["Tại hội nghị, Phó Chủ tịch Ủy ban MTTQ tỉnh Nguyễn Xuân Viễn mong muốn bà con giáo dân thực hiện tốt "
      "tôn chỉ, mục đích hành đạo."],
     None, {("Nguyễn Xuân Viễn", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh")}, {"Nguyễn Xuân Viễn": {"speaker"}}),
    # "phổ biến" a document is presenting it; "chủ tri" is how some pages misspell "chủ trì"
    (["Đồng chí Giàng A Tông - Chủ tịch Ủy ban MTTQ tỉnh chủ tri Hội nghị.",
      "Bà Lê Thị Hoa, Phó Chủ tịch Hội LHPN tỉnh phổ biến Luật Thực hiện dân chủ ở cơ sở."],
     None,
     {("Giàng A Tông", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh"), ("Lê Thị Hoa", "Phó Chủ tịch", "Hội Liên hiệp Phụ nữ tỉnh")},
     {"Giàng A Tông": {"chair"}, "Lê Thị Hoa": {"presenter"}}),
    # the Youth Union's committees named by their level ("Tỉnh đoàn", like "Tỉnh ủy"); judges
    (["Ông Nguyễn Văn An, Bí thư Tỉnh đoàn phát biểu.",
      "Bà Lê Thị Hoa, Phó Bí thư Huyện đoàn, dự.",
      "Ông Trần Văn Bình, Chánh án Tòa án nhân dân huyện dự."],
     L("huyện", "Gò Quao", L("tỉnh", "Kiên Giang")),
     {("Nguyễn Văn An", "Bí thư", "Tỉnh đoàn Kiên Giang"), ("Lê Thị Hoa", "Phó Bí thư", "Huyện đoàn Gò Quao"),
      ("Trần Văn Bình", "Chánh án", "Tòa án nhân dân huyện Gò Quao")},
     {"Nguyễn Văn An": {"speaker"}, "Lê Thị Hoa": {"attendee"}, "Trần Văn Bình": {"attendee"}}),
    # titles in parentheses after the name; a department is another committee's, not a cell's
    (["Ông Nguyễn Văn An (Chủ tịch Ủy ban MTTQ Việt Nam huyện) phát biểu.",
      "Ông Trần Văn Bình, Bí thư Chi bộ, Trưởng Ban công tác Mặt trận khu dân cư dự."],
     L("huyện", "Gò Quao", L("tỉnh", "Kiên Giang")),
     {("Nguyễn Văn An", "Chủ tịch", "Ủy ban MTTQ Việt Nam huyện Gò Quao"), ("Trần Văn Bình", "Bí thư", "Chi bộ"),
      ("Trần Văn Bình", "Trưởng ban", "Ban công tác Mặt trận khu dân cư")},
     {"Nguyễn Văn An": {"speaker"}, "Trần Văn Bình": {"attendee"}}),
    # "Ban TVTU", "UVBTVHU": the standing committee of the Tỉnh ủy / Huyện ủy abbreviated
    (["Đồng chí Đào Văn Phước, Ủy viên Ban TVTU, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự.",
      "Đồng chí Lê Văn Tám, UVBTVHU, Chủ tịch Ủy ban MTTQ Việt Nam huyện dự."],
     L("huyện", "Gò Quao", L("tỉnh", "Kiên Giang")),
     {("Đào Văn Phước", "Ủy viên Ban Thường vụ", "Tỉnh ủy Kiên Giang"),
      ("Đào Văn Phước", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Kiên Giang"),
      ("Lê Văn Tám", "Ủy viên Ban Thường vụ", "Huyện ủy Gò Quao"),
      ("Lê Văn Tám", "Chủ tịch", "Ủy ban MTTQ Việt Nam huyện Gò Quao")},
     {"Đào Văn Phước": {"attendee"}, "Lê Văn Tám": {"attendee"}}),
    # the Party's inspection committee and departments abbreviated in a body phrase
    (["Ông Nguyễn Văn An, Chủ nhiệm UBKT Huyện ủy dự.", "Bà Lê Thị Hoa, Ủy viên BTG Tỉnh ủy dự."],
     L("huyện", "Gò Quao", L("tỉnh", "Kiên Giang")),
     {("Nguyễn Văn An", "Chủ nhiệm", "Ủy ban Kiểm tra Huyện ủy Gò Quao"),
      ("Lê Thị Hoa", "Ủy viên", "Ban Tuyên giáo Tỉnh ủy Kiên Giang")},
     {"Nguyễn Văn An": {"attendee"}, "Lê Thị Hoa": {"attendee"}}),
    # "Thường trực Ban Bí thư" is the post "Thường trực" of the Ban Bí thư, before the name or after
    (["Đồng chí Thường trực Ban Bí thư Đinh Thế Huynh phát biểu kết luận.",
      "Đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư dự."],
     None,
     {("Đinh Thế Huynh", "Thường trực", "Ban Bí thư"), ("Trần Cẩm Tú", "Thường trực", "Ban Bí thư"),
      ("Trần Cẩm Tú", "Ủy viên", "Bộ Chính trị")},
     {"Đinh Thế Huynh": {"concluder"}, "Trần Cẩm Tú": {"attendee"}}),
    # the Party's full name after "Trung ương" is the Party: "Ban Chấp hành Trung ương Đảng"
    (["Hội nghị đã nghe phát biểu chỉ đạo của đồng chí Nguyễn Phú Trọng- Tổng Bí thư BCH Trung ương ĐCS Việt Nam.",
      "Đồng chí Tô Lâm, Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam dự."],
     None,
     {("Nguyễn Phú Trọng", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng"),
      ("Tô Lâm", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng")},
     {"Nguyễn Phú Trọng": {"speaker"}, "Tô Lâm": {"attendee"}}),
    # "T.Ư Ủy ban MTTQ Việt Nam", the level before the committee: the Ủy ban Trung ương
    (["Phó chủ tịch T.Ư Ủy ban MTTQ Việt Nam Bế Xuân Trường nhấn mạnh vai trò của Mặt trận."],
     None,
     {("Bế Xuân Trường", "Phó Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam")},
     {"Bế Xuân Trường": {"speaker"}}),
    # a department named alone is of the body of the post before it
    (["Lưu Thị Thương – Ủy viên Ban Thường vụ Đảng ủy, Trưởng ban Xây dựng Đảng dự.",
      "Ông Lê Văn An, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Phong trào dự."],
     L("xã", "Vĩnh Lộc", L("tỉnh", "Thanh Hóa")),
     {("Lưu Thị Thương", "Ủy viên Ban Thường vụ", "Đảng ủy xã Vĩnh Lộc"),
      ("Lưu Thị Thương", "Trưởng ban", "Ban Xây dựng Đảng Đảng ủy xã Vĩnh Lộc"),
      ("Lê Văn An", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa"),
      ("Lê Văn An", "Trưởng ban", "Ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa")},
     {"Lưu Thị Thương": {"attendee"}, "Lê Văn An": {"attendee"}}),
    # an opening attendance verb whose sentence says "có" only after the person; the act as a
    # noun with "của" before the person; "phát biểu kết luận" concludes
    (["Dự và phát biểu tại đại hội, ông Bế Xuân Trường, Chủ tịch Hội Cựu chiến binh Việt Nam, đánh giá "
      "Mặt trận tỉnh đã có nhiều kết quả.",
      "Hội nghị đã nghe phát biểu chỉ đạo của đồng chí Nguyễn Phú Trọng, Tổng Bí thư.",
      "Phát biểu kết luận của đồng chí Hoàng Đăng Quang, Phó Bí thư Thường trực Tỉnh ủy tại Hội nghị.",
      "Ông Lê Văn Tám, Chủ tịch Hội Nông dân huyện phát biểu kết luận hội nghị."],
     None,
     {("Bế Xuân Trường", "Chủ tịch", "Hội Cựu chiến binh Việt Nam"),
      ("Nguyễn Phú Trọng", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng"),
      ("Hoàng Đăng Quang", "Phó Bí thư Thường trực", "Tỉnh ủy"),
      ("Lê Văn Tám", "Chủ tịch", "Hội Nông dân huyện")},
     {"Bế Xuân Trường": {"attendee", "speaker"}, "Nguyễn Phú Trọng": {"speaker"},
      "Hoàng Đăng Quang": {"concluder"}, "Lê Văn Tám": {"concluder"}}),
    # abbreviated titles in a row with no separator ("PBT CT UBND", "TV ĐU PCT UBND xã"), "PBT TT",
    # "CN UBKT"; a duty in lower case after a title ("TV phụ trách cụm") is no body
    (["Về dự có đồng chí Hoàng Quốc Hà – UVBTV Huyện uỷ - CN UBKT – TV phụ trách cụm, đồng chí Hoàng Đức "
      "Trọng – PBT TT, đồng chí Lý Bách Chiến, PBT CT UBND xã; đồng chí Phạm Thăng Long TV ĐU PCT UBND xã."],
     L("xã", "Hoa Lộc", L("huyện", "Hậu Lộc")),
     {("Hoàng Quốc Hà", "Ủy viên Ban Thường vụ", "Huyện ủy Hậu Lộc"),
      ("Hoàng Quốc Hà", "Chủ nhiệm", "Ủy ban Kiểm tra Huyện ủy Hậu Lộc"),
      ("Hoàng Đức Trọng", "Phó Bí thư Thường trực", "Đảng ủy xã Hoa Lộc"),
      ("Lý Bách Chiến", "Phó Bí thư", "Đảng ủy xã Hoa Lộc"),
      ("Lý Bách Chiến", "Chủ tịch", "Ủy ban nhân dân xã Hoa Lộc"),
      ("Phạm Thăng Long", "Ủy viên Ban Thường vụ", "Đảng ủy xã Hoa Lộc"),
      ("Phạm Thăng Long", "Phó Chủ tịch", "Ủy ban nhân dân xã Hoa Lộc")},
     {"Hoàng Quốc Hà": {"attendee"}, "Hoàng Đức Trọng": {"attendee"}, "Lý Bách Chiến": {"attendee"},
      "Phạm Thăng Long": {"attendee"}}),
    # an Ê Đê name whose first syllable ends in an apostrophe, after its titles
    (["Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk Y’ Dec Hđơk phát biểu tại hội nghị."], None,
     {("Y’ Dec Hđơk", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk")}, {"Y’ Dec Hđơk": {"speaker"}}),
    # an abbreviated title glued to its body's ("PBTĐU", "CTUBND"); titles in lower case straight
    # after the name; "HDND" and "Đẳng ủy" as pages misspell them
    (["Dự hội nghị có đ/c Triệu Trung Kiên – PBTĐU – CTUBND xã; đồng chí Trần Bá Tú ủy viên thường vụ "
      "Huyện ủy; đồng chí Nguyễn Văn Hóa Bí thư Đẳng ủy- CT HDND xã."],
     L("xã", "Quân Hà"),
     {("Triệu Trung Kiên", "Phó Bí thư", "Đảng ủy xã Quân Hà"),
      ("Triệu Trung Kiên", "Chủ tịch", "Ủy ban nhân dân xã Quân Hà"),
      ("Trần Bá Tú", "Ủy viên Ban Thường vụ", "Huyện ủy"),
      ("Nguyễn Văn Hóa", "Bí thư", "Đảng ủy xã Quân Hà"),
      ("Nguyễn Văn Hóa", "Chủ tịch", "Hội đồng nhân dân xã Quân Hà")},
     {"Triệu Trung Kiên": {"attendee"}, "Trần Bá Tú": {"attendee"}, "Nguyễn Văn Hóa": {"attendee"}}),
    # a name ending in a syllable that is also a unit word, glued to its title by a hyphen;
    # "báo cáo viên" introduces a name
    (["Tại Hội nghị, các đại biểu được báo cáo viên Nguyễn Huỳnh Huyện-Phó Trưởng ban Tuyên giáo và Dân vận "
      "Tỉnh ủy truyền đạt kết quả Đại hội."], None,
     {("Nguyễn Huỳnh Huyện", "Phó Trưởng ban", "Ban Tuyên giáo và Dân vận Tỉnh ủy")},
     {"Nguyễn Huỳnh Huyện": {"presenter"}}),
    # the same with spaces round the dash ("Quận" is a unit word only before a place's name),
    # while "Quận 1" after a name still ends it
    (["Tham dự Hội nghị tại điểm cầu Tỉnh ủy có đồng chí Trần Đức Quận - Phó Bí thư Thường trực Tỉnh ủy, "
      "Chủ tịch HĐND tỉnh cùng đại diện lãnh đạo UBND tỉnh.",
      "Dự có ông Nguyễn Văn An Quận 1 và bà Lê Thị Huyện, Chủ tịch Hội Nông dân tỉnh."], CA_MAU,
     {("Trần Đức Quận", "Phó Bí thư Thường trực", "Tỉnh ủy Cà Mau"),
      ("Trần Đức Quận", "Chủ tịch", "Hội đồng nhân dân tỉnh Cà Mau"),
      ("Lê Thị Huyện", "Chủ tịch", "Hội Nông dân tỉnh Cà Mau")},
     {"Trần Đức Quận": {"attendee"}, "Nguyễn Văn An": {"attendee"}, "Lê Thị Huyện": {"attendee"}}),
    # "Thường vụ Đảng ủy" for a member of the standing committee, "Phó BTTT" for the standing
    # deputy secretary; "Ban Thường vụ Huyện ủy" before a name is the body, not a title
    (["Tham dự có đồng chí Ngô Ngọc Hiển - Thường vụ Đảng ủy - Chủ tịch Ủy ban Mặt trận Tổ quốc phường.",
      "Đ/c Trần Xuân Thành Phó BTTT huyện ủy- chủ tịch HĐND huyện đã về dự buổi lễ.",
      "Ban Thường vụ Huyện ủy Nguyễn Văn An tổ chức hội nghị."], None,
     {("Ngô Ngọc Hiển", "Ủy viên Ban Thường vụ", "Đảng ủy phường"),
      ("Ngô Ngọc Hiển", "Chủ tịch", "Ủy ban MTTQ Việt Nam phường"),
      ("Trần Xuân Thành", "Phó Bí thư Thường trực", "Huyện ủy"),
      ("Trần Xuân Thành", "Chủ tịch", "Hội đồng nhân dân huyện")},
     {"Ngô Ngọc Hiển": {"attendee"}, "Trần Xuân Thành": {"attendee"}}),
    # after a Party committee, "về" ends the body unless a steering committee's purpose follows
    (["Báo gửi tới độc giả bài phỏng vấn đồng chí Phạm Văn Sinh, Bí thư Tỉnh ủy về những kết quả nổi bật.",
      "Đồng chí Lê Văn An, Trưởng Ban Chỉ đạo Thành ủy về công tác phòng chống tham nhũng phát biểu."], CA_MAU,
     {("Phạm Văn Sinh", "Bí thư", "Tỉnh ủy Cà Mau"),
      ("Lê Văn An", "Trưởng ban", "Ban Chỉ đạo Thành ủy về công tác phòng chống tham nhũng")},
     {"Phạm Văn Sinh": set(), "Lê Văn An": {"speaker"}}),
    # title before the name: a capitalised verb inside the body's name ("Ủy ban Kiểm tra") does
    # not end it
    (["Đến dự có Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Nguyễn Thành Vững; "
      "Phó Chủ tịch HĐND tỉnh Đặng Thị Ngọc Mai; lãnh đạo địa phương."], CA_MAU,
     {("Nguyễn Thành Vững", "Ủy viên Ban Thường vụ", "Tỉnh ủy Cà Mau"),
      ("Nguyễn Thành Vững", "Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Cà Mau"),
      ("Đặng Thị Ngọc Mai", "Phó Chủ tịch", "Hội đồng nhân dân tỉnh Cà Mau")},
     {"Nguyễn Thành Vững": {"attendee"}, "Đặng Thị Ngọc Mai": {"attendee"}}),
    # "khai mạc" a meeting is speaking at it; "công bố" decisions, "thông qua" a draft present it;
    # "thay mặt …" between a person and the verb; a colon list sharing one verb
    (["Khai mạc Hội nghị, bà Nguyễn Hiền Phương, Chủ tịch UB MTTQ Việt Nam phường cho biết nhiều điều.",
      "Bà Trang Thị Hạnh, Chủ tịch Hội Người cao tuổi xã thông qua đề cương về ngày Quốc tế Người cao tuổi.",
      "Đại biểu nghe Phó Chủ tịch UB MTTQ Việt Nam phường Võ Thị Mai Anh công bố các quyết định.",
      "Bà Trần Thị Thu Trâm, Chủ tịch HĐND xã thay mặt lãnh đạo xã phát biểu ý kiến chúc mừng.",
      "Các đồng chí: Nguyễn Thị Minh Phương – Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố, Vũ Anh "
      "Thư – Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì hội nghị."],
     None,
     {("Nguyễn Hiền Phương", "Chủ tịch", "Ủy ban MTTQ Việt Nam phường"),
      ("Trang Thị Hạnh", "Chủ tịch", "Hội Người cao tuổi xã"),
      ("Võ Thị Mai Anh", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam phường"),
      ("Trần Thị Thu Trâm", "Chủ tịch", "Hội đồng nhân dân xã"),
      ("Nguyễn Thị Minh Phương", "Phó Chủ tịch Thường trực", "Ủy ban MTTQ Việt Nam thành phố"),
      ("Vũ Anh Thư", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam thành phố")},
     {"Nguyễn Hiền Phương": {"speaker"}, "Trang Thị Hạnh": {"presenter"}, "Võ Thị Mai Anh": {"presenter"},
      "Trần Thị Thu Trâm": {"speaker"}, "Nguyễn Thị Minh Phương": {"chair"}, "Vũ Anh Thư": {"chair"}}),
    # titles joined by a slash
    (["Dự hội nghị có ông Lê Hoàng Việt, Chủ tịch HĐND/Chủ tịch Hội đồng bầu cử huyện Tân Hồng."], None,
     {("Lê Hoàng Việt", "Chủ tịch", "Hội đồng nhân dân huyện Tân Hồng"),
      ("Lê Hoàng Việt", "Chủ tịch", "Hội đồng bầu cử huyện Tân Hồng")}, {"Lê Hoàng Việt": {"attendee"}}),
    # former posts ("nguyên …") are read past to the verb but are no posts; an opening verb and its
    # venue with no comma before the person; "Phó tổng thư ký"
    (["Tại Hội nghị, đồng chí Trịnh Xuân Diệu, nguyên Phó Giám đốc Sở Nội vụ, nguyên Trưởng Ban Tôn giáo "
      "tỉnh đã truyền đạt những nội dung cơ bản của Luật.",
      "Dự có ông Nguyễn Văn Đăng, Bí thư Đảng bộ thị trấn, Nguyên BT Ban Chấp hành Đảng bộ.",
      "Phát biểu tại hội nghị đ/c Vĩnh Quang Lê – Phó tổng thư ký Trung ương Hội Chữ thập đỏ Việt Nam."],
     None,
     {("Nguyễn Văn Đăng", "Bí thư", "Đảng bộ thị trấn"),
      ("Vĩnh Quang Lê", "Phó Tổng Thư ký", "Trung ương Hội Chữ thập đỏ Việt Nam")},
     {"Trịnh Xuân Diệu": {"presenter"}, "Nguyễn Văn Đăng": {"attendee"}, "Vĩnh Quang Lê": {"speaker"}}),
    # a person who "tuyên truyền" at a meeting presents its content
    (["Đồng chí Hà Văn Vỹ, Phó Chủ tịch Liên đoàn Lao động tỉnh đã trực tiếp tuyên truyền về bầu cử."],
     L("tỉnh", "Tuyên Quang"),
     {("Hà Văn Vỹ", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Tuyên Quang")}, {"Hà Văn Vỹ": {"presenter"}}),
    # titles as written: "Ủy viên Thường trực" is not "Ủy viên Ban Thường trực"; the Youth Union's
    # "Bí thư thứ nhất" and "Bí thư Thường trực"; "Hội LHTN"
    (["Hội nghị có sự hiện diện của Ông Lý Ngọc Thạch - Ủy viên Thường trực Ủy ban MTTQ Việt Nam Thành phố.",
      "Hội nghị do anh Bùi Quang Huy – Bí thư thứ nhất T.Ư Đoàn và anh Nguyễn Minh Triết – Bí thư Thường trực "
      "T.Ư Đoàn chủ trì.",
      "Đồng chí Nguyễn Văn Hòa, Chủ tịch Hội LHTN Việt Nam thành phố Quy Nhơn dự hội nghị."],
     None,
     {("Lý Ngọc Thạch", "Ủy viên Thường trực", "Ủy ban MTTQ Việt Nam thành phố"),
      ("Bùi Quang Huy", "Bí thư thứ nhất", "Trung ương Đoàn TNCS Hồ Chí Minh"),
      ("Nguyễn Minh Triết", "Bí thư Thường trực", "Trung ương Đoàn TNCS Hồ Chí Minh"),
      ("Nguyễn Văn Hòa", "Chủ tịch", "Hội Liên hiệp Thanh niên Việt Nam thành phố Quy Nhơn")},
     {"Lý Ngọc Thạch": set(), "Bùi Quang Huy": {"chair"}, "Nguyễn Minh Triết": {"chair"},
      "Nguyễn Văn Hòa": {"attendee"}}),
    # an abbreviation opening a body is no name ("các đồng chí BCH Tỉnh hội"); a title typed in lower
    # case after a hyphen is no syllable of the name; Hmong family names ("Chá")
    (["Tham dự có các đồng chí BCH Tỉnh hội, thường trực các huyện.",
      "Tới dự buổi lễ có Đ/C Đoàn Văn Chì-phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên.",
      "Phó Chủ tịch HĐND tỉnh Chá A Của chủ tọa kỳ họp."],
     L("tỉnh", "Sơn La"),
     {("Đoàn Văn Chì", "Phó Giám đốc", "Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên"),
      ("Chá A Của", "Phó Chủ tịch", "Hội đồng nhân dân tỉnh Sơn La")},
     {"Đoàn Văn Chì": {"attendee"}, "Chá A Của": {"chair"}}),
    # "P." for Phó before a title; the family name Uông after a semicolon; where a person went to
    # attend ("… A đến huyện Tân Trụ dự lễ …")
    (["Tham dự có ông Trần Văn Nam- Bí thư Tỉnh ủy Bình Dương; ông Nguyễn Hoàng Thao- P. Bí thư Tỉnh ủy Bình Dương.",
      "Tới dự có các đồng chí: Nguyễn Sinh Hùng, Chủ tịch Quốc hội; Uông Chu Lưu, Phó Chủ tịch Quốc hội.",
      "Ngày 13/9/2023, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Long An Đỗ Thanh Hùng đến huyện Tân Trụ dự lễ trao "
      "nhà Đại đoàn kết cho 2 hộ gia đình."],
     None,
     {("Trần Văn Nam", "Bí thư", "Tỉnh ủy Bình Dương"), ("Nguyễn Hoàng Thao", "Phó Bí thư", "Tỉnh ủy Bình Dương"),
      ("Nguyễn Sinh Hùng", "Chủ tịch", "Quốc hội"), ("Uông Chu Lưu", "Phó Chủ tịch", "Quốc hội"),
      ("Đỗ Thanh Hùng", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Long An")},
     {"Trần Văn Nam": {"attendee"}, "Nguyễn Hoàng Thao": {"attendee"}, "Nguyễn Sinh Hùng": {"attendee"},
      "Uông Chu Lưu": {"attendee"}, "Đỗ Thanh Hùng": {"attendee"}}),
    # a two-syllable name closing the sentence after a body ending in "Việt Nam"; "Ban TG&DV"
    (["Dự Đại hội có: Phó Chủ tịch nước Nguyễn Thị Doan, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam "
      "Huỳnh Đảm.",
      "Dự có đồng chí Phạm Trọng Dũng, Phó Trưởng Ban Thường trực Ban TG&DV Tỉnh ủy."],
     L("tỉnh", "Thanh Hóa"),
     {("Nguyễn Thị Doan", "Phó Chủ tịch nước", None), ("Huỳnh Đảm", "Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam"),
      ("Phạm Trọng Dũng", "Phó Trưởng ban Thường trực", "Ban Tuyên giáo và Dân vận Tỉnh ủy Thanh Hóa")},
     {"Nguyễn Thị Doan": {"attendee"}, "Huỳnh Đảm": {"attendee"}, "Phạm Trọng Dũng": {"attendee"}}),
    # titles after "và" closed by a name are that person's; "Chánh Văn phòng Trung ương Đảng" is of
    # its office; "công tác cán bộ" is no title; a provincial paper merged with radio and television
    (["Đồng chí Trần Thanh Mẫn và Phó Chủ tịch - Tổng Thư ký Hầu A Lềnh trao bằng khen.",
      "Dự có ông Lê Hoài Trung, Chánh Văn phòng Trung ương Đảng.",
      "Hội nghị công bố các quyết định về công tác cán bộ của Ban Thường vụ Tỉnh ủy chỉ định đồng chí Nguyễn Văn "
      "Đoàn, Trưởng phòng Quản lý đô thị thành phố làm Ủy viên Ban Chấp hành Đảng bộ thành phố.",
      "Đồng chí Nguyễn Huy Long, Phó Giám đốc Báo và Phát thanh, truyền hình Thanh Hóa phát biểu tại hội nghị."],
     None,
     {("Lê Hoài Trung", "Chánh Văn phòng", "Văn phòng Trung ương Đảng"),
      ("Nguyễn Văn Đoàn", "Trưởng phòng", "Phòng Quản lý đô thị thành phố"),
      ("Nguyễn Văn Đoàn", "Ủy viên", "Ban Chấp hành Đảng bộ thành phố"),
      ("Nguyễn Huy Long", "Phó Giám đốc", "Báo và Phát thanh, truyền hình Thanh Hóa")},
     {"Trần Thanh Mẫn": set(), "Hầu A Lềnh": set(), "Lê Hoài Trung": {"attendee"}, "Nguyễn Văn Đoàn": set(),
      "Nguyễn Huy Long": {"speaker"}}),
    # titles after a comma following a title-first name are that name's when they meet its role
    # verb or end the item on a body no name can close; not those closed by a name; those who give
    # awards to, or meet, delegates attending did not attend
    (["Phó Chủ tịch nước Đặng Thị Ngọc Thịnh, Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng Trung ương "
      "dự và chỉ đạo Đại hội.",
      "Tham dự Đại hội có Tổng Bí thư Nguyễn Phú Trọng, Bí thư Quân ủy Trung ương; Chủ tịch nước Trần Đại Quang.",
      "Dự hội nghị có Phó Chủ tịch HĐND tỉnh Nguyễn Kiên Cường, Phó Chủ tịch UBND tỉnh Thân Đức Hưởng.",
      "Chủ tịch Trần Thanh Mẫn trao bằng khen cho đại biểu tham dự.",
      "Sáng 24/8, đồng chí Nguyễn Tấn Tuân – Phó Bí thư Tỉnh ủy cùng lãnh đạo một số cơ quan của tỉnh có buổi "
      "gặp mặt Đoàn đại biểu tham dự Đại hội Hội Chữ thập đỏ Việt Nam lần thứ XI."],
     L("tỉnh", "Cà Mau"),
     {("Đặng Thị Ngọc Thịnh", "Phó Chủ tịch nước", None),
      ("Đặng Thị Ngọc Thịnh", "Phó Chủ tịch thứ nhất", "Hội đồng Thi đua - Khen thưởng Trung ương"),
      ("Nguyễn Phú Trọng", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng"),
      ("Nguyễn Phú Trọng", "Bí thư", "Quân ủy Trung ương"), ("Trần Đại Quang", "Chủ tịch nước", None),
      ("Nguyễn Kiên Cường", "Phó Chủ tịch", "Hội đồng nhân dân tỉnh Cà Mau"),
      ("Thân Đức Hưởng", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Cà Mau"),
      ("Nguyễn Tấn Tuân", "Phó Bí thư", "Tỉnh ủy Cà Mau")},
     {"Đặng Thị Ngọc Thịnh": {"attendee"}, "Nguyễn Phú Trọng": {"attendee"}, "Trần Đại Quang": {"attendee"},
      "Nguyễn Kiên Cường": {"attendee"}, "Thân Đức Hưởng": {"attendee"}, "Trần Thanh Mẫn": set(),
      "Nguyễn Tấn Tuân": set()}),
    # "đồngchí" typed without its space; a central office is no department of the body before it and
    # holds no title ("Văn phòng Chủ tịch nước"); a term between a name and its verb; what did not
    # happen ("không thể về dự"); "Thương trực" typed for "Thường trực"
    (["Chào mừng đại hội, đồngchí Lương Hải Sinh, Chủ tịch HĐND tỉnh đã có những ý kiến chỉ đạo.",
      "Dự Đại hội có đồng chí Lê Khánh Hải, Ủy viên Trung ương Đảng, Chủ nhiệm Văn phòng Chủ tịch nước.",
      "Thừa ủy quyền, Chủ nhiệm Văn phòng Chủ tịch nước Lê Khánh Hải trao quà.",
      "Bí thư Đảng ủy phường Võ Cường Đặng Trần Trung nhiệm kỳ 2025-2030 phát biểu tại Đại hội.",
      "Theo chương trình công tác, Chủ tịch nước Lương Cường sẽ về dự Đại hội, tuy nhiên Chủ tịch nước không thể "
      "về dự Đại hội.",
      "Phó Bí thư Thương trực Huyện ủy - Nguyễn Dương Phong Linh tặng lẵng hoa."],
     L("tỉnh", "Bắc Ninh"),
     {("Lương Hải Sinh", "Chủ tịch", "Hội đồng nhân dân tỉnh Bắc Ninh"),
      ("Lê Khánh Hải", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
      ("Lê Khánh Hải", "Chủ nhiệm", "Văn phòng Chủ tịch nước"),
      ("Đặng Trần Trung", "Bí thư", "Đảng ủy phường Võ Cường"), ("Lương Cường", "Chủ tịch nước", None),
      ("Nguyễn Dương Phong Linh", "Phó Bí thư Thường trực", "Huyện ủy")},
     {"Lương Hải Sinh": set(), "Lê Khánh Hải": {"attendee"}, "Đặng Trần Trung": {"speaker"}, "Lương Cường": set(),
      "Nguyễn Dương Phong Linh": set()}),
    # honours before names ("Mẹ Việt Nam Anh hùng", "Anh hùng lực lượng vũ trang"); "TAND"; a verb
    # heading another list ends the attendance ("…, chủ trì hội nghị: Bà A")
    (["Dự Đại hội có các đồng chí: Nguyễn Anh Tuấn – Phó Chủ tịch UBND huyện; Mẹ Việt Nam Anh hùng Nguyễn Thị "
      "Hằng; Anh hùng lực lượng vũ trang Đinh Thế Văn.",
      "Dự có Chánh án TAND thành phố Hà Nội Nguyễn Hữu Chính.",
      "Tham dự hội nghị có Ban Công tác Mặt trận Khu phố và Ban Thanh tra nhân dân, chủ trì hội nghị: Bà Lê Thị "
      "Thùy Dung – Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam Phường 1."],
     L("thành phố", "Hà Nội"),
     {("Nguyễn Anh Tuấn", "Phó Chủ tịch", "Ủy ban nhân dân huyện"),
      ("Nguyễn Hữu Chính", "Chánh án", "Tòa án nhân dân thành phố Hà Nội"),
      ("Lê Thị Thùy Dung", "Chủ tịch", "Ủy ban MTTQ Việt Nam Phường 1")},
     {"Nguyễn Anh Tuấn": {"attendee"}, "Nguyễn Thị Hằng": {"attendee"}, "Đinh Thế Văn": {"attendee"},
      "Nguyễn Hữu Chính": {"attendee"}, "Lê Thị Thùy Dung": {"chair"}}),
    # "KSNDTC"; titles after "và" closing on a name behind an abbreviation are that name's
    (["Cũng tại hội nghị, đồng chí Nguyễn Thiện Nhân và Viện trưởng Viện KSNDTC Nguyễn Hòa Bình đã ký quy chế "
      "phối hợp giữa hai ngành."],
     None,
     {("Nguyễn Hòa Bình", "Viện trưởng", "Viện Kiểm sát nhân dân tối cao")},
     {"Nguyễn Thiện Nhân": set(), "Nguyễn Hòa Bình": set()}),
    # "Thưởng trực", another typo of "Thường trực"
    (["Phó Bí thư Thưởng trực Huyện ủy Nguyễn Hồ Hải tuyên dương các tập thể có thành tích xuất sắc.",
      "Dự Hội nghị có Phó Bí thư TT. Tỉnh ủy, Chủ tịch HĐND tỉnh Cao Thị Hòa An."],
     L("tỉnh", "Phú Yên"),
     {("Nguyễn Hồ Hải", "Phó Bí thư Thường trực", "Huyện ủy"),
      ("Cao Thị Hòa An", "Phó Bí thư Thường trực", "Tỉnh ủy Phú Yên"),
      ("Cao Thị Hòa An", "Chủ tịch", "Hội đồng nhân dân tỉnh Phú Yên")},
     {"Nguyễn Hồ Hải": set(), "Cao Thị Hòa An": {"attendee"}}),
    # "… cùng sự tham dự của …": the attendees follow it, not the chairs before it
    (["Đồng chủ trì buổi lễ có đồng chí Nguyễn Hữu Vĩnh - Viện trưởng VKSND huyện và đồng chí Võ Thị Thu - Chủ tịch "
      "Ủy ban MTTQ Việt Nam huyện cùng sự tham dự của các đồng chí lãnh đạo, cán bộ của hai đơn vị."],
     L("huyện", "Đại Lộc", L("tỉnh", "Quảng Nam")),
     {("Nguyễn Hữu Vĩnh", "Viện trưởng", "Viện Kiểm sát nhân dân huyện Đại Lộc"),
      ("Võ Thị Thu", "Chủ tịch", "Ủy ban MTTQ Việt Nam huyện Đại Lộc")},
     {"Nguyễn Hữu Vĩnh": {"chair"}, "Võ Thị Thu": {"chair"}}),
    # a vote's tally is no attendance ("với 100% đại biểu tham dự tán thành", "… đại biểu HĐND dự bầu")
    (["Tại kỳ họp, bà Hoàng Thị Hồng Vân trúng cử chức danh Chủ tịch UBND thị xã, với 100% đại biểu tham dự tán "
      "thành.",
      "Kỳ họp bầu bổ sung bà Nông Thị Tươm giữ chức vụ Phó Chủ tịch Hội đồng nhân dân xã với số phiếu tín nhiệm đạt "
      "100% so với đại biểu HĐND dự bầu."],
     None,
     {("Hoàng Thị Hồng Vân", "Chủ tịch", "Ủy ban nhân dân thị xã"),
      ("Nông Thị Tươm", "Phó Chủ tịch", "Hội đồng nhân dân xã")},
     {"Hoàng Thị Hồng Vân": set(), "Nông Thị Tươm": set()}),
    # "được bầu vào chức danh …", as "được bầu làm …"; "Cả sư" before a Cham dignitary's name
    (["Ông Nguyễn Văn An được bầu vào chức danh Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Phú.",
      "Cả sư Hán Đô được bầu làm Chủ tịch Hội đồng Chức sắc Chăm Bà La Môn tỉnh."],
     L("tỉnh", "Ninh Thuận"),
     {("Nguyễn Văn An", "Chủ tịch", "Ủy ban MTTQ Việt Nam xã Tân Phú"),
      ("Hán Đô", "Chủ tịch", "Hội đồng Chức sắc Chăm Bà La Môn tỉnh Ninh Thuận")},
     {"Nguyễn Văn An": set(), "Hán Đô": set()}),
    # a unit in parentheses placing the body before the name
    (["Chủ tịch UBND xã Tân Phú (huyện Đồng Xuân) Nguyễn Văn An phát biểu tại hội nghị."],
     L("tỉnh", "Phú Yên"),
     {("Nguyễn Văn An", "Chủ tịch", "Ủy ban nhân dân xã Tân Phú")},
     {"Nguyễn Văn An": {"speaker"}}),
    # the Youth Union's Central Committee abbreviated before a name: "Đoàn" opens no name there
    (["Tham dự có đồng chí Bí thư T.Ư Đoàn Nguyễn Long Hải và Bí thư TƯ Đoàn Nguyễn Ngọc Lương."],
     None,
     {("Nguyễn Long Hải", "Bí thư", "Trung ương Đoàn TNCS Hồ Chí Minh"),
      ("Nguyễn Ngọc Lương", "Bí thư", "Trung ương Đoàn TNCS Hồ Chí Minh")},
     {"Nguyễn Long Hải": {"attendee"}, "Nguyễn Ngọc Lương": {"attendee"}}),
    # a body named after a person ends with that name, which is no one present; "Phó Giám đốc
    # Thường trực"
    (["Dự có Ủy viên Bộ Chính trị, Giám đốc Học viện Chính trị Quốc gia Hồ Chí Minh, Chủ tịch Hội đồng Lý luận "
      "Trung ương Nguyễn Xuân Thắng; Phó Giám đốc Thường trực Học viện Chính trị Quốc gia Hồ Chí Minh Đoàn Minh Huấn."],
     None,
     {("Nguyễn Xuân Thắng", "Ủy viên", "Bộ Chính trị"),
      ("Nguyễn Xuân Thắng", "Giám đốc", "Học viện Chính trị Quốc gia Hồ Chí Minh"),
      ("Nguyễn Xuân Thắng", "Chủ tịch", "Hội đồng Lý luận Trung ương"),
      ("Đoàn Minh Huấn", "Phó Giám đốc Thường trực", "Học viện Chính trị Quốc gia Hồ Chí Minh")},
     {"Nguyễn Xuân Thắng": {"attendee"}, "Đoàn Minh Huấn": {"attendee"}}),
    # what they did set off by a dash ends the body; the body a post is in charge of; a caption's
    # date after the body; "Đoàn Chủ tịch Trung ương MTTQ" is the central committee's
    (["Dự có ông Nguyễn Văn Hoàng, Chủ tịch HĐND xã – Chủ trì cuộc họp.",
      "Dự có ông Trần Văn Bình, Phó Chủ tịch Thường trực phụ trách UBND huyện Mỹ Đức.",
      "Dự có ông Hà Phúc Mịch, Uỷ viên Đoàn Chủ tịch Trung ương MTTQ Việt Nam.",
      "Ông Lê Văn Cường, Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hải Phòng 26/11/2025 18:05"],
     None,
     {("Nguyễn Văn Hoàng", "Chủ tịch", "Hội đồng nhân dân xã"),
      ("Trần Văn Bình", "Phó Chủ tịch Thường trực", "Ủy ban nhân dân huyện Mỹ Đức"),
      ("Hà Phúc Mịch", "Ủy viên", "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
      ("Lê Văn Cường", "Chủ tịch", "Ủy ban MTTQ Việt Nam thành phố Hải Phòng")},
     {"Nguyễn Văn Hoàng": {"attendee", "chair"}, "Trần Văn Bình": {"attendee"}, "Hà Phúc Mịch": {"attendee"},
      "Lê Văn Cường": set()}),
    # "chia sẻ", "gặp mặt" end the chain too
    (["Bà Hoàng Thị Hoa, Trưởng ban Công tác mặt trận khu phố Đồng An 3 chia sẻ một số kinh nghiệm."],
     None, {("Hoàng Thị Hoa", "Trưởng ban", "Ban Công tác mặt trận khu phố Đồng An 3")}, {"Hoàng Thị Hoa": set()}),
    # what a speaker did ends the chain ("… Phó bí thư Đảng uỷ | đánh giá cao …")
    (["Phát biểu tại hội nghị ông Nguyễn Văn Thường - Phó bí thư Đảng uỷ đánh giá cao những đóng góp của các cơ sở "
      "tôn giáo trên địa bàn."],
     None, {("Nguyễn Văn Thường", "Phó Bí thư", "Đảng ủy")}, {"Nguyễn Văn Thường": {"speaker"}}),
    # a post said again with a shorter title is the one post, under its fuller title
    (["Dự hội nghị có ông Nguyễn Văn Thường – Phó Bí thư Thường trực Đảng ủy xã.",
      "Phát biểu tại hội nghị ông Nguyễn Văn Thường - Phó bí thư Đảng uỷ xã đánh giá cao những đóng góp của các cơ sở "
      "tôn giáo trên địa bàn."],
     L("xã", "Tân Hà"), {("Nguyễn Văn Thường", "Phó Bí thư Thường trực", "Đảng ủy xã Tân Hà")},
     {"Nguyễn Văn Thường": {"attendee", "speaker"}}),
    # the title before the name, the unit's name left out: the name after "thành phố" is the person's
    # (not a place the official list lacks); "huyện Lệ Thủy" and "phường Trần Phú" are places
    (["Hội nghị do Chủ tịch Ủy ban MTTQ Việt Nam thành phố Lê Trí Thanh và Phó Chủ tịch Thường trực Ủy ban MTTQ "
      "Việt Nam thành phố Nguyễn Phi Hùng đồng chủ trì."],
     L("thành phố", "Đà Nẵng"),
     {("Lê Trí Thanh", "Chủ tịch", "Ủy ban MTTQ Việt Nam thành phố Đà Nẵng"),
      ("Nguyễn Phi Hùng", "Phó Chủ tịch Thường trực", "Ủy ban MTTQ Việt Nam thành phố Đà Nẵng")},
     {"Lê Trí Thanh": {"chair"}, "Nguyễn Phi Hùng": {"chair"}}),
    (["Dự có ông Hoàng Văn Nam, Chủ tịch UBND phường Trần Phú và bà Lê Thị Hoa, Chủ tịch UBND huyện Lệ Thủy."],
     None,
     {("Hoàng Văn Nam", "Chủ tịch", "Ủy ban nhân dân phường Trần Phú"),
      ("Lê Thị Hoa", "Chủ tịch", "Ủy ban nhân dân huyện Lệ Thủy")},
     {"Hoàng Văn Nam": {"attendee"}, "Lê Thị Hoa": {"attendee"}}),
    # a role verb opening a list after a colon gives it to everyone listed
    (["Hội nghị được chủ trì bởi các đồng chí: Lê Nhật Minh – Bí thư Đảng uỷ xã; Nguyễn Tiến Giang – Phó Bí "
      "thư Thường trực Đảng uỷ xã.",
      "Hội nghị diễn ra dưới sự chủ trì của các đồng chí: Nguyễn Văn Nam - Bí thư Quận ủy; Vũ Đại Phong - Chủ "
      "tịch UBND quận."],
     None,
     {("Lê Nhật Minh", "Bí thư", "Đảng ủy xã"), ("Nguyễn Tiến Giang", "Phó Bí thư Thường trực", "Đảng ủy xã"),
      ("Nguyễn Văn Nam", "Bí thư", "Quận ủy"), ("Vũ Đại Phong", "Chủ tịch", "Ủy ban nhân dân quận")},
     {"Lê Nhật Minh": {"chair"}, "Nguyễn Tiến Giang": {"chair"}, "Nguyễn Văn Nam": {"chair"},
      "Vũ Đại Phong": {"chair"}}),
    # "TT" after a deputy's title is its standing member's ("phó Bí thư TT Đảng ủy")
    (["Tham gia đoàn có đồng chí Mã Văn Vô, phó Bí thư TT Đảng ủy xã Thạnh Hưng.",
      "Dự có ông Lê Văn An, Phó Chủ tịch TT Ủy ban MTTQ tỉnh."],
     CA_MAU,
     {("Mã Văn Vô", "Phó Bí thư Thường trực", "Đảng ủy xã Thạnh Hưng"),
      ("Lê Văn An", "Phó Chủ tịch Thường trực", "Ủy ban MTTQ Việt Nam tỉnh Cà Mau")},
     {"Mã Văn Vô": set(), "Lê Văn An": {"attendee"}}),
    # "Các Phó chủ tịch khác gồm các bà …": the others of the post just elected, in its body
    (["Ông Trần Văn Chính giữ chức Phó chủ tịch thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ.",
      "Các Phó chủ tịch khác gồm các bà Nguyễn Thị Huệ Chi, Lê Thị Sương Mai và các ông Nguyễn Văn Sử."],
     None,
     {("Trần Văn Chính", "Phó Chủ tịch Thường trực", "Ủy ban MTTQ Việt Nam thành phố Cần Thơ"),
      ("Nguyễn Thị Huệ Chi", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam thành phố Cần Thơ"),
      ("Lê Thị Sương Mai", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam thành phố Cần Thơ"),
      ("Nguyễn Văn Sử", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam thành phố Cần Thơ")},
     {"Trần Văn Chính": set(), "Nguyễn Thị Huệ Chi": set(), "Lê Thị Sương Mai": set(), "Nguyễn Văn Sử": set()}),
    # rarer family names (Lư, Mạch, Diệc, Thao, Chui) start a name after a title as the common ones do
    (["Tại hội nghị, Phó Chủ tịch Thường trực Ủy ban MTTQVN tỉnh Thao Hồng Sơn trình bày dự kiến.",
      "Dự có bà Lư Thị Ngọc Anh, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố."],
     None,
     {("Thao Hồng Sơn", "Phó Chủ tịch Thường trực", "Ủy ban MTTQ Việt Nam tỉnh"),
      ("Lư Thị Ngọc Anh", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam thành phố")},
     {"Thao Hồng Sơn": {"presenter"}, "Lư Thị Ngọc Anh": {"attendee"}}),
    # "Ð" (an eth) for "Đ": read as "Đ", the name kept as the page writes it
    (["Ðồng chí Vũ Ðức Hạnh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh phát biểu tại buổi gặp mặt."],
     None,
     {("Vũ Ðức Hạnh", "Tỉnh ủy viên", "Tỉnh ủy"), ("Vũ Ðức Hạnh", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh")},
     {"Vũ Ðức Hạnh": {"speaker"}}),
    # "– giữ chức": a post taken, after a dash
    (["Ông Chu Thế Hưu – giữ chức Chủ tịch Ủy ban MTTQ xã Dương Phong nhiệm kỳ 2019-2024."],
     None, {("Chu Thế Hưu", "Chủ tịch", "Ủy ban MTTQ Việt Nam xã Dương Phong")}, {"Chu Thế Hưu": set()}),
    # a title glued to the Party committee before it, the comma left out; "UBBC"
    (["Dự có đồng chí Đào Thị Thanh An – Phó Bí thư Thường trực Huyện uỷ Phó Chủ tịch UBBC huyện Lăk."],
     None, {("Đào Thị Thanh An", "Phó Bí thư Thường trực", "Huyện ủy Lăk"),
            ("Đào Thị Thanh An", "Phó Chủ tịch", "Ủy ban bầu cử huyện Lăk")}, {"Đào Thị Thanh An": {"attendee"}}),
    # the verb after a list under a plural heading is what each of them did; "đọc lời khai mạc"
    (["Các đồng chí: Phạm Mai Anh, Phó Bí thư Thường trực Huyện ủy; Nguyễn Hữu Dũng, Ủy viên Ban Thường vụ Huyện "
      "ủy; Lê Thị Hạnh, Phó Chủ tịch HĐND huyện đồng chủ tọa kỳ họp.",
      "Đồng chí Phạm Mai Anh, Phó Bí thư Thường trực Huyện ủy đọc lời khai mạc kỳ họp."],
     None,
     {("Phạm Mai Anh", "Phó Bí thư Thường trực", "Huyện ủy"), ("Nguyễn Hữu Dũng", "Ủy viên Ban Thường vụ", "Huyện ủy"),
      ("Lê Thị Hạnh", "Phó Chủ tịch", "Hội đồng nhân dân huyện")},
     {"Phạm Mai Anh": {"chair", "speaker"}, "Nguyễn Hữu Dũng": {"chair"}, "Lê Thị Hạnh": {"chair"}}),
    # after a bare unit, one capitalised syllable before a lower-case word starts the next
    # phrase ("Tổ trưởng", "Thường trực"), not the unit's name…
    (["Dự có đồng chí Lê Văn Hai, Phó Chủ tịch Hội đồng nhân dân phường Tổ trưởng tổ đại biểu số 3."],
     None, {("Lê Văn Hai", "Phó Chủ tịch", "Hội đồng nhân dân phường")}, {"Lê Văn Hai": {"attendee"}}),
    (["Dự có ông Lê Văn An, Trưởng Ban Tuyên giáo Huyện ủy, Thường trực Hội đồng nhân dân huyện."],
     None, {("Lê Văn An", "Trưởng ban", "Ban Tuyên giáo Huyện ủy")}, {"Lê Văn An": {"attendee"}}),
    # … unless the official list has a place so named
    (["Ông Lê Văn Bình, Chủ tịch UBND thị trấn Chũ phát biểu tại hội nghị."],
     None, {("Lê Văn Bình", "Chủ tịch", "Ủy ban nhân dân thị trấn Chũ")}, {"Lê Văn Bình": {"speaker"}}),
    # … or a title's capitalised words, the comma left out
    (["Đồng chí Võ Thành Châu - Chủ tịch Ủy ban MTTQ Việt Nam thành phố Phó Chủ tịch Hội đồng Bầu cử thành phố "
      "phát biểu."], None, {("Võ Thành Châu", "Chủ tịch", "Ủy ban MTTQ Việt Nam thành phố"),
                             ("Võ Thành Châu", "Phó Chủ tịch", "Hội đồng Bầu cử thành phố")}, {"Võ Thành Châu": {"speaker"}}),
    # what a speaker says of the event's subject: "khẳng định", "đánh giá cao" (not "nhấn mạnh", which
    # the pages use for what a report or a document stresses as well)
    (["Ngày 5/3/2024, Ủy ban MTTQ Việt Nam tỉnh tổ chức Đại hội.",
      "Ông Lê Tiến Châu, Bí thư Thành ủy khẳng định tại đại hội, MTTQ các cấp đã làm tốt vai trò của mình."],
     None, {("Lê Tiến Châu", "Bí thư", "Thành ủy")}, {"Lê Tiến Châu": {"speaker"}}),
    (["Chỉ đạo tại Đại hội, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Hoàng Công Thủy đánh giá cao kết quả "
      "nổi bật của MTTQ tỉnh."],
     None, {("Hoàng Công Thủy", "Phó Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam")}, {"Hoàng Công Thủy": {"speaker"}}),
    # "được bầu bổ sung giữ chức vụ": a post taken at a by-election
    (["Tại hội nghị, ông Võ Thiên Vũ được bầu bổ sung giữ chức vụ Phó Chủ tịch Hội Chữ thập đỏ huyện Tuy Phong."],
     None, {("Võ Thiên Vũ", "Phó Chủ tịch", "Hội Chữ thập đỏ huyện Tuy Phong")}, {"Võ Thiên Vũ": set()}),
    # a plural heading's post before a colon is each listed person's too, beside their own, up to
    # an item with its own honorific
    (["Dự hội nghị có các đồng chí Ủy viên Ban TVTU: Đoàn Văn Hùng, Chủ tịch Ủy ban MTTQ tỉnh; Mai Văn Quyết, "
      "Giám đốc Sở Kế hoạch và Đầu tư; đồng chí Mai Thanh Long, Phó Chủ tịch HĐND tỉnh."],
     None, {("Đoàn Văn Hùng", "Ủy viên Ban Thường vụ", "Tỉnh ủy"), ("Đoàn Văn Hùng", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh"),
            ("Mai Văn Quyết", "Ủy viên Ban Thường vụ", "Tỉnh ủy"), ("Mai Văn Quyết", "Giám đốc", "Sở Kế hoạch và Đầu tư"),
            ("Mai Thanh Long", "Phó Chủ tịch", "Hội đồng nhân dân tỉnh")},
     {"Đoàn Văn Hùng": {"attendee"}, "Mai Văn Quyết": {"attendee"}, "Mai Thanh Long": {"attendee"}}),
    # … the plural may be the title's own ("các Ủy viên Trung ương Đảng: Phó Chủ tịch Quốc hội A, …")
    (["Dự có các Ủy viên Trung ương Đảng: Phó Chủ tịch Quốc hội Vũ Hồng Thanh, Phó Chủ tịch Ủy ban Trung ương "
      "Mặt trận Tổ quốc Việt Nam Hà Thị Nga; đại diện lãnh đạo các ban của Quốc hội."],
     None, {("Vũ Hồng Thanh", "Ủy viên", "Ban Chấp hành Trung ương Đảng"), ("Vũ Hồng Thanh", "Phó Chủ tịch", "Quốc hội"),
            ("Hà Thị Nga", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
            ("Hà Thị Nga", "Phó Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam")},
     {"Vũ Hồng Thanh": {"attendee"}, "Hà Thị Nga": {"attendee"}}),
    # … when the first item has an honorific, each item with one is in the list, up to a word that
    # closes it ("cùng")
    (["Dự có các Ủy viên Ban Thường vụ Tỉnh ủy: ông Nguyễn Văn An, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Trần "
      "Thị Bình, Trưởng ban Dân vận Tỉnh ủy; Bí thư Thành ủy Đà Lạt Lê Văn Cường cùng ông Hồ Văn Dũng, Giám đốc "
      "Sở Tư pháp."],
     L("tỉnh", "Lâm Đồng"),
     {("Nguyễn Văn An", "Ủy viên Ban Thường vụ", "Tỉnh ủy Lâm Đồng"),
      ("Nguyễn Văn An", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng"),
      ("Trần Thị Bình", "Ủy viên Ban Thường vụ", "Tỉnh ủy Lâm Đồng"),
      ("Trần Thị Bình", "Trưởng ban", "Ban Dân vận Tỉnh ủy Lâm Đồng"),
      ("Lê Văn Cường", "Ủy viên Ban Thường vụ", "Tỉnh ủy Lâm Đồng"), ("Lê Văn Cường", "Bí thư", "Thành ủy Đà Lạt"),
      ("Hồ Văn Dũng", "Giám đốc", "Sở Tư pháp tỉnh Lâm Đồng")},
     {"Nguyễn Văn An": {"attendee"}, "Trần Thị Bình": {"attendee"}, "Lê Văn Cường": {"attendee"},
      "Hồ Văn Dũng": {"attendee"}}),
    # staff posts (titles.tsv): "chuyên viên", "Giảng viên chính" of a body, its abbreviation
    # spelled out (abbreviations.tsv: BTC, TTBDCT)
    (["Ông Phan Thanh Hải, chuyên viên BTC Huyện ủy Gio Linh trình bày báo cáo.",
      "Bà Bàn Hộ Hòa, Giảng viên chính TTBDCT thành phố tham dự."],
     None, {("Phan Thanh Hải", "Chuyên viên", "Ban Tổ chức Huyện ủy Gio Linh"),
            ("Bàn Hộ Hòa", "Giảng viên chính", "Trung tâm bồi dưỡng chính trị thành phố")},
     {"Phan Thanh Hải": {"presenter"}, "Bàn Hộ Hòa": {"attendee"}}),
    # a later entry of a list whose only post is a former one ("nguyên …") is a person who
    # attended all the same, with no post now
    (["Dự hội nghị có các đồng chí: Nguyễn Dy Niên, Bộ trưởng Bộ Ngoại giao; Mai Văn Ninh, nguyên Bí thư Tỉnh "
      "ủy Thanh Hóa; Lê Huy Ngọ, nguyên Ủy viên Trung ương Đảng, Trưởng Ban liên lạc đồng hương."],
     None, {("Nguyễn Dy Niên", "Bộ trưởng", "Bộ Ngoại giao"),
            ("Lê Huy Ngọ", "Trưởng ban", "Ban liên lạc đồng hương")},
     {"Nguyễn Dy Niên": {"attendee"}, "Mai Văn Ninh": {"attendee"}, "Lê Huy Ngọ": {"attendee"}}),
    # … and "Cán bộ", "Công chức", "Viên chức", "Chuyên viên cao cấp" of a body, in a list of people
    (["Tham dự có ông Nguyễn Mạnh Cường - Cán bộ Công an phường Mường Lay; bà Chui Xuân Hà - Công chức Ban "
      "Kinh tế - Ngân sách HĐND phường Mường Lay; Lưu Thị Thúy Hằng - Viên chức Nhà hát Lạc Hồng; ông Trần Văn "
      "An, Chuyên viên cao cấp Viện Hàn lâm Khoa học Việt Nam."],
     None, {("Nguyễn Mạnh Cường", "Cán bộ", "Công an phường Mường Lay"),
            ("Chui Xuân Hà", "Công chức", "Ban Kinh tế - Ngân sách Hội đồng nhân dân phường Mường Lay"),
            ("Lưu Thị Thúy Hằng", "Viên chức", "Nhà hát Lạc Hồng"),
            ("Trần Văn An", "Chuyên viên cao cấp", "Viện Hàn lâm Khoa học Việt Nam")},
     {"Nguyễn Mạnh Cường": {"attendee"}, "Chui Xuân Hà": {"attendee"}, "Lưu Thị Thúy Hằng": {"attendee"},
      "Trần Văn An": {"attendee"}}),
    # "Tổ trưởng Tổ công tác …" ends the body before it; "Chủ tịch danh dự"; CTĐ spelled out
    (["Bà Trương Thị Bích Hạnh, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam Thành phố Hồ Chí Minh, Tổ "
      "trưởng Tổ công tác số 1 phát biểu.",
      "Ông Doãn Thế Cường, Chủ tịch danh dự Hội CTĐ tỉnh Hưng Yên dự."],
     None, {("Trương Thị Bích Hạnh", "Phó Chủ tịch Thường trực", "Ủy ban MTTQ Việt Nam Thành phố Hồ Chí Minh"),
            ("Trương Thị Bích Hạnh", "Tổ trưởng", "Tổ công tác số 1"),
            ("Doãn Thế Cường", "Chủ tịch danh dự", "Hội Chữ thập đỏ tỉnh Hưng Yên")},
     {"Trương Thị Bích Hạnh": {"speaker"}, "Doãn Thế Cường": {"attendee"}}),
    # an honorific typed glued to the name ("ôngĐặng Quốc Bảo", "Đ/cNguyễn Thị Hoa")
    (["Tham dự có ôngĐặng Quốc Bảo - Chủ tịch Ủy ban MTTQ Việt Nam thành phố Nha Trang; Đ/cNguyễn Thị Hoa, "
      "Chủ tịch Hội LHPN tỉnh Khánh Hòa."],
     None, {("Đặng Quốc Bảo", "Chủ tịch", "Ủy ban MTTQ Việt Nam thành phố Nha Trang"),
            ("Nguyễn Thị Hoa", "Chủ tịch", "Hội Liên hiệp Phụ nữ tỉnh Khánh Hòa")},
     {"Đặng Quốc Bảo": {"attendee"}, "Nguyễn Thị Hoa": {"attendee"}}),
    # elected "giữ chức danh", past a photo's caption in parentheses; and after former posts whose
    # unit is placed by its parent ("thị trấn Rạch Gốc, huyện Ngọc Hiển, giữ chức vụ …")
    (["Ông Hoàng Anh Tú (áo trắng, thứ 5 từ trái sang) được tín nhiệm cử giữ chức danh Chủ tịch Ủy ban MTTQ "
      "huyện Gia Lâm.",
      "Hội nghị hiệp thương cử ông Lưu Văn Thọ, nguyên Chủ tịch UBND thị trấn Rạch Gốc, huyện Ngọc Hiển, giữ "
      "chức vụ Chủ tịch Ủy ban MTTQ Việt Nam huyện Ngọc Hiển."],
     None, {("Hoàng Anh Tú", "Chủ tịch", "Ủy ban MTTQ Việt Nam huyện Gia Lâm"),
            ("Lưu Văn Thọ", "Chủ tịch", "Ủy ban MTTQ Việt Nam huyện Ngọc Hiển")},
     {"Hoàng Anh Tú": set(), "Lưu Văn Thọ": set()}),
    # a page cut mid-word tells no post ("Ban T", "Bí th"); a capital letter that ends a name
    # inside the text is the name's
    (["Dự hội nghị có đ/c Lê Văn Tư, Bí thư Chi bộ khu phố A, Chủ tịch Hội CCB phường và đ/c Đoàn Văn Hòa – "
      "Ủy viên Ban T"],
     None, {("Lê Văn Tư", "Bí thư", "Chi bộ khu phố A"), ("Lê Văn Tư", "Chủ tịch", "Hội Cựu chiến binh phường")},
     {"Lê Văn Tư": {"attendee"}, "Đoàn Văn Hòa": {"attendee"}}),
    # ... nor does a committee cut after its unit's word ("Tỉnh" of "Tỉnh ủy")
    (["Đến dự có đồng chí Thái Bảo – Ủy viên Ban Thường vụ Tỉnh ủy; đồng chí Đào Văn Phước – Ủy viên Ban "
      "Thường vụ Tỉnh"],
     L("tỉnh", "Đồng Nai"), {("Thái Bảo", "Ủy viên Ban Thường vụ", "Tỉnh ủy Đồng Nai")},
     {"Thái Bảo": {"attendee"}, "Đào Văn Phước": {"attendee"}}),
    # … and with no unit known, it stays as written
    (["Đồng chí Lý Bách Chiến, Phó Bí thư, Chủ tịch UBND dự đại hội."],
     None, {("Lý Bách Chiến", "Chủ tịch", "Ủy ban nhân dân")}, {"Lý Bách Chiến": {"attendee"}}),
    # "thông báo" what the meeting should know is presenting it
    (["Tại hội nghị, các đại biểu đã được nghe đồng chí Phùng Thanh Kiểm, Bí thư Tỉnh ủy thông báo những nội dung "
      "cơ bản của Hội nghị Trung ương 9."],
     None, {("Phùng Thanh Kiểm", "Bí thư", "Tỉnh ủy")}, {"Phùng Thanh Kiểm": {"presenter"}}),
    # "Kiêm" in capitals joins two posts as "kiêm" does
    (["Dự có đồng chí Nguyễn Tiến Quảng – Phó Chủ tịch UB MTTQ VN phường Kiêm Chủ tịch Hội CCB phường."],
     None, {("Nguyễn Tiến Quảng", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam phường"),
            ("Nguyễn Tiến Quảng", "Chủ tịch", "Hội Cựu chiến binh phường")}, {"Nguyễn Tiến Quảng": {"attendee"}}),
    # titles, then the name set off by a comma and what the person did; a name after a comma
    # that does nothing (the next of a list) is not the titles' holder
    (["Phát biểu chỉ đạo tại hội nghị, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường Tân Quang, Nhữ "
      "Mạnh Tiến đề nghị Ủy ban MTTQ phường đẩy mạnh công tác tuyên truyền.",
      "Dự hội nghị có Chủ tịch UBND xã, Lê Văn Bình, Trần Văn Cường."],
     None, {("Nhữ Mạnh Tiến", "Phó Bí thư Thường trực", "Đảng ủy phường Tân Quang"),
            ("Nhữ Mạnh Tiến", "Chủ tịch", "Hội đồng nhân dân phường Tân Quang")},
     {"Nhữ Mạnh Tiến": {"speaker"}}),
    # … or that closes the sentence; "kiêm" joins the titles before it; a body named after Hồ Chí
    # Minh in lower case ("Đoàn thanh niên cộng sản Hồ Chí Minh") names no one
    (["Đến dự Ngày hội có Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, kiêm Bí thư Đoàn thanh niên cộng sản Hồ Chí "
      "Minh xã, Trương Thiện Huy."],
     L("xã", "Ô Lâm"),
     {("Trương Thiện Huy", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam xã Ô Lâm"),
      ("Trương Thiện Huy", "Bí thư", "Đoàn TNCS Hồ Chí Minh xã Ô Lâm")},
     {"Trương Thiện Huy": {"attendee"}}),
    # a post in "hội" however cased is in the association (which the event's organizer names)
    (["Bà Nguyễn Thị Minh tái cử chức Chủ tịch hội và bà Nguyễn Thị Cúc – PCT hội nhiệm kỳ 2016 – 2021."],
     None, {("Nguyễn Thị Minh", "Chủ tịch", "Hội"), ("Nguyễn Thị Cúc", "Phó Chủ tịch", "Hội")},
     {"Nguyễn Thị Minh": set(), "Nguyễn Thị Cúc": set()}),
    # a title whose authority the person acts on ("thừa ủy quyền của Chủ tịch nước") is not theirs
    (["Tại hội nghị, thừa ủy quyền của Chủ tịch nước, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bùi Đức Hinh "
      "đã trao Huân chương Lao động hạng Nhất."],
     L("tỉnh", "Phú Thọ"),
     {("Bùi Đức Hinh", "Phó Bí thư", "Tỉnh ủy Phú Thọ"), ("Bùi Đức Hinh", "Chủ tịch", "Hội đồng nhân dân tỉnh Phú Thọ")},
     {"Bùi Đức Hinh": set()}),
    # "CATP" is the city police; what the person did ("trò chuyện", "đến tham dự") ends the body
    (["Đại tá Lê Văn Tam, Ủy viên BTV Thành ủy, Giám đốc CATP Đà Nẵng trò chuyện với bà con.",
      "Ngày 14-11, Đại tá Lê Văn Tam, Giám đốc CATP Đà Nẵng đến tham dự Ngày hội."],
     L("thành phố", "Đà Nẵng"),
     {("Lê Văn Tam", "Ủy viên Ban Thường vụ", "Thành ủy Đà Nẵng"),
      ("Lê Văn Tam", "Giám đốc", "Công an thành phố Đà Nẵng")},
     {"Lê Văn Tam": {"attendee"}}),
    # ... and so does "cho", the one a giver's award went to: the giver's title is not hers
    (["Lãnh đạo Hội trao bằng khen của Thủ tướng Chính phủ cho bà Hoàng Thu Hà - Trưởng Ban Xây dựng tổ chức Hội."],
     None, {("Hoàng Thu Hà", "Trưởng ban", "Ban Xây dựng tổ chức Hội")}, {"Hoàng Thu Hà": set()}),
    # ... and so does launching a drive ("phát động")
    (["Ông Trần Ngọc Thanh - Trưởng Ban Công tác mặt trận khu vực Tân Mỹ 1 phát động giao ước thi đua năm 2025."],
     None, {("Trần Ngọc Thanh", "Trưởng ban", "Ban Công tác mặt trận khu vực Tân Mỹ 1")},
     {"Trần Ngọc Thanh": set()}),
    # ... and so does suggesting ("gợi ý") what the meeting should weigh
    (["Đồng chí Trần Tấn Hùng, Phó Trưởng ban Ban Tôn giáo Chính phủ gợi ý một số vấn đề cần quan tâm."],
     None, {("Trần Tấn Hùng", "Phó Trưởng ban", "Ban Tôn giáo Chính phủ")}, {"Trần Tấn Hùng": set()}),
    # a comma after a committee's unit word, then another body: the bodies present next
    (["Dự có Lâm Anh Tuấn - UVTV Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận, Ban Thường trực Ủy ban MTTQ Việt "
      "Nam quận."],
     L("quận", "Hai Bà Trưng"),
     {("Lâm Anh Tuấn", "Ủy viên Ban Thường vụ", "Quận ủy Hai Bà Trưng"),
      ("Lâm Anh Tuấn", "Chủ tịch", "Ủy ban MTTQ Việt Nam quận Hai Bà Trưng")},
     {"Lâm Anh Tuấn": {"attendee"}}),
    # "Phó BT" is Phó Bí thư
    (["Dự có đồng chí: Trần Thị Hương - Phó BT Đảng uỷ, Chủ tịch HĐND xã."],
     L("xã", "Hoàng Kim"),
     {("Trần Thị Hương", "Phó Bí thư", "Đảng ủy xã Hoàng Kim"),
      ("Trần Thị Hương", "Chủ tịch", "Hội đồng nhân dân xã Hoàng Kim")},
     {"Trần Thị Hương": {"attendee"}}),
    # names listed before the titles and the election of the last ("tiếp tục giữ chức vụ") share them
    (["Các đồng chí: Trương Thị Ngọc Ánh, Nguyễn Văn Pha, Lê Bá Trình, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam "
      "khóa VII tiếp tục giữ chức vụ Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam khóa VIII.",
      "Các đồng chí Hầu A Lềnh, Ngô Sách Thực tiếp tục giữ chức vụ Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam."],
     None,
     {("Trương Thị Ngọc Ánh", "Phó Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam"),
      ("Nguyễn Văn Pha", "Phó Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam"),
      ("Lê Bá Trình", "Phó Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam"),
      ("Hầu A Lềnh", "Phó Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam"),
      ("Ngô Sách Thực", "Phó Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam")},
     {"Trương Thị Ngọc Ánh": set(), "Nguyễn Văn Pha": set(), "Lê Bá Trình": set(), "Hầu A Lềnh": set(),
      "Ngô Sách Thực": set()}),
    # the names of a plural honorific's list share the last one's titles and verb
    (["Hội nghị do đồng chí Bùi Thị Minh Hoài - Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương; các đồng "
      "chí Nguyễn Hồng Lĩnh, Phạm Tất Thắng - Phó Trưởng Ban Dân vận Trung ương chủ trì."],
     None,
     {("Bùi Thị Minh Hoài", "Bí thư", "Ban Chấp hành Trung ương Đảng"),
      ("Bùi Thị Minh Hoài", "Trưởng ban", "Ban Dân vận Trung ương"),
      ("Nguyễn Hồng Lĩnh", "Phó Trưởng ban", "Ban Dân vận Trung ương"),
      ("Phạm Tất Thắng", "Phó Trưởng ban", "Ban Dân vận Trung ương")},
     {"Bùi Thị Minh Hoài": {"chair"}, "Nguyễn Hồng Lĩnh": {"chair"}, "Phạm Tất Thắng": {"chair"}}),
    # a Party organisation ("đảng bộ", however cased) is no ministry ("Bộ"), and a bare one is of
    # the unit the next post names
    (["Dự có đồng chí Vũ Trung Tiến Bí Thư đảng bộ - Chủ tịch HĐND xã Kỳ Thượng."],
     None,
     {("Vũ Trung Tiến", "Bí thư", "Đảng bộ xã Kỳ Thượng"), ("Vũ Trung Tiến", "Chủ tịch", "Hội đồng nhân dân xã Kỳ Thượng")},
     {"Vũ Trung Tiến": {"attendee"}}),
    # a verb typed with a capital right after a bare unit word ends the body, unless the official
    # lists have a unit so named ("thị trấn Chũ")
    (["Đồng chí Vũ Đình Hưng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Dự Ngày hội đại đoàn kết tại xã Hùng Đức.",
      "Đồng chí Lê Văn An, Chủ tịch UBND thị trấn Chũ dự hội nghị."],
     None,
     {("Vũ Đình Hưng", "Phó Bí thư", "Huyện ủy"), ("Vũ Đình Hưng", "Chủ tịch", "Ủy ban nhân dân huyện"),
      ("Lê Văn An", "Chủ tịch", "Ủy ban nhân dân thị trấn Chũ")},
     {"Vũ Đình Hưng": {"attendee"}, "Lê Văn An": {"attendee"}}),
    # "Trưởng khoa" heads a faculty; a former one is read past to the verb
    (["Các đại biểu đã được nghe Tiến sĩ Nguyễn Thị Hoài Phương- Nguyên trưởng khoa Tư tưởng Hồ Chí Minh, Học "
      "viện Chính trị khu vực 3 truyền đạt những nội dung cơ bản của chuyên đề năm 2020.",
      "Thạc sĩ Lê Văn Bình, Trưởng khoa Lý luận Trường Chính trị tỉnh trình bày chuyên đề."],
     L("tỉnh", "Phú Thọ"),
     {("Lê Văn Bình", "Trưởng khoa", "Khoa Lý luận Trường Chính trị tỉnh Phú Thọ")},
     {"Nguyễn Thị Hoài Phương": {"presenter"}, "Lê Văn Bình": {"presenter"}}),
    # the Front named alone after a title is the committee of the article's unit; "PCT Thường
    # trực" is the standing vice chair; a deputy's mandate after a dash ends the body and is a
    # post of the one Quốc hội ("tỉnh" is the province the deputy stands for)
    (["Ông Dương Chí Cương CT MTTQ, Ông Nguyễn Xuân Lâm PCT Thường trực MTTQ được hiệp thương.",
      "Dự có đồng chí Nguyễn Thanh Hải - Viện trưởng Viện kiểm sát nhân dân tỉnh - Đại biểu Quốc hội tỉnh."],
     L("xã", "Tân Hương"),
     {("Dương Chí Cương", "Chủ tịch", "Ủy ban MTTQ Việt Nam xã Tân Hương"),
      ("Nguyễn Xuân Lâm", "Phó Chủ tịch Thường trực", "Ủy ban MTTQ Việt Nam xã Tân Hương"),
      ("Nguyễn Thanh Hải", "Viện trưởng", "Viện kiểm sát nhân dân tỉnh"),
      ("Nguyễn Thanh Hải", "Đại biểu", "Quốc hội")},
     {"Dương Chí Cương": set(), "Nguyễn Xuân Lâm": set(), "Nguyễn Thanh Hải": {"attendee"}}),
    # a counted heading's names with no honorific nor titles of their own take its post, and its
    # body from the post the clause before it gave
    (["Đồng chí Thái Ngọc Bảo Trâm được chỉ định giữ chức vụ Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Đồng Tháp "
      "khóa I; 02 đồng chí Phó Chủ tịch gồm: Nguyễn Thị Cúc và Nguyễn Thị Kiều Tiên."],
     None,
     {("Thái Ngọc Bảo Trâm", "Chủ tịch", "Hội Liên hiệp Phụ nữ tỉnh Đồng Tháp"),
      ("Nguyễn Thị Cúc", "Phó Chủ tịch", "Hội Liên hiệp Phụ nữ tỉnh Đồng Tháp"),
      ("Nguyễn Thị Kiều Tiên", "Phó Chủ tịch", "Hội Liên hiệp Phụ nữ tỉnh Đồng Tháp")},
     {"Thái Ngọc Bảo Trâm": set(), "Nguyễn Thị Cúc": set(), "Nguyễn Thị Kiều Tiên": set()}),
    # "Thường trực Ban Bí thư Trung ương Đảng" is the Secretariat's standing member, as without
    # the committee's name
    (["Dự có đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trung ương Đảng."],
     None, {("Võ Văn Thưởng", "Ủy viên", "Bộ Chính trị"), ("Võ Văn Thưởng", "Thường trực", "Ban Bí thư")},
     {"Võ Văn Thưởng": {"attendee"}}),
    # a member of an organisation's executive committee is "Ủy viên Ban Chấp hành" of the
    # organisation; of a Đảng bộ's or the Party's central committee, "Ủy viên" of the committee
    (["Dự có ông Vũ Văn Tuấn, Ủy viên Ban Chấp hành Hội Cựu chiến binh tỉnh; bà Lâm Thị Năm, UV BCH "
      "Hội LHPN xã Tân Lợi; ông Thái Viết Dũng, Ủy viên Ban Chấp hành Đảng bộ huyện Nghi Lộc và ông Hồ Đức "
      "Phớc, Ủy viên Ban Chấp hành Trung ương Đảng, Bộ trưởng Bộ Tài chính."],
     L("tỉnh", "Hải Dương"),
     {("Vũ Văn Tuấn", "Ủy viên Ban Chấp hành", "Hội Cựu chiến binh tỉnh Hải Dương"),
      ("Lâm Thị Năm", "Ủy viên Ban Chấp hành", "Hội Liên hiệp Phụ nữ xã Tân Lợi"),
      ("Thái Viết Dũng", "Ủy viên", "Ban Chấp hành Đảng bộ huyện Nghi Lộc"),
      ("Hồ Đức Phớc", "Ủy viên", "Ban Chấp hành Trung ương Đảng"), ("Hồ Đức Phớc", "Bộ trưởng", "Bộ Tài chính")},
     {"Vũ Văn Tuấn": {"attendee"}, "Lâm Thị Năm": {"attendee"}, "Thái Viết Dũng": {"attendee"},
      "Hồ Đức Phớc": {"attendee"}}),
    # a province written with a hyphen runs into the name after it ("Thừa Thiên - Huế Hoàng
    # Trọng Bình"); "được tín nhiệm giữ chức" is an election as "được bầu giữ chức" is
    (["Phó Chủ tịch thường trực MTTQ tỉnh Thừa Thiên - Huế Hoàng Trọng Bình báo cáo tại Hội nghị.",
      "Đồng chí Nguyễn Ngọc Thao được tín nhiệm giữ chức Chủ tịch UB MTTQ xã."],
     L("xã", "Tân Lợi", L("huyện", "Đồng Hỷ")),
     {("Hoàng Trọng Bình", "Phó Chủ tịch Thường trực", "Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên - Huế"),
      ("Nguyễn Ngọc Thao", "Chủ tịch", "Ủy ban MTTQ Việt Nam xã Tân Lợi")},
     {"Hoàng Trọng Bình": {"presenter"}, "Nguyễn Ngọc Thao": set()}),
    # an acting head holds "Quyền Chủ tịch", "Quyền Bí thư" as written
    (["Quyền Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nguyễn Phúc Linh làm việc với huyện.",
      "Ông Lê Văn Hòa, Quyền Bí thư Huyện ủy phát biểu."],
     L("tỉnh", "Bến Tre"),
     {("Nguyễn Phúc Linh", "Quyền Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Bến Tre"),
      ("Lê Văn Hòa", "Quyền Bí thư", "Huyện ủy")},
     {"Nguyễn Phúc Linh": set(), "Lê Văn Hòa": {"speaker"}}),
    # the one unit below the article's that a sentence names is what its bare unit words of that
    # level mean; the article's own unit still gives the others
    (["Tham dự hội nghị tại điểm cầu xã Nam Sách có các đồng chí: Hồ Ngọc Lâm - Chủ tịch UBND xã; Trần Văn "
      "Bình - Phó Chủ tịch UBND tỉnh.",
      "Dự có ông Lê Văn An, Chủ tịch UBND xã."],
     L("tỉnh", "Hải Dương"),
     {("Hồ Ngọc Lâm", "Chủ tịch", "Ủy ban nhân dân xã Nam Sách"),
      ("Trần Văn Bình", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hải Dương"),
      ("Lê Văn An", "Chủ tịch", "Ủy ban nhân dân xã")},
     {"Hồ Ngọc Lâm": {"attendee"}, "Trần Văn Bình": {"attendee"}, "Lê Văn An": {"attendee"}}),
    # "TUV" in a centrally-run city is a member of its Thành ủy
    (["Đồng chí Hà Minh Hải, TUV, Bí thư Quận uỷ trực tiếp truyền đạt nội dung."],
     L("quận", "Đống Đa", L("thành phố", "Hà Nội")),
     {("Hà Minh Hải", "Thành ủy viên", "Thành ủy Hà Nội"), ("Hà Minh Hải", "Bí thư", "Quận ủy Đống Đa")},
     {"Hà Minh Hải": {"presenter"}}),
    # ... but "Tỉnh ủy viên" written out is a province's, whatever city the article is about
    (["Tại điểm cầu tỉnh, đồng chí Trương Thanh Tùng – Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh chủ trì."],
     L("thành phố", "Hà Nội"),
     {("Trương Thanh Tùng", "Tỉnh ủy viên", "Tỉnh ủy"), ("Trương Thanh Tùng", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh")},
     {"Trương Thanh Tùng": {"chair"}}),
    # the people of an online conference's bridge point are of its unit, whatever the article's is
    (["Tại điểm cầu tỉnh Đắk Nông, đồng chí Nguyễn Bốn - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì.",
      "Tại điểm cầu Huyện ủy Thạch Hà, đồng chí Lê Văn Sơn - Bí thư Huyện ủy dự."],
     L("thành phố", "Hà Nội"),
     {("Nguyễn Bốn", "Phó Bí thư", "Tỉnh ủy Đắk Nông"), ("Nguyễn Bốn", "Chủ tịch", "Ủy ban nhân dân tỉnh Đắk Nông"),
      ("Lê Văn Sơn", "Bí thư", "Huyện ủy Thạch Hà")},
     {"Nguyễn Bốn": {"chair"}, "Lê Văn Sơn": {"attendee"}}),
    # a person's other name in parentheses (a religious name, a nickname) is no one else, and
    # the titles come after it; a number in parentheses is no name
    (["Dự hội nghị có ông Nguyễn Văn Thảo (Hòa thượng Thích Tánh Nhiếp), Phó Chủ tịch Hội đồng Trị sự "
      "Trung ương Giáo hội Phật giáo Việt Nam; ông Võ Văn Tư (Ba Tèo), Chủ tịch UBND phường."],
     L("phường", "Đông Hà", L("tỉnh", "Quảng Trị")),
     {("Nguyễn Văn Thảo", "Phó Chủ tịch", "Hội đồng Trị sự Trung ương Giáo hội Phật giáo Việt Nam"),
      ("Võ Văn Tư", "Chủ tịch", "Ủy ban nhân dân phường Đông Hà")},
     {"Nguyễn Văn Thảo": {"attendee"}, "Võ Văn Tư": {"attendee"}}),
    # a committee the chain leaves without its unit is of the unit of that type another of the
    # same person's posts names, before or after it; a unit of another type gives none
    (["Dự có ông Điểu Xuân Hùng - Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban Mặt trận tỉnh Đắk Nông; "
      "bà Lê Thị Hoa - Bí thư Huyện ủy Chư Sê, Chủ tịch HĐND huyện; ông Trần Văn Nam - Tỉnh ủy viên, "
      "Chủ tịch UBND huyện Ia Grai."],
     None,
     {("Điểu Xuân Hùng", "Ủy viên Ban Thường vụ", "Tỉnh ủy Đắk Nông"),
      ("Điểu Xuân Hùng", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Đắk Nông"),
      ("Lê Thị Hoa", "Bí thư", "Huyện ủy Chư Sê"),
      ("Lê Thị Hoa", "Chủ tịch", "Hội đồng nhân dân huyện Chư Sê"),
      ("Trần Văn Nam", "Tỉnh ủy viên", "Tỉnh ủy"),
      ("Trần Văn Nam", "Chủ tịch", "Ủy ban nhân dân huyện Ia Grai")},
     {"Điểu Xuân Hùng": {"attendee"}, "Lê Thị Hoa": {"attendee"}, "Trần Văn Nam": {"attendee"}}),
    # a department only a Party committee has, named alone, is of the Party committee of the
    # unit the person's other posts name; a standing committee's member is of it too
    (["Đồng chí Lưu Văn Quang - Ủy viên Ban Thường vụ, Trưởng Ban Dân vận, Chủ tịch Ủy ban MTTQ Việt Nam thành "
      "phố Rạch Giá phát biểu."],
     None,
     {("Lưu Văn Quang", "Ủy viên Ban Thường vụ", "Thành ủy Rạch Giá"),
      ("Lưu Văn Quang", "Trưởng ban", "Ban Dân vận Thành ủy Rạch Giá"),
      ("Lưu Văn Quang", "Chủ tịch", "Ủy ban MTTQ Việt Nam thành phố Rạch Giá")},
     {"Lưu Văn Quang": {"speaker"}}),
    (["Đồng chí Nguyễn Thanh Hùng, Trưởng Ban Dân vận, Chủ tịch Ủy ban MTTQ Việt Nam thị xã phát biểu."],
     L("thị xã", "Đức Phổ", L("tỉnh", "Quảng Ngãi")),
     {("Nguyễn Thanh Hùng", "Trưởng ban", "Ban Dân vận Thị ủy Đức Phổ"),
      ("Nguyễn Thanh Hùng", "Chủ tịch", "Ủy ban MTTQ Việt Nam thị xã Đức Phổ")},
     {"Nguyễn Thanh Hùng": {"speaker"}}),
    # a steering committee is a body of its own at the unit of the person's other post, not a
    # department of that post's body; "PBT Thường trực", "Trưởng BCĐ"
    (["Tham dự có đồng chí Nguyễn Sĩ Hải, Chủ tịch UBND xã Hành Đức - Trưởng BCĐ 138 và đồng chí Lê Văn Dũng - "
      "PBT Thường trực Tỉnh ủy Quảng Nam."],
     None,
     {("Nguyễn Sĩ Hải", "Chủ tịch", "Ủy ban nhân dân xã Hành Đức"),
      ("Nguyễn Sĩ Hải", "Trưởng ban", "Ban Chỉ đạo 138 xã Hành Đức"),
      ("Lê Văn Dũng", "Phó Bí thư Thường trực", "Tỉnh ủy Quảng Nam")},
     {"Nguyễn Sĩ Hải": {"attendee"}, "Lê Văn Dũng": {"attendee"}}),
    # Lao names written by syllable with hyphens, and "Ngài" before a foreign dignitary; a hyphen
    # before a capital still ends a name ("Tam-Ủy viên")
    (["Đoàn Mặt trận Lào xây dựng đất nước có đồng chí Khăm-muôn Chăn-vi-súc, Phó Chủ tịch Ủy ban Mặt trận Lào "
      "xây dựng đất nước tỉnh Hủa Phăn; dự có Ngài Đuông Savan, Phó Chủ tịch Thường trực Ủy ban Mặt trận Đoàn "
      "kết Phát triển Tổ quốc Campuchia và ông Lê Hoàng Tam-Ủy viên Ban Thường vụ Tỉnh ủy."],
     None,
     {("Khăm-muôn Chăn-vi-súc", "Phó Chủ tịch", "Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Hủa Phăn"),
      ("Đuông Savan", "Phó Chủ tịch Thường trực", "Ủy ban Mặt trận Đoàn kết Phát triển Tổ quốc Campuchia"),
      ("Lê Hoàng Tam", "Ủy viên Ban Thường vụ", "Tỉnh ủy")},
     {"Khăm-muôn Chăn-vi-súc": set(), "Đuông Savan": {"attendee"}, "Lê Hoàng Tam": {"attendee"}}),
    # ... a syllable after a hyphen joins the name when no title opens with it ("Phon-Si", not
    # "Rith-Phó", "Hai-Hội viên"); a neighbour's province the lists lack is a post's body ("Phó
    # Tỉnh trưởng tỉnh Ratanakiri"); a Lao name opens the next item of a list as a family name does
    (["Về phía bạn có: Ngài Chea Thao Rith-Phó Tỉnh trưởng tỉnh Ratanakiri; ông Sổm Phon-Si U Đôm Phăn, "
      "Phó Chủ tịch Hội đồng nhân dân tỉnh Hủa Phăn; On-ta Văn-nạ-chắc, Phó Chủ tịch Ủy ban Mặt trận Lào xây "
      "dựng đất nước tỉnh Luông Pha Bang; ông Nguyễn Văn Hai-Hội viên Hội Nông dân xã."],
     None,
     {("Chea Thao Rith", "Phó Tỉnh trưởng", "tỉnh Ratanakiri"),
      ("Sổm Phon-Si U Đôm Phăn", "Phó Chủ tịch", "Hội đồng nhân dân tỉnh Hủa Phăn"),
      ("On-ta Văn-nạ-chắc", "Phó Chủ tịch", "Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Luông Pha Bang")},
     {"Chea Thao Rith": set(), "Sổm Phon-Si U Đôm Phăn": set(), "On-ta Văn-nạ-chắc": set(),
      "Nguyễn Văn Hai": set()}),
    # a K'Ho name of one syllable after its initial, alone or opening a list's item; titles
    # "Ủy viên chuyên trách", "Phó phòng" (Phó Trưởng phòng)
    (["Tổ đại biểu gồm các ông, bà: Phạm Thị Phúc, Phó Bí thư Tỉnh uỷ; K'Dung, Phó Bí thư Thường trực Đảng uỷ "
      "xã Nam Hà; ông Nguyễn Thành Trung - Ủy viên chuyên trách Ủy ban Tài chính Ngân sách của Quốc hội.",
      "Tham dự hội nghị có đồng chí K’Thanh - Bí thư Huyện ủy Đắk Song; bà Nguyễn Thu Thủy, Phó phòng Nội vụ."],
     L("tỉnh", "Lâm Đồng"),
     {("Phạm Thị Phúc", "Phó Bí thư", "Tỉnh ủy Lâm Đồng"), ("K'Dung", "Phó Bí thư Thường trực", "Đảng ủy xã Nam Hà"),
      ("Nguyễn Thành Trung", "Ủy viên chuyên trách", "Ủy ban Tài chính Ngân sách của Quốc hội"),
      ("K’Thanh", "Bí thư", "Huyện ủy Đắk Song"), ("Nguyễn Thu Thủy", "Phó Trưởng phòng", "Phòng Nội vụ")},
     {"Phạm Thị Phúc": set(), "K'Dung": set(), "Nguyễn Thành Trung": set(), "K’Thanh": {"attendee"},
      "Nguyễn Thu Thủy": {"attendee"}}),
    # a later title whose body runs into a full name is that name's, not the chain's ("…, Bí thư
    # Thành ủy Hà Tĩnh Dương Tất Thắng"); not a body of its own ("Tỉnh Đoàn Nghệ An") nor a typo
    # that reads as one ("Hội Nông Việt Nam"); "LĐ-TB&XH" holds no "TB" (Trưởng ban); titles of
    # the General Staff
    (["Dự có Đại tá Nguyễn Xuân Thắng - Chỉ huy trưởng Bộ CHQS tỉnh, Bí thư Thành ủy Hà Tĩnh Dương Tất "
      "Thắng cùng đại diện các ban.",
      "Thiếu tướng Phạm Trường Sơn – Phó Tổng Tham mưu trưởng QĐND Việt Nam, Thứ trưởng Bộ LĐ-TB&XH Nguyễn Văn Hồi.",
      "Anh Lê Văn Lương, Ủy viên Ban thường vụ T.Ư Đoàn, Bí thư Tỉnh Đoàn Nghệ An khẳng định.",
      "Đồng chí Lương Quốc Đoàn, Phó Chủ tịch Hội Nông dân Việt Nam giữ chức Bí thư Đảng đoàn Hội Nông Việt Nam."],
     None,
     {("Nguyễn Xuân Thắng", "Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh"), ("Dương Tất Thắng", "Bí thư", "Thành ủy Hà Tĩnh"),
      ("Phạm Trường Sơn", "Phó Tổng Tham mưu trưởng", "Quân đội nhân dân Việt Nam"),
      ("Nguyễn Văn Hồi", "Thứ trưởng", "Bộ Lao động - Thương binh và Xã hội"),
      ("Lê Văn Lương", "Ủy viên Ban Thường vụ", "Trung ương Đoàn TNCS Hồ Chí Minh"),
      ("Lê Văn Lương", "Bí thư", "Tỉnh đoàn Nghệ An"),
      ("Lương Quốc Đoàn", "Phó Chủ tịch", "Hội Nông dân Việt Nam"),
      ("Lương Quốc Đoàn", "Bí thư", "Đảng đoàn Hội Nông Việt Nam")},
     # (the sentence after those who attended that names people and their posts only goes on
     # with the list)
     {"Nguyễn Xuân Thắng": {"attendee"}, "Dương Tất Thắng": {"attendee"}, "Phạm Trường Sơn": {"attendee"},
      "Nguyễn Văn Hồi": {"attendee"}, "Lê Văn Lương": {"speaker"}, "Lương Quốc Đoàn": set()}),
    # a body's name with a comma and "và" inside, after the name or before it
    (["Ông Trần Văn An, Trưởng Ban Dân chủ, giám sát và phản biện xã hội Ủy ban MTTQ tỉnh phát biểu.",
      "Trưởng Ban Dân chủ, giám sát và phản biện xã hội Ủy ban MTTQ tỉnh Nguyễn Văn Thuyết hướng dẫn các cơ quan."],
     L("tỉnh", "Thanh Hóa"),
     {("Trần Văn An", "Trưởng ban", "Ban Dân chủ, giám sát và phản biện xã hội Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa"),
      ("Nguyễn Văn Thuyết", "Trưởng ban", "Ban Dân chủ, giám sát và phản biện xã hội Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa")},
     {"Trần Văn An": {"speaker"}, "Nguyễn Văn Thuyết": {"presenter"}}),
    # a name ending in a body's word ("Hà Ban", "Nguyễn Thị Hội") before a comma or dash; "các" on a
    # title shared by the names after it, and a verb after them is each one's (and the name "và"
    # joins before them)
    (["Dự hội nghị có ông Hà Ban, Ủy viên Trung ương Đảng, Phó Trưởng ban Tổ chức Trung ương.",
      "Bà Nguyễn Thị Hội - Chủ tịch Hội LHPN xã Tân Lợi phát biểu.",
      "Đồng chí Điểu Xuân Hùng, Chủ tịch Ủy ban MTTQVN tỉnh và các Phó Chủ tịch Ủy ban MTTQVN tỉnh Phạm Thanh, "
      "Nguyễn Phú Nghĩ chủ trì hội nghị."],
     L("tỉnh", "Bình Phước"),
     {("Hà Ban", "Ủy viên", "Ban Chấp hành Trung ương Đảng"), ("Hà Ban", "Phó Trưởng ban", "Ban Tổ chức Trung ương"),
      ("Nguyễn Thị Hội", "Chủ tịch", "Hội Liên hiệp Phụ nữ xã Tân Lợi"),
      ("Điểu Xuân Hùng", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Bình Phước"),
      ("Phạm Thanh", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Bình Phước"),
      ("Nguyễn Phú Nghĩ", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Bình Phước")},
     {"Hà Ban": {"attendee"}, "Nguyễn Thị Hội": {"speaker"}, "Điểu Xuân Hùng": {"chair"}, "Phạm Thanh": {"chair"},
      "Nguyễn Phú Nghĩ": {"chair"}}),
    # a chain goes on past ";" to a capitalised title that names no one else; not to another's
    # title before a name, nor to a group in lower case
    (["Cuộc họp do ông Huỳnh Quốc Huy, Huyện ủy viên; Phó Chủ tịch HĐND huyện chủ trì.",
      "Dự có ông Nguyễn Văn An, Huyện ủy viên; Phó Chủ tịch HĐND huyện Trần Văn Bình; ông Lê Văn Cường, Bí thư "
      "Đảng ủy xã; cán bộ Ban Tuyên giáo Huyện ủy."],
     L("huyện", "Giồng Riềng", L("tỉnh", "Kiên Giang")),
     {("Huỳnh Quốc Huy", "Huyện ủy viên", "Huyện ủy Giồng Riềng"),
      ("Huỳnh Quốc Huy", "Phó Chủ tịch", "Hội đồng nhân dân huyện Giồng Riềng"),
      ("Nguyễn Văn An", "Huyện ủy viên", "Huyện ủy Giồng Riềng"),
      ("Trần Văn Bình", "Phó Chủ tịch", "Hội đồng nhân dân huyện Giồng Riềng"),
      ("Lê Văn Cường", "Bí thư", "Đảng ủy xã")},
     {"Huỳnh Quốc Huy": {"chair"}, "Nguyễn Văn An": {"attendee"}, "Trần Văn Bình": {"attendee"},
      "Lê Văn Cường": {"attendee"}}),
    # a deputies' group listing its members after "gồm các ông …" with no colon; a bare "Đảng bộ"
    # before an agency's post is the agency's own; "quyết định" ends a title's chain (what the
    # committee decided is no part of its name, nor a post of the person named after it)
    (["Tham dự có Tổ đại biểu HĐND tỉnh gồm các ông Tô Văn Chánh, Bí thư Huyện ủy Krông Pa; ông Rcom Sa Duyên, "
      "Bí thư Đảng bộ, Giám đốc Sở Nội vụ.",
      "Chủ tịch UBND tỉnh quyết định giao ông Nguyễn Văn Bình làm Trưởng đoàn kiểm tra."],
     L("tỉnh", "Gia Lai"),
     {("Tô Văn Chánh", "Bí thư", "Huyện ủy Krông Pa"), ("Tô Văn Chánh", "Đại biểu", "Hội đồng nhân dân tỉnh Gia Lai"),
      ("Rcom Sa Duyên", "Bí thư", "Đảng bộ Sở Nội vụ tỉnh Gia Lai"),
      ("Rcom Sa Duyên", "Giám đốc", "Sở Nội vụ tỉnh Gia Lai"), ("Rcom Sa Duyên", "Đại biểu", "Hội đồng nhân dân tỉnh Gia Lai")},
     {"Tô Văn Chánh": {"attendee"}, "Rcom Sa Duyên": {"attendee"}, "Nguyễn Văn Bình": set()}),
    # a deputy named by "đại biểu"/"ĐB" before titles; "đại biểu Đoàn Thanh niên" is no name;
    # "Bí thu", a typo of "Bí thư" (found probing fresh pages)
    (["Sáng 5/6, Tổ đại biểu số 9 HĐND tỉnh gồm các đại biểu Trần Hữu Thế, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch "
      "Ủy ban MTTQ Việt Nam tỉnh đã có buổi tiếp xúc cử tri.",
      "Tổ ĐB đơn vị 26 có ĐB Trương Thị Bích Hạnh, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, tham dự.",
      "Hội nghị có sự tham dự của đại biểu Đoàn Thanh niên xã và đại biểu Hội Nông dân.",
      "Đến thăm có đồng chí Viên Thế Tấn - Bí thu Đảng ủy xã Cao Bồ."],
     L("tỉnh", "Gia Lai"),
     {("Trần Hữu Thế", "Ủy viên Ban Thường vụ", "Tỉnh ủy Gia Lai"),
      ("Trần Hữu Thế", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Gia Lai"),
      ("Trương Thị Bích Hạnh", "Phó Chủ tịch Thường trực", "Ủy ban MTTQ Việt Nam tỉnh Gia Lai"),
      ("Viên Thế Tấn", "Bí thư", "Đảng ủy xã Cao Bồ")},
     {"Trần Hữu Thế": set(), "Trương Thị Bích Hạnh": {"attendee"}, "Viên Thế Tấn": set()}),
    # honorary posts conferred ("suy tôn làm"); a lower-case head the lexicon writes so ("chùa")
    # is a body, not a duty; "ủy viên BTV" in lower case is one post; "Phó CT Thường trực", "Phó
    # Phòng", "Đoàn TN", "HSV"; "nêu lên" ends a chain; a legal lecturer's post has no body, and a
    # department named with a comma goes on (found probing fresh pages)
    (["Bà Võ Thị Bạch Yến - Chủ tịch HĐND thành phố được Đại hội suy tôn làm Chủ tịch danh dự Hội Chữ thập đỏ "
      "thành phố, nhiệm kỳ 2021-2026.",
      "Đoàn công tác thăm Hòa thượng Thạch Huôn - Trụ trì chùa Prey Chóp.",
      "Đồng chí Ngô Thị Thúy – ủy viên BTV Hội LHPN huyện tặng hoa.",
      "Anh Nguyễn Thanh Trung – Phó CT Thường trực Ủy ban MTTQ Việt Nam xã Bình Phước, Bí thư Đoàn TN xã.",
      "Dự có TS. Phạm Mạnh Hùng – Phó Phòng Công tác sinh viên; đ/c Đỗ Anh Linh – Phó Chủ tịch HSV trường.",
      "Phát biểu tại hội nghị, ông Huỳnh Văn Nhã - Phó Chủ tịch UBND nêu lên ý nghĩa ngày Pháp luật Việt Nam.",
      "Đồng chí Dương Công Luyện, Báo cáo viên pháp luật tỉnh, Trưởng phòng Phổ biến, giáo dục pháp luật, Sở Tư "
      "pháp tỉnh truyền đạt nội dung."],
     L("tỉnh", "Lạng Sơn"),
     {("Võ Thị Bạch Yến", "Chủ tịch", "Hội đồng nhân dân thành phố"),
      ("Võ Thị Bạch Yến", "Chủ tịch danh dự", "Hội Chữ thập đỏ thành phố"),
      ("Thạch Huôn", "Trụ trì", "chùa Prey Chóp"),
      ("Ngô Thị Thúy", "Ủy viên Ban Thường vụ", "Hội Liên hiệp Phụ nữ huyện"),
      ("Nguyễn Thanh Trung", "Phó Chủ tịch Thường trực", "Ủy ban MTTQ Việt Nam xã Bình Phước"),
      ("Nguyễn Thanh Trung", "Bí thư", "Đoàn Thanh niên xã Bình Phước"),
      ("Phạm Mạnh Hùng", "Phó Trưởng phòng", "Phòng Công tác sinh viên"),
      ("Đỗ Anh Linh", "Phó Chủ tịch", "Hội Sinh viên trường"),
      ("Huỳnh Văn Nhã", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Lạng Sơn"),
      ("Dương Công Luyện", "Báo cáo viên pháp luật", None),
      ("Dương Công Luyện", "Trưởng phòng", "Phòng Phổ biến, giáo dục pháp luật, Sở Tư pháp tỉnh Lạng Sơn")},
     {"Võ Thị Bạch Yến": set(), "Thạch Huôn": set(), "Ngô Thị Thúy": set(), "Nguyễn Thanh Trung": set(),
      "Phạm Mạnh Hùng": {"attendee"}, "Đỗ Anh Linh": {"attendee"}, "Huỳnh Văn Nhã": {"speaker"},
      "Dương Công Luyện": {"presenter"}}),
    # titles after a dash go on the chain of a name its titles came before; "Phương", "Chau"
    # open names; an Ê Đê name with lower case after its apostrophe; a start day ends a body
    # (found probing fresh pages)
    (["Phát biểu tại cuộc họp, đồng chí Phó Bí thư Thường trực Tỉnh ủy Phương Thị Thanh - Chủ tịch Ủy ban bầu cử "
      "tỉnh đề nghị Sở Nội vụ tiếp thu.",
      "Chủ tịch UBND tỉnh Nguyễn Long Hải - Phó Chủ tịch Thường trực Ủy ban bầu cử tỉnh đồng chủ trì cuộc họp.",
      "Dự có Chủ tịch UBND tỉnh Trần Văn An - Bí thư Tỉnh ủy Lê Văn Bình.",
      "Dự có Phó Chủ tịch UBND tỉnh Đỗ Văn Dũng - Bí thư Tỉnh ủy tỉnh Hà Nam.",
      "Tham dự có ông Chau Sóc Khăng, Phó Chủ tịch UBND huyện Tri Tôn; Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Y Dec "
      "H’đơk cùng lãnh đạo một số sở.",
      "Hội CCB Việt Nam chuẩn y đồng chí Nguyễn Văn Chương giữ chức vụ Chủ tịch Hội CCB tỉnh từ ngày 1-3-2016.",
      "Đồng chí Bùi Đức Hinh, Phí Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh phát biểu chỉ đạo Đại hội."],
     L("tỉnh", "Yên Bái"),
     {("Phương Thị Thanh", "Phó Bí thư Thường trực", "Tỉnh ủy Yên Bái"),
      ("Phương Thị Thanh", "Chủ tịch", "Ủy ban bầu cử tỉnh Yên Bái"),
      ("Nguyễn Long Hải", "Chủ tịch", "Ủy ban nhân dân tỉnh Yên Bái"),
      ("Nguyễn Long Hải", "Phó Chủ tịch Thường trực", "Ủy ban bầu cử tỉnh Yên Bái"),
      ("Trần Văn An", "Chủ tịch", "Ủy ban nhân dân tỉnh Yên Bái"), ("Lê Văn Bình", "Bí thư", "Tỉnh ủy Yên Bái"),
      ("Đỗ Văn Dũng", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Nam"), ("Đỗ Văn Dũng", "Bí thư", "Tỉnh ủy Hà Nam"),
      ("Chau Sóc Khăng", "Phó Chủ tịch", "Ủy ban nhân dân huyện Tri Tôn"),
      ("Y Dec H’đơk", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Yên Bái"),
      ("Nguyễn Văn Chương", "Chủ tịch", "Hội Cựu chiến binh tỉnh Yên Bái"),
      ("Bùi Đức Hinh", "Phó Bí thư", "Tỉnh ủy Yên Bái"), ("Bùi Đức Hinh", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Yên Bái")},
     {"Phương Thị Thanh": {"speaker"}, "Nguyễn Long Hải": {"chair"}, "Trần Văn An": {"attendee"},
      "Lê Văn Bình": {"attendee"}, "Đỗ Văn Dũng": {"attendee"}, "Chau Sóc Khăng": {"attendee"}, "Y Dec H’đơk": {"attendee"},
      "Nguyễn Văn Chương": set(), "Bùi Đức Hinh": {"speaker"}}),
    # "dự án" is no attending in a body's name; "Chính trị viên phó" (found probing fresh pages)
    (["Ông Trịnh Hoàng Tùng, Giám đốc Ban Quản lý dự án đầu tư xây dựng quận Hoàn Kiếm phát biểu.",
      "Dự lễ phát động có đồng chí Trung tá Nguyễn Văn Quốc, Chính trị viên phó Ban Chỉ huy Quân sự huyện."],
     L("thành phố", "Hà Nội"),
     {("Trịnh Hoàng Tùng", "Giám đốc", "Ban Quản lý dự án đầu tư xây dựng quận Hoàn Kiếm"),
      ("Nguyễn Văn Quốc", "Chính trị viên phó", "Ban Chỉ huy Quân sự huyện")},
     {"Trịnh Hoàng Tùng": {"speaker"}, "Nguyễn Văn Quốc": {"attendee"}}),
    # each person a deputies' group lists is a deputy of its council, beside their own posts, to
    # the list's end; the unit only ("tổ đại biểu HĐND tỉnh tại huyện …" is the province's)
    (["Tham dự có đủ 03 vị đại biểu HĐND Quận 5 (gồm Bà Nguyễn Thị Minh Phượng – Trưởng ban Dân vận Quận ủy "
      "Quận 5; Ông Châu Minh Vũ – Bí thư Đảng ủy Phường 10) và có 17 đại biểu HĐND phường. Cùng dự có ông Trần "
      "Văn Tư, Chủ tịch UBND Phường 7.",
      "Tiếp xúc cử tri có các ông, bà trong tổ đại biểu HĐND tỉnh tại huyện Krông Pa, gồm: Tô Văn Chánh - Bí thư "
      "Huyện ủy Krông Pa; Rcom Sa Duyên - Giám đốc Sở Nội vụ."],
     L("tỉnh", "Gia Lai"),
     {("Nguyễn Thị Minh Phượng", "Trưởng ban", "Ban Dân vận Quận ủy Quận 5"),
      ("Nguyễn Thị Minh Phượng", "Đại biểu", "Hội đồng nhân dân Quận 5"),
      ("Châu Minh Vũ", "Bí thư", "Đảng ủy Phường 10"), ("Châu Minh Vũ", "Đại biểu", "Hội đồng nhân dân Quận 5"),
      ("Trần Văn Tư", "Chủ tịch", "Ủy ban nhân dân Phường 7"),
      ("Tô Văn Chánh", "Bí thư", "Huyện ủy Krông Pa"), ("Tô Văn Chánh", "Đại biểu", "Hội đồng nhân dân tỉnh Gia Lai"),
      ("Rcom Sa Duyên", "Giám đốc", "Sở Nội vụ tỉnh Gia Lai"), ("Rcom Sa Duyên", "Đại biểu", "Hội đồng nhân dân tỉnh Gia Lai")},
     {"Nguyễn Thị Minh Phượng": {"attendee"}, "Châu Minh Vũ": {"attendee"}, "Trần Văn Tư": {"attendee"},
      "Tô Văn Chánh": {"attendee"}, "Rcom Sa Duyên": {"attendee"}}),
    # an abbreviation glossed inside a body's name, which goes on after it; one glossing the
    # title after the body is left out as before
    (["Ông Huỳnh Văn Nhị, Chủ tịch Ủy ban MTTQVN tỉnh, Trưởng Ban chỉ đạo (BCĐ) Cuộc vận động “Người Việt Nam "
      "ưu tiên dùng hàng Việt Nam” tỉnh đã chủ trì.",
      "Ông Lê Văn Hai, Ủy viên Ban Thường vụ (UVBTV), Trưởng Ban Dân vận Tỉnh ủy phát biểu."],
     L("tỉnh", "Quảng Ngãi"),
     {("Huỳnh Văn Nhị", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi"),
      ("Huỳnh Văn Nhị", "Trưởng ban", "Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh Quảng Ngãi"),
      ("Lê Văn Hai", "Ủy viên Ban Thường vụ", "Tỉnh ủy Quảng Ngãi"), ("Lê Văn Hai", "Trưởng ban", "Ban Dân vận Tỉnh ủy Quảng Ngãi")},
     {"Huỳnh Văn Nhị": {"chair"}, "Lê Văn Hai": {"speaker"}}),
    # an attendance verb straight before the names, no "có" between; come to share the day
    (["Đến tham dự đồng chí Nguyễn Thị Lê Hương – Phó Trưởng ban Tuyên giáo Quận ủy, đồng chí Đỗ Thị Trúc Ly – "
      "Phó Chủ tịch Hội LHPN quận cùng với các đồng chí trong Ban Thường vụ.",
      "Ngày 16/11, ông Nguyễn Xuân Thắng, Ủy viên Bộ Chính trị đã đến chung vui Ngày hội Đại đoàn kết toàn dân tộc."],
     None,
     {("Nguyễn Thị Lê Hương", "Phó Trưởng ban", "Ban Tuyên giáo Quận ủy"),
      ("Đỗ Thị Trúc Ly", "Phó Chủ tịch", "Hội Liên hiệp Phụ nữ quận"), ("Nguyễn Xuân Thắng", "Ủy viên", "Bộ Chính trị")},
     {"Nguyễn Thị Lê Hương": {"attendee"}, "Đỗ Thị Trúc Ly": {"attendee"}, "Nguyễn Xuân Thắng": {"attendee"}}),
    # titles before a comma, then the honorific and the name that hold them
    (["Dự có Chủ tịch UBND tỉnh, ông Nguyễn Văn An.",
      "Phát biểu tại hội nghị, Phó Bí thư Đảng ủy, Chủ tịch HĐND phường Tân Quang, bà Nhữ Thị Mai đề nghị các chi bộ."],
     L("tỉnh", "Tuyên Quang"),
     {("Nguyễn Văn An", "Chủ tịch", "Ủy ban nhân dân tỉnh Tuyên Quang"),
      ("Nhữ Thị Mai", "Phó Bí thư", "Đảng ủy phường Tân Quang"),
      ("Nhữ Thị Mai", "Chủ tịch", "Hội đồng nhân dân phường Tân Quang")},
     {"Nguyễn Văn An": {"attendee"}, "Nhữ Thị Mai": {"speaker"}}),
    # people joined by "cùng" did the verb after them together, as "và" joins them; "…; B – … cùng
    # chủ trì" too
    (["Đồng chí Nguyễn Thị Loan - Chủ tịch Ủy ban MTTQ phường cùng đồng chí Phạm Hoài Nam - Phó Chủ tịch "
      "UBND phường chủ trì hội nghị.",
      "Đồng chí Nguyễn Tiến Minh - Bí thư Huyện ủy; đồng chí Tạ Hữu Thọ - Chủ tịch HĐND huyện cùng chủ trì hội nghị."],
     None,
     {("Nguyễn Thị Loan", "Chủ tịch", "Ủy ban MTTQ Việt Nam phường"),
      ("Phạm Hoài Nam", "Phó Chủ tịch", "Ủy ban nhân dân phường"),
      ("Nguyễn Tiến Minh", "Bí thư", "Huyện ủy"), ("Tạ Hữu Thọ", "Chủ tịch", "Hội đồng nhân dân huyện")},
     {"Nguyễn Thị Loan": {"chair"}, "Phạm Hoài Nam": {"chair"}, "Nguyễn Tiến Minh": {"chair"}, "Tạ Hữu Thọ": {"chair"}}),
    # "chỉ đạo" in lower case ends the chain before it, so two syllables are a name; after "ban" it
    # names a steering board however typed
    (["Bí thư Tỉnh ủy Hồ Minh chỉ đạo hội nghị.",
      "Ông Trần Văn An, Phó Trưởng ban chỉ đạo phong trào huyện dự hội nghị."],
     None,
     {("Hồ Minh", "Bí thư", "Tỉnh ủy"), ("Trần Văn An", "Phó Trưởng ban", "Ban Chỉ đạo phong trào huyện")},
     {"Hồ Minh": set(), "Trần Văn An": {"attendee"}}),
    # a Party committee by its initials after a title; a department's head by the department's
    (["Tham dự có đồng chí Bí thư HU Nguyễn Kim Chi.", "Dự có đ/c Nguyễn Thanh Tùng, Phó trưởng BDV Huyện ủy."],
     L("huyện", "Ba Bể"),
     {("Nguyễn Kim Chi", "Bí thư", "Huyện ủy Ba Bể"), ("Nguyễn Thanh Tùng", "Phó Trưởng ban", "Ban Dân vận Huyện ủy Ba Bể")},
     {"Nguyễn Kim Chi": {"attendee"}, "Nguyễn Thanh Tùng": {"attendee"}}),
    # "QH", "HĐNĐ" (a typo), a council's committee "KT-NS"; a patriarch's post
    (["Dự có bà Lê Thị Hoa, Phó Chủ tịch QH; ông Lê Văn An, Chủ tịch HĐNĐ thành phố Vũng Tàu; ông Trần Văn Bình, "
      "Trưởng Ban KT-NS HĐND tỉnh.",
      "Hòa thượng Thích Phổ Tuệ, Pháp chủ Hội đồng chứng minh Giáo hội Phật giáo Việt Nam dự lễ."],
     L("tỉnh", "Bà Rịa - Vũng Tàu"),
     {("Lê Thị Hoa", "Phó Chủ tịch", "Quốc hội"), ("Lê Văn An", "Chủ tịch", "Hội đồng nhân dân thành phố Vũng Tàu"),
      ("Trần Văn Bình", "Trưởng ban", "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu"),
      ("Thích Phổ Tuệ", "Pháp chủ", "Hội đồng chứng minh Giáo hội Phật giáo Việt Nam")},
     {"Lê Thị Hoa": {"attendee"}, "Lê Văn An": {"attendee"}, "Trần Văn Bình": {"attendee"}, "Thích Phổ Tuệ": {"attendee"}}),
    # a title elected with no body is of the body the next person's title names in the sentence
    (["Đại hội đã bầu ông Hà Văn Khoa làm Chủ tịch, ông Lò Văn Sáu làm Phó Chủ tịch Hội CCB xã Tân Phú khóa VIII.",
      "Đồng chí Nguyễn Văn Thông được bầu giữ chức Chủ tịch, đồng chí Võ Văn Hòa giữ chức Phó Chủ tịch Hội Nông dân "
      "xã Sơn Thành khóa XII."],
     None,
     {("Hà Văn Khoa", "Chủ tịch", "Hội Cựu chiến binh xã Tân Phú"),
      ("Lò Văn Sáu", "Phó Chủ tịch", "Hội Cựu chiến binh xã Tân Phú"),
      ("Nguyễn Văn Thông", "Chủ tịch", "Hội Nông dân xã Sơn Thành"),
      ("Võ Văn Hòa", "Phó Chủ tịch", "Hội Nông dân xã Sơn Thành")},
     {"Hà Văn Khoa": set(), "Lò Văn Sáu": set(), "Nguyễn Văn Thông": set(), "Võ Văn Hòa": set()}),
    # the post named first, then who takes it ("chức danh <title> <body> đối với đồng chí A")
    (["Hội nghị hiệp thương chức danh Chủ tịch Ủy ban MTTQ Việt Nam phường đối với đồng chí Nguyễn Tiến Dũng và "
      "hiệp thương chức danh Phó Chủ tịch Ủy ban MTTQ Việt Nam phường đối với đồng chí La Hải Dương, Bí thư Đoàn "
      "Thanh niên phường.",
      "HĐND tỉnh phê chuẩn kết quả bầu bổ sung chức vụ Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021 đối với ông Trần "
      "Xuân Dưỡng."],
     L("phường", "Lái Thiêu"),
     {("Nguyễn Tiến Dũng", "Chủ tịch", "Ủy ban MTTQ Việt Nam phường Lái Thiêu"),
      ("La Hải Dương", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam phường Lái Thiêu"),
      ("La Hải Dương", "Bí thư", "Đoàn Thanh niên phường Lái Thiêu"),
      ("Trần Xuân Dưỡng", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh")},
     {"Nguyễn Tiến Dũng": set(), "La Hải Dương": set(), "Trần Xuân Dưỡng": set()}),
    # a post in a unit marked "(cũ)", merged away, is a post no more; the chain goes on after it
    (["Dự có bà Lục Thị Vân, Chủ tịch Hội LHPN phường Bình Trị (cũ), Phó Chủ tịch Hội LHPN phường Bình Tân."],
     None, {("Lục Thị Vân", "Phó Chủ tịch", "Hội Liên hiệp Phụ nữ phường Bình Tân")}, {"Lục Thị Vân": {"attendee"}}),
    # a shared title before a colon after "các đồng chí là …"
    (["Cùng dự có các đồng chí là Ủy viên Ban Thường vụ Tỉnh ủy: Vũ Duy Hoàng, Trưởng Ban Tuyên giáo Tỉnh ủy; "
      "Hoàng Văn Hùng, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy."],
     L("tỉnh", "Thái Nguyên"),
     {("Vũ Duy Hoàng", "Ủy viên Ban Thường vụ", "Tỉnh ủy Thái Nguyên"),
      ("Vũ Duy Hoàng", "Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Thái Nguyên"),
      ("Hoàng Văn Hùng", "Ủy viên Ban Thường vụ", "Tỉnh ủy Thái Nguyên"),
      ("Hoàng Văn Hùng", "Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Thái Nguyên")},
     {"Vũ Duy Hoàng": {"attendee"}, "Hoàng Văn Hùng": {"attendee"}}),
    # an item of a list opening on a name and its titles, after a number or a dash
    (["Ban Chi ủy gồm:", "1. Trần Thị Mai, Bí thư Chi bộ.", "- Võ Văn Nam, Phó Bí thư Chi bộ."],
     None, {("Trần Thị Mai", "Bí thư", "Chi bộ"), ("Võ Văn Nam", "Phó Bí thư", "Chi bộ")},
     {"Trần Thị Mai": set(), "Võ Văn Nam": set()}),
    # "Hội ND" is the Farmers' Association
    (["Dự có ông Trần Văn Cường, Chủ tịch Hội ND xã Quỳnh Lâm."],
     None, {("Trần Văn Cường", "Chủ tịch", "Hội Nông dân xã Quỳnh Lâm")}, {"Trần Văn Cường": {"attendee"}}),
    # "UB." with a space after its dot is "Ủy ban"
    (["Dự có ông Trần Sơn Hải - Chủ tịch UB. MTTQ quận Hà Đông."],
     None, {("Trần Sơn Hải", "Chủ tịch", "Ủy ban MTTQ Việt Nam quận Hà Đông")}, {"Trần Sơn Hải": {"attendee"}}),
    # the standing deputy of an office keeps "Thường trực" in the title
    (["Dự có ông Lê Văn An, Phó Chánh Văn phòng Thường trực Văn phòng Tỉnh ủy Nghệ An."],
     None, {("Lê Văn An", "Phó Chánh Văn phòng Thường trực", "Văn phòng Tỉnh ủy Nghệ An")}, {"Lê Văn An": {"attendee"}}),
    # the verb in the name of the event attended presents nothing ("hội nghị quán triệt: A; B")
    (["Tại điểm cầu tỉnh, các đồng chí đã tham dự hội nghị quán triệt: ông Lê Văn An; bà Trần Thị Bình."],
     None, set(), {"Lê Văn An": {"attendee"}, "Trần Thị Bình": {"attendee"}}),
    # "… dự và chủ trì" after a list: every one who attended chaired
    (["Đồng chí Lê Văn An - Bí thư Huyện ủy; đồng chí Trần Văn Bình - Chủ tịch UBND huyện; đồng chí Phạm Thị Cúc "
      "- Phó Bí thư Huyện ủy dự và chủ trì hội nghị."],
     None,
     {("Lê Văn An", "Bí thư", "Huyện ủy"), ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân huyện"),
      ("Phạm Thị Cúc", "Phó Bí thư", "Huyện ủy")},
     {"Lê Văn An": {"attendee", "chair"}, "Trần Văn Bình": {"attendee", "chair"}, "Phạm Thị Cúc": {"attendee", "chair"}}),
    # a movement's initials in a steering committee's name are spelled out
    (["Dự có bà Lê Minh Phương, Phó Trưởng ban Ban chỉ đạo phong trào “TDĐKXDĐSVH” phường Long Trường."],
     None,
     {("Lê Minh Phương", "Phó Trưởng ban",
       "Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” phường Long Trường")},
     {"Lê Minh Phương": {"attendee"}}),
    # an office whose name goes on after a dash with a word that is also a verb ("Thông tin")
    (["Dự có đồng chí Tôn Thanh Hải, HUV, Trưởng Phòng Văn hoá - Thông tin huyện, phụ trách địa bàn xã."],
     L("huyện", "Sơn Tây"),
     {("Tôn Thanh Hải", "Huyện ủy viên", "Huyện ủy Sơn Tây"),
      ("Tôn Thanh Hải", "Trưởng phòng", "Phòng Văn hóa - Thông tin huyện Sơn Tây")},
     {"Tôn Thanh Hải": {"attendee"}}),
    # "Bà" in a place's name after its type word is no honorific ("phường Hai Bà Trưng")
    (["Chủ tịch Ủy ban MTTQ Việt Nam phường Hai Bà Trưng Nguyễn Hiền Phương và Phó Chủ tịch Thường trực Ủy "
      "ban MTTQ Việt Nam phường Hai Bà Trưng Nguyễn Thanh Tú chủ trì Hội nghị."],
     None,
     {("Nguyễn Hiền Phương", "Chủ tịch", "Ủy ban MTTQ Việt Nam phường Hai Bà Trưng"),
      ("Nguyễn Thanh Tú", "Phó Chủ tịch Thường trực", "Ủy ban MTTQ Việt Nam phường Hai Bà Trưng")},
     {"Nguyễn Hiền Phương": {"chair"}, "Nguyễn Thanh Tú": {"chair"}}),
    # what a speaker said of the work, as reported: acknowledged, asked, took in, praised
    (["Đồng chí Lê Quang Thoan, Chủ tịch UBND phường đã tiếp thu, giải trình làm rõ từng kiến nghị của cử tri.",
      "Đồng chí Nguyễn Văn Hải, Bí thư Đảng ủy phường ghi nhận kết quả và yêu cầu các chi hội tiếp tục phát huy."],
     LONG_XUYEN,
     {("Lê Quang Thoan", "Chủ tịch", "Ủy ban nhân dân phường Long Xuyên"),
      ("Nguyễn Văn Hải", "Bí thư", "Đảng ủy phường Long Xuyên")},
     {"Lê Quang Thoan": {"speaker"}, "Nguyễn Văn Hải": {"speaker"}}),
    # a group listed by name ("các ứng cử viên … gồm: A - …; B - …"), ranks and all, then said to do
    # what a role's verb says: each of them did ("gồm các ứng cử viên: …", "07 người ứng cử … gồm:")
    (["Chiều 5/3, các ứng cử viên đại biểu Quốc hội thuộc Đơn vị bầu cử số 3 gồm: Thiếu tướng Phạm Hùng Hưng - "
      "Phó Tư lệnh Quân khu 2; Hà Thị Lý - Giám đốc Nhà hát Lạc Hồng đã tiếp xúc cử tri.",
      "Tại hội nghị, các ứng cử viên trình bày chương trình hành động."],
     None,
     {("Phạm Hùng Hưng", "Phó Tư lệnh", "Quân khu 2"), ("Hà Thị Lý", "Giám đốc", "Nhà hát Lạc Hồng")},
     {"Phạm Hùng Hưng": {"presenter"}, "Hà Thị Lý": {"presenter"}}),
    (["Đơn vị bầu cử số 6 gồm các ứng cử viên: Trần Lưu Quang, Bí thư Thành ủy; Đỗ Đức Hiển, Phó Chủ tịch Ủy "
      "ban MTTQ Việt Nam tỉnh.", "Các ứng cử viên lần lượt trình bày chương trình hành động."],
     None,
     {("Trần Lưu Quang", "Bí thư", "Thành ủy"), ("Đỗ Đức Hiển", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh")},
     {"Trần Lưu Quang": {"presenter"}, "Đỗ Đức Hiển": {"presenter"}}),
    # ... "gồm các ông, bà:"; the role of a verb opening the sentence before them; what they said
    # ("khẳng định") is their programme, no speech; title "Chánh Thanh tra"
    (["Các ứng cử viên thuộc Đơn vị bầu cử số 16 gồm các ông, bà: Nguyễn Văn Thắng - Ủy viên Ban Thường vụ Tỉnh "
      "ủy, Chánh Thanh tra tỉnh; Lê Văn Thạch - Bí thư Đảng uỷ xã Tân Lạc.",
      "Trình bày chương trình hành động, các ứng cử viên bày tỏ vinh dự khi được giới thiệu ứng cử.",
      "Các ứng cử viên khẳng định sẽ thực hiện đầy đủ trách nhiệm."],
     L("tỉnh", "Phú Thọ"),
     {("Nguyễn Văn Thắng", "Ủy viên Ban Thường vụ", "Tỉnh ủy Phú Thọ"),
      ("Nguyễn Văn Thắng", "Chánh Thanh tra", "Thanh tra tỉnh Phú Thọ"), ("Lê Văn Thạch", "Bí thư", "Đảng ủy xã Tân Lạc")},
     {"Nguyễn Văn Thắng": {"presenter"}, "Lê Văn Thạch": {"presenter"}}),
    # a list whose items ";" separates goes on past an item whose post the lexicon does not know
    (["Đơn vị bầu cử số 6 gồm các ứng cử viên: Trần Lưu Quang, Bí thư Thành ủy; Đỗ Đức Hiển, hoạt động chuyên "
      "trách tại Ủy ban Pháp luật; Vương Thanh Liễu, Chủ tịch UBND phường Bình Tiên.",
      "Các ứng cử viên lần lượt trình bày chương trình hành động."],
     None,
     {("Trần Lưu Quang", "Bí thư", "Thành ủy"), ("Vương Thanh Liễu", "Chủ tịch", "Ủy ban nhân dân phường Bình Tiên")},
     {"Trần Lưu Quang": {"presenter"}, "Đỗ Đức Hiển": {"presenter"}, "Vương Thanh Liễu": {"presenter"}}),
    # an honorific typed with two spaces; "Tham gia hội nghị có" is who attended
    (["Tham gia hội nghị có các ông: Nguyễn Khắc Hà - Phó Bí thư Tỉnh ủy; đồng  chí Trịnh Văn Cường, Phó Chủ "
      "tịch HĐND tỉnh."],
     L("tỉnh", "Khánh Hòa"),
     {("Nguyễn Khắc Hà", "Phó Bí thư", "Tỉnh ủy Khánh Hòa"),
      ("Trịnh Văn Cường", "Phó Chủ tịch", "Hội đồng nhân dân tỉnh Khánh Hòa")},
     {"Nguyễn Khắc Hà": {"attendee"}, "Trịnh Văn Cường": {"attendee"}}),
    # a plural honorific before a title, then the names that hold it
    (["Dự Hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Trần Lạc, Nguyễn Thị Lan và 70 vị "
      "Ủy viên Ủy ban."],
     L("tỉnh", "Kon Tum"),
     {("Trần Lạc", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Kon Tum"),
      ("Nguyễn Thị Lan", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Kon Tum")},
     {"Trần Lạc": {"attendee"}, "Nguyễn Thị Lan": {"attendee"}}),
    # a plural honorific of both sexes ("các ông, bà") lists names that share the last one's title
    (["Bộ Chính trị cũng chỉ định các ông, bà Hoàng Giang, Trần Huy Tuấn, Giàng Thị Dung giữ chức Phó Bí "
      "thư Tỉnh ủy."],
     L("tỉnh", "Lào Cai"),
     {("Hoàng Giang", "Phó Bí thư", "Tỉnh ủy Lào Cai"), ("Trần Huy Tuấn", "Phó Bí thư", "Tỉnh ủy Lào Cai"),
      ("Giàng Thị Dung", "Phó Bí thư", "Tỉnh ủy Lào Cai")},
     {"Hoàng Giang": set(), "Trần Huy Tuấn": set(), "Giàng Thị Dung": set()}),
    # a deputy of the National Assembly: of the one Quốc hội, with the term it was elected for
    # when given; the head of a province's delegation (ĐBQH) stays the delegation's
    (["Dự có đồng chí Lê Minh Chuẩn - Đại biểu Quốc hội khóa XIV, Bí thư Đảng ủy Tập đoàn.",
      "Dự có đồng chí Lê Kim Toàn - Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh."],
     L("tỉnh", "Bình Định"),
     {("Lê Minh Chuẩn", "Đại biểu", "Quốc hội khóa XIV"), ("Lê Minh Chuẩn", "Bí thư", "Đảng ủy Tập đoàn"),
      ("Lê Kim Toàn", "Phó Bí thư Thường trực", "Tỉnh ủy Bình Định"),
      ("Lê Kim Toàn", "Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Bình Định")},
     {"Lê Minh Chuẩn": {"attendee"}, "Lê Kim Toàn": {"attendee"}}),
    # an honorific between a title written before the name and the name is neither's
    (["Về tiếp xúc cử tri có Đại biểu HĐND tỉnh ông Trần Sinh Toàn.",
      "Chủ tịch UBND tỉnh ông Nguyễn Văn An phát biểu tại hội nghị."],
     L("tỉnh", "Yên Bái"),
     {("Trần Sinh Toàn", "Đại biểu", "Hội đồng nhân dân tỉnh Yên Bái"),
      ("Nguyễn Văn An", "Chủ tịch", "Ủy ban nhân dân tỉnh Yên Bái")},
     {"Trần Sinh Toàn": set(), "Nguyễn Văn An": {"speaker"}}),
    # an election putting people on a body makes each a member of it: the names listed after the
    # body ("… vào Ban chấp hành Hội LHPN xã …, đó là các đồng chí: A, B"; an organisation's
    # executive committee however typed), or those between the electing verb and the body (a
    # counted plural honorific opens a list: "hai đồng chí A và B"); "Ủy ban, Ban Thường trực Ủy
    # ban …" is the committee
    (["Đại hội đã bầu 11 đồng chí vào Ban chấp hành Hội LHPN xã khóa XXI, nhiệm kì 2021 – 2026 đó là các "
      "đồng chí: Triệu Thị Hợi, Mạch Thị Hai, Trương Thị Hà.",
      "Hội nghị đã hiệp thương cử bổ sung hai đồng chí Nguyễn Quang Minh và Trương Quý Vinh tham gia Ủy ban MTTQ "
      "Việt Nam tỉnh nhiệm kỳ 2019 – 2024.",
      "Đại biểu thống nhất bổ sung ông Trần Văn Tấn, nguyên Phó Trưởng đoàn đại biểu Quốc hội khóa XIII vào Ủy "
      "viên Ủy ban, Ban Thường trực UBMTTQ Việt Nam tỉnh."],
     L("xã", "Tân Lợi", L("tỉnh", "Tiền Giang")),
     {("Triệu Thị Hợi", "Ủy viên Ban Chấp hành", "Hội Liên hiệp Phụ nữ xã Tân Lợi"),
      ("Mạch Thị Hai", "Ủy viên Ban Chấp hành", "Hội Liên hiệp Phụ nữ xã Tân Lợi"),
      ("Trương Thị Hà", "Ủy viên Ban Chấp hành", "Hội Liên hiệp Phụ nữ xã Tân Lợi"),
      ("Nguyễn Quang Minh", "Ủy viên", "Ủy ban MTTQ Việt Nam tỉnh Tiền Giang"),
      ("Trương Quý Vinh", "Ủy viên", "Ủy ban MTTQ Việt Nam tỉnh Tiền Giang"),
      ("Trần Văn Tấn", "Ủy viên", "Ủy ban MTTQ Việt Nam tỉnh Tiền Giang")},
     {"Triệu Thị Hợi": set(), "Mạch Thị Hai": set(), "Trương Thị Hà": set(), "Nguyễn Quang Minh": set(),
      "Trương Quý Vinh": set(), "Trần Văn Tấn": set()}),
    # a title before the name whose body is named for another title ("Ủy viên Đoàn Chủ tịch …"), and
    # a body with its abbreviation glossed inside it ("Ủy ban Mặt trận Tổ quốc (UBMTTQ) Việt Nam …")
    (["Dự có Phó Bí thư Thành ủy, Chủ tịch Ủy ban Mặt trận Tổ quốc (UBMTTQ) Việt Nam thành phố Nguyễn Chí Tài; "
      "Ủy viên Đoàn Chủ tịch TW Hội LHPN Việt Nam Nguyễn Thị Kim Dung."],
     L("thành phố", "Hồ Chí Minh"),
     {("Nguyễn Chí Tài", "Phó Bí thư", "Thành ủy Thành phố Hồ Chí Minh"),
      ("Nguyễn Chí Tài", "Chủ tịch", "Ủy ban MTTQ Việt Nam thành phố Hồ Chí Minh"),
      ("Nguyễn Thị Kim Dung", "Ủy viên", "Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam")},
     {"Nguyễn Chí Tài": {"attendee"}, "Nguyễn Thị Kim Dung": {"attendee"}}),
    # a committee of the National Assembly with commas in its name (lexicon comma_names)
    (["Tham dự có Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội Hoàng Thị "
      "Hoa cùng đại diện các Bộ ngành."],
     L("tỉnh", "Ninh Bình"),
     {("Hoàng Thị Hoa", "Phó Chủ nhiệm", "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội")},
     {"Hoàng Thị Hoa": {"attendee"}}),
    # a province's delegation of the National Assembly: the constituency word is no part of its
    # name ("Đoàn ĐBQH đơn vị tỉnh …"), and the province written without its type word takes it
    (["Ông Võ Văn Bình, Phó Bí thư thường trực Tỉnh Ủy, Trưởng Đoàn Đại Biểu Quốc Hội Đơn vị tỉnh Tiền Giang cùng "
      "Tổ đại biểu tiếp xúc cử tri."],
     L("tỉnh", "Tiền Giang"),
     {("Võ Văn Bình", "Phó Bí thư Thường trực", "Tỉnh ủy Tiền Giang"),
      ("Võ Văn Bình", "Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Tiền Giang")},
     {"Võ Văn Bình": set()}),
    (["Đồng chí Nguyễn Thị Nghĩa, Phó bí thư Thường trực Thành ủy, Trưởng Đoàn đại biểu Quốc hội Hải Phòng chủ trì "
      "hội nghị."],
     L("thành phố", "Hải Phòng"),
     {("Nguyễn Thị Nghĩa", "Phó Bí thư Thường trực", "Thành ủy Hải Phòng"),
      ("Nguyễn Thị Nghĩa", "Trưởng đoàn", "Đoàn đại biểu Quốc hội thành phố Hải Phòng")},
     {"Nguyễn Thị Nghĩa": {"chair"}}),
    # a verb after the post a group's leader holds ends it ("… làm Trưởng đoàn | tiến hành giám sát …")
    (["Ngày 10/5, Đoàn giám sát của Ủy ban MTTQ Việt Nam huyện do ông Nguyễn Thanh Hải - Chủ tịch Ủy ban MTTQ Việt "
      "Nam huyện làm Trưởng đoàn tiến hành giám sát việc giải quyết ý kiến cử tri."],
     L("huyện", "Duy Xuyên"),
     {("Nguyễn Thanh Hải", "Chủ tịch", "Ủy ban MTTQ Việt Nam huyện Duy Xuyên"),
      ("Nguyễn Thanh Hải", "Trưởng đoàn", "Đoàn giám sát của Ủy ban MTTQ Việt Nam huyện Duy Xuyên")},
     {"Nguyễn Thanh Hải": set()}),
    # … but not one leaving it
    (["Hội nghị cho thôi tham gia Ủy ban MTTQ tỉnh đối với ông Nguyễn Văn Hồi do chuyển công tác khác."],
     L("tỉnh", "Quảng Ninh"), set(), {"Nguyễn Văn Hồi": set()}),
    # religious bodies' officers and clergy's posts, their bodies' abbreviations spelled out
    (["Tiếp đoàn có Giám mục Đỗ Văn Ngân - Giám mục Giáo phận Xuân Lộc; Mục sư Y Phun Ksơr, Hội trưởng Hội thánh "
      "Tin lành Việt Nam; Đại đức Thích Thiện Duyên, Chánh Thư ký Ban Trị sự Phật giáo huyện Vũng Liêm; ông Lê "
      "Văn Đức, Chủ tịch UBĐKCG tỉnh; Hòa thượng Thích Minh Quang, Ủy viên HĐTS, Trưởng ban Ban Trị sự GHPGVN tỉnh."],
     L("tỉnh", "Đồng Nai"),
     {("Đỗ Văn Ngân", "Giám mục", "Giáo phận Xuân Lộc"),
      ("Y Phun Ksơr", "Hội trưởng", "Hội thánh Tin lành Việt Nam"),
      ("Thích Thiện Duyên", "Chánh Thư ký", "Ban Trị sự Phật giáo huyện Vũng Liêm"),
      ("Lê Văn Đức", "Chủ tịch", "Ủy ban Đoàn kết Công giáo tỉnh Đồng Nai"),
      ("Thích Minh Quang", "Ủy viên", "Hội đồng Trị sự"),
      ("Thích Minh Quang", "Trưởng ban", "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Đồng Nai")},
     {"Đỗ Văn Ngân": set(), "Y Phun Ksơr": set(), "Thích Thiện Duyên": set(), "Lê Văn Đức": set(),
      "Thích Minh Quang": set()}),
    # bodies whose names hold a comma (lexicon comma_names)
    (["Dự có ông Lê Văn Tám, Phó Trưởng Ban Chính sách, chiến lược Trung ương và ông Trần Văn Hai, Trưởng Ban Chỉ "
      "đạo xóa nhà tạm, nhà dột nát tỉnh Hà Tĩnh."],
     L("tỉnh", "Hà Tĩnh"),
     {("Lê Văn Tám", "Phó Trưởng ban", "Ban Chính sách, chiến lược Trung ương"),
      ("Trần Văn Hai", "Trưởng ban", "Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh Hà Tĩnh")},
     {"Lê Văn Tám": {"attendee"}, "Trần Văn Hai": {"attendee"}}),
    # a union branch's head in a village; a delegation's leader going on a visit; a steering
    # committee named for what it steers ("Ban Chỉ đạo triển khai …")
    (["Bà Đoàn Thị Mai - Trưởng ban công tác Mặt trận thôn Đông, Chi hội trưởng Chi hội Phụ nữ thôn Đông trình bày "
      "tiểu sử người ứng cử.",
      "Sáng 22/12/2024, đoàn công tác tỉnh Bình Dương do bà Lê Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm "
      "trưởng đoàn đến thăm, chúc mừng Tòa Giám mục.",
      "Đồng chí Lê Văn Tám, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo triển khai xóa nhà tạm, nhà dột nát tỉnh Bình "
      "Dương chủ trì phiên họp."],
     L("tỉnh", "Bình Dương"),
     {("Đoàn Thị Mai", "Trưởng ban", "Ban công tác Mặt trận thôn Đông"),
      ("Đoàn Thị Mai", "Chi hội trưởng", "Chi hội Phụ nữ thôn Đông"),
      ("Lê Thị Hoa", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Bình Dương"),
      ("Lê Thị Hoa", "Trưởng đoàn", "Đoàn công tác tỉnh Bình Dương"),
      ("Lê Văn Tám", "Bí thư", "Tỉnh ủy Bình Dương"),
      ("Lê Văn Tám", "Trưởng ban", "Ban Chỉ đạo triển khai xóa nhà tạm, nhà dột nát tỉnh Bình Dương")},
     {"Đoàn Thị Mai": {"presenter"}, "Lê Thị Hoa": set(), "Lê Văn Tám": {"chair"}}),
    # what a person felt or read ends the body ("… Hội Luật gia Việt Nam | đọc …", "… | trân trọng
    # cảm ơn"); a Party group or presidium named alone is of the organisation the next post is in;
    # "nguyên" before titles sharing one body makes both former; "Đoàn Chủ tịch" is a body's name,
    # no title of the name after it
    (["Diễn văn do ông Phan Trung Lý, Chủ tịch Hội Luật gia Việt Nam đọc tại Lễ mít tinh.",
      "Tại buổi tiếp, Chủ tịch Ủy ban MTTQ tỉnh Phú Thọ Trần Hải trân trọng cảm ơn đoàn.",
      "Được nhận Huy hiệu là đồng chí Lê Văn Hòa, Bí thư Đảng đoàn, Chủ tịch Hội Nông dân tỉnh Kiên Giang.",
      "Ông Nguyễn Văn Khánh, Ủy viên Đoàn Chủ tịch, Trưởng ban Dân chủ - Pháp luật Cơ quan Ủy ban Trung ương MTTQ "
      "Việt Nam tiếp nhận ủng hộ.",
      "Về dự có ông Hoàng Minh Sơn, nguyên Phó Chủ tịch – Tổng thư ký Ủy ban MTTQ Việt Nam tỉnh Thái Bình, Chủ "
      "tịch Hội Cựu TNXP tỉnh Thái Bình.",
      "Chiều 14/1, thay mặt Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, Phó Chủ tịch Lê Minh Tâm trình bày Tờ "
      "trình."],
     L("tỉnh", "Phú Thọ"),
     {("Phan Trung Lý", "Chủ tịch", "Hội Luật gia Việt Nam"),
      ("Trần Hải", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Phú Thọ"),
      ("Lê Văn Hòa", "Bí thư", "Đảng đoàn Hội Nông dân tỉnh Kiên Giang"),
      ("Lê Văn Hòa", "Chủ tịch", "Hội Nông dân tỉnh Kiên Giang"),
      ("Nguyễn Văn Khánh", "Ủy viên", "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
      ("Nguyễn Văn Khánh", "Trưởng ban", "Ban Dân chủ - Pháp luật Cơ quan Ủy ban Trung ương MTTQ Việt Nam"),
      ("Hoàng Minh Sơn", "Chủ tịch", "Hội Cựu thanh niên xung phong tỉnh Thái Bình")},
     {"Phan Trung Lý": set(), "Trần Hải": set(), "Lê Văn Hòa": set(), "Nguyễn Văn Khánh": set(),
      "Hoàng Minh Sơn": {"attendee"}, "Lê Minh Tâm": {"presenter"}}),
    # a post said again without the name is the one person given it ("đồng chí Bí thư Đảng ủy xã
    # đã báo cáo …"); what a speaker asked of others is not their act ("đề nghị … triển khai …")
    (["Tham dự có đồng chí Triệu Văn Tám, Bí thư Đảng ủy xã.",
      "Tại hội nghị, đồng chí Bí thư Đảng ủy xã đã báo cáo tình hình kinh tế - xã hội 9 tháng.",
      "Kết luận buổi đối thoại, đồng chí Bí thư Đảng ủy cảm ơn ý kiến của Nhân dân.",
      "Đồng chí Đinh Văn Hải, Chủ tịch UBND xã đề nghị các ngành, đoàn thể bám vào Kế hoạch của cấp trên để chỉ "
      "đạo, triển khai thực hiện các nhiệm vụ."],
     L("xã", "Tân Lập"),
     {("Triệu Văn Tám", "Bí thư", "Đảng ủy xã Tân Lập"), ("Đinh Văn Hải", "Chủ tịch", "Ủy ban nhân dân xã Tân Lập")},
     {"Triệu Văn Tám": {"attendee", "presenter", "concluder"}, "Đinh Văn Hải": {"speaker"}}),
    # the posts added, then whom they are added for, one or a list ("bổ sung Ủy viên Ủy ban … đối với
    # ông A, … và bà B, …"; "cử bổ sung Ủy viên Ủy ban MTTQ, Chủ tịch Ủy ban MTTQ tỉnh đối với …")
    (["Hội nghị thông qua tờ trình bổ sung Ủy viên Ủy ban MTTQ Việt Nam tỉnh đối với ông Lê Văn Tường, Chủ tịch "
      "Hội Nông dân tỉnh và bà Đỗ Thị Hạnh, Giám đốc Sở Y tế.",
      "Hội nghị biểu quyết cử bổ sung Ủy viên Ủy ban MTTQ, Chủ tịch Ủy ban MTTQ tỉnh đối với đồng chí Trần Văn Sáu, "
      "Ủy viên Ban Thường vụ Tỉnh ủy."],
     L("tỉnh", "Bình Phước"),
     {("Lê Văn Tường", "Chủ tịch", "Hội Nông dân tỉnh Bình Phước"),
      ("Lê Văn Tường", "Ủy viên", "Ủy ban MTTQ Việt Nam tỉnh Bình Phước"),
      ("Đỗ Thị Hạnh", "Giám đốc", "Sở Y tế tỉnh Bình Phước"),
      ("Đỗ Thị Hạnh", "Ủy viên", "Ủy ban MTTQ Việt Nam tỉnh Bình Phước"),
      ("Trần Văn Sáu", "Ủy viên Ban Thường vụ", "Tỉnh ủy Bình Phước"),
      ("Trần Văn Sáu", "Ủy viên", "Ủy ban MTTQ Việt Nam tỉnh Bình Phước"),
      ("Trần Văn Sáu", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Bình Phước")},
     {"Lê Văn Tường": set(), "Đỗ Thị Hạnh": set(), "Trần Văn Sáu": set()}),
    # a group's leader's bare unit words are the group's unit, not the host's; a list of bodies is
    # no group a "Trưởng đoàn" heads
    (["Sáng 5/11, Đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Nam Định do ông Trần Văn Bình – Chủ tịch Ủy ban "
      "MTTQ tỉnh làm trưởng đoàn đã đến thăm huyện Hải Lăng, tỉnh Quảng Trị.",
      "Chiều cùng ngày, Thị ủy, HĐND, UBND, UBMTTQ thị xã Cửa Lò do đồng chí Nguyễn Văn Tâm - Phó Bí thư Thường "
      "trực Thị ủy làm Trưởng đoàn đã đến trao hàng hóa ủng hộ huyện Kỳ Anh."],
     L("huyện", "Hải Lăng", L("tỉnh", "Quảng Trị")),
     {("Trần Văn Bình", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Nam Định"),
      ("Trần Văn Bình", "Trưởng đoàn", "Đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Nam Định"),
      ("Nguyễn Văn Tâm", "Phó Bí thư Thường trực", "Thị ủy Cửa Lò")},
     {"Trần Văn Bình": set(), "Nguyễn Văn Tâm": set()}),
    # what is planned is no role yet; a post relieved of, named before "đối với" and said again
    # after the name, is no post
    (["Phiên trọng thể sẽ diễn ra sáng 11.10, dự kiến có Bí thư Tỉnh ủy Hồ Văn Niên tham dự và phát biểu chỉ đạo.",
      "Kỳ họp đã miễn nhiệm chức vụ Chủ tịch UBND xã đối với ông Trần Văn Bình do nghỉ hưu.",
      "Kỳ họp đã miễn nhiệm chức danh Phó Chủ tịch UBND huyện đối với ông Hoàng Văn Khải - Phó Chủ tịch UBND huyện "
      "Lạc Sơn, do chuyển công tác."],
     L("tỉnh", "Gia Lai"),
     {("Hồ Văn Niên", "Bí thư", "Tỉnh ủy Gia Lai")},
     {"Hồ Văn Niên": set(), "Trần Văn Bình": set(), "Hoàng Văn Khải": set()}),
    # "nguyên" before a name's first title is said of those after it, but for an association's post;
    # a verb joined by "và" to an attendance verb after a list is each listed person's
    (["Đến dự có ông Phạm Quốc Việt - nguyên Bí thư Đảng ủy, Chủ tịch HĐND phường Nhật Tân đã nghỉ hưu.",
      "Đồng chí Lê Văn Bình, Phó Chủ tịch UBND tỉnh, đồng chí Cầm Bá Tiến, Trưởng ban Dân tộc tỉnh, Đại tá Trần Phú "
      "Hà, Giám đốc Công an tỉnh đến dự và phát biểu chỉ đạo."],
     L("tỉnh", "Thanh Hóa"),
     {("Lê Văn Bình", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Thanh Hóa"),
      ("Cầm Bá Tiến", "Trưởng ban", "Ban Dân tộc tỉnh Thanh Hóa"),
      ("Trần Phú Hà", "Giám đốc", "Công an tỉnh Thanh Hóa")},
     {"Phạm Quốc Việt": {"attendee"}, "Lê Văn Bình": {"attendee", "speaker"}, "Cầm Bá Tiến": {"attendee", "speaker"},
      "Trần Phú Hà": {"attendee", "speaker"}}),
    # a Party cell named alone is of the village or quarter the next post names
    # (and a village's head is a title a name follows: "Trưởng thôn 3 Trần Đức Huân trình bày …")
    (["Ông Đỗ Minh Quân, Bí thư Chi bộ, Trưởng Ban công tác Mặt trận khu phố 4 phát biểu tại ngày hội.",
      "Trưởng thôn 3 Trần Đức Huân trình bày diễn văn khai mạc ngày hội."],
     L("phường", "Hòa Khánh"),
     {("Đỗ Minh Quân", "Bí thư", "Chi bộ khu phố 4"), ("Đỗ Minh Quân", "Trưởng ban", "Ban công tác Mặt trận khu phố 4")},
     {"Đỗ Minh Quân": {"speaker"}, "Trần Đức Huân": {"presenter"}}),
    # verbs written one after the other share their subject ("khai mạc chủ trì"); attending as a
    # matter ("việc tham dự") is no attendance; the guests a host introduces attended
    (["Đồng chí Lê Văn Bình, Chủ tịch Ủy ban MTTQ huyện khai mạc chủ trì hội nghị.",
      "Tại buổi gặp mặt, đồng chí Trần Văn Cường - Chủ tịch LĐLĐ tỉnh đã phổ biến các nội quy liên quan đến việc "
      "tham dự kỳ đại hội.",
      "Ban tổ chức trân trọng giới thiệu: Ông Hà Văn Sơn, Chủ tịch UBND xã Tân Hòa."],
     L("tỉnh", "Phú Thọ"),
     {("Lê Văn Bình", "Chủ tịch", "Ủy ban MTTQ Việt Nam huyện"),
      ("Trần Văn Cường", "Chủ tịch", "Liên đoàn Lao động tỉnh Phú Thọ"),
      ("Hà Văn Sơn", "Chủ tịch", "Ủy ban nhân dân xã Tân Hòa")},
     {"Lê Văn Bình": {"speaker", "chair"}, "Trần Văn Cường": {"presenter"},
      "Hà Văn Sơn": {"attendee"}}),
    # the Central Highlands' names opening with "H’" or "A" after titles; a board's name with "phòng, chống"
    (["Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh H’Nga Niê chủ trì hội nghị.",
      "Tham dự có Phó Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh A Hùng.",
      "Đồng chí Hà Văn Lộc, Trưởng Ban Chỉ đạo phòng, chống dịch bệnh Covid-19 tỉnh phát biểu."],
     L("tỉnh", "Gia Lai"),
     {("H’Nga Niê", "Trưởng ban", "Ban Dân vận Tỉnh ủy Gia Lai"),
      ("H’Nga Niê", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Gia Lai"),
      ("A Hùng", "Phó Bí thư", "Tỉnh ủy Gia Lai"),
      ("A Hùng", "Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Gia Lai"),
      ("Hà Văn Lộc", "Trưởng ban", "Ban Chỉ đạo phòng, chống dịch bệnh Covid-19 tỉnh Gia Lai")},
     {"H’Nga Niê": {"chair"}, "A Hùng": {"attendee"}, "Hà Văn Lộc": {"speaker"}}),
    # what a speaker did at the event, as the pages report it: answered, explained, gave views,
    # voiced, called on, sent greetings
    (["Tại hội nghị, đồng chí Tạ Văn Cảnh - Phó Chủ tịch HĐND phường tham gia ý kiến vào báo cáo.",
      "Đồng chí Nguyễn Nam Long - Phó Chủ tịch UBND phường đã trả lời, giải thích làm rõ các vấn đề cử tri quan tâm.",
      "Phát biểu tại buổi lễ, bà Lê Thị Hoa - Chủ tịch Ủy ban MTTQ Việt Nam phường bày tỏ niềm vui.",
      "Đồng chí Trần Văn Sáu - Bí thư Đảng ủy phường kêu gọi các cơ quan chung tay ủng hộ Quỹ."],
     L("phường", "Hòa Bình"),
     {("Tạ Văn Cảnh", "Phó Chủ tịch", "Hội đồng nhân dân phường Hòa Bình"),
      ("Nguyễn Nam Long", "Phó Chủ tịch", "Ủy ban nhân dân phường Hòa Bình"),
      ("Lê Thị Hoa", "Chủ tịch", "Ủy ban MTTQ Việt Nam phường Hòa Bình"),
      ("Trần Văn Sáu", "Bí thư", "Đảng ủy phường Hòa Bình")},
     {"Tạ Văn Cảnh": {"speaker"}, "Nguyễn Nam Long": {"speaker"}, "Lê Thị Hoa": {"speaker"},
      "Trần Văn Sáu": {"speaker"}}),
    # found probing fresh pages: the deputies of military titles; an acting President, of no body
    # (nor is the state's name one: "Chủ tịch nước CHXHCNVN"); "PBT thường trực"
    (["Dự hội nghị có Đại tá Phan Văn Lực - Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh; Thiếu tướng Lê Ngọc Hải, Phó "
      "Tham mưu trưởng Quân khu 7.",
      "Dự lễ có đồng chí Võ Thị Ánh Xuân, Quyền Chủ tịch nước CHXHCNVN; đồng chí Nguyễn Xuân Phúc, Chủ tịch nước "
      "CHXHCNVN.",
      "Đồng chí Phạm Thị Lan - PBT thường trực Đảng ủy chủ trì hội nghị.",
      # (a title typed without its dot: "Chủ tich")
      "Dự có ông Trần Văn Kiệt, Chủ tich Ủy ban MTTQ Việt Nam xã."],
     L("xã", "Yên Lạc", L("tỉnh", "Kon Tum")),
     {("Phan Văn Lực", "Phó Chính ủy", "Bộ Chỉ huy Quân sự tỉnh Kon Tum"),
      ("Lê Ngọc Hải", "Phó Tham mưu trưởng", "Quân khu 7"),
      ("Võ Thị Ánh Xuân", "Quyền Chủ tịch nước", None), ("Nguyễn Xuân Phúc", "Chủ tịch nước", None),
      ("Phạm Thị Lan", "Phó Bí thư Thường trực", "Đảng ủy xã Yên Lạc"),
      ("Trần Văn Kiệt", "Chủ tịch", "Ủy ban MTTQ Việt Nam xã Yên Lạc")},
     {"Phan Văn Lực": {"attendee"}, "Lê Ngọc Hải": {"attendee"}, "Võ Thị Ánh Xuân": {"attendee"},
      "Nguyễn Xuân Phúc": {"attendee"}, "Phạm Thị Lan": {"chair"}, "Trần Văn Kiệt": {"attendee"}}),
    # … the first syllables of a title the lexicon lacks are no one's name; a plural heading with
    # "gồm" before its colon is each listed person's post beside their own
    (["Cùng dự có đồng chí Phó Trưởng phòng Kinh tế; các đồng chí Phó Trưởng trạm Thủy nông.",
      "Dự còn có các Phó Bí thư Huyện ủy gồm: Chủ tịch HĐND huyện Đỗ Văn Cường; Trưởng ban Dân vận Huyện ủy "
      "Hà Thị Dung."],
     L("huyện", "Yên Lạc"),
     {("Đỗ Văn Cường", "Phó Bí thư", "Huyện ủy Yên Lạc"), ("Đỗ Văn Cường", "Chủ tịch", "Hội đồng nhân dân huyện Yên Lạc"),
      ("Hà Thị Dung", "Phó Bí thư", "Huyện ủy Yên Lạc"), ("Hà Thị Dung", "Trưởng ban", "Ban Dân vận Huyện ủy Yên Lạc")},
     {"Đỗ Văn Cường": {"attendee"}, "Hà Thị Dung": {"attendee"}}),
    # found probing fresh pages (thirty-second session): a physician's degree, glued or dotted, before
    # the name; a steering committee named for what it carries out ("… Trung ương triển khai …"),
    # over the comma of the graft it fights, holds no presenting verb, and its holder's verb after
    # ", đã" is theirs; a presenting verb in an event's name or aim is no one's role (the subject's
    # next act after "và" or "đã" is theirs)
    (["Về phía Bệnh viện Nhi có BSCKII Nguyễn Thị Minh Chính, Bí thư Đảng ủy Bệnh viện Nhi.",
      "Dự và chủ trì có Bs.CKII Lương Viết Thuần - Giám đốc Sở Y tế.",
      "Trưa 9/7, Thủ tướng Phạm Minh Chính, Trưởng Ban Chỉ đạo Trung ương triển khai xóa nhà tạm, nhà dột "
      "nát trên phạm vi cả nước, đã chủ trì phiên họp thứ 6 của Ban Chỉ đạo.",
      "Dự có bà Trương Thị Mai - Phó Trưởng Ban chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực.",
      "Công đoàn ngành Giáo dục tổ chức Hội nghị sơ kết học kỳ I, triển khai nhiệm vụ học kỳ II, tham dự hội "
      "nghị có đồng chí Lê Văn Chính, Phó Giám đốc Sở Tư pháp.",
      "Bà Lê Thị Đài, Phó Chủ tịch UBND huyện chủ trì cuộc họp nhằm đánh giá kết quả tuyển quân và triển "
      "khai nhiệm vụ năm 2021.",
      "Ông Nguyễn Văn Điểu, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị và trực tiếp triển khai "
      "các văn bản."],
     L("tỉnh", "Thái Bình"),
     {("Nguyễn Thị Minh Chính", "Bí thư", "Đảng ủy Bệnh viện Nhi"),
      ("Lương Viết Thuần", "Giám đốc", "Sở Y tế tỉnh Thái Bình"),
      ("Phạm Minh Chính", "Thủ tướng", "Chính phủ"),
      ("Phạm Minh Chính", "Trưởng ban",
       "Ban Chỉ đạo Trung ương triển khai xóa nhà tạm, nhà dột nát trên phạm vi cả nước"),
      ("Trương Thị Mai", "Phó Trưởng ban", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"),
      ("Lê Văn Chính", "Phó Giám đốc", "Sở Tư pháp tỉnh Thái Bình"),
      ("Lê Thị Đài", "Phó Chủ tịch", "Ủy ban nhân dân huyện"),
      ("Nguyễn Văn Điểu", "Chủ tịch", "Ủy ban MTTQ Việt Nam huyện")},
     {"Nguyễn Thị Minh Chính": set(), "Lương Viết Thuần": {"attendee", "chair"}, "Phạm Minh Chính": {"chair"},
      "Trương Thị Mai": {"attendee"}, "Lê Văn Chính": {"attendee"},
      "Lê Thị Đài": {"chair"}, "Nguyễn Văn Điểu": {"chair", "presenter"}}),
    # … names each after its titles, listed with commas, share the verb after the list; a rarer family
    # name; two titles joined by "kiêm" before one body; "Bà" right after a unit word opens a place's
    # name, "Đồng chí" does not; directors general, a standing deputy chief; writers and composers
    # named by their art
    (["Tổng Bí thư Nguyễn Phú Trọng, Chủ tịch nước Nguyễn Xuân Phúc, Thủ tướng Chính phủ Phạm Minh Chính "
      "và các đồng chí lãnh đạo Đảng, Nhà nước chủ trì hội nghị.",
      "Tham dự có các đồng chí: Phó bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh Quản Minh Cường.",
      "Phó Chủ tịch kiêm Tổng thư ký Trung ương Hội các nhà doanh nghiệp trẻ Việt Nam Phạm Tấn Công cho biết.",
      "Tuyên truyền viên báo cáo tình hình tội phạm trên địa bàn tỉnh Bà Rịa-Vũng Tàu trong thời gian qua.",
      "Phát biểu tại hội nghị, thay mặt lãnh đạo UBND xã Đồng chí Lê Đại Hiệp, Chủ tịch UBND xã ghi nhận.",
      "Phát biểu, ông Trần Đình Liệu, Phó Tổng Giám đốc BHXH Việt Nam chia sẻ.",
      "Dự có ông Lê Văn Sáu, Phó Viện trưởng Thường trực Viện KSND tối cao.",
      "Nhà thơ Trần Đăng Khoa, Phó Chủ tịch Hội Nhà văn Việt Nam đã phát biểu."],
     L("tỉnh", "Bà Rịa - Vũng Tàu"),
     {("Nguyễn Phú Trọng", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng"), ("Nguyễn Xuân Phúc", "Chủ tịch nước", None),
      ("Phạm Minh Chính", "Thủ tướng", "Chính phủ"),
      ("Quản Minh Cường", "Phó Bí thư", "Tỉnh ủy Bà Rịa - Vũng Tàu"),
      ("Quản Minh Cường", "Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Bà Rịa - Vũng Tàu"),
      ("Phạm Tấn Công", "Phó Chủ tịch", "Trung ương Hội các nhà doanh nghiệp trẻ Việt Nam"),
      ("Phạm Tấn Công", "Tổng Thư ký", "Trung ương Hội các nhà doanh nghiệp trẻ Việt Nam"),
      ("Lê Đại Hiệp", "Chủ tịch", "Ủy ban nhân dân xã"),
      ("Trần Đình Liệu", "Phó Tổng Giám đốc", "Bảo hiểm xã hội Việt Nam"),
      ("Lê Văn Sáu", "Phó Viện trưởng Thường trực", "Viện Kiểm sát nhân dân tối cao"),
      ("Trần Đăng Khoa", "Phó Chủ tịch", "Hội Nhà văn Việt Nam")},
     {"Nguyễn Phú Trọng": {"chair"}, "Nguyễn Xuân Phúc": {"chair"}, "Phạm Minh Chính": {"chair"},
      "Quản Minh Cường": {"attendee"}, "Phạm Tấn Công": set(),
      "Lê Đại Hiệp": {"speaker"}, "Trần Đình Liệu": {"speaker"}, "Lê Văn Sáu": {"attendee"},
      "Trần Đăng Khoa": {"speaker"}}),
    # … an honorific word after "Hội" is the association's name ("Hội Nhà báo Việt Nam Nguyễn Đức Lợi"
    # names no "Việt Nam Nguyễn Đức"); a paper written "báo <Name>" after an editor's title is a body
    (["Chủ trì hội nghị có Phó Chủ tịch Thường trực Hội Nhà báo Việt Nam Nguyễn Đức Lợi; Trưởng ban Nghiệp vụ "
      "Hội Nhà báo Việt Nam Đỗ Thị Thu Hằng.",
      "Hội thảo có sự góp mặt của các nhà báo: Phạm Văn Trường, Phó Tổng Biên tập báo Sài Gòn Giải phóng; "
      "Lê Minh Toản, Phó Tổng Biên tập báo Tiền Phong."],
     None,
     {("Nguyễn Đức Lợi", "Phó Chủ tịch Thường trực", "Hội Nhà báo Việt Nam"),
      ("Đỗ Thị Thu Hằng", "Trưởng ban", "Ban Nghiệp vụ Hội Nhà báo Việt Nam"),
      ("Phạm Văn Trường", "Phó Tổng Biên tập", "Báo Sài Gòn Giải phóng"),
      ("Lê Minh Toản", "Phó Tổng Biên tập", "Báo Tiền Phong")},
     {"Nguyễn Đức Lợi": {"chair"}, "Đỗ Thị Thu Hằng": {"chair"}, "Phạm Văn Trường": set(), "Lê Minh Toản": set()}),
    # … teachers named as such ("thầy", "cô giáo"); a post the congress "hiệp thương bầu" one to
    (["Đại hội vinh dự đón tiếp thầy Nguyễn Chí Thường – Bí thư Đoàn trường THPT Chuyên Nguyễn Huệ.",
      "Dự có cô giáo Đỗ Thị Lê - Hiệu trưởng Trường Tiểu học Hùng Vương.",
      "Anh Đặng Bảo Sơn được Đại hội hiệp thương bầu giữ chức danh Chủ tịch Hội Sinh viên trường Đại học Mở Hà "
      "Nội, khóa XIII."],
     None,
     {("Nguyễn Chí Thường", "Bí thư", "Đoàn trường THPT Chuyên Nguyễn Huệ"),
      ("Đỗ Thị Lê", "Hiệu trưởng", "Trường Tiểu học Hùng Vương"),
      ("Đặng Bảo Sơn", "Chủ tịch", "Hội Sinh viên trường Đại học Mở Hà Nội")},
     {"Nguyễn Chí Thường": set(), "Đỗ Thị Lê": {"attendee"}, "Đặng Bảo Sơn": set()}),
    # … "chỉ đạo" in lower case inside "Ban chỉ đạo" before a title-first name is the body's, no verb;
    # UBDT; "đồng ý" ends a chain
    (["Tại huyện Phước Sơn, dự cuộc họp có Bí thư huyện ủy, Trưởng Ban chỉ đạo phòng, chống dịch Covid-19 "
      "huyện Đoàn Văn Thông; Phó Chủ tịch UBND huyện Hồ Công Điểm.",
      "Tới dự và chỉ đạo Đại hội có Bộ trưởng, Chủ nhiệm UBDT Hầu A Lềnh.",
      "Phó Thủ tướng Trương Hòa Bình - Trưởng Ban Chỉ đạo Đại hội đại biểu toàn quốc các dân tộc thiểu số Việt "
      "Nam lần thứ II năm 2020 đồng ý với đề nghị của Ủy ban Dân tộc."],
     L("tỉnh", "Quảng Nam"),
     {("Đoàn Văn Thông", "Bí thư", "Huyện ủy Phước Sơn"),
      ("Đoàn Văn Thông", "Trưởng ban", "Ban Chỉ đạo phòng, chống dịch Covid-19 huyện Phước Sơn"),
      ("Hồ Công Điểm", "Phó Chủ tịch", "Ủy ban nhân dân huyện Phước Sơn"),
      ("Hầu A Lềnh", "Bộ trưởng", "Ủy ban Dân tộc"), ("Hầu A Lềnh", "Chủ nhiệm", "Ủy ban Dân tộc"),
      ("Trương Hòa Bình", "Phó Thủ tướng", "Chính phủ"),
      ("Trương Hòa Bình", "Trưởng ban", "Ban Chỉ đạo Đại hội đại biểu toàn quốc các dân tộc thiểu số Việt Nam lần "
       "thứ II năm 2020")},
     {"Đoàn Văn Thông": {"attendee"}, "Hồ Công Điểm": {"attendee"}, "Hầu A Lềnh": {"attendee"},
      "Trương Hòa Bình": set()}),
    # … an association named with "và" goes on past it
    (["Dự có bà Trần Thúy Ái, Phó Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi Thành phố Hồ Chí Minh."],
     None,
     {("Trần Thúy Ái", "Phó Chủ tịch", "Hội Bảo trợ người khuyết tật và trẻ mồ côi Thành phố Hồ Chí Minh")},
     {"Trần Thúy Ái": {"attendee"}}),
    # … monks named by their standing ("sư", "Sư cả"); "Phó Hội trưởng"; "mong" ends a chain
    (["Dịp này, ông gửi lời chúc đến sư Danh Sương trụ trì chùa Hiệp Phước.",
      "Dự có Sư cả Thường Xuân Hữu - Chủ tịch Hội đồng chức sắc Bàlamôn giáo tỉnh Bình Thuận.",
      "Dự có Hòa thượng Tăng Nô, Phó Hội trưởng Hội Đoàn kết sư sãi yêu nước tỉnh Sóc Trăng.",
      "Đồng chí Đinh Thị Thảo, Trưởng Ban Dân tộc mong cấp uỷ Đảng, chính quyền 2 xã tiếp tục quan tâm."],
     None,
     {("Danh Sương", "Trụ trì", "chùa Hiệp Phước"),
      ("Thường Xuân Hữu", "Chủ tịch", "Hội đồng chức sắc Bàlamôn giáo tỉnh Bình Thuận"),
      ("Tăng Nô", "Phó Hội trưởng", "Hội Đoàn kết sư sãi yêu nước tỉnh Sóc Trăng"),
      ("Đinh Thị Thảo", "Trưởng ban", "Ban Dân tộc")},
     {"Danh Sương": set(), "Thường Xuân Hữu": {"attendee"}, "Tăng Nô": {"attendee"}, "Đinh Thị Thảo": set()}),
]


@pytest.mark.parametrize("texts,ctx,posts,roles", CASES)
def test_people(texts, ctx, posts, roles):
    got_posts, mentions = _run(texts, ctx)
    assert {(p.person, p.title, p.body.name if p.body else None) for p in got_posts} == posts
    assert {m.name: set(m.roles) for m in mentions} == roles


def test_a_departments_name_holds_no_role_verb():
    # "Phòng văn hoá thông tin": "thông tin" names the department, however "hoá" is spelled
    _posts, mentions = _run(["Dự khai mạc hội thi có Ông Võ Ngọc Lễ - Phó chủ tịch Uỷ ban MTTQ Việt Nam, Phòng văn "
                             "hoá thông tin Huyện Tiên Phước."], L("tỉnh", "Quảng Nam"))
    assert {m.name: set(m.roles) for m in mentions} == {"Võ Ngọc Lễ": {"attendee"}}


def test_role_evidence_points_at_the_sentence():
    texts = ["Dự Hội nghị có đồng chí Mai Thị Kim Dung, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện.",
             "Đồng chí Mai Thị Kim Dung, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện kết luận Hội nghị"]
    _posts, [m] = _run(texts, GIA_VIEN)
    assert m.evidence.start == 0
    assert m.role_evidence["concluder"].start == len(texts[0]) + 1


def test_a_role_said_of_a_post_named_again_quotes_from_where_the_person_was_named():
    # "đồng chí Bí thư Đảng ủy xã đã báo cáo …": the quote runs from the sentence naming the person
    # with the post through the one saying the role, so that it names whom it is about
    texts = ["Tham dự có đồng chí Triệu Văn Tám, Bí thư Đảng ủy xã.",
             "Tại hội nghị, đồng chí Bí thư Đảng ủy xã đã báo cáo tình hình kinh tế - xã hội."]
    _posts, [m] = _run(texts, XUAN_LONG)
    assert m.role_evidence["attendee"] == m.evidence
    assert (m.role_evidence["presenter"].start, m.role_evidence["presenter"].end) == (0, len(" ".join(texts)))


def test_no_people_in_generic_text():
    posts, mentions = _run(["Các đại biểu về dự Hội nghị", "Toàn cảnh lớp tập huấn",
                            "Ủy ban MTTQ Việt Nam các cấp phối hợp với các tổ chức thành viên."], None)
    assert posts == [] and mentions == []


def _roles(texts, ctx=None):
    return {m.name: set(m.roles) for m in _run(texts, ctx)[1] if m.roles}


def test_sentence_opening_verb_is_the_act_of_the_person_it_names():
    # "đề nghị" inside the conclusion is what was concluded, not a separate speech
    got = _roles(["Kết luận hội nghị, đồng chí Trần Quốc Bảo đề nghị các cấp ủy tiếp tục thực hiện."])
    assert got == {"Trần Quốc Bảo": {"concluder"}}


def test_verbs_joined_by_va_share_their_subject():
    got = _roles(["Đồng chí Nguyễn Thị Bích Ngọc, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh phát "
                  "biểu khai mạc và quán triệt Nghị quyết số 43-NQ/TW."], L("tỉnh", "Lâm Đồng"))
    assert got == {"Nguyễn Thị Bích Ngọc": {"speaker", "presenter"}}


def test_degree_before_name_and_two_people_doing_one_thing():
    posts, ments = _run(["ThS. Trần Văn Lộc, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh và bà "
                         "Hoàng Thị Hà, Trưởng ban Tổ chức - Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh truyền đạt "
                         "các chuyên đề."], L("tỉnh", "Lâm Đồng"))
    assert {(p.person, p.body.name) for p in posts} == {
        ("Trần Văn Lộc", "Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng"),
        ("Hoàng Thị Hà", "Ban Tổ chức - Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng")}
    assert {m.name: set(m.roles) for m in ments} == {"Trần Văn Lộc": {"presenter"}, "Hoàng Thị Hà": {"presenter"}}


def test_name_opening_a_sentence_needs_a_title():
    posts, _ = _run(["Trần Văn Lộc, Trưởng ban Dân vận Huyện ủy trình bày báo cáo.",
                     "Ông Lâm Dũng Liêm báo cáo."], L("huyện", "Gia Viễn"))
    assert [(p.person, p.body.name) for p in posts] == [("Trần Văn Lộc", "Ban Dân vận Huyện ủy Gia Viễn")]


def test_elected_to_a_post_and_a_term_after_the_body():
    posts, ments = _run(["Đồng chí Trương Công Danh, Chủ tịch Ủy ban MTTQ Việt Nam xã khóa XXI trình bày Báo cáo "
                         "chính trị tại Đại hội.",
                         "Ông Trương Công Danh tiếp tục được hiệp thương cử giữ chức Chủ tịch, bà Phan Thị Lệ Hằng "
                         "được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã khóa XXII."],
                        L("xã", "Quảng Phú"))
    assert {(p.person, p.title, p.body.name if p.body else "") for p in posts if not p.of_congress} == {
        ("Trương Công Danh", "Chủ tịch", "Ủy ban MTTQ Việt Nam xã Quảng Phú"),
        ("Phan Thị Lệ Hằng", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam xã Quảng Phú")}
    # the title elected with no body is the congress's body's, settled once events are read
    assert [(p.person, p.title, p.body) for p in posts if p.of_congress] == [("Trương Công Danh", "Chủ tịch", None)]
    assert {m.name: set(m.roles) for m in ments if m.roles} == {"Trương Công Danh": {"presenter"}}


def test_elected_after_the_posts_held_to_a_post_of_the_congress():
    # "ông X, <posts held>, giữ chức <title>": the title after the election is the congress's
    # body's, as when it follows the name; "làm Trưởng đoàn" is no election
    posts, _ = _run(["Ông Trần Văn Chính, ủy viên Ban Thường vụ Thành ủy, giữ chức Phó chủ tịch thường trực.",
                     "Anh Phạm Văn Vương - Bí thư Huyện đoàn được Đại hội hiệp thương giữ chức danh Chủ tịch."],
                    L("thành phố", "Cần Thơ"))
    assert {(p.person, p.title) for p in posts if p.of_congress} == {
        ("Trần Văn Chính", "Phó Chủ tịch Thường trực"), ("Phạm Văn Vương", "Chủ tịch")}
    posts, _ = _run(["Đoàn Đại biểu TƯ Hội LHPNVN do bà Trần Thị Hương - Phó Chủ tịch Hội LHPNVN - làm "
                     "Trưởng đoàn - dự và chỉ đạo Đại hội."], None)
    assert not [p for p in posts if p.of_congress]


def test_a_name_with_titles_and_no_honorific_in_a_list():
    posts, ments = _run(["Dự hội nghị có Danh Tùng, Phó Chủ tịch UBMTTQ Việt Nam tỉnh; Trần Ngọc Minh, PCT UBND xã "
                         "Xuân Long.", "Buổi tập huấn do Huỳnh Minh Uyên – Phó Bí thư Đảng ủy xã chủ trì."], XUAN_LONG)
    assert {p.person for p in posts} == {"Danh Tùng", "Trần Ngọc Minh", "Huỳnh Minh Uyên"}
    assert {m.name: set(m.roles) for m in ments if m.roles}["Huỳnh Minh Uyên"] == {"chair"}


def test_a_title_whose_clause_goes_on_to_another_act_is_not_the_next_names():
    posts, _ = _run(["Kỳ họp hiệp thương bổ sung Ủy viên Ủy ban MTTQ Việt Nam thành phố và hiệp thương cử đồng chí "
                     "Đào Trọng Đức giữ chức vụ Chủ tịch Ủy ban MTTQ Việt Nam thành phố."], None)
    assert {(p.person, p.title) for p in posts} == {("Đào Trọng Đức", "Chủ tịch")}


def test_a_title_abbreviated_with_its_body_after_a_name():
    # "TVTU" spells "Thường vụ Tỉnh ủy", which is a title (Ủy viên Ban Thường vụ) and its body
    posts, _ = _run(["Tham dự có các đồng chí: Lê Văn Dung, TUV, Phó Chủ tịch UBND tỉnh; Trần Hồng Quảng, TVTU, "
                     "Chủ tịch UBMTTQVN tỉnh; lãnh đạo một số Sở."], None)
    assert {(p.person, p.title, p.body.name) for p in posts if p.person == "Trần Hồng Quảng"} == {
        ("Trần Hồng Quảng", "Ủy viên Ban Thường vụ", "Tỉnh ủy"),
        ("Trần Hồng Quảng", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh")}


def test_a_name_of_five_syllables_before_its_titles():
    posts, _ = _run(["Dự có các đồng chí: Lương Thị Hoa Liên - Bí thư Đảng ủy phường, Trương Nữ Hoàng Thanh Bình - "
                     "Chủ tịch UBND phường, Nguyễn Văn An Giang Nam Bộ Chủ tịch Hội Nông dân phường."],
                    L("phường", "Long Trường"))
    assert {(p.person, p.title) for p in posts} == {
        ("Lương Thị Hoa Liên", "Bí thư"), ("Trương Nữ Hoàng Thanh Bình", "Chủ tịch")}


def test_ranks_and_clergy_are_not_part_of_the_name():
    posts, _ = _run(["Dự có Thượng tá Lý Văn Cường, Chính trị viên Đồn Biên phòng Sín Thầu; Hòa thượng Thích Quảng "
                     "Chiếu, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh."], L("tỉnh", "Ninh Bình"))
    assert {p.person for p in posts} == {"Lý Văn Cường", "Thích Quảng Chiếu"}


def test_nuns_are_named_by_their_honorific():
    _, mentions = _run(["Tham dự có bà Võ Thị Bỉ – Phó Chủ tịch Hội Liên hiệp Phụ nữ quận, Nữ tu Nguyễn Thị Yêu và "
                        "sư cô Thích Nữ Diệu Hạnh."], L("tỉnh", "Ninh Bình"))
    assert {(m.name, tuple(m.roles)) for m in mentions} == {
        ("Võ Thị Bỉ", ("attendee",)), ("Nguyễn Thị Yêu", ("attendee",)), ("Thích Nữ Diệu Hạnh", ("attendee",))}


def test_people_listed_in_parentheses_after_their_body():
    posts, _ = _run(["Tham dự có lãnh đạo Ủy ban MTTQ Việt Nam tỉnh (đồng chí Phạm Thị Thanh Hương, Phó Chủ tịch; "
                     "đồng chí Vũ Quang Tiến, Ủy viên Ban Thường trực); đại diện Sở Nội vụ."], L("tỉnh", "Ninh Bình"))
    assert {(p.person, p.title, p.body.name) for p in posts} == {
        ("Phạm Thị Thanh Hương", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Ninh Bình"),
        ("Vũ Quang Tiến", "Ủy viên Ban Thường trực", "Ủy ban MTTQ Việt Nam tỉnh Ninh Bình")}


def test_the_page_title_names_people_and_their_posts():
    """A headline's person and post count though the body never repeats them; the title still
    makes no event of its own."""
    from graph_builder.extract import extract
    from graph_builder.facts import Article
    text = ("Đại hội Hội Phụ nữ tỉnh Bình Thuận: Bà Lê Thị Hải Yến tái đắc cử Chủ tịch Hội Phụ nữ tỉnh\n"
            "Ngày đăng: 13/12/2016\n"
            "Ngày 12/12/2016, Hội Liên hiệp Phụ nữ tỉnh Bình Thuận tổ chức Đại hội đại biểu lần thứ XIII, "
            "nhiệm kỳ 2016 - 2021 với 250 đại biểu tham dự.\n")
    facts = extract(Article(id="t", text=text))
    assert facts.article.title.startswith("Đại hội Hội Phụ nữ tỉnh Bình Thuận")
    assert {(p.person, p.title, p.body.name) for p in facts.posts} == {
        ("Lê Thị Hải Yến", "Chủ tịch", "Hội Phụ nữ tỉnh Bình Thuận")}
    assert [e.date for e in facts.events] == ["2016-12-12"]


def test_a_name_wrapped_across_lines_is_one_name_as_written():
    """r1405 of the corpus is wrapped at a fixed width, a line break inside "Nguyễn Kim Đức"."""
    from pathlib import Path
    from graph_builder.extract.clean import clean
    from graph_builder.facts import Article
    text = (Path(__file__).parent / "corpus/train/articles/r1405.txt").read_text(encoding="utf-8")
    assert "Nguyễn\nKim Đức" in text
    _art, sents = clean(Article(id="r1405", text=text))
    posts, mentions = extract_people(sents, None)
    assert "Nguyễn Kim Đức" in {m.name for m in mentions}
    assert {p.person for p in posts if "Kim Đức" in p.person} == {"Nguyễn Kim Đức"}


def test_title_starts_finds_every_place_a_title_starts():
    """_title_first reads only the word starts _title_starts gives: on real pages, every word
    start where title_at finds a title is among them."""
    import re
    from pathlib import Path
    from graph_builder.extract.people import _title_starts, title_at
    pages = sorted((Path(__file__).parent / "corpus" / "train" / "articles").glob("*.txt"))[:60]
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        found = {m.start() for m in re.finditer(r"(?<!\w)\w", text) if title_at(text, m.start())}
        assert found <= set(_title_starts(text)), page.name


def test_a_stray_combining_mark_does_not_split_a_word(tmp_path):
    """"đồng chí̀ Võ Thị Chính": a grave typed after the composed "í" is dropped when the file is
    read, so the honorific still introduces the name (text, .jsonl and metadata alike)."""
    from graph_builder.extract import extract
    from graph_builder.read import read_file
    page = tmp_path / "a.txt"
    page.write_text("Tham dự có đồng chí\u0300 Võ Thị Chính - Quận ủy viên, Phó Chủ tịch UBND quận 12.\n",
                    encoding="utf-8")
    article = next(read_file(page))
    assert "chí Võ" in article.text and "\u0300" not in article.text
    posts = {(p.person, p.title) for p in extract(article).posts}
    assert ("Võ Thị Chính", "Phó Chủ tịch") in posts


@pytest.mark.parametrize("deed", ["chỉ đạo hội nghị", "thay mặt lãnh đạo tỉnh tặng quà", "tuyên bố khai mạc hội nghị",
                                  "kêu gọi cán bộ ủng hộ", "chúc Tết các gia đình", "điều hành hội nghị",
                                  "dẫn đầu đoàn công tác", "ký kết quy chế phối hợp", "thay bà Nguyễn Thị Hà",
                                  "thôi tham gia Ban Chấp hành"])
def test_a_deed_in_lower_case_ends_a_title_first_two_syllable_name(deed):
    # (lexicon chain_stops) the verb ends the chain, so the two syllables before it are the name
    posts, _ = _run([f"Bí thư Tỉnh ủy Hồ Minh {deed}."], L("tỉnh", "Phú Thọ"))
    assert [(p.person, p.title, p.body.name) for p in posts] == [("Hồ Minh", "Bí thư", "Tỉnh ủy Phú Thọ")]
