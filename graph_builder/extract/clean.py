"""Article text -> body sentences with exact offsets, page furniture removed; the title,
publication date and byline filled in.

A page as saved is header chrome, the title, a date line, the body (paragraphs and photo
captions, sometimes with related headlines in between), a byline, and a footer. Each rule
below removes one of those kinds of furniture; markers live in data/lexicons/furniture.tsv."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..facts import Article, Sentence
from ..lexicon import column, load
from ..text import canonical
from .bodies import GLOSS, glosses
from .context import UPPER, family_names, repair_place_case

_DATE = r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"
_ISO = r"(\d{4})-(\d{2})-(\d{2})"
_TIME = r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:[AaPp][Mm]|SA|CH)\b)?"   # SA/CH: sáng/chiều
# what may surround a date on a date line: weekday, "Ngày cập nhật", time, "74 lượt xem"
_DATE_NOISE = re.compile(
    rf"(?i)thứ\s+\w+|chủ nhật|ngày\s+cập\s+nhật|cập\s+nhật(?:\s+ngày)?|ngày\s+đăng|ngày\s+đưa|"
    rf"đăng\s+ngày|ngày|đã\s+đăng\s+vào|đăng|xuất\s+bản|lúc|date|gmt\s*[+-]\s*\d+(?::\d+)?|{_TIME}|"
    rf"\d+\s+lượt\s+xem|lượt\s+xem\s*:?\s*[\d.,]*|view\s+count\s*:?\s*[\d.,]*|in\s+bài|print|gốc|[|,:\-–()\[\]•\s]")
# a section's name before the stamp's own label ("Chính trị - Ngày đăng : 16:28, 13/12/2016",
# "Chính trị Thứ Hai 20/10/2025, 10:09")
# (not "Kỳ họp lần thứ hai 14/08/2021", a headline)
_SECTION = re.compile(r"(?i)^\s*(?:(?!lần|kỳ|khóa|khoá)[^\W\d_]+\s+){0,2}(?!lần|kỳ|khóa|khoá)[^\W\d_]+\s*[-–|]?\s*"
                      r"(?=(?:ngày\s+đăng|ngày\s+cập\s+nhật|cập\s+nhật|đăng\s+ngày|thứ\s+\w+|chủ nhật)\b)")
# … or before the stamp itself when it gives the time ("Kinh tế 25/09/2020 - 17:41", "Xã hội
# 14/08/2025 13:46")
_SECTION_TIMED = re.compile(rf"^\s*[{UPPER}](?!ần |ỳ )[^\W\d_]*(?:\s+(?!lần|kỳ|khóa|khoá)[^\W\d_]+){{0,2}}\s*[-–|]?\s*$")
_DAY_PART = re.compile(r"(?i)\s*(?:sáng|chiều|tối|trưa|đêm|ngày|hôm|vào)(?!\w)")
_SHORT = 200          # longer lines are paragraphs, never titles, captions or headlines
_HEAD_LINES = 30      # the title and date line are within the page's first lines


@dataclass
class _Line:
    start: int
    end: int          # stripped bounds within Article.text
    text: str
    indent: int
    caption: bool = False


@lru_cache(maxsize=None)
def _markers(kind: str) -> tuple[str, ...]:
    return tuple(r["marker"].casefold() for r in load("furniture") if r["kind"] == kind)


def _starts(text: str, kind: str) -> str | None:
    low = text.casefold()
    if not low.startswith(_markers(kind)):
        return None             # (most lines start with none: one test for all of them)
    for m in _markers(kind):
        if low.startswith(m) and (len(low) == len(m) or not low[len(m)].isalnum()):
            return m
    return None


def _iso(m: re.Match) -> str | None:
    g = m.groups()
    if len(g[0]) == 4:
        y, mo, d = g
    else:
        d, mo, y = g
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return None
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"


def _find_date(text: str) -> re.Match | None:
    return _ISO_RE.search(text) or _DATE_RE.search(text)


_ISO_RE, _DATE_RE = re.compile(_ISO), re.compile(_DATE)


def date_line(text: str) -> str | None:
    """ISO date when the line is only a date (with weekday, time, "Ngày cập nhật"…, or the
    author's name before it: "Thùy Trang 14/08/2021 07:18"), or a machine timestamp
    ("2025-11-17T08:49:28+07:00")."""
    iso = _ISO_STAMP.fullmatch(text) if "T" in text else None
    if iso:
        return iso.group(1)
    m = _find_date(text)
    if not m:
        return None
    # (or the section and the day alone, "Thời sự 19-07-2019", not a time of day: "Sáng 19-7-2019")
    section = _SECTION.match(text[:m.start()]) or (_SECTION_TIMED.match(text[:m.start()])
                                                   if re.match(rf"\s*(?:[-–|,]?\s*{_TIME})?\s*$", text[m.end():])
                                                   and not _DAY_PART.match(text) else None)
    before = text[section.end() if section else 0:m.start()]
    rest = _DATE_NOISE.sub(" ", before + " " + text[m.end():]).split()
    # the authors before it: one name, or two joined by "-", "," or "và" ("Thanh Tiến - Quốc Trung"),
    # with the time it was posted ("Hoàng Tính - 17:58 14/09/2023 GMT+7")
    # ("Đình Hiệp - Nguyệt Ánh| 10/03/2022 09:15": a bar glued to the last name)
    authors = [w for w in re.split(r"\s+|,|\|", re.sub(_TIME, " ", before)) if w and w not in ("-", "–", "và")]
    rest = [w for w in rest if w not in ("-", "–", "và")]
    if rest and not (m.start() > 0 and len(rest) <= 8 and all(w[0].isupper() and w.isalpha() for w in rest)
                     and authors == rest):
        return None
    return _iso(m)


def date_prefix(text: str) -> tuple[str, int] | None:
    """"date 2025-10-15 Đại hội …", "15:37 14/04/2021 Sáng 14-4, …", "23/04/2021Sáng 22/04, …",
    "date 2021-11 …": (ISO, or year and month, where the content starts) when a line opens with
    a date stamp."""
    month = re.match(r"\s*date\s+(\d{4})-(\d{2})\s+", text)
    if month and 1 <= int(month.group(2)) <= 12:
        return f"{month.group(1)}-{month.group(2)}", month.end()
    m = re.match(rf"\s*(?:date\s+)?(?:{_TIME}\s+)?(?:{_ISO}|{_DATE})(?:\s+{_TIME})?(?:\s+|(?=\w))", text, re.I)
    # a stamp glued to the first word of the text: "23/04/2021Sáng 22/04, …"
    if not m or (not m.group()[-1].isspace() and not text[m.end()].isupper()):
        return None
    dm = _find_date(m.group())
    iso = _iso(dm) if dm else None
    return (iso, m.end()) if iso else None


def date_suffix(text: str) -> tuple[str, int] | None:
    """A title ending with its date ("… HUYỆN MỸ LỘC 08/10/2021"), maybe with the time it was
    posted ("… lần thứ I 07/11/2025 17:02", "… lần thứ IV (11:25 21/09/2020)")."""
    m = re.search(rf"\s+\(?(?:{_TIME}\s+)?{_DATE}(?:\s+{_TIME})?\)?\s*$", text)
    if not m:
        return None
    iso = _iso(re.search(_DATE, m.group()))
    return (iso, m.start()) if iso else None


# a line opening with the day something happened ("Ngày 28/01/2026, …", "Sáng 5/3, …")
_LEAD = re.compile(r"(?i)(?:vào\s+)?(?:ngày|sáng|chiều|tối|trưa)(?:\s+ngày)?\s+\d{1,2}\s*[/.-]\s*\d{1,2}\b(?:[^,]{0,12},"
                   # "Ngày 20/4/2021 tại xã Tân Lợi Hội LHPN … tổ chức …": the venue instead of the comma
                   r"|(?:\s*[/.-]\s*\d{4})?\s+tại\s)")


# "… phối hợp với … vừa tổ chức hội nghị …, ngày 30/6/2017 trên địa bàn huyện": a report that an
# event was just held is a lead, however it ends; a caption shows a moment of it
_JUST_HELD = re.compile(r"(?i)\svừa\s+(?:phối hợp\s+)?(?:tổ chức|diễn ra|khai mạc)\s")


def _photo_caption(text: str) -> bool:
    """"Ảnh: bà X, PCT UBMTTQ huyện báo cáo tại hội nghị": after the marker, more than a name (not
    an illustration's, "Ảnh minh họa: …", which is of another day)."""
    m = re.match(r"(?i)ảnh\s*:\s*", text)
    return bool(m) and len(text[m.end():].split()) > 6


def _stamped_title(text: str) -> bool:
    """A headline with the page's date after it, told as such ("… Ngày cập nhật 22/11/2014")."""
    suf = date_suffix(text)
    return suf is not None and suf[1] > 0 and re.search(r"(?i)(?:cập nhật|ngày đăng|đăng ngày)\W*$", text[:suf[1]]) is not None


_PHOTO_LABEL = re.compile(r"ảnh\s*\d")     # "ảnh 2: Quang cảnh hội nghị" labels a photo of its own


def _hard_wrapped(text: str) -> bool:
    """A page wrapped at a fixed width: many lines of 55–110 characters ending mid-sentence, and
    hardly any longer one."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    cut = sum(55 <= len(ln) <= 110 and ln[-1] not in ".!?…:;\"”)" for ln in lines)
    return cut >= 5 and sum(len(ln) > 130 for ln in lines) <= 1


_DANGLING_END = re.compile(r"(?i)(?<!\w)(?:số|ngày|tháng|năm|của|và|về)$")
# a body's head word ending a line whose name the next line goes on with ("… Phó Chủ tịch Ủy ban" /
# "MTTQ Việt Nam TP phát biểu …")
_HEAD_END = re.compile(r"(?<!\w)(?:Ủy ban|Uỷ ban|ủy ban|uỷ ban|Ban|Hội|Đảng ủy|Đảng uỷ)$")
_NAME_GOES_ON = re.compile(r"(?:MTTQ|Mặt trận|Mặt Trận|nhân dân|Nhân dân|Thường trực|Thường vụ|Chấp hành|Kiểm tra|"
                           r"Trung ương|TƯ|TW|Dân vận|Tuyên giáo|Tổ chức)(?!\w)")


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    wrapped = _hard_wrapped(text)
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group()
        stripped = raw.strip(" \t\u00a0\u200b")
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip(" \t\u00a0\u200b"))
        a = m.start() + lead
        prev = out[-1] if out else None
        # (on a page wrapped so, a line going on with a capital too: "… Chủ tịch Ủy ban MTTQ Việt" /
        # "Nam xã; …"; not the title's line, nor onto a line opening with the day)
        # (a lead cut short by a caption on its first line goes on too: "Sáng 16.8, Ban Thường
        # trực Ủy ban" / "Trung ương MTTQ Việt Nam …")
        # (the first line is the title's unless it already ran on over lines: a paragraph)
        # (and a paragraph's short first line before its wrapped body: "Về dự có đồng chí Nguyễn" /
        # "Mạnh Hùng, UVBTV, …")
        opens = wrapped and len(out) > 1 and prev is not None and len(prev.text.split()) >= 3 and len(stripped) >= 55
        goes_on = stripped[0].islower() or (wrapped and (len(out) > 1 or (prev is not None and "\n" in prev.text))
                                            and (len(prev.text) >= 40 or _LEAD.match(prev.text) or opens)
                                            and not _LEAD.match(stripped) and not date_line(stripped))
        # (a word or two left alone on a line before the rest of its sentence: "Phát" / "biểu khai
        # mạc hội nghị, …")
        # (on a page wrapped so, a paragraph's short first line going on in lower case: "Đồng chí
        # Trần Thị Thu, Phó Bí" / "thư Tỉnh đoàn báo cáo …")
        # (a line ending on a word the next must complete, the next opening with its figure or in
        # lower case: "Thực hiện Quyết định số" / "142/QĐ-TTg …", "… ngày" / "25/02/2015 …")
        if prev and ((_DANGLING_END.search(prev.text) and (stripped[0].isdigit() or stripped[0].islower()))
                     or (_HEAD_END.search(prev.text) and _NAME_GOES_ON.match(stripped))) \
                and "\n\n" not in text[prev.end:a]:
            out[-1] = _Line(prev.start, a + len(stripped), text[prev.start:a + len(stripped)], prev.indent)
            continue
        if prev and (len(prev.text) >= 30 or (stripped[0].islower() and (len(prev.text.split()) <= 2 or wrapped))
                     or opens)\
                and prev.text[-1] not in ".!?…:;" and goes_on \
                and "\n\n" not in text[prev.end:a] and not _PHOTO_LABEL.match(stripped):
            # a page wrapped at a fixed width ("… tổ chức hội nghị sơ kết …, triển" / "khai …")
            out[-1] = _Line(prev.start, a + len(stripped), text[prev.start:a + len(stripped)], prev.indent)
            continue
        out.append(_Line(a, a + len(stripped), stripped, lead))
    return out


def _is_image(text: str) -> bool:
    # (or an image's bare file name on a line of its own: "da-son", "anh_1")
    return bool(re.fullmatch(r"\S+\.(?i:jpe?g|png|gif|webp)|[a-z0-9]+(?:[-_][a-z0-9]+)+", text))


def _is_counter_or_stamp(text: str) -> bool:
    """"106620", "10:42", "14:37 25/11/2024", "Hôm nay:" — no words of content; a page's own
    address or a machine timestamp ("2025-11-17T08:49:28+07:00") on a line of its own."""
    if not re.search(r"[^\W\d_]", text) or (("://" in text or "T" in text) and _ADDRESS_OR_ISO.fullmatch(text)):
        return True
    return date_line(text) is not None


_ISO_STAMP = re.compile(r"\s*(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:[+-]\d{2}:?\d{2}|Z)?\s*")
_ADDRESS_OR_ISO = re.compile(r"https?://\S+|" + _ISO_STAMP.pattern)


# a contact bar ("Email: toasoan@… | ĐT: (04) 38.228.302")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


@lru_cache(maxsize=None)
def _sections() -> frozenset[str]:
    return frozenset(" ".join(m.split()) for m in _markers("section"))


def _is_chrome(text: str) -> bool:
    return bool(_starts(text, "line") or _starts(text, "footer") or _starts(text, "related") or text.endswith("!")
                or " ".join(text.casefold().strip(" |:-–").split()) in _sections()
                or (_EMAIL.search(text) is not None and len(text) <= _SHORT)
                or ">" in text or _is_counter_or_stamp(text) or _weekday_clock(text))


def _weekday_clock(text: str) -> bool:
    """The site's date in words above the page ("Thứ Tư, 29 Tháng Ba, 2023"): a weekday, the
    month's name, a few words (a stamp in figures, "Thứ năm, 25/01/2018 08:00:24", is the
    page's date line)."""
    return bool(_CLOCK.match(text) and re.search(r"(?i)\d+\s+tháng\s+(?:[^\W\d_]|\d{1,2}\s+\d{4})", text)
                and len(text.split()) <= 8)


def _caption_like(text: str) -> bool:
    if _starts(text, "caption"):
        return True
    return _titles_re().search(canonical(text).casefold()) is not None


@lru_cache(maxsize=None)
def _titles_re() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(t.casefold()) for t in _titles())})(?!\w)")


@lru_cache(maxsize=None)
def _titles() -> tuple[str, ...]:
    return column("titles", "title")


@lru_cache(maxsize=None)
def _title_openings() -> tuple[str, ...]:
    """Each title case-folded with the space after it: what a caption's words go on with."""
    return tuple(t.casefold() + " " for t in _titles())


def _is_paragraph(text: str) -> bool:
    return len(text) > _SHORT or (text[-1] in ".!?…" and len(text) > 120)


# national bodies a sidebar portrait's titles name; a local article's caption seldom does
_NATIONAL = re.compile(r"(?i)bộ chính trị|ban bí thư|bí thư trung ương|ủy ban trung ương|uỷ ban trung ương"
                       r"|quốc hội|chủ tịch nước|thủ tướng|tổng bí thư")


def _sidebar(text: str) -> bool:
    """A sidebar portrait caption: "Đồng chí Trần Thanh Mẫn Bí thư Trung ương Đảng, …" —
    the name runs into the title with no comma or dash, which article captions never do —
    or "Đồng chí X, Bí thư Trung ương Đảng, Chủ tịch …": a national leader's titles and
    nothing else (no verb telling what they did at the article's event)."""
    m = re.match(r"(?:Đồng chí|Ông|Bà)\s+", text)
    if not m:
        return False
    words = text[m.end():].replace(",", " , ", 1).split()
    low = canonical(" ".join(words)).casefold()
    for k in (2, 3, 4):
        if len(words) > k and all(w[0].isupper() and w.isalpha() for w in words[:k]):
            rest = low.split(" ", k)[-1]
            # (a paragraph telling what the person did is the article's: "Đồng chí X Chủ tịch HĐND
            # xã bế mạc kỳ họp và nhấn mạnh …")
            if rest.startswith(_title_openings()) and not (_is_paragraph(text) and _acts(rest)):
                return True
            if rest.startswith(",") and _NATIONAL.search(rest) and text[-1] not in ".!?…" \
                    and len(text) <= _SHORT and not _acts(rest):
                return True
    return False


# what a person does at the article's event, beside the role verbs of the roles lexicon
_DEEDS = ("trao", "tặng", "thăm", "làm việc", "chúc mừng", "tham quan", "khai mạc", "bế mạc", "chụp ảnh", "tại")


@lru_cache(maxsize=None)
def _deeds_re() -> re.Pattern:
    words = sorted({*column("roles", "phrase"), *_DEEDS}, key=len, reverse=True)
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


_PHOTO_CREDIT = re.compile(r"(?i)(?<!\w)ảnh\s*:")


def _acts(text: str) -> bool:
    return bool(_deeds_re().search(text))


def _squashed_headlines(text: str) -> bool:
    """Related headlines a page ran together into one long line ("… vượt 15,5% dự toán Tình
    trạng lãng phí … Bí thư Tỉnh ủy X: Phải sớm xử lý …"): long, with no stop or semicolon
    anywhere, and a "Name: Headline" quote inside (a name's last syllable before the colon, not
    a term's numeral: "… Trung ương Đảng khóa XII: Nghị quyết số 18 …" is prose cut short)."""
    return len(text) > _SHORT and not re.search(r"[.!?;…]", text) \
        and re.search(rf"[{UPPER}][a-zà-ỹđ]+:\s+[{UPPER}]", text) is not None


def _headline(text: str) -> bool:
    """A related-article headline: short, no final stop, not a caption, not the lead of a
    report ("Sáng 25/9, Hội Nông dân tỉnh … tổ chức hội nghị …" with its stop left off)."""
    return len(text) <= _SHORT and text[-1] not in ".!?…:;," and not _caption_like(text) and not _LEAD.match(text)


def _short_unstopped(line: "_Line") -> bool:
    text = line.text
    return (len(text) <= _SHORT and text[-1] not in ".!?…:;," and not line.caption
            and not _starts(text, "credit"))


def _place_headline(text: str) -> bool:
    """"Nghệ An: Vận động hơn 250 tỷ đồng …" — a place, a colon, a headline."""
    return bool(re.match(rf"(?:[{UPPER}]\w*\s){{0,3}}[{UPPER}]\w*\s?:\s+[{UPPER}]", text)) \
        and len(text) <= _SHORT and text[-1] not in ".!?…"


_AUTHOR_END = re.compile(r",|\s*[-–]\s+|\s+[-–]\s*")


@lru_cache(maxsize=None)
def _honorifics() -> frozenset[str]:
    return frozenset(h.casefold() for h in column("honorifics", "honorific"))


def _byline(line: _Line) -> str | None:
    """The author line that closes an article: "Thiên Sơn", "HT", "Cẩm Vân, Trung tâm
    VHTT&TT", a right-aligned signature, or "Tin, ảnh : Phạm Thúy Nga – …"."""
    text = line.text
    if not text:
        return None
    credit = _starts(text, "credit")
    if credit:
        return text[len(credit):].strip(" :") or None
    if len(text) > 80 or text[-1] in ".!?…:;":
        return None
    if line.indent >= 8:
        return text
    # "Thái Hùng (Trung tâm văn hóa …)": the author, then where from
    core = re.sub(r"\s*\([^()]*\)\s*$", "", text)
    if _starts(text, "caption") or len(core.split()) > 10:
        return None
    # "Cẩm Vân, Trung tâm VHTT&TT", "Nguyễn Hương - Công chức VHXH xã": the author, then where from
    first = _AUTHOR_END.split(core)[0].split()
    if first and first[0].casefold() in _honorifics():      # "Ông Nguyễn Văn A - Chủ tịch …": a caption
        return None
    if len(first) == 1 and first[0].isupper() and len(first[0]) <= 5:
        return text
    if 2 <= len(first) <= 4 and all(w[0].isupper() for w in first):
        return text
    return None


def _cut_repeats(body: list[_Line]) -> list[_Line]:
    """The lines without those that repeat an earlier, longer line cut short."""
    spaced = [" ".join(ln.text.split()) for ln in body]
    keep = []
    for k, words in enumerate(spaced):
        if len(words) >= 20 and words[-1] not in ".!?…" and any(
                len(earlier) > len(words) and earlier.startswith(words) for earlier in spaced[:k]):
            continue
        keep.append(body[k])
    return keep


_RULE = re.compile(r"\s*[-_=─—]{20,}\s*")


# a line closed by its photo's credit, "(Ảnh Internet)", "(Ảnh: Minh Hải)"
_CLOSED_BY_PHOTO_CREDIT = re.compile(r"\(\s*Ảnh\b[^()]{0,60}\)\s*$")


# … by a credit saying it was taken elsewhere or at another time ("(Ảnh Internet)", "(Ảnh minh
# họa)", "(Ảnh tư liệu)"): its caption is no one's deed in the article, as "Ảnh minh họa: …" is not
_PHOTO_FROM_ELSEWHERE = re.compile(r"(?i)\(\s*Ảnh\s*:?\s*(?:internet|minh họa|minh hoạ|tư liệu|sưu tầm)\s*\)\s*$")


# a weekday first: the top bar's clock when a stamp follows it under the title
_CLOCK = re.compile(r"(?i)\s*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)\b")


def clean(article: Article) -> tuple[Article, list[Sentence]]:
    text = article.text
    lines = _lines(text)
    title, published, byline = article.title, article.published, article.byline
    body_from = 0

    # --- head: title and date line
    head = []
    for i, ln in enumerate(lines[:_HEAD_LINES]):
        if _is_paragraph(ln.text) and not date_prefix(ln.text) and not _is_chrome(ln.text):
            break
        head.append(i)
    date_at = None
    stamp = date_line(lines[len(head) + 1].text) if len(head) + 1 < len(lines) else None
    if stamp is None and not head and len(lines) > 2 and not _is_paragraph(lines[1].text) \
            and lines[1].text.rstrip()[-1:] not in ".!?":
        # the sapo first, then the title and its stamp ("Trong 13 ứng viên … | Đà Nẵng: 5 ứng
        # viên … | Lê Đình Dũng | 15/04/2016, 12:06")
        stamp = date_line(lines[2].text)
    if stamp:
        # a sapo paragraph between the title and the date stamp ("(Phương Nam Plus) - …" then
        # "16:53 11-04-2019"): the stamp is still the page's date
        published = published or stamp
    stamps = [i for i in head if date_line(lines[i].text)]
    for i in head:
        iso = date_line(lines[i].text)
        if iso and _CLOCK.match(lines[i].text) and any(j > i for j in stamps):
            continue            # the site's clock above the page ("Thứ năm 05/03/2026 19:02")
        if iso:
            date_at, published = i, published or iso
            break
        pre = date_prefix(lines[i].text)
        if pre:
            date_at, published = i, published or pre[0]
            ln = lines[i]
            lines[i] = _Line(ln.start + pre[1], ln.end, ln.text[pre[1]:], 0)
            break
    if published is None and head and len(head) < len(lines) and _is_paragraph(lines[len(head)].text):
        # the sapo's photo and its caption may come between it and the stamp: the first stamp
        # of the two lines after those is the page's date (not one further down, where
        # related items carry theirs)
        published = next(filter(None, (date_line(ln.text) for ln in lines[len(head) + 2:len(head) + 4])), None)
    title_at = None
    if date_at is not None:
        # ("date 2025-10-23 Xã hội": the stamp and the site's section, the headline below)
        section = bool(lines[date_at].text) and _is_chrome(lines[date_at].text)
        if lines[date_at].text and not date_line(lines[date_at].text) and not section \
                and not _is_paragraph(lines[date_at].text) and lines[date_at].text[-1] not in ".!?" \
                and re.search(r"[^\W\d_]{2}", lines[date_at].text):
            title_at = date_at                      # "date 2025-10-15 <title>" (not "… 1761", a counter)
        else:
            for i in range(date_at - 1, -1, -1):
                if not _is_chrome(lines[i].text):
                    title_at = i
                    break
            else:
                # the stamp first, then the headline ("24/06/2025 | Ủy ban MTTQ Việt Nam phường
                # … tổ chức hội nghị …"; "09:08, 24/08/2021 | Hội nghị Huyện ủy … lần thứ 6")
                nxt = date_at + 1
                # (under a section's name the next short line is the headline, whatever its words)
                if nxt < len(lines) and (date_line(lines[date_at].text) or section) \
                        and (_headline(lines[nxt].text) or section and _short_unstopped(lines[nxt])
                             and not _LEAD.match(lines[nxt].text)) \
                        and not _is_chrome(lines[nxt].text) and len(lines[nxt].text.split()) >= 4:
                    title_at = nxt
    else:
        # "<title> Ngày cập nhật 22/11/2014": the line the page dates is the title, below any
        # navigation lines
        stamped = [i for i in head if not _is_chrome(lines[i].text) and _stamped_title(lines[i].text)]
        for i in stamped[:1] or head:
            if _LEAD.match(lines[i].text):
                break           # "Ngày 28/01/2026, Liên đoàn … tổ chức …": the lead, no title above it
            if _CLOSED_BY_PHOTO_CREDIT.search(lines[i].text):
                continue        # "Thủ tướng … phát động phong trào … (Ảnh Internet)": a photo's caption
            if not _is_chrome(lines[i].text) and lines[i].text[-1] not in ".":
                title_at = i
                break
            if not _is_chrome(lines[i].text):
                break
    if title_at is not None:
        t = lines[title_at].text
        suf = date_suffix(t)
        if suf:
            published = published or suf[0]
            t = re.sub(r"(?i)\s*(?:ngày\s+)?(?:cập nhật|đăng)(?:\s+ngày)?\s*:?\s*$", "", t[:suf[1]])
        title = title or " ".join(t.split())
    skip_to = max(x for x in (title_at, date_at, -1) if x is not None)
    if date_at is not None and date_at == skip_to and title_at != date_at \
            and date_line(lines[date_at].text) is None:
        skip_to -= 1                                 # the date-stamped line is body text
    body = lines[skip_to + 1:]

    # portraits first, so that they do not count as lines above the footer
    body = [ln for ln in body if not _sidebar(ln.text)]
    # --- footer: everything from the first footer marker on
    seen_paragraph = False
    for i, ln in enumerate(body):
        seen_paragraph = seen_paragraph or _is_paragraph(ln.text)
        if seen_paragraph and _starts(ln.text, "related"):
            # inside the article when a paragraph follows the block's short lines
            j = i + 1
            while j < len(body) and not _is_paragraph(body[j].text) and not _starts(body[j].text, "footer"):
                j += 1
            if j < len(body) and _is_paragraph(body[j].text) and body[j].text[-1] in ".!?…":
                for k in range(i, j):
                    body[k] = _Line(body[k].start, body[k].end, "", body[k].indent)   # dropped below
                continue
        if seen_paragraph and (_starts(ln.text, "footer") or _starts(ln.text, "related")):
            # related headlines just above the marker ("Tổng Bí thư … làm việc với …" / "Xem thêm")
            # (an article that ends on its byline ends there: the short lines above it are its captions)
            j = i
            while j > 0 and body[j - 1].text and not _byline(body[i - 1]) and len(body[j - 1].text) <= _SHORT \
                    and body[j - 1].text[-1] not in ".!?…:;," and not _starts(body[j - 1].text, "credit"):
                j -= 1
            body = body[:j] if i - j >= 2 else body[:i]
            break
    # a long rule under the text ("------…"): the signature may follow it; what comes after
    # that is the page's (a leader's photo caption, another article)
    rule = next((i for i, ln in enumerate(body) if _RULE.fullmatch(ln.text)
                 and any(_is_paragraph(b.text) for b in body[:i])), None)
    if rule is not None:
        after = [ln for ln in body[rule + 1:] if ln.text]
        if after and _byline(after[0]):
            byline = byline or _byline(after[0])
        body = body[:rule]
    # a full stop the page put on a line of its own ends the paragraph above it, which is then
    # no caption
    for k in range(1, len(body)):
        if body[k].text == "." and body[k - 1].text and body[k - 1].text[-1] not in ".!?…;:":
            prev = body[k - 1]
            body[k - 1] = _Line(prev.start, body[k].end, text[prev.start:body[k].end], prev.indent, prev.caption)
            body[k] = _Line(body[k].end, body[k].end, "", body[k].indent)
    body = [ln for ln in body if ln.text and not (_is_chrome(ln.text) or _sidebar(ln.text)
                                                  or _PHOTO_FROM_ELSEWHERE.search(ln.text)
                                                  or _squashed_headlines(ln.text))]
    # a line the page repeats cut short under the whole one ("Đồng chí Bế Xuân Trường, Phó Chủ
    # tịch Ủy ban" after the caption it starts): all it says is in the line it repeats
    body = _cut_repeats(body)

    # --- photo captions split over two lines ("…tỉnh" / "trình bày Báo cáo …")
    merged: list[_Line] = []
    after_image = False
    for ln in body:
        if _is_image(ln.text):
            after_image = True
            continue
        prev = merged[-1] if merged else None
        # (never a lead: "Tối ngày 13/11, Khu dân cư … tổ chức ngày hội." is the report)
        if (prev and not _is_paragraph(prev.text) and len(ln.text) <= _SHORT and not _LEAD.match(prev.text)
                and (prev.text.endswith(",") or ln.text[0].islower()) and not _PHOTO_LABEL.match(ln.text)):
            merged[-1] = _Line(prev.start, ln.end, text[prev.start:ln.end], prev.indent, True)
            continue
        # (the line under a photo is its caption, unless it is a paragraph)
        merged.append(_Line(ln.start, ln.end, ln.text, ln.indent, after_image and not _is_paragraph(ln.text)))
        after_image = False

    # --- byline: the closing author line, and a credit line anywhere ("Nguồn tin: …")
    if merged:
        who = _byline(merged[-1])
        if who:
            byline = byline or who
            merged.pop()
    # (not "Ảnh: bà X, PCT UBMTTQ huyện báo cáo tại hội nghị": a caption, which says who did what;
    # an illustration's caption, "Ảnh minh họa: …", is of another day and goes)
    for ln in [ln for ln in merged if _starts(ln.text, "credit") and len(ln.text) <= _SHORT
               and not _photo_caption(ln.text)]:
        byline = byline or _byline(ln)
        merged.remove(ln)

    # --- related headlines: a run of two or more, or a "Place: headline" line
    keep: list[_Line] = []
    i = 0
    while i < len(merged):
        j = i
        while j < len(merged) and _headline(merged[j].text):
            j += 1
        if j - i >= 2:
            # a leader's deed in a headline ends the block as often as not ("Chủ tịch … tỉnh Hà
            # Tĩnh Lương Đình Vũ thăm, chúc Tết …"), and reads like a caption: still the block's,
            # unless it credits a photo ("… phát biểu đề dẫn tọa đàm. Ảnh: ĐÔNG ANH")
            while j < len(merged) and _short_unstopped(merged[j]) and _acts(merged[j].text) \
                    and not _PHOTO_CREDIT.search(merged[j].text):
                j += 1
            i = j
            continue
        # a block of short lines with a "Place: headline" among them is a related-news block,
        # leaders' names and all ("Chủ tịch … tỉnh Thái Nguyên Hoàng Trọng Thao thăm, …")
        k = i
        while k < len(merged) and _short_unstopped(merged[k]):
            k += 1
        if k - i >= 2 and any(_place_headline(ln.text) for ln in merged[i:k]):
            i = k
            continue
        ln = merged[i]
        if _place_headline(ln.text) and not ln.caption:
            i += 1
            continue
        keep.append(ln)
        i += 1

    norm = repair_place_case(canonical(text))
    # "… xã Trung Hà./.", the mark ending a report: a stop (same length: offsets hold)
    norm = _END_MARK.sub(lambda m: "." + " " * len(m.group(1)), norm)
    sentences: list[Sentence] = []
    for ln in keep:
        # (a long last line the page cuts off mid-sentence is a paragraph, not a caption)
        cut_off = ln is keep[-1] and len(ln.text) >= 100 and not text[ln.end:].strip()
        is_caption = ln.caption or (len(ln.text) <= _SHORT and ln.text[-1] not in ".!?…;:"
                                    and not _LEAD.match(ln.text) and not _JUST_HELD.search(ln.text)
                                    and not cut_off)
        end = ln.end
        credit = re.search(r"\(?\s*(?:Ảnh|ẢNH)\s*:\s*([^)]*)\)?\s*$", text[ln.start:ln.end])
        if credit and credit.start() > 0:
            byline = byline or credit.group(1).strip()
            end = ln.start + credit.start()
        for a, b in split_sentences(text, ln.start, end):
            # a wrapped line's breaks read as spaces; runs of spaces as one (same length: the
            # sentence's bounds hold)
            # (an abbreviation glossed in parentheses read as not there: "Hội đồng nhân dân (HĐND) tỉnh")
            sentences.append(Sentence(a, b, text[a:b], unglossed(squeeze(norm[a:b].replace("\n", " "))),
                                      is_caption))
    return replace(article, title=title, published=published, byline=byline), sentences


_END_MARK = re.compile(r"\.(/\.?)(?=\s|$)")


@lru_cache(maxsize=None)
def _dot_abbrevs() -> frozenset[str]:
    return frozenset(column("dot_abbreviations", "abbreviation"))


# Real sentences run to a few hundred characters. A longer run (a page with no full stops, a
# pasted table) is cut at clause boundaries, so that no rule ever works on more than this: the
# extractor's work stays linear in the article's length.
MAX_SENTENCE = 1500
_STOP = re.compile(r"[.!?…]+[”\"’)]?")
_SPACE = re.compile(r"\s*")
_WORD_BEFORE_STOP = re.compile(r"(\S+?)[.!?…]+[”\"’)]?$")
_CLAUSE_END = re.compile(r"[;,:]\s")


@lru_cache(maxsize=None)
def _glued_re() -> re.Pattern:
    """A capitalised title or honorific glued to the word before it, where a caption or
    headline ran into the next line without a stop or space ("… hiện đạiChủ tịch Hội Nông dân
    …"): a sentence starts there."""
    words = {w[0].upper() + w[1:] for w in column("titles", "title") + column("honorifics", "honorific")}
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<=[^\W\d_])(?:{alts})(?!\w)")


_GLUED_AFTER_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?=[^\W\d_]{2})")


# a "sentence" of only the time and the place, which opens the report that follows it
_DATELINE = re.compile(r"(?i)\s*(?:vào\s+)?(?:lúc\s+[^,.]{1,25}?,?\s*)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?"
                       r"\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4}\s*,?\s*(?:tại\s+[^,.]+"
                       # "…, tại UBND xã Tân Bình, huyện Phụng Hiệp, tỉnh Hậu Giang.": the venue's units
                       r"(?:,\s*(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|TP\.?)\s[^,.]+)*)?\.\s*")


_LIST_NUMBER = re.compile(r"\s*\d{1,2}\.\s*")


_SPACES = re.compile(r"(?<=\S)[ \t\u00a0]{2,}(?=\S)")


def squeeze(text: str) -> str:
    """Runs of spaces between words as one ("Phó Bí thư Thường  trực", typed or wrapped), the
    spaces taken out put back at the end: the same length, so a sentence's bounds in the page
    hold (offsets inside it move)."""
    if "  " not in text and "\t" not in text and "\u00a0" not in text:
        return text
    out = _SPACES.sub(" ", text)
    return out + " " * (len(text) - len(out))


def unglossed(text: str) -> str:
    """The text without abbreviations glossed in parentheses after the words they shorten
    ("Hội Cựu chiến binh (CCB) huyện", "Ủy ban Mặt trận Tổ quốc (MTTQ) xã"; bodies.glosses
    tells them). Same length, the spaces at the end."""
    if "(" not in text:
        return text
    out = GLOSS.sub(lambda m: "" if glosses(text[:m.start()], m.group(1)) else m.group(), text)
    return out + " " * (len(text) - len(out))


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence bounds within text[start:end]: a stop followed by a capital (with or
    without a space), not after "TP." and friends, not inside "72.244"; a title glued to a
    lower-case word (see _glued_re); a sentence longer than MAX_SENTENCE is cut at its last
    clause boundary (else space) before the limit."""
    cuts = [start]
    for m in _STOP.finditer(text, start, end):
        i = m.end()
        nxt = _SPACE.match(text, i, end)
        j = nxt.end()
        if j >= end:
            continue
        c = text[j]
        if not (c.isupper() or c in "“\"‘(" or (c.isdigit() and j > i)):
            continue
        word = _WORD_BEFORE_STOP.search(text, max(start, m.start() - 40), i)
        before = word.group(1).lstrip("(“\"‘[") if word else ""     # "(Tp. Phan Thiết)"
        if m.group().startswith(".") and (before in _dot_abbrevs() or before.split("/")[-1] in _dot_abbrevs()):
            continue
        if j == i:
            # "xã.Đồng chí" splits, and so does a year's "năm 2022.Chiến dịch"; "UB.MTTQ", "TP.HCM",
            # "72.244" do not
            if not (len(before) >= 2 and before[-1].islower() and before.isalpha()) \
                    and not (re.fullmatch(r"(?:19|20)\d{2}", before) and j + 1 < end and text[j + 1].islower()):
                continue
        if _LIST_NUMBER.fullmatch(text, cuts[-1], i):
            continue        # "1. Nghị quyết về …": the number of a list item is the item's
        if _DATELINE.fullmatch(text, cuts[-1], i):
            continue        # "Vào lúc 7 giờ 30, ngày 22/10/2018, tại cơ quan Hội …. Hội … tổ chức …": one report
        cuts.append(j)
    for m in _glued_re().finditer(text, start, end):
        # the word before is lower case ("đạiChủ tịch"), never an abbreviation ("TPChủ")
        before = re.search(r"[^\W\d_]+$", text[max(start, m.start() - 30):m.start()]).group()
        if len(before) >= 2 and before.islower():
            cuts.append(m.start())
    # "… nhiệm vụ năm 2019Dự hội nghị có …": a year glued to the capital opening the next sentence
    cuts += [m.end() for m in _GLUED_AFTER_YEAR.finditer(text, start, end)
             if text[m.end()].isupper() and text[m.end() + 1].islower()]
    cuts = sorted(set(cuts))
    cuts.append(end)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        for a2, b2 in _bounded(text, a, b):
            if re.search(r"\w", text[a2:b2]):
                out.append((a2, b2))
    return out


def _bounded(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """text[a:b] in pieces of at most MAX_SENTENCE characters, each cut after the last clause
    boundary before the limit (else the last space, else the limit itself)."""
    out = []
    while b - a > MAX_SENTENCE:
        limit = a + MAX_SENTENCE
        cut = max((m.end() for m in _CLAUSE_END.finditer(text, a + MAX_SENTENCE // 2, limit)), default=0) \
            or text.rfind(" ", a + 1, limit) + 1 or limit
        out.append((a, cut))
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if b > a:
        out.append((a, b))
    return out
