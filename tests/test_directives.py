"""Directives: a sentence (or a few) and the documents it must yield."""
import pytest

from graph_builder.extract.directives import extract_directives, find_mentions, symbol_issuer
from graph_builder.facts import Article, Locality

from conftest import sentences


def run(*texts, ctx=None):
    sents = sentences(*texts)
    return extract_directives(sents, ctx, Article(id="t", text=" ".join(texts)))


CASES = [
    # sentence, [(key, symbol, date, issuer)]
    # a law's title the lexicon lacked ends its name before a bare year (found probing fresh pages)
    ("Tuyên truyền Luật An ninh mạng năm 2018 và Luật An toàn thông tin mạng 2015 cho đoàn viên thanh niên.",
     [("Luật An ninh mạng", None, None, None), ("Luật An toàn thông tin mạng", None, None, None)]),
    # a law's title after "luật" in lower case (found probing fresh pages)
    ("Hội Nông dân tổ chức lớp tập huấn luật MTTQ Việt Nam và luật Thanh tra cho 300 học viên.",
     [("Luật MTTQ Việt Nam", None, None, None), ("Luật Thanh tra", None, None, None)]),
    # a law is known by its title, its number its symbol (found probing fresh pages)
    ("Hội nghị tuyên truyền Luật Khiếu nại số 02/2011/QH13 và Luật Tố cáo số 25/2018/QH14.",
     [("Luật Khiếu nại", "02/2011/QH13", None, None), ("Luật Tố cáo", "25/2018/QH14", None, None)]),
    ("Ông Lâm Dũng Liêm đã báo cáo về các nội dung như: Đề án 15/ĐA-MTTW-BTT ngày 18/8/2017 của Ban "
     "Thường trực UBTƯ MTTQ Việt Nam về tổ chức Phong trào “Đoàn kết sáng tạo” và Thông tri "
     "32/TTr-MTTW-BTT, ngày 16/4/2018 của Ban Thường trực UBTƯ MTTQ Việt Nam về hướng dẫn tổ chức.",
     [("Đề án 15", "15/ĐA-MTTW-BTT", "2017-08-18", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"),
      ("Thông tri 32", "32/TTr-MTTW-BTT", "2018-04-16", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam")]),
    ("Tại Hội nghị, 221 đại biểu được quán triệt Chỉ thị số 18, ngày 26/10/2022 của Ban Bí thư Trung "
     "ương Đảng về “Phát huy vai trò”; Thực hiện Luật Dân chủ ở cơ sở; Hướng dẫn về công tác tổ chức "
     "Đại hội Mặt trận Tổ quốc Việt Nam cấp cơ sở nhiệm kỳ 2024-2029.",
     [("Chỉ thị 18", None, "2022-10-26", "Ban Bí thư Trung ương Đảng"),
      ("Luật Dân chủ ở cơ sở", None, None, None),
      ("Hướng dẫn về công tác tổ chức Đại hội MTTQ Việt Nam cấp cơ sở nhiệm kỳ 2024-2029", None, None, None)]),
    ("Mặt trận Tổ quốc tiếp tục quán triệt các Nghị quyết Hội nghị Trung ương (khóa XII) và các Kết "
     "luận, Chỉ thị của Đảng, gắn với sơ kết 3 năm thực hiện Chỉ thị 05 của Bộ Chính trị về “Đẩy mạnh học tập”.",
     [("Nghị quyết Hội nghị Trung ương khóa XII", None, None, None),
      ("Chỉ thị 05", None, None, "Bộ Chính trị")]),
    ("Các đồng chí trao đổi: Những điểm mới của Điều lệ Mặt trận Tổ quốc Việt Nam khóa IX, nhiệm kỳ "
     "2019 – 2024, Thông tri hướng dẫn thực hiện Điều lệ Mặt trận Tổ quốc Việt Nam khóa IX; công tác dân tộc.",
     [("Điều lệ MTTQ Việt Nam khóa IX", None, None, None),
      ("Thông tri hướng dẫn thực hiện Điều lệ MTTQ Việt Nam khóa IX", None, None, None)]),
    ("MTTQ các cấp cần xây dựng chương trình hành động thực hiện nghị quết đại hội đảng bộ các cấp.",
     [("Nghị quyết đại hội Đảng bộ các cấp", None, None, None)]),
    ("Hội nghị triển khai 2 Quyết định số 217/QĐ-TW ngày 12/12/2013 của Bộ Chính trị về việc ban hành "
     "quy chế giám sát và Quyết định 218/ QĐ-TW ngày 12/12/2013 của Bộ Chính trị ban hành quy chế.",
     [("Quyết định 217", "217/QĐ-TW", "2013-12-12", "Bộ Chính trị"),
      ("Quyết định 218", "218/QĐ-TW", "2013-12-12", "Bộ Chính trị")]),
    ("Thực hiện Hướng dẫn 84, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã chủ trì ban hành Kế hoạch "
     "số 179 ngày 6/9/2022 triển khai thực hiện phong trào.",
     [("Hướng dẫn 84", None, None, None),
      ("Kế hoạch 179", None, "2022-09-06", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")]),
    ("Ngày 5/4/2023, Ban thường trực Ủy ban MTTQ tỉnh Lào Cai đã ban hành Kế hoạch số 293/KH-MTTQ-BTT "
     "phát động đợt thi đua đặc biệt.",
     [("Kế hoạch 293", "293/KH-MTTQ-BTT", "2023-04-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai")]),
    # one type, several numbers: each is a document, with the issuer they share
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tiền Giang triển khai quyết định số 217 và 218 của Bộ Chính trị "
     "về giám sát, phản biện xã hội.",
     [("Quyết định 217", None, None, "Bộ Chính trị"), ("Quyết định 218", None, None, "Bộ Chính trị")]),
    ("Phát huy vai trò giám sát theo Quyết định 217, 218 của Bộ Chính trị, quy định số 124 của BCH Trung ương.",
     [("Quyết định 217", None, None, "Bộ Chính trị"), ("Quyết định 218", None, None, "Bộ Chính trị"),
      ("Quy định 124", None, None, "Ban Chấp hành Trung ương")]),
    # a qualified type in capitals; a quotation mark the page never closes hides nothing
    ("Theo Thông tri Triệu tập số 38/TT-MTTW-BTT ngày 26/8/2019 về việc “Triệu tập Đại hội đại biểu toàn "
     "quốc lần thứ IX, nhiệm kỳ 2019 – 2024và Quyết định số 2816/QĐ-MTTW-BTT ngày 26/8/2019 của Ban Thường "
     "trực Ủy ban Trung ương MTTQ Việt Nam.",
     [("Thông tri 38", "38/TT-MTTW-BTT", "2019-08-26", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"),
      ("Quyết định 2816", "2816/QĐ-MTTW-BTT", "2019-08-26", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam")]),
    # a number with its symbol right after the kind of document ("Chương trình phối hợp 1962/…"),
    # and a misspelt type ("Chị thị"), are the numbered document
    ("Ủy ban đã quán triệt Chị thị 05-CT/TW và Chương trình phối hợp 1962/CTrPH-UBND-BTTUBMTTQ, ngày "
     "26-12-2022 của UBND tỉnh Gia Lai.",
     [("Chỉ thị 05", "05-CT/TW", None, "Ban Bí thư Trung ương Đảng"),
      ("Chương trình 1962", "1962/CTrPH-UBND-BTTUBMTTQ", "2022-12-26", "Ủy ban nhân dân tỉnh Gia Lai")]),
    # an en dash with spaces parts a symbol as a hyphen does (written as one), and a letter may
    # follow the number ("6b/NQ-BCH")
    ("Thông tin Quyết định 1005/QĐ – UBND ngày 08/5/2018 của UBND tỉnh An Giang về Bộ tiêu chí xã nông thôn "
     "mới nâng cao.",
     [("Quyết định 1005", "1005/QĐ-UBND", "2018-05-08", "Ủy ban nhân dân tỉnh An Giang")]),
    ("Hội nghị tổng kết 10 năm thực hiện Nghị quyết 6b/NQ – BCH và chỉ thị số 03/CT – TLĐ về phong trào thi đua.",
     [("Nghị quyết 6b", "6b/NQ-BCH", None, None), ("Chỉ thị 03", "03/CT-TLĐ", None, None)]),
    # a document's name ends where the prose goes on with who got it or what it is for
    ("Trung tâm tổ chức tập huấn và quán triệt Nghị quyết Đại hội Đại biểu MTTQ Việt Nam tỉnh Hà Tĩnh, nhiệm kỳ "
     "2025-2030 cho hơn 300 học viên là các Bí thư Chi bộ.",
     [("Nghị quyết Đại hội Đại biểu MTTQ Việt Nam tỉnh Hà Tĩnh, nhiệm kỳ 2025-2030", None, None, None)]),
    # ... or with what the sentence says of it, or when it was done
    ("Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII có ý nghĩa quan trọng đối với tuổi trẻ cả nước.",
     [("Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII", None, None, None)]),
    ("Hội nghị triển khai Luật Thực hiện dân chủ ở cơ sở có hiệu lực từ ngày 01/7/2023.",
     [("Luật Thực hiện dân chủ ở cơ sở", None, None, None)]),
    ("Các chi bộ cụ thể hóa Nghị quyết đại hội ngay sau đại hội.", [("Nghị quyết đại hội", None, None, None)]),
    ("Quốc hội thông qua Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013 vào sáng 16/6.",
     [("Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013", None, None, None)]),
    # the Front's yearly programme with its members is one document in lower case too, after any verb
    ("Hội nghị tổng kết năm 2016, bàn chương trình phối hợp và thống nhất hành động năm 2017.",
     [("Chương trình phối hợp và thống nhất hành động năm 2017", None, None, None)]),
    ("Các tổ chức thành viên đã bám sát chương trình phối hợp thống nhất hành động.", []),
    # ... or with the rule or the time the work followed ("theo quy định …", "bắt đầu từ ngày …")
    ("Thời gian lấy ý kiến về Dự thảo Luật Đất đai (sửa đổi) theo quy định của Nhà nước bắt đầu từ ngày 03/01/2023.",
     [("Luật Đất đai (sửa đổi)", None, None, None)]),
    # "pháp luật" is the law in general: "Ngày Pháp luật 9-11" names no Luật
    ("Mít tinh hưởng ứng Ngày Pháp luật 9-11 và tháng cao điểm hưởng ứng Ngày Pháp luật 2019.", []),
    # a congress after a comma is another congress's resolution only when it is not the subject
    # of a clause ("…, Đại hội cũng đã thảo luận …")
    ("Đại hội đã đánh giá việc thực hiện Nghị quyết Đại hội đại biểu phụ nữ nhiệm kỳ 2011-2016, Đại hội cũng đã "
     "thảo luận quyết định những mục tiêu, phương hướng.",
     [("Nghị quyết Đại hội đại biểu phụ nữ nhiệm kỳ 2011-2016", None, None, None)]),
    # a name in straight quotes ends with its quote, as one in curly quotes does
    ('Nổi bật là Chương trình "Mẹ đỡ đầu" mang ý nghĩa nhân văn sâu sắc.',
     [('Chương trình "Mẹ đỡ đầu"', None, None, None)]),
    # "PBGD pháp luật": phổ biến, giáo dục (abbreviations, as the gold writes them)
    ("Huyện tổ chức hội nghị triển khai kế hoạch tuyên truyền PBGD pháp luật năm 2017.",
     [("Kế hoạch tuyên truyền phổ biến, giáo dục pháp luật năm 2017", None, None, None)]),
    # the year ends a name when another body's clause follows ("… năm 2023 và Ủy ban nhân dân tỉnh …")
    ("Hội nghị thông qua Chương trình phối hợp thống nhất hành động năm 2023 và Ủy ban nhân dân tỉnh thông "
     "báo tình hình kinh tế - xã hội năm 2022.",
     [("Chương trình phối hợp thống nhất hành động năm 2023", None, None, None)]),
    # a plan's steps before the document it carries out are its name's, commas and all
    ("Huyện ủy ban hành Kế hoạch học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội XIII của Đảng.",
     [("Kế hoạch học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội XIII của Đảng", None, None,
       "Huyện ủy"),
      ("Nghị quyết Đại hội XIII của Đảng", None, None, None)]),
    # what a document holds ends its name ("với các nội dung …", "với 5 chương và 15 điều")
    ("Thường trực HĐND xã xây dựng Kế hoạch tổ chức phiên họp giải trình với các nội dung cụ thể.",
     [("Kế hoạch tổ chức phiên họp giải trình", None, None, "Thường trực Hội đồng nhân dân xã")]),
    ("Hội nghị thông qua Quy chế làm việc của Ủy ban MTTQ Việt Nam huyện Cam Lâm nhiệm kỳ 2019 - 2024 với 5 "
     "chương và 15 điều.",
     [("Quy chế làm việc của Ủy ban MTTQ Việt Nam huyện Cam Lâm nhiệm kỳ 2019 - 2024", None, None, None)]),
    # a lower-case plan passed on is one document when its name says the part of the year it is
    # for, as when it says the year
    ("Hội nghị cũng đã thông qua chương trình công tác 6 tháng cuối năm và phân công nhiệm vụ.",
     [("Chương trình công tác 6 tháng cuối năm", None, None, None)]),
    # the Party's levels listed in a name ("Đại hội đảng bộ, chi bộ trực thuộc …")
    ("Đồng chí Trưởng Ban Xây dựng Đảng quán triệt Kế hoạch tổ chức Đại hội đảng bộ, chi bộ trực thuộc tiến tới "
     "Đại hội đại biểu Đảng bộ phường lần thứ I. Theo đó, các chi bộ tăng cường tuyên truyền.",
     [("Kế hoạch tổ chức Đại hội Đảng bộ, chi bộ trực thuộc tiến tới Đại hội đại biểu Đảng bộ phường lần thứ I",
       None, None, None)]),
    # a "về" inside the quoted name is the name's, not what the document is about
    ("Quán triệt Nghị quyết Trung ương khóa XI “Một số vấn đề cấp bách về xây dựng Đảng hiện nay”.",
     [("Nghị quyết Trung ương khóa XI “Một số vấn đề cấp bách về xây dựng Đảng hiện nay”", None, None, None)]),
    # ... or with the time the work on it covers ("từ đầu nhiệm kỳ đến nay")
    ("Kết quả thực hiện Nghị quyết Đại hội lần thứ XVII Đảng bộ thành phố Hà Nội từ đầu nhiệm kỳ đến nay.",
     [("Nghị quyết Đại hội lần thứ XVII Đảng bộ thành phố Hà Nội", None, None, None)]),
    # a bill revising a law is named so ("Luật Đất đai (sửa đổi)"); a charter's revision is no part of its name
    ("Hội nghị lấy ý kiến về Dự thảo Luật Đất đai (sửa đổi). Đại hội góp ý Điều lệ Hội Nông dân Việt Nam (sửa đổi, "
     "bổ sung).",
     [("Luật Đất đai (sửa đổi)", None, None, None), ("Điều lệ Hội Nông dân Việt Nam", None, None, None)]),
    # a national target programme is named by what it is about ("… về xây dựng nông thôn mới")
    ("Giám sát việc thực hiện Chương trình mục tiêu Quốc gia về xây dựng Nông thôn mới trên địa bàn huyện.",
     [("Chương trình mục tiêu Quốc gia về xây dựng Nông thôn mới", None, None, None)]),
    # a kind of document pointed back to ("Kế hoạch hành động này") names none; "yêu cầu" (requires) is its verb
    ("Các cấp triển khai Kế hoạch hành động này đến cán bộ. Kế hoạch yêu cầu các cơ quan thực hiện nghiêm.", []),
    # "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số": a pair the names always hold together
    ("Đảng ủy công bố Quyết định kiện toàn Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển "
     "đổi số xã Ia Ko.",
     [("Quyết định kiện toàn Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số xã Ia Ko",
       None, None, None)]),
    # ... or with who did it ("do <a person or body> …")
    ("Đoàn kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở do Chủ tịch Ủy ban MTTQ Việt Nam thành phố Ngô "
     "Xuân Thắng làm trưởng đoàn có buổi kiểm tra tại phường.",
     [("Quy chế dân chủ ở cơ sở", None, None, None)]),
    ("Các đại biểu thống nhất Chương trình phối hợp và thống nhất hành động năm 2017 gồm 5 nhiệm vụ trọng tâm.",
     [("Chương trình phối hợp và thống nhất hành động năm 2017", None, None, None)]),
    # ... or with "nhất là" (above all) and what comes first; "luôn" (always) says how it was done
    ("Các cấp xây dựng Chương trình phối hợp và thống nhất hành động năm 2023 nhất là công tác tuyên truyền.",
     [("Chương trình phối hợp và thống nhất hành động năm 2023", None, None, None)]),
    ("Quá trình lãnh đạo, triển khai thực hiện Nghị quyết luôn linh hoạt, bám sát thực tiễn.", []),
    # ... or with what all of it did ("đều đạt …"), or at the next draft put to the meeting
    ("Kết quả thực hiện Nghị quyết Đại hội đại biểu Phụ nữ Phường 15 lần thứ XII nhiệm kỳ 2016-2021 đều đạt và "
     "vượt chỉ tiêu.",
     [("Nghị quyết Đại hội đại biểu Phụ nữ Phường 15 lần thứ XII nhiệm kỳ 2016-2021", None, None, None)]),
    ("Hội nghị góp ý Điều lệ MTTQ Việt Nam và dự thảo báo cáo chính trị Đại hội MTTQ Việt Nam huyện.",
     [("Điều lệ MTTQ Việt Nam", None, None, None)]),
    # ... or with what came of it ("qua đó"); a "và" before such words joined the clauses
    ("Nhân dân thực hiện chương trình mục tiêu quốc gia xây dựng Nông thôn mới qua đó đời sống của nhân dân được "
     "nâng cao.", [("Chương trình mục tiêu quốc gia xây dựng Nông thôn mới", None, None, None)]),
    ("Đảng bộ và nhân dân xã đã thực hiện hiệu quả Nghị quyết Đại hội và đạt được nhiều thành tựu.",
     [("Nghị quyết Đại hội", None, None, None)]),
    # a document standing for years under one name (lexicon standing_documents): the year,
    # period or place of the work after it is not part of its name; a national programme keeps
    # a period it is named by
    ("Hội nghị tổng kết công tác dân vận và thực hiện Quy chế dân chủ năm 2020; triển khai nhiệm vụ năm 2021.",
     [("Quy chế dân chủ", None, None, None)]),
    ("Thị xã sơ kết công tác dân vận và thực hiện Quy chế dân chủ cơ sở 6 tháng đầu năm.",
     [("Quy chế dân chủ cơ sở", None, None, None)]),
    ("Mặt trận giám sát việc thực hiện Quy chế dân chủ ở cơ sở trên địa bàn giai đoạn 2016 - 2020.",
     [("Quy chế dân chủ ở cơ sở", None, None, None)]),
    ("Huyện triển khai Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2022 trên địa bàn huyện.",
     [("Chương trình mục tiêu quốc gia giảm nghèo bền vững", None, None, None)]),
    ("Huyện triển khai Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu "
     "số và miền núi giai đoạn 2021 - 2030.",
     [("Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi "
       "giai đoạn 2021 - 2030", None, None, None)]),
    # a quoted subject after "về" is part of the name, with the period after it; a plenum's
    # resolution still ends with the plenum
    ("Hội nghị tổng kết Chương trình phối hợp giữa Đoàn thanh niên và Hội Cựu chiến binh quận về “Tăng cường "
     "bồi dưỡng lý tưởng cách mạng” giai đoạn 2018 – 2022 và ký kết kế hoạch mới.",
     [("Chương trình phối hợp giữa Đoàn Thanh niên và Hội Cựu chiến binh quận về “Tăng cường bồi dưỡng lý tưởng "
       "cách mạng” giai đoạn 2018 – 2022", None, None, None)]),
    ("Hội nghị học tập Nghị quyết Trung ương 8 khóa XI về “Chiến lược bảo vệ Tổ quốc trong tình hình mới”.",
     [("Nghị quyết Trung ương 8 khóa XI", None, None, None)]),
    # … and with whom it was passed on to ("đến tất cả cán bộ …"), not a period's end ("đến năm 2030")
    ("Hội nghị đã triển khai Chương trình hành động của Ban Chấp hành Liên đoàn Lao động huyện Cờ Đỏ đến tất cả "
     "cán bộ Công đoàn chủ chốt.",
     [("Chương trình hành động của Ban Chấp hành Liên đoàn Lao động huyện Cờ Đỏ", None, None, None)]),
    ("Hội nghị quán triệt Đề án phát triển du lịch giai đoạn 2021 - 2025, định hướng đến năm 2030 đến toàn thể "
     "cán bộ, đảng viên.",
     [("Đề án phát triển du lịch giai đoạn 2021 - 2025, định hướng đến năm 2030", None, None, None)]),
    # in a name, a listed lower-case type begins the next document
    ("Hội nghị triển khai Luật Thực hiện dân chủ ở cơ sở và kế hoạch thi hành Luật Thực hiện dân chủ ở cơ sở.",
     [("Luật Thực hiện dân chủ ở cơ sở", None, None, None),
      ("Kế hoạch thi hành Luật Thực hiện dân chủ ở cơ sở", None, None, None)]),
    # generic plurals, common nouns and reports are not documents
    ("Ban Thường trực đã ban hành các văn bản là Chương trình, kế hoạch, hướng dẫn để cụ thể hóa.", []),
    ("Nguyễn Hữu Lạc trình bày Báo cáo sơ kết công tác thi đua; Theo kế hoạch, thời gian tổ chức.", []),
    ("MTTQ phường tham gia góp ý vào 187 các dự thảo Luật, nghị quyết, đề án.", []),
    # what a draft law deals with is not its name
    ("Nêu rõ nội dung lấy ý kiến trong dự thảo Luật về phạm vi, đối tượng điều chỉnh, bố cục dự thảo.", []),
    # a kind of document a body keeps, named with nothing of its own: no one document
    ("Hai bên thống nhất Chương trình phối hợp; Hội nghị thông qua Nghị quyết Hội nghị và Điều lệ Hội.", []),
    ("Việc sắp xếp gắn với tinh thần các Nghị quyết Trung ương về xây dựng Đảng và hệ thống chính trị.", []),
    ("Các đại biểu nhất trí với dự thảo Nghị quyết liên tịch; dự thảo gồm 5 chương.", []),
    # a type and a word pointing elsewhere in the text ("sau", "này") name no document
    ("Kỳ họp đã biểu quyết thông qua các Nghị quyết sau: Nghị quyết về dự toán ngân sách năm 2024.",
     [("Nghị quyết về dự toán ngân sách năm 2024", None, None, None)]),
    ("Kế hoạch này được triển khai đến các chi bộ.", []),
    ("Chi bộ quán triệt Nghị quyết cấp trên và Nghị quyết Đại hội Đảng bộ đến toàn thể đảng viên.", []),
    # a pair the documents name together goes on after its comma ("thu, chi ngân sách"); an
    # abbreviation is spelled out ("ANQP", "TNTG")
    ("Kỳ họp thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội, ANQP 6 tháng cuối năm 2018 và Nghị "
     "quyết phê chuẩn quyết toán thu, chi ngân sách địa phương năm 2017.",
     [("Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội, an ninh quốc phòng 6 tháng cuối năm 2018", None, None, None),
      ("Nghị quyết phê chuẩn quyết toán thu, chi ngân sách địa phương năm 2017", None, None, None)]),
    ("Hội nghị tuyên truyền Luật TNTG cho chức sắc tôn giáo.", [("Luật tín ngưỡng, tôn giáo", None, None, None)]),
    # after its term, what the sentence says was done with it is no part of the name
    ("Hội nghị quán triệt Nghị quyết Đại hội Đoàn tỉnh Vĩnh Long lần thứ I, nhiệm kỳ 2025 – 2030 tập trung phổ "
     "biến các nội dung cốt lõi.",
     [("Nghị quyết Đại hội Đoàn tỉnh Vĩnh Long lần thứ I, nhiệm kỳ 2025 – 2030", None, None, None)]),
    # "đạt kết quả": what carrying it out achieved
    ("Đảng bộ xã lãnh đạo thực hiện Nghị quyết Đại hội Đảng bộ xã Ba Nang đạt kết quả toàn diện trên các lĩnh vực.",
     [("Nghị quyết Đại hội Đảng bộ xã Ba Nang", None, None, None)]),
    # an ellipsis ends a name like a stop
    ("Hội nghị đánh giá Chương trình phát triển thanh niên giai đoạn 2012 – 2020… đồng thời thảo luận phương hướng.",
     [("Chương trình phát triển thanh niên giai đoạn 2012 – 2020", None, None, None)]),
    # the articles of a law a document details, listed over a comma
    ("Hội nghị nghe dự thảo Nghị quyết liên tịch quy định chi tiết Điều 27, Điều 34 của Luật Mặt trận Tổ quốc Việt "
     "Nam.", [("Nghị quyết liên tịch quy định chi tiết Điều 27, Điều 34 của Luật MTTQ Việt Nam", None, None, None)]),
    # … while a year or subject after it makes a name of its own (above: "… năm 2017"); a type with
    # a year alone is the year's documents of that kind
    ("Lãnh đạo HĐND thông báo tình hình thực hiện nghị quyết năm 2023; UBND thông báo tình hình kinh tế.", []),
    # notices and submissions are documents too; "thông báo" as a verb is not
    ("Thực hiện Thông báo số 12-TB/TU ngày 5/3/2024 của Tỉnh ủy, Ban Thường trực đã thông báo kết quả.",
     [("Thông báo 12", "12-TB/TU", "2024-03-05", "Tỉnh ủy")]),
    # a mark in parentheses between the type and the number ("(mật)": confidential)
    ("Đại biểu được quán triệt Hướng dẫn (mật) số 03-HD/HU ngày 16/9/2024 của Ban Thường vụ Tỉnh ủy.",
     [("Hướng dẫn 03", "03-HD/HU", "2024-09-16", "Ban Thường vụ Tỉnh ủy")]),
    # a joint document's issuers are not the body acting on it; a subject stops at a date clause
    ("Thực hiện Nghị quyết liên tịch số 09/2021/NQLT-UBTVQH-CP-ĐCTUBTWMTTQVN ngày 15/01/2021 của Ủy ban "
     "Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, sáng 16/3, BTT UBMTTQ "
     "Việt Nam huyện Cái Bè tổ chức Hội nghị hiệp thương lần thứ hai.",
     [("Nghị quyết 09", "09/2021/NQLT-UBTVQH-CP-ĐCTUBTWMTTQVN", "2021-01-15", "Ủy ban Thường vụ Quốc hội")]),
    # "kết luận" as the verb: no document
    ("Kết luận hội nghị, đồng chí Trần Quốc Bảo đề nghị các cấp ủy tiếp tục thực hiện.", []),
    # a subject runs over commas but stops where the body acting on the document begins
    ("Thực hiện Chỉ thị số 46-CT/TW ngày 16/4/2025 của Bộ Chính trị về lãnh đạo đại hội MTTQ các cấp, Ban "
     "Thường trực Ủy ban MTTQ Việt Nam phường đã ban hành Kế hoạch số 08/KH-MTTQ-BTT ngày 20/6/2025.",
     [("Chỉ thị 46", "46-CT/TW", "2025-04-16", "Bộ Chính trị"),
      ("Kế hoạch 08", "08/KH-MTTQ-BTT", "2025-06-20", "Ban Thường trực Ủy ban MTTQ Việt Nam phường")]),
    # pages pad the words of a type with spaces
    ("Ủy ban MTTQ tỉnh triển khai quyết định số 217 của Bộ Chính trị và Thông  tri 28  của Trung ương MTTQ.",
     # (the issuer "Trung ương MTTQ" is the Front's Central Committee, spelled out)
     [("Quyết định 217", None, None, "Bộ Chính trị"), ("Thông tri 28", None, None, "Ủy ban Trung ương MTTQ Việt Nam")]),
    # a comma inside a pair the Front's documents name together continues the name
    ("Ủy ban MTTQ tỉnh đã quán triệt Chương trình phối hợp, thống nhất hành động năm 2017 cho cán bộ.",
     [("Chương trình phối hợp, thống nhất hành động năm 2017", None, None, None)]),
    # a bare "của Đảng" ends a Party congress's name; it is no issuer (a plenum's name ends with
    # its term, in numerals or figures)
    ("Hội nghị quán triệt Nghị quyết Đại hội lần thứ XII của Đảng và Nghị quyết Trung ương 4 khóa 12 của Đảng.",
     [("Nghị quyết Đại hội lần thứ XII của Đảng", None, None, None),
      ("Nghị quyết Trung ương 4 khóa 12", None, None, None)]),
    # an issuer ends where a quoted subject opens with "về" (found probing fresh pages)
    ("Ngày 9/7/2024, Huyện uỷ Vĩnh Linh quán triệt Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị “về chuẩn "
     "mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới”.",
     [("Quy định 144", "144-QĐ/TW", "2024-05-09", "Bộ Chính trị")]),
    # … and where a quoted title opens, but for a campaign's quoted name, which is the body's
    ("Quán triệt Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương “Một số vấn đề về tiếp tục "
     "đổi mới, sắp xếp tổ chức bộ máy”.",
     [("Nghị quyết 18", "18-NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương")]),
    ("Thực hiện Kế hoạch số 12 của Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh, Ủy "
     "ban MTTQ huyện tổ chức hội nghị.",
     [("Kế hoạch 12", None, None, "Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh")]),
    # … and before what the document itself does ("… của Chính phủ quy định chi tiết …")
    ("Tuyên truyền Nghị định số 15/2014/NĐ-CP ngày 27 tháng 02 năm 2014 của Chính phủ quy định chi tiết một số điều "
     "của Luật Hòa giải ở cơ sở.",
     [("Nghị định 15", "15/2014/NĐ-CP", "2014-02-27", "Chính phủ")]),
    # numbers joined by "và" share a symbol typed after an en dash; an issuer ends before "như"
    ("Thực hiện Quyết định số 2174 và 2175 – NQ/QU ngày 19/12/2018 của Quận ủy Ba Đình về việc chuẩn y kết nạp.",
     [("Quyết định 2174", None, "2018-12-19", "Quận ủy Ba Đình"), ("Quyết định 2175", "2175-NQ/QU", "2018-12-19",
                                                                  "Quận ủy Ba Đình")]),
    ("Việc lấy ý kiến theo đúng các quy định tại Nghị quyết số 1186/2021/UBTVQH14 ngày 11/01/2021 của Ủy ban Thường "
     "vụ Quốc hội như: đảm bảo số lượng cử tri.",
     [("Nghị quyết 1186", "1186/2021/UBTVQH14", "2021-01-11", "Ủy ban Thường vụ Quốc hội")]),
    # "vừa được … ban hành" after a name says what became of it
    ("Các cấp ủy phải đi đầu trong việc thực hiện Đề án chuyển đổi số vừa được Ban Bí thư ban hành.",
     [("Đề án chuyển đổi số", None, None, None)]),
    # a law named after the article of it cited ("Điều 79 Luật …": no count of laws); "đúng kế
    # hoạch" after a name says how it was carried out
    ("Thường trực HĐND huyện họp theo quy định tại Điều 79 Luật tổ chức chính quyền địa phương.",
     [("Luật tổ chức chính quyền địa phương", None, None, None)]),
    ("Ủy ban MTTQ các cấp triển khai thực hiện Chương trình phối hợp và thống nhất hành động đúng kế hoạch: tổ chức "
     "tuyên truyền.", [("Chương trình phối hợp và thống nhất hành động", None, None, None)]),
    # "của" inside a quoted name is part of it, not its issuer
    ("Cán bộ tiếp tục thực hiện Đề án “Đổi mới công tác thông tin, tuyên truyền của MTTQ Việt Nam” và đổi mới "
     "công tác tôn giáo.",
     [("Đề án “Đổi mới công tác thông tin, tuyên truyền của MTTQ Việt Nam”", None, None, None)]),
    # a lower-case type passed on or issued, its name giving its year, is a document of that year;
    # the year ends the name where the sentence goes on ("và đón nhận …")
    ("Ngày 27/12, Ủy ban MTTQ tỉnh Kon Tum tổ chức Hội nghị giao ban và triển khai chương trình công "
     "tác Mặt trận năm 2018.",
     [("Chương trình công tác Mặt trận năm 2018", None, None, None)]),
    ("Hội nghị nhằm tổng kết công tác mặt trận năm 2014, triển khai chương trình phối hợp thống nhất hành "
     "động năm 2015 và đón nhận Huân chương Lao động hạng Nhất.",
     [("Chương trình phối hợp thống nhất hành động năm 2015", None, None, None)]),
    # or its term, or the document it carries out when that is named as one
    ("Hội nghị thống nhất và quán triệt chương trình hành động của MTTQ tỉnh nhiệm kỳ 2024-2029.",
     [("Chương trình hành động của MTTQ tỉnh nhiệm kỳ 2024-2029", None, None, None)]),
    ("Hội nghị đã quán triệt chương trình hành động của MTTQ thực hiện Nghị quyết Trung ương 4 (khóa 12) "
     "của Đảng; triển khai thực hiện cuộc vận động.",
     [("Chương trình hành động của MTTQ thực hiện Nghị quyết Trung ương 4 khóa 12 của Đảng", None, None, None),
      ("Nghị quyết Trung ương 4 khóa 12", None, None, None)]),
    ("MTTQ các cấp cần chú trọng xây dựng chương trình hành động thực hiện nghị quyết đại hội đảng bộ các cấp.",
     [("Nghị quyết đại hội Đảng bộ các cấp", None, None, None)]),
    # a lower-case type after how well it was carried out ("thực hiện thắng lợi", "triển khai có
    # hiệu quả") is a document, as after "thực hiện" alone
    ("Hội viên tích cực thi đua, thực hiện thắng lợi nghị quyết đại hội đại biểu phụ nữ tỉnh lần thứ 12.",
     [("Nghị quyết đại hội đại biểu phụ nữ tỉnh lần thứ 12", None, None, None)]),
    # a bare number that counts what follows is no document number
    ("Tại hội nghị, Ủy ban Trung ương MTTQ Việt Nam đã triển khai hướng dẫn 5 nội dung trọng tâm về "
     "Chương trình phối hợp và thống nhất hành động năm 2022.",
     [("Chương trình phối hợp và thống nhất hành động năm 2022", None, None, None)]),
    ("Hội nghị quán triệt Hướng dẫn 5 về công tác tổ chức Đại hội.", [("Hướng dẫn 5", None, None, None)]),
    ("Mỗi năm có gần 59 nghìn hộ sản xuất giỏi; hướng dẫn 107 mô hình kinh tế có hiệu quả.", []),
    # ... a share of the things counted ("23/23 cơ sở"), people counted
    ("Ủy ban MTTQ phường đã tuyên truyền và hướng dẫn 23/23 cơ sở tôn giáo thực hiện Chỉ thị số 19-CT/TW.",
     [("Chỉ thị 19", "19-CT/TW", None, "Ban Bí thư Trung ương Đảng")]),
    # a lower-case type, a qualifier, then a number with its symbol
    ("Hai địa phương đẩy mạnh triển khai chương trình phối hợp số 09/Ctr-BCA-MTTW trong xây dựng phong trào.",
     [("Chương trình 09", "09/Ctr-BCA-MTTW", None, None)]),
    # a treaty's protocol is no decree
    ("Hai bên tiếp tục phối hợp tuyên truyền, thực hiện Nghị định thư về đường biên giới.", []),
    ("Ủy ban nhân dân phường phối hợp hướng dẫn 14 tổ trưởng tổ dân phố tổ chức tọa đàm.", []),
    ("Hội nghị quán triệt Hướng dẫn 23/HD-MTTQ-BTT của Ban Thường trực.", [("Hướng dẫn 23", "23/HD-MTTQ-BTT", None, "Ban Thường trực")]),
    # what a name is about may list plural things and the stock pairs ("các chương trình, dự án",
    # "các phong trào thi đua …, các cuộc vận động")
    ("Hội nghị triển khai Hướng dẫn Mặt trận tham gia thực hiện các chương trình, dự án đầu tư của Nhà nước trên "
     "địa bàn cấp xã; Hướng dẫn thực hiện các phong trào thi đua yêu nước, các cuộc vận động và công tác xây dựng "
     "mô hình điểm của Mặt trận Tổ quốc các cấp.",
     [("Hướng dẫn Mặt trận tham gia thực hiện các chương trình, dự án đầu tư của Nhà nước trên địa bàn cấp xã",
       None, None, None),
      ("Hướng dẫn thực hiện các phong trào thi đua yêu nước, các cuộc vận động và công tác xây dựng mô hình điểm "
       "của MTTQ các cấp", None, None, None)]),
    # a name in straight quotes, closed by either kind, with a comma inside; the prose after it
    # ("với sự tham dự của …") is not part of it
    ("Phường 14 tổ chức hội nghị triển khai thực hiện Đề án \"Nâng cao vai trò của Nhân dân giám sát tổ chức đảng, "
     "đảng viên và hoạt động của chính quyền các cấp” giai đoạn 2021 – 2030 với sự tham dự của Thường trực.",
     [("Đề án \"Nâng cao vai trò của Nhân dân giám sát tổ chức đảng, đảng viên và hoạt động của chính quyền các cấp” "
       "giai đoạn 2021 – 2030", None, None, None)]),
    # a congress's number ends a name the prose goes on from; a term of office does not
    ("Hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng toàn quốc lần thứ XII và chuyên đề bồi dưỡng lý luận "
     "chính trị cho đoàn viên.", [("Nghị quyết Đại hội Đảng toàn quốc lần thứ XII", None, None, None)]),
    ("Hội nghị triển khai Kế hoạch công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các "
     "cấp nhiệm kỳ 2026–2031.",
     [("Kế hoạch công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ "
       "2026–2031", None, None, None)]),
    # a plenum's committee after a comma is part of its name; a committee acting after a
    # congress's resolution is not
    ("Ban Tổ chức Huyện ủy đã quán triệt Nghị quyết Hội nghị lần thứ 9, BCH Trung ương Đảng (khóa XI) và Kế hoạch "
     "tổ chức học tập.",
     [("Nghị quyết Hội nghị lần thứ 9, Ban Chấp hành Trung ương Đảng khóa XI", None, None, None),
      ("Kế hoạch tổ chức học tập", None, None, None)]),
    ("Thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XX, Ban Chấp hành Đảng bộ xã đã ban hành Kế hoạch số 12.",
     [("Nghị quyết Đại hội Đảng bộ xã lần thứ XX", None, None, None),
      ("Kế hoạch 12", None, None, "Ban Chấp hành Đảng bộ xã")]),
    # what a resolution is made into ends its name ("cụ thể hóa Nghị quyết … thành chương trình")
    ("Hội nghị đã cụ thể hóa Nghị quyết Đại hội Đảng bộ huyện Gia Lâm lần thứ XXII, nhiệm kỳ 2020 - 2025 thành "
     "chương trình công tác.",
     [("Nghị quyết Đại hội Đảng bộ huyện Gia Lâm lần thứ XXII, nhiệm kỳ 2020 - 2025", None, None, None)]),
    # a draft of the next document, listed with "và dự thảo", begins another; a type word for
    # the one already named ("Chỉ thị với …", "Chỉ thị này") names none
    ("Đại hội đã đánh giá kết quả thực hiện Chương trình hành động nhiệm kỳ 2014 – 2019  và dự thảo Chương trình "
     "hành động nhiệm kỳ 2019 – 2024.",
     [("Chương trình hành động nhiệm kỳ 2014 – 2019", None, None, None),
      ("Chương trình hành động nhiệm kỳ 2019 – 2024", None, None, None)]),
    ("Các cấp ủy gắn việc thực hiện Chỉ thị với giải quyết những vấn đề trọng tâm ở địa phương.", []),
    # ... nor does one the sentence goes on about ("có ý nghĩa …", "lần này …", "trong tháng …")
    ("Nghị quyết có ý nghĩa quan trọng đối với cán bộ, đảng viên.", []),
    ("Việc học tập Nghị quyết lần này Đảng ủy phường tổ chức làm 2 lớp.", []),
    ("Đảng ủy triển khai học tập Nghị quyết trong tháng 10/2020.", []),
    # what the prose says of a document ends its name: a count, what it answers, its field, what
    # it was issued with, what it focuses on, an election held with it
    ("Hội công bố Quyết định thành lập Tổ hội nghề nghiệp “Chăn nuôi bò lai sinh sản” với số lượng 10 thành viên.",
     [("Quyết định thành lập Tổ hội nghề nghiệp “Chăn nuôi bò lai sinh sản”", None, None, None)]),
    ("Đại hội đề ra Chương trình hành động của MTTQ Việt Nam tỉnh nhiệm kỳ 2024 - 2029 đáp ứng yêu cầu đổi mới.",
     [("Chương trình hành động của MTTQ Việt Nam tỉnh nhiệm kỳ 2024 - 2029", None, None, None)]),
    ("Đại hội thông qua Điều lệ Hội Hỗ trợ gia đình liệt sĩ tỉnh Bình Phước và bầu Ban Chấp hành Tỉnh Hội.",
     [("Điều lệ Hội Hỗ trợ gia đình liệt sĩ tỉnh Bình Phước", None, None, None)]),
    # one resolution of each congress a list names after "Nghị quyết"
    ("Hội nghị sơ kết thực hiện Nghị quyết Đại hội IX Công đoàn tỉnh Bắc Kạn, Đại hội XII Công đoàn Việt Nam.",
     [("Nghị quyết Đại hội IX Công đoàn tỉnh Bắc Kạn", None, None, None),
      ("Nghị quyết Đại hội XII Công đoàn Việt Nam", None, None, None)]),
    ("Thi tìm hiểu Nghị quyết Đại hội Đoàn toàn quốc và Đại hội Đoàn tỉnh Bình Định nhiệm kỳ 2022- 2027; góp ý.",
     [("Nghị quyết Đại hội Đoàn toàn quốc", None, None, None),
      ("Nghị quyết Đại hội Đoàn tỉnh Bình Định nhiệm kỳ 2022- 2027", None, None, None)]),
    # "tín ngưỡng, tôn giáo", "tôn giáo, dân tộc": stock pairs a comma does not end a name on
    ("Hội nghị quán triệt Luật Tín ngưỡng, Tôn giáo cho đội ngũ cán bộ chủ chốt.",
     [("Luật Tín ngưỡng, Tôn giáo", None, None, None)]),
    # a notice of a conclusion is the conclusion; a qualifier that is no document type stays one
    ("Tiếp tục thực hiện Thông báo Kết luận số 264 của Bộ Chính trị và Nghị quyết liên tịch số 09 của Chính phủ.",
     [("Kết luận 264", None, None, "Bộ Chính trị"), ("Nghị quyết 09", None, None, "Chính phủ")]),
    # "Văn bản số …" is an official letter (Công văn) by its number; "văn bản" alone is none
    ("Thực hiện Văn bản số 750-CV/TU ngày 29/11/2022 của Ban Thường vụ Tỉnh ủy, các văn bản chỉ đạo của tỉnh.",
     [("Công văn 750", "750-CV/TU", "2022-11-29", "Ban Thường vụ Tỉnh ủy")]),
    # a revision under way, in brackets, is no part of the name (the list's comma cutting it or not)
    ("Báo cáo tổng hợp ý kiến đóng góp vào dự thảo Điều lệ Hội Nông dân Việt Nam (sửa đổi, bổ sung); Báo cáo "
     "kiểm điểm của Ban Chấp hành.", [("Điều lệ Hội Nông dân Việt Nam", None, None, None)]),
    ("Đại hội thảo luận Điều lệ Hội Liên hiệp Phụ nữ Việt Nam (sửa đổi) và bầu Ban Chấp hành.",
     [("Điều lệ Hội Liên hiệp Phụ nữ Việt Nam", None, None, None)]),
    # an event the lexicon names with a type word ("Chương trình văn nghệ") is no document
    ("Tối qua diễn ra Chương trình văn nghệ chào mừng Đại hội đại biểu MTTQ Việt Nam tỉnh.", []),
    # what the sentence says of a document after its subject is no part of its name
    ("Việc ban hành Nghị quyết về một số biện pháp đảm bảo thực hiện dân chủ ở cơ sở trên địa bàn tỉnh giai đoạn "
     "2023 - 2030 là cần thiết, nhằm thực hiện tốt.",
     [("Nghị quyết về một số biện pháp đảm bảo thực hiện dân chủ ở cơ sở trên địa bàn tỉnh giai đoạn 2023 - 2030",
       None, None, None)]),
    # "NQ" before a number is Nghị quyết, as its symbol's type part says; "NQ" alone names none
    ("Tại hội nghị, 300 đại biểu đã được quán triệt NQ số 33-NQ/TW ngày 9/6/2014 của BCH TW Đảng.",
     [("Nghị quyết 33", "33-NQ/TW", "2014-06-09", "Ban Chấp hành Trung ương Đảng")]),
    ("Hội nghị bàn việc ra NQ cho năm tới.", []),
    # a type that is also a verb, in lower case before lower-case words, is the verb
    ("Đại hội đánh giá kết quả thực hiện Nghị quyết Đại hội Đoàn phường khoá XII; quyết định mục tiêu, nhiệm vụ, "
     "giải pháp công tác Đoàn khoá XIII.", [("Nghị quyết Đại hội Đoàn phường khóa XII", None, None, None)]),
    # ... but after a verb handing a decision over ("công bố", "đọc", "ra", "thông qua") it is the
    # decision, whatever it decides; "Hội nghị quyết định thành lập …" is the verb
    ("Hội nghị đã công bố quyết định thành lập Ủy ban MTTQ xã Tứ Kỳ gồm 124 ủy viên.",
     [("Quyết định thành lập Ủy ban MTTQ Việt Nam xã Tứ Kỳ", None, None, None)]),
    ("Ban Thường vụ Thành ủy công bố quyết định chỉ định Ban Chấp hành Đảng bộ phường Thủ Dầu Một gồm 33 đồng chí.",
     [("Quyết định chỉ định Ban Chấp hành Đảng bộ phường Thủ Dầu Một", None, None, None)]),
    ("Đồng chí Chỉ huy trưởng Ban Chỉ huy quân sự xã đã công bố quyết định giao chỉ tiêu giao quân năm 2024.",
     [("Quyết định giao chỉ tiêu giao quân năm 2024", None, None, None)]),
    # a subject ends where a clause of its own begins: its subject, then a tense word
    ("Hội nghị đã thông qua quyết định về công tác tổ chức cán bộ, hội nghị cũng đã thông qua chương trình "
     "công tác 6 tháng cuối năm.",
     [("Quyết định về công tác tổ chức cán bộ", None, None, None),
      ("Chương trình công tác 6 tháng cuối năm", None, None, None)]),
    # … listing the bodies it sets up, each opening with the first one's head
    ("Hội nghị đã công bố Quyết định thành lập tiểu ban tuyên truyền, tiểu ban cử tri và khiếu nại tố cáo, "
     "tiểu ban bảo vệ và tổ thư ký.",
     [("Quyết định thành lập tiểu ban tuyên truyền, tiểu ban cử tri và khiếu nại tố cáo, tiểu ban bảo vệ và tổ "
       "thư ký", None, None, None)]),
    ("Hội nghị quyết định thành lập Ban Chỉ đạo Đại hội.", []),
    ("Kết luận Hội nghị, đồng chí Trần Thị Phương Mai đề nghị các cơ sở Hội tiếp tục đổi mới.", []),
    # "Nghị quyết trước khi trình …": the one being discussed, said again with what happens to it
    ("Đại biểu góp ý vào dự thảo Nghị quyết trước khi trình Hội đồng nhân dân huyện.", []),
    ("Đồng chí Bí thư trao quyết định tặng nhà Đại đoàn kết cho hộ nghèo.", []),
    # "CNTT" spelled out in a name
    ("Hội nghị phản biện Đề án phát triển ứng dụng CNTT huyện Thăng Bình giai đoạn 2023-2025.",
     [("Đề án phát triển ứng dụng công nghệ thông tin huyện Thăng Bình giai đoạn 2023-2025", None, None, None)]),
    ("Hội nghị triển khai Kế hoạch tổ chức Đại hội đại biểu các DTTS tỉnh Đắk Nông lần thứ III năm 2019.",
     [("Kế hoạch tổ chức Đại hội đại biểu các dân tộc thiểu số tỉnh Đắk Nông lần thứ III năm 2019", None, None, None)]),
    # "ĐH" before the congress's body is "Đại hội"
    ("Hội nghị triển khai các Chuyên đề Nghị quyết ĐH Đảng bộ tỉnh Quảng Nam lần thứ XXI, nhiệm kỳ 2015-2020.",
     [("Nghị quyết Đại hội Đảng bộ tỉnh Quảng Nam lần thứ XXI, nhiệm kỳ 2015-2020", None, None, None)]),
    # who presented or issued it ends the name ("do <body> trình bày"); a cause does not
    ("Hội nghị nghe Kế hoạch biên soạn kỷ yếu lịch sử Đảng bộ thị xã Hồng Lĩnh do Ban Tuyên giáo Thị uỷ trình bày.",
     [("Kế hoạch biên soạn kỷ yếu lịch sử Đảng bộ thị xã Hồng Lĩnh", None, None, None)]),
    # the next sentence glued on without a space ends the name; "Luật gia", "Luật sư" are people
    ("Hội nghị triển khai Luật Tổ chức chính quyền địa phươngThông báo của Thường trực Hội đồng nhân dân xã.",
     [("Luật Tổ chức chính quyền địa phương", None, None, None)]),
    ("Hội nghị thành lập Hội Luật gia huyện Xuân Lộc và Đoàn Luật sư tỉnh.", []),
    # a stop typed twice and glued to the next sentence ends the name without its dots
    ("Hội nghị thông qua Chương trình công tác của Ủy ban MTTQ Việt Nam xã trong 6 tháng cuối năm 2025..Nhân dịp "
     "này, hội nghị được nghe báo cáo.",
     [("Chương trình công tác của Ủy ban MTTQ Việt Nam xã trong 6 tháng cuối năm 2025", None, None, None)]),
    # a plan's outlook after its period is part of its name, with or without "năm"
    ("Hội nghị phản biện Kế hoạch thực hiện Chiến lược công tác dân tộc giai đoạn 2021 - 2030, tầm nhìn 2045.",
     [("Kế hoạch thực hiện Chiến lược công tác dân tộc giai đoạn 2021 - 2030, tầm nhìn 2045", None, None, None)]),
    ("Đoàn viên hưởng ứng Đề án trồng 1 tỷ cây xanh do Thủ tướng Chính phủ phê duyệt.",
     [("Đề án trồng 1 tỷ cây xanh", None, None, None)]),
    ("Hội nghị triển khai Kế hoạch phòng, chống dịch bệnh do vi rút Corona gây ra.",
     [("Kế hoạch phòng, chống dịch bệnh do vi rút Corona gây ra", None, None, None)]),
    # ... or a span of time, after the type or a kind of it; a date after the number is the document's
    ("Hội nghị triển khai chương trình hành động 6 tháng cuối năm 2022.", []),
    ("Hội nghị đã sơ kết Kế hoạch 5 năm thực hiện Chỉ thị 05.", [("Chỉ thị 05", None, None, None)]),
    ("Hội nghị quán triệt Quyết định 217 ngày 12/12/2013 của Bộ Chính trị.",
     [("Quyết định 217", None, "2013-12-12", "Bộ Chính trị")]),
    # a notice or a submission is a policy document only with its number
    ("Đồng chí Lê Đức Kỳ đã trình bày Thông báo kết quả hoạt động của Mặt trận Tổ quốc tham gia xây dựng "
     "chính quyền.", []),
    ("Tỉnh ủy đã ban hành Thông báo số 125-TB/TU ngày 3/5/2023 về kết luận của Thường trực Tỉnh ủy.",
     [("Thông báo 125", "125-TB/TU", "2023-05-03", "Tỉnh ủy")]),
    # a programme carrying out the document just named ("thực hiện Nghị quyết", no name of its
    # own) is that document's, not another
    ("Quán triệt Nghị quyết Đại hội đại biểu MTTQ Việt Nam tỉnh nhiệm kỳ 2025 - 2030 và chương trình hành "
     "động thực hiện Nghị quyết.",
     [("Nghị quyết Đại hội đại biểu MTTQ Việt Nam tỉnh nhiệm kỳ 2025 - 2030", None, None, None)]),
    # a draft put to a meeting in lower case, named with its term, is one document too
    ("Đại hội đã thông qua dự thảo quy chế làm việc của Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau lần "
     "thứ I, nhiệm kỳ 2025 - 2030.",
     [("Quy chế làm việc của Đại hội đại biểu MTTQ Việt Nam tỉnh Cà Mau lần thứ I, nhiệm kỳ 2025 - 2030",
       None, None, None)]),
    ("Hội nghị thống nhất về quy chế làm việc của UBMTTQ Việt Nam huyện Cam Lâm nhiệm kỳ 2019 - 2024.",
     [("Quy chế làm việc của Ủy ban MTTQ Việt Nam huyện Cam Lâm nhiệm kỳ 2019 - 2024", None, None, None)]),
    # without its year it is the common noun; a type that is also a verb is the act
    ("Ủy ban MTTQ xã triển khai kế hoạch tuyên truyền đến các khu dân cư.", []),
    ("Ban Thường trực triển khai hướng dẫn tổ chức Ngày hội năm 2023 đến các khu dân cư.", []),
    # a programme before an event's name is its agenda; the congress's rules are a document
    ("Đại hội đã thông qua Chương trình Đại hội đại biểu Đảng bộ xã Thạnh Mỹ Tây lần thứ I và Quy chế làm "
     "việc của Đại hội.", [("Quy chế làm việc của Đại hội đại biểu Đảng bộ xã Thạnh Mỹ Tây lần thứ I", None, None, None)]),
    # the kind of document a body keeps, or a count of them, is no one document
    ("Đại hội đã thông qua Chương trình hành động và Chương trình giám sát.", []),
    ("Đại hội đề ra 5 Chương trình hành động nhiệm kỳ 2019 - 2024 gồm: tuyên truyền, vận động.", []),
    # … a year before the type word is no count
    ("Ủy ban MTTQ tỉnh triển khai trong năm 2024 Chương trình phối hợp và thống nhất hành động năm 2024.",
     [("Chương trình phối hợp và thống nhất hành động năm 2024", None, None, None)]),
    ("Đại hội thông qua Chương trình hành động nhiệm kỳ 2019 - 2024 của Ủy ban MTTQ Việt Nam tỉnh.",
     [("Chương trình hành động nhiệm kỳ 2019 - 2024 của Ủy ban MTTQ Việt Nam tỉnh", None, None, None)]),
    # the issuer is part of a name without number ("của <issuer>"), unless the name's own year
    # already names it; a type with only an issuer names no one document
    ("Các tỉnh đã thực hiện tốt Chương trình phối hợp thống nhất hành động của Ủy ban Trung ương "
     "Mặt trận Tổ quốc Việt Nam đề ra.",
     [("Chương trình phối hợp thống nhất hành động của Ủy ban Trung ương MTTQ Việt Nam", None, None, None)]),
    ("Hội nghị triển khai 5 nội dung về Chương trình phối hợp và thống nhất hành động năm 2022 của Ủy ban "
     "Trung ương MTTQ Việt Nam.",
     [("Chương trình phối hợp và thống nhất hành động năm 2022", None, None, "Ủy ban Trung ương MTTQ Việt Nam")]),

    ("Các đại biểu quán triệt các Kết luận, Chỉ thị của Đảng.", []),
    # ", tiến tới …" and ", giai đoạn …" go on with the name
    ("Hội nghị thông qua kế hoạch tổ chức Đại hội đại biểu MTTQ Việt Nam các cấp, tiến tới Đại hội đại biểu "
     "MTTQ Việt Nam tỉnh Khánh Hòa lần thứ XI, nhiệm kỳ 2024-2029.",
     [("Kế hoạch tổ chức Đại hội đại biểu MTTQ Việt Nam các cấp, tiến tới Đại hội đại biểu MTTQ Việt Nam tỉnh "
       "Khánh Hòa lần thứ XI, nhiệm kỳ 2024-2029", None, None, None)]),
    ("Huyện triển khai Chương trình mục tiêu quốc gia giảm nghèo bền vững, giai đoạn 2021-2025 đến các xã.",
     [("Chương trình mục tiêu quốc gia giảm nghèo bền vững, giai đoạn 2021-2025", None, None, None)]),
    # an abbreviation glossing the name's words (their initials) goes; a name inside a body's ends
    # where that body holds an event ("… tổ chức Hội nghị …"), but "Kế hoạch tổ chức Hội nghị" is a name
    ("Chiều 5-8, Ban Chỉ đạo T.Ư thực hiện Quy chế dân chủ (QCDC) ở cơ sở tổ chức Hội nghị sơ kết việc "
     "thực hiện QCDC ở cơ sở 6 tháng đầu năm.", [("Quy chế dân chủ ở cơ sở", None, None, None)]),
    # a document as the subject of what it says ("Nghị quyết xác định rõ …") names no new one
    ("Nghị quyết xác định rõ mục tiêu phát triển Đồng Nai trong giai đoạn 2025-2030.", []),
    ("Theo đó, Nghị quyết xác định mục tiêu, quan điểm chỉ đạo trong nhiệm kỳ tới.", []),
    ("Nghị quyết Đại hội đại biểu Đảng bộ xã Hồ Vương lần thứ I xác định mục tiêu xây dựng Đảng trong sạch.",
     [("Nghị quyết Đại hội đại biểu Đảng bộ xã Hồ Vương lần thứ I", None, None, None)]),
    # "số:" before the number; a stop glued to the next sentence ends a name; BVANTQ spelled out
    ("Thực hiện Kế hoạch số: 224/KH-MTTQ-BTT, ngày 30/3/2023 của Ban Thường trực Uỷ ban MTTQ tỉnh.",
     [("Kế hoạch 224", "224/KH-MTTQ-BTT", "2023-03-30", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")]),
    ("Thực hiện Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2023 .Từ tháng 2-4/2023, các chi "
     "đoàn đã tổ chức học tập.", [("Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2023", None, None, None)]),
    ("Hội nghị triển khai Kế hoạch vận động toàn dân xây dựng phong trào BVANTQ năm 2015.",
     [("Kế hoạch vận động toàn dân xây dựng phong trào bảo vệ an ninh Tổ quốc năm 2015", None, None, None)]),
    # a type word the page was cut after names nothing
    ("Đoàn viên được học tập, quán triệt và triển khai thực hiện Nghị quyết…", []),
    # a word typed twice is once; the Youth Union's abbreviation stays as documents write it
    ("Đảng ủy phường tổ chức hội nghị quán triệt Nghị quyết Nghị quyết Đại hội đại biểu Đảng bộ Thành phố Hà Nội "
     "lần thứ XVII.", [("Nghị quyết Đại hội đại biểu Đảng bộ Thành phố Hà Nội lần thứ XVII", None, None, None)]),
    ("Hội nghị quán triệt Nghị quyết Đại hội Đại biểu toàn quốc Đoàn TNCS Hồ Chí Minh lần thứ XI.",
     [("Nghị quyết Đại hội Đại biểu toàn quốc Đoàn TNCS Hồ Chí Minh lần thứ XI", None, None, None)]),
    ("Hội nghị quán triệt Nghị quyết Đại hội Hội Nông dân tỉnh lần thứ IX.",
     [("Nghị quyết Đại hội Hội Nông dân tỉnh lần thứ IX", None, None, None)]),
    # "đạt được" is what carrying the document out achieved
    ("UBMTTQVN huyện đã tập trung triển khai thực hiện chương trình hành động của nhiệm kỳ 2014 - 2019 đạt "
     "được kết quả quan trọng.", [("Chương trình hành động của nhiệm kỳ 2014 - 2019", None, None, None)]),
    ("Hội nghị thông qua Kế hoạch tổ chức Hội nghị đại biểu nhân dân năm 2024.",
     [("Kế hoạch tổ chức Hội nghị đại biểu nhân dân năm 2024", None, None, None)]),
    # a second item the name lists before its period, and the plan's outlook after it, are the
    # name's; a second item that names a document of its own (or carries one out) is not
    ("Thực hiện Đề án phát triển kinh tế vườn, kinh tế trang trại giai đoạn 2016-2020, huyện đã hỗ trợ.",
     [("Đề án phát triển kinh tế vườn, kinh tế trang trại giai đoạn 2016-2020", None, None, None)]),
    ("Hội nghị thông qua Chương trình phát triển đô thị giai đoạn 2021 - 2025 và định hướng đến năm 2030.",
     [("Chương trình phát triển đô thị giai đoạn 2021 - 2025 và định hướng đến năm 2030", None, None, None)]),
    ("Đại hội thông qua Nghị quyết Đại hội đại biểu MTTQ tỉnh Thái Nguyên lần thứ XV, thống nhất chương trình "
     "hành động của MTTQ tỉnh Thái Nguyên nhiệm kỳ 2024-2029.",
     [("Nghị quyết Đại hội đại biểu MTTQ tỉnh Thái Nguyên lần thứ XV", None, None, None),
      ("Chương trình hành động của MTTQ tỉnh Thái Nguyên nhiệm kỳ 2024-2029", None, None, None)]),
    # a name that ends carrying out (or following) a numbered document is known by it, which
    # stays a document of its own
    ("Các tổ chức ký kết Chương trình phối hợp thực hiện việc giám sát theo Quy định số 124-QĐ/TW ngày "
     "02/02/2018 của Ban Bí thư.",
     [("Chương trình phối hợp thực hiện việc giám sát theo Quy định số 124-QĐ/TW", None, None, None),
      ("Quy định 124", "124-QĐ/TW", "2018-02-02", "Ban Bí thư")]),
    # … but the decision a rule came with ("ban hành kèm theo") is not its name
    ("Hội nghị phản biện dự thảo Quy định về hoạt động phản biện xã hội của Mặt trận huyện ban hành kèm theo "
     "Quyết định số 107-QĐ/HU.",
     [("Quy định về hoạt động phản biện xã hội của Mặt trận huyện", None, None, None),
      ("Quyết định 107", "107-QĐ/HU", None, "Huyện ủy")]),
    # a full term's programme, named with nothing of its own, is no one document
    ("Đại hội thông qua Chương trình hành động toàn khóa.", []),
    # a comma inside the list of the bodies a name is of, or of the unit levels it is for, is the
    # name's; a body after a complete one begins the sentence's clause
    ("Hội nghị thông qua dự thảo Quy chế làm việc của Ủy ban, Ban Thường trực Ủy ban MTTQ xã.",
     [("Quy chế làm việc của Ủy ban, Ban Thường trực Ủy ban MTTQ Việt Nam xã", None, None, None)]),
    ("Hội nghị thông qua Quy chế làm việc của Ban Chấp hành, Ban Thường vụ và Thường trực Hội Liên hiệp Phụ nữ "
     "tỉnh khóa I.",
     [("Quy chế làm việc của Ban Chấp hành, Ban Thường vụ và Thường trực Hội Liên hiệp Phụ nữ tỉnh khóa I",
       None, None, None)]),
    # ... and a comma between the parts of the one body each item names again
    ("Kỳ họp thông qua Nghị quyết ban hành Quy chế làm việc của Hội đồng nhân dân, Thường trực Hội đồng nhân "
     "dân, các Ban của Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân phường khóa III, nhiệm kỳ 2021-2026.",
     [("Nghị quyết ban hành Quy chế làm việc của Hội đồng nhân dân, Thường trực Hội đồng nhân dân, các Ban của "
       "Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân phường khóa III, nhiệm kỳ 2021-2026", None, None, None)]),
    # ... and a comma between the bodies and posts a decision sets up or names people to
    ("Hội nghị công bố Quyết định chỉ định 25 đồng chí tham gia Ban Chấp hành, Ban Thường vụ, giữ chức danh Bí "
     "thư, Phó Bí thư và Ủy ban Kiểm tra.",
     [("Quyết định chỉ định 25 đồng chí tham gia Ban Chấp hành, Ban Thường vụ, giữ chức danh Bí thư, Phó Bí thư "
       "và Ủy ban Kiểm tra", None, None, None)]),
    ("Đồng chí An công bố Quyết định thành lập Ban Chỉ đạo, Ban Tổ chức Ngày hội, đồng thời giao nhiệm vụ.",
     [("Quyết định thành lập Ban Chỉ đạo, Ban Tổ chức Ngày hội", None, None, None)]),
    ("Hội nghị triển khai Kế hoạch lấy ý kiến cử tri và họp HĐND xã, phường, thị xã.",
     [("Kế hoạch lấy ý kiến cử tri và họp Hội đồng nhân dân xã, phường, thị xã", None, None, None)]),
    ("Thực hiện Quy chế phối hợp của Ủy ban nhân dân tỉnh, Ủy ban MTTQ tỉnh đã tổ chức hội nghị.",
     [("Quy chế phối hợp của Ủy ban nhân dân tỉnh", None, None, None)]),
    # "báo cáo" a numbered document presents it; "báo cáo kết luận" alone is a report
    ("Các đại biểu được nghe báo cáo Kết luận số 14, ngày 22/9/2021 của Bộ Chính trị về chủ trương khuyến khích.",
     [("Kết luận 14", None, "2021-09-22", "Bộ Chính trị")]),
    ("Đồng chí Lê Văn An báo cáo kết luận của Hội nghị Trung ương 4.", []),
    # stock pairs ("vận động, giám sát", "sản xuất, kinh doanh") stay in a name; who signed it
    # ("giữa …") after its period does not
    ("Các bên ký kết Chương trình phối hợp vận động, giám sát bảo đảm vệ sinh an toàn thực phẩm giai đoạn "
     "2016-2020 giữa Ủy ban MTTQ Việt Nam và Ủy ban nhân dân thành phố.",
     [("Chương trình phối hợp vận động, giám sát bảo đảm vệ sinh an toàn thực phẩm giai đoạn 2016-2020", None, None,
       None)]),
    ("Hội Cựu chiến binh tỉnh ban hành Kế hoạch tổ chức Đại hội Câu lạc bộ Cựu chiến binh sản xuất, kinh doanh "
     "giỏi tỉnh lần thứ II.",
     [("Kế hoạch tổ chức Đại hội Câu lạc bộ Cựu chiến binh sản xuất, kinh doanh giỏi tỉnh lần thứ II", None, None,
       "Hội Cựu chiến binh tỉnh")]),
    # a closing quote the name did not open is the sentence's; "các tỉnh" is every province
    ("Hội nghị quán triệt chương trình hành động thực hiện “Nghị quyết đại hội Đảng các cấp”, Nghị quyết Đại hội "
     "Đảng bộ các tỉnh, thành nhiệm kỳ 2020 - 2025.",
     [("Nghị quyết đại hội Đảng các cấp", None, None, None),
      ("Nghị quyết Đại hội Đảng bộ các tỉnh, thành nhiệm kỳ 2020 - 2025", None, None, None)]),
    # "Kế hoạch hóa gia đình" is family planning; "Chương trình 1:" an item of a list of programmes
    ("Bà con thực hiện tốt Kế hoạch hóa gia đình và vận động con em đến trường.", []),
    ("Chương trình 1: Nâng cao hiệu quả tuyên truyền, vận động các tầng lớp nhân dân.", []),
    ("Thực hiện Kế hoạch số 12: tổ chức tốt Đại hội.", [("Kế hoạch 12", None, None, None)]),
    # a straight quote after a word closes a name, whichever quote opened it: the documents of a
    # list whose quotes are mixed stay apart
    ('Hội nghị quán triệt Nghị quyết về “Tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân '
     'trong tình hình mới"; Nghị quyết về "Công tác dân số trong tình hình mới".',
     [("Nghị quyết về “Tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân trong tình hình mới",
       None, None, None),
      ('Nghị quyết về "Công tác dân số trong tình hình mới"', None, None, None)]),
    # a resolution named by its Party plenum or congress ends with it, whatever the sentence goes on
    ("Huyện ủy tổ chức Hội nghị học tập, quán triệt Nghị quyết Trung ương 6 khóa XII của Đảng tới toàn bộ đảng "
     "viên các chi bộ.", [("Nghị quyết Trung ương 6 khóa XII", None, None, None)]),
    ("Quán triệt Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII thì Tỉnh ủy tổ chức kết nối.",
     [("Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII", None, None, None)]),
    ("Triển khai thực hiện Nghị quyết Đại hội XIII của Đảng đến cán bộ, đảng viên.",
     [("Nghị quyết Đại hội XIII của Đảng", None, None, None)]),
    # a quoted name's own "Về" after "về" is said once
    ('Quán triệt Nghị quyết về "Về công tác dân số trong tình hình mới".',
     [('Nghị quyết về "công tác dân số trong tình hình mới"', None, None, None)]),
    # "sửa đổi, bổ sung" is a stock pair
    ("Hội nghị lấy ý kiến dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013.",
     [("Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013", None, None, None)]),
    # a national target programme is one document by its kind, typed in lower case after a verb
    # passing it on
    ("Ủy ban MTTQ tỉnh tổ chức tập huấn, tuyên truyền chương trình mục tiêu quốc gia xây dựng nông thôn mới.",
     [("Chương trình mục tiêu quốc gia xây dựng nông thôn mới", None, None, None)]),
    # an issuer ends before "thực hiện" the next document; a policy document's subject carrying
    # another out names what it is about, not a document of the article (a plan's names what it
    # carries out, which is)
    ("Tiếp tục thực hiện Kế hoạch số 130-KH/TU của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 43-KL/TW, "
     "ngày 07/01/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết số 25-NQ/TW.",
     [("Kế hoạch 130", "130-KH/TU", None, "Ban Thường vụ Tỉnh ủy"),
      ("Kết luận 43", "43-KL/TW", "2019-01-07", "Ban Bí thư")]),
    ("Huyện ủy ban hành Kế hoạch số 151-KH/HU về việc thực hiện Nghị quyết số 27-NQ/TW.",
     [("Kế hoạch 151", "151-KH/HU", None, "Huyện ủy"), ("Nghị quyết 27", "27-NQ/TW", None, "Ban Chấp hành Trung ương Đảng")]),
    # found probing fresh pages: "bao gồm" ends a name as "gồm" does; a letter after the number is
    # the number's ("Nghị quyết 30a"); "tuyên truyền" after a comma goes on with a name only as the
    # second of a pair ("thông tin, tuyên truyền")
    ("Bản Quy chế phối hợp công tác trong nhiệm kỳ 2021 - 2026 bao gồm 08 nội dung.",
     [("Quy chế phối hợp công tác trong nhiệm kỳ 2021 - 2026", None, None, None)]),
    ("Hội nghị nghe báo cáo kết quả thực hiện Nghị quyết 30a 6 tháng đầu năm 2010.",
     [("Nghị quyết 30a", None, None, None)]),
    # what the sentence says of a name, or its short name, ends it (name_stops)
    ("Tỉnh đã thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ X đạt nhiều thành quả quan trọng.",
     [("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ X", None, None, None)]),
    ("UBND tỉnh ban hành Đề án phát triển du lịch trên địa bàn tỉnh Bến Tre (gọi tắt là Đề án).",
     [("Đề án phát triển du lịch trên địa bàn tỉnh Bến Tre", None, None, "Ủy ban nhân dân tỉnh")]),
    ("Ban hành Quy chế phối hợp công tác giữa các cơ quan tỉnh Đắk Lắk cụ thể như sau.",
     [("Quy chế phối hợp công tác giữa các cơ quan tỉnh Đắk Lắk", None, None, None)]),
    ("Nhiều chỉ tiêu Nghị quyết đạt cao như thu ngân sách.", []),
    # a resolution in lower case after a verb passing it on is one document when its name gives
    # the Party meeting that passed it (its term in figures too)
    ("Đảng ủy xã tổ chức hội nghị triển khai nghị quyết hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa 13.",
     [("Nghị quyết hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa 13", None, None, None)]),
    # the type abbreviated before a number ("NĐ 99/2015/NĐ-CP", "QĐ 217-QĐ/TW": numbered_variants),
    # not without one ("ký QĐ thành lập …")
    ("Căn cứ NĐ 99/2015/NĐ-CP của Chính phủ và QĐ 217-QĐ/TW của Bộ Chính trị; Chủ tịch UBND tỉnh ký QĐ "
     "thành lập Ban Chỉ đạo.",
     [("Nghị định 99", "99/2015/NĐ-CP", None, "Chính phủ"), ("Quyết định 217", "217-QĐ/TW", None, "Bộ Chính trị")]),
    ("Hội nghị triển khai Nghị quyết Đại hội MTTQ Việt Nam các cấp, tuyên truyền việc học tập và làm theo "
     "tư tưởng Hồ Chí Minh; Kế hoạch thông tin, tuyên truyền Đại hội Đảng bộ tỉnh lần thứ XX.",
     [("Nghị quyết Đại hội MTTQ Việt Nam các cấp", None, None, None),
      ("Kế hoạch thông tin, tuyên truyền Đại hội Đảng bộ tỉnh lần thứ XX", None, None, None)]),
    # the parties a document is between, listed by commas, are in its name; after the last party
    # ("… và D") a comma ends it
    ("Hội nghị triển khai Quy chế phối hợp giữa Thường trực HĐND, UBND, Ủy ban MTTQ xã và các đoàn thể.",
     [("Quy chế phối hợp giữa Thường trực Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban MTTQ Việt Nam xã "
       "và các đoàn thể", None, None, None)]),
    ("Hướng dẫn liên tịch giữa Đảng đoàn MTTQ tỉnh, Ban Tổ chức Tỉnh ủy, Sở Nội vụ được triển khai.",
     [("Hướng dẫn liên tịch giữa Đảng đoàn MTTQ tỉnh, Ban Tổ chức Tỉnh ủy, Sở Nội vụ", None, None, None)]),
    ("Ký Quy chế phối hợp giữa Hội Nông dân tỉnh và Hội Cựu chiến binh tỉnh, Ủy ban MTTQ các huyện sẽ "
     "triển khai.",
     [("Quy chế phối hợp giữa Hội Nông dân tỉnh và Hội Cựu chiến binh tỉnh", None, None, None)]),
    # a type with only its issuer (and what it is about) names no document: the annotated pages
    # are divided on such names
    ("Hội nghị quán triệt Kế hoạch của Ban Thường vụ Huyện ủy và Chỉ thị của Đảng về công tác dân vận.", []),
    # what a document is about is part of its name (not of a Party meeting's or congress's
    # resolution, known by the meeting)
    ("Hội nghị ký kết Quy chế phối hợp về giám sát công tác bồi thường, giải phóng mặt bằng.",
     [("Quy chế phối hợp về giám sát công tác bồi thường, giải phóng mặt bằng", None, None, None)]),
    ("Quán triệt Nghị quyết Trung ương 8 khóa XI về Chiến lược bảo vệ Tổ quốc trong tình hình mới.",
     [("Nghị quyết Trung ương 8 khóa XI", None, None, None)]),
    # what a document is, or what it says, is not its name; a verb that is also a type, after a
    # tense word, is the verb; a share or a count after the type is no number
    ("Các đại biểu thảo luận các dự thảo Nghị quyết trình tại kỳ họp, một Nghị quyết đặc biệt quan trọng.", []),
    ("Hội nghị quán triệt nội dung của Nghị quyết (các quan điểm chỉ đạo, mục tiêu).", []),
    ("Ban Thường trực đã Hướng dẫn các Ban Công tác Mặt trận tổ chức thành công Ngày hội.", []),
    ("Ủy ban đã hướng dẫn 100% các xã tổ chức xong; các chi bộ thực hiện đúng quy định 2 lần mỗi tháng.", []),
    # a coordination document in lower case is one when its name gives the parties it is between
    ("Hai bên tổ chức lễ ký kết chương trình phối hợp giữa Ủy ban MTTQ huyện Bảo Thắng với Công an huyện Bảo "
     "Thắng về xây dựng khu dân cư an toàn.",
     [("Chương trình phối hợp giữa Ủy ban MTTQ Việt Nam huyện Bảo Thắng với Công an huyện Bảo Thắng về xây dựng "
       "khu dân cư an toàn", None, None, None)]),
    ("Hai bên tổ chức lễ ký kết chương trình phối hợp trong năm tới.", []),
    # after a name, a year or a number, a tense word opens what the sentence says of the document
    ("Thông tri về lãnh đạo Đại hội MTTQ các cấp nhiệm kỳ 2024 - 2029 được triển khai tới các xã.",
     [("Thông tri về lãnh đạo Đại hội MTTQ các cấp nhiệm kỳ 2024 - 2029", None, None, None)]),
    ("Kế hoạch về tổ chức Tết Quân - Dân năm 2024 sẽ diễn ra tại xã Phú Tâm.",
     [("Kế hoạch về tổ chức Tết Quân - Dân năm 2024", None, None, None)]),
    # found probing fresh pages (thirty-second session): a comma inside the pairs the programmes
    # name ("nhà ở tạm, dột nát", "lễ giao, nhận quân", "kinh tế, xã hội", "tham nhũng, lãng phí,
    # tiêu cực") goes on; a quote opened and never closed does not hide the documents after it; a
    # body's yearly work programme names no document; an issuer ends before "gắn với", "phù hợp",
    # "đề ra"
    ("Hội nghị sơ kết 2 năm thực hiện Đề án xóa nhà ở tạm, dột nát cho hộ nghèo.",
     [("Đề án xóa nhà ở tạm, dột nát", None, None, None)]),
    ("Hội đồng đã họp để triển khai Kế hoạch tổ chức lễ giao, nhận quân năm 2019.",
     [("Kế hoạch tổ chức lễ giao, nhận quân năm 2019", None, None, None)]),
    ("Huyện triển khai Kế hoạch phát triển kinh tế, xã hội năm 2024.",
     [("Kế hoạch phát triển kinh tế, xã hội năm 2024", None, None, None)]),
    ("Huyện triển khai Kế hoạch phát triển kinh tế, xã hội phường Tân An.",
     [("Kế hoạch phát triển kinh tế, xã hội phường Tân An", None, None, None)]),
    ("Tỉnh triển khai Kế hoạch phòng, chống tham nhũng, lãng phí, tiêu cực năm 2024.",
     [("Kế hoạch phòng, chống tham nhũng, lãng phí, tiêu cực năm 2024", None, None, None)]),
    ("Hội nghị quán triệt Kết luận số 21-KL/TW về “Đẩy mạnh xây dựng Đảng, biểu hiện “tự diễn biến”, “tự "
     "chuyển hóa” và Kế hoạch số 03-KH/TW ngày 01/12/2021 của Bộ Chính trị.",
     [("Kết luận 21", "21-KL/TW", None, "Ban Chấp hành Trung ương Đảng"),
      ("Kế hoạch 03", "03-KH/TW", "2021-12-01", "Bộ Chính trị")]),
    ("Thực hiện chương trình công tác năm, Đảng bộ Bệnh viện tổ chức Hội nghị quán triệt.", []),
    ("Quán triệt Chỉ thị số 03 của Bộ Chính trị gắn với cuộc vận động; Nghị quyết 41 của Bộ Chính trị phù "
     "hợp với nhiệm vụ; Nghị quyết 42-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII đề ra, cần cố gắng.",
     [("Chỉ thị 03", None, None, "Bộ Chính trị"), ("Nghị quyết 41", None, None, "Bộ Chính trị"),
      ("Nghị quyết 42", "42-NQ/TW", None, "Ban Chấp hành Trung ương Đảng khóa XIII")]),
    ("Căn cứ Nghị quyết số 120/2020/QH14 của Quốc hội phê duyệt chủ trương đầu tư Chương trình; huyện Bảo Lâm "
     "(Công văn số 293/TTg-ĐP của Thủ tướng Chính phủ), huyện Đắk Glong được hưởng các cơ chế.",
     [("Nghị quyết 120", "120/2020/QH14", None, "Quốc hội"), ("Công văn 293", "293/TTg-ĐP", None, "Thủ tướng Chính phủ")]),
    # a numbered document "gắn với" another opens the next (not an unnumbered one, which the annotated
    # pages take for the first one's subject)
    ("Việc thực hiện Chỉ thị 03 gắn với Nghị quyết Trung ương 4 (khóa XI) đã tạo được sự lan tỏa.",
     [("Chỉ thị 03", None, None, None), ("Nghị quyết Trung ương 4 khóa XI", None, None, None)]),
    ("Triển khai Chỉ thị 34-CT/TW của Bộ Chính trị gắn với Kế hoạch lắng nghe ý kiến nhân dân để xây dựng Đảng.",
     [("Chỉ thị 34", "34-CT/TW", None, "Bộ Chính trị")]),
    # "hướng dẫn 11 quần chúng": a verb and a count of people, no document
    ("Đến nay, Đảng bộ xã Vĩnh Ô đã chỉ đạo, hướng dẫn 11 quần chúng ưu tú viết hồ sơ.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_directives_of_a_sentence(text, expected):
    got = [(d.key, d.symbol, d.date, d.issuer.name if d.issuer else None) for d in run(text)]
    assert got == expected


def test_unit_words_take_the_article_locality():
    ctx = Locality("phường", "Long Xuyên")
    keys = [d.key for d in run("Bà Thúy trình bày Quy chế hoạt động của Ủy ban và Ban Thường trực MTTQ "
                               "Việt Nam phường Long Xuyên khóa I, nhiệm kỳ 2025–2030, cùng Quy chế làm "
                               "việc của Ủy ban MTTQ Việt Nam phường.", ctx=ctx)]
    assert keys == ["Quy chế hoạt động của Ủy ban và Ban Thường trực MTTQ Việt Nam phường Long Xuyên "
                    "khóa I, nhiệm kỳ 2025–2030",
                    "Quy chế làm việc của Ủy ban MTTQ Việt Nam phường Long Xuyên"]


def test_a_capitalised_unit_word_takes_the_article_locality_but_a_committee_head_does_not():
    ctx = Locality("xã", "Đức Thọ", Locality("tỉnh", "Hà Tĩnh"))
    keys = [d.key for d in run("Quán triệt Nghị quyết Đại hội đại biểu MTTQ Việt Nam Tỉnh nhiệm kỳ 2025 - 2030 "
                               "và Nghị quyết Đại hội Đảng bộ Tỉnh lần thứ XX.", ctx=ctx)]
    assert keys == ["Nghị quyết Đại hội đại biểu MTTQ Việt Nam tỉnh Hà Tĩnh nhiệm kỳ 2025 - 2030",
                    "Nghị quyết Đại hội Đảng bộ tỉnh Hà Tĩnh lần thứ XX"]
    keys = [d.key for d in run("Thực hiện Nghị quyết của Tỉnh ủy về công tác xã hội, Ủy ban MTTQ xã đã triển khai.",
                               ctx=ctx)]
    assert all("Tỉnh ủy Hà Tĩnh" not in k and "tỉnh Hà Tĩnh ủy" not in k for k in keys), keys


def test_a_level_is_no_unit_to_fill():
    # "Đoàn cấp tỉnh" is the Union at provincial level, wherever: not the article's province
    ctx = Locality("tỉnh", "Trà Vinh")
    keys = [d.key for d in run("Học tập Nghị quyết Đại hội Đoàn cấp tỉnh lần thứ XI và Nghị quyết Đại hội Đoàn "
                               "tỉnh lần thứ XI.", ctx=ctx)]
    assert keys == ["Nghị quyết Đại hội Đoàn cấp tỉnh lần thứ XI", "Nghị quyết Đại hội Đoàn tỉnh Trà Vinh lần thứ XI"]


def test_the_area_a_document_is_for_keeps_the_pages_words():
    # "trên địa bàn huyện", "của huyện": the area, as the page names it; a congress's unit is filled
    ctx = Locality("huyện", "Lâm Bình", Locality("tỉnh", "Tuyên Quang"))
    keys = [d.key for d in run("Hội nghị góp ý Kế hoạch thực hiện Chiến lược công tác dân tộc giai đoạn 2021 - 2030 "
                               "trên địa bàn huyện và Nghị quyết về phát triển du lịch của huyện giai đoạn 2021 - "
                               "2025 và Nghị quyết Đại hội Đảng bộ huyện lần thứ XX.", ctx=ctx)]
    assert keys == ["Kế hoạch thực hiện Chiến lược công tác dân tộc giai đoạn 2021 - 2030 trên địa bàn huyện",
                    "Nghị quyết về phát triển du lịch của huyện giai đoạn 2021 - 2025",
                    "Nghị quyết Đại hội Đảng bộ huyện Lâm Bình lần thứ XX"]


def test_document_carried_out_by_a_programme_is_its_own_directive_but_nested():
    text = ("Đồng chí Tú đã triển khai Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ "
            "phường Long Xuyên lần thứ I, nhiệm kỳ 2025–2030, và Nghị quyết Đại hội đại biểu MTTQ Việt "
            "Nam phường Long Xuyên khóa I, nhiệm kỳ 2025–2030.")
    ms = find_mentions(sentences(text), None)
    assert [(m.directive.key, m.nested) for m in ms] == [
        ("Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ phường Long Xuyên lần thứ I, nhiệm kỳ 2025–2030", False),
        ("Nghị quyết Đại hội Đảng bộ phường Long Xuyên lần thứ I, nhiệm kỳ 2025–2030", True),
        ("Nghị quyết Đại hội đại biểu MTTQ Việt Nam phường Long Xuyên khóa I, nhiệm kỳ 2025–2030", False)]


def test_bare_congress_is_completed_from_the_article():
    keys = [d.key for d in run(
        "Ủy ban MTTQ Việt Nam tỉnh đã họp báo cung cấp thông tin về Đại hội đại biểu MTTQ Việt Nam "
        "tỉnh Lào Cai lần thứ XVI, nhiệm kỳ 2024 - 2029.",
        "Tại buổi họp báo, đồng chí Mã Én Hằng thông tin Kế hoạch tổ chức Đại hội; kết quả nổi bật.")]
    assert keys == ["Kế hoạch tổ chức Đại hội đại biểu MTTQ Việt Nam tỉnh Lào Cai lần thứ XVI"]


@pytest.mark.parametrize("texts,keys", [
    # a congress's resolution named by its number alone is of the one body whose congresses the
    # page names (the one before the congress reported)
    (["Đảng ủy phường tổ chức hội nghị góp ý Báo cáo chính trị trình Đại hội Đảng bộ phường Sài Đồng lần thứ XI.",
      "Hội nghị đánh giá kết quả 5 năm thực hiện Nghị quyết Đại hội lần thứ X, nhiệm kỳ 2015-2020."],
     ["Nghị quyết Đại hội Đảng bộ phường Sài Đồng lần thứ X, nhiệm kỳ 2015-2020"]),
    # not when a congress of that number is another body's, nor when the body has no name
    (["Đại hội Đảng bộ thành phố Cần Thơ lần thứ XIV học tập Đại hội đại biểu toàn quốc lần thứ XIII.",
      "Đại hội quán triệt Nghị quyết Đại hội lần thứ XIII."],
     ["Nghị quyết Đại hội lần thứ XIII"]),
    (["Đại hội Đảng bộ huyện lần thứ XX tổng kết Nghị quyết Đại hội lần thứ XIX."],
     ["Nghị quyết Đại hội lần thứ XIX"]),
])
def test_a_congress_resolution_named_by_its_number_is_of_the_body_the_page_names(texts, keys):
    assert [d.key for d in run(*texts)] == keys


def test_repeated_mentions_merge_keeping_the_fullest_fields():
    ds = run("Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam ban hành Hướng dẫn số 84 ngày 16/5/2022 về "
             "triển khai phong trào thi đua đoàn kết sáng tạo.",
             "Thực hiện Hướng dẫn 84, Ban Thường trực tỉnh ban hành Kế hoạch số 179.")
    h = next(d for d in ds if d.key == "Hướng dẫn 84")
    assert (h.date, h.issuer.name, h.subject) == (
        "2022-05-16", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
        "triển khai phong trào thi đua đoàn kết sáng tạo")
    assert [d.key for d in ds] == ["Hướng dẫn 84", "Kế hoạch 179"]


def test_draft_is_flagged():
    ms = find_mentions(sentences("Đại hội góp ý vào dự thảo Báo cáo chính trị và Điều lệ MTTQVN khóa IX "
                                 "của Ủy ban MTTQ Việt Nam huyện."), None)
    assert [(m.directive.key, m.draft) for m in ms] == [("Điều lệ MTTQ Việt Nam khóa IX", True)]


@pytest.mark.parametrize("symbol,issuer", [
    ("29-CT/HU", "Huyện ủy"), ("18-CT/TW", "Ban Bí thư Trung ương Đảng"),
    ("15/ĐA-MTTW-BTT", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"),
    ("30/2020/NĐ-CP", "Chính phủ"), ("12/XYZ", None)])
def test_symbol_issuer(symbol, issuer):
    assert symbol_issuer(symbol) == issuer


def test_a_bare_congress_resolution_is_the_one_the_article_names_by_its_term():
    sents = sentences("Trung tâm tổ chức tập huấn và quán triệt Nghị quyết Đại hội Đại biểu MTTQ Việt Nam tỉnh, "
                      "nhiệm kỳ 2025-2030 cho 300 học viên.",
                      "Lớp tập huấn nhằm đưa Nghị quyết Đại hội sớm đi vào cuộc sống.")
    keys = {d.key for d in extract_directives(sents, Locality("xã", "Đức Thọ", Locality("tỉnh", "Hà Tĩnh")),
                                              Article(id="t", text=""))}
    assert keys == {"Nghị quyết Đại hội Đại biểu MTTQ Việt Nam tỉnh Hà Tĩnh, nhiệm kỳ 2025-2030"}


def test_a_bare_congress_resolution_is_never_a_sentence_about_the_congress():
    sents = sentences("Ngày 31/7, Đại hội đại biểu MTTQ Việt Nam tỉnh Vĩnh Long lần thứ X đã bế mạc.",
                      "Đại hội cũng đã chọn 6 đại biểu chính thức tham dự Đại hội đại biểu toàn quốc MTTQ Việt "
                      "Nam lần thứ X và thông qua Nghị quyết Đại hội.")
    keys = {d.key for d in extract_directives(sents, Locality("tỉnh", "Vĩnh Long"), Article(id="t", text=""))}
    assert keys == {"Nghị quyết Đại hội đại biểu MTTQ Việt Nam tỉnh Vĩnh Long lần thứ X"}


def test_a_name_running_to_where_the_page_is_cut():
    """The page ends mid-sentence: a name that runs to the cut is not known whole; a numbered
    document is known by its number."""
    cut = run("Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII.",
              "Để Nghị quyết Đạ")
    assert [d.key for d in cut] == ["Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII"]
    numbered = run("Đồng chí A Ten quán triệt Chỉ thị số 50-CT/TW ngày 23-7-2025 của Ban Bí thư về tiếp tục đổi mới và "
                   "nâng cao chất lượng sinh hoạt chi bộ trong gia")
    assert [d.key for d in numbered] == ["Chỉ thị 50"]


def test_a_subject_ends_at_a_clause_of_its_own():
    # "… về việc tổ chức Đại hội các cấp, được sự thống nhất của …": the document's subject ends
    # at the comma, and the event told after it keeps its date
    (d,) = run("Căn cứ vào Hướng dẫn số 40/HD-MT-BTT, ngày 10/4/2018 của Ban thường trực Ủy ban Mặt trận huyện "
               "về việc tổ chức Đại hội Mặt trận các cấp, được sự thống nhất của Ban Thường vụ Đảng ủy, trong "
               "02 ngày 12 và 13/12/2018, Đại hội Mặt trận xã Hạ Trạch lần thứ XII đã được tổ chức.")
    assert d.key == "Hướng dẫn 40" and d.subject.endswith("Đại hội Mặt trận các cấp")


def test_the_programme_of_a_festival_day_is_its_agenda():
    # "Chương trình Ngày hội …" is what the day consisted of, like "Chương trình Đại hội …"
    assert run("Chương trình Ngày hội có phần lễ và phần hội, phần lễ diễn ra nghiêm túc.") == []


def test_a_name_said_again_with_other_punctuation_is_one_document():
    docs = run("Hội nghị quán triệt Nghị quyết Đại hội Công đoàn thành phố Hải Phòng lần thứ XIV, nhiệm kỳ 2018 – 2023.",
               "Các cấp công đoàn thực hiện Nghị quyết Đại hội Công đoàn thành phố Hải Phòng lần thứ XIV nhiệm kỳ "
               "2018-2023.")
    assert [d.key for d in docs] == ["Nghị quyết Đại hội Công đoàn thành phố Hải Phòng lần thứ XIV, nhiệm kỳ 2018 – 2023"]


def test_a_document_as_a_sentences_subject_a_span_of_years_and_a_party_bloc_congress():
    # "Nghị quyết nêu …": the one named before, said again; "kế hoạch 5 năm 2021 - 2025" a span,
    # no plan numbered 5; "Đại hội VIII của Đảng bộ Khối" is the bloc's congress, not the Party's
    assert [d.key for d in run("Nghị quyết 57-NQ/TW của Bộ Chính trị. Nghị quyết nêu 7 nhóm nhiệm vụ, giải pháp.")] \
        == ["Nghị quyết 57"]
    assert run("Đánh giá kết quả thực hiện kế hoạch 5 năm 2021 - 2025.") == []
    assert [d.key for d in run("Triển khai Chương trình hành động của Đảng ủy Khối thực hiện Nghị quyết Đại hội "
                               "VIII của Đảng bộ Khối.")][-1] == "Nghị quyết Đại hội VIII của Đảng bộ Khối"


def test_several_decisions_announced_in_lower_case_name_no_document():
    assert run("Hội nghị đã công bố các quyết định về chuyển giao, tiếp nhận tổ chức đảng và đảng viên.") == []
    assert [d.key for d in run("Hội nghị đã công bố quyết định thành lập Ban Chỉ đạo.")] == [
        "Quyết định thành lập Ban Chỉ đạo"]


def test_a_programme_as_a_sentences_subject_names_no_document():
    assert run("Chương trình mang ý nghĩa thiết thực nhằm giúp đỡ các hộ nghèo.") == []


def test_a_type_word_alone_before_a_comma_names_no_document():
    assert run("Theo nội dung Nghị quyết, trong nhiệm kỳ 2025-2030, tỉnh Cao Bằng phấn đấu tăng trưởng.") == []


def test_democracy_at_the_grassroots_with_or_without_o_is_one_document():
    # "Quy chế dân chủ cơ sở" and "Quy chế dân chủ ở cơ sở": one regulation however it is said
    docs = run("Ban Chỉ đạo thực hiện quy chế dân chủ cơ sở của huyện tổ chức Hội nghị tổng kết thực hiện Quy "
               "chế dân chủ ở cơ sở năm 2023.",
               "Các xã tiếp tục thực hiện tốt Quy chế dân chủ ở cơ sở.")
    assert [d.key for d in docs] == ["Quy chế dân chủ ở cơ sở"]


def test_a_name_said_again_with_its_term_is_one_document():
    # "Nghị quyết Đại hội … lần thứ I" and the same with ", nhiệm kỳ 2025-2030": one resolution
    docs = run("Hội nghị học tập Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ I, nhiệm kỳ 2025-2030.",
               "Báo cáo viên truyền đạt nội dung cốt lõi của Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ I.")
    assert [d.key for d in docs] == ["Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ I, nhiệm kỳ 2025-2030"]



def test_a_congress_resolution_with_or_without_delegates_is_one_document():
    # found probing fresh pages: "Đại hội" and "Đại hội đại biểu" of one body and number, one
    # with its term: one resolution; two congresses told by their terms stay two
    docs = run("Huyện ủy tổ chức Hội nghị học tập Nghị quyết Đại hội Đảng bộ huyện Gio Linh lần thứ XV.",
               "Báo cáo viên quán triệt Nghị quyết Đại hội đại biểu Đảng bộ huyện Gio Linh lần thứ XV, nhiệm kỳ 2020-2025.")
    assert [d.key for d in docs] == ["Nghị quyết Đại hội đại biểu Đảng bộ huyện Gio Linh lần thứ XV, nhiệm kỳ 2020-2025"]
    docs = run("Đảng ủy Khối đánh giá kết quả thực hiện Nghị quyết Đại hội Đảng bộ Khối nhiệm kỳ 2015-2020.",
               "Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ Khối nhiệm kỳ 2020-2025.",
               "Đảng ủy Khối ban hành chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ Khối.")
    assert len({d.key for d in docs if "nhiệm kỳ" in d.key}) == 2


def test_a_name_said_mostly_without_its_term_is_known_without_it():
    # once with ", nhiệm kỳ 2020-2025", twice without: the article's usual name
    docs = run("Hội nghị học tập Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XIX, nhiệm kỳ 2020-2025.",
               "Báo cáo viên truyền đạt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XIX.",
               "Các đại biểu thảo luận việc thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XIX.")
    assert [d.key for d in docs] == ["Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XIX"]

@pytest.mark.parametrize("first,again,keys", [
    # a Central Committee plenum's resolution named two ways: one document, by its first name
    ("Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII",
     "Nghị quyết Trung ương 6 khóa XIII",
     ["Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII"]),
    ("Nghị quyết Trung ương sáu khóa XIII", "Nghị quyết Hội nghị Trung ương 6, khóa XIII",
     ["Nghị quyết Trung ương sáu khóa XIII"]),
    # "TW" glued to the plenum's number (found probing fresh pages): spelt out, one document
    ("Nghị quyết TW9, khoá XI", "Nghị quyết TW9", ["Nghị quyết Trung ương 9, khóa XI"]),
    # without its term: the plenum of the one term the article names
    ("Nghị quyết Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng khóa XI", "Nghị quyết Trung ương 9",
     ["Nghị quyết Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng khóa XI"]),
    # another plenum, another term, or the Front's Central Committee: other documents
    ("Nghị quyết Trung ương 6 khóa XIII", "Nghị quyết Trung ương 8 khóa XIII",
     ["Nghị quyết Trung ương 6 khóa XIII", "Nghị quyết Trung ương 8 khóa XIII"]),
    ("Nghị quyết Trung ương 6 khóa XII", "Nghị quyết Trung ương 6 khóa XIII",
     ["Nghị quyết Trung ương 6 khóa XII", "Nghị quyết Trung ương 6 khóa XIII"]),
    ("Nghị quyết Trung ương 6 khóa XIII", "Nghị quyết Hội nghị lần thứ sáu Ủy ban Trung ương MTTQ Việt Nam khóa IX",
     ["Nghị quyết Trung ương 6 khóa XIII", "Nghị quyết Hội nghị lần thứ sáu Ủy ban Trung ương MTTQ Việt Nam khóa IX"]),
    # a national Party congress's resolution by its number, with or without "toàn quốc"
    ("Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
     ["Nghị quyết Đại hội XIII của Đảng"]),
    ("Nghị quyết Đại hội lần thứ XII của Đảng", "Nghị quyết Đại hội lần thứ 12",
     ["Nghị quyết Đại hội lần thứ XII của Đảng"]),
    # not another body's congress, nor one of another number
    ("Nghị quyết Đại hội XII của Đảng", "Nghị quyết Đại hội IX Công đoàn tỉnh Bắc Kạn",
     ["Nghị quyết Đại hội XII của Đảng", "Nghị quyết Đại hội IX Công đoàn tỉnh Bắc Kạn"]),
    ("Nghị quyết Đại hội XII của Đảng", "Nghị quyết Đại hội lần thứ XIII của Đảng",
     ["Nghị quyết Đại hội XII của Đảng", "Nghị quyết Đại hội lần thứ XIII của Đảng"]),
])
def test_a_party_meetings_resolution_named_two_ways_is_one_document(first, again, keys):
    docs = run(f"Huyện ủy tổ chức hội nghị học tập, quán triệt {first} cho 300 cán bộ.",
               f"Báo cáo viên truyền đạt nội dung cơ bản của {again}.")
    assert sorted(d.key for d in docs) == sorted(keys)


def test_a_party_meetings_resolution_is_known_by_the_name_the_article_uses_most():
    # named once in full, then twice short: the article's usual name is the short one
    docs = run("Huyện ủy tổ chức hội nghị học tập Nghị quyết Hội nghị lần thứ Tám, Ban Chấp hành Trung ương Đảng khóa XIII.",
               "Báo cáo viên truyền đạt nội dung Nghị quyết Hội nghị Trung ương 8 khóa XIII.",
               "Các đại biểu thảo luận việc thực hiện Nghị quyết Hội nghị Trung ương 8 khóa XIII.")
    assert [d.key for d in docs] == ["Nghị quyết Hội nghị Trung ương 8 khóa XIII"]


@pytest.mark.parametrize("text", [
    "Đồng chí Mai Văn Quyết, Giám đốc Sở Kế hoạch và Đầu tư truyền đạt đến các đại biểu chuyên đề 1.",
    "Ông Lê Văn A, Trưởng phòng Tài chính - Kế hoạch huyện báo cáo tại hội nghị.",
    "Tham dự Hội nghị có Phó Giám đốc Sở Kế hoạch – Đầu tư tỉnh Nguyễn Văn Trọng.",
    # a programme of the day an event holds is no document either
    "Liên đoàn Lao động quận Kiến An tổ chức Chương trình Vui Tết Trung thu, tặng quà cho các cháu.",
    "Ủy ban MTTQ tỉnh tổ chức thành công Chương trình giao lưu nghệ thuật “Chung một tấm lòng” năm 2014.",
])
def test_a_department_named_with_a_document_word_is_no_document(text):
    assert run(text) == []


def test_a_document_standing_for_years_is_one_however_typed():
    # "quy chế dân chủ ở cơ sở" in lower case, in a list after no verb of its own
    assert [d.key for d in run("Hội nghị bàn về công tác dân vận chính quyền, quy chế dân chủ ở cơ sở.")] == \
        ["Quy chế dân chủ ở cơ sở"]
    # … and is whole with "(ở) cơ sở": what follows is the sentence's ("… và công tác dân tộc",
    # "… Cụm các tỉnh Bắc Trung Bộ")
    assert [d.key for d in run("Chú trọng thực hiện quy chế dân chủ cơ sở và công tác dân tộc, tôn giáo.")] == \
        ["Quy chế dân chủ cơ sở"]
    assert [d.key for d in run("Hội nghị đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở Cụm các tỉnh Bắc Trung "
                               "Bộ.")] == ["Quy chế dân chủ ở cơ sở"]


@pytest.mark.parametrize("text,keys", [
    # a second verb of the sentence after the name ends it ("… | và triển khai …", "và thông qua")
    ("Tại hội nghị, đồng chí Thái Văn Sơn đã trình bày Quy chế hoạt động của Ban Thanh tra nhân dân và triển "
     "khai các nhiệm vụ trọng tâm trong 6 tháng cuối năm.", ["Quy chế hoạt động của Ban Thanh tra nhân dân"]),
    ("Hội nghị đã công bố Quyết định thành lập Ủy ban Bầu cử xã Tân Hòa và triển khai Kế hoạch thực hiện công tác "
     "bầu cử, trong đó nhấn mạnh yêu cầu chuẩn bị kỹ lưỡng.",
     ["Quyết định thành lập Ủy ban Bầu cử xã Tân Hòa", "Kế hoạch thực hiện công tác bầu cử"]),
    # … or how it is fitted to its place ("| phù hợp với nhiệm vụ …")
    ("Cán bộ vận dụng triển khai thực hiện có hiệu quả Nghị quyết Đại hội Đảng bộ huyện phù hợp với nhiệm vụ chính "
     "trị của từng cơ quan, đơn vị.", ["Nghị quyết Đại hội Đảng bộ huyện"]),
    # … and an issuer the page left out before it ("… của | và thông qua …") is no part of the name
    ("Hội nghị cũng đã thông qua các dự thảo nghị quyết Quy chế làm việc; Chương trình công tác 6 tháng cuối năm "
     "2025 của và thông qua nghị quyết hội nghị.", ["Quy chế làm việc", "Chương trình công tác 6 tháng cuối năm 2025"]),
    # … or whom it was passed on to, a count of other things, what it is said to be
    ("Ủy ban MTTQ Việt Nam tỉnh triển khai Chương trình hành động của Ban Dân vận Tỉnh ủy về công tác giảm nghèo "
     "bền vững cho cán bộ Mặt trận cấp xã.",
     ["Chương trình hành động của Ban Dân vận Tỉnh ủy về công tác giảm nghèo bền vững"]),
    ("Ban tổ chức đã thông qua Kế hoạch xây dựng mô hình “Khu dân cư kiểu mẫu” giai đoạn 2021 – 2025 và 5 nội dung "
     "cam kết thực hiện mô hình.", ["Kế hoạch xây dựng mô hình “Khu dân cư kiểu mẫu” giai đoạn 2021 – 2025"]),
    ("Tỉnh Bắc Ninh đã triển khai Chương trình Mục tiêu quốc gia về xây dựng nông thôn mới, một chương trình tổng "
     "thể của Chính phủ về phát triển kinh tế - xã hội.", ["Chương trình Mục tiêu quốc gia về xây dựng nông thôn mới"]),
    # a photo's credit in parentheses ends a name
    ("Thượng tá Vũ Đức Long công bố quyết định về việc thành lập Ban Chỉ huy Quân sự phường (Ảnh: Minh Đức).",
     ["Quyết định về việc thành lập Ban Chỉ huy Quân sự phường"]),
    # "Kết luận Hội nghị đ/c A": who concluded, no document
    ("Kết luận Hội nghị đ/c Đỗ Văn Hải- Phó bí thư; Chủ tịch UBND xã nhấn mạnh công tác tuyển quân.", []),
    # … but not at a comma inside a set phrase ("xóa nhà tạm, nhà dột nát")
    ("Ủy ban MTTQ Việt Nam huyện Hương Khê triển khai Chương trình xóa nhà tạm, nhà dột nát năm 2025 cho các xã.",
     ["Chương trình xóa nhà tạm, nhà dột nát năm 2025"]),
    # a long name given with the numbered short one it goes by is that document
    ("Công an huyện Mỹ Xuyên triển khai Đề án “Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử "
     "phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030” (gọi tắt là Đề án 06) cho cán bộ.",
     ["Đề án 06"]),
    ("Công an huyện triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, sau đây gọi tắt là Đề án 06, cho cán bộ.",
     ["Đề án 06"]),
    # found probing fresh pages: the title said after a number is that document's, no other
    ("Huyện ủy Krông Pắc tổ chức hội nghị quán triệt Quy định số 69-QĐ/TW, Quy định về kỷ luật tổ chức đảng, đảng "
     "viên vi phạm và Chỉ thị số 12-CT/TW của Ban Bí thư.", ["Quy định 69", "Chỉ thị 12"]),
    # … the day after a name ("| ngày 5-3"), and what must be ("| phải tạo …"), end it
    ("Tỉnh ủy Lào Cai tổ chức hội nghị quán triệt Nghị quyết Đại hội XIII ngày 5-3 và Nghị quyết 57 của Bộ Chính trị.",
     ["Nghị quyết Đại hội XIII", "Nghị quyết 57"]),
    ("Việc quán triệt Nghị quyết Đại hội Đảng bộ phường phải tạo sự đồng thuận cao trong cán bộ, đảng viên.",
     ["Nghị quyết Đại hội Đảng bộ phường"]),
    # (a day named by the name is part of it)
    ("Ủy ban nhân dân xã triển khai Kế hoạch tổ chức các hoạt động kỷ niệm ngày 2/9 năm 2024.",
     ["Kế hoạch tổ chức các hoạt động kỷ niệm ngày 2/9 năm 2024"]),
    # an abbreviated law title is written out
    ("Hội Liên hiệp Phụ nữ huyện tổ chức hội nghị tuyên truyền Luật PCTN năm 2018 cho hội viên.",
     ["Luật phòng, chống tham nhũng"]),
])
def test_a_name_ends_where_the_sentence_goes_on(text, keys):
    assert [d.key for d in run(text)] == keys


@pytest.mark.parametrize("text,keys", [
    # a law or a charter without number is named by a proper name; a lower-case word after the
    # type is prose about one ("Luật thể hiện …", "Điều lệ sửa đổi")
    ("Luật thể hiện nhất quán chủ trương của Đảng về tự do tín ngưỡng.", []),
    ("Hội nghị góp ý Điều lệ sửa đổi của Hội.", []),
    ("Hội nghị quán triệt Luật Mặt trận Tổ quốc Việt Nam và Điều lệ Hội Nông dân Việt Nam.",
     ["Luật MTTQ Việt Nam", "Điều lệ Hội Nông dân Việt Nam"]),
    # … but what is made known is a law, however its name is typed
    ("Tổ chức củng cố và tuyên truyền Luật hòa giải, công tác PCCC, an toàn giao thông.", ["Luật hòa giải"]),
    ("Lồng ghép tuyên truyền Luật phòng, chống HIV/AIDS; Luật Nghĩa vụ quân sự.",
     ["Luật phòng, chống HIV/AIDS", "Luật Nghĩa vụ quân sự"]),
    ("Ban Thường vụ đã thảo luận, luật thể hiện ý chí của nhân dân.", []),
    # … or carried out, or cited by an article of it
    ("Hội nghị đánh giá việc thực hiện Luật phòng, chống bạo lực gia đình.", ["Luật phòng, chống bạo lực gia đình"]),
    ("Đại biểu được quán triệt việc lấy ý kiến cử tri theo Điều 131 Luật tổ chức chính quyền địa phương.",
     ["Luật tổ chức chính quyền địa phương"]),
    # the year a law was passed is its version's; the law is known by its name
    ("Căn cứ Luật Tổ chức chính quyền địa phương năm 2015; Luật Mặt trận Tổ quốc Việt Nam năm 2015.",
     ["Luật Tổ chức chính quyền địa phương", "Luật MTTQ Việt Nam"]),
])
def test_a_law_or_charter_without_number_has_a_proper_name(text, keys):
    assert [d.key for d in run(text)] == keys


@pytest.mark.parametrize("text,keys", [
    # a law's title (lexicon law_titles) ends its name, whatever the sentence goes on with
    ("Theo Luật Tổ chức chính quyền địa phương, số lượng đại biểu HĐND thành phố nhiệm kỳ 2021 – 2026 là 35 người.",
     ["Luật Tổ chức chính quyền địa phương"]),
    ("Đoàn viên, hội viên nắm vững Luật MTTQ Việt Nam và dựa trên nguyên tắc hiệp thương dân chủ.",
     ["Luật MTTQ Việt Nam"]),
    ("Hội nghị triển khai Luật Đất đai và thi hành Luật Đất đai trên địa bàn xã.", ["Luật Đất đai"]),
    # … a comma or "và" inside a title is the title's
    ("Hội nghị phổ biến Luật Bầu cử đại biểu Quốc hội, đại biểu HĐND và Luật Tổ chức chính quyền địa phương.",
     ["Luật Bầu cử đại biểu Quốc hội, đại biểu Hội đồng nhân dân", "Luật Tổ chức chính quyền địa phương"]),
    ("Hướng dẫn theo quy định Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND và Chương II của Nghị quyết liên tịch "
     "số 09/2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN.",
     ["Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân", "Nghị quyết 09"]),
    # … and a title typed in lower case is the law
    ("Hội đã tổ chức lấy ý kiến Dự thảo Luật thực hiện dân chủ ở cơ sở.", ["Luật thực hiện dân chủ ở cơ sở"]),
    # … its number in parentheses is its symbol, no other law
    ("Hội nghị tuyên truyền Luật Cư trú (Luật số 68/2020/QH14) cho hội viên.", ["Luật Cư trú"]),
    # an amending law is named with the laws it amends
    ("Tuyên truyền Luật Sửa đổi, bổ sung một số điều của Luật Bầu cử đại biểu Quốc hội và Luật Bầu cử Hội đồng "
     "nhân dân năm 2010 đến cử tri.",
     ["Luật Sửa đổi, bổ sung một số điều của Luật Bầu cử đại biểu Quốc hội và Luật Bầu cử Hội đồng nhân dân"]),
])
def test_a_law_is_named_by_its_title(text, keys):
    assert [d.key for d in run(text)] == keys


@pytest.mark.parametrize("text,keys", [
    # a national target programme runs for years: the year after it is the year of the work
    ("Giám sát việc thực hiện Chương trình mục tiêu quốc gia giảm nghèo năm 2022 trên địa bàn tỉnh.",
     ["Chương trình mục tiêu quốc gia giảm nghèo"]),
    # … and so is the place of the work (and what follows it)
    ("UBND huyện ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn "
     "huyện Tiên Phước giai đoạn 2021 - 2025.",
     ["Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn huyện Tiên Phước giai "
      "đoạn 2021 - 2025", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"]),
    # … but a plan's year is its own
    ("Ban hành Kế hoạch tổ chức Ngày hội Đại đoàn kết năm 2015.", ["Kế hoạch tổ chức Ngày hội Đại đoàn kết năm 2015"]),
])
def test_a_national_programme_is_named_without_the_year_of_the_work(text, keys):
    assert [d.key for d in run(text)] == keys


def test_like_ends_a_name():
    # "… các nội dung của Kế hoạch như: về bố cục, …": what follows "như" is what it contains
    assert run("Hội nghị ghi nhận 12 ý kiến phản biện về các nội dung của Kế hoạch như: về bố cục, nội dung.") == []


def test_an_action_programme_numbered_without_so_and_documents_in_general():
    # "Chương trình hành động 76": the kind of programme before its number; "kế hoạch và các văn
    # bản chỉ đạo" names no one document
    docs = run("Hội nghị quán triệt Chương trình hành động 76 của BTV Thành ủy; kế hoạch và các văn bản chỉ đạo "
               "của Quận ủy.")
    assert [(d.key, d.issuer.name if d.issuer else None) for d in docs] == [("Chương trình 76", "Ban Thường vụ Thành ủy")]


def test_a_photo_label_glued_to_a_name_ends_it():
    assert [d.key for d in run("Huyện ủy quán triệt Kế hoạch tổ chức Đại hội Đảng bộ các cấp- Ảnh 1")] == [
        "Kế hoạch tổ chức Đại hội Đảng bộ các cấp"]


def test_a_kind_of_document_numbered_after_so_and_a_colon():
    # "Chương trình phối hợp số: 02 – …": the kind's words before "số:" and its number
    assert [d.key for d in run("Thực hiện Chương trình phối hợp số: 02 – CTr/HĐTN-PGD&ĐT ngày 28/10/2019 giữa "
                               "Huyện đoàn với Phòng Giáo dục.")] == ["Chương trình 02"]
