"""Events: sentences and the event they must (or must not) yield."""
import pytest

from graph_builder.extract.events import attendance, extract_events, find_dates
from graph_builder.extract.movements import extract_movements
from graph_builder.facts import Article, Locality
from graph_builder.text import canonical

from conftest import sentences


def events(*texts, published=None, ctx=None, title=None):
    sents = sentences(*texts)
    art = Article(id="t", text=" ".join(texts), published=published, title=title)
    return extract_events(art, sents, ctx, [], extract_movements(sents))


CASES = [
    # sentence, published, (kind, date, end_date, organizers, attendance, qualifier)
    # organizers listed with commas before the last are each one; bodies joined bare by a dash
    # are of the unit after them; a dash before lower case is inside a merged body's name; a verb
    # of going before the head is no part of the organizer (found probing fresh pages)
    ("Ngày 12-7-2020, Thành đoàn thành phố Hồ Chí Minh, Hội Liên hiệp thanh niên Việt Nam thành phố và Hội Sinh "
     "viên Việt Nam thành phố tổ chức lễ ra quân.", None,
     ("launch", "2020-07-12", None, ["Thành đoàn thành phố Hồ Chí Minh", "Hội Liên hiệp thanh niên Việt Nam thành phố",
                                     "Hội Sinh viên Việt Nam thành phố"], None, None)),
    ("Sáng ngày 24/5/2023, Ban Thường vụ Huyện ủy, Hội Nông dân tỉnh Quảng Nam đã tổ chức Hội nghị duyệt văn kiện.",
     None, ("conference", "2023-05-24", None, ["Ban Thường vụ Huyện ủy", "Hội Nông dân tỉnh Quảng Nam"], None, None)),
    ("Ngày 15/6/2021, HĐND - UBND huyện Bắc Trà My tổ chức hội nghị.", None,
     ("conference", "2021-06-15", None, ["Hội đồng nhân dân huyện Bắc Trà My", "Ủy ban nhân dân huyện Bắc Trà My"],
      None, None)),
    ("Ngày 15/6/2021, Hội Khuyến học - cựu giáo chức huyện Bắc Trà My tổ chức đại hội lần thứ I.", None,
     ("congress", "2021-06-15", None, ["Hội Khuyến học - cựu giáo chức huyện Bắc Trà My"], None, None)),
    ("Ngày 17/11/2020, Tỉnh đoàn Quảng Ninh đến thăm tặng quà ông Sằn Quay Sáng.", None,
     ("visit", "2020-11-17", None, ["Tỉnh đoàn Quảng Ninh"], None, None)),
    # a feast's year in the opening clause dates the day after it; "T.Ư Hội NDVN" is a body
    # (found probing fresh pages)
    ("Nhân dịp Tết Chôl Chnăm Thmây 2016 của đồng bào Khmer Nam Bộ, ngày 7/4, Ủy ban MTTQ Việt Nam tỉnh Hậu Giang "
     "đến thăm, chúc tết đồng bào.", None,
     ("visit", "2016-04-07", None, ["Ủy ban MTTQ Việt Nam tỉnh Hậu Giang"], None, None)),
    ("Ngày 26.8.2022 tại Hà Nội, T.Ư Hội NDVN tổ chức hội nghị quán triệt các nghị quyết.", None,
     ("conference", "2022-08-26", None, ["Trung ương Hội Nông dân Việt Nam"], None, None)),
    # a body leading a group is no part of the group's name; whose event it is ("… của <body> đã
    # diễn ra"); bodies joined by a dash typed after an abbreviation (found probing fresh pages)
    ("Ngày 21-3-2018, tại Ủy ban MTTQ Việt Nam tỉnh, Khối thi đua Mặt trận - Đoàn thể tỉnh Ninh Thuận do Ủy ban "
     "MTTQ Việt Nam tỉnh làm trưởng khối đã tổ chức hội nghị ký kết giao ước thi đua năm 2018.", None,
     ("conference", "2018-03-21", None, ["Khối thi đua Mặt trận - Đoàn thể tỉnh Ninh Thuận"], None, None)),
    ("Sáng 12/11/2022, Hội nghị Tổng kết hoạt động cụm thi đua năm 2022 của Cụm thi đua 5 thành phố trực thuộc "
     "Trung ương đã diễn ra tại Hà Nội.", None,
     ("review", "2022-11-12", None, ["Cụm thi đua 5 thành phố trực thuộc Trung ương"], None, None)),
    ("Sáng 27/02/2020, HĐND- UBND- Ủy ban MTTQ Việt Nam huyện Sóc Sơn tổ chức hội nghị ký kết chương trình phối "
     "hợp công tác năm 2020.", None,
     ("conference", "2020-02-27", None, ["Hội đồng nhân dân huyện Sóc Sơn", "Ủy ban nhân dân huyện Sóc Sơn",
                                        "Ủy ban MTTQ Việt Nam huyện Sóc Sơn"], None, None)),
    # a scholarship handed over is an event; a purpose opening the sentence before the day's clause
    # is no plan when the act is told done; a dash inside a place's name splits no organizers;
    # "trong 2 ngày: 23 và 24-7" (found probing fresh pages)
    ("Ngày 30-10-2016, Hội Khuyến học tỉnh Bến Tre tổ chức trao học bổng Châu Á cho 90 em học sinh nữ nghèo.", None,
     ("ceremony", "2016-10-30", None, ["Hội Khuyến học tỉnh Bến Tre"], None, None)),
    ("Tiếp tục đồng hành, động viên các em học sinh nỗ lực vượt khó, học tập tốt, ngày 27/8/2023, Hội Liên hiệp Phụ "
     "nữ Quận 11 đã tổ chức Lễ trao học bổng Nguyễn Thị Minh Khai.", None,
     ("ceremony", "2023-08-27", None, ["Hội Liên hiệp Phụ nữ Quận 11"], None, None)),
    ("Ngày 5/6/2020, Ủy ban MTTQ tỉnh Thừa Thiên - Huế phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức khánh "
     "thành nhà đại đoàn kết.", None,
     ("ceremony", "2020-06-05", None, ["Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên - Huế", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"],
      None, None)),
    ("Trong 2 ngày: 23 và 24-7-2018, huyện Thống Nhất tổ chức 11 đoàn đi thăm và tặng quà các gia đình chính sách.",
     None, ("visit", "2018-07-23", "2018-07-24", ["huyện Thống Nhất"], None, None)),
    # the passive: "Hội nghị … do <body> (phối hợp với …) tổ chức" names who held it, and the name
    # ends before it
    ("Ngày 10/3/2024, Hội nghị tập huấn công tác Mặt trận do Ban Thường trực Ủy ban MTTQ Việt Nam huyện Chư Sê "
     "phối hợp với Phòng Tư pháp huyện Chư Sê tổ chức đã diễn ra tại Hội trường.", None,
     ("training", "2024-03-10", None, ["Ban Thường trực Ủy ban MTTQ Việt Nam huyện Chư Sê",
                                       "Phòng Tư pháp huyện Chư Sê"], None, None)),
    # bodies listed bare before the one naming the unit are that unit's, each an organizer
    ("Ngày 5/4/2024, Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện Chư Sê tổ chức Lễ kỷ niệm 50 năm giải "
     "phóng huyện.", None,
     ("ceremony", "2024-04-05", None, ["Huyện ủy Chư Sê", "Hội đồng nhân dân huyện Chư Sê",
                                       "Ủy ban nhân dân huyện Chư Sê", "Ủy ban MTTQ Việt Nam huyện Chư Sê"], None, None)),
    # a place named as the actor is the organizer as written
    ("Chiều ngày 10/02/2020, huyện Quảng Trạch đã tổ chức Hội nghị triển khai Nghị quyết số 862/NQ-UBTVQH14 "
     "của Ủy ban Thường vụ Quốc hội.", None,
     ("conference", "2020-02-10", None, ["huyện Quảng Trạch"], None, None)),
    # departments and stations named for two fields are one organizer each (lexicon comma_names)
    ("Ngày 12/6/2024, Ủy ban MTTQ Việt Nam tỉnh Tây Ninh phối hợp với Sở Văn hóa - Thể thao tổ chức họp báo.", None,
     ("meeting", "2024-06-12", None, ["Ủy ban MTTQ Việt Nam tỉnh Tây Ninh", "Sở Văn hóa - Thể thao"],
      None, None)),
    ("Sáng 9/5/2022, Hội Cựu chiến binh Trung tâm Văn hóa và Thể thao huyện Nghi Lộc tổ chức Đại hội lần thứ IV.", None,
     ("congress", "2022-05-09", None, ["Hội Cựu chiến binh Trung tâm Văn hóa và Thể thao huyện Nghi Lộc"], None, None)),
    # a trade union's committee and its confederation are bodies that hold events
    ("Ngày 12/4/2024, Công đoàn xã Hòa Bình tổ chức Đại hội Công đoàn lần thứ V, nhiệm kỳ 2024-2029.", None,
     ("congress", "2024-04-12", None, ["Công đoàn xã Hòa Bình"], None, None)),
    ("Ngày 5/12/2023, Tổng Liên đoàn Lao động Việt Nam tổ chức Hội nghị tổng kết công tác năm 2023.", None,
     ("review", "2023-12-05", None, ["Tổng Liên đoàn Lao động Việt Nam"], None, None)),
    # a groundbreaking, a handover of a house in quotes, with no "Lễ"
    ("Sáng ngày 21/02/2023, Hội Nông dân huyện tổ chức khởi công xây dựng nhà tình nghĩa cho hội viên nông dân "
     "nghèo xã Chính Lý.", None, ("ceremony", "2023-02-21", None, ["Hội Nông dân huyện"], None, None)),
    ("Ngày 23/4/2021, Ban Thường trực Ủy ban MTTQ Việt Nam huyện tổ chức bàn giao \"Nhà tình nghĩa\" cho gia đình "
     "bà Rah Lan H' Tam.", None,
     ("ceremony", "2021-04-23", None, ["Ban Thường trực Ủy ban MTTQ Việt Nam huyện"], None, None)),
    # an event someone attended, told with its day and no organizer; a signing held
    ("Tối ngày 06/3/2020 đồng chí Nguyễn Sỹ Trường – Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội dự hội "
     "nghị đại biểu Nhân dân tổ dân phố số 8,9 phường Thượng Thanh.", None,
     ("conference", "2020-03-06", None, [], None, None)),
    ("Chiều 20/8, Bộ CHQS tỉnh và Ủy ban MTTQ Việt Nam tỉnh tổ chức ký kết Chương trình phối hợp hoạt động giai "
     "đoạn 2021 – 2026.", None,
     ("ceremony", "--08-20", None, ["Bộ Chỉ huy Quân sự tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"], None, None)),
    # a misspelt "tổ chức"; a launch of a group or model ("ra mắt")
    ("Ngày 2/4/2019, Hội Nông dân huyện Trần Văn Thời tổng chức Hội nghị sơ kết các mặt công tác 3 tháng đầu năm.",
     None, ("review", "2019-04-02", None, ["Hội Nông dân huyện Trần Văn Thời"], None, None)),
    ("Ngày 21/8/2020, tại xã Phủ Lý, Hội Nông dân xã Phủ Lý tổ chức ra mắt Tổ hợp tác sản xuất nếp vải.", None,
     ("launch", "2020-08-21", None, ["Hội Nông dân xã Phủ Lý"], None, None)),
    # a turn-out ("ra quân") is a launch
    ("Ngày 1/3/2020 Thành đoàn phối hợp với Đoàn thanh niên Công an tỉnh Cao Bằng tổ chức ra quân Tháng thanh niên.",
     None, ("launch", "2020-03-01", None, ["Thành đoàn", "Đoàn Thanh niên Công an tỉnh Cao Bằng"], None, None)),
    # the occasion the sentence opens with fixes the year of the day after it
    ("Nhân Tháng hành động vì người cao tuổi Việt Nam năm 2025, sáng 10/10, Hội Người cao tuổi tỉnh Điện Biên tổ "
     "chức trao tặng quà cho hội viên.", None,
     ("other", "2025-10-10", None, ["Hội Người cao tuổi tỉnh Điện Biên"], None, None)),
    # the feast an event is held for names its year without "năm"
    ("Ngày 20/3, Ủy ban MTTQ Việt Nam tỉnh tổ chức thăm, chúc mừng các giáo xứ nhân dịp Đại lễ Phục sinh 2026.",
     None, ("visit", "2026-03-20", None, ["Ủy ban MTTQ Việt Nam tỉnh"], None, None)),
    # a bare "họp" after the verb is a meeting, a reception of a delegation too; fixing plaques is a ceremony
    ("Ngày 17/5/2024 các thôn trên địa bàn xã tổ chức họp thôn tuyên truyền việc nhập huyện Cao Lộc vào thành "
     "phố Lạng Sơn.", None, ("meeting", "2024-05-17", None, [], None, None)),
    ("Chiều ngày 15/11, UBMTTQVN thành phố Thủ Dầu Một đã tiếp đoàn kiểm tra UBMTTQ VN tỉnh Bình Dương.", None,
     ("meeting", "--11-15", None, ["Ủy ban MTTQ Việt Nam thành phố Thủ Dầu Một"], None, None)),
    ("Ngày 23/10/2023, Hội Liên hiệp Phụ nữ xã Quảng Lạc tổ chức gắn biển công nhận gia đình đạt tiêu chuẩn "
     "“5 không 3 sạch” cho 20 hộ gia đình hội viên.", None,
     ("ceremony", "2023-10-23", None, ["Hội Liên hiệp Phụ nữ xã Quảng Lạc"], None, None)),
    # an aside in parentheses with an abbreviation's dot is no stop before the organizer
    ("Ngày 7/4/2023, Ủy ban MTTQ Việt Nam phường Phú Trinh (Tp. Phan Thiết) tổ chức hội nghị tổng kết 20 năm Ngày "
     "hội “Đại đoàn kết toàn dân tộc” giai đoạn 2003 - 2023.", None,
     ("review", "2023-04-07", None, ["Ủy ban MTTQ Việt Nam phường Phú Trinh"], None, None)),
    # "tiến hành" is holding it, as "tổ chức" is
    ("Ngày 9/7/2025, UBMTTQVN phường Thái Hoà đã tiến hành hội nghị lần thứ nhất nhiệm kỳ 2024 - 2029.", None,
     ("conference", "2025-07-09", None, ["Ủy ban MTTQ Việt Nam phường Thái Hòa"], None, None)),
    # ... but a body's units after it are its own, with a comma before the verb too
    ("Chiều ngày 17/1/2018, Ban Thường trực Ủy ban MTTQ Việt Nam xã Phú Hưng, huyện Phú Tân, tỉnh An Giang, tổ "
     "chức Hội nghị tập huấn nghiệp vụ cho cán bộ Mặt trận cơ sở năm 2018.", None,
     ("training", "2018-01-17", None, ["Ban Thường trực Ủy ban MTTQ Việt Nam xã Phú Hưng"], None, None)),
    ("Sáng ngày 23/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng, tổ chức hội nghị tập huấn "
     "phong trào “Đoàn kết sáng tạo” cho cán bộ MTTQ Việt Nam các cấp trong tỉnh.", None,
     ("training", "--12-23", None, ["Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng"], None, None)),
    ("Sáng ngày 04/10, Uỷ ban MTTQ Việt Nam huyện tổ chức Hội nghị bồi dưỡng nghiệp vụ công tác Mặt trận "
     "năm 2023.", "2023-10-04",
     ("training", "2023-10-04", None, ["Ủy ban MTTQ Việt Nam huyện"], None, None)),
    ("Chiều ngày 01/7/2020, tại Hội trường Cơ quan Ủy ban MTTQ Việt Nam tỉnh đã diễn ra Hội nghị sơ kết "
     "công tác thi đua, khen thưởng 6 tháng đầu năm 2020.", "2020-07-02",
     ("review", "2020-07-01", None, [], None, None)),
    ("Sáng 22/8, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Nam Lê Thái Bình chủ trì tọa đàm phong trào "
     "thi đua trên địa bàn tỉnh.", None, ("seminar", "--08-22", None, [], None, None)),
    ("Trong 2 ngày 14 và 15/10, Ủy ban MTTQ Việt Nam phường Vĩnh Phúc tổ chức Đại hội đại biểu phường "
     "Vĩnh Phúc lần thứ I, nhiệm kỳ 2025 - 2030.", "2025-10-15",
     ("congress", "2025-10-14", "2025-10-15", ["Ủy ban MTTQ Việt Nam phường Vĩnh Phúc"], None, None)),
    # nights as days ("Trong 2 đêm 12 và 15.8")
    ("Trong 2 đêm 12 và 15.8, Ủy ban MTTQ Việt Nam xã Mỹ Trinh tổ chức hội nghị đối thoại trực tiếp với nhân "
     "dân.", None,
     ("conference", "--08-12", "--08-15", ["Ủy ban MTTQ Việt Nam xã Mỹ Trinh"], None, None)),
    ("Chiều nay ngày 27 tháng 11 năm 2024 tại Hội trường UBND xã Xuân , UBMTTQ Việt Nam xã Xuân Long tổ "
     "chức Hội nghị tổng kết công tác Mặt Trận năm 2024.", None,
     ("review", "2024-11-27", None, ["Ủy ban MTTQ Việt Nam xã Xuân Long"], None, None)),
    ("Sáng 08/10/2021, BTT Uỷ ban MTTQ huyện - Ban vận động Quỹ “Vì người nghèo” huyện Mỹ Lộc tổ chức "
     "khánh thành và bàn giao 01 Nhà đại đoàn kết cho hộ bà Trần Thị Mùi.", None,
     ("ceremony", "2021-10-08", None, ["Ban Thường trực Ủy ban MTTQ Việt Nam huyện",
                                       "Ban vận động Quỹ “Vì người nghèo” huyện Mỹ Lộc"], None, None)),
    ("Sáng 10/7, Ủy ban MTTQ Việt Nam tỉnh Lào Cai đã họp báo cung cấp thông tin về Đại hội.", None,
     ("meeting", "--07-10", None, ["Ủy ban MTTQ Việt Nam tỉnh Lào Cai"], None, None)),
    ("Trong 2 ngày 15 và 16/7, tại TP Đà Nẵng, Ủy ban Trung ương MTTQ Việt Nam tổ chức tập huấn công tác "
     "tổ chức Đại hội Mặt trận các cấp.", None,
     ("training", "--07-15", "--07-16", ["Ủy ban Trung ương MTTQ Việt Nam"], None, None)),
    ("Ngày 19/12/2017, Ủy ban Mặt trận Tổ quốc (MTTQ) huyện tổ chức hội nghị lần thứ 9, khóa XXI nhiệm "
     "kì 2014 - 2019 nhằm tổng kết, đánh giá kết quả công tác Mặt trận năm 2017.", None,
     ("review", "2017-12-19", None, ["Ủy ban MTTQ Việt Nam huyện"], None, None)),
    # what the event is for may look ahead ("thời gian tới"); the clause telling it took place;
    # a delegation named by its body acts for the body
    ("Sáng 10/7/2025, Đoàn công tác Đảng ủy xã Vĩnh Phong làm việc với Ủy ban MTTQ Việt Nam xã nhằm đánh giá "
     "kết quả thực hiện nhiệm vụ sau sáp nhập và định hướng công tác thời gian tới.", None,
     ("meeting", "2025-07-10", None, ["Đảng ủy xã Vĩnh Phong"], None, None)),
    # a body passing documents on, that day, with no head noun: the passing on is the event
    ("(THTG) Ngày 23/10, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tiền Giang triển khai quyết định số 217 "
     "và 218 của Bộ Chính trị về giám sát, phản biện xã hội.", None,
     ("conference", "--10-23", None, ["Ủy ban MTTQ Việt Nam tỉnh Tiền Giang"], None, None)),
    # found probing fresh pages: "các tầng lớp nhân dân" (society's strata) holds no class; the
    # founding day an anniversary counts from gives the event no year; "HĐND" heads a body
    ("Sáng 5/12, Đại hội đại biểu MTTQ Việt Nam tỉnh Lâm Đồng lần thứ I chính thức khai mạc với 370 đại biểu "
     "chính thức, đại diện cho các tầng lớp nhân dân trong tỉnh.", None,
     ("congress", "--12-05", None, [], 370, "exact")),
    ("Sáng 16/11, Ủy ban MTTQ Việt Nam huyện tổ chức tọa đàm kỷ niệm ngày truyền thống MTTQ Việt Nam "
     "18/11/1930.", None,
     ("seminar", "--11-16", None, ["Ủy ban MTTQ Việt Nam huyện"], None, None)),
    ("Ngày 5/8, HĐND huyện Mai Châu tổ chức kỳ họp thứ 7.", None,
     ("meeting", "--08-05", None, ["Hội đồng nhân dân huyện Mai Châu"], None, None)),
    # a paper's tag before the lead does not hide the place that acted
    ("TTH - Ngày 26/8, huyện Quảng Điền tổ chức tổng kết 20 năm thực hiện Chỉ thị số 10-CT/TW.", None,
     ("review", "--08-26", None, ["huyện Quảng Điền"], None, None)),
    # a law's year is when it was passed, not the event's (found probing fresh pages)
    ("Sáng 6/5, UBND xã Nghi Thạch tổ chức hội nghị tuyên truyền Luật Đất đai năm 2013 cho 80 hộ dân.", None,
     ("conference", "--05-06", None, ["Ủy ban nhân dân xã Nghi Thạch"], None, None)),
    ("Sáng 6/5, UBND xã Nghi Thạch tổ chức hội nghị tuyên truyền Luật Đất đai và triển khai nhiệm vụ năm 2024.", None,
     ("conference", "2024-05-06", None, ["Ủy ban nhân dân xã Nghi Thạch"], None, None)),
    # a source tag's dash is not the organizer's
    ("(baolaocai.vn) – Tỉnh ủy Lào Cai đã tổ chức Hội nghị trực tuyến tổng kết 10 năm thực hiện Chỉ thị số "
     "29-CT/TW của Ban Bí thư.", None,
     ("review", None, None, ["Tỉnh ủy Lào Cai"], None, None)),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_event_of_a_lead_sentence(text, published, expected):
    (e,) = events(text, published=published)
    assert (e.kind, e.date, e.end_date, [o.name for o in e.organizers],
            e.attendance, e.attendance_qualifier) == expected


NOT_EVENTS = [
    "Từ ngày 20 - 25/10/2023: Họp thường trực mặt trận tổ quốc xã thông qua kế hoạch.",
    "Theo đó, Đại hội đại biểu MTTQ Việt Nam tỉnh Lào Cai sẽ diễn ra vào ngày 15 và 16/7/2024.",
    "Thời gian tiến hành tổ chức Hội nghị cử tri nơi cư trú từ ngày 21/3/2021 đến hết ngày 8/4/2021.",
    "Ban Chỉ đạo chỉ đạo 2 huyện lập kế hoạch tổ chức Đại hội trong khoảng thời gian từ ngày 15-30/6/2019.",
    "Hòa trong không khí cả nước vui với Ngày hội Đại đoàn kết toàn dân tộc (18/11/1930 - 18/11/2022).",
    "Ngày 5/4/2023, Ban thường trực Ủy ban MTTQ tỉnh đã ban hành Kế hoạch số 293/KH-MTTQ-BTT phát động đợt thi đua.",
    # "sắp tới", "sắp diễn ra" look ahead (found probing fresh pages)
    "Cuộc bầu cử đại biểu Quốc hội vào ngày 22/5 sắp tới thực sự là ngày hội của toàn dân.",
    # passing on with no document, or no body doing it, is no event
    "Ngày 23/10, Ủy ban MTTQ Việt Nam tỉnh triển khai nhiều hoạt động thiết thực.",
    "Ngày 23/10, triển khai quyết định số 217 của Bộ Chính trị đến các xã.",
    # a guidance or plan issued for an event (found probing fresh pages)
    "Ban Thường trực Ủy ban MTTQ tỉnh Nam Định đã có hướng dẫn tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_plans_schedules_and_documents_are_not_events(text):
    assert events(text) == []


def test_one_event_with_two_names_and_its_content():
    es = events("Ngày 7/10, Ban Thường trực Ủy ban MTTQ Việt Nam thị xã Sơn Tây tổ chức lớp tập huấn "
                "nghiệp vụ công tác Mặt trận năm 2020.",
                "Dự lớp tập huấn có đồng chí Đinh Duy Hưng và hơn 200 đại biểu là cán bộ làm công tác Mặt trận.",
                "Tại buổi tập huấn, các đại biểu trao đổi một số nội dung: Những điểm mới của Điều lệ Mặt "
                "trận Tổ quốc Việt Nam khóa IX; công tác dân tộc.",
                "Phát biểu tại hội nghị, đồng chí Hưng đề nghị thời gian tới thực hiện nghị quết đại hội "
                "đảng bộ các cấp.", published="2020-10-07")
    assert len(es) == 1
    e = es[0]
    assert (e.id, e.date, e.attendance, e.attendance_qualifier) == ("e1", "2020-10-07", 200, "more_than")
    assert e.directives == ["Điều lệ MTTQ Việt Nam khóa IX"]


def test_undated_event_referred_back_to_takes_title():
    (e,) = events("Trong chuyến giám sát lần này, đoàn đã đi thực tế tại thị trấn Dương Minh Châu.",
                  title="UB.MTTQVN tỉnh Tây Ninh: Giám sát việc thực hiện công tác Mặt trận tại huyện "
                        "Dương Minh Châu")
    assert (e.kind, e.date, e.name, [o.name for o in e.organizers]) == (
        "meeting", None, "Giám sát việc thực hiện công tác Mặt trận tại huyện Dương Minh Châu",
        ["Ủy ban MTTQ Việt Nam tỉnh Tây Ninh"])


def test_an_event_only_referred_back_to_takes_the_day_the_lead_opens_on():
    """The lead tells a deed on its day without naming an event; later sentences refer back to
    it ("Tại hội nghị"): that day, with the page's year. A lead of what is to come gives none."""
    lead = ("Chiều ngày 4/12, tại nhà văn hóa phố Đình Hương 2, Hội Cựu chiến binh và Hội LHPN phường Đông Cương "
            "đã triển khai xây dựng mô hình tuyến phố kiểu mẫu.")
    later = "Tại hội nghị, đại diện chi hội đã thông qua kế hoạch."
    (e,) = events(lead, later, published="2022-12-05")
    assert (e.kind, e.date) == ("conference", "2022-12-04")
    (e,) = events(lead.replace("đã triển khai", "sẽ triển khai"), later, published="2022-12-05")
    assert e.date is None
    # (after a paper's tag)
    (e,) = events("(Baothanhhoa.vn) - " + lead, later, published="2022-12-05")
    assert (e.kind, e.date) == ("conference", "2022-12-04")


def test_an_undated_event_someone_spoke_at_even_to_recommend():
    # "Phát biểu chỉ đạo đại hội, … đề nghị …": the speech happened; what it asks is the future
    (e,) = events("Nhiệm kỳ mới, Ủy ban MTTQ Việt Nam xã Châu Đức đề ra 5 chỉ tiêu.",
                  "Phát biểu chỉ đạo đại hội, Phó Chủ tịch Ủy ban MTTQ Việt Nam TPHCM Phan Hồng Ân đề nghị Ủy "
                  "ban MTTQ Việt Nam xã tiếp tục phát huy vai trò trung tâm đoàn kết.")
    assert (e.kind, e.date) == ("congress", None)
    assert events("Đề nghị Ủy ban MTTQ Việt Nam xã tiếp tục tổ chức đại hội điểm.") == []


def test_a_dated_act_that_went_on_from_an_earlier_one_took_place():
    # "tiếp tục" after the day: it went on, no plan for later; after "Đề nghị": still the future
    (e,) = events("Sáng ngày 05/11/2020, Ủy ban MTTQ Việt Nam huyện Tân Hồng tiếp tục phát động ủng hộ đồng bào "
                  "miền Trung khắc phục hậu quả thiên tai.")
    assert (e.kind, e.date, [o.name for o in e.organizers]) == (
        "launch", "2020-11-05", ["Ủy ban MTTQ Việt Nam huyện Tân Hồng"])
    assert events("Ngày 05/11/2020, Ủy ban MTTQ Việt Nam huyện đề nghị các xã tiếp tục phát động ủng hộ.") == []
    # … or went on to hold one
    (e,) = events("Ngày 17/3/2021, Ủy ban MTTQ Việt Nam tỉnh Kon Tum tiếp tục tổ chức Hội nghị hiệp thương lần 2.")
    assert (e.kind, e.date, [o.name for o in e.organizers]) == (
        "conference", "2021-03-17", ["Ủy ban MTTQ Việt Nam tỉnh Kon Tum"])
    assert events("Đề nghị Ủy ban MTTQ Việt Nam các xã tiếp tục tổ chức Hội nghị hiệp thương.") == []


def test_a_holiday_celebrated_gives_no_event_or_day():
    # "các ngày lễ …" are holidays, and "(ngày lễ) Quốc khánh 2/9" the day celebrated
    assert events("Trong không khí kỷ niệm 78 năm Cách mạng tháng Tám, Quốc khánh 2/9 và các ngày lễ "
                  "trọng đại của đất nước.", published="2023-09-05") == []
    (e,) = events("Hướng tới chào mừng ngày lễ Quốc khánh 2/9, Hội LHPN xã tổ chức tọa đàm.", published="2023-09-05")
    assert (e.kind, e.date) == ("seminar", None)


def test_the_day_of_an_earlier_meeting_and_a_venue_named_for_meetings():
    # "sau hội nghị … ngày 4.12.2025": the earlier meeting's day; "Trung tâm Tổ chức hội nghị tỉnh" a venue
    (e,) = events("Dự và phát biểu tại hội nghị, bà Bùi Thị Minh Hoài cho biết, sau hội nghị hiệp thương lần thứ "
                  "nhất ngày 4.12.2025, Ủy ban Thường vụ Quốc hội đã ban hành Nghị quyết.", published="2026-02-03")
    assert e.date is None
    (e,) = events("Chiều 29/9, tại Trung tâm Tổ chức hội nghị tỉnh, Đại hội Đảng bộ tỉnh Bắc Ninh lần thứ I, nhiệm "
                  "kỳ 2025-2030 đã tiến hành phiên trù bị.")
    assert (e.kind, e.date) == ("congress", "--09-29")


def test_donations_received_two_days_each_named_and_a_resolve():
    # "<body> tiếp nhận tiền/ủng hộ …" is an event; "ngày 09 và ngày 10/6/2021" starts on the 9th;
    # "quyết tâm tổ chức …" looks ahead
    (e,) = events("Chiều ngày 13/11/2020, Ủy ban MTTQ Việt Nam tỉnh Cà Mau tiếp nhận tiền do Đoàn Luật sư tỉnh vận "
                  "động ủng hộ nông dân.")
    assert (e.kind, e.date, [o.name for o in e.organizers]) == ("other", "2020-11-13", ["Ủy ban MTTQ Việt Nam tỉnh Cà Mau"])
    (e,) = events("Sáng ngày 09 và ngày 10/6/2021, Ban Thường trực Ủy ban MTTQ Việt Nam huyện tổ chức phát động đợt "
                  "cao điểm quyên góp.")
    assert (e.date, e.end_date) == ("2021-06-09", "2021-06-10")
    assert events("Các đại biểu quyết tâm tổ chức thành công Đại hội nhiệm kỳ mới vào ngày 11/6.") == []


def test_an_anniversary_closing_early_next_month_dates_the_year():
    # the day falls a few days before the day the anniversary's span closes on, across a month's end
    (e,) = events("Sáng ngày 30/1, Đảng ủy xã Duy Hoà long trọng tổ chức lễ kỉ niệm 88 năm ngày thành lập Đảng Cộng "
                  "sản Việt Nam (3/2/1930 – 3/2/2018) và trao huy hiệu Đảng cho các đồng chí đảng viên.")
    assert e.date == "2018-01-30"


def test_a_feasts_year_and_organisations_named_after_a_visit():
    # "Nhân dịp Tết Nguyên đán Canh Tý 2020, ngày 8/1, …": the feast's year; "các tổ chức tôn giáo"
    # are organisations, no organizing verb
    (e,) = events("Nhân dịp Tết Nguyên đán Canh Tý 2020, ngày 8/1, Ủy ban MTTQ Việt Nam tỉnh Bình Định đã đến thăm, "
                  "chúc Tết các tổ chức tôn giáo.")
    assert (e.kind, e.date, [o.name for o in e.organizers]) == ("visit", "2020-01-08", ["Ủy ban MTTQ Việt Nam tỉnh Bình Định"])


def test_a_birth_year_is_no_events_year():
    (e,) = events("Ngày 27.11, Ban Giám sát đầu tư của cộng đồng xã An Cơ tổ chức giám sát việc xây dựng nhà đại "
                  "đoàn kết cho hộ bà Lê Thị Lan, sinh năm 1952, thuộc diện hộ nghèo.")
    assert e.date == "--11-27"


def test_a_run_of_days_written_with_dots():
    (e,) = events("Từ ngày 06.11 đến ngày 17.11, Ban Thường trực Ủy ban MTTQVN xã Thái Bình tổ chức Ngày hội "
                  "đại đoàn kết.")
    assert (e.kind, e.date, e.end_date) == ("ceremony", "--11-06", "--11-17")
    # … or both with their years, joined by a dash
    (e,) = events("Từ ngày 11/3/2021 - 14/3/2021, Hội LHPN phường Cẩm Đông tổ chức thành công Hội nghị chi hội "
                  "nhiệm kỳ 2021 - 2026.")
    assert (e.date, e.end_date) == ("2021-03-11", "2021-03-14")


def test_a_festival_a_host_and_an_event_told_done_with_no_day():
    # "Liên hoan …" is an event; "đăng cai tổ chức" hosts it; "Vừa qua, … tổ chức …, đề ra …" took place
    (e,) = events("Ngày 24-6, Tỉnh đoàn Đồng Nai đã đăng cai tổ chức Liên hoan Thanh niên tiên tiến làm theo lời "
                  "Bác lần thứ XVI.")
    assert (e.kind, e.date, [o.name for o in e.organizers]) == ("other", "--06-24", ["Tỉnh đoàn Đồng Nai"])
    (e,) = events("Vừa qua, Hội LHPN tỉnh Khánh Hòa tổ chức Hội nghị Tổng kết hoạt động Hội, phong trào phụ nữ "
                  "năm 2019, đề ra phương hướng nhiệm vụ năm 2020.")
    assert (e.kind, [o.name for o in e.organizers]) == ("review", ["Hội Liên hiệp Phụ nữ tỉnh Khánh Hòa"])
    assert events("Vừa qua, Hội LHPN tỉnh đề nghị các cấp Hội tổ chức hội nghị tổng kết.") == []


def test_an_event_named_again_with_its_run_of_days_is_one_event():
    (e,) = events("Ngày 5/8, Đại hội Đại biểu MTTQ Việt Nam tỉnh Thái Nguyên lần thứ XVI, nhiệm kỳ 2024 - 2029 diễn ra "
                  "phiên họp chính thức.",
                  "Đại hội Đại biểu MTTQ Việt Nam tỉnh Thái Nguyên lần thứ XVI, nhiệm kỳ 2024 - 2029 diễn ra trong 2 "
                  "ngày 4 - 5/8.")
    assert (e.kind, e.date, e.end_date) == ("congress", "--08-04", "--08-05")


def test_a_dated_review_told_by_its_verb_before_what_it_set_out():
    # "<body> tổng kết … năm 2021 đề ra phương hướng …": the review took place; what it set out is its content
    (e,) = events("Ngày 13/01/2022, Ban Dân vận Thành ủy Trà Vinh tổng kết công tác dân vận năm 2021 đề ra "
                  "phương hướng hoạt động năm 2022.")
    assert (e.kind, e.date, [o.name for o in e.organizers]) == (
        "review", "2022-01-13", ["Ban Dân vận Thành ủy Trà Vinh"])
    assert events("Ban Dân vận Thành ủy sẽ tổng kết công tác dân vận năm 2021 vào ngày 13/01/2022.") == []


def test_year_from_a_nearby_dated_mention():
    es = events("Sáng 10/7, Ủy ban MTTQ Việt Nam tỉnh đã họp báo cung cấp thông tin về Đại hội.",
                "Theo đó, Đại hội sẽ diễn ra vào ngày 15 và 16/7/2024 tại Trung tâm hội nghị tỉnh.")
    assert es[0].date == "2024-07-10"


@pytest.mark.parametrize("month,year", [("7", "2022"), ("6", "2022"), ("10", None)])
def test_year_of_the_months_an_event_reviews(month, year):
    # "6 tháng đầu năm 2022" reviewed in June, July or August dates it; in October it may be a
    # later look back, and no year is guessed
    es = events(f"Ngày 11/{month}, Hội đồng nhân dân tỉnh tổ chức Kỳ họp thứ 7.",
                "Kỳ họp xem xét báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2022.")
    assert es[0].date == (f"{year}-{int(month):02d}-11" if year else f"--{int(month):02d}-11")


@pytest.mark.parametrize("text,date", [
    # a whole year is reviewed after it ends: early in the next year
    ("Sáng 3-4, Hội Chữ thập đỏ huyện tổ chức hội nghị tổng kết phong trào hội chữ thập đỏ năm 2018.", "2019-04-03"),
    ("Ngày 20/12, Ủy ban MTTQ huyện tổ chức hội nghị tổng kết công tác Mặt trận năm 2018.", "2018-12-20"),
    # a month's drive is not a year ("tổng kết Tháng Thanh niên năm 2024" in April)
    ("Ngày 12/4, Huyện đoàn tổ chức hội nghị tổng kết Tháng Thanh niên năm 2024.", "2024-04-12"),
])
def test_year_of_a_year_end_review(text, date):
    assert events(text)[0].date == date


@pytest.mark.parametrize("day,date", [("8/9", "2023-09-08"), ("3/10", "2023-10-03"), ("5/12", "--12-05")])
def test_year_of_the_month_an_event_is_of(day, date):
    # "Hội nghị … tháng 9/2023" held in that month or the next; months away, no year is guessed
    es = events(f"Sáng {day}, Ban Tuyên giáo Trung ương tổ chức Hội nghị Báo cáo viên toàn quốc tháng 9/2023 "
                "bằng hình thức trực tuyến.")
    assert es[0].date == date


@pytest.mark.parametrize("text,expected", [
    ("Tham dự hội nghị có ông Lâm Dũng Liêm; 150 đại biểu là đại diện Ban Thường trực.", (150, "exact")),
    ("Tại Hội nghị, 221 đại biểu là cán bộ mặt trận cơ sở được quán triệt Chỉ thị số 18.", (221, "exact")),
    ("Ông Vũ Trọng Kim cùng 260 cán bộ mặt trận của 17 tỉnh, thành phố tham dự.", (260, "exact")),
    ("Dự có khoảng 300 người dân.", (300, "about")),
    ("MTTQ phường đã tổ chức 52 hội nghị tuyên truyền với hơn 4.900 người tham dự.", None),
    ("Thực hiện điều lệ MTTQ Việt Nam, 100% đại biểu tham dự hội nghị đã biểu quyết.", None),
    ("Nghệ An: Vận động hơn 250 tỷ đồng ủng hộ người nghèo.", None),
    ("Trong kỳ đại hội sẽ có 565 đại biểu tham dự.", None),
])
def test_attendance(text, expected):
    assert attendance(canonical(text), False) == expected


def test_dates_inside_parentheses_and_schedules_are_skipped():
    s = "Kỷ niệm 93 năm (18/11/1930 - 18/11/2023). Từ ngày 26 - 30 /10/2023: gửi kế hoạch. Ngày 7/10, họp."
    assert [(d.day, d.month) for d in find_dates(s)] == [(7, 10)]


def test_a_day_standing_alone_dates_the_sentence_after_it():
    (e,) = events("Chiều ngày 29 tháng 4 năm 2022.",
                  "Được sự đồng ý của Đảng ủy phường Lộc Thọ, Chi bộ trường Mầm non 3/2 tổ chức Đại hội chi bộ "
                  "nhiệm kỳ 2022-2025.")
    assert (e.kind, e.date, [o.name for o in e.organizers]) == ("congress", "2022-04-29", ["Chi bộ trường Mầm non 3/2"])
    # … while a day inside a sentence of its own is that sentence's
    assert events("Ngày 29/4/2022, Chi bộ ban hành Nghị quyết.", "Chi bộ tổ chức Đại hội chi bộ nhiệm kỳ 2022-2025.") == []
    # … and so does a day with only its venue ("…, tại Hội trường …"), the next sentence naming who held it
    (e,) = events("Ngày 22 tháng 4 năm 2016, tại Hội trường A Ủy ban nhân dân xã Tân Hải.",
                  "Hội LHPN xã Tân Hải tổ chức Đại hội Đại biểu phụ nữ xã Tân Hải nhiệm kỳ 2016-2021.")
    assert (e.kind, e.date, [o.name for o in e.organizers]) == ("congress", "2016-04-22", ["Hội Liên hiệp Phụ nữ xã Tân Hải"])


def test_a_body_holding_a_commendation_holds_a_conference():
    (e,) = events("Ngày 10.11, UBND tỉnh Yên Bái tổ chức biểu dương, tôn vinh điển hình tiên tiến là người có uy tín.")
    assert (e.kind, e.date, [o.name for o in e.organizers]) == ("conference", "--11-10", ["Ủy ban nhân dân tỉnh Yên Bái"])


def test_an_assessment_of_years_carrying_a_document_out_is_a_review():
    (e,) = events("Chiều 19-5, Huyện ủy Chiêm Hóa đã tổ chức đánh giá 1 năm thực hiện Kết luận số 01-KL/TW của "
                  "Bộ Chính trị.")
    assert (e.kind, e.date, [o.name for o in e.organizers]) == ("review", "--05-19", ["Huyện ủy Chiêm Hóa"])


def test_a_delegation_acts_for_the_body_it_is_of():
    (e,) = events("Ngày 11/3, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam thị xã Ninh Hòa đã có "
                  "buổi giám sát việc thực hiện chính sách bảo hiểm y tế tại UBND xã Ninh Xuân.",
                  published="2024-03-12")
    assert (e.date, [o.name for o in e.organizers]) == (
        "2024-03-11", ["Ban Thường trực Ủy ban MTTQ Việt Nam thị xã Ninh Hòa"])


def test_a_province_after_the_organizer_only_places_it():
    (e,) = events("Ngày 12/9/2024, Ủy ban MTTQ Việt Nam xã Hải Sơn phối hợp với Ủy ban MTTQ Việt Nam huyện "
                  "Hải Lăng, tỉnh Quảng Trị tổ chức lễ bàn giao nhà Đại đoàn kết.")
    assert [o.name for o in e.organizers] == ["Ủy ban MTTQ Việt Nam xã Hải Sơn", "Ủy ban MTTQ Việt Nam huyện Hải Lăng"]
    assert e.organizers[1].locality.parent == Locality("tỉnh", "Quảng Trị")


def test_a_comma_inside_the_organizers_name_and_a_tense_word_before_phoi_hop():
    # found probing fresh pages: "Hội đồng Phổ biến, giáo dục pháp luật …" is one body; "… vừa phối
    # hợp với …" joins two
    (e,) = events("Ngày 8/9/2021, Hội đồng Phổ biến, giáo dục pháp luật huyện Phù Cát tổ chức hội nghị tuyên truyền "
                  "Luật Hòa giải ở cơ sở tại xã Tân Hòa.")
    assert [o.name for o in e.organizers] == ["Hội đồng Phổ biến, giáo dục pháp luật huyện Phù Cát"]
    (e,) = events("Ngày 8/9/2021, Hội Nông dân huyện Phù Cát vừa phối hợp với Hội Liên hiệp Phụ nữ huyện Phù Cát tổ "
                  "chức hội nghị tuyên truyền Luật Hòa giải ở cơ sở.")
    assert [o.name for o in e.organizers] == ["Hội Nông dân huyện Phù Cát", "Hội Liên hiệp Phụ nữ huyện Phù Cát"]


@pytest.mark.parametrize("text,organizers", [
    # found probing fresh pages (thirty-second session): the bodies a lead organizer "phối hợp (với)"
    # or "cùng" lists with commas and "và" each co-organize; a place as written, with its parent
    # dropped; bare bodies of the last one's unit; not those named generically, nor people
    ("Chiều 22/11, tại Công ty TNHH Phú Thọ Matsuoaka (Khu công nghiệp Phú Hà), Liên đoàn lao động tỉnh Phú Thọ "
     "phối hợp với Nhà Văn hoá lao động tỉnh, Phòng Cảnh sát giao thông Công an tỉnh Phú Thọ tổ chức tuyên "
     "truyền Luật Giao thông.",
     ["Liên đoàn Lao động tỉnh Phú Thọ", "Phòng Cảnh sát giao thông Công an tỉnh Phú Thọ"]),
    ("Sáng 10/5, Ban Tuyên giáo Trung ương phối hợp với Ban Kinh tế Trung ương, Liên đoàn Thương mại và Công "
     "nghiệp Việt Nam (VCCI) tổ chức Hội nghị quán triệt Nghị quyết 41.",
     ["Ban Tuyên giáo Trung ương", "Ban Kinh tế Trung ương", "Liên đoàn Thương mại và Công nghiệp Việt Nam"]),
    ("Chiều 2/3, xã Đồng Đăng phối hợp với Đồn Biên phòng Hữu Nghị và Đồn Biên phòng Bảo Lâm tổ chức Ngày hội "
     "Biên phòng toàn dân năm 2026.",
     ["xã Đồng Đăng", "Đồn Biên phòng Hữu Nghị", "Đồn Biên phòng Bảo Lâm"]),
    ("Sáng 27/2, Đồn Biên phòng Sầm Sơn phối hợp với xã Tiên Trang, huyện Quảng Xương tổ chức Ngày hội Biên "
     "phòng toàn dân năm 2025.",
     ["Đồn Biên phòng Sầm Sơn", "xã Tiên Trang"]),
    ("Ngày 22/2, Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo phối hợp với UBND, Ủy ban Mặt trận Tổ quốc Việt Nam thị "
     "trấn Lao Bảo tổ chức Ngày hội Biên phòng toàn dân.",
     ["Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo", "Ủy ban nhân dân thị trấn Lao Bảo",
      "Ủy ban MTTQ Việt Nam thị trấn Lao Bảo"]),
    ("Sáng ngày 10/7/2022, Ủy ban MTTQ Việt Nam xã Bình Lãnh cùng lãnh đạo địa phương, Ban Công tác Mặt trận "
     "thôn 1 và bà con Nhân dân đã tổ chức ra quân dọn vệ sinh.",
     ["Ủy ban MTTQ Việt Nam xã Bình Lãnh", "Ban Công tác Mặt trận thôn 1"]),
    ("Ngày 19.5, Ủy ban MTTQ Việt Nam huyện Tân Biên phối hợp cùng các ban, ngành, đoàn thể huyện tổ chức phát "
     "động phong trào trồng cây năm 2020.",
     ["Ủy ban MTTQ Việt Nam huyện Tân Biên"]),
    # unions of associations, the social insurance and the post office are bodies too (capitalised
    # when "BHXH" opens the name)
    ("Ngày 17/7/2018, Liên hiệp các Hội Khoa học – Kỹ thuật tỉnh Bình Dương phối hợp với Ủy ban MTTQ Việt Nam "
     "tỉnh tổ chức Hội thảo khoa học.",
     ["Liên hiệp các Hội Khoa học – Kỹ thuật tỉnh Bình Dương", "Ủy ban MTTQ Việt Nam tỉnh"]),
    ("BHXH tỉnh và Hội Nông dân tỉnh Bình Dương vừa tổ chức hội nghị tổng kết chương trình phối hợp năm 2020.",
     ["Bảo hiểm xã hội tỉnh", "Hội Nông dân tỉnh Bình Dương"]),
    ("Ngày 15/3/2023, BHXH tỉnh phối hợp với Bưu điện tỉnh tổ chức ra quân tuyên truyền.",
     ["Bảo hiểm xã hội tỉnh", "Bưu điện tỉnh"]),
    # a school's Pioneer unit
    ("Chiều ngày 1/12/2023, Liên đội Trường Tiểu học Hùng Vương tổ chức Đại hội Liên đội nhằm tổng kết.",
     ["Liên đội Trường Tiểu học Hùng Vương"]),
    # the associations for people with disabilities and orphans, named with "và" and commas; where
    # the body went to act is no part of it
    ("Ngày 8/2, Hội bảo trợ người khuyết tật, trẻ mồ côi và Bảo vệ quyền trẻ em tỉnh Thanh Hóa phối hợp với Hiệp "
     "hội doanh nghiệp tỉnh Thanh Hóa tổ chức chương trình “Xuân ấm áp - Tết sum vầy”.",
     ["Hội bảo trợ người khuyết tật, trẻ mồ côi và Bảo vệ quyền trẻ em tỉnh Thanh Hóa",
      "Hiệp hội doanh nghiệp tỉnh Thanh Hóa"]),
    ("Sáng 6/1/2022, Hội Nạn nhân chất độc da cam/dioxin tỉnh đã đến huyện Hồng Dân và huyện Vĩnh Lợi trao 3 mái "
     "ấm da cam.",
     ["Hội Nạn nhân chất độc da cam/dioxin tỉnh"]),
])
def test_the_bodies_a_lead_organizer_joins(text, organizers):
    (e,) = events(text)
    assert [o.name for o in e.organizers] == organizers


def test_what_a_sentence_opens_with_and_where_a_name_ends():
    # found probing fresh pages (thirty-second session): a sentence opened by what it carries on
    # ("Tiếp tục triển khai …, sáng ngày …, …") reports the event after the day, unless that clause
    # looks ahead; a comma inside "phòng, chống" and after "phương hướng" goes on in the name, a
    # closing quote the name did not open ends it; a deadline ("trước ngày …") is no event's day
    (e,) = events("Tiếp tục triển khai các hoạt động trong Chiến dịch “Thanh niên tình nguyện hè” năm 2022, sáng "
                  "ngày 26/6/2022, tại trường THPT Ngô Mây, Huyện đoàn phối hợp với Công an huyện tổ chức Tọa đàm "
                  "tuyên truyền phòng, chống ma túy năm 2022.")
    assert (e.date, e.name, [o.name for o in e.organizers]) == (
        "2022-06-26", "Tọa đàm tuyên truyền phòng, chống ma túy năm 2022", ["Huyện đoàn", "Công an huyện"])
    assert events("Thực hiện kế hoạch, ngày 20/5 tới, Ủy ban MTTQ xã sẽ tổ chức hội nghị.") == []
    (e,) = events("Sáng 15/1, Ủy ban MTTQ Việt Nam xã An Nông tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, "
                  "triển khai phương hướng, nhiệm vụ trọng tâm năm 2026.")
    assert e.name == ("Hội nghị tổng kết công tác Mặt trận năm 2025, triển khai phương hướng, nhiệm vụ trọng tâm "
                      "năm 2026")
    (e,) = events("Chiều 24/2, Đồn Biên phòng Cầu Treo tổ chức “Ngày hội Biên phòng toàn dân”.")
    assert e.name == "Ngày hội Biên phòng toàn dân"
    (e,) = events("Ban Thường vụ Thành ủy tổ chức hội nghị tổng kết cấp thành phố trước ngày 15/10/2021.")
    assert e.date is None
    # ("đối với" is no "với" ending the name; insurance cards handed over are an event)
    (e,) = events("Chiều ngày 18/9, Ủy ban MTTQ xã Quý Quân tổ chức hội nghị phản biện xã hội đối với dự thảo Đề "
                  "án quy hoạch chung xây dựng xã.")
    assert e.name == "Hội nghị phản biện xã hội đối với dự thảo Đề án quy hoạch chung xây dựng xã"
    (e,) = events("Ngày 15.1, Liên đoàn Lao động TP.HCM tặng 820 thẻ bảo hiểm y tế cho đoàn viên.")
    assert (e.date, [o.name for o in e.organizers]) == ("--01-15", ["Liên đoàn Lao động Thành phố Hồ Chí Minh"])
    # (Party badges and admissions handed out are ceremonies; a thousands dot and "bằng hình thức"
    # in a name; years counted are no event's year)
    (e,) = events("Ngày 06-01, Huyện ủy Cái Bè tổ chức trao Huy hiệu Đảng đợt 3/2 cho các Đảng viên cao niên.")
    assert (e.kind, e.date) == ("ceremony", "--01-06")
    (e,) = events("Ngày 20-1, Đảng ủy phường Minh Phụng tổ chức kết nạp đảng viên mới.")
    assert (e.kind, [o.name for o in e.organizers]) == ("ceremony", ["Đảng ủy phường Minh Phụng"])
    (e,) = events("Ngày 14/9, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai trao tặng 3.000 phần quà cho người dân.")
    assert e.name == "Trao tặng 3.000 phần quà"
    (e,) = events("Sáng 09/3/2023, Ban Tuyên giáo Trung ương tổ chức hội nghị Báo cáo viên tháng 3 bằng hình thức "
                  "trực tuyến.")
    assert e.name == "Hội nghị Báo cáo viên tháng 3"
    (e,) = events("Ngày 24-5, Đoàn giám sát của Thường trực HĐND tỉnh giám sát Sở Xây dựng về thực hiện chính sách "
                  "hỗ trợ nhà ở trong 2 năm 2016, 2017.", published=None)
    assert e.date == "--05-24"
    # (a visit's acts after "thăm," go on in its name)
    (e,) = events("Hôm nay (27/9), lãnh đạo tỉnh Bạc Liêu đã đến huyện Hồng Dân thăm, chúc mừng các chùa và đồng "
                  "bào Khmer nhân Lễ Sen Dolta năm 2024.")
    assert e.name == "Thăm, chúc mừng các chùa và đồng bào Khmer nhân Lễ Sen Dolta năm 2024"
    # (the day a quoted commemoration is named for is no event's day)
    assert events("Nhân dịp kỷ niệm ngày “Vì nạn nhân chất độc da cam Việt Nam 10/8”, Hội Nạn nhân chất độc da "
                  "cam/điôxin tỉnh trích 592 triệu đồng tặng quà cho các nạn nhân.") == []


def test_a_day_of_a_run_told_again_is_the_same_event():
    (e,) = events("Trong 2 ngày 18-19/05/2020, Đảng bộ phường Phương Liệt long trọng tổ chức khai mạc Đại hội đại "
                  "biểu lần thứ XIII, nhiệm kỳ 2020-2025.",
                  "Ngày 19/5, Đảng bộ phường Phương Liệt (quận Thanh Xuân) đã tổ chức thành công Đại hội đại biểu "
                  "lần thứ XIII, nhiệm kỳ 2020-2025.")
    assert (e.date, e.end_date) == ("2020-05-18", "2020-05-19")


def test_a_verb_naming_what_a_steering_committee_is_for_is_no_event():
    # found probing fresh pages: "Ban Chỉ đạo Trung ương triển khai …" is the committee's name; the
    # meeting it holds is the event (and with no other head, the verb still dates one)
    (e,) = events("Trưa 9/7, Thủ tướng Phạm Minh Chính, Trưởng Ban Chỉ đạo Trung ương triển khai xóa nhà tạm, "
                  "nhà dột nát trên phạm vi cả nước, đã chủ trì phiên họp thứ 6 của Ban Chỉ đạo.")
    assert (e.kind, e.date, e.name) == ("meeting", "--07-09", "Phiên họp thứ 6")
    (e,) = events("Chiều 12/1/2025, tại Hà Nội, Ban Chỉ đạo Trung ương triển khai xóa nhà tạm, nhà dột nát trên "
                  "phạm vi cả nước tiến hành Phiên họp trực tuyến toàn quốc thứ 2.")
    assert (e.kind, [o.name for o in e.organizers]) == (
        "meeting", ["Ban Chỉ đạo Trung ương triển khai xóa nhà tạm, nhà dột nát trên phạm vi cả nước"])
    (e,) = events("Ngày 9-3-2023, tại Hà Nội, Ban Chỉ đạo Trung ương tổng kết 20 năm thực hiện Nghị quyết số "
                  "23-NQ/TW họp Phiên thứ hai.")
    assert e.date == "2023-03-09"


def test_the_day_told_after_an_events_name_dates_it_and_ends_the_name():
    (e,) = events("Tại hội nghị lần thứ nhất Ban Chấp hành Hội Liên hiệp Phụ nữ Việt Nam chiều 10/3/2022, 100% Ủy "
                  "viên Ban Chấp hành có mặt đã biểu quyết bầu bà Hà Thị Nga.")
    assert (e.date, e.name) == ("2022-03-10", "Hội nghị lần thứ nhất Ban Chấp hành Hội Liên hiệp Phụ nữ Việt Nam")


def test_a_deadline_is_no_event_held():
    # the schedule a directive sets ("… hoàn thành trước 31/8/2020") is no congress held that day
    evs = events("Tại hội nghị, Huyện ủy Hiệp Đức quán triệt chỉ thị số 18-CT/HU về tổ chức đại hội đảng cấp cơ sở. "
                 "Theo đó, đại hội chi bộ hoàn thành trước tháng 2/2020, đại hội đảng bộ huyện hoàn thành trước "
                 "31/8/2020.")
    assert [e.kind for e in evs] == []


def test_words_inside_a_document_name_do_not_make_the_sentence_future():
    (e,) = events("Ngày 14/5/2024, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị tập huấn.",
                  "Bà Hoàng Thị Hà truyền đạt Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư ban hành "
                  "Hướng dẫn khung để tiếp tục đổi mới nội dung, phương thức hoạt động của MTTQ.")
    assert e.directives == ["Quyết định 99"]


def test_the_date_after_a_documents_subject_and_a_led_delegation():
    (e,) = events("Thực hiện Kế hoạch số 25/KH-MTTQ-BTT ngày 15/7/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam "
                  "huyện về giám sát việc thực hiện chính sách hỗ trợ người lao động gặp khó khăn do đại dịch "
                  "Covid-19, ngày 2/8, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Châu Thành do "
                  "ông Nguyễn Văn Bé Tư, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện làm trưởng đoàn đã giám sát tại "
                  "Ủy ban nhân dân xã An Hiệp.", published="2021-08-03")
    assert (e.kind, e.date, [o.name for o in e.organizers]) == (
        "meeting", "2021-08-02", ["Ban Thường trực Ủy ban MTTQ Việt Nam huyện Châu Thành"])


def test_documents_listed_under_newly_issued_are_passed_on():
    (e,) = events("Ngày 13/11/2025, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị quán triệt. Các đại biểu quán triệt nội "
                  "dung một số văn bản mới ban hành: Kết luận số 198-KL/TW ngày 08/10/2025 của Bộ Chính trị; Quy "
                  "định số 377-QĐ/TW ngày 08/10/2025 của Bộ Chính trị.")
    assert e.directives == ["Kết luận 198", "Quy định 377"]


def test_documents_listed_as_items_counted_in_words_are_passed_on():
    (e,) = events("Ngày 15/6/2017, Thường trực HĐND huyện tổ chức phiên họp thường kỳ.",
                  "Phiên họp đã thống nhất 09 nội dung trình kỳ họp thứ 4 xem xét, thông qua, cụ thể:",
                  "Một là, Đề án phát triển nguồn nhân lực huyện đến năm 2020.",
                  "Hai là, Đề án phát triển du lịch huyện đến năm 2020.")
    assert e.directives == ["Đề án phát triển nguồn nhân lực huyện đến năm 2020",
                            "Đề án phát triển du lịch huyện đến năm 2020"]


def test_a_body_named_for_a_document_holds_the_event():
    (e,) = events("Chiều ngày 27/01/2026, Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của Đảng ủy xã Nghĩa Tá tổ "
                  "chức Hội nghị nhằm đánh giá tình hình thực hiện.")
    assert (e.kind, e.date) == ("conference", "2026-01-27")


@pytest.mark.parametrize("text,published,date,end", [
    ("Sáng nay (20/5), Ủy ban MTTQ Việt Nam tỉnh tổ chức Hội nghị phản biện xã hội.", "2024-05-20", "2024-05-20", None),
    ("Từ ngày 5 đến ngày 6/3/2017, Ủy ban MTTQ Việt Nam tỉnh tổ chức Hội nghị tập huấn.", None, "2017-03-05", "2017-03-06"),
    # three days and more listed (found probing fresh pages): the first to the last
    ("Trong các ngày 13, 14 và 15-8, HĐND huyện Mai Châu tổ chức kỳ họp thứ 7.", None, "--08-13", "--08-15"),
    ("Các ngày 16, 17 và 18 tháng 5 năm 2019, Hội Nông dân tỉnh tổ chức Đại hội.", None, "2019-05-16", "2019-05-18"),
])
def test_more_ways_to_write_the_date(text, published, date, end):
    (e,) = events(text, published=published)
    assert (e.date, e.end_date) == (date, end)


def test_another_event_the_same_day():
    evs = events("Sáng 4/8, Ủy ban MTTQ Việt Nam phường Quy Nhơn Nam tổ chức buổi tiếp xúc cử tri.",
                 "Chiều cùng ngày, Ủy ban MTTQ Việt Nam phường tổ chức bàn giao nhà Đại đoàn kết cho hộ nghèo.",
                 published="2025-08-05")
    assert [(e.kind, e.date) for e in evs] == [("meeting", "2025-08-04"), ("ceremony", "2025-08-04")]


def test_another_event_the_same_day_after_a_bullet():
    # "* cùng ngày, …" (found probing fresh pages), even for a congress named as the first one
    evs = events("Ngày 25-10-2025, Ủy ban MTTQ Việt Nam phường Long Hương tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ "
                 "2025-2030.", "* cùng ngày, Ủy ban MTTQ Việt Nam phường Thủ Dầu Một tổ chức Đại hội đại biểu lần thứ I, "
                 "nhiệm kỳ 2025-2030.")
    assert [(e.date, [o.name for o in e.organizers]) for e in evs] == [
        ("2025-10-25", ["Ủy ban MTTQ Việt Nam phường Long Hương"]),
        ("2025-10-25", ["Ủy ban MTTQ Việt Nam phường Thủ Dầu Một"])]


@pytest.mark.parametrize("texts,published,expected", [
    # the year the event's own name gives
    (["Chiều ngày 22/3, Ủy ban MTTQ tỉnh Quảng Bình tổ chức hội nghị triển khai nhiệm vụ thông tin, tuyên "
      "truyền năm 2018."], None, [("conference", "2018-03-22")]),
    # ... for a January review that plans the next year, the next year
    (["Ngày 10/1, Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị tổng kết công tác Mặt trận năm 2018, triển "
      "khai nhiệm vụ năm 2019."], None, [("review", "2019-01-10")]),
    # an anniversary's span fixes the year of an event days from it, and is never its date
    (["Tối 12/11, nhân dịp kỷ niệm 95 năm Ngày truyền thống MTTQ Việt Nam (18/11/1930 - 18/11/2025), "
      "Ủy ban MTTQ Việt Nam phường Phương Liệt đã tổ chức Ngày hội Đại đoàn kết toàn dân tộc."], None,
     [("ceremony", "2025-11-12")]),
    (["Hưởng ứng kỷ niệm 93 năm ngày thành lập MTTQ Việt Nam 18/11/1930 - 18/11/2023, sáng 14/11, ấp Đay "
      "Sô tổ chức Ngày hội Đại đoàn kết toàn dân tộc."], None, [("ceremony", "2023-11-14")]),
    # a day a few weeks after the page's date line in its year is reported there all the same (the
    # line is off); a day after "nhân dịp" is the one celebrated, not the event's
    (["Chiều 20/8, Ủy ban MTTQ Việt Nam thành phố tổ chức sơ kết 5 năm Cuộc vận động “Toàn dân đoàn kết xây "
      "dựng nông thôn mới, đô thị văn minh”."], "2025-08-08", [("review", "2025-08-20")]),
    (["Ngày 13/7/2025, Đoàn phường Hồng Bàng đã tổ chức Hội nghị triển khai Kế hoạch 27 tháng 7.",
      "Hội nghị cũng là dịp để các chi đoàn trao đổi về các hoạt động nhân dịp 27/7."],
     "2025-07-15", [("conference", "2025-07-13")]),
    # a date line that gives only the month
    (["Sáng 14-11, đồng chí Trần Thanh Mẫn đã đến dự Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư "
      "Hồng Tiến."], "2021-11", [("ceremony", "2021-11-14")]),
    # handing over a house is an event without an "organise" verb
    (["Ngày 13/8, Ủy ban MTTQ Việt Nam xã Tân Hà (huyện Hàm Tân, tỉnh Bình Thuận) đã trao nhà Đại Đoàn "
      "Kết cho hộ nghèo là đồng bào dân tộc thiểu số ở thôn Suối Máu."], "2021-08-14", [("ceremony", "2021-08-13")]),
    # events told as held, without a date
    (["Hội truyền thống Trường Sơn - đường Hồ Chí Minh xã Thống Nhất, vừa tổ chức thành công Đại hội khóa I, "
      "nhiệm kỳ 2022 – 2027."], None, [("congress", None)]),
    # ... what the clause after it says the event did is no plan ("… và đề ra phương hướng …")
    (["Hội Chữ thập đỏ xã Cẩm Thanh vừa tổ chức thành công Đại hội đại biểu lần thứ V, tổng kết hoạt động nhiệm "
      "kỳ 2015 – 2021 và đề ra phương hướng nhiệm vụ nhiệm kỳ 2021 – 2026."], None, [("congress", None)]),
    (["Vừa qua, Ban Thường vụ Hội Nông dân tỉnh đã tổ chức 02 lớp tập huấn “sản xuất nông nghiệp sạch” cho 230 "
      "cán bộ."], None, [("training", None)]),
    (["Dự và chỉ đạo đại hội có Chủ tịch UBMTTQ Việt Nam TP. Huế, bà Nguyễn Thị Ái Vân."], None, [("congress", None)]),
    # ... the head itself the verb the body is said to have just done; passing something on is not
    (["Uỷ ban MTTQ huyện Ninh Giang vừa tổng kết 20 năm tổ chức ngày hội đại đoàn kết toàn dân tộc ở thôn."],
     None, [("review", None)]),
    (["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Long An vừa họp mặt cán bộ Mặt trận qua các thời kỳ."],
     None, [("ceremony", None)]),
    (["Ủy ban MTTQ phường đã triển khai đến 13 tổ dân phố trên địa bàn."], None, []),
    # ... referred back to as where something happened ("Tại diễn đàn", "Tại lễ", "Tại kỳ họp")
    (["Tại diễn đàn, cán bộ, hội viên phụ nữ đã cùng nhau ôn lại lịch sử, truyền thống Hội."], None,
     [("seminar", None)]),
    (["Tại kỳ họp, các đại biểu đã thảo luận và biểu quyết thông qua 12 nghị quyết."], None, [("meeting", None)]),
    # dates with dots after a word that says a date follows; a range of days; a count in the head
    (["Ngày 22.11, tại TP Quy Nhơn, Cụm thi đua số 1 đã tổ chức hội nghị trực báo công tác Mặt trận năm 2018."],
     None, [("review", "2018-11-22")]),
    (["Đại hội đại biểu MTTQ Việt Nam tỉnh Ninh Bình lần thứ I, nhiệm kỳ 2025 - 2030, diễn ra trong các ngày "
      "27 - 28.11.2025."], None, [("congress", "2025-11-27")]),
    (["Ngày 06/9/2021 Thường trực Ủy ban MTTQ Việt Nam huyện Điện Biên tổ chức trao 03 nhà Đại đoàn kết cho "
      "03 gia đình đặc biệt khó khăn."], None, [("ceremony", "2021-09-06")]),
    # the year the event's name gives where the next sentence names it again, whole
    (["Ngày 4/11, Khu dân cư số 2 và số 3 Tổ dân phố 4, thị trấn Đức Phổ tổ chức Ngày hội Đại đoàn kết.",
      "Đây là liên khu dân cư được Ủy ban Mặt trận thị trấn Đức Phổ chọn làm điểm tổ chức Ngày hội Đại đoàn "
      "kết năm 2016."], None, [("ceremony", "2016-11-04")]),
    (["Ngày 15/10, Ủy ban MTTQ huyện tổ chức Hội nghị lần thứ 5.",
      "Hội nghị đánh giá kết quả công tác năm 2020."], None, [("conference", "--10-15")]),
    # a year after a semicolon of the event's name; not a target year
    (["Sáng 14-12, Ban Thường trực Ủy ban MTTQ tỉnh Thanh Hóa tổ chức hội nghị quán triệt Nghị quyết Hội nghị "
      "lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XIII; tổng kết công tác biên tập năm 2022."], None,
     [("conference", "2022-12-14")]),
    (["Ngày 6/7, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết thực hiện Nghị quyết 39 về phát triển vùng "
      "duyên hải Trung Bộ đến năm 2010."], None, [("review", "--07-06")]),
    # the quarter an event's name is of gives its year
    (["Ngày 20/9, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Đoan Hùng tổ chức hội nghị giao ban công tác Mặt trận "
      "quý III/2022."], None, [("conference", "2022-09-20")]),
    # a council "họp phiên" (sat)
    (["Chiều ngày 08/10 Hội đồng nghĩa vụ quân sự huyện Na Rì đã họp phiên lần 1."], None, [("meeting", "--10-08")]),
    # a visit on another day is another visit
    (["Sáng 12/4, đồng chí Võ Văn Hùng, Bí thư Tỉnh ủy Sóc Trăng đến thăm chùa Som Rông.",
      "Sáng 13/4, đồng chí Lâm Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đến thăm chùa Kh Leang."], None,
     [("visit", "--04-12"), ("visit", "--04-13")]),
    # an aside in parentheses on another event's schedule says nothing of this one
    (["Chuẩn bị cho Kỳ họp thứ 7, HĐND tỉnh khóa XVII (dự kiến diễn ra từ ngày 8 đến 10-12), sáng 14-11, các tổ "
      "đại biểu HĐND tỉnh tiếp tục tiếp xúc cử tri xã Tam Gia."], None, [("meeting", "--11-14")]),
    # a total of the period is no event ("đã tiến hành 185 cuộc giám sát"); a sum handed over is one
    (["Trong 6 tháng đầu năm, các ban thanh tra nhân dân trên địa bàn huyện Đông Anh đã tiến hành 185 cuộc giám "
      "sát, phát hiện 9 vụ việc sai phạm."], None, []),
    (["Ngày 5/12, tại xã Ba Tơ, Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi đã trao hơn 500 triệu đồng hỗ trợ 15 hộ dân "
      "bị thiệt hại do mưa lũ."], None, [("other", "--12-05")]),
])
def test_events_real_pages_report(texts, published, expected):
    assert [(e.kind, e.date) for e in events(*texts, published=published)] == expected


def test_list_items_take_the_cue_of_the_line_that_opens_them():
    (e,) = events("Sáng ngày 28/8/2025, Đảng ủy xã Ya Ly đã tổ chức Hội nghị phổ biến, quán triệt văn bản.",
                  "Đồng chí Nguyễn Đăng Khoa, Phó Bí thư Thường trực Đảng ủy xã quán triệt văn bản:",
                  "- Nghị quyết Đại hội đại biểu Đảng bộ xã Ya Ly lần thứ nhất, nhiệm kỳ 2025-2030.",
                  "- Chỉ thị 01-CT/ĐU ngày 13-8-2025 của Ban Thường vụ Đảng ủy về quán triệt Nghị quyết.")
    assert "Chỉ thị 01" in e.directives


def test_lines_opening_with_a_document_under_a_colon_take_its_cue():
    (e,) = events("Sáng ngày 20/8/2025, Đảng ủy xã Phú Thiện tổ chức hội nghị trực tuyến.",
                  "Tại hội nghị, các đại biểu đã nghe phổ biến những nội dung cốt lõi của các nghị quyết:",
                  "Nghị quyết 59-NQ/TW về hội nhập quốc tế trong tình hình mới.",
                  "Nghị quyết 70-NQ/TW về bảo đảm an ninh năng lượng quốc gia.",
                  "Các đại biểu thống nhất cao.")
    assert e.directives == ["Nghị quyết 59", "Nghị quyết 70"]


def test_through_the_event_passes_no_document_on():
    # "Thông qua hội nghị, …" is "through the conference"; "thông qua" a document adopts it
    (e,) = events("Sáng 12/3/2024, Ủy ban MTTQ huyện tổ chức hội nghị giám sát.",
                  "Thông qua hội nghị, đã thể hiện vai trò của MTTQ trong thực hiện Quyết định số 217-QĐ/TW "
                  "của Bộ Chính trị.")
    assert e.directives == []
    (e,) = events("Sáng 12/3/2024, Ủy ban MTTQ huyện tổ chức hội nghị, thông qua Quy chế phối hợp năm 2024.")
    assert e.directives == ["Quy chế phối hợp năm 2024"]


def test_a_future_word_of_an_earlier_agenda_item_is_not_the_next_ones():
    # found probing fresh pages: "đề ra phương hướng quý II" looks ahead; the item after ";" passed
    # the resolution on that day
    (e,) = events("Ngày 5/4/2024, Ủy ban MTTQ Việt Nam xã Tịnh Hà tổ chức Hội nghị giao ban công tác mặt trận quý I, "
                  "đề ra phương hướng, nhiệm vụ trọng tâm quý II; triển khai kế hoạch hành động thực hiện Nghị quyết "
                  "số 01-NQ/TU của Tỉnh ủy.")
    assert e.directives == ["Nghị quyết 01"]
    (e,) = events("Ngày 5/4/2024, Ủy ban MTTQ Việt Nam xã Tịnh Hà tổ chức hội nghị, đề ra kế hoạch triển khai "
                  "Nghị quyết số 01-NQ/TU của Tỉnh ủy trong thời gian tới.")
    assert e.directives == []


def test_a_documents_own_date_after_its_name_dates_no_event():
    # found probing fresh pages: the law's date is the law's
    got = events("Thực hiện Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015, Thường trực HĐND huyện "
                 "Trạm Tấu phối hợp với Ủy ban MTTQ huyện tổ chức tiếp xúc cử tri.")
    assert [e.date for e in got if e.date] == []


def test_the_day_a_document_was_issued_dates_no_event():
    evs = events("Hội nghị cán bộ chủ chốt quán triệt Quyết định số 217-QĐ/TW của Bộ Chính trị",
                 "Đồng chí Vũ Công Tiến chủ trì hội nghị, phát biểu nhấn mạnh: Ngày 12/12/2013, Bộ Chính trị "
                 "ban hành kèm theo Quyết định số 217-QĐ/TW Quy chế giám sát và phản biện xã hội.")
    assert [e.date for e in evs] == [None]


def test_numbered_list_items_take_the_cue_of_the_line_that_opens_them():
    (e,) = events("Ngày 19/12/2021 HĐND xã Trung Hà tổ chức kỳ họp thứ 3.",
                  "Kỳ họp đã thông qua 02 Nghị quyết:",
                  "1. Nghị quyết về dự toán thu, chi ngân sách năm 2022.",
                  "2. Nghị quyết về tổ chức các kỳ họp thường lệ năm 2022.")
    assert e.directives == ["Nghị quyết về dự toán thu, chi ngân sách năm 2022",
                            "Nghị quyết về tổ chức các kỳ họp thường lệ năm 2022"]


def test_a_session_a_leader_chairs_is_a_meeting():
    (e,) = events("Chiều 4-2, tại Văn phòng Tỉnh ủy, đồng chí Thái Đại Ngọc - Bí thư Tỉnh ủy chủ trì phiên họp thứ "
                  "nhất Ban Chỉ đạo thực hiện Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh.")
    assert (e.kind, e.date) == ("meeting", "--02-04")


def test_a_decision_announced_at_a_ceremony_is_its_directive():
    (e,) = events("Sáng 16/12, UBND TP. Quảng Ngãi tổ chức Lễ công bố Nghị quyết số 1279/NQ-UBTVQH15 ngày 14/11/2024 "
                  "của Ủy ban Thường vụ Quốc hội về việc sắp xếp đơn vị hành chính cấp xã.")
    assert (e.kind, e.directives) == ("ceremony", ["Nghị quyết 1279"])


def test_an_undated_event_takes_the_year_its_headline_names():
    title = "Hơn 400 cán bộ dự hội nghị tập huấn cán bộ Mặt trận năm 2014"
    text = "(VOH) - UBMTTQ TPHCM vừa tổ chức hội nghị tập huấn cho hơn 400 cán bộ Mặt trận về 6 chuyên đề."
    art = Article(id="t", text=text, title=title)
    [e] = extract_events(art, sentences(text), None, [], [])
    assert (e.kind, e.date) == ("training", "2014")
    # a year in the headline that is not after the event's head names no event's year
    art = Article(id="t", text=text, title="Năm 2014: TPHCM tổ chức hội nghị tập huấn cán bộ Mặt trận")
    [e] = extract_events(art, sentences(text), None, [], [])
    assert e.date is None


@pytest.mark.parametrize("text,date", [
    # the year of a document another clause names is not the undated event's
    ("Tại kỳ họp, HĐND huyện Tây Hòa thông qua Nghị quyết về việc điều chỉnh kế hoạch vốn đầu tư công năm 2022.",
     None),
    # its own clause's year is, even where its name stops short
    ("Hội Nông dân huyện vừa tổ chức Hội nghị tổng kết công tác Hội và phong trào nông dân năm 2022.", "2022"),
    # a target the clause sets is not its year
    ("Theo thông tin tại hội nghị, xã Ea Kao đặt mục tiêu phấn đấu đến cuối năm 2027 có 100% gia đình cán bộ đạt "
     "tiêu chí “Gia đình số”.", None),
])
def test_an_undated_events_year_is_of_its_own_clause(text, date):
    (e,) = events(text)
    assert e.date == date


@pytest.mark.parametrize("text", ["Ngày 26/1, Bí thư Tỉnh ủy Quảng Nam Lương Nguyễn Minh Triết chúc Tết Mẹ Việt Nam anh hùng.",
                                  "Ngày 26/1, đoàn công tác của Tỉnh ủy chúc thọ cụ Trần Thị Lan."])
def test_a_new_year_or_longevity_greeting_is_a_visit(text):
    # (lexicon event_kinds, matched in any case: "chúc Tết")
    (e,) = events(text)
    assert (e.kind, e.date) == ("visit", "--01-26")


def test_a_leaders_visit_told_without_a_day_is_an_event():
    (e,) = events("Nhân dịp Tết Nguyên đán, đồng chí Trần Văn Bình - Bí thư Huyện ủy Yên Định đã đến thăm, tặng quà "
                  "các gia đình chính sách.")
    assert (e.kind, e.date, e.organizers) == ("visit", None, [])
    (e,) = events("Hội Nông dân huyện đã đến thăm các hộ nghèo.")
    assert [o.name for o in e.organizers] == ["Hội Nông dân huyện"]


def test_an_event_dated_after_the_page_is_scheduled_not_reported():
    text = "Đại hội đại biểu Hội Nông dân tỉnh An Giang diễn ra trong 2 ngày (từ ngày 01 đến ngày 02/8/2023)."
    assert events(text, published="2023-07-24") == []
    assert [e.date for e in events(text, published="2023-08-03")] == ["2023-08-01"]
    # years before the day, the page's date line is a stale clock, not when it was published
    assert [e.date for e in events(text, published="2015-01-05")] == ["2023-08-01"]


def test_an_undated_review_of_one_year_planning_the_next_has_no_year():
    # held late in 2020 or early in 2021: the name does not say which
    (e,) = events("Hội Nông dân huyện Yên Lập vừa tổ chức Hội nghị tổng kết công tác Hội năm 2020, triển khai "
                  "phương hướng nhiệm vụ năm 2021.")
    assert (e.kind, e.date) == ("review", None)


def test_a_dotted_number_is_not_a_date():
    assert [(d.day, d.month) for d in find_dates("Quỹ hỗ trợ 3.5 tỷ đồng cho 12.4 nghìn hộ.")] == []
    assert [(d.day, d.month) for d in find_dates("Tối 18.11, Ban công tác mặt trận tổ chức ngày hội.")] == [(18, 11)]


@pytest.mark.parametrize("text,dates", [
    # a share of units counted ("9/9 cơ sở") is no date; a date cue before it makes it one
    ("Long Xuyên 9/9 cơ sở Hội tổ chức Đại hội (đạt 100%); Châu Đốc 7/7 cơ sở.", []),
    ("Toàn huyện có 10/12 xã đã tổ chức Đại hội điểm.", []),
    ("Ngày 9/9 xã An Hòa tổ chức Đại hội.", [(9, 9)]),
    ("Sáng 12/12, Ủy ban MTTQ xã tổ chức hội nghị.", [(12, 12)]),
    # a batch named by its day; a count's as-of day in parentheses (not "Sáng nay (13/4)")
    ("Huyện ủy vừa tổ chức lễ trao tặng Huy hiệu Đảng đợt 7/11 năm 2024 cho 40 đảng viên.", []),
    ("Đến nay (15/3/2024) 20/20 xã, thị trấn của huyện đã hoàn thành đại hội.", []),
    ("Sáng nay (13/4), đồng chí Lâm Thị Hoa đến thăm chùa.", [(13, 4)]),
    # a count's cutoff day ("tính đến hết ngày 20/6")
    ("Tính đến hết ngày 20/6, đã có 9/9 huyện tổ chức thành công Đại hội.", []),
])
def test_a_share_of_units_is_not_a_date(text, dates):
    assert [(d.day, d.month) for d in find_dates(text)] == dates


@pytest.mark.parametrize("text,dates", [
    # the date of a named day is the day celebrated, not a day something happened
    ("Chào mừng ngày Quốc tế phụ nữ 8/3, chiều ngày 6/3/2023, Hội LHPN thị trấn tổ chức họp mặt.", [(6, 3)]),
    ("Nhân dịp kỷ niệm Ngày Thương binh - Liệt sĩ 27/7, sáng 25/7 Ủy ban MTTQ huyện tổ chức lễ.", [(25, 7)]),
    # a weekday and the event's own name keep their dates
    ("Sáng ngày Chủ nhật 5/3, Ủy ban MTTQ xã tổ chức ra quân.", [(5, 3)]),
    ("Ngày hội Đại đoàn kết toàn dân tộc 18/11 diễn ra tại thôn 3.", [(18, 11)]),
])
def test_a_named_days_date_is_not_the_events(text, dates):
    assert [(d.day, d.month) for d in find_dates(text)] == dates


def test_the_day_told_with_a_time_of_day_is_the_events():
    (e,) = events("Thiết thực chào mừng 113 năm ngày Quốc tế phụ nữ (8/3), Tết 14/2 của thanh niên, chiều ngày "
                  "6/3/2023, Hội Liên hiệp Phụ nữ thị trấn tổ chức họp mặt cán bộ, hội viên.")
    assert e.date == "2023-03-06"


@pytest.mark.parametrize("text,dates", [
    # a run of days is the event's, from its first day: after "Trong 2 ngày," and after "từ ngày"
    ("Trong 2 ngày, 28-29/9/2016, Ủy ban MTTQ Việt Nam thị xã tổ chức Đại hội.", [(28, 9, 2016, 29)]),
    ("Theo đó, đại hội diễn ra từ ngày 16-18/10 tại Hà Nội.", [(16, 10, None, 18)]),
    # … and in parentheses after "2 ngày"
    ("Sau 2 ngày (27-28/11) làm việc khẩn trương, Đại hội đã thành công tốt đẹp.", [(27, 11, None, 28)]),
    # "các ngày từ 11 đến 18/11/2019": "ngày" before the range, not after "từ"
    ("Trong các ngày từ 11 đến 18/11/2019, các thôn đã tổ chức Ngày hội Đại đoàn kết.", [(11, 11, 2019, 18)]),
    # "mùng" before a day of the first ten
    ("Đại hội diễn ra trong 2 ngày (mùng 4 và mùng 5/8).", [(4, 8, None, 5)]),
    # … each day with its month, the year after the last
    ("Trong hai ngày 31/5 và 1/6/2016, Tỉnh ủy Bắc Giang đã tổ chức Hội nghị.", [(31, 5, 2016, None)]),
    ("Trong 2 ngày 14/10 và 15/10/2024, Hội Nông dân huyện tổ chức Đại hội.", [(14, 10, 2024, 15)]),
    # … and in words
    ("Ngày 16,17 tháng 5 năm 2019, Đại hội đại biểu Mặt trận Tổ quốc Việt Nam thành phố long trọng được "
     "diễn ra.", [(16, 5, 2019, 17)]),
    ("Trong các ngày 8 và 9 tháng 12, Hội Nông dân huyện tổ chức Đại hội.", [(8, 12, None, 9)]),
    # one day after "từ ngày" is a bound, not an event's day; two days after "từ" are the event's
    ("Luật có hiệu lực từ ngày 1/7/2023.", []),
    ("Diễn ra từ 5-6/1 tại TP Hồ Chí Minh, Hội nghị đã hoàn thành các nội dung.", [(5, 1, None, 6)]),
    # "từ d/m - d/m", "từ d/m đến d/m": the first day, the month's last day its end
    ("Đại hội diễn ra trong hai ngày từ 10/4 - 11/4 với sự tham dự của bà A.", [(10, 4, None, 11)]),
    ("Hội nghị diễn ra từ 10/4 đến 11/4/2019.", [(10, 4, 2019, 11)]),
    ("Đại hội Hội Nông dân tỉnh lần thứ X diễn ra vào 20 - 21/09/2023.", [(20, 9, 2023, 21)]),
    # "ngày d đến d/m": the run of days with "ngày" alone
    ("Ngày 15 đến 19/11/2021, Ban Thường trực tổ chức đoàn giám sát tại 5 xã.", [(15, 11, 2021, 19)]),
])
def test_a_run_of_days(text, dates):
    assert [(d.day, d.month, d.year, d.end_day) for d in find_dates(text)] == dates


@pytest.mark.parametrize("text,name", [
    # the name ends where the event's next act begins
    ("Sáng 4/7, Đại hội đại biểu MTTQ Việt Nam tỉnh An Giang lần thứ XI, nhiệm kỳ 2024-2029 khai mạc phiên "
     "họp chính thức.", "Đại hội đại biểu MTTQ Việt Nam tỉnh An Giang lần thứ XI, nhiệm kỳ 2024-2029"),
    ("Ngày 5-12, tại Cung Văn hóa Thiếu nhi tỉnh diễn ra Đại hội đại biểu MTTQ Việt Nam tỉnh Khánh Hòa lần "
     "thứ I, nhiệm kỳ 2025 - 2030 phiên chính thức.",
     "Đại hội đại biểu MTTQ Việt Nam tỉnh Khánh Hòa lần thứ I, nhiệm kỳ 2025 - 2030"),
    # …but "khai mạc" right after the head is the name
    ("Sáng 2/9, Ủy ban MTTQ Việt Nam huyện tổ chức Lễ khai mạc Hội thi cán bộ Mặt trận giỏi.",
     "Lễ khai mạc Hội thi cán bộ Mặt trận giỏi"),
    # a comma before the next thing the event passes on is inside the name
    ("Ngày 21/11, Ủy ban Trung ương MTTQ Việt Nam tổ chức Hội nghị trực tuyến toàn quốc quán triệt, triển khai "
     "Nghị quyết Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX.",
     "Hội nghị trực tuyến toàn quốc quán triệt, triển khai Nghị quyết Đại hội đại biểu toàn quốc MTTQ Việt Nam "
     "lần thứ IX"),
    ("Sáng 5/1, Ủy ban MTTQ Việt Nam huyện tổ chức Hội nghị tổng kết công tác Mặt trận năm 2023, triển khai "
     "nhiệm vụ năm 2024.", "Hội nghị tổng kết công tác Mặt trận năm 2023, triển khai nhiệm vụ năm 2024"),
    # … or where the sentence says what the event is ("… là sự kiện chính trị quan trọng")
    ("Ngày 26/9/2024, Đại hội đại biểu các dân tộc thiểu số tỉnh Hậu Giang lần thứ IV - năm 2024 là sự kiện "
     "chính trị quan trọng của tỉnh.", "Đại hội đại biểu các dân tộc thiểu số tỉnh Hậu Giang lần thứ IV - năm 2024"),
])
def test_event_name_ends_before_its_next_act(text, name):
    (e,) = events(text)
    assert e.name == name


@pytest.mark.parametrize("text,directives", [
    # a document the event follows is no content of it
    ("Ngày 15/3/2026, Ủy ban Trung ương MTTQ Việt Nam tổ chức Hội nghị hiệp thương lần thứ hai; đại biểu "
     "đã thảo luận danh sách người ứng cử theo đúng quy định của Luật Bầu cử.", []),
    ("Ngày 2/3/2023, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị quán triệt và hướng dẫn triển khai công tác "
     "cứu trợ theo Nghị định số 93/2021/NĐ-CP ngày 27/10/2021 của Chính phủ.", ["Nghị định 93"]),
])
def test_a_document_cited_as_a_rule_is_no_event_content(text, directives):
    (e,) = events(text)
    assert e.directives == directives


@pytest.mark.parametrize("text,directives", [
    # communicating a scheme, a contest on a law: what the event passed on
    ("Ngày 5/3/2023, Hội LHPN huyện Phú Hòa tổ chức buổi truyền thông Đề án 938 cho 350 hội viên phụ nữ.",
     ["Đề án 938"]),
    ("Ngày 9/11/2022, Đoàn Thanh niên xã tổ chức hội thi tìm hiểu Luật Thanh niên năm 2020.",
     ["Luật Thanh niên"]),
])
def test_verbs_of_passing_a_document_on(text, directives):
    (e,) = events(text)
    assert e.directives == directives


def test_talks_between_two_fronts_are_a_meeting():
    (e,) = events("Chiều 15.10 tại TP.Tam Kỳ, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Võ Xuân Ca và Chủ tịch Ủy ban Mặt "
                  "trận Lào xây dựng đất nước tỉnh Sê Kông đồng chủ trì cuộc Hội đàm thường niên năm 2019.")
    assert (e.kind, e.date) == ("meeting", "2019-10-15")


def test_a_delegation_inspecting_the_work_is_a_meeting():
    (e,) = events("Chiều 5/9/2023, đoàn công tác của Ban Dân vận Trung ương do Trung tướng Nguyễn Văn Gấu làm "
                  "trưởng đoàn, kiểm tra việc thực hiện chương trình phối hợp công tác dân vận tại TP Hà Tĩnh.")
    assert (e.kind, e.date) == ("meeting", "2023-09-05")


@pytest.mark.parametrize("texts,directives", [
    # a future word after the cue belongs to what was passed on, not to the sentence's mood
    (["Ngày 14/8/2023, Ban Thường trực Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị.",
      "Hội nghị quán triệt mục đích của Đại hội; tiếp tục khẳng định vai trò của Mặt trận theo Chỉ thị "
      "số 22-CT/TW ngày 25/5/2023 của Ban Bí thư."], ["Chỉ thị 22"]),
    # …but a cue said of the future passes nothing on yet
    (["Ngày 14/8/2023, Ban Thường trực Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị.",
      "Thời gian tới, Ban Thường trực sẽ quán triệt Chỉ thị số 22-CT/TW ngày 25/5/2023 của Ban Bí thư."], []),
    (["Ngày 14/8/2023, Ban Thường trực Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị quán triệt Chỉ thị số "
      "22-CT/TW của Ban Bí thư.",
      "Hội nghị đề nghị các xã triển khai Hướng dẫn số 78/HD-MTTQ-BTT của Ban Thường trực."], ["Chỉ thị 22"]),
    # nor is what the work is for ("nhằm triển khai thực hiện tốt …")
    (["Ngày 10/3/2020, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức lớp tập huấn công tác dân chủ, pháp "
      "luật nhằm triển khai thực hiện tốt Kế hoạch công tác nhiệm kỳ 2019-2024 của Đoàn Chủ tịch."], []),
    # … nor the aim the discussion served, after its cue ("thảo luận … nhằm thực hiện thắng lợi …")
    (["Ngày 12/1/2026, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị Ban Chấp hành lần thứ hai.",
      "Các đại biểu đã tích cực trao đổi, thảo luận và đóng góp nhiều ý kiến tâm huyết nhằm thực hiện thắng "
      "lợi Nghị quyết Đại hội Phụ nữ tỉnh lần thứ I."], []),
    # … nor the work it is tied to ("… gắn với thực hiện Chỉ thị 05")
    (["Ngày 8/3/2019, Hội Liên hiệp Phụ nữ huyện tổ chức hội nghị tuyên truyền cuộc vận động “Xây dựng gia "
      "đình 5 không, 3 sạch” gắn với thực hiện Chỉ thị 05 của Bộ Chính trị."], []),
    # a law cited as the rule followed ("căn cứ vào các quy định của Luật …") was not passed on
    (["Ngày 5/2/2021, Ban Thường trực Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị hiệp thương lần thứ hai.",
      "Theo báo cáo, căn cứ vào các quy định của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân "
      "dân, hội nghị thảo luận cơ cấu người ứng cử."], []),
    # what a year is for ("là năm đầu tiên triển khai …") is not what the event passed on
    (["Ngày 10/1/2026, Đảng ủy phường tổ chức hội nghị tổng kết công tác năm 2025.",
      "Năm 2026 là năm đầu tiên triển khai Nghị quyết Đại hội Đảng bộ phường lần thứ I."], []),
    # how well a document was carried out ("thực hiện tốt …") is work reported, not passed on
    (["Ngày 10/1/2026, Ủy ban MTTQ Việt Nam xã tổ chức hội nghị tổng kết công tác Mặt trận năm 2025.",
      "Hội nghị đánh giá Ủy ban đã tuyên truyền, vận động Nhân dân thực hiện tốt Quy chế dân chủ ở cơ sở."], []),
    # work reported over a span of time ("5 năm qua, …", "Trong quý I/2019, …", "Nhiệm kỳ 2013 - 2018,
    # …") is the body's, not what the event passed on
    (["Ngày 20/9/2019, Ủy ban MTTQ Việt Nam tỉnh Yên Bái tổ chức Đại hội đại biểu lần thứ XVIII.",
      "Báo cáo cho biết: 5 năm qua, MTTQ các cấp đã quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII."], []),
    (["Ngày 5/4/2019, Ủy ban MTTQ Việt Nam thị xã tổ chức hội nghị sơ kết quý I.",
      "Trong quý I/2019, Ủy ban MTTQ Việt Nam thị xã đã tuyên truyền Luật Nghĩa vụ quân sự đến nhân dân."], []),
    (["Ngày 18/11/2015, Ủy ban MTTQ Việt Nam huyện tổ chức Ngày hội Đại đoàn kết toàn dân tộc.",
      "Trước đó, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam đã thông qua Nghị quyết về “Ngày hội Đại đoàn "
      "kết toàn dân tộc” ở khu dân cư."], []),
    # … nor what a year is for, said twice ("… là năm đầu tiên triển khai X; là năm đẩy mạnh … Y")
    (["Ngày 10/1/2026, Đảng ủy phường tổ chức hội nghị tổng kết công tác năm 2025.",
      "Năm 2026 là năm đầu tiên triển khai Nghị quyết Đại hội của Đảng; là năm đẩy mạnh thực hiện Nghị quyết "
      "Đại hội đại biểu Đảng bộ tỉnh lần thứ I."], []),
    # … but a term named after a document is no such span
    (["Ngày 20/6/2024, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị.",
      "Hội nghị góp ý dự thảo văn kiện Đại hội đại biểu MTTQ tỉnh khóa XVI, nhiệm kỳ 2024-2029, dự thảo "
      "sửa đổi Điều lệ MTTQ Việt Nam."], ["Điều lệ MTTQ Việt Nam"]),
    # a congress reviewing ("kiểm điểm") the carrying out of a resolution passed it on
    (["Ngày 12/5/2022, Hội Cựu chiến binh tỉnh Phú Thọ tổ chức Đại hội đại biểu lần thứ VII.",
      "Đại hội đã tiến hành kiểm điểm thực hiện Nghị quyết Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VI."],
     ["Nghị quyết Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VI"]),
])
def test_the_mood_of_each_documents_cue_decides(texts, directives):
    (e,) = events(*texts)
    assert e.directives == directives


@pytest.mark.parametrize("text,date", [
    # the period a review's name gives implies a year but does not fix it (the gold's convention:
    # a year implied by a term or period is not filled); the year named in it does
    ("Sáng 22/5, Huyện ủy Anh Sơn tổ chức Hội nghị sơ kết 3 năm thực hiện Chỉ thị 05/CT-TW của Bộ Chính "
     "trị, biểu dương điển hình tiên tiến giai đoạn 2016-2019.", "--05-22"),
    ("Ngày 14-6, Hội Cựu chiến binh huyện Ninh Sơn tổ chức tổng kết 5 năm phong trào thi đua “Cựu chiến binh "
     "gương mẫu” giai đoạn 2014-2019.", "--06-14"),
    ("Ngày 10/6, Ủy ban MTTQ tỉnh tổ chức Hội nghị sơ kết công tác Mặt trận năm 2021.", "2021-06-10"),
])
def test_a_reviewed_period_does_not_fix_the_year(text, date):
    (e,) = events(text)
    assert e.date == date


@pytest.mark.parametrize("published,date", [
    # the page, dated days after, says the year; the year the sentence names is its subject's
    ("2022-09-09", "2022-09-09"),
    # a page dated months later does not fix it, and the year named stands
    ("2023-05-01", "2021-09-09"),
    # the year named fits the page's date: it stands
    ("2021-09-10", "2021-09-09"),
])
def test_a_named_year_against_the_pages_date(published, date):
    (e,) = events("Sáng ngày 9/9, đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy đã có chuyến thăm và làm việc tại huyện "
                  "Thiệu Hóa, kiểm tra tình hình thực hiện nhiệm vụ năm 2021 và 8 tháng năm 2022.", published=published)
    assert e.date == date


@pytest.mark.parametrize("text,expected", [
    # the date closing the sentence after a comma dates the event named before it
    ("Phát biểu kết luận của đồng chí Hoàng Đăng Quang, Phó Bí thư Thường trực Tỉnh ủy tại Hội nghị rút kinh "
     "nghiệm đại hội điểm cấp cơ sở, nhiệm kỳ 2015-2020, ngày 7-4-2015.",
     [("review", "2015-04-07", "Hội nghị rút kinh nghiệm đại hội điểm cấp cơ sở, nhiệm kỳ 2015-2020")]),
    # a deadline is no such date
    ("Các huyện tập trung chỉ đạo đại hội điểm, phấn đấu đại hội cấp xã hoàn thành trước ngày 30/4/2024.", []),
])
def test_a_date_closing_the_sentence(text, expected):
    assert [(e.kind, e.date, e.name) for e in events(text)] == expected


# (with no date on the page the day is not known, but the event was held)
@pytest.mark.parametrize("published,expected", [("2023-08-14", [("review", "2023-08-14")]),
                                                ("2023-08", [("review", "2023-08")]), (None, [("review", None)])])
def test_this_afternoon_is_the_day_the_page_is_dated(published, expected):
    got = events("Chiều nay, Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp tổ chức Hội nghị tổng kết công tác Mặt trận.",
                 published=published)
    assert [(e.kind, e.date) for e in got] == expected


def test_a_consultation_held_is_a_conference():
    (e,) = events("Ngày 21/02/2022, Uỷ ban MTTQ Việt Nam xã Diên Điền đã tổ chức lấy ý kiến Dự thảo Luật thực hiện "
                  "dân chủ ở cơ sở.")
    assert (e.kind, e.date) == ("conference", "2022-02-21")


def test_an_anniversary_a_day_away_fixes_the_year_before_the_year_a_plan_names():
    (e,) = events("Sáng 5-12, Hội Cựu chiến binh quận Liên Chiểu tổ chức lễ kỷ niệm 30 năm Ngày thành lập Hội CCB "
                  "Việt Nam (6-12-1989 - 6-12-2019) và phát động phong trào thi đua năm 2020.")
    assert e.date == "2019-12-05"


def test_an_undated_event_takes_the_year_its_name_gives():
    (e,) = events("Vừa qua, Ủy ban MTTQ Việt Nam xã Vĩnh Bình đã tổ chức triển khai kế hoạch tổ chức “Ngày hội "
                  "đại đoàn kết toàn dân tộc” ở khu dân cư năm 2018.")
    assert e.date == "2018"


def test_an_undated_event_takes_the_one_year_the_article_names_it_with_elsewhere():
    # the event is reported at "Tại Ngày hội, …"; another sentence names it with its year
    evs = events("Ngày hội Đại đoàn kết toàn dân tộc năm 2019 ở thôn Pàng Dề A1 rất vui.",
                 "Tại Ngày hội, Ủy ban MTTQ Việt Nam xã Xá Nhè đã tổ chức trao quà cho các hộ nghèo.")
    assert [e.date for e in evs] == ["2019"]
    # two years named so: neither
    evs = events("Ngày hội Đại đoàn kết năm 2018 và Ngày hội Đại đoàn kết năm 2019 đều được tổ chức ở thôn.",
                 "Tại Ngày hội, Ủy ban MTTQ Việt Nam xã Xá Nhè đã tổ chức trao quà cho các hộ nghèo.")
    assert [e.date for e in evs] == [None]


def test_an_undated_lead_told_in_the_present_is_reported():
    (e,) = events("Huyện Đoàn Mai Châu tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh huyện lần thứ XXIV, nhiệm kỳ "
                  "2022-2027.", "Đại diện lãnh đạo Tỉnh Đoàn và 172 đại biểu chính thức tham dự Đại hội.")
    assert (e.kind, e.date, [o.name for o in e.organizers]) == ("congress", None, ["Huyện đoàn Mai Châu"])
    # … but not one told later in the article without a word of it being done
    assert events("Sáng 5/3, Hội Nông dân huyện tổ chức hội nghị.", "Huyện Đoàn tổ chức Đại hội Đoàn.")[0].date \
        == "--03-05"


def test_a_range_of_days_with_their_months():
    (e,) = events("Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX, nhiệm kỳ 2019 – 2024 được diễn ra trong 03 "
                  "ngày: từ ngày 18/9 đến hết ngày 20/9/2019 tại Trung tâm Hội nghị Quốc gia Mỹ Đình.")
    assert (e.date, e.end_date, e.name) == (
        "2019-09-18", "2019-09-20", "Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX, nhiệm kỳ 2019 – 2024")


@pytest.mark.parametrize("adverb", ["long trọng", "đã trọng thể", "trang trọng", "tưng bừng"])
def test_an_adverb_before_the_verb_is_not_the_organizers(adverb):
    (e,) = events(f"Sáng 11/3/2024, Ủy ban MTTQ Việt Nam xã Hoa Lộc {adverb} tổ chức Lễ kỷ niệm.")
    assert [o.name for o in e.organizers] == ["Ủy ban MTTQ Việt Nam xã Hoa Lộc"]


@pytest.mark.parametrize("text,organizers", [
    # "Tổ chức" in a department's name is not the verb
    ("Ngày 10/5, Ban Tổ chức Tỉnh ủy Hòa Bình tổ chức Hội nghị quán triệt Quy định số 22-QĐ/TW.",
     ["Ban Tổ chức Tỉnh ủy Hòa Bình"]),
    # a "và" inside a body's name (lexicon comma_names) joins no two organizers
    ("Sáng 5/3, Ban Tuyên giáo và Dân vận Huyện ủy Văn Quan tổ chức hội nghị.",
     ["Ban Tuyên giáo và Dân vận Huyện ủy Văn Quan"]),
    ("Sáng 5/3, Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Quảng Bình tổ chức hội nghị.",
     ["Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Quảng Bình"]),
    ("Sáng 5/3, Ủy ban MTTQ huyện và Phòng Tài nguyên và Môi trường huyện tổ chức hội nghị.",
     ["Ủy ban MTTQ Việt Nam huyện", "Phòng Tài nguyên và Môi trường huyện"]),
])
def test_a_body_named_with_va_is_one_organizer(text, organizers):
    (e,) = events(text)
    assert [o.name for o in e.organizers] == organizers


@pytest.mark.parametrize("term", ["khóa XXI, nhiệm kỳ 2021-2026", "khóa XXI", "khoá XXI nhiệm kỳ 2021 - 2026"])
def test_the_organizers_term_is_not_its_name(term):
    (e,) = events(f"Chiều 12/7, HĐND xã Tân Lập {term} tổ chức kỳ họp thứ 9.")
    assert [o.name for o in e.organizers] == ["Hội đồng nhân dân xã Tân Lập"]


def test_a_verb_after_the_organizers_unit_is_not_its_name():
    (e,) = events("Ngày 14/8/2023, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Diên Khánh hướng dẫn tổ chức Hội "
                  "nghị triển khai Đại hội các cấp.")
    assert [o.name for o in e.organizers] == ["Ban Thường trực Ủy ban MTTQ Việt Nam huyện Diên Khánh"]


def test_a_dated_act_told_before_what_it_sets_out_for_later_is_reported():
    # the content of a review ("đề ra phương hướng nhiệm vụ năm 2024") is not the future of the
    # sentence; a future word before the act is ("sẽ tổ chức")
    (e,) = events("Ngày 20/12/2023, Mặt trận Tổ quốc xã Quân Hà tổ chức hội nghị lần thứ tám, tổng kết công tác "
                  "Mặt trận năm 2023 và đề ra phương hướng nhiệm vụ năm 2024.")
    assert (e.date, e.kind) == ("2023-12-20", "review")
    assert events("Ngày 20/12/2023, Mặt trận Tổ quốc xã Quân Hà sẽ tổ chức hội nghị tổng kết.") == []
    # … and so is the time agreed for an event ("thống nhất thời gian tổ chức hội nghị … ngày 14-11")
    assert events("Các thành viên thống nhất thời gian tổ chức hội nghị sơ kết trong ngày 14-11.") == []


def test_a_dated_happening_told_first_is_reported_though_the_plan_is_mentioned():
    (e,) = events("Diễn ra từ 5-6/1 tại TP Hồ Chí Minh, Hội nghị lần thứ tám Ủy ban Trung ương MTTQ Việt Nam khoá "
                  "VIII đã hoàn thành các nội dung theo chương trình đề ra.")
    assert (e.date, e.end_date, e.kind) == ("--01-05", "--01-06", "conference")


def test_an_anniversary_a_few_weeks_later_fixes_the_year():
    (e,) = events("Nhân kỷ niệm 94 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam (18/11/1930 - 18/11/2024); "
                  "ngày 03/11, liên khu dân cư phường Quang Trung tổ chức Ngày hội Đại đoàn kết toàn dân tộc.")
    assert e.date == "2024-11-03"


def test_an_undated_event_takes_the_year_its_sentence_names_after_it():
    (e,) = events("Ủy ban MTTQ Việt Nam huyện vừa tổ chức Hội nghị lần thứ 7, nhiệm kỳ 2014 - 2019, sơ kết công tác 6 "
                  "tháng đầu năm 2015.")
    assert e.date == "2015"


def test_the_documents_acted_on_are_not_the_events_but_those_it_reviewed_are():
    # "Thực hiện X, …, <body> tổ chức hội nghị sơ kết 5 năm thực hiện Y": Y is the event's, X is not
    ev = events("Thực hiện kế hoạch số 09- KH/HU ngày 11/3/2021 của BTV huyện ủy, ngày 16/4/2021, đảng ủy TT Gio "
                "Linh đã tiến hành tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05- CT/TW của Bộ chính trị.")
    assert [e.directives for e in ev] == [["Chỉ thị 05"]]
    ev = events("Thực hiện Kế hoạch số 12/KH-MTTQ, sáng ngày 5/3/2023, Ủy ban MTTQ Việt Nam xã Hà Long tổ chức "
                "hội nghị tập huấn công tác Mặt trận năm 2023.")
    assert [e.directives for e in ev] == [[]]


def test_a_sentence_of_only_the_time_and_place_dates_the_report_after_it():
    (e,) = events("Vào lúc 07 giờ 30 phút, ngày 22/10/2018, tại cơ quan Hội Nông dân huyện Kiên Lương. Hội Nông dân "
                  "huyện tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân quý III năm 2018.")
    assert (e.date, e.kind, [o.name for o in e.organizers]) == ("2018-10-22", "review", ["Hội Nông dân huyện"])


def test_the_headlines_anniversary_span_dates_the_day():
    (e,) = events("Sáng ngày 18/11, Đảng uỷ phường Điện Bàn Đông đã tổ chức đoàn đến thăm và chúc mừng Ủy ban MTTQ Việt "
                  "Nam phường nhân kỷ niệm 95 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam.",
                  title="THĂM VÀ CHÚC MỪNG KỶ NIỆM 95 NĂM NGÀY THÀNH LẬP MẶT TRẬN DÂN TỘC THỐNG NHẤT VIỆT NAM "
                        "(18/11/1930 – 18/11/2025)")
    assert e.date == "2025-11-18"


def test_an_anniversary_span_dates_the_day_on_a_page_dated_long_after():
    # the page's date (three months later) fixes no year; the anniversary's span does
    text = ("Chiều nay (9/11), bà con nhân dân huyện Lộc Hà tưng bừng tổ chức ngày hội Đại đoàn kết toàn dân tộc "
            "nhân kỷ niệm 89 năm ngày truyền thống MTTQ Việt Nam (18/11/1930 - 18/11/2019).")
    (e,) = events(text, published="2020-02-12")
    assert e.date == "2019-11-09"
    # … and a page dated within the window keeps its year
    (e,) = events(text.replace("18/11/2019", "18/11/2019 và các năm"), published="2019-11-12")
    assert e.date == "2019-11-09"



@pytest.mark.parametrize("day,date", [
    # a review of one year that plans the next, held in the first half of a year, is in the next
    ("27-3", "2022-03-27"),
    ("20-1", "2022-01-20"),
    # held at the end of the year it reviews, in that year
    ("20-12", "2021-12-20"),
])
def test_a_review_of_a_year_that_plans_the_next(day, date):
    (e,) = events(f"Ngày {day}, Hội đồng hương tổ chức Hội nghị tổng kết hoạt động năm 2021, triển khai chương "
                  "trình công tác năm 2022.")
    assert e.date == date



def test_the_last_day_told_after_the_days_it_ran():
    # "Sau 2 ngày làm việc …, chiều 2/8 Đại hội … bế mạc": it began the day before
    (e,) = events("VOV.VN - Sau 2 ngày làm việc khẩn trương, tích cực, chiều 2/8 Đại hội đại biểu Mặt trận Tổ quốc "
                  "Việt Nam tỉnh Bến Tre lần thứ 10, nhiệm kỳ 2024 – 2029 đã bế mạc.", published="2024-08-19")
    assert (e.date, e.end_date) == ("2024-08-01", "2024-08-02")


@pytest.mark.parametrize("title,texts,expected", [
    # no sentence tells the event, the headline names it (after its body, or in capitals)
    ("Hội người cao tuổi thị xã Cửa Lò: Kỷ niệm 74 năm ngày truyền thống người cao tuổi Việt Nam",
     ["Tại đây, các đại biểu đã được nghe lại truyền thống hào hùng của hội người cao tuổi."],
     [("ceremony", "Kỷ niệm 74 năm ngày truyền thống người cao tuổi Việt Nam")]),
    (None, ["ĐẠI HỘI ĐẠI BIỂU MẶT TRẬN TỔ QUỐC VIỆT NAM 20 PHƯỜNG, NHIỆM KỲ 2019-2024.",
            "Các đại biểu thảo luận các văn kiện."],
     [("congress", "Đại hội đại biểu MTTQ việt nam 20 phường, nhiệm kỳ 2019-2024")]),
    # a handover of houses, a groundbreaking ("Bàn giao 45 căn nhà …", "Khởi công …")
    ("Bàn giao 45 căn nhà “Đại đoàn kết” tại huyện Tháp Mười",
     ["Ủy ban MTTQ Việt Nam tỉnh vừa đến xã Hưng Thạnh trao nhà “Đại đoàn kết” cho hộ nghèo."],
     [("ceremony", "Bàn giao 45 căn nhà “Đại đoàn kết”")]),
    # a headline about something else names no event
    ("Bình Định: Lập đoàn giám sát 3 chuyên đề nóng", ["Các đại biểu thảo luận các văn kiện."], []),
    # nor does one the sentences already tell
    ("Đại hội đại biểu Hội Cựu chiến binh phường Phổ Văn",
     ["Ngày 5/5, Hội Cựu chiến binh phường Phổ Văn tổ chức Đại hội đại biểu lần thứ VIII."],
     [("congress", "Đại hội đại biểu lần thứ VIII")]),
])
def test_an_event_only_the_headline_names(title, texts, expected):
    assert [(e.kind, e.name) for e in events(*texts, title=title)] == expected


@pytest.mark.parametrize("texts,date,organizers", [
    # a run of days with both years: the event starts on the first, in its own year
    (["Đại hội đại biểu MTTQ Việt Nam 20 phường đã được tiến hành từ ngày 28/12/2018 đến ngày 26/02/2019."],
     "2018-12-28", []),
    # … and the body organizing is named up to its tense word, whatever follows ("17/17 đơn vị")
    (["Từ ngày 30/3/2021 đến ngày 06/5/2021, Hội Liên hiệp Phụ nữ huyện Mường La đã chỉ đạo 17/17 đơn vị tổ chức "
      "thành công Đại hội đại biểu phụ nữ cấp cơ sở, nhiệm kỳ 2021-2026."],
     "2021-03-30", ["Hội Liên hiệp Phụ nữ huyện Mường La"]),
])
def test_an_event_told_over_a_run_of_days_with_their_years(texts, date, organizers):
    (e,) = events(*texts)
    assert (e.date, [o.name for o in e.organizers]) == (date, organizers)


@pytest.mark.parametrize("texts,date,name", [
    # "ngày 7.3.2019" after a document's subject clause ends it; the day is the event's
    (["Thực hiện Chỉ thị 17-CT/TW ngày 4.1.2018 của Ban Bí thư về lãnh đạo Đại hội Mặt trận Tổ quốc Việt Nam các "
      "cấp, sáng nay ngày 7.3.2019, Ban Thường trực Ủy ban MTTQ Việt Nam quận đã tổ chức Hội nghị lấy ý kiến."],
     "2019-03-07", "Hội nghị lấy ý kiến"),
    # "triển khai hội nghị …": the verb holds the event it names next
    (["Sáng 06/6/2024, Ban Thường vụ Thành ủy Huế triển khai hội nghị học tập chuyên đề năm 2024."],
     "2024-06-06", "Hội nghị học tập chuyên đề năm 2024"),
])
def test_the_day_and_the_event_a_sentence_reports(texts, date, name):
    (e,) = events(*texts)
    assert (e.date, e.name) == (date, name)


def test_an_undated_anniversary_is_held_in_the_year_its_span_closes():
    (e,) = events("Ủy ban MTTQ Việt Nam huyện Thanh Liêm vừa tổ chức lễ kỷ niệm 90 năm ngày truyền thống MTTQ Việt "
                  "Nam 18/11/1930-18/11/2020.")
    assert (e.kind, e.date) == ("ceremony", "2020")


def test_an_anniversary_span_closing_on_a_year_alone_fixes_the_events_year():
    (e,) = events("Chiều 19/10, Hội LHPN huyện tổ chức Lễ kỷ niệm 85 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam "
                  "(20.10.1930 – 2015).")
    assert e.date == "2015-10-19"


def test_an_article_that_says_who_attended_reports_the_event_its_caption_names():
    ev = events("Về tham dự có đồng chí Ngô Văn Huỳnh – Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh và 126 đại "
                "biểu.", "Đoàn Chủ tịch điều hành Đại hội Mặt trận Tổ quốc Việt Nam xã Hương Đô",
                "Xã Hương Đô được sáp nhập từ 3 xã, với các tầng lớp nhân dân đoàn kết.")
    assert [(e.kind, e.date, e.name) for e in ev] == [("congress", None, "Đại hội MTTQ Việt Nam xã Hương Đô")]


def test_a_day_without_year_takes_the_year_its_headline_names_the_event_by():
    title = "TẬP HUẤN CHO NGƯỜI CÓ UY TÍN, TIÊU BIỂU TRONG ĐỒNG BÀO DÂN TỘC THIỂU SỐ NĂM 2023"
    text = "Ngày 9/5, tại huyện Sơn Hòa, UB MTTQ Việt Nam tỉnh Phú Yên tổ chức Hội nghị tập huấn cho người có uy tín."
    art = Article(id="t", text=text, title=title)
    [e] = extract_events(art, sentences(text), None, [], [])
    assert (e.kind, e.date) == ("training", "2023-05-09")


def test_a_body_that_had_a_session_held_it():
    (e,) = events("Sáng 27-9-2023, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh có buổi tập huấn tổ chức Đại hội đại "
                  "biểu MTTQ Việt Nam các cấp, nhiệm kỳ 2024 - 2029 cho Chủ tịch Ủy ban MTTQ Việt Nam huyện.")
    assert (e.kind, e.date, [o.name for o in e.organizers]) == (
        "training", "2023-09-27", ["Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"])


def test_a_day_an_event_passed_on_new_documents_dates_it():
    (e,) = events("Ngày 15/3/2024 UBND tỉnh tổ chức hội nghị triển khai các văn bản mới ban hành.")
    assert e.date == "2024-03-15"


def test_what_a_supervision_looked_at_is_its_document():
    # "giám sát việc thực hiện X" (implementation_verbs 'draft' rows): X is the event's; that the
    # supervising body carried it out is not said (test_implementations)
    (e,) = events("Ngày 17/5/2022, Đoàn giám sát Ủy ban MTTQ Việt Nam tỉnh đã giám sát việc thực hiện Nghị quyết "
                  "số 22 của Hội đồng nhân dân tỉnh về quy định nội dung, mức chi đảm bảo hoạt động giám sát.")
    assert e.directives == ["Nghị quyết 22"]


def test_an_abbreviations_dot_does_not_end_the_organizer():
    (e,) = events("Ngày 5/8/2020, Hội Nông dân TP. Bạc Liêu tổ chức Hội thi nhà nông giỏi.")
    assert [o.name for o in e.organizers] == ["Hội Nông dân thành phố Bạc Liêu"]


def test_a_dated_campaign_of_information_held_by_a_body_is_an_event():
    # "tổ chức truyền thông / tuyên truyền X" on a day (event_kinds rows; found probing fresh pages)
    (e,) = events("Ngày 12/5/2022, Hội LHPN huyện Phú Hòa tổ chức truyền thông Đề án 938 cho 350 hội viên phụ nữ.")
    assert (e.kind, e.date, [o.name for o in e.organizers], e.directives) == (
        "conference", "2022-05-12", ["Hội Liên hiệp Phụ nữ huyện Phú Hòa"], ["Đề án 938"])
    (e,) = events("Sáng ngày 14/7/2023, Phòng Tư pháp huyện tổ chức tuyên truyền, phổ biến Luật Hòa giải ở cơ sở.")
    assert (e.kind, e.date, e.directives) == ("conference", "2023-07-14", ["Luật Hòa giải ở cơ sở"])


def test_what_speakers_raised_is_not_what_the_event_passed_on():
    # ("xoay quanh", "phản ánh", "kiến nghị" after the cue; found probing fresh pages)
    (e,) = events("Ngày 5/3/2021, HĐND phường tổ chức tiếp xúc cử tri.",
                  "Tại hội nghị, có 14 ý kiến góp ý xoay quanh những vấn đề Chỉ thị 19, Chỉ thị 23 của Thành ủy.")
    assert e.directives == []
    (e,) = events("Ngày 5/3/2021, HĐND phường tổ chức hội nghị góp ý Chỉ thị 19 của Thành ủy.")
    assert e.directives == ["Chỉ thị 19"]


def test_co_organisers_joined_by_phoi_hop_cung_or_phoi_hop_alone():
    # (found probing fresh pages)
    (e,) = events("Ngày 5/3/2022, Ủy ban MTTQ Việt Nam Phường 1 phối hợp cùng UBND phường 1 tổ chức Ngày hội.")
    assert [o.name for o in e.organizers] == ["Ủy ban MTTQ Việt Nam Phường 1", "Ủy ban nhân dân phường 1"]
    (e,) = events("Ngày 5/3/2022, Ủy ban MTTQ Việt Nam xã phối hợp Hội Nông dân xã tổ chức Ngày hội.")
    assert [o.name for o in e.organizers] == ["Ủy ban MTTQ Việt Nam xã", "Hội Nông dân xã"]


def test_the_events_aim_said_of_it_is_what_it_passed_on():
    # found probing fresh pages: "Hội nghị nhằm tiếp tục quán triệt …" says what the conference
    # did; "tiếp tục" there is no future (as in "đề nghị các cấp tiếp tục quán triệt …")
    (e,) = events("Sáng 14/11/2022, tại Tuy Hòa, Tỉnh ủy Phú Yên tổ chức Hội nghị cán bộ chủ chốt. Hội nghị nhằm tiếp "
                  "tục quán triệt Kết luận 14 về khuyến khích cán bộ năng động và Quy định 41 về miễn nhiệm cán bộ.")
    assert e.directives == ["Kết luận 14", "Quy định 41"]
    (e,) = events("Sáng 14/11/2022, Tỉnh ủy Phú Yên tổ chức Hội nghị cán bộ chủ chốt. Đồng chí Bí thư đề nghị các cấp "
                  "tiếp tục quán triệt Kết luận 14 của Bộ Chính trị.")
    assert e.directives == []


@pytest.mark.parametrize("text,organizers", [
    # found probing fresh pages: associations, cooperative unions, hospitals, courts and a town's
    # Youth Union are bodies; how the body went about it is no part of its name; a body that only
    # took part in a conference did not hold it
    ("Sáng 5/3/2024, Hiệp hội Doanh nghiệp tỉnh Bắc Kạn tổ chức Hội nghị Ban Chấp hành mở rộng lần thứ 5.",
     ["Hiệp hội Doanh nghiệp tỉnh Bắc Kạn"]),
    ("Ngày 9/7/2020, Liên minh Hợp tác xã tỉnh Kon Tum đã tổ chức Đại hội lần thứ VI, nhiệm kỳ 2020-2025.",
     ["Liên minh Hợp tác xã tỉnh Kon Tum"]),
    ("Ngày 9/7/2023, Tòa án nhân dân huyện Tân Lạc phối hợp với Viện Kiểm sát nhân dân huyện Tân Lạc tổ chức hội nghị.",
     ["Tòa án nhân dân huyện Tân Lạc", "Viện Kiểm sát nhân dân huyện Tân Lạc"]),
    ("Ngày 5/10/2022, Thị đoàn Bến Cát tổ chức hội thi tìm hiểu Luật Thanh niên.", ["Thị đoàn Bến Cát"]),
    ("Sáng ngày 12/3/2024, BTV Huyện đoàn Krông Pắc đã kịp thời tổ chức hội thi tìm hiểu Luật Thanh niên.",
     ["Ban Thường vụ Huyện đoàn Krông Pắc"]),
    ("Ngày 5/3/2024, Ủy ban MTTQ Việt Nam tỉnh phối hợp tổ chức Lễ khởi công 50 căn nhà Đại đoàn kết.",
     ["Ủy ban MTTQ Việt Nam tỉnh"]),
    ("Chiều ngày 10/4/2023, Đảng ủy Sở Y tế tham gia Hội nghị trực tuyến toàn quốc sơ kết 2 năm thực hiện Kết luận "
     "số 01-KL/TW.", []),
])
def test_organizers_real_pages_name(text, organizers):
    (e,) = events(text)
    assert [o.name for o in e.organizers] == organizers


@pytest.mark.parametrize("texts,expected", [
    # found probing fresh pages: a programme held under a quoted name is the event, named as it
    (["Sáng 20/1/2024, Ủy ban MTTQ Việt Nam tỉnh Quảng Trị tổ chức chương trình “Tết nhân ái” Xuân Giáp Thìn năm 2024."],
     [("other", "2024-01-20", "Chương trình “Tết nhân ái” Xuân Giáp Thìn năm 2024")]),
    # a day range whose first day has no "ngày"
    (["Trong các ngày từ 14/11/2022 đến ngày 17/11/2022, Hội Liên hiệp Phụ nữ tỉnh Cao Bằng tổ chức 02 lớp tập huấn "
      "Luật Bình đẳng giới."], [("training", "2022-11-14", "Lớp tập huấn Luật Bình đẳng giới")]),
    # a name runs over "ngày" that names a day of the year, and stops before "chính thức khai mạc"
    (["Sáng 5-9-2025, xã Phú Mỹ tổ chức lễ kỷ niệm 50 năm ngày thành lập xã."],
     [("ceremony", "2025-09-05", "Lễ kỷ niệm 50 năm ngày thành lập xã")]),
    (["Sáng 10-7-2024, Đại hội đại biểu MTTQ Việt Nam tỉnh Hậu Giang lần thứ X, nhiệm kỳ 2024-2029 chính thức khai mạc."],
     [("congress", "2024-07-10", "Đại hội đại biểu MTTQ Việt Nam tỉnh Hậu Giang lần thứ X, nhiệm kỳ 2024-2029")]),
    # "họp kỳ thứ N", the session told verb first (found probing fresh pages)
    (["Sáng 2/1/2025, HĐND tỉnh Bắc Giang khóa XIX, nhiệm kỳ 2021 – 2026 họp kỳ thứ 23, để quyết định một số nội "
      "dung liên quan đến nhân sự."], [("meeting", "2025-01-02", "Họp kỳ thứ 23")]),
    # no event's day: a day every year ("Ngày Truyền thống … 18/11 hàng năm")
    (["Ngày hội được tổ chức đúng vào dịp kỷ niệm Ngày Truyền thống Mặt trận Tổ quốc Việt Nam 18/11 hàng năm nhằm "
      "xây dựng khối đại đoàn kết."], []),
    # … and a plan stays one whatever opens the sentence
    (["Dự kiến, ngày 20/5/2024, Ủy ban MTTQ huyện tổ chức hội nghị."], []),
    # no event: organising as a line of work ("công tác tổ chức đại hội … các cấp")
    (["Để làm tốt công tác tổ chức đại hội MTTQ các cấp, tiến tới Đại hội đại biểu MTTQ huyện Trấn Yên lần thứ XIII, "
      "nhiệm kỳ 2024 - 2029, MTTQ huyện đã xây dựng kế hoạch, hướng dẫn."], []),
    # no event: a congratulating speech, an earlier act looked back on, a byline of a body's board
    (["Phát biểu chúc mừng, ông Lê Văn Sơn, Phó Chủ tịch UBND phường, đánh giá cao Ban vận động."], []),
    (["Trước đó, Ủy ban MTTQ Việt Nam tỉnh Cà Mau đã trao tặng 3 ngôi nhà Đại đoàn kết cho hộ nghèo."], []),
])
def test_events_real_pages_name(texts, expected):
    assert [(e.kind, e.date, e.name) for e in events(*texts)] == expected


def test_a_bodys_board_in_a_byline_names_no_event():
    got = events("Đến dự có ông Lê Văn Hòa – Bí thư Đảng ủy Khối doanh nghiệp tỉnh cùng tham dự.",
                 "Ban Truyền thông Hội Doanh nghiệp Bình Phước (T/h)")
    assert [e.name for e in got] == []


def test_an_abbreviation_s_dot_is_inside_the_event_s_name():
    [e] = events("Ngày 26.8.2022, Trung ương Hội Nông dân Việt Nam tổ chức hội nghị quán triệt Nghị quyết Hội nghị "
                 "lần thứ 4 BCH T.Ư Hội cho cán bộ chủ chốt.")
    assert e.name == "Hội nghị quán triệt Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Trung ương Hội"


def test_the_day_a_speech_s_event_opened_and_a_digest_item_s_day():
    # "Phát biểu chỉ đạo tại Đại hội … khai mạc vào sáng nay 28/8, …": the day its clause says it
    # opened; "(20/12) Đồng chí … đã đến thăm …": a digest's item opens on its day in parentheses
    # (found probing fresh pages)
    got = events("Phát biểu chỉ đạo tại Đại hội đại biểu MTTQ Việt Nam tỉnh Quảng Nam lần thứ XI, nhiệm kỳ 2024 - 2029 "
                 "khai mạc vào sáng nay 28/8, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Nguyễn Hữu Dũng đề nghị tiếp "
                 "tục đổi mới.", published="2024-08-28")
    assert [(e.kind, e.date) for e in got] == [("congress", "2024-08-28")]
    got = events("(20/12) Đồng chí Trần Văn Vinh, Phó Bí thư Thường trực Tỉnh ủy đã đến thăm, chúc mừng chức sắc tôn "
                 "giáo Giáo xứ Vĩnh Yên.")
    assert [(e.kind, e.date) for e in got] == [("visit", "--12-20")]


def test_a_passive_event_s_name_ends_before_who_held_it():
    [e] = events("Ngày 10/3/2024, Hội nghị tập huấn công tác Mặt trận do Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ "
                 "chức đã diễn ra tại Hội trường.")
    assert (e.name, [o.name for o in e.organizers]) == ("Hội nghị tập huấn công tác Mặt trận",
                                                         ["Ủy ban MTTQ Việt Nam tỉnh Gia Lai"])
