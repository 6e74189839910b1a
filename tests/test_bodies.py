"""parse_body: a body phrase and the context -> expanded, specific name, kind, parent."""
import pytest

from graph_builder.extract.bodies import each_unit, parse_body
from graph_builder.facts import Locality as L

SOC_TRANG = L("tỉnh", "Sóc Trăng")
SON_TAY = L("thị xã", "Sơn Tây")
LONG_XUYEN = L("phường", "Long Xuyên")
XUAN_LONG = L("xã", "Xuân Long", L("huyện", "Đồng Xuân"))

CASES = [
    # phrase, context, name, kind, parent name, unresolved
    ("Ủy ban MTTQ Việt Nam tỉnh", SOC_TRANG, "Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng", "front_committee", None, None),
    ("Ban Thường trực UBTƯ MTTQ Việt Nam", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
     "standing_board", "Ủy ban Trung ương MTTQ Việt Nam", None),
    ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng", SOC_TRANG,
     "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng", "standing_board",
     "Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng", None),
    ("Ban Bí thư Trung ương Đảng", None, "Ban Bí thư Trung ương Đảng", "party_committee", None, None),
    ("Bộ Chính trị", None, "Bộ Chính trị", "party_committee", None, None),
    ("Thị ủy", SON_TAY, "Thị ủy Sơn Tây", "party_committee", None, None),
    ("Ban Tuyên giáo Thị ủy", SON_TAY, "Ban Tuyên giáo Thị ủy Sơn Tây", "department", "Thị ủy Sơn Tây", None),
    ("Trung tâm bồi dưỡng chính trị thị xã", SON_TAY, "Trung tâm bồi dưỡng chính trị thị xã Sơn Tây", "centre", None, None),
    # a bare unit the context does not decide stays bare
    ("Ủy ban MTTQ Việt Nam tỉnh", SON_TAY, "Ủy ban MTTQ Việt Nam tỉnh", "front_committee", None, "tỉnh"),
    ("Liên đoàn Lao động tỉnh", None, "Liên đoàn Lao động tỉnh", "member_organization", None, "tỉnh"),
    ("Ban Dân chủ Pháp luật-Ủy ban MTTQ Việt Nam tỉnh", L("huyện", "Gia Viễn"),
     "Ban Dân chủ Pháp luật Ủy ban MTTQ Việt Nam tỉnh", "department", "Ủy ban MTTQ Việt Nam tỉnh", "tỉnh"),
    ("Đảng ủy", LONG_XUYEN, "Đảng ủy phường Long Xuyên", "party_committee", None, None),
    # the abbreviation glossed in parentheses is said once
    ("Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam tỉnh Vĩnh Long", None, "Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long",
     "front_committee", None, None),
    # a department only a province has is the article's province's; none when it names none
    ("Sở Giáo dục và Đào tạo", L("huyện", "Gia Viễn", L("tỉnh", "Ninh Bình")),
     "Sở Giáo dục và Đào tạo tỉnh Ninh Bình", "state_body", None, None),
    ("Sở Nội vụ", None, "Sở Nội vụ", "state_body", None, None),
    # abbreviations spelled out: the Front's central committee without "VN", youth volunteers
    ("UBTWMTTQ Việt Nam", None, "Ủy ban Trung ương MTTQ Việt Nam", "front_committee", None, None),
    ("Hội Cựu TNXP tỉnh Bắc Giang", None, "Hội Cựu thanh niên xung phong tỉnh Bắc Giang", "other", None, None),
    # a province's delegation of deputies to the National Assembly is the page's province's
    ("Đoàn ĐBQH tỉnh", L("tỉnh", "Lâm Đồng"), "Đoàn đại biểu Quốc hội tỉnh Lâm Đồng", "state_body", None, None),
    ("Đoàn đại biểu Quốc hội", L("xã", "Tân Phú", L("tỉnh", "Đồng Nai")), "Đoàn đại biểu Quốc hội tỉnh Đồng Nai",
     "state_body", None, None),
    # "cơ sở" (grassroots) is no Sở: a central steering committee stays central, with no province
    # (a steering committee is a body of its own, not a department of another)
    ("Ban Chỉ đạo Trung ương thực hiện QCDC ở cơ sở", SOC_TRANG,
     "Ban Chỉ đạo Trung ương thực hiện Quy chế dân chủ ở cơ sở", "other", None, None),
    # military and army abbreviations spelled out
    ("Bộ CHQS tỉnh", SOC_TRANG, "Bộ Chỉ huy Quân sự tỉnh Sóc Trăng", "state_body", None, None),
    ("Tổng cục Chính trị QĐND Việt Nam", None, "Tổng cục Chính trị Quân đội nhân dân Việt Nam", "other", None, None),
    # departments' abbreviated names spelled out
    ("Sở NN-PTNT tỉnh Vĩnh Long", None, "Sở Nông nghiệp và Phát triển nông thôn tỉnh Vĩnh Long", "state_body", None, None),
    ("Phòng Lao động-TBXH huyện Quế Sơn", None, "Phòng Lao động-Thương binh và Xã hội huyện Quế Sơn", "state_body", None, None),
    # a Party committee named by its level says the level once; "Đảng ủy xã X" keeps it
    ("Tỉnh ủy tỉnh Vĩnh Long", None, "Tỉnh ủy Vĩnh Long", "party_committee", None, None),
    ("Ban Dân vận Thành ủy thành phố Huế", None, "Ban Dân vận Thành ủy Huế", "department", "Thành ủy Huế", None),
    ("Đảng ủy xã Mỹ Thạnh", None, "Đảng ủy xã Mỹ Thạnh", "party_committee", None, None),
    ("Công đoàn phường", LONG_XUYEN, "Công đoàn phường Long Xuyên", "member_organization", None, None),
    ("Huyện ủy", XUAN_LONG, "Huyện ủy Đồng Xuân", "party_committee", None, None),
    ("UBND xã Xuân Long", XUAN_LONG, "Ủy ban nhân dân xã Xuân Long", "peoples_committee", None, None),
    ("Uỷ ban MTTQ Việt Nam huyện", None, "Ủy ban MTTQ Việt Nam huyện", "front_committee", None, "huyện"),
    ("Ban thường trực ủy ban mặt trận tổ quốc huyện Hà Trung", None,
     "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Hà Trung", "standing_board",
     "Ủy ban MTTQ Việt Nam huyện Hà Trung", None),
    ("HĐND TP", None, "Hội đồng nhân dân thành phố", "peoples_council", None, "thành phố"),
    ("Ủy ban MTTQ TP Hà Nội", None, "Ủy ban MTTQ Việt Nam thành phố Hà Nội", "front_committee", None, None),
    ("UB.MTTQ tỉnh Tây Ninh", None, "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh", "front_committee", None, None),
    ("Ủy ban MTTQ Việt Nam huyện Hải Lăng, tỉnh Quảng Trị", None, "Ủy ban MTTQ Việt Nam huyện Hải Lăng",
     "front_committee", None, None),
    # a Party committee's inspection commission belongs to the committee that follows it
    ("Ủy ban Kiểm tra Tỉnh ủy", L("huyện", "Gò Quao", L("tỉnh", "Kiên Giang")),
     "Ủy ban Kiểm tra Tỉnh ủy Kiên Giang", "department", "Tỉnh ủy Kiên Giang", None),
    # Hồ Chí Minh alone is the President: the city's committee keeps "Thành phố", written or not
    ("Thành ủy TP. Hồ Chí Minh", None, "Thành ủy thành phố Hồ Chí Minh", "party_committee", None, None),
    ("Thành ủy", L("thành phố", "Hồ Chí Minh"), "Thành ủy Thành phố Hồ Chí Minh", "party_committee", None, None),
    # a People's Committee or Council no unit places is the article's own unit's
    ("UBND", XUAN_LONG, "Ủy ban nhân dân xã Xuân Long", "peoples_committee", None, None),
    ("HĐND", SON_TAY, "Hội đồng nhân dân thị xã Sơn Tây", "peoples_council", None, None),
    ("UBND", None, "Ủy ban nhân dân", "peoples_committee", None, None),
]


@pytest.mark.parametrize("phrase,ctx,name,kind,parent,unresolved", CASES)
def test_parse_body(phrase, ctx, name, kind, parent, unresolved):
    body = parse_body(phrase, ctx)
    assert body.name == name
    assert body.kind == kind
    assert (body.parent.name if body.parent else None) == parent
    assert body.unresolved == unresolved


def test_resolved_body_carries_locality():
    assert parse_body("Ủy ban MTTQ Việt Nam tỉnh", SOC_TRANG).locality == SOC_TRANG


def test_empty_phrase():
    assert parse_body("  ", None) is None


@pytest.mark.parametrize("phrase,expanded", [
    # a campaign's steering committee, associations and a quarter by their initials; the Front's
    # initials split after "MT"
    ("Ban Chỉ đạo CVĐ tỉnh Đắk Nông", "Ban Chỉ đạo Cuộc vận động tỉnh Đắk Nông"),
    ("HLG tỉnh Sóc Trăng", "Hội Luật gia tỉnh Sóc Trăng"),
    ("HKH tỉnh Nghệ An", "Hội Khuyến học tỉnh Nghệ An"),
    ("Sở GD-ĐT tỉnh Bình Dương", "Sở Giáo dục và Đào tạo tỉnh Bình Dương"),
    ("Ban Công tác Mặt trận TDP số 8", "Ban Công tác Mặt trận Tổ dân phố số 8"),
    ("Ban thường trực UBMT TQVN thị xã An Nhơn", "Ban Thường trực Ủy ban MTTQ Việt Nam thị xã An Nhơn"),
    # the standing board of a unit's Front committee written "Ban Thường trực MTTQ xã"; "phòng, chống"
    # inside a board's name
    ("Ban Thường trực MTTQ xã", "Ban Thường trực Ủy ban MTTQ Việt Nam xã"),
    ("Ban Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh", "Ban Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh"),
    # the Front's initials typed apart
    ("Ủy ban MT TQ Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"),
    # the military service council's initials
    ("HĐNV quân sự huyện Na Rì", "Hội đồng Nghĩa vụ quân sự huyện Na Rì"),
    ("Hội đồng NVQS phường", "Hội đồng Nghĩa vụ quân sự phường"),
    # "Trung ương MTTQ Việt Nam" as a post's body is the Front's Central Committee
    ("Trung ương MTTQ Việt Nam", "Ủy ban Trung ương MTTQ Việt Nam"),
    # a thị trấn written with its dot ("TT. Na Sầm"); a religious body's initials
    ("Hội LHPN TT. Na Sầm", "Hội Liên hiệp Phụ nữ thị trấn Na Sầm"),
    ("Ban Trị sự GHPGVN tỉnh", "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
    # a head word in another case is written as the lexicon has it ("Ủy Ban", "quốc hội") …
    ("Ủy Ban MTTQ tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"),
    # found probing fresh pages: "TT&TT" is one abbreviation (not "TT", a town), "NDVN" the farmers'
    ("Bộ TT&TT", "Bộ Thông tin và Truyền thông"),
    ("T.Ư Hội NDVN", "Trung ương Hội Nông dân Việt Nam"),
    ("quốc hội khóa XV", "Quốc hội khóa XV"),
    # an abbreviation in parentheses after the words it stands for is said once; one that does
    # not gloss them stays
    ("ứng viên đại biểu Quốc hội (ĐBQH) khóa 14 và ứng viên Hội đồng nhân dân (HĐND) thành phố",
     "ứng viên đại biểu Quốc hội khóa 14 và ứng viên Hội đồng nhân dân thành phố"),
    ("Ban Thường trực (BTT) Ủy ban MTTQ tỉnh", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
    ("Ban Dân vận (UBND) tỉnh", "Ban Dân vận (Ủy ban nhân dân) tỉnh"),
    # … but not across the end of one name and the start of the next ("toàn quốc | Hội Nông dân")
    ("Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII",
     "Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII"),
    # (a head typed with its first word in lower case is still that head: "hội LH Phụ nữ")
    ("Ban Tuyên Giáo hội LH Phụ nữ thành phố", "Ban Tuyên giáo Hội Liên hiệp Phụ nữ thành phố"),
    # the Youth Union has one name however written; "Trung ương Đoàn" alone is its Central Committee
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Tân Bình", "Đoàn TNCS Hồ Chí Minh xã Tân Bình"),
    ("Đoàn TNCS Hồ Chí Minh phường Láng Hạ", "Đoàn TNCS Hồ Chí Minh phường Láng Hạ"),
    ("Ủy ban Kiểm tra Trung ương Đoàn", "Ủy ban Kiểm tra Trung ương Đoàn TNCS Hồ Chí Minh"),
    ("Trung ương Đoàn TNCS Hồ Chí Minh", "Trung ương Đoàn TNCS Hồ Chí Minh"),
    ("Đoàn Thanh niên xã Ngọc Chúc", "Đoàn Thanh niên xã Ngọc Chúc"),
    # "Ủy ban Mặt trận <unit>" and a department's "Mặt trận <unit>" are the unit's Front committee;
    # a team "của Mặt trận tỉnh" is named as written
    ("Ủy ban Mặt trận tỉnh Đắk Nông", "Ủy ban MTTQ Việt Nam tỉnh Đắk Nông"),
    ("Ban Dân chủ - Pháp luật Mặt trận thành phố", "Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố"),
    ("Tổ công tác của Mặt trận tỉnh Cà Mau", "Tổ công tác của Mặt trận tỉnh Cà Mau"),
    # the Youth Federation's full name at every level; a ward or urban district by its initial
    ("Hội LHTN huyện An Phú", "Hội Liên hiệp Thanh niên Việt Nam huyện An Phú"),
    ("Hội Liên hiệp Thanh niên Việt Nam xã Ngọc Chúc", "Hội Liên hiệp Thanh niên Việt Nam xã Ngọc Chúc"),
    ("UBND P9", "Ủy ban nhân dân Phường 9"),
    ("Hội LHPN Q1", "Hội Liên hiệp Phụ nữ Quận 1"),
    ("Đảng ủy P.Lâm Viên - Đà Lạt", "Đảng ủy phường Lâm Viên - Đà Lạt"),
    ("Hội Nông dân tỉnh Quảng Ninh", "Hội Nông dân tỉnh Quảng Ninh"),
    # centres and boards by their initials
    ("TTCT huyện Yên Định", "Trung tâm Chính trị huyện Yên Định"),
    ("HĐTV Tập đoàn Dầu khí", "Hội đồng thành viên Tập đoàn Dầu khí"),
    # a document's number and symbol is kept as written (found probing fresh pages: "05-CT/Trung
    # ương"); a joint body's abbreviations after a dash are still spelt out
    ("Hội nghị quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị",
     "Hội nghị quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị"),
    ("Kế hoạch số 12/KH-MTTQ-BTT của BTT Ủy ban MTTQ tỉnh",
     "Kế hoạch số 12/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
    ("Nghị quyết số 12/2024/NQ-HĐND của HĐND tỉnh", "Nghị quyết số 12/2024/NQ-HĐND của Hội đồng nhân dân tỉnh"),
    ("HĐND-UBND huyện", "Hội đồng nhân dân-Ủy ban nhân dân huyện"),
])
def test_expand_writes_head_words_in_their_case(phrase, expanded):
    from graph_builder.extract.bodies import expand
    assert expand(phrase) == expanded


@pytest.mark.parametrize("phrase,each", [
    ("Thường trực Ủy ban MTTQ các xã: Đức Thọ, Đức Thịnh", ["Thường trực Ủy ban MTTQ xã Đức Thọ",
                                                         "Thường trực Ủy ban MTTQ xã Đức Thịnh"]),
    # "các phường, xã" names no units (not "p" + "hường": the type word is whole, the names capitalised)
    ("UB. MTTQ Việt Nam thị xã Trảng Bàng và các phường, xã", ["UB. MTTQ Việt Nam thị xã Trảng Bàng và các phường, xã"]),
])
def test_a_body_named_for_a_list_of_units_is_one_per_unit(phrase, each):
    assert each_unit(phrase) == each

