"""Numbered and named policy documents ("Chỉ thị số 18, ngày 26/10/2022 của Ban Bí thư …",
"Đề án 15/ĐA-MTTW-BTT", "Luật Dân chủ ở cơ sở").

`find_mentions` reads every mention with its place in the sentence, so events and
implementations can tell what was said about each document; `extract_directives` merges
the mentions into one Directive per document."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..facts import Article, Directive, Locality, Sentence, Span
from ..lexicon import column, count_noun_re, load
from ..text import fold
from .bodies import expand, is_body, is_event, parse_body
from .context import before_verb, find_localities, resolve_bare
from .people import honorific_alts

_W = r"[\w\u00C0-\u1EF9]"


@dataclass
class Mention:
    sentence: int                # index into the sentence list
    start: int                   # offsets within the sentence text
    end: int                     # end of the whole mention (subject included)
    directive: Directive
    nested: bool = False         # named inside another document's name ("… thực hiện Nghị quyết …")
    draft: bool = False          # "dự thảo …": discussed, not in force
    adopted: bool = False        # "ký kết …": made at the event, carried out by nobody yet
    about: bool = False          # only what another document is about ("Kết luận 43 … về tiếp tục
                                 # thực hiện Nghị quyết 25"): not a document the article names


# -- lexicons -----------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _types() -> dict[str, dict]:
    """Every spelling (lower-case) of a document type -> its lexicon row."""
    out = {}
    for row in load("document_types"):
        out[row["name"].lower()] = row
        for v in row.get("variants", "").split("|"):
            if v:
                out[v.lower()] = row
        for v in row.get("numbered_variants", "").split("|"):
            if v:
                out[v.lower()] = {**row, "needs_number": "yes"}
    return out


@lru_cache(maxsize=None)
def _type_re() -> re.Pattern:
    # any run of spaces between the words: pages pad them ("Thông  tri 28")
    alts = "|".join(r"\s+".join(map(re.escape, t.split())) for t in sorted(_types(), key=len, reverse=True))
    # "pháp luật" is the law in general ("Ngày Pháp luật 9-11"), no Luật; "Nghị định thư" a
    # treaty's protocol, no Nghị định
    return re.compile(rf"(?<!{_W})(?<!pháp )(?:{alts})(?!{_W})(?!\s+thư(?!{_W}))", re.I)


def opens_with_document(text: str) -> bool:
    """The text opens with a document's type word in capitals ("Kế hoạch của MTTQ tỉnh …")."""
    t = _type_re().match(text.lstrip())
    return t is not None and t.group()[:1].isupper()


@lru_cache(maxsize=None)
def _verbs(role: str) -> tuple[str, ...]:
    return tuple(r["verb"] for r in load("implementation_verbs") if r["role"] == role)


def symbol_issuer(symbol: str | None) -> str | None:
    """29-CT/HU -> Huyện ủy: the issuer a symbol's issuer part names (lexicon)."""
    if not symbol:
        return None
    m = re.match(r"\d+(?:/\d{4})?[/-]([^/-]+)[/-](.+)$", symbol)
    if not m:
        return None
    dtype, code = m.group(1).upper(), m.group(2).upper()
    best = None
    for row in load("symbol_issuers"):
        c = row["code"].upper()
        if (code == c or code.startswith(c + "-") or re.fullmatch(re.escape(c) + r"\d*", code)) \
                and (not row["type"] or row["type"].upper() == dtype):
            score = (len(c), bool(row["type"]))
            if best is None or score > best[0]:
                best = (score, row["issuer"])
    return best[1] if best else None


# -- dates --------------------------------------------------------------------------------

_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_DMY_WORDS = re.compile(r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)", re.I)


def iso(day: int, month: int, year: int | None) -> str | None:
    """ISO date, or "--MM-DD" without a year; None for an impossible day or month."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def full_date(text: str) -> tuple[str, re.Match] | None:
    """First d/m/yyyy (or "d tháng m năm yyyy") date in the text."""
    hits = [m for m in (_DMY.search(text), _DMY_WORDS.search(text)) if m]
    if not hits:
        return None
    m = min(hits, key=lambda h: h.start())
    d = iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return (d, m) if d else None


# -- reading one mention ------------------------------------------------------------------

# (an en dash parts a symbol too when capitals follow it: "1005/QĐ – UBND", "03/CT – TLĐ"; a
# letter may follow the number in a symbol: "Nghị quyết 6b/NQ-BCH")
# ("Nghị quyết 30a", "Nghị quyết 6b/NQ-BCH": a letter after the number is part of it)
_NUMBER = re.compile(r"\s*(?:số\s*:?\s*)?(\d+(?:[a-z](?=\s*/)|[a-z](?![^\W\d_]))?)((?:\s*[/-]\s*[0-9A-Za-zĐđƯư]+|\s*–\s*[A-ZĐƯ][0-9A-ZĐƯ]*)*)(?![\w/])")
_DATE_AFTER = re.compile(r"\s*,?\s*(?:ban hành\s+)?ngày\s+")
_OF = re.compile(r"\s*,?\s*của\s+")
_ABOUT = re.compile(r"\s*,?\s*(?:về việc|về)\s+", re.I)
# a comma followed by these continues a name ("… khóa I, nhiệm kỳ 2025–2030")
# a comma that continues a name: its term, or the second half of a pair the Front's documents
# always name together ("thông tin, tuyên truyền", "phối hợp, thống nhất hành động", "giám sát,
# phản biện xã hội", "chất lượng, hiệu quả", "các chương trình, dự án", "các phong trào thi đua,
# các cuộc vận động", "phòng, chống", "tín ngưỡng, tôn giáo", "tôn giáo, dân tộc", "thu, chi ngân sách")
# ("tuyên truyền" only as the second of a pair: "… các cấp, tuyên truyền việc học tập …" is the
# sentence's next act)
_CONTINUES = re.compile(r"(?i:(?<=thông tin)|(?<=phổ biến)|(?<=quán triệt)|(?<=học tập)|(?<=vận động)),\s*tuyên truyền\b"
                        r"|,\s*(?:nhiệm kỳ|nhiệm kì|khóa|khoá|lần thứ|tiến tới|giai đoạn|thống nhất hành động|"
                        r"phản biện xã hội|hiệu quả|dự án|(?:các\s+)?cuộc vận động|chống|tôn giáo|dân tộc|"
                        r"kinh doanh|giám sát|bổ sung|chi ngân sách|công nghệ|đổi mới sáng tạo|"
                        # "… xóa nhà tạm, nhà dột nát" ("nhà ở tạm, dột nát"), "… tư tưởng, đạo đức, phong
                        # cách Hồ Chí Minh", "phòng, chống tham nhũng, lãng phí, tiêu cực", "lễ giao, nhận
                        # quân", "phát triển kinh tế, xã hội"
                        r"(?:nhà\s+)?dột nát|đạo đức|phong cách|lãng phí|tiêu cực|nhận quân|(?-i:xã hội(?!\s+[A-ZĐ]))|"
                        # "… quy định chi tiết Điều 27, Điều 34 của Luật …": the articles it details
                        r"(?-i:Điều)\s+\d+|"
                        r"(?:định hướng|tầm nhìn)(?:\s+đến)?(?:\s+năm)?\s+(?:19|20)\d{2})\b", re.I)
# a plan's list of what it does with the document it carries out ("Kế hoạch học tập, quán triệt và
# triển khai thực hiện Nghị quyết …"); _list_end checks that a document type follows
_STEPS_TO_CARRY_OUT = re.compile(r"(?i),\s*(?:(?:học tập|quán triệt|tuyên truyền|phổ biến|triển khai|tổ chức)"
                                 r"(?:\s*,\s*(?:và\s+)?|\s+và\s+))*(?:học tập|quán triệt|tuyên truyền|phổ biến|triển khai)?"
                                 r"\s*(?:(?:triển khai|tổ chức)\s+)?thực hiện\s+(?:các\s+)?")
# a second item the name lists before its period ("Đề án phát triển kinh tế vườn, kinh tế trang
# trại giai đoạn 2016-2020"), when it names no document of its own
_ITEM_THEN_PERIOD = re.compile(r",\s*[^\W\d_][^,;:.()“”\"]{0,50}?\s(?:giai đoạn|nhiệm kỳ)\s+(?:19|20)\d{2}\s*[-–]\s*"
                               r"(?:19|20)\d{2}", re.I)
# "Nghị quyết Hội nghị lần thứ 9, BCH Trung ương Đảng (khóa XI)": the plenum's committee after a comma
_PLENUM = re.compile(r"(?i)\bhội nghị (?:lần thứ |thứ )?\w+\s*$")
_PLENUM_OF = re.compile(r",\s*(?:BCH|Ban Chấp hành)\b")
# where an issuer phrase stops
# (a quoted subject straight after it too: "… của Bộ Chính trị “về chuẩn mực …”", "… của Ban Chấp
# hành Trung ương “Một số vấn đề …”"; not a campaign's or fund's quoted name, which is the body's:
# "Ban Chỉ đạo Cuộc vận động “Người Việt Nam …”")
_ISSUER_END = re.compile(r"\s+(?:về|ban hành|và|đã|nhằm|để|trong|với|triển khai|thực hiện|phát động|trên|tại|cho|của"
                         # ("… của Bộ Chính trị | gắn với …", "… | phù hợp với …", "… khóa XIII | đề ra")
                         r"|quy định|hướng dẫn|gắn|phù hợp|đề ra|phê duyệt)(?:\s|(?=[,.;:]))|\s+như(?=[\s:])|[,;:.()]"
                         r"|(?<!\s)(?<![Vv]ận động)(?<![Pp]hong trào)(?<![Qq]uỹ)(?<![Cc]hương trình)\s*[“\"]|$")


@lru_cache(maxsize=None)
def _name_stop_re() -> re.Pattern:
    # ("{n}" in a row stands for a number: "với {n} nội dung")
    words = sorted(column("name_stops", "word"), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w).replace(r"\{n\}", r"\d+") for w in words) + rf")(?!{_W})")


def _next_type(s: str, pos: int) -> re.Match | None:
    return _type_re().search(s, pos)


# a name that ends with its year, term or congress number ("… năm 2015", "… 2021-2025", "… lần thứ
# XII"), which prose may go on from (not "khóa": "bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội
# đồng nhân dân các cấp" is one name)
_YEAR_END = re.compile(r"(?:\bnăm\s+(?:19|20)\d{2}|(?<!\d)(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}"
                       r"|\blần thứ\s+(?:[IVXLC]+|\d+)\b|\btháng\s+(?:đầu|cuối)\s+năm)$")
_CARRIES_OUT = re.compile(r"(?i)\bthực hiện\s+")
# the words saying what follows is carried out ("Kế hoạch … triển khai thực hiện | Chỉ thị 18")
CARRYING = r"(?:thực hiện|triển khai|cụ thể hóa|cụ thể hoá)"
# ("… năm 2024 với 34 chỉ tiêu …", "… nhiệm kỳ 2025 – 2030 tập trung phổ biến …": what it holds, what
# the sentence says was done with it)
_AND_WORD = re.compile(r" (?:và|đến|tới|cho|tại|giữa|với|tập trung|nhằm)\s+([^\W\d_])")
# what a plan's period goes on with ("… giai đoạn 2021 - 2025 và định hướng đến năm 2030")
_OUTLOOK = re.compile(r" và (?:định hướng|tầm nhìn)(?:\s+đến)?\s+năm\s+(?:19|20)\d{2}")


# "… do Thủ tướng Chính phủ phê duyệt": who issued it, named by a title
_BY_WHOM = re.compile(r"do\s+[^,;.]{2,50}?\s(?:ban hành|phê duyệt|ký|trình bày|chủ trì|phát động)(?!\w)")


_FOR_AUDIENCE = re.compile(r"cho\s+(?:(?:các|những)\s+)?(?:hơn\s+|gần\s+|khoảng\s+)?(?:\d+\s+)?(?:cán bộ|hội viên|đoàn viên|"
                           r"đảng viên|học viên|Chủ tịch|Phó Chủ tịch|Bí thư|Phó Bí thư|Trưởng ban|lãnh đạo)(?!\w)")
_APPOSITIVE = re.compile(r"\s*(?:là\s+)?(?:một|những)\s+(?:chương trình|kế hoạch|đề án|văn bản|chủ trương|nghị quyết|chỉ thị)\b")
_AND_COUNT = re.compile(r"và\s+\d+\s+(?!năm\b|tháng\b)[^\W\d_]")


def _goes_on(s: str, i: int) -> bool:
    """" và <lower-case word>" at i (or "đến", "tới", "cho", "tại": "… giai đoạn 2021-2025 đến
    các xã"; "giữa" before any word), not a document type nor the plan's outlook: the sentence
    going on."""
    m = _AND_WORD.match(s, i)
    if m and s.startswith(" giữa", i):
        return True         # "… giai đoạn 2016-2020 giữa Ủy ban MTTQ … và …": who signed it, after its period
    if m and s.startswith(" và ", i) and m.group(1).isupper() and is_body(s[m.start(1):]):
        return True         # "… năm 2023 và Ủy ban nhân dân tỉnh thông báo …": another body's clause
    return bool(m and m.group(1).islower() and not _type_re().match(s, m.start(1)) and not _OUTLOOK.match(s, i))


_AND_VERB = re.compile(r" và (?:triển khai|thông qua|công bố|quán triệt|ban hành|giới thiệu|phổ biến) ")
_PHOTO_NUMBER = re.compile(r"[-–]\s*[Ảả]nh\s*\d")
_PHOTO_CREDIT = re.compile(r"\(\s*(?:[Ảả]nh|ẢNH)\s*[:\d]")


_IS_WHAT = re.compile(r"là\s+[^\W\d_]")
_TENSE_AFTER_NAME = re.compile(r"(?:sẽ|đã|được|đang|vừa)\s+[^\W\d_]")


_CLOSING_QUOTE = re.compile(r'["”]')
# (or joined to it by "gắn với" when it is numbered: "Chỉ thị 03 gắn với Nghị quyết Trung ương 4 (khóa XI)")
_NUMBERED_SOON = re.compile(r"[^,;.()]{0,20}?\d")
_NEXT_IN_LIST = re.compile(r"(?:,\s*|\s+)(?P<conj>và|cùng|cùng với|gắn với)?\s*(?P<plural>các\s+|những\s+)?(?:dự thảo\s+)?")
_COMMA_CUNG = re.compile(r",\s*cùng\b")
_NEXT_CLAUSE = re.compile(r"\s*(?:[^\W\d_]+\s+){1,3}(?:cũng|đã|đang|sẽ|vừa)\s")


# "… của Ủy ban, Ban Thường trực Ủy ban MTTQ xã", "… họp HĐND xã, phường, thị xã về …": a comma
# inside the list of bodies a name is of (a bare committee head before it, another body after),
# or of the levels of unit it is for
_HELD_BEFORE = re.compile(r"(?i)(?<!thực hiện )(?<!triển khai )(?<!\w)tổ chức(?:\s+thành công)?\s+$")
_REPORT_BEFORE = re.compile(r"(?i)\bbáo cáo\s*$")
_BARE_HEAD_BEFORE = re.compile(r"(?i)(?<!\w)của\s+(?:[^,;:()]{0,40}\s)?(?:ủy ban|uỷ ban|hội đồng nhân dân|hđnd|ban chấp hành|ban thường vụ)$")
_UNIT_LEVELS = r"(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh)"
_LEVEL_BEFORE = re.compile(rf"(?i)(?<!\w){_UNIT_LEVELS}$")
_LEVEL_AFTER = re.compile(rf"(?i),\s*{_UNIT_LEVELS}(?=\s*(?:,|và\s|về\s|trên\s|[;.:]|$))")
# the Party's levels listed the same way ("Đại hội đảng bộ, chi bộ trực thuộc tiến tới …")
_PARTY_LEVELS = r"(?:đảng bộ|chi bộ)"
_PARTY_LEVEL_BEFORE = re.compile(rf"(?i)(?<!\w){_PARTY_LEVELS}$")
_PARTY_LEVEL_AFTER = re.compile(rf"(?i),\s*{_PARTY_LEVELS}(?!\w)")


# "Quy chế làm việc của Hội đồng nhân dân, Thường trực Hội đồng nhân dân, các Ban của Hội đồng
# nhân dân, Tổ đại biểu Hội đồng nhân dân …": the parts of one body, each item naming it again
_PART_HEAD = re.compile(r"(?i)(hội đồng nhân dân|hđnd|ủy ban nhân dân|ubnd|ủy ban mttq(?: việt nam)?)$")


_BETWEEN = re.compile(r"(?i)(?<!\w)giữa\s")
# what a name says its document is about, after its parties
_ABOUT_WORD = re.compile(r"(?i)(?<!\w)(?:về|trong|thực hiện|nhằm)(?!\w)")
# the last party of the list ("… và D")
_LAST_PARTY = re.compile(r"(?i)(?<!\w)(?:và|với)\s")


# what a decision setting up a body or naming people does ("quyết định thành lập …", "… chỉ định …")
_SETS_UP = "thành lập|chỉ định|bổ nhiệm|công nhận|kiện toàn|điều động|phân công|chuẩn y"
# "Quyết định chỉ định Ban Chấp hành, Ban Thường vụ, Bí thư, Phó Bí thư, Ủy ban Kiểm tra …": a
# decision setting up bodies or naming people lists them and their posts
_NAMES_PEOPLE = re.compile(rf"(?i)(?<!\w)(?:{_SETS_UP})\s")


@lru_cache(maxsize=None)
def _post_re() -> re.Pattern:
    titles = sorted(column("titles", "title"), key=len, reverse=True)
    return re.compile(rf"(?:các\s+)?(?:{'|'.join(map(re.escape, titles))})(?!\w)")


@lru_cache(maxsize=None)
def _honorific_re() -> re.Pattern:
    return re.compile(rf"(?i:{honorific_alts()})\s")


def _is_body_or_post(phrase: str) -> bool:
    return is_body(phrase) or bool(_post_re().match(phrase))


def _inner_list(s: str, pos: int, i: int) -> bool:
    """The comma at i lists the bodies or the unit levels of the name (see _BARE_HEAD_BEFORE),
    or the parts of the one body the items before it name (see _PART_HEAD)."""
    before = s[pos:i].rstrip()
    if _BARE_HEAD_BEFORE.search(before) and is_body(s[i + 1:].lstrip()):
        return True
    if _LEVEL_BEFORE.search(before) and _LEVEL_AFTER.match(s, i):
        return True
    if _PARTY_LEVEL_BEFORE.search(before) and _PARTY_LEVEL_AFTER.match(s, i):
        return True
    after = s[i + 1:].lstrip()
    # "Quy chế phối hợp giữa Đoàn Đại biểu Quốc hội, HĐND, UBND, Ủy ban MTTQ tỉnh": the parties
    # it is between, listed (only bodies since "giữa")
    between = ([None] + list(_BETWEEN.finditer(before)))[-1]
    if between and not _ABOUT_WORD.search(before, between.end()) and not _LAST_PARTY.search(before, between.end()) \
            and is_body(after):
        return True
    sets_up = _NAMES_PEOPLE.search(before)
    if sets_up and ((after[:1].isupper() and _is_body_or_post(after))
                    or re.match(r"(?i)giữ (?:các )?chức", after)):
        return True
    # "Quyết định thành lập tiểu ban tuyên truyền, tiểu ban cử tri …, tổ thư ký": the bodies it
    # sets up, each item opening with the head the first one has
    if sets_up:
        head = re.match(r"[^\W\d_]+\s+[^\W\d_]+", before[sets_up.end():])
        if head and after.casefold().startswith(head.group().casefold() + " "):
            return True
    head = _PART_HEAD.search(before)
    if head and re.search(r"(?i)(?<!\w)của\s", before):
        item = re.match(r"[^,;.:]*", s[i + 1:]).group()
        return head.group(1).casefold() in item.casefold()
    return False


def _list_end(s: str, pos: int, subject: bool) -> int:
    """Where a name (or, with `subject`, a subject) that starts at `pos` ends: at ";", at the
    next document of a list (", Thông tri …", " và Quyết định …", ", cùng …"), or at the end.
    A name also ends at a comma that does not continue it; a subject runs over commas."""
    i, depth = pos, 0
    n = len(s)
    # (more quotes open than close: one was never closed, and quotes do not nest here: '… về “Đẩy
    # mạnh …, biểu hiện “tự diễn biến”, “tự chuyển hóa” và Kế hoạch số 03-KH/TW …')
    flat = s.count("“", pos) > s.count("”", pos)
    while i < n:
        c = s[i]
        if c in "“‘" and s.find("”" if c == "“" else "’", i) >= 0:   # a quote that never closes opens nothing
            depth += 0 if flat and depth else 1
        elif c in "”’" and depth:
            depth -= 1
        elif c == '"' and depth == 0 and i + 1 < n and not s[i + 1].isspace() and (i == 0 or not s[i - 1].isalnum()) \
                and _CLOSING_QUOTE.search(s, i + 1):
            # a straight quote opening a name (closed by either kind: pages mix them); after a
            # word it closes one ('“Tăng cường … mới"; Nghị quyết về …')
            depth += 1
        elif c == '"' and depth:
            depth -= 1
        elif depth == 0:
            t = _type_re().match(s, i + 1) if c == " " else None
            if t and _NUMBER.match(s, t.end()):
                return i
            if c in ";:…" or (c == "." and (i + 1 == n or s[i + 1] == " ")):
                return i            # ("… giai đoạn 2012 – 2020… đồng thời": an ellipsis ends it too)
            # "… năm 2023 .Từ tháng 2-4/2023": a stop glued to the next sentence (not an
            # abbreviation's dot: "TP.HCM", "T.Ư")
            if c == "." and i + 1 < n and s[i + 1].isupper() and (i == 0 or not s[i - 1].isupper()):
                while i > pos and s[i - 1] == ".":
                    i -= 1          # "… năm 2025..Nhân dịp này": a stop typed twice
                return i
            if c in "-–" and _PHOTO_NUMBER.match(s, i):
                return i                    # "…các cấp- Ảnh 1": the page's photo label
            if c == "(" and _PHOTO_CREDIT.match(s, i):
                return i                    # "… Ban Chỉ huy Quân sự phường (Ảnh: Minh Đức)": the photo's credit
            if c.islower() and i + 2 < n and s[i + 1].isupper() and s[i + 2].islower():
                return i + 1                # "… địa phươngThông báo …": the next sentence glued on
            if c == "," and not subject and not _CONTINUES.match(s, i) and not _inner_list(s, pos, i) \
                    and not ((steps := _STEPS_TO_CARRY_OUT.match(s, i)) and _type_re().match(s, steps.end())) \
                    and not (_PLENUM_OF.match(s, i) and _PLENUM.search(s, pos, i)) \
                    and not ((item := _ITEM_THEN_PERIOD.match(s, i)) and not _type_re().search(s, i, item.end())
                             and not _CARRIES_OUT.search(s, i, item.end())):
                return i
            if c == "," and subject and is_body(s[i + 1:]):  # "… các cấp, Ban Thường trực … ban hành"
                return i
            if c == "," and subject and WHEN.match(s, i + 1):    # "… Covid-19, ngày 2/8, Đoàn …"
                return i
            # "… về công tác tổ chức cán bộ, hội nghị cũng đã thông qua …": a clause of its own,
            # its subject then a tense word
            if c == "," and subject and _NEXT_CLAUSE.match(s, i + 1):
                return i
            # "… về việc tổ chức Đại hội các cấp, được sự thống nhất của …": a clause of its own
            if c == "," and subject and _name_stop_re().match(s, i + 1 + len(s[i + 1:]) - len(s[i + 1:].lstrip())):
                return i
            # "công bố Quyết định thành lập Ủy ban Bầu cử xã | và triển khai Kế hoạch …": a second
            # verb whose object is another document
            if c == " " and not subject and (verb := _AND_VERB.match(s, i)) and _type_re().match(s, verb.end()):
                return i
            # "Nghị quyết Đại hội XIII | ngày 5-3": the day it was passed or passed on, after the name
            if c == " " and not subject and _DAY_AFTER_NAME.match(s, i + 1) \
                    and not _DAY_NAMED.search(s, pos, i):
                return i
            if c == " " and not subject and _name_stop_re().match(s, i + 1):
                # ("… Nghị quyết Đại hội và | đạt được …": the "và" joined the clauses, not the name)
                back = re.search(r"\s+(?:và|cùng|hoặc)$", s[pos:i])
                return pos + back.start() if back else i
            # "Nghị quyết về … giai đoạn 2023 - 2030 | là cần thiết, …": what the sentence says of it
            if c == " " and subject and _IS_WHAT.match(s, i + 1, i + 12) and s[i + 4:i + 5].islower():
                return i
            # "Kế hoạch … năm 2024 | sẽ diễn ra tại …", "… tỉnh Lào Cai | được bầu 6 đại biểu": after a
            # name, a year or a number, a tense word opens what the sentence says
            if c == " " and subject and _TENSE_AFTER_NAME.match(s, i + 1) and i and (s[i - 1].isdigit() or (
                    (w := re.search(r"\S+$", s[pos:i])) and w.group()[:1].isupper())):
                return i
            # "Ban Chỉ đạo … thực hiện Quy chế dân chủ ở cơ sở tổ chức Hội nghị …": the body the
            # name was part of holds an event (not "Kế hoạch tổ chức Hội nghị …", "về việc tổ chức")
            if c == " " and not subject and s.startswith("tổ chức ", i + 1) and is_event(s[i + 9:]) \
                    and s[pos:i].strip() and not re.search(r"(?i)(?:việc|về|công tác|và|kế hoạch)\s*$", s[pos:i]):
                return i
            # "… quy hoạch chung thị xã Hồng Lĩnh do Ban Tuyên giáo Thị ủy trình bày", "… do Chủ
            # tịch Ủy ban MTTQ … làm trưởng đoàn": who presented, issued or led it (not "dịch bệnh
            # do vi rút Corona gây ra")
            if c == " " and not subject and s.startswith("do ", i + 1) \
                    and (_is_body_or_post(s[i + 4:]) or _honorific_re().match(s, i + 4) or _BY_WHOM.match(s, i + 1)):
                return i
            # "… giảm nghèo bền vững | cho Chủ tịch, các Phó Chủ tịch …", "… | cho hơn 300 học viên":
            # whom it was passed on to; "… | và 5 nội dung cam kết": a count of other things
            if c == " " and (_FOR_AUDIENCE.match(s, i + 1) or _AND_COUNT.match(s, i + 1)) and s[pos:i].strip():
                return i
            # "…, một chương trình tổng thể của Chính phủ …": what it is, said of it
            if c == "," and _APPOSITIVE.match(s, i + 1):
                return i
            # the year ends a name the prose goes on from ("… năm 2015 và đón nhận Huân chương …",
            # "… giai đoạn 2021-2025 đến các xã", "… lần thứ XII và chuyên đề bồi dưỡng …")
            # (every year form ends in a digit, a Roman numeral or "năm": the search is tried there
            # only; "… 6 tháng cuối năm và phân công …")
            if c == " " and not subject and i and (s[i - 1].isdigit() or s[i - 1] in "IVXLCm") \
                    and _YEAR_END.search(s, pos, i) and _goes_on(s, i):
                return i
            m = _NEXT_IN_LIST.match(s, i) if c in ", " else None
            if m:
                j = m.end()
                t = _type_re().match(s, j)
                # "Luật … và kế hoạch thi hành Luật …": in a name, a listed type begins the next;
                # "… tham gia thực hiện các chương trình, dự án …" is what the name is about
                if t and (t.group()[0].isupper() or not subject) and (c == "," or m.group("conj")
                                                                     or (m.group("plural") and t.group()[0].isupper())) \
                        and t.start() > i and (m.group("conj") != "gắn với" or _NUMBERED_SOON.match(s, t.end())):
                    return i
                if c == "," and _COMMA_CUNG.match(s, i):
                    return i
        i += 1
    return n


def _fill_units(name: str, ctx: Locality | None) -> str:
    """"Đảng bộ xã lần thứ X" -> "Đảng bộ xã Xuân Long lần thứ X": a bare unit word the
    article's unit makes specific."""
    named = {a for a, _, loc in find_localities(name)
             if not re.match(r"(?i)(?:khóa|khoá|lần|nhiệm)\b", loc.name or "")}

    def fill(m: re.Match) -> str:
        # ("Đại hội Đảng bộ các tỉnh, thành": every province, none of them the article's; "Đại hội
        # Đoàn cấp tỉnh": of the level, wherever)
        if m.start() in named or re.search(r"(?i)(?<!\w)(?:các|những|mọi|cấp)\s+$", name[:m.start()]):
            return m.group()
        # "… trên địa bàn huyện", "… của huyện giai đoạn …": the area the document is for, in the
        # words the page uses (a body's or a congress's unit is made specific)
        if re.search(r"(?i)(?<!\w)(?:trên địa bàn|của)\s+$", name[:m.start()]):
            return m.group()
        loc = resolve_bare(m.group(1).lower(), ctx)
        return f"{m.group(1).lower()} {loc.name}" if loc else m.group()

    # the type word in either case ("… MTTQ Việt Nam Tỉnh nhiệm kỳ …"), not a Party committee's
    # or union's head ("Tỉnh ủy", "Huyện đoàn") nor "xã hội"
    return re.sub(r"(?<!\w)((?i:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn))"
                  r"(?!\s+(?i:hội|ủy|uỷ|đoàn)\b)(?=\s+(?:[a-zà-ỹđ]|Khóa|Khoá|Lần|Nhiệm)|\s*[,;.]|$)", fill, name)


_TWICE = re.compile(r"(?<!\w)(\w+(?: \w+)?) \1(?!\w)")


_REVISED = re.compile(r"(?i)\s*\(\s*(?:bản\s+)?(?:sửa đổi|dự thảo)(?:\s*,?\s*(?:và\s+)?bổ sung)?\s*(?:\)|$)")


def _clean_name(name: str, ctx: Locality | None) -> str:
    # an abbreviation glossing the words before it goes ("Quy chế dân chủ (QCDC) ở cơ sở"), then
    # the brackets of any other aside
    name = expand(name, document=True)
    # "Điều lệ Hội Nông dân Việt Nam (sửa đổi, bổ sung)": the revision under way is no part of the
    # name; but a bill revising a law is named so, apart from the law in force ("Luật Đất đai (sửa đổi)")
    revised = _REVISED.search(name)
    if revised and re.match(r"(?i)luật\s", name) and "sửa đổi" in revised.group().casefold():
        name = re.sub(r"[()]", " ", name[:revised.start()]) + " (sửa đổi) " + re.sub(r"[()]", " ", name[revised.end():])
    else:
        name = re.sub(r"[()]", " ", _REVISED.sub("", name))
    # a word or two typed twice ("Nghị quyết Nghị quyết Đại hội …", "Chăn nuôi nuôi bò")
    name = _TWICE.sub(r"\1", name)
    name = _fill_units(name, ctx)
    name = re.sub(r"\s+([,;])", r"\1", " ".join(name.split()))
    # "Chương trình mục tiêu quốc gia giảm nghèo năm 2022", "Quy chế dân chủ cơ sở 6 tháng đầu
    # năm": a document standing for years (lexicon standing_documents); the year, period or
    # place after it (and what follows) is the work's, not part of its name
    name = _cut_work(name)
    # "Chương trình công tác 6 tháng cuối năm 2025 của | và thông qua …": an issuer the page left out
    name = _DANGLING_OF.sub("", name)
    # "Luật Tổ chức chính quyền địa phương năm 2015": a law is known by its name; the year it
    # was passed is the version's, which later amendments keep under the same name
    name = _LAW_YEAR.sub(r"\1", name)
    name = name.strip(" ,;:-–")
    # a closing quote whose opening one the name does not hold ("… Đảng các cấp”") is the
    # sentence's
    if (name.endswith("”") and name.count("“") < name.count("”")) or (name.endswith('"') and name.count('"') % 2):
        name = name[:-1].rstrip(" ,;:-–")
    return name


_DANGLING_OF = re.compile(r"\s+của$")
_TENSE_BEFORE = re.compile(r"(?i)(?<!\w)(?:đã|đang|sẽ|vừa|chưa)\s+$")
# a lower-case aside right after the type word: "nội dung của Nghị quyết (các quan điểm …)"
_GLOSSED = re.compile(r"\s*\(\s*(?:các|những|gồm|về|như|là)\s")
_LAW_YEAR = re.compile(r"^(Luật\s.*?)\s+năm\s+(?:19|20)\d{2}$")
_WORK = {"year": r"năm\s+(?:19|20)\d{2}\b",
         "period": r"(?:trong\s+)?giai đoạn\b|(?:\d{1,2}|sáu)\s+tháng\b",
         "area": r"trên địa bàn\s|trên các lĩnh vực\b"}


@lru_cache(maxsize=None)
def _standing() -> tuple[tuple[str, re.Pattern], ...]:
    # (a closing quote may come first: 'Quy chế dân chủ cơ sở" năm 2015')
    # (after the words that make the name whole, anything goes: "… ở cơ sở | công khai")
    return tuple((r["phrase"].casefold(), re.compile(
        r"(?i)[\"”]?\s+(?:" + "|".join(_WORK[c] for c in r["cut"].split("|")) + ").*$"
        + ("|(?:" + "|".join(f"(?<={re.escape(e)})" for e in r["ends"].split("|")) + r")\s.*$" if r.get("ends") else "")))
        for r in load("standing_documents"))


def _cut_work(name: str) -> str:
    low = name.casefold()
    for phrase, work in _standing():
        if low.startswith(phrase):
            m = work.search(name, len(phrase))
            return name[:m.start()] if m else name
    return name


def _read(s: str, t: re.Match, ctx: Locality | None) -> tuple[Directive, int, int, list[Directive]] | None:
    """The document whose type word is `t`: (directive, end of its name, end of the mention,
    the other documents of its type listed by number with it)."""
    row = _types()[" ".join(t.group().lower().split())]
    dtype = row["name"]
    # a law is known by its title, its number its symbol ("Luật Khiếu nại số 02/2011/QH13")
    if dtype == "Luật" and _law(s, t.end()):
        named = _read_named(s, t, dtype, row, ctx)
        law_number = _LAW_NUMBER.match(s, named[1]) if named else None
        if law_number:
            d, _name_end, _end, more = named
            named = replace(d, symbol=law_number.group(1)), law_number.end(), max(_end, law_number.end()), more
        return named
    num = _NUMBER.match(s, t.end())
    # "Nghị quyết liên tịch số 09/…", "Chương trình phối hợp số 05/CTPH-…": a kind of the type
    qualified = _QUALIFIER.match(s, t.end())
    if not num and qualified and _type_re().fullmatch(qualified.group().strip()):
        return None                          # "Thông báo Kết luận số 264": the document is the Kết luận
    if not num and qualified:
        num = _NUMBER.match(s, qualified.end())
    if not num:
        return None if row.get("needs_number") else _read_named(s, t, dtype, row, ctx)
    if _counted(s, num):
        return None                          # "hướng dẫn 5 nội dung trọng tâm": a count
    number = num.group(1)
    tail = re.sub(r"\s+", "", num.group(2)).replace("–", "-")
    symbol = number + tail if re.search(r"[^\d/-]", tail) else None
    pos = num.end()
    more = []
    while (m := _MORE_NUMBERS.match(s, pos)) is not None:
        more_tail = re.sub(r"\s+", "", m.group(3)).replace("–", "-")
        more.append((m.group(2), m.group(2) + more_tail if re.search(r"[^\d/-]", more_tail) else None))
        pos = m.end()
    date = issuer = None
    d = _DATE_AFTER.match(s, pos)
    if d:
        fd = full_date(s[d.end():d.end() + 25])
        if fd and fd[1].start() == 0:
            date = fd[0]
            pos = d.end() + fd[1].end()
    of = _OF.match(s, pos)
    if of:
        stop = _ISSUER_END.search(s, of.end())
        phrase = s[of.end():stop.start()]
        # "… của Đảng ủy xã Nghĩa Tá tổ chức Hội nghị …": lower-case words after the issuer's named
        # unit are the sentence's verb (the document names the body that acts)
        phrase = before_verb(phrase, whole=False)
        issuer = parse_body(phrase, ctx)
        pos = of.end() + len(phrase) if len(phrase) < stop.start() - of.end() else stop.start()
        pos = _co_issuers_end(s, pos)
    name_end = pos
    # "Thực hiện Hướng dẫn 84, Ban Thường trực …": a comma after the number ends the mention, and
    # so does the verb of a body the document names ("Ban Chỉ đạo thực hiện Nghị quyết số 57 của
    # Đảng ủy xã tổ chức Hội nghị")
    end = pos if (re.match(r"\s*,", s[pos:]) and not _ABOUT.match(s, pos)) or _ACTS_NOW.match(s, pos) \
        else _list_end(s, pos, subject=True)
    rest = s[pos:end]
    about = _ABOUT.match(rest)
    subject = (rest[about.end():] if about else rest).strip(" ,“”\"") or None
    if issuer is None and symbol_issuer(symbol):
        issuer = parse_body(symbol_issuer(symbol), ctx)
    directive = Directive(key=f"{dtype} {number}", type=dtype, number=number, symbol=symbol,
                          date=date, issuer=issuer, subject=subject)
    siblings = [replace(directive, key=f"{dtype} {n}", number=n, symbol=sym,
                        issuer=issuer if issuer is not None or not symbol_issuer(sym)
                        else parse_body(symbol_issuer(sym), ctx)) for n, sym in more]
    return directive, name_end, end, siblings


# a time or date phrase ("sáng nay 20/5", "ngày 2/8"), which ends a subject and opens a clause
# a source tag opening a page's lead ("(WEBGOVAP) – Thực hiện …", "(Cổng TTĐT-AG)-Thực hiện …")
# (or without parentheses, in capitals: "QTO - Thực hiện …", "LSO-Sáng nay …")
SOURCE_TAG = r"(?:\([^()]{1,40}\)\s*[-–—:]?\s*|(?-i:[A-ZĐ][A-ZĐƯ]{1,7})\s*[-–—]\s*)?"
# "ngày 7.3.2019": a dot joins day and month only after a word saying a date follows
WHEN_PATTERN = (r"\s*(?:(?:(?:sáng|chiều|tối|trưa)(?:\s+nay)?\s+)?(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}\b"
                r"|(?:(?:sáng|chiều|tối|trưa)(?:\s+nay)?\s+(?:ngày\s+)?|ngày\s+)\d{1,2}\.\d{1,2}\b"
                # ("Ngày 5 tháng 4 năm 2024, …": the month in words)
                r"|(?:(?:sáng|chiều|tối|trưa)\s+)?ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\b)")
WHEN = re.compile(rf"(?i){WHEN_PATTERN}")
_ACTS = re.compile(r"(?i)\b(?:đã|đang|vừa|chủ trì|phối hợp|tổ chức|ban hành|triển khai|xây dựng|hướng dẫn)\b")


_ACTS_NOW = re.compile(r"\s+(?:đã\s+|vừa\s+)?(?:tổ chức|tiến hành)\s")


def _co_issuers_end(s: str, pos: int) -> int:
    """A joint document's other issuers ("… của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn
    Chủ tịch …"): bodies listed with commas or "và" and doing nothing; the body that acts on
    the document ("…, Ban Thường trực … đã ban hành") is not one of them."""
    while True:
        sep = re.match(r"\s*(?:,|\svà)\s*", s[pos:])
        if not sep:
            return pos
        start = pos + sep.end()
        stop = re.search(r",|\svà\s|[;:.(]|$", s[start:])
        phrase = s[start:start + stop.start()]
        if not is_body(phrase) or _ACTS.search(phrase) or not stop.group().strip(" ") in (",", "và"):
            return pos
        pos = start + stop.start()


# "Thông tri triệu tập số 38", "Nghị quyết liên tịch số 09": words between the type and "số N"
# "Chương trình hành động 76", "Chương trình phối hợp 1962/CTrPH-UBND-BTTUBMTTQ": a number with a
# symbol after the kind needs no "số"
# (or a mark in parentheses: "Hướng dẫn (mật) số 03-HD/HU", a confidential one)
_QUALIFIER = re.compile(r"(?:\s+[^\W\d_]+|\s*\([^\W\d_]+\))(?:\s+[^\W\d_]+)?(?=\s+số\s*:?\s*\d|\s+\d+(?:\s*/\s*\d{4})?\s*[/-]\s*[A-ZĐ])"
                        r"|\s+hành động(?=\s+\d)")
# more numbers of the same type: "Quyết định số 217 và 218", "Quyết định 217, 218 của Bộ Chính trị"
_MORE_NUMBERS = re.compile(r"(\s*(?:,|và|,\s*và)\s*(?:số\s*)?)(\d+)((?:\s*[/–-]\s*[0-9A-Za-zĐđƯư]+)*)"
                           r"(?=\s*(?:[,;.:)“\"(]|$|của\s|ngày\s|về\s|và\s))")
_ABOUT_IN = re.compile(r"\s+(?:về việc|về)\s+", re.I)


_PASSED_ON_BEFORE = re.compile(r"(?i)(?<!\w)(?:tuyên truyền|phổ biến|quán triệt|học tập|thi hành|giới thiệu|thực hiện"
                               r"|điều\s+\d+(?:\s+khoản\s+\d+)?)"
                               r"(?:\s+(?:về|các|nội dung(?: của)?|các quy định của|của))*\s+$")


@lru_cache(maxsize=None)
def _handed_over_re() -> re.Pattern:
    verbs = sorted(_verbs("hand"), key=len, reverse=True)
    return re.compile(rf"(?i)(?<!{_W})(?:{'|'.join(map(re.escape, verbs))})(?:\s+các)?\s+$")



def _handed_over(s: str, t: re.Match) -> bool:
    """"công bố quyết định thành lập …", "ra quyết định giao chỉ tiêu …": after a verb handing a
    decision over, the word that is also a verb is the decision, whatever it decides."""
    return bool(_handed_over_re().search(s, max(0, t.start() - 20), t.start()))


# the event alone after a type that is also a verb: "Kết luận Hội nghị, đồng chí X …" concludes it
_BARE_EVENT = re.compile(r"(?i)(?:hội nghị|đại hội|kỳ họp|cuộc họp|buổi làm việc|phiên họp)")


def _read_named(s: str, t: re.Match, dtype: str, row: dict, ctx: Locality | None):
    """A document without number, named by the words after its type: "Luật Dân chủ ở cơ sở",
    "Hướng dẫn về công tác tổ chức Đại hội …" (nothing but "về …": that is its name)."""
    pos = t.end()
    head = " ".join(t.group().split())      # "Thông  tri" as "Thông tri"
    if dtype == "Luật" and (law_end := _law(s, pos)):
        return Directive(key=dtype + _clean_name(f"{head}{s[pos:law_end]}", ctx)[len(head):], type=dtype), \
            law_end, law_end, []
    end = _list_end(s, pos, subject=False)
    # a quoted name ends with its quote: 'Đề án “Đổi mới …” và đổi mới công tác tôn giáo'
    opened = re.match(r"\s*([“\"])", s[pos:end])
    closing = {"“": "”", '"': '"'}[opened.group(1)] if opened else None
    if opened and s.find(closing, pos + opened.end()) >= 0:
        end = min(end, s.find(closing, pos + opened.end()) + 1)
    seg = s[pos:end]
    if row.get("name_ends_at") == "khoa":
        k = re.search(r"(?i)\b(?:khóa|khoá)\s+[IVXLC\d]+\b", seg)
        if k:
            seg, end = seg[:k.end()], pos + k.end()
    # ("… khóa XI “Một số vấn đề cấp bách về xây dựng Đảng …”": a "về" inside quotes is the name's)
    about = next((m for m in _ABOUT_IN.finditer(seg) if seg[:m.start()].count("“") <= seg[:m.start()].count("”")
                  and seg[:m.start()].count('"') % 2 == 0), None)
    subject_text = None
    descriptor = seg
    if about:
        descriptor = seg[:about.start()]
        end = _list_end(s, pos + about.end(), subject=True)
        subject_text = s[pos + about.end():end]
    issuer = None
    # "của <issuer>" outside quotes: 'Đề án “Đổi mới … của MTTQ Việt Nam”' is one quoted name
    # nor is a bare "của Đảng", which ends the name of a Party congress or plenum ("Nghị quyết Đại
    # hội lần thứ XII của Đảng"): the Party as a whole issues nothing by that name
    of = next((m for m in re.finditer(r"\s+của\s+", " " + descriptor)
               if descriptor[:m.start()].count("“") <= descriptor[:m.start()].count("”")
               and not (descriptor[:m.start()].strip()
                        and re.fullmatch(r"(?i)Đảng(?:\s+Cộng sản Việt Nam)?\s*", (" " + descriptor)[m.end():]))), None)
    about_named = False
    if of:
        before = (" " + descriptor)[:of.start()]
        if not before.strip():
            # "Chỉ thị của Đảng", "Kế hoạch của Huyện ủy về …": no name (the annotated pages are
            # divided on naming such a document by its issuer and subject, with or without the
            # issuer: read either way, the training split falls)
            return None
        # the issuer is part of a name ("Quy chế làm việc của Ủy ban …", "Chương trình phối hợp
        # thống nhất hành động của Ủy ban Trung ương MTTQ"), but not of one its own year already
        # names ("Chương trình … năm 2023 của Ủy ban …"), which stops at "của <issuer>"
        if _NAMED_YEAR.search(before):
            issuer = parse_body((" " + descriptor)[of.end():], ctx)
            descriptor = before
    descriptor = descriptor.strip()
    meeting = _PARTY_MEETING.match(descriptor)
    if meeting and not about:
        # "Nghị quyết Trung ương 6 khóa XII của Đảng tới toàn bộ đảng viên …", "… Đại hội XIII
        # của Đảng đến cán bộ …": a resolution named by its plenum or congress ends with it
        descriptor = meeting.group().rstrip(" ,")
    if descriptor.startswith(","):
        return None                          # "Theo nội dung nghị quyết, trong nhiệm kỳ …": the type alone
    if re.match(r"(?i)(?:và|hoặc|với|này|đó|trên|lần|có|trong|được|đã|là|sẽ|cũng|vừa|mới|đang|rất|theo|"
                r"tại|từ|khi|nhằm|để|cho|đến|ở|thì|nên|còn|những|đây|không|trước khi|sau khi|trình|"
                r"quan trọng|đặc biệt quan trọng|nêu|xác định|khẳng định|chỉ rõ|nhấn mạnh|mang)\b", descriptor) or _GLOSSED.match(s, pos):
        # "kế hoạch và các văn bản chỉ đạo": documents in general; "gắn việc thực hiện Chỉ thị với
        # giải quyết …", "Chỉ thị này": the one already named; "Nghị quyết có ý nghĩa quan trọng
        # …", "Nghị quyết lần này …", "trong tháng 10": a sentence goes on about the one named;
        # "dự thảo Nghị quyết trình kỳ họp", "một Nghị quyết đặc biệt quan trọng": what it is,
        # not its name; "Nghị quyết (các quan điểm chỉ đạo, …)": what it says
        return None
    if row.get("proper_name") and descriptor[:1].islower() \
            and not (head[:1].isupper() and _PASSED_ON_BEFORE.search(s, max(0, t.start() - 40), t.start())):
        # "Luật thể hiện …", "Điều lệ sửa đổi": no law named; but "tuyên truyền Luật hòa giải":
        # what is made known is a law, however its name is typed
        return None
    if row.get("proper_name") and about and not descriptor.strip():
        return None                          # "dự thảo Luật về phạm vi, đối tượng …": what a law deals with
    if row.get("also_verb") and (descriptor[:1].islower() or _BARE_EVENT.fullmatch(descriptor)) \
            and (is_event(descriptor) or t.group()[0].islower()) and not _handed_over(s, t):
        # "Kết luận hội nghị, đồng chí …", "…; quyết định mục tiêu, phương hướng …": the act, not a
        # document (a document the verb's word names in lower case has its number or year)
        return None
    if row.get("also_verb") and _TENSE_BEFORE.search(s, max(0, t.start() - 12), t.start()) \
            and not _NUMBER.match(s, t.end()):
        return None                          # "… đã Hướng dẫn các Ban Công tác Mặt trận …": the verb, capitalised
    if row.get("agenda") and is_event(descriptor):
        return None                          # "Chương trình Đại hội …": the event's agenda
    if is_event(f"{t.group()} {descriptor}") and not is_event(t.group()):
        return None                          # "Chương trình văn nghệ chào mừng …": an event the lexicon names so
    if not re.search(r"\w", descriptor) and not about:
        return None                          # "Luật, nghị quyết": a common noun; "Nghị quyết…": cut
    carried = _CARRIES_OUT.search(descriptor)
    if carried and not about and _type_re().fullmatch(descriptor[carried.end():].strip()):
        return None                          # "… và chương trình hành động thực hiện Nghị quyết": the one just named
    if about and (not descriptor or _type_re().fullmatch(descriptor)):
        # ('Nghị quyết về "Về công tác dân số …"': the quoted name's own "Về" said once)
        name = _ABOUT_TWICE.sub(r"về \1", f"{head} {s[pos:end].strip()}")
        subject = _clean_name(s[pos:end].strip(), ctx)
        subject = re.sub(r"(?i)^(?:về việc|về)\s+", "", subject)
    elif about and _NATIONAL_TARGET.fullmatch(descriptor):
        # "Chương trình mục tiêu quốc gia về xây dựng nông thôn mới": a national target programme
        # is named by what it is about
        name = f"{head} {s[pos:end].strip()}"
        subject = _clean_name(subject_text, ctx) if subject_text else None
    elif about and subject_text and not meeting and not issuer and not _CONGRESS_NAMED.match(descriptor) \
            and not _QUOTED_ABOUT.match(s, pos + about.end()) and not _generic(f"{head} {descriptor}"):
        # "Quy chế phối hợp về giám sát công tác bồi thường …", "Kế hoạch tuyên truyền về công
        # tác xây dựng Đảng …": what it is about is part of its name (not of a Party meeting's or
        # a congress's resolution: "Nghị quyết Trung ương 8 khóa XI về …" is known without it; a
        # quoted subject ends with its quote, below; "các Nghị quyết Trung ương về …" names none)
        name = f"{head} {s[pos:end].strip()}"
        subject = _clean_name(subject_text, ctx)
        about_named = True
    else:
        name = f"{head} {descriptor}"
        subject = _clean_name(subject_text, ctx) if subject_text else None
    # "Chương trình phối hợp giữa … về “Tăng cường …” giai đoạn 2018 – 2022": a quoted subject
    # is part of the name, with the period after it
    quoted = _QUOTED_ABOUT.match(s, pos + about.end()) if about and descriptor and not meeting and not about_named else None
    if quoted:
        name = f"{name} về {quoted.group()}"
    name = dtype + _clean_name(name, ctx)[len(head):]
    name_end = pos + len(s[pos:end]) if about and (about_named or not descriptor) else pos + len(descriptor) + 1
    if quoted:
        name_end = quoted.end()
    # "Quy định … ban hành kèm theo | Quyết định số 107": the decision it came with is not its name
    name = _ISSUED_WITH.sub("", name)
    subject = _ISSUED_WITH.sub("", subject) if subject else subject
    # "Kế hoạch … thực hiện | Nghị quyết số 43-NQ/TW …": a name that ends carrying out (or
    # following) a numbered document is known by it ("… thực hiện Nghị quyết số 43-NQ/TW"),
    # which stays a document of its own
    if not about and _DANGLING.search(name):
        inner = _type_re().match(s, end + len(s[end:]) - len(s[end:].lstrip()))
        number = _NUMBER.match(s, inner.end()) if inner else None
        if number and not _counted(s, number):
            name = f"{name} {' '.join(s[inner.start():number.end()].split())}"
    return Directive(key=name, type=dtype, issuer=issuer, subject=subject), name_end, end, []


def _title_key(text: str) -> str:
    return " ".join(_TITLE_PUNCTUATION.sub(" ", fold(expand(text, document=True))).split())


_TITLE_PUNCTUATION = re.compile(r"[,;:.()“”\"'‘’\-–—]")


@lru_cache(maxsize=None)
def _law_titles() -> tuple[frozenset[str], int]:
    """Each way a law's title is written (lexicon law_titles), as compared; and the most words
    a title has."""
    keys = {_title_key(v) for r in load("law_titles") for v in (r["title"], *filter(None, r["variants"].split("|")))}
    return frozenset(keys), max(len(k.split()) for k in keys) + 2


def _law(s: str, pos: int) -> int | None:
    """Where the name of a law whose title the words after "Luật" at `pos` give ends: "Luật |
    Tổ chức chính quyền địa phương, số lượng …" ends with the title, "(sửa đổi)" and the year it
    was passed with it; an amending law with the laws it amends ("Luật sửa đổi, bổ sung một số
    điều của Luật Tổ chức Chính phủ và Luật …"). The name stays as the page writes it (the
    annotated pages keep "Luật Bầu cử đại biểu Quốc hội và Hội đồng nhân dân" so)."""
    amends = _AMENDS.match(s, pos)
    if amends:
        end = None
        at = amends.end()
        while not _AMENDS.match(s, at) and (law := _law(s, at)):
            end = law
            more = _AND_LAW.match(s, law)
            if not more:
                break
            at = more.end()
        return end
    keys, most = _law_titles()
    words = [m.end() for m in _WORD.finditer(s, pos, min(len(s), pos + 300))][:most]
    for stop in reversed(words):
        text = s[pos:stop].rstrip(",;:.")
        if _title_key(text) in keys:
            end = pos + len(text)
            revised = _LAW_REVISED.match(s, end)
            year = _LAW_PASSED.match(s, revised.end() if revised else end)
            end = year.end() if year else revised.end() if revised else end
            return end
    return None


_WORD = re.compile(r"\S+")
# (or in parentheses: "Luật Cư trú (Luật số 68/2020/QH14)")
_LAW_NUMBER = re.compile(r"\s*,?\s*(?:\(\s*(?:[Ll]uật\s+)?)?số\s*(\d{1,3}/\d{4}/QH\d{1,2})(?:\s*\))?")
_AMENDS = re.compile(r"(?i)\s*sửa đổi,?\s+bổ sung\s+(?:một số\s+)?(?:điều\s+)?(?:của\s+)?(?:các\s+)?(?:Luật|luật)\s+")
_AND_LAW = re.compile(r"\s*(?:,|và|,\s*và)\s+(?:Luật|luật)\s+")
_LAW_REVISED = re.compile(r"(?i)\s*\(?\s*sửa đổi(?:\s*,\s*bổ sung)?\s*\)?(?!\w)")
_LAW_PASSED = re.compile(r"\s+năm\s+(?:19|20)\d{2}(?!\w)")


_QUOTED_ABOUT = re.compile(r"[“\"][^“”\"]{2,200}[”\"](?:\s+(?:năm\s+(?:19|20)\d{2}|giai đoạn\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}))?")
_ORDINAL = r"(?:\d+|[IVXLC]+|nhất|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười(?:\s+(?:một|hai|ba|bốn|lăm|năm))?)"
_TERM = r"\(?\s*kh[oó][aá]\s+(?:[IVXLC]+|\d{1,2}(?!\d))\s*\)?"
# a Party plenum or congress a resolution is named by: "Trung ương 6 khóa XII", "Hội nghị lần thứ
# sáu Ban Chấp hành Trung ương Đảng khóa XIII", "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"
_PARTY_MEETING = re.compile(
    rf"(?i)(?:(?:hội nghị\s+)?trung ương\s+{_ORDINAL}\s*,?\s*{_TERM}"
    rf"|hội nghị\s+(?:lần\s+)?thứ\s+{_ORDINAL}\s*,?\s*(?:của\s+)?(?:ban chấp hành|bch)\s+trung ương(?:\s+đảng)?\s*,?\s*{_TERM}"
    rf"|đại hội\s+(?:đại biểu\s+toàn quốc\s+)?(?:lần\s+thứ\s+)?[IVXLC]+\s+của\s+Đảng(?!\s+bộ\b))(?!\w)")

# a congress named as what passed the resolution ("Nghị quyết Đại hội … về …")
_CONGRESS_NAMED = re.compile(r"(?i)đại hội\b")

_ABOUT_TWICE = re.compile(r"(?i)(?<!\w)về\s+([“\"‘]?)\s*về\s+")

# the words a name ends on when a numbered document follows it ("… thực hiện", "… theo")
_DANGLING = re.compile(rf"(?i)(?<!\w)(?:{CARRYING}|theo)$")
_ISSUED_WITH = re.compile(r"(?i)\s+(?:được\s+)?(?:ban hành\s+)?kèm theo$")


# what makes a lower-case plan or programme one document, not the common noun: its name gives
# its year ("… năm 2018", "6 tháng cuối năm 2017"), its term ("… nhiệm kỳ 2024-2029") or the
# document it carries out, named as one ("… của MTTQ thực hiện Nghị quyết Trung ương 4"; not
# "… thực hiện nghị quyết đại hội các cấp")
_OWN_YEAR = re.compile(r"(?i)\b(?:năm|nhiệm kỳ|nhiệm kì)\s+(?:19|20)\d{2}\b")
_NAMED_YEAR = re.compile(r"(?i)\bnăm\s+(?:19|20)\d{2}\b")


_PARTIES = re.compile(r"(?i)^\s*(?:phối hợp|liên tịch|ký kết)(?:\s+[^\W\d_]+){0,4}?\s+giữa\s+(?:các\s+)?")


# "chương trình mục tiêu quốc gia …": a national target programme is one by its kind
_NATIONAL_TARGET = re.compile(r"(?i)\s*mục tiêu quốc gia\b")


# the part of a year a plan or programme is for ("chương trình công tác 6 tháng cuối năm")
_HALF_YEAR = re.compile(r"(?i)\b(?:\d{1,2}|sáu|chín|ba)\s+tháng\s+(?:đầu|cuối)\s+năm\b")


def _specific(s: str, pos: int) -> bool:
    name = s[pos:_list_end(s, pos, subject=False)]
    # (or the Party meeting that passed it: "triển khai nghị quyết hội nghị lần thứ 11 Ban Chấp hành
    # Trung ương Đảng khóa 13")
    # (or the parties it is between: "ký kết chương trình phối hợp giữa Ủy ban MTTQ huyện với Công an
    # huyện …")
    return bool(_OWN_YEAR.search(name) or _HALF_YEAR.search(name)) or bool(_NATIONAL_TARGET.match(name)) \
        or bool((between := _PARTIES.search(name)) and is_body(name[between.end():])) \
        or bool(_PARTY_MEETING.match(name.strip())) or any(
        (t := _type_re().match(name, m.end())) and t.group()[0].isupper() for m in _CARRIES_OUT.finditer(name))


@lru_cache(maxsize=None)
def _passing_on_re() -> re.Pattern:
    # (a draft is passed on as one: "thông qua dự thảo quy chế làm việc của Đại hội …"; "thống nhất về …")
    verbs = sorted(_verbs("disseminate") + _verbs("issue") + _verbs("draft"), key=len, reverse=True)
    return re.compile(rf"(?i)(?<!{_W})(?:{'|'.join(map(re.escape, verbs))})(?:\s+về)?$")


# a span of time after a bare number: "Chương trình 6 tháng cuối năm", "Kế hoạch 5 năm" (not
# the document's date: "Quyết định 217 ngày 12/12/2013", "Chỉ thị 05 năm 2016")
# ("Kế hoạch 5 năm 2021 - 2025": a span, then its years)
_DURATION = re.compile(r"(?i)\s*(?:(?:tháng|năm|ngày|tuần|quý)\b(?!\s*(?:\d|[IVX]+\b))|năm\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})")


def _counted(s: str, num: re.Match | None) -> bool:
    """A bare number after the type word (`num`) counts what follows ("Hướng dẫn 5 nội dung
    …", "Chương trình hành động 6 tháng cuối năm")."""
    if not num:
        return False
    # ("hướng dẫn 23/23 cơ sở tôn giáo": a share of the things counted, no document's symbol)
    share = _SHARE.match(s, num.end(1)) if num.group(2).strip() else None
    end = share.end() if share else num.end()
    # ("hướng dẫn 100% các xã": a share in hundredths)
    return bool((share or not num.group(2).strip())
                and (count_noun_re().match(s, end) or _DURATION.match(s, end) or s.startswith("%", end)))


_SHARE = re.compile(r"\s*/\s*\d+(?=\s+[^\W\d_])")


# "thực hiện", and how well it was carried out ("thực hiện thắng lợi", "triển khai có hiệu quả")
_CARRIED_OUT_BEFORE = re.compile(r"(?i)(?:thực hiện|(?:thực hiện|triển khai)\s+(?:tốt|thắng lợi|có hiệu quả|hiệu quả|"
                                 r"nghiêm túc|thành công|đồng bộ))$")


def _accepted(s: str, t: re.Match, prev_end: int | None) -> bool:
    """A lower-case type word is a document only before a law's title, after "thực hiện", as the
    next item of a list that began with a document ("Thực hiện hướng dẫn số 51 …; chương trình
    …", "Luật … và kế hoạch thi hành Luật …"), or right after a verb passing it on or issuing it
    when its name makes it one document (`_specific`: "triển khai chương trình công tác Mặt trận
    năm 2018"; not a type that is also a verb: "triển khai hướng dẫn …" is guidance given)."""
    if t.group()[0].isupper():
        return True
    # a law's title after "luật" in lower case ("tập huấn luật MTTQ Việt Nam và luật Thanh tra")
    if t.group().lower() == "luật" and _law(s, t.end()):
        return True
    before = s[:t.start()].rstrip()
    if _CARRIED_OUT_BEFORE.search(before):
        return True
    if (num := _NUMBER.match(s, t.end())) and not _counted(s, num):
        return True
    # ("triển khai chương trình phối hợp số 09/Ctr-BCA-MTTW": a qualifier, then a number with its
    # symbol)
    if (q := _QUALIFIER.match(s, t.end())) and (num := _NUMBER.match(s, q.end())) and num.group(2).strip():
        return True
    if _types()[" ".join(t.group().lower().split())].get("also_verb") and _handed_over(s, t) \
            and not re.search(r"(?i)(?<!\w)(?:các|những)\s*$", before):
        return True         # (not several, in lower case: "công bố các quyết định về chuyển giao …")
    # a document standing for years under one name, however it is typed ("… chính quyền và quy
    # chế dân chủ ở cơ sở")
    if any(s[t.start():t.start() + len(phrase)].casefold() == phrase for phrase, _cut in _standing()):
        return True
    if (not _types()[" ".join(t.group().lower().split())].get("also_verb")
            and (_passing_on_re().search(before) or _YEARLY.match(s, t.end())) and _specific(s, t.end())):
        return True
    return prev_end is not None and re.fullmatch(r"\s*(?:[;,]|,?\s*và)\s*", s[prev_end:t.start()]) is not None


# the programme every Front committee agrees with its members each year, by whatever verb it is
# named ("bám sát chương trình phối hợp thống nhất hành động năm 2017 …", "đề ra chương trình …")
_YEARLY = re.compile(r"(?i)\s+phối hợp(?:\s*,?\s*(?:và\s+)?thống nhất)?\s+hành động\b")


# "Kế hoạch hóa" (a verb), "Chương trình 1:" (an item), "Hội Luật gia", "Luật sư" (jurists, lawyers)
_NOT_A_DOCUMENT = re.compile(r"\s+(?:hóa|hoá)(?!\w)|\s+\d{1,2}\s*:|(?i:\s+(?:gia|sư)(?!\w))")
# (not an article's number: "theo quy định tại Điều 79 Luật …" names the law)
_COUNTED_BEFORE = re.compile(r"(?i)(?<![\w/.])(?<!điều )(?<!khoản )(?:\d{1,2}|hai|ba|bốn|sáu|bảy|tám|chín|mười)\s+$")


@lru_cache(maxsize=None)
def _generic_names() -> frozenset[str]:
    return frozenset(p.casefold() for p in column("generic_documents", "phrase"))


# "tình hình thực hiện nghị quyết năm 2023": a type and a year alone are the year's documents of
# that kind, none of them named
_YEAR_ONLY = re.compile(r"\s+năm\s+(?:19|20)\d{2}")


# "các Nghị quyết sau:", "Kế hoạch này", "Quyết định nói trên", "Nghị quyết cấp trên": a type
# and a word pointing elsewhere in the text, or up to whoever is above, name no document
_POINTING = re.compile(r"(?i)\s+(?:sau|này|trên|đó|nói trên|kể trên|như sau|(?:của\s+)?cấp trên)")


# "Kế hoạch hành động này", "Chương trình công tác đó": a kind of document pointed back to
_POINTING_END = re.compile(r"(?i)\s(?:này|đó|nói trên|kể trên)$")


def _generic(key: str) -> bool:
    if " ".join(key.split()).casefold() in _generic_names():
        return True
    t = _type_re().match(key)
    return bool(t and (_YEAR_ONLY.fullmatch(key, t.end()) or _POINTING.fullmatch(key, t.end())
                       or (len(key[t.end():].split()) <= 3 and _POINTING_END.search(key))))


@lru_cache(maxsize=None)
def _department_re() -> re.Pattern:
    """Departments named with a document type's word (lexicon department_names): a body."""
    def form(phrase: str) -> str:
        return r"\s*[-–]\s*".join(r"\s+".join(map(re.escape, part.split())) for part in re.split(r"\s*[-–]\s*", phrase))
    return re.compile(rf"(?i)(?<!\w)(?:{'|'.join(form(p) for p in column('department_names', 'phrase'))})(?!\w)")


def _departments(s: str) -> list[tuple[int, int]]:
    return [m.span() for m in _department_re().finditer(s)]


_LAST_ORDINAL = re.compile(r"lần thứ\s+([IVXLC]+)$")
_MORE_ORDINALS = re.compile(r"\s*(?:,|và)\s*([IVXLC]+)(?=\s*[,;.]|\s+và\s|\s*$)")
# (a congress, not a clause whose subject is the congress: ", Đại hội cũng đã thảo luận …")
_MORE_CONGRESSES = re.compile(r"\s*(?:,|và)\s*(Đại hội\s(?:(?!(?:đã|cũng|sẽ|được|đang|vừa)\s)[^,;.:()“”])+?)"
                              r"(?=\s*(?:[,;.:()]|và\s|$))")


def _congress_resolutions(s: str, d: Directive, name_end: int, ctx: Locality | None) -> tuple[list[Directive], int]:
    """"Nghị quyết Đại hội Đoàn toàn quốc và Đại hội Đoàn tỉnh …", "Nghị quyết Đại hội IX Công đoàn
    tỉnh, Đại hội XII Công đoàn Việt Nam": one resolution of each congress the list names, and
    where the list ends."""
    if d.number is not None or not d.key.startswith("Nghị quyết Đại hội "):
        return [d], name_end
    parts = re.split(r"\s+và\s+(?=Đại hội\s)", d.key)
    out = [replace(d, key=parts[0])] + [Directive(key=f"Nghị quyết {p}", type=d.type) for p in parts[1:]]
    pos = name_end
    # "Nghị quyết Đại hội Đảng toàn quốc lần thứ XI, XII": the resolution of each congress counted
    last = _LAST_ORDINAL.search(d.key)
    while last and (more := _MORE_ORDINALS.match(s, pos)) is not None:
        out.append(Directive(key=d.key[:last.start(1)] + more.group(1), type=d.type))
        pos = more.end()
    while (more := _MORE_CONGRESSES.match(s, pos)) is not None:
        out.append(Directive(key=f"Nghị quyết {_clean_name(more.group(1), ctx)}", type=d.type))
        pos = more.end()
    return out, pos


# a policy document's subject that is carrying another out ("Kết luận số 43-KL/TW … về tiếp tục
# thực hiện | Nghị quyết số 25-NQ/TW"): the other is what it is about (a plan's is what it carries
# out, and is named: "Kế hoạch số 151 … về việc thực hiện Nghị quyết số 27")
_ABOUT_CARRYING = re.compile(r"(?i)(?:việc\s+)?(?:tiếp tục\s+)?(?:đẩy mạnh\s+)?(?:triển khai\s+)?thực hiện")
_ABOUT_TYPES = ("Kết luận", "Chỉ thị", "Nghị quyết", "Quy định", "Thông tri")


def _sentence_mentions(idx: int, s: str, ctx: Locality | None) -> list[Mention]:
    out: list[Mention] = []
    pos = 0
    prev_end = None
    about_at = -1                # where a document the one before is about starts
    while True:
        t = _next_type(s, pos)
        if t is None:
            break
        # ("báo cáo kết quả", "Báo cáo Kết luận của Hội nghị" is a report; "báo cáo Kết luận số 14
        # …" presents the numbered document)
        reported = _REPORT_BEFORE.search(s, max(0, t.start() - 30), t.start()) and not re.match(r"\s*số\s*:?\s*\d", s[t.end():])
        # "Kế hoạch hóa gia đình" (family planning) is a verb; "Chương trình 1: Nâng cao …", an
        # item of a list of programmes, no numbered document
        other_word = _NOT_A_DOCUMENT.match(s, t.end())
        # "… tổ chức Chương trình Vui Tết Trung thu": a programme of the day held, no document
        # (not "tổ chức thực hiện Chương trình …")
        other_word = other_word or (_types()[" ".join(t.group().lower().split())].get("agenda")
                                    and _HELD_BEFORE.search(s, max(0, t.start() - 30), t.start()))
        if not _accepted(s, t, prev_end) or reported or other_word \
                or any(a <= t.start() < b for a, b in _departments(s)):
            pos = t.end()
            continue
        got = _read(s, t, ctx)
        if got is None:
            pos = t.end()
            continue
        directive, name_end, end, siblings = got
        if directive.number is None and out and out[-1].directive.number and out[-1].directive.type == directive.type \
                and prev_end is not None and _RESTATED.fullmatch(s, prev_end, t.start()) \
                and re.match(r"\s+[a-zđà-ỹ]", s[t.end():]):
            # "Quy định số 144-QĐ/TW, Quy định chuẩn mực đạo đức cách mạng …": the numbered
            # document's title, said after its number, no document of its own
            pos = max(end, t.end())
            prev_end = end
            continue
        if directive.number is None and (_generic(directive.key) or _COUNTED_BEFORE.search(s, 0, t.start())
                                         or _COMRADE.search(directive.key)):
            # ("Kết luận Hội nghị đ/c Đỗ Văn Hải - Phó Bí thư …": the verb, who concluded, no document)
            # "Chương trình hành động" alone, "Đại hội đề ra 5 Chương trình hành động …": a kind
            # of document, or several, not one
            pos = max(end, t.end())
            continue
        # (the name may have run on into the words giving the short one: "…, sau đây gọi tắt là")
        short = _CALLED.search(s, t.end(), min(len(s), name_end + 40)) if directive.number is None else None
        if short and (u := _type_re().match(s, short.end())) and _NUMBER.match(s, u.end()):
            # "Đề án “Phát triển ứng dụng dữ liệu về dân cư …” (gọi tắt là Đề án 06)": the document
            # is the numbered one its long name is given for
            pos = short.end()
            continue
        clause_start = max(s.rfind(";", 0, t.start()), s.rfind(":", 0, t.start())) + 1
        draft = any(re.search(rf"(?i)\b{v}\b", s[clause_start:t.start()]) for v in _verbs("draft"))
        adopted = _adopted(s[clause_start:t.start()], issued=bool(directive.number or directive.issuer))
        about = t.start() == about_at
        # (the mention spans the list: "… lần thứ XI, XII; Nghị quyết …" goes on after "XII")
        resolutions, list_end = _congress_resolutions(s, directive, name_end, ctx)
        for d in resolutions:
            out.append(Mention(idx, t.start(), max(end, list_end), d, nested=about, draft=draft, adopted=adopted,
                               about=about))
        out += [Mention(idx, t.start(), end, d, nested=about, draft=draft, adopted=adopted, about=about)
                for d in siblings]
        about_at = -1
        if directive.number and directive.type in _ABOUT_TYPES and directive.subject \
                and _ABOUT_CARRYING.fullmatch(directive.subject.strip()):
            nxt = _next_type(s, end)
            if nxt is not None and not s[end:nxt.start()].strip():
                about_at = nxt.start()
        # a document carried out by this one is named inside its name ("… thực hiện Nghị quyết …")
        inner = re.search(r"(?i)thực hiện\s+", s[t.end():name_end])
        if inner and directive.number is None:
            sub = _type_re().match(s, t.end() + inner.end())
            if sub:
                got2 = _read(s, sub, ctx)
                if got2:
                    out += [Mention(idx, sub.start(), got2[2], d, nested=True, draft=draft)
                            for d in [got2[0], *got2[3]]]
        prev_end = end
        pos = max(end, t.end())
    return out


_COMRADE = re.compile(r"(?<!\w)(?i:đ/c|đồng chí)\s+[A-ZĐ]")
_RESTATED = re.compile(r"\s*,\s*")
_DAY_AFTER_NAME = re.compile(r"ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)")
_DAY_NAMED = re.compile(r"(?i)(?<!\w)(?:kỷ niệm|chào mừng|nhân dịp|dịp|từ|đến|trước|sau)\s*$")     # "… kỷ niệm ngày 2/9"
# "… (gọi tắt là …", ", sau đây gọi tắt là …": the short name a long one is given with
_CALLED = re.compile(r"(?i)[,(]?\s*(?:sau đây\s+|dưới đây\s+)?(?:được\s+)?(?:gọi|viết)\s+tắt\s+(?:là\s+)?:?\s*")


def _adopted(before: str, issued: bool = False) -> bool:
    """The clause before a document says the event signed or passed it ("ký kết Quy chế phối hợp
    …", "Hội nghị đã thông qua Quy chế làm việc …"), not something carrying it out ("ký kết kế
    hoạch phối hợp … thực hiện Chương trình số 06"). "thông qua" alone passes only a document not
    yet issued: one with a number or an issuer is presented ("đại diện … đã thông qua Quyết định
    1260 của Tỉnh ủy"), and a list opening "Thông qua …" presents what follows."""
    signed = [m.end() for v in _verbs("adopt") for m in re.finditer(rf"(?i)\b{v}\b", before)
              if not (v == "thông qua" and (issued or m.group()[0].isupper()))]
    return bool(signed) and not re.search(rf"(?i)\b{CARRYING}\b", before[max(signed):])


# a congress the article names: by its number ("… lần thứ XVI", "… lần thứ nhất") or its term
# ("Đại hội Đại biểu MTTQ Việt Nam tỉnh, nhiệm kỳ 2025-2030")
# ("Đại hội Đại biểu MTTQ Việt Nam tỉnh, nhiệm kỳ 2025-2030"); its number when it has one
# (its words hold no other "Đại hội" and no verb: "Đại hội cũng đã chọn 6 đại biểu tham dự Đại hội
# đại biểu toàn quốc … lần thứ X" is a sentence, not a congress)
_CONGRESS = re.compile(r"Đại hội(?: [Đđ]ại biểu)?(?:(?!Đại hội|\s(?:đã|cũng|sẽ|được)\s)[^,;.:])*?"
                       r"(?:lần thứ (?:[IVXLC]+\b|\d+\b|nhất\b)"
                       r"|,?\s*nhiệm kỳ \d{4}\s*[-–]\s*\d{4})")


def mentions_in(text: str) -> list[Mention]:
    """The documents one line names (a title), with no article context."""
    return _sentence_mentions(0, text, None) if text else []


def find_mentions(sentences: list[Sentence], ctx: Locality | None) -> list[Mention]:
    """Every document mention, in text order. A name ending in a bare "Đại hội" is completed
    with the congress the article names ("Kế hoạch tổ chức Đại hội" -> "… lần thứ XVI")."""
    out: list[Mention] = []
    for i, sent in enumerate(sentences):
        found = _sentence_mentions(i, sent.norm, ctx)
        if i == len(sentences) - 1 and not re.search(r"[.!?…”\")]\s*$", sent.norm):
            # a page cut mid-sentence: a name running to the cut is not known whole ("Để Nghị quyết
            # Đạ"); a numbered document is known by its number
            found = [m for m in found if m.directive.number is not None or m.end < len(sent.norm.rstrip())]
        out.extend(found)
    congresses = [m.group() for s in sentences for m in _CONGRESS.finditer(s.norm)]
    if congresses:
        full = _clean_name(max(congresses, key=lambda c: ("lần thứ" in c, len(c))), ctx)
        for m in out:
            d = m.directive
            if d.number is None and re.search(r"\bĐại hội$", d.key):
                key = d.key[:-len("Đại hội")] + full
                subject = d.subject[:-len("Đại hội")] + full if d.subject and d.subject.endswith("Đại hội") else d.subject
                m.directive = replace(d, key=key, subject=subject)
        # "Nghị quyết Đại hội lần thứ X, nhiệm kỳ 2015-2020": named by its number alone, the
        # resolution of a congress of the one body whose congresses the article names
        # (not when a congress of its number is another's: "Đại hội đại biểu toàn quốc lần thứ XIII")
        bodies = {b.group(1).casefold(): b.group(1) for c in reversed(congresses)
                  if (b := _CONGRESS_BODY.match(c)) and b.group(1).split()[-1][:1].isupper()}
        if len(bodies) == 1:
            body = _clean_name(bodies.popitem()[1], ctx)
            for m in out:
                d = m.directive
                bare = _BARE_RESOLUTION.match(d.key) if d.number is None else None
                if bare and not any(re.search(rf"\s{bare.group(2)}$", c) and not _BARE_CONGRESS.match(c)
                                    and body not in _clean_name(c, ctx) for c in congresses):
                    m.directive = replace(d, key=f"{bare.group(1)} {body} {d.key[bare.end():].lstrip()}")
    # one document named again with its term or without (", nhiệm kỳ 2025-2030"), with or without
    # "đại biểu" after "Đại hội", with other punctuation ("… lần thứ XIV, nhiệm kỳ 2018 – 2023", "…
    # lần thứ XIV nhiệm kỳ 2018-2023"): known by the name the article uses most (the fuller when
    # used as often)
    said: dict[str, list[str]] = {}
    for m in out:
        if m.directive.number is None:
            said.setdefault(_plain_name(m.directive.key), []).append(m.directive.key)
    # (a name said without its term is that of the one congress of its name whose term is said)
    for plain in [p for p in said if not _PLAIN_TERM.search(p)]:
        termed = [p for p in said if p.startswith(plain + " ") and _PLAIN_TERM.fullmatch(p[len(plain):])]
        if len(termed) == 1:
            said[termed[0]] += said[plain]
            said[plain] = said[termed[0]]
    for m in out:
        forms = said.get(_plain_name(m.directive.key), []) if m.directive.number is None else []
        if len(set(forms)) > 1:
            m.directive = replace(m.directive, key=max(forms, key=lambda k: (forms.count(k), len(k))))
    _one_name_per_party_meeting(out)
    return out


# a congress named by its body ("Đại hội Đảng bộ phường Sài Đồng lần thứ XI"): the body
# (a body with a name: not "Đại hội Đảng bộ huyện lần thứ XIX", of a unit the page names otherwise)
_CONGRESS_BODY = re.compile(r"Đại hội(?: [Đđ]ại biểu)? (?![Đđ]ại biểu\b|toàn quốc\b)"
                            r"((?:(?!lần thứ|kh[oó]a\s|nhiệm k[ỳì]|,).)+?)\s*,?\s*"
                            r"(?:lần thứ|kh[oó]a\s|nhiệm k[ỳì])")
_BARE_CONGRESS = re.compile(r"Đại hội(?: [Đđ]ại biểu)?\s+(?:lần thứ|kh[oó]a)\s")
# a congress's resolution named by its number or term only (group 2: the number)
_BARE_RESOLUTION = re.compile(r"(Nghị quyết Đại hội(?: [Đđ]ại biểu)?)(?=\s+(?:lần thứ|kh[oó]a)\s+(\w+))")
_PUNCTUATION_FREE = re.compile(r"[\s,;:\-–—]+")
_DELEGATES_CONGRESS = re.compile(r"(?<=đại hội) đại biểu(?= )|(?<= dân chủ) ở(?= cơ sở)")
_PLAIN_TERM = re.compile(r" nhiệm k[ỳì] \d{4} \d{4}$")       # a term, in a _plain_name


def _plain_name(key: str) -> str:
    """What tells one unnumbered document however an article writes it: case, punctuation,
    "đại biểu" after "Đại hội" and "ở" in "dân chủ ở cơ sở" aside."""
    return _PUNCTUATION_FREE.sub(" ", _DELEGATES_CONGRESS.sub("", key.casefold())).strip()


_WORD_ORDINALS = {"nhất": 1, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7,
                  "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "mười ba": 13,
                  "mười bốn": 14, "mười lăm": 15, "mười năm": 15}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# the resolution of a plenum of the Party's Central Committee, however the article names it:
# "Nghị quyết Trung ương 6 khóa XII", "Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương
# Đảng khóa XII", "Nghị quyết hội nghị Trung ương lần thứ 11 (khóa XI)", "Nghị quyết Trung ương 9"
_PLENUM_RESOLUTION = re.compile(
    rf"(?i)Nghị quyết\s+(?:hội nghị\s+)?(?:(?:trung ương\s+|t[wư]\s*)(?:lần\s+thứ\s+)?(?P<a>{_ORDINAL})"
    rf"|(?:lần\s+)?thứ\s+(?P<b>{_ORDINAL})\s*,?\s*(?:của\s+)?(?:ban chấp hành|bch)\s+trung ương(?:\s+đảng)?)"
    rf"\s*,?\s*(?:{_TERM})?")


def _number(word: str) -> int | None:
    w = " ".join(word.casefold().split())
    if w.isdigit():
        return int(w)
    if w in _WORD_ORDINALS:
        return _WORD_ORDINALS[w]
    values = [_ROMAN.get(c) for c in w.upper()]
    if all(values):
        return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return None


# … and the resolution of a national Party congress: "Nghị quyết Đại hội đại biểu toàn quốc lần
# thứ XIII của Đảng", "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội lần thứ 13"
_CONGRESS_RESOLUTION = re.compile(
    r"(?i)Nghị quyết\s+Đại hội\s+(?P<national>(?:đại biểu\s+)?toàn quốc\s+)?(?:lần\s+thứ\s+)?(?P<n>[IVXLC]+|\d+)"
    r"(?P<party>\s*,?\s*của\s+Đảng(?:\s+Cộng sản Việt Nam)?)?(?:\s*,?\s*nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4})?")


def _party_meeting(key: str) -> tuple[str, int, int | None, bool] | None:
    """What Party meeting's resolution `key` names alone: ("plenum", plenum, term, True) for a
    Central Committee plenum, ("congress", number, None, national) for a congress by its number
    (national: the text says "toàn quốc" or "của Đảng"); None for any other document."""
    key = key.strip()
    m = _PLENUM_RESOLUTION.fullmatch(key)
    if m:
        term = re.search(r"(?i)kh[oó][aá]\s+([IVXLC]+)", m.group())
        n = _number(m.group("a") or m.group("b"))
        return ("plenum", n, _number(term.group(1)) if term else None, True) if n else None
    m = _CONGRESS_RESOLUTION.fullmatch(key)
    if m and _number(m.group("n")):
        return ("congress", _number(m.group("n")), None, bool(m.group("national") or m.group("party")))
    return None


def _one_name_per_party_meeting(mentions: list[Mention]) -> None:
    """A Party plenum's or national congress's resolution named several ways in one article
    ("Nghị quyết Hội nghị lần thứ Tám, Ban Chấp hành Trung ương Đảng khóa XIII", then "Nghị quyết
    Trung ương 8 khóa XIII"; "Nghị quyết Đại hội XIII của Đảng", then "Nghị quyết Đại hội đại
    biểu toàn quốc lần thứ XIII của Đảng") is one document, known by the name the article uses
    most (the first of those used as often), as annotators key it. A plenum named without its
    term ("Nghị quyết Trung ương 9") is the one of that plenum when the article names a single
    term for it; a congress named without "toàn quốc" or "của Đảng" ("Nghị quyết Đại hội lần thứ
    XIII") is the Party's when the article names the Party's of that number."""
    named: dict[tuple[str, int, int | None], list[str]] = {}
    for m in mentions:
        p = _party_meeting(m.directive.key) if m.directive.number is None else None
        if p and (p[0] == "plenum" and p[2] is not None or p[0] == "congress" and p[3]):
            named.setdefault(p[:3], []).append(m.directive.key)
    first = {p: max(keys, key=keys.count) for p, keys in named.items()}
    for m in mentions:
        p = _party_meeting(m.directive.key) if m.directive.number is None else None
        if p is None:
            continue
        if p[0] == "plenum" and p[2] is None:
            terms = [k for k in first if k[0] == "plenum" and k[1] == p[1]]
            p = terms[0] if len(terms) == 1 else None
        if p is not None and p[:3] in first and first[p[:3]] != m.directive.key:
            m.directive = replace(m.directive, key=first[p[:3]])


# -- dates and issuers stated by the sentence around a mention ----------------------------

def _issued_by_sentence(sent: str, m: Mention, ctx: Locality | None) -> Directive:
    """"Ngày 5/4/2023, Ban Thường trực … đã ban hành Kế hoạch số 293": the date and the
    issuer the sentence gives a document issued in it."""
    d = m.directive
    before = sent[:m.start]
    verbs = "|".join(map(re.escape, _verbs("issue")))
    issue = re.search(rf"(?i)(?<!\w)(?:{verbs})\s+$", before)
    if not issue:
        return d
    clause = before[:issue.start()]
    date = d.date
    lead = re.match(r"\s*(?:(?:Sáng|Chiều|Tối|Trưa)\s+)?(?:ngày\s+)?", clause, re.I)
    fd = full_date(clause)
    if date is None and fd and fd[1].start() <= lead.end() + 1:
        date = fd[0]
    issuer = d.issuer
    if issuer is None or (d.symbol and symbol_issuer(d.symbol) == (issuer.name if issuer else None)):
        subj = clause.split(",")[-1]
        subj = re.split(r"(?i)\s+(?:đã|đang|vừa|chủ trì|phối hợp)\b", subj)[0]
        if is_body(subj):
            issuer = parse_body(subj, ctx)
    return replace(d, date=date, issuer=issuer)


def _richness(d: Directive) -> int:
    return sum(x is not None for x in (d.symbol, d.date, d.issuer, d.subject))


def extract_directives(sentences: list[Sentence], ctx: Locality | None, article: Article,
                       mentions: list[Mention] | None = None) -> list[Directive]:
    """One Directive per document, fields merged over its mentions (the fullest wins); `mentions`
    are the sentences' (find_mentions), when the caller has read them already."""
    merged: dict[str, Directive] = {}
    found = find_mentions(sentences, ctx) if mentions is None else mentions
    named = {m.directive.key.casefold() for m in found if not m.about}
    for m in found:
        if m.about and m.directive.key.casefold() not in named:
            continue
        sent = sentences[m.sentence]
        d = _issued_by_sentence(sent.norm, m, ctx)
        d = replace(d, evidence=Span(sent.start, sent.end))
        key = d.key.casefold()
        old = merged.get(key)
        if old is None:
            merged[key] = d
            continue
        merged[key] = replace(old, **{f: getattr(old, f) if getattr(old, f) is not None else getattr(d, f)
                                      for f in ("symbol", "date", "issuer", "subject")})
    return list(merged.values())
