"""Events the article reports as happening: "Sáng ngày 23/12, Ban Thường trực … tổ chức hội
nghị tập huấn …". An event is found in a sentence that dates it and names it with a head
noun (lexicon event_kinds); later names of the same event ("tập huấn" after "Hội nghị bồi
dưỡng") are the same event. Plans, recommendations and schedules are not events."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date as Date, timedelta
from functools import lru_cache

from ..facts import Article, Body, Directive, Event, Locality, Movement, Sentence, Span
from ..lexicon import alternation, count_noun_re, load
from ..text import canonical
from .bodies import each_unit, ends_with_bare_unit, expand, is_body, parse_body, unit_list
from .context import UPPER, before_verb, find_localities
from .directives import SOURCE_TAG, Mention, find_mentions, iso
from .people import STEERING_FOR, STEERING_VERB, inside_a_name

_W = r"[\w\u00C0-\u1EF9]"


# -- lexicons -----------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _cues(role: str) -> tuple[str, ...]:
    return tuple(sorted((r["cue"] for r in load("event_cues") if r["role"] == role), key=len, reverse=True))


@lru_cache(maxsize=None)
def _cue_re(role: str) -> re.Pattern:
    if role == "organize":
        return _organize_re()
    return _compiled(tuple(_cues(role)))


@lru_cache(maxsize=None)
def _organize_re() -> re.Pattern:
    """The verbs of holding an event, not the word in a department's name: "Ban Tổ chức Tỉnh ủy
    tổ chức …"."""
    # (nor the noun after "các": "… chúc Tết các tổ chức tôn giáo")
    return re.compile(rf"(?<!{_W})(?<!Ban )(?<!ban )(?<!các )(?<!những )(?:{alternation(_cues('organize'))})(?!{_W})", re.I)


@lru_cache(maxsize=None)
def _compiled(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?<!{_W})(?:{alternation(words)})(?!{_W})", re.I)


@lru_cache(maxsize=None)
def _kinds(role: str) -> dict[str, str]:
    # (phrases are matched in any case: "chúc Tết" is "chúc tết")
    return {r["phrase"].lower(): r["kind"] for r in load("event_kinds") if r["role"] == role}


@lru_cache(maxsize=None)
def _attendance(role: str) -> dict[str, str]:
    return {r["word"]: r.get("value", "") for r in load("attendance") if r["role"] == role}


@lru_cache(maxsize=None)
def _verbs(*roles: str) -> tuple[str, ...]:
    return tuple(r["verb"] for r in load("implementation_verbs") if r["role"] in roles)


def is_future(text: str, masks: list[tuple[int, int]] = ()) -> bool:
    """The sentence speaks of what will or should happen (a plan, a recommendation); words
    inside the documents it names ("Hướng dẫn … để tiếp tục đổi mới …") do not count."""
    for a, b in masks:
        text = text[:a] + " " * (b - a) + text[b:]
    return bool(_cue_re("future").search(text))


# -- dates --------------------------------------------------------------------------------

# day and month are joined by "/" or "-", and by "." after a word that says a date follows
# ("Tối 18.11", "ngày 22.11"): a bare "3.5" may be a number
_TWO_DAYS = re.compile(r"(?:trong\s+)?(?:(?:2|hai)\s+(?:ngày|đêm)\s*[,(:]?\s*|các\s+(?:ngày|đêm)\s+|ngày\s+|từ\s+|vào\s+)(?:mùng\s+)?(\d{1,2})(?:\s*,\s*\d{1,2}(?!\d|\s*[/.-]\s*\d))*\s*(?:và|,|-|–)\s*(?:ngày\s+)?(?:mùng\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})"
                       r"(?:\s*[/.-]\s*(\d{4}))?(?![\d/])", re.I)
# (or with "ngày" alone: "Ngày 15 đến 19/11/2021, … tổ chức đoàn giám sát")
_RANGE = re.compile(r"(?:từ\s+(?:ngày\s+)?|(?<!\w)ngày\s+)(\d{1,2})\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s*[/-]\s*(\d{1,2})"
                    r"(?:\s*[/-]\s*(\d{4}))?(?![\d/])", re.I)
# "từ ngày 18/9 đến hết ngày 20/9/2019", "từ 10/4 - 11/4": both days with their months
# ("Từ ngày 06.11 đến ngày 17.11": dotted after "ngày")
_RANGE_DM = re.compile(r"từ\s+(?:(?:ngày\s+)?(\d{1,2})\s*[/-]\s*(\d{1,2})|ngày\s+(\d{1,2})\s*\.\s*(\d{1,2}))"
                       r"\s*(?:\s(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?|[-–]\s*)"
                       r"(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/])", re.I)
# "từ ngày 28/12/2018 đến ngày 26/02/2019", "Từ ngày 11/3/2021 - 14/3/2021": both days with their years
_RANGE_DMY = re.compile(r"từ\s+(?:ngày\s+)?(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4})\s*(?:\s(?:đến|tới)\s+|[-–]\s*)(?:hết\s+)?(?:ngày\s+)?"
                        r"(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4})(?![\d/])", re.I)
# "Trong hai ngày 31/5 và 1/6/2016": two days, each with its month
_TWO_DM = re.compile(r"(?:(?:2|hai)\s+ngày\s*[,(]?\s*|các\s+ngày\s+)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*(?:và|,|-|–)\s*"
                     r"(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/])", re.I)
# "từ ngày", "đến": a bound of a span, before a day
# (or a deadline: "tổ chức hội nghị tổng kết cấp thành phố trước ngày 15/10/2021")
_BOUND_BEFORE = re.compile(r"(?i)(?:(?<!\w)(?:từ|đến|tới)(?:\s+hết)?|(?<!\w)trước)(?:\s+ngày)?\s*$")
_TODAY = re.compile(r"(?i)(?<!\w)(?:sáng|chiều|tối|trưa|hôm)\s+nay(?!\w)")
_DATE_CUE = re.compile(r"(?i)(?:ngày|sáng|chiều|tối|trưa|nay|hôm)\s*,?\s*$")
_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?", re.I)
# the same run of days in words: "Ngày 16,17 tháng 5 năm 2019", "các ngày 16 và 17 tháng 5"
_TWO_DAYS_WORDS = re.compile(r"ngày\s+(?:mùng\s+)?(\d{1,2})(?:\s*,\s*\d{1,2}(?!\d))*\s*(?:và|,|-|–)\s*(?:mùng\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})"
                             r"(?:\s+năm\s+(\d{4}))?", re.I)
_DM = re.compile(r"(?<![\d/.,])(\d{1,2})\s*(?:[/-]|(?<=" + r"\d)\.(?=\d))\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/%])")


@dataclass
class _Date:
    start: int
    end: int
    day: int
    month: int
    year: int | None
    end_day: int | None = None


def _in_parens(s: str, i: int) -> bool:
    """Inside parentheses, unless they gloss a time word: "Sáng nay (20/5)", "thứ Bảy (16/11)"."""
    if s.count("(", 0, i) <= s.count(")", 0, i):
        return False
    # ("đến nay (26/3/2024), 17/17 xã đã hoàn thành …": a count's as-of day, no gloss of the event's)
    # (nor a day in parentheses opening the sentence, a digest's item: "(20/12) Đồng chí … đã đến thăm …")
    return not re.search(r"(?i)(?:(?<!đến )(?<!tới )nay|hôm nay|qua|hôm qua|thứ\s+\w+|chủ nhật|(?:\d+|hai|ba)\s+ngày)"
                         r"\s*\(\s*(?:ngày\s+)?$", s[:i]) and not re.fullmatch(r"\s*\(\s*", s[:i])


# an anniversary's span ("18/11/1930 – 18/11/2025"), in parentheses or not: never the event's
# date, but its second date fixes the year of an event a few days from it
# the closing date given whole, or as its year only ("20.10.1930 – 2015": the same day that year)
_SPAN = re.compile(r"(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*[-–]\s*"
                   r"(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*)?(\d{4})(?![\d/])")


def spans(s: str) -> list[_Date]:
    """The closing dates of the anniversary spans the text names."""
    out = []
    for m in _SPAN.finditer(s):
        day, month, year = int(m.group(4) or m.group(1)), int(m.group(5) or m.group(2)), int(m.group(6))
        if iso(day, month, year):
            out.append(_Date(m.start(), m.end(), day, month, year))
    return out


# a named day before its date ("ngày Quốc tế phụ nữ 8/3", "Ngày Thương binh - Liệt sĩ 27/7"), not
# a weekday ("ngày Chủ nhật 5/3") nor the event itself ("Ngày hội Đại đoàn kết")
# ("ngày lễ Quốc khánh 2/9", "Cách mạng tháng Tám, Quốc khánh 2/9")
# (quoted too: "ngày “Vì nạn nhân chất độc da cam Việt Nam 10/8”")
_NAMED_DAY = re.compile(r"(?<!\w)(?:[Nn]gày\s+(?:lễ\s+)?[“\"]?(?!Chủ nhật|Thứ|thứ|[Hh]ội\b)[A-ZĐÂĂÊÔƠƯ]\w*(?:\s+(?:[-–]\s+)?[\w]+){0,8}"
                        r"|Quốc khánh)\s+$")


_BATCH = re.compile(r"(?i)(?<!\w)đợt\s+$")
# (its day said with "ngày" right after its name, no time of day: "… SAU KỲ HỌP THỨ 9 Sáng 8/1" is
# the reported event's)
_AFTER_EVENT = re.compile(r"(?i)(?<!\w)sau\s+(?:khi\s+)?(?:hội nghị|đại hội|kỳ họp|hội thảo|cuộc họp)"
                          r"(?:(?!sáng|chiều|tối|trưa)[^,;.()]){0,70}?\s(?:vào\s+)?ngày\s*$")
_OCCASION_DAY = re.compile(r"(?i)(?<!\w)(?:nhân\s+)?dịp\s+(?:ngày\s+)?$")


_YEARLY = re.compile(r"(?i)\s*(?:hàng|hằng)\s+năm(?!\s+\d)")


def find_dates(s: str, masks: list[tuple[int, int]] = ()) -> list[_Date]:
    """Day-month dates the sentence reports, outside document mentions, parentheses and
    anniversary spans ("18/11/1930 - 18/11/2023") and schedules ("Từ ngày 20 - 25/10/2023:")."""
    out: list[_Date] = []
    taken: list[tuple[int, int]] = [(m.start(), m.end()) for m in _SPAN.finditer(s)]
    for pat in (_RANGE_DMY, _RANGE_DM, _TWO_DM, _TWO_DAYS, _TWO_DAYS_WORDS, _RANGE, _WORDS, _DM):
        for m in pat.finditer(s):
            if any(a <= m.start() < b for a, b in list(masks) + taken) or _in_parens(s, m.start()):
                continue
            if pat is _DM and "." in m.group() and not (m.group(3) or _DATE_CUE.search(s, max(0, m.start() - 12), m.start())):
                continue                # "3.5 tỷ đồng": a number, not the 3rd of May
            if pat is _DM and not m.group(3) and count_noun_re().match(s, m.end()) \
                    and not _DATE_CUE.search(s, max(0, m.start() - 12), m.start()):
                continue                # "9/9 cơ sở Hội tổ chức Đại hội": a share
            # "có hiệu lực từ ngày 1/7", "đến ngày 30/6": a bound, not the day of the event; "diễn
            # ra từ ngày 16-18/10" is the event's days
            if pat is _DM and (_NAMED_DAY.search(s, max(0, m.start() - 60), m.start())
                               or _OCCASION_DAY.search(s, max(0, m.start() - 20), m.start())
                               or _BATCH.search(s, max(0, m.start() - 8), m.start())):
                continue                # "ngày Quốc tế phụ nữ 8/3", "nhân dịp 27/7": the day celebrated;
                                        # "Huy hiệu Đảng đợt 3/2": a batch named by its day
            if (pat not in (_TWO_DAYS, _TWO_DAYS_WORDS, _TWO_DM, _RANGE_DMY) and _BOUND_BEFORE.search(s, max(0, m.start() - 30), m.start())) \
                    or re.match(r"\s*:", s[m.end():]) or _YEARLY.match(s, m.end()):
                continue                # ("Ngày Truyền thống … 18/11 hàng năm": a day every year, no event's)
            if _AFTER_EVENT.search(s, max(0, m.start() - 90), m.start()):
                continue                # ("sau hội nghị hiệp thương lần thứ nhất ngày 4.12.2025": an earlier event's day)
            g = [int(x) if x else None for x in m.groups()]
            if pat is _RANGE_DM:        # the first day written with a slash or, after "ngày", a dot
                g = [g[0] or g[2], g[1] or g[3], *g[4:]]
            if pat is _RANGE_DMY:
                d = _Date(m.start(), m.end(), g[0], g[1], g[2], end_day=g[3] if g[1:3] == g[4:6] else None)
            elif pat in (_RANGE_DM, _TWO_DM):
                # the first day, the year the last gives; one month's range keeps its end day
                d = _Date(m.start(), m.end(), g[0], g[1], g[4], end_day=g[2] if g[1] == g[3] else None)
            elif pat in (_TWO_DAYS, _TWO_DAYS_WORDS, _RANGE):
                d = _Date(m.start(), m.end(), g[0], g[2], g[3], end_day=g[1])
            else:
                d = _Date(m.start(), m.end(), g[0], g[1], g[2])
            if iso(d.day, d.month, None) is None:
                continue
            taken.append((m.start(), m.end()))
            out.append(d)
    return sorted(out, key=lambda d: d.start)


# "năm 2024" in the event's own name ("Hội nghị … công tác tôn giáo năm 2022"), not a term or
# a period ("nhiệm kỳ 2020-2025", "giai đoạn 2021 - 2025"), a target ("phấn đấu đến cuối năm
# 2027"), a birth year ("hộ bà Lê Thị Lan, sinh năm 1952") nor a year in parentheses
# (nor years counted: "… trong 2 năm 2016, 2017")
_NAMED_YEAR = re.compile(r"(?i)(?<!đến )(?<!tới )(?<!từ )(?<!trước )(?<!sau )(?<!sinh )(?<!trong \d )(?<!qua \d )"
                         r"(?<!đến cuối )(?<!tới cuối )(?<!đến hết )(?<!đến đầu )(?<!đến giữa )(?<!\w)năm\s+((?:19|20)\d{2})"
                         r"(?!\s*[-–]\s*\d)(?!\d)")


# a feast the event is held for, with its year and no "năm" ("nhân dịp Tết Nguyên đán Bính Ngọ
# 2026", "Đại lễ Phục sinh 2026", "Giáng sinh 2014")
_OCCASION_YEAR = re.compile(r"(?i)(?<!\w)(?:tết(?: nguyên đán)?|xuân|giáng sinh|noel|(?:đại )?lễ phục sinh|phục sinh|"
                            r"(?:đại )?lễ phật đản|phật đản|vu lan)(?:\s+[A-ZĐÀ-Ỹ]\w*){0,3}\s+((?:19|20)\d{2})(?![\d/-])")


# a law or a constitution named with the year it was passed ("Luật Đất đai năm 2013", "Bộ luật
# Hình sự năm 2015", "Hiến pháp năm 2013")
_LAW_YEAR = re.compile(r"(?<!\w)(?:(?:Bộ\s+)?[Ll]uật|Hiến pháp)(?:\s+(?!(?:và|cho|tại|với|của)\s)[^\s,;.]+|,\s*chống)"
                       r"{0,10}?\s+năm\s+(?:19|20)\d{2}(?!\d)")
# a review of a whole year ("tổng kết công tác Mặt trận năm 2018"), no month between
_YEAR_REVIEWED = re.compile(r"(?i)tổng kết(?:(?!tháng|quý)[^.;:])*?\bnăm\s+(?:19|20)\d{2}")
# "tháng 9/2023", "tháng 9 năm 2023" in the name: the month an event is of
_NAMED_MONTH = re.compile(r"(?i)(?<!\w)tháng\s+(\d{1,2})\s*(?:[/-]|\s+năm\s+)\s*((?:19|20)\d{2})(?!\d)")


_AFTER_DAYS = re.compile(r"(?i)\bsau\s+(\d|hai|ba|bốn)\s+ngày\s+(?:làm việc|diễn ra)\b")
_NUMBER_WORDS = {"hai": 2, "ba": 3, "bốn": 4}
# "kết quả 6 tháng đầu năm 2022", "5 tháng đầu năm 2022": the months of a year just ended, which
# an event of the month that closes them or the two after it reviews
_MONTHS_DONE = re.compile(r"(?i)(?<!\w)(\d{1,2}|sáu|chín)\s+tháng\s+đầu\s+năm\s+((?:19|20)\d{2})(?!\d)")


def _months_done_year(sentences: list[Sentence], month: int) -> int | None:
    """The year of "N tháng đầu năm YYYY" told in the event's stretch when the event's month is
    the N-th or one of the two after it (a June or July review of the first half year), if the
    stretch tells one such year only."""
    years = set()
    for sent in sentences:
        for m in _MONTHS_DONE.finditer(sent.norm):
            n = {"sáu": 6, "chín": 9}.get(m.group(1).casefold()) or int(m.group(1))
            if 1 <= n <= 11 and n <= month <= n + 2:
                years.add(int(m.group(2)))
    return years.pop() if len(years) == 1 else None


def _days_before(s: str, d: _Date) -> int | None:
    """How many days an event ran when the sentence tells its last day after "Sau N ngày làm
    việc" (before the date, so that the date is its closing)."""
    m = _AFTER_DAYS.search(s)
    if not m or m.start() > d.start:
        return None
    n = _NUMBER_WORDS.get(m.group(1).lower()) or int(m.group(1))
    return n if 1 < n <= 4 else None


_NAMED_QUARTER = re.compile(r"(?i)(?<!\w)quý\s+([IV]{1,3}|[1-4])\s*[/-]\s*((?:19|20)\d{2})(?!\d)")
_ROMAN_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def named_year(s: str, head: re.Match, month: int) -> int | None:
    """The year an event's name gives it: the first "năm YYYY" of its clause; for an event in
    the first half of a year whose name reviews one year and plans the next ("tổng kết năm 2018,
    triển khai nhiệm vụ năm 2019" in January, or in March), the second."""
    clause = re.split(r"[.:]\s", s[head.start():], maxsplit=1)[0]
    clause = re.sub(r"\([^)]*\)", " ", clause)
    # (a law's year is when it was passed: "tuyên truyền Luật Đất đai năm 2013")
    clause = _LAW_YEAR.sub(" ", clause)
    years = [int(m.group(1)) for m in _NAMED_YEAR.finditer(clause)] \
        or [int(m.group(1)) for m in _OCCASION_YEAR.finditer(clause)]
    if not years and (quarter := _NAMED_QUARTER.search(clause)):
        # "giao ban công tác Mặt trận quý III/2023" on 26/9: the quarter it is of, or the one after
        # its end (a quarter's review in its next month)
        q, y = _ROMAN_QUARTERS.get(quarter.group(1).upper()), int(quarter.group(2))
        if q and 3 * q - 2 <= month <= 3 * q + 1:
            return y
        if q == 4 and month == 1:
            return y + 1
    if not years and (named := _NAMED_MONTH.search(clause)):
        # "Hội nghị Báo cáo viên toàn quốc tháng 9/2023" on 8/9: the month it is of, or the one
        # before it ("giao ban tháng 12/2023" on 3/1 is in 2024)
        m, y = int(named.group(1)), int(named.group(2))
        if month == m or month == m + 1:
            return y
        if m == 12 and month == 1:
            return y + 1
    if not years:
        # ("sơ kết 3 năm thực hiện … giai đoạn 2016-2019": the period implies a year, which the gold
        # leaves unfilled, as a term's)
        return None
    if month <= 6 and years[0] + 1 in years:
        return years[0] + 1
    if month <= 4 and len(set(years)) == 1 and _YEAR_REVIEWED.search(clause):
        # "tổng kết … năm 2018" on 3/4: a year is reviewed after it ends (not "tổng kết Tháng
        # Thanh niên năm 2024" in April)
        return years[0] + 1
    return years[0]


# the occasion a sentence opens with, with its year ("Nhân Tháng hành động vì người cao tuổi Việt
# Nam năm 2025, sáng 10/10, …"; "Chào mừng … năm 2024, ngày 3/11, …")
# (or a feast's year: "Nhân dịp Tết Chôl Chnăm Thmây 2016 của đồng bào Khmer, ngày 7/4, …")
_OCCASION_OPENING = re.compile(r"(?i)^\s*(?:nhân dịp|nhân|chào mừng|hưởng ứng|hướng tới)\s[^.;:]*?"
                               r"(?:\bnăm\s+|(?<!\w)(?:tết(?:\s+nguyên\s+đán)?|giáng sinh|noel|phục sinh|phật đản|vu lan)"
                               r"(?:\s+(?-i:[A-ZĐÀ-Ỹ])\w*){0,3}\s+)((?:19|20)\d{2})"
                               r"(?!\s*[-–]\s*\d)(?!\d)[^.;:]*,\s*(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?$")


def _named_again(later: list[Sentence], name: str, month: int) -> int | None:
    """The year the event's name gives where a later sentence names it again, whole ("Ngày 4/11,
    khu dân cư … tổ chức Ngày hội Đại đoàn kết. Đây là … điểm tổ chức Ngày hội Đại đoàn kết năm
    2016."); a bare head ("Hội nghị") names no one event."""
    words = name.split()
    if len(words) < 3:
        return None
    first, last = words[0].casefold(), words[-1].casefold()
    later = [sent for sent in later[:3] if first in (low := sent.norm.casefold()) and last in low]
    if not later:               # most names are not named again: no pattern to compile
        return None
    again_re = re.compile(r"(?i)(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)")
    for sent in later:
        again = again_re.search(sent.norm)
        if again:
            year = named_year(sent.norm, again, month)
            if year:
                return year
    return None


def _occasion_year(s: str, d: _Date) -> int | None:
    m = _OCCASION_OPENING.match(s[:d.start])
    return int(m.group(1)) if m else None


def _year(d: _Date, published: str | None, nearby: list[_Date], named: int | None = None) -> int | None:
    """The year when the text or the publication date fixes it: the date's own, the year the
    event's name gives, published within a short window after the day (a month-only date line
    when the event falls in that month or the one before), or a dated mention of the same
    month a few days away (an anniversary's span among them)."""
    if d.year:
        return d.year
    # an anniversary a day or three away ("Sáng 5-12, … kỷ niệm … (6-12-1989 - 6-12-2019) và phát
    # động phong trào thi đua năm 2020"): its year, not one the name plans for
    close = [n.year for n in nearby if n.year and n.year >= _WEB_YEARS and n.month == d.month
             and abs(n.day - d.day) <= 3]
    if named and close and named not in close:
        return close[0]
    if named:
        # a page dated a few weeks after the day in another year than the name's ("kiểm tra
        # nhiệm vụ năm 2021 và 8 tháng năm 2022", published 2022-09-09): the name's year is
        # its subject, not its date
        dated = _year(d, published, nearby) if published and re.match(r"\d{4}-\d{2}-\d{2}$", published) else None
        return dated if dated and dated != named and not _within(named, d, published) else named
    if published and re.match(r"\d{4}-\d{2}$", published):
        y, m = map(int, published.split("-"))
        if d.month == m:
            return y
        if d.month == m - 1 or (m == 1 and d.month == 12):
            return y if m > 1 else y - 1
    if published and re.match(r"\d{4}-\d{2}-\d{2}$", published):
        p = Date.fromisoformat(published)
        y = next((y for y in (p.year, p.year - 1) if _within(y, d, published)), None)
        if y is not None:
            return y
        # (a day a few weeks after a page's date line in its year: the line is the site's, wrong by
        # days or written month first, "date 2025-08-08" above "Chiều 20/8, … tổ chức sơ kết …")
        if _within(p.year, d, published, after=_LINE_SLACK):
            return p.year
    # (a page dated long after the day: the text's own dates still fix it)
    # "ngày 03/11, … Ngày hội … (18/11/1930 - 18/11/2024)": days of one month, a few weeks apart,
    # the latest year of them (not the founding day an anniversary counts from, "18/11/1930" alone:
    # pages report nothing held before the web's years)
    # (or across a month's end: "Sáng ngày 30/1, … kỷ niệm 88 năm ngày thành lập Đảng (3/2/1930 –
    # 3/2/2018)": the day falls shortly before the one the anniversary closes on)
    years = [y for n in nearby if n.year and n.year >= _WEB_YEARS and (y := _year_near(d, n, 20))]
    return max(years) if years else None


def _year_near(d: _Date, n: _Date, days: int) -> int | None:
    """The year that puts a day of no year within `days` of a dated one (its year, or the year
    before for a December day near a January one)."""
    try:
        there = Date(n.year, n.month, n.day)
        return next((y for y in (n.year, n.year - 1) if abs((Date(y, d.month, d.day) - there).days) <= days), None)
    except ValueError:
        return None


_WEB_YEARS = 1990


def _after_publication(day: str | None, published: str | None) -> bool:
    """The event's day falls after the page that reports it was published (more than a day,
    for clocks and time zones): it is scheduled, not reported. (Not by more than a few months: a
    page's "Thứ 2 - 05/01/2015" above "Ngày 12/11/2023, … tổ chức …" is a stale clock, and the
    event stands.)"""
    if not day or not published or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) \
            or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        return False
    try:
        return 1 < (Date.fromisoformat(day) - Date.fromisoformat(published)).days <= _SCHEDULED_AHEAD
    except ValueError:
        return False


_SCHEDULED_AHEAD = 120  # days ahead a page may announce an event


_LINE_SLACK = 45       # days a reported day may fall after a page's date line in its year


def _within(year: int, d: _Date, published: str, after: int = 1) -> bool:
    """The day in that year falls at most three months before the publication date (and at
    most `after` days after it)."""
    try:
        gap = (Date.fromisoformat(published) - Date(year, d.month, d.day)).days
    except ValueError:
        return False
    return -after <= gap <= 92


# -- one reported event -------------------------------------------------------------------

@dataclass
class _Found:
    sentence: int
    head: re.Match
    kind: str
    date: _Date | None
    organizer_text: str | None
    text: str | None = None     # what `head` matched in when not the sentence (the headline)


# (after a bullet too: "* Cùng ngày, …", "- Cũng trong sáng nay, …")
_ANOTHER = re.compile(r"(?i)\s*(?:[*•+–-]\s*)?(?:cũng\s+)?(?:trong\s+)?(?:buổi\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?cùng ngày"
                      r"|\s*(?:[*•+–-]\s*)?cũng trong\s+(?:buổi\s+)?(?:sáng|chiều|tối|trưa|ngày)")


@lru_cache(maxsize=None)
def _heads_re() -> re.Pattern:
    # (not "tầng lớp": the strata of society, no class)
    return re.compile(r"(?<!tầng )" + _compiled(tuple(_kinds("head"))).pattern, re.I)


def _head_kind(head: re.Match) -> str:
    """The kind of the lexicon phrase a head matched (one with a count in it too)."""
    text = " ".join(head.group().lower().split())
    if text in _kinds("head"):
        return _kinds("head")[text]
    return next(k for phrase, k in _kinds("head").items()
                if (("[số]" in phrase or "[tiền]" in phrase) and _compiled((phrase,)).fullmatch(text))
                or phrase.replace(" [tên]", "") == text)


def _kind(s: str, head: re.Match) -> str:
    kind = _head_kind(head)
    if kind == "conference" or head.group().lower() == "buổi":
        clause = re.split(r"[;.]", s[head.end():], maxsplit=1)[0]
        mod = _compiled(tuple(_kinds("modifier"))).search(clause)
        if mod:
            return _kinds("modifier")[mod.group().lower()]
    return kind


_LEAD_TIME = re.compile(r"^\s*(?:vào\s+)?(?:lúc\s+\S+\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:nay\s+)?"
                        r"(?:(?:trong\s+)?(?:2|hai)\s+ngày\s*:?\s+)?(?:ngày\s+)?[\d/\s,-]*(?:và\s+[\d/-]+\s*)?"
                        r"(?:tháng\s+\d+\s*)?(?:năm\s+\d{4}\s*)?", re.I)
# (and how it went about it: "… đã kịp thời tổ chức", "… tỉnh phối hợp tổ chức")
# (and a verb of going before the head: "Tỉnh đoàn đến thăm …")
_TRAIL_AUX = re.compile(r"(?:\s+(?:đã|vừa|long trọng|trọng thể|trang trọng|tưng bừng|chính thức|cùng|đồng thời|có"
                        r"|kịp thời|chủ động|tích cực|nhanh chóng|phối hợp|đến|tới))+\s*$", re.I)


# (or a body leading a group: "Khối thi đua … do Ủy ban MTTQ Việt Nam tỉnh làm trưởng khối")
_LED_BY = re.compile(r"(?i)\s+do\s+(?:(?:các\s+)?(?:ông|bà|đồng chí|đ/c)\s.*?(?:làm trưởng đoàn|làm trưởng ban|dẫn đầu)"
                     r"|[^,.;:]{3,80}?\s+làm\s+(?:trưởng\s+(?:khối|cụm)|khối trưởng|cụm trưởng)(?!\w))")


def _only_locality(chunk: str) -> bool:
    found = find_localities(chunk.strip())
    return bool(found) and found[0][0] == 0 and found[-1][1] == len(chunk.strip())


_TERM_ONLY = re.compile(r"(?i)nhiệm kỳ\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}")
_TERM_AFTER_BODY = re.compile(r"(?i)\s+(?:khóa|khoá)\s+[IVXLC\d]+(?:\s*,?\s*nhiệm kỳ\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})?$")


def _subject(before: str) -> str | None:
    """The organizer phrase ending just before the verb: the last comma chunk that is not a
    time or a venue ("Sáng 23/12, tại Hội trường …, Ban Thường trực … tổ chức")."""
    # "Vào lúc …, ngày 22/10/2018, tại cơ quan …. Hội Nông dân huyện tổ chức": the dateline
    # before the stop is no part of the subject (nor is an aside in parentheses: "(Tp. Huế)")
    # (not an abbreviation's dot: "Hội Nông dân TP. Bạc Liêu tổ chức …")
    before = re.split(r"(?<!\bTP)(?<!\bTp)(?<!\bTX)(?<!\bTx)(?<!\bTT)\.\s+(?=[A-ZĐÀ-Ỹ])",
                      re.sub(r"\([^()]*\)", " ", before))[-1]
    # (nor a paper's tag before the lead: "TTH - Ngày 26/8, huyện Quảng Điền tiến hành …")
    before = re.sub(r"^\s*" + SOURCE_TAG, "", before)
    # "Đoàn giám sát của <body> do ông X, Phó Chủ tịch …, làm trưởng đoàn đã …": who leads
    # the delegation is an aside
    lead = _LED_BY.search(before)
    if lead:
        before = before[:lead.start()] + before[lead.end():]
    # "<A> phối hợp với <B>, <C> và <D> tổ chức …": A leads, the bodies it joins are co-organizers
    # (not those named generically: "… cùng các ban, ngành, đoàn thể huyện", "… và bà con Nhân dân")
    joint = next(reversed(list(_JOINS.finditer(before))), None)
    if joint and not _A_DAY.search(before[joint.end():]):
        lead = _subject(before[:joint.start()])
        if lead:
            return _JOINED.join([lead, *_partners(before[joint.end():])])
    # "… Ủy ban MTTQ các xã: Đức Thọ, Đức Thịnh, Đức Quang tổ chức": the list is one chunk
    listed = unit_list(before)
    chunks = before.split(",")
    if listed:
        head = before.rfind(",", 0, listed.start()) + 1
        chunks = (before[:head - 1].split(",") if head else []) + [before[head:]]
    while len(chunks) > 1 and not _TRAIL_AUX.sub("", chunks[-1]).strip():
        chunks.pop()            # "…, tỉnh An Giang, tổ chức": the comma before the verb
    # "Hội đồng Phổ biến, giáo dục pháp luật huyện Phù Cát tổ chức …": a comma inside the body's name
    while len(chunks) > 1 and re.match(r"\s*[a-zđà-ỹ]", chunks[-1]) and not _LEAD_TIME.match(chunks[-1]).group().strip() \
            and not is_body(_TRAIL_AUX.sub("", chunks[-1]).strip()) \
            and is_body(_TRAIL_AUX.sub("", chunks[-2] + "," + chunks[-1]).strip()):
        chunks[-2:] = [chunks[-2] + "," + chunks[-1]]
    # "… phối hợp với Ủy ban … huyện Hải Lăng, tỉnh Quảng Trị tổ chức": a unit continues its body
    while len(chunks) > 1 and _only_locality(_TRAIL_AUX.sub("", chunks[-1])):
        chunks[-2:] = [chunks[-2] + "," + chunks[-1]]
    for k in range(len(chunks) - 1, -1, -1):
        chunk = _TRAIL_AUX.sub("", chunks[k])
        chunk = chunk[_LEAD_TIME.match(chunk).end():] if _LEAD_TIME.match(chunk) else chunk
        chunk = chunk.strip().lstrip("-–—, ")     # (a source tag's dash: "(baolaocai.vn) – Tỉnh ủy …")
        if not chunk:
            continue
        if re.match(r"(?i)tại\b", chunk):
            continue
        # "HĐND xã Tân Lập khóa XXI, nhiệm kỳ 2021-2026 tổ chức …": the body's term is no body
        if _TERM_ONLY.fullmatch(chunk):
            continue
        chunk = _TERM_AFTER_BODY.sub("", chunk)
        # "Ban Thường trực … huyện Diên Khánh hướng dẫn tổ chức …": lower-case words after the
        # body's named unit are the sentence's verb, not the body's name
        chunk = before_verb(chunk)
        # "Hội … tỉnh đã đến huyện Hồng Dân và huyện Vĩnh Lợi trao …": where the body went to act
        chunk = _WENT_TO.sub("", chunk)
        # "Đảng ủy Sở Y tế tham gia Hội nghị trực tuyến …": a body taking part, not holding it
        if _TAKES_PART.search(chunk):
            return None
        # "huyện Quảng Trạch đã tổ chức …": a place named as the actor is the organizer as written
        if not (is_body(chunk) or _one_place(chunk)):
            return None
        return _listed_before(chunks[:k], chunk)
    return None


# (a day after the join: the join was in an earlier clause)
_A_DAY = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}|(?i:(?<!\w)(?:ngày|sáng|chiều|tối|trưa)\s+\d)")
# what joins the organizers _subject found apart (no text holds it)
_JOINED = "\x1f"
_JOINS = re.compile(r"(?i)\s+(?:(?:đã|vừa|cũng)\s+)?(?:phối hợp(?:\s+với|\s+cùng(?:\s+với)?)?|cùng(?:\s+với)?)"
                    r"\s+(?!ngày|thời|lúc|dịp|năm|tháng|sáng|chiều|tối|trưa|với)")


def _partners(phrase: str) -> list[str]:
    """The bodies a lead organizer joins, listed with commas or "và", each of the last one's unit
    when written bare ("UBND, Ủy ban MTTQ Việt Nam thị trấn Lao Bảo")."""
    items: list[str] = []
    listed = unit_list(phrase)      # "… Ủy ban MTTQ các xã: Đức Thọ, Đức Thịnh": the list is one
    head = phrase.rfind(",", 0, listed.start()) + 1 if listed else len(phrase)
    for chunk in [*phrase[:max(head - 1, 0)].split(","), phrase[head:]] if listed else phrase.split(","):
        chunk = _TRAIL_AUX.sub("", chunk).strip()
        if listed and chunk == phrase[head:].strip():
            items.append(chunk)
            continue
        if items and _only_locality(chunk):
            # "… Ủy ban MTTQ huyện Hải Lăng, tỉnh Quảng Trị": the unit's parent (a place named as
            # the actor stays as written: "… xã Tiên Trang, huyện Quảng Xương")
            if not _one_place(items[-1]):
                items[-1] += ", " + chunk
            continue
        parts, at = [], 0
        for va in re.finditer(r"\s+và\s+", chunk):
            if inside_a_name(chunk.casefold(), 0, va.start() + 1):
                continue
            parts.append(chunk[at:va.start()])
            at = va.end()
            if chunk[at:at + 1].islower():
                break           # "… Ban CTMT ở khu dân cư và bà con Nhân dân": people, no body
        else:
            parts.append(chunk[at:])
        # (written in capitals or a named place: not "các ban, ngành, đoàn thể huyện")
        items += [x.strip() for x in parts if (x.strip()[:1].isupper() and is_body(x.strip())) or _one_place(x)]
    return [_of_unit_after(x, items[-1]) for x in items[:-1]] + items[-1:]


def _listed_before(chunks: list[str], last: str) -> str:
    """"Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức …", "Thành đoàn thành phố Hồ
    Chí Minh, Hội Liên hiệp Thanh niên … và Hội Sinh viên … tổ chức …": the bodies listed before
    the last are co-organizers (joined by " - "), each of the last one's unit if written bare."""
    listed = []
    for c in reversed(chunks):
        c = c.strip()
        if not c or not c[0].isupper() or len(c.split()) > 12 or not is_body(c):
            break
        listed.insert(0, _of_unit_after(c, last))
    return " - ".join([*listed, last])


def _of_unit_after(body: str, later: str) -> str:
    """A short body written bare before another that ends on a named unit is of that unit ("HĐND -
    UBND huyện Bắc Trà My"); not one of its own unit, unnamed ("Ban Thường trực Ủy ban MTTQ huyện
    - …"), nor a committee of another level ("Ban Thường vụ Huyện ủy, Hội Nông dân tỉnh X")."""
    found = find_localities(later)
    if not found or found[-1][1] != len(later) or len(body.split()) > 5 or find_localities(body) \
            or ends_with_bare_unit(body) or parse_body(body, None).unresolved not in (None, found[-1][2].type_word):
        return body
    return f"{body} {later[found[-1][0]:]}"


_WENT_TO = re.compile(r"\s+(?:(?:đã|vừa)\s+)?(?:đến|tới|về)\s+(?:tận\s+)?(?:các\s+)?"
                      r"(?:xã|phường|huyện|quận|thị xã|thị trấn|thành phố|tỉnh|ấp|thôn|bản)(?!\w).*$")
_TAKES_PART = re.compile(r"(?i)(?<!\w)(?:đã\s+|đến\s+)?(?:tham gia|tham dự|dự)\s*$")


def _one_place(chunk: str) -> bool:
    """The chunk is one named unit and nothing else ("huyện Quảng Trạch")."""
    found = find_localities(chunk.strip())
    return len(found) == 1 and found[0][0] == 0 and found[0][1] == len(chunk.strip()) and bool(found[0][2].name)


# "Đoàn giám sát của Ban Thường trực …", "Đoàn công tác Đảng ủy xã …": a delegation acts for the
# body it is of ("Đoàn đại biểu Quốc hội tỉnh" is a body of its own)
_DELEGATION = re.compile(r"(?i)^\s*đoàn\s+(?:(?:giám sát|công tác|kiểm tra|khảo sát)\s+(?-i:(?=[A-ZĐ]))(?P<body>.+)"
                         r"|(?:giám sát|công tác|kiểm tra|khảo sát|đại biểu)(?:\s+\S+)?(?:\s+(?:của|do)\s+(?P<of>.*))?)$")


_ORGANIZER_SEP = re.compile(rf"{_JOINED}|\s+[-–]\s+|(?<=[A-ZĐ])[-–]\s+(?=[{UPPER}])|\s+(?:(?:đã|vừa|cũng)\s+)?phối hợp(?:\s+với|\s+cùng(?:\s+với)?)?\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝỦỨỪ])"
                            r"|\s+và\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝỦỨỪ])")


def _split_organizers(phrase: str, ctx: Locality | None) -> list[Body]:
    phrase = re.sub(r"\s*\([^)]*\)", "", phrase)
    delegation = _DELEGATION.match(phrase)
    if delegation:
        phrase = delegation.group("body") or delegation.group("of") or ""
    # ("… phối hợp với / phối hợp cùng / phối hợp <body>": each a co-organiser)
    # (not a "và" or dash inside a body's name: "Ban Tuyên giáo và Dân vận Huyện ủy", "Phòng Giáo
    # dục và Đào tạo huyện")
    low = phrase.casefold()
    parts, at, joined = [], 0, []
    places = [(a, b) for a, b, _loc in find_localities(phrase)] if "-" in phrase or "–" in phrase else []
    for sep in _ORGANIZER_SEP.finditer(phrase):
        # (a dash before lower case joins a merged body's name: "Hội Khuyến học - cựu giáo chức huyện …";
        # nor does one inside a place's name: "tỉnh Thừa Thiên - Huế", "Bà Rịa - Vũng Tàu")
        if (phrase[sep.end():sep.end() + 1].islower() and sep.group().strip(" \t") in ("-", "–")) \
                or any(a < sep.start() and sep.end() < b for a, b in places):
            continue
        if not inside_a_name(low, 0, sep.start() + 1):
            parts.append(phrase[at:sep.start()])
            joined.append("phối hợp" not in sep.group() and sep.group() != _JOINED)
            at = sep.end()
    parts.append(phrase[at:])
    # "HĐND - UBND huyện Bắc Trà My": bodies joined bare before the one naming the unit are of it
    for i in range(len(parts) - 2, -1, -1):
        if joined[i] and is_body(parts[i].strip()):
            parts[i] = _of_unit_after(parts[i].strip(), parts[i + 1].strip())
    out = []
    for p in (one for part in parts for one in each_unit(part)):
        if is_body(p) or _one_place(p):
            b = parse_body(p, ctx)
            if b is not None:
                out.append(b)
    return out


# a place named after what is held there: "tại Trung tâm Hội nghị Quốc gia", "Cung Văn hóa"
# ("tại Trung tâm Tổ chức hội nghị tỉnh")
_VENUE = re.compile(r"(?i)(?<!\w)(?:trung tâm(?:\s+tổ chức)?|cung|nhà|hội trường|phòng)\s+$")
_DELEGATION_BEFORE = re.compile(r"(?i)(?<!\w)(?:đoàn|ban)\s+$")   # "Đoàn giám sát", "Ban Truyền thông"


def _today(published: str | None) -> _Date | None:
    """The page's date as the day "nay" means ("Chiều nay, …"): day 0 when the page gives
    only its month."""
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", published or "")
    return _Date(0, 0, int(m.group(3) or 0), int(m.group(2)), int(m.group(1))) if m else None


_TIME_CUE = re.compile(r"(?i)(?<!\w)(?:sáng|chiều|tối|trưa|đêm|ngày|hôm|vào)(?:\s+(?:ngày|hôm nay|nay))?\s*$")


def _said_done_first(s: str, masks: list[tuple[int, int]], dates: list[_Date]) -> bool:
    """"Ngày 20/12/2023, Mặt trận xã tổ chức hội nghị …, đề ra phương hướng nhiệm vụ năm 2024": a
    dated act told before any word of the future; what it sets out for later is its content."""
    # (or the head as the verb: "Ngày 13/01/2022, Ban Dân vận Thành ủy tổng kết công tác dân vận
    # năm 2021 đề ra phương hướng …")
    org = _cue_re("organize").search(s) or _cue_re("happen").search(s) \
        or next((h for h in _heads_re().finditer(s) if not any(a <= h.start() < b for a, b in masks)), None)
    if org is None or not dates or dates[0].end > org.start() + len(org.group()) + 12:
        return False
    return not is_future(s[:org.start()], [(a, min(b, org.start())) for a, b in masks if a < org.start()])


_PAST_OPENING = re.compile(r"(?i)\s*(?:vừa qua|mới đây|vừa rồi)\s*,")
_CONTINUED = re.compile(r"(?i)(?<!\w)tiếp tục\s+")


def _continued_on(s: str, masks: list[tuple[int, int]], dates: list[_Date]) -> bool:
    """"Sáng ngày 05/11/2020, Ủy ban MTTQ huyện tiếp tục phát động …": a dated act that went on
    from an earlier one, told before any other word of the future."""
    go_on = _CONTINUED.search(s)
    if go_on is None or not dates or dates[0].end > go_on.start():
        return False
    blanked = s[:go_on.start()] + " " * len(go_on.group()) + s[go_on.end():]
    # (or went on to hold one: "Ngày 17/3, Ủy ban MTTQ tỉnh tiếp tục tổ chức Hội nghị hiệp thương lần 2")
    held = _organize_re().match(s, go_on.end())
    at = held.end() + len(s[held.end():]) - len(s[held.end():].lstrip()) if held else go_on.end()
    return _heads_re().match(s, at) is not None and not is_future(blanked, masks)


_ASIDE_IN_PARENS = re.compile(r"\([^()]{0,120}\)")
_PURPOSE_OPENER = re.compile(r"(?i)\W*(?:tiếp tục|thực hiện|hưởng ứng|nhằm|thiết thực|hướng tới|chào mừng|"
                             r"với mục đích|trong khuôn khổ)(?!\w)")
_DAY_CLAUSE_AFTER = re.compile(r"(?i),\s*(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?$")


def _reported(s: str, masks: list[tuple[int, int]], today: _Date | None = None,
              dates: list[_Date] | None = None) -> tuple[re.Match, _Date | None, str | None] | None:
    """(head, date, organizer phrase) when the sentence reports an event taking place; "Chiều
    nay" is `today` when the sentence gives no date. `dates`: the sentence's, when read already."""
    dates = find_dates(s, masks) if dates is None else dates
    # "Sáng 10/7, Đoàn công tác … làm việc với … nhằm … định hướng công tác thời gian tới": what
    # the event is for may look ahead; the clause that tells it is what says whether it took place
    aim = _AIM.search(s, dates[0].end) if dates else None
    told = s[:aim.start()] if aim else s
    # (an aside in parentheses about another event's schedule says nothing of this one: "Chuẩn bị
    # cho Kỳ họp thứ 9 (dự kiến diễn ra từ ngày 11 đến 13-12), sáng 9-11, … tiếp xúc cử tri …")
    told = _ASIDE_IN_PARENS.sub(lambda m: " " * len(m.group()), told)
    # ("Tiếp tục đồng hành, hỗ trợ … học sinh, ngày 27/8/2023, Hội LHPN quận đã tổ chức …": a purpose
    # opening the sentence before the day's clause says what the event is for, not that it is ahead)
    # (told done after it: "đã", "vừa", or opened by what it carries on or out: "Tiếp tục triển khai
    # các hoạt động …, sáng ngày 26/6/2022, … Huyện đoàn … tổ chức …"; not "Dự kiến, ngày 20/5, …")
    opened = _DAY_CLAUSE_AFTER.search(told, 0, dates[0].start) if dates else None
    if opened and opened.end() == dates[0].start and (_PAST.search(told, dates[0].end)
                                                     or _PURPOSE_OPENER.match(told)):
        told = " " * opened.start() + told[opened.start():]
    if is_future(told, masks) and not _said_done_first(s, masks, dates) \
            and not _continued_on(told + s[len(told):], masks, dates):
        return None
    said = _TODAY.search(s) if not dates and today is not None else None
    if said:
        dates = [replace(today, start=said.start(), end=said.end())]
    # (the words just before a head, read in a window rather than the whole sentence before it)
    heads = [h for h in _heads_re().finditer(s) if not any(a <= h.start() < b for a, b in masks)
             and not _DELEGATION_BEFORE.search(s, max(0, h.start() - 40), h.start())   # "Đoàn giám sát"
             and not _VENUE.search(s, max(0, h.start() - 40), h.start())]
    # (a head naming what a steering committee is for is part of its name, when the sentence has
    # another: "Ban Chỉ đạo Trung ương triển khai xóa nhà tạm … chủ trì phiên họp thứ 6")
    heads = [h for h in heads if not (STEERING_FOR.search(s, max(0, h.start() - 40), h.start())
                                      and STEERING_VERB.match(s, h.start()))] or heads
    # "Đại hội … khai mạc phiên họp chính thức": a session of the event already named is that event
    heads = [h for k, h in enumerate(heads) if k == 0 or not h.group().casefold().startswith("phiên")]
    if not heads or not dates:
        return None
    # "Chào mừng ngày Quốc tế phụ nữ 8/3, chiều ngày 6/3/2023, … tổ chức": the day told with a
    # time of day or "ngày" is the event's; a date after a named day is what it celebrates
    date = next((d for d in dates if _TIME_CUE.search(s, 0, d.start)), dates[0])
    org = _cue_re("organize").search(s, date.end) or _cue_re("organize").search(s)
    happen = _cue_re("happen").search(s, date.end) or _cue_re("happen").search(s)
    verb = org or happen
    if verb is not None:
        after = [h for h in heads if h.start() >= verb.start()]
        head = after[0] if after else heads[0]
    else:
        # the head is the verb itself ("<body> khánh thành …", "… họp báo")
        head = next((h for h in heads if h.start() >= date.end), None)
        if head is None and re.search(r"(?i),\s*(?:vào\s+)?(?:ngày|sáng|chiều|tối)\s*$", s[:date.start]) \
                and re.fullmatch(r"\s*[.)]?\s*", s[date.end:]):
            # "… tại Hội nghị rút kinh nghiệm đại hội điểm …, ngày 7-4-2015.": the date closing
            # the sentence is the day of the event named before it
            at = s.rfind("tại ", 0, date.start)
            return next((h for h in heads if h.start() > at), heads[0]), date, None
        if head is None:
            return None
        # "Ban Thường vụ Thành ủy triển khai hội nghị quán triệt …": the verb holds the event named next
        held = next((h for h in heads if h.start() > head.start()), None)
        if _passes_on(head) and held is not None and not s[head.end():held.start()].strip():
            return held, date, _subject(s[:head.start()])
        passed = _PASSES_ON_DOCUMENT.match(s, head.end()).end()
        if _passes_on(head) and not (any(a == passed for a, _b in masks) and _subject(s[date.end:head.start()])):
            # "triển khai", "quán triệt" as a bare verb is no event, unless a body passes a
            # document on that day ("Ngày 23/10, Ủy ban MTTQ tỉnh triển khai quyết định số 217 …")
            return None
    organizer = None
    if org is not None:
        organizer = _subject(s[:org.start()])
    elif verb is None or (happen and head.start() == happen.start()):
        organizer = _subject(s[:head.start()])
    return head, date, organizer or _held_by(s, head) or _of_body(s, head)


# the passive: "Hội nghị tập huấn … do Ủy ban MTTQ tỉnh (phối hợp với …) tổ chức" (not a person
# leading: "… do đồng chí A chủ trì")
_HELD_BY = re.compile(r"(?i)\s+do\s+(?!(?:các\s+)?(?:ông|bà|đồng chí|đ/c|anh|chị)\s)(?P<body>[^.;:]{3,150}?)"
                      r"\s+(?:(?:đã|vừa|cùng)\s+)?(?:đồng\s+)?tổ chức(?!\w)")


# "Hội nghị Tổng kết … của Cụm thi đua 5 … đã diễn ra tại Hà Nội": whose event it is, when the
# sentence names no one holding it
_OF_BODY = re.compile(r"\s+của\s+(?P<body>[^,.;:()]{3,120}?)\s+(?:(?:đã|vừa)\s+)?(?:diễn ra|được tổ chức|khai mạc|bế mạc)(?!\w)")


def _held_by(s: str, head: re.Match) -> str | None:
    """The body the sentence says held the event named at head, in the passive."""
    return _body_after(s, head, _HELD_BY) if " do " in s else None


def _of_body(s: str, head: re.Match) -> str | None:
    return _body_after(s, head, _OF_BODY) if " của " in s else None


def _body_after(s: str, head: re.Match, pattern: re.Pattern) -> str | None:
    """The body `pattern` finds in the event's clause after its head, within 150 characters."""
    m = pattern.search(s, head.end())
    if m is None or m.start() - head.end() > 150 or re.search(r"[;:]", s[head.end():m.start()]):
        return None
    body = m.group("body").strip()
    return body if is_body(_ORGANIZER_SEP.split(body)[0]) else None


_LONE_PREFIX = re.compile(r"(?i)\s*(?:(?:sáng|chiều|tối|trưa)\s*)?(?:ngày\s*)?")
_LONE_START = re.compile(r"(?i)\s*(?:(?:sáng|chiều|tối|trưa)\s*)?(?:ngày\s*)?\d")


# a venue after the day, with no verb of its own ("Ngày 22 tháng 4 năm 2016, tại Hội trường A Ủy ban
# nhân dân xã Tân Hải.")
_VENUE_ONLY = re.compile(r"\s*,?\s*tại\s+[^.;:]{3,90}")


def _lone_date(s: str) -> str | None:
    """The sentence when it is a day and nothing else ("Chiều ngày 29 tháng 4 năm 2022."), or a
    day and where."""
    # (read for every sentence before one that reports no event: most are long, or open otherwise)
    if len(s) > 130 or not _LONE_START.match(s):
        return None
    dates = find_dates(s)
    if len(dates) != 1 or not _LONE_PREFIX.fullmatch(s[:dates[0].start]):
        return None
    rest = s[dates[0].end:]
    venue = _VENUE_ONLY.match(rest)
    if venue and not (_cue_re("organize").search(rest) or _cue_re("happen").search(rest) or _heads_re().search(rest)):
        # (the day alone dates the next sentence, whose subject is then read as before)
        return s[:dates[0].end] if re.fullmatch(r"\s*[.,:]?\s*", rest[venue.end():]) else None
    if re.fullmatch(r"\s*[.,:]?\s*", rest):
        return s.rstrip(" .:")
    return None


_AIM = re.compile(r"(?i)(?<!\w)(?:nhằm|để)\s")


def _passes_on(head: re.Match) -> bool:
    """The head is the verb passing something on ("triển khai", "quán triệt"): an event only when
    a body passes a document on with it."""
    return " ".join(head.group().lower().split()) in ("triển khai", "quán triệt")


# between a verb passing documents on and the first document: "các", a count
_PASSES_ON_DOCUMENT = re.compile(r"(?i)\s*(?:(?:các|những|\d+|hai|ba)\s+)?")


# (not an abbreviation's dot inside the name: "BCH T.Ư Hội", "TP.HCM")
_NAME_END = re.compile(r"[;:]|(?<![A-ZĐƯ])\.(?!\d)|\.(?=\s|$)|,(?!\s*(?:nhiệm kỳ|nhiệm kì|khóa|khoá|lần thứ"
                       # "Hội nghị quán triệt, triển khai …", "… năm 2023, triển khai nhiệm vụ năm
                       # 2024": the next thing the event passes on is still its name
                       r"|triển khai|quán triệt|học tập|phương hướng|(?<=phương hướng,)\s*nhiệm vụ"
                       # "thăm, chúc mừng Tết …": a visit's acts go on in its name
                       r"|(?<=thăm,)\s*(?:chúc|tặng))\b)"
                       r"|(?<!\sđối)\s+(?:nhằm|cho|với|tại|để|vào|có|đã|của|là|sẽ|bằng hình thức)\s"
                       # the passive's holder: "Hội nghị … do Ủy ban MTTQ tỉnh tổ chức"
                       r"|\s+do\s+(?=[^.;:]{3,150}?\s(?:đồng\s+)?tổ chức(?!\w))"
                       # (a day: not "kỷ niệm 50 năm ngày thành lập xã", which is the name)
                       r"|\s+ngày\s+(?=\d)"
                       # "… nhiệm kỳ 2024-2029 chính thức khai mạc"
                       r"|\s+chính thức\s+(?:khai mạc|bế mạc|diễn ra)\b"
                       # the day told after the name ("Hội nghị … chiều 10/3/2022")
                       r"|\s+(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}"
                       # what the event does next: "Đại hội … nhiệm kỳ 2024-2029 khai mạc phiên họp
                       # chính thức", "… diễn ra", "… phiên chính thức" (after the name's own words
                       # only: "Lễ khai mạc …" is a name)
                       r"|(?P<act>\s+(?:khai mạc|bế mạc|diễn ra|phiên|được))(?=[\s.,;:!?]|$)")


def event_name(s: str, head: re.Match) -> str:
    """The event's name: its head noun phrase, up to a purpose, venue or date."""
    rest = s[head.start():]
    # (a name ends at a closing quote it did not open: "… tổ chức “Ngày hội Biên phòng toàn dân”.")
    rest = re.sub(r"^([^“]*?)\s*”", r"\1", rest, count=1) if rest.find("”") < rest.find("“") or "“" not in rest else rest
    end = len(rest)
    for m in _NAME_END.finditer(rest):
        if rest.count("“", 0, m.start()) > rest.count("”", 0, m.start()) or rest.count('"', 0, m.start()) % 2:
            continue                                  # inside a quoted name
        if m.group("act") and len(rest[:m.start()].split()) < 3:
            continue                                  # "Lễ khai mạc", "Hội nghị phiên …": part of the name
        if m.group() == "," and inside_a_name(rest.casefold(), 0, m.start() + 1):
            continue                                  # "… tuyên truyền phòng, chống ma túy"
        end = m.start()
        break
    name = " ".join(expand(rest[:end]).split()).strip(" ,")
    # ("tổ chức chương trình “Tết nhân ái” …": the programme is the event, named as it)
    name = _HELD_PROGRAMME.sub("", name)
    return name[:1].upper() + name[1:]


_HELD_PROGRAMME = re.compile(r"(?i)^tổ chức\s+(?=chương trình\s*[“\"])")


def _title_organizer(title: str | None, ctx: Locality | None) -> list[Body]:
    """"<Body>: Tổ chức Hội nghị …" or "<Body> tổ chức …" in the title."""
    if not title:
        return []
    m = re.match(r"\s*([^:]+?)\s*:\s*", title) or re.match(r"\s*(.+?)\s+tổ chức\s", title, re.I)
    if m and is_body(m.group(1)):
        return _split_organizers(m.group(1), ctx)
    return []


def _title_name(title: str | None) -> str | None:
    """"<Body>: Giám sát việc …" -> "Giám sát việc …"."""
    m = re.match(r"\s*([^:]+?)\s*:\s*(.+)$", title or "")
    if m and is_body(m.group(1)) and _heads_re().match(m.group(2)):
        return m.group(2).strip()
    return None


def _year_named_again(sentences: list[Sentence], head: str) -> re.Match | None:
    """"năm YYYY" in the clause where another sentence names the event by its head noun again
    ("Tại Ngày hội, …" reported, "Ngày hội Đại đoàn kết toàn dân tộc năm 2019 vừa được … tổ
    chức" said before): that year when the article gives one only."""
    phrase = r"\s+".join(map(re.escape, head.split()))
    found = {}
    for sent in sentences:
        for m in re.finditer(rf"(?i)(?<!\w){phrase}(?!\w)(?:(?!{phrase})[^,.;:()]){{0,80}}", sent.norm):
            y = _NAMED_YEAR.search(m.group())
            if y:
                found.setdefault(y.group(1), y)
    return next(iter(found.values())) if len(found) == 1 else None


def _headline_year(title: str | None, head: str) -> int | None:
    """The year the headline gives the event it names by its head noun, with or without the
    word for a meeting ("TẬP HUẤN CHO NGƯỜI CÓ UY TÍN … NĂM 2023" over "Ngày 9/5, … tổ chức Hội nghị
    tập huấn …")."""
    core = re.sub(r"(?i)^(?:hội nghị|buổi|lễ)\s+", "", head.strip())
    got = _title_year(title, head) or (_title_year(title, core) if core != head.strip() else None)
    return int(got.group(1)) if got else None


def _title_year(title: str | None, head: str) -> re.Match | None:
    """"năm YYYY" naming the event in the headline, after the event's own head noun ("Hơn
    400 cán bộ dự hội nghị tập huấn cán bộ Mặt trận năm 2014")."""
    at = (title or "").casefold().find(" ".join(head.casefold().split()))
    if at < 0:
        return None
    return _NAMED_YEAR.search(re.split(r"[.:;]\s", title[at:], maxsplit=1)[0])


def _locality(s: str, organizers: list[Body], ctx: Locality | None) -> Locality | None:
    """Where it happened: "tại <unit>" in the sentence, else the organizer's unit, else the
    article's (central bodies have none)."""
    for m in re.finditer(r"(?i)\btại\s+", s):
        found = find_localities(s[m.end():])
        if found and found[0][0] == 0:
            return found[0][2]
    for b in organizers:
        if b.locality is not None:
            return b.locality
    if any("Trung ương" in b.name for b in organizers):
        return None
    return ctx


# -- attendance ---------------------------------------------------------------------------

def _count_re() -> re.Pattern:
    quals = "|".join(map(re.escape, _attendance("qualifier")))
    persons = "|".join(map(re.escape, sorted(_attendance("person"), key=len, reverse=True)))
    return re.compile(rf"(?<![\w/.,])(?:({quals})\s+)?(\d{{1,3}}(?:\.\d{{3}})*|\d+)\s+(?:{persons})(?!{_W})", re.I)


def attendance(s: str, event_sentence: bool) -> tuple[int, str] | None:
    """(count, qualifier) of the people present, stated in an attendance sentence; activity
    totals ("52 hội nghị … với hơn 4.900 người") and future counts are not attendance."""
    if is_future(s):
        return None
    verbs = _compiled(tuple(_attendance("verb")))
    if not (event_sentence or verbs.search(s) or _cue_re("anchor").search(s)):
        return None
    for m in _count_re().finditer(s):
        totals = re.search(rf"\d+\s+(?:cuộc\s+)?(?:{_heads_re().pattern})", s[:m.start()], re.I)
        if totals:
            return None
        qual = _attendance("qualifier").get((m.group(1) or "").lower(), "exact") or "exact"
        return int(m.group(2).replace(".", "")), qual
    return None


# -- directives and movements the event dealt with ----------------------------------------

# a document cited as the rule something follows, not as what the event was about: "theo đúng
# quy định của Luật Bầu cử", "căn cứ Nghị quyết …", "theo hướng dẫn của …"
# (a bare "theo" is not enough: "hướng dẫn triển khai công tác cứu trợ theo Nghị định 93" is content)
_REFERENCE = re.compile(r"(?i)(?<!\w)(?:căn cứ(?: vào)?(?:\s+(?:các\s+)?(?:quy định|hướng dẫn)(?:\s+của)?)?"
                        r"|theo(?:\s+đúng)?\s+(?:các\s+)?(?:quy định|hướng dẫn)(?:\s+của)?"
                        r"|theo\s+đúng)\s*$")


# a purpose before "triển khai" makes it the work's aim, not what the event passed on ("để
# triển khai tốt Chỉ thị 05"; but "Hội nghị nhằm quán triệt …" does pass it on)
# the words saying what a piece of work is for (implementations.py reads them too)
PURPOSE = r"(?:nhằm|để|góp phần|từ đó)"
_PURPOSE = re.compile(rf"(?i)(?<!\w){PURPOSE}(?:\s+(?:tiếp tục|sớm|cụ thể hóa và|kịp thời))?\s+$")
_AIM_CARRIED = re.compile(rf"(?i)(?<!\w)(?:{PURPOSE}|gắn với)\s+(?:[^\W\d_]+\s+){{0,2}}?(?:thực hiện|triển khai)(?!\w)")
DONE_WELL = re.compile(r"(?i)(?<!\w)(?:thực hiện|triển khai)\s+(?:tốt|thắng lợi|có hiệu quả|hiệu quả|nghiêm túc|thành công|"
                        r"đồng bộ)\s+(?:(?:các|những)\s+)?$")
# a list item: marked ("- ", "1. "), or counted in words ("Một là, Đề án …; Hai là, …")
_ITEM = re.compile(r"\s*(?:(?:[-+•*–]|\d{1,2}[.)])\s|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)(?:\s+\w+)?\s+là\s*,)")
_YEAR_IS_FOR = re.compile(r"(?i)(?<!\w)là năm(?!\s+\d)")
# a clause opening with the span of time the work took ("5 năm qua, MTTQ các cấp … đã quán
# triệt …", "Nhiệm kỳ 2013 - 2018, MTTQ xã … đã tuyên truyền …", "Trong quý I/2019, …"), or
# before it ("Trước đó, Đoàn Chủ tịch … đã thông qua Nghị quyết …"): work reported over that
# time, not what the event passed on
WORK_SPAN = (r"(?:trong\s+|qua\s+)?(?:(?:\d{1,2}|hai|ba|bốn|năm|mười)\s+năm\s+qua"
             r"|(?:thời gian|những năm|nhiệm kỳ|năm)\s+qua"
             r"|nhiệm kỳ\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}"
             r"|quý\s+(?:I{1,3}|IV|\d)(?:\s*[/-]\s*(?:19|20)\d{2})?"
             r"|(?:\d{1,2}|sáu|chín)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+(?:19|20)\d{2})?"
             r"|năm\s+(?:19|20)\d{2}|từ đầu năm(?:\s+(?:19|20)\d{2})?(?:\s+đến nay)?"
             r"|trước đó)")
WORK_PERIOD = re.compile(rf"(?i)(?:^\s*|[:;]\s*){WORK_SPAN}\s*,")


# "Thông qua hội nghị, …", "thông qua đó": "through" the event or the work, no document passed
_THROUGH = re.compile(r"(?i)\s+(?:các\s+)?(?:hội nghị|hội thảo|buổi|đợt|lớp|hoạt động|cuộc|đó|việc|mô hình|phong trào)(?!\w)")


def passed_on(s: str, mentions: list[Mention]) -> list[str]:
    """Documents disseminated, trained on, reviewed or discussed: a cue ("quán triệt",
    "triển khai", "nội dung", "dự thảo" …) before the mention; not a "Thực hiện X, …"
    sentence, not a document the sentence says was issued, and not one whose cue is said of
    the future ("sẽ quán triệt", "đề nghị … triển khai"): a future word after the cue is
    part of what was passed on ("quán triệt mục đích …; tiếp tục khẳng định … theo Chỉ thị 22")."""
    if not mentions:
        return []
    # "Thực hiện X, …": X is what the body acted on, not the event's; the event's are named
    # after a cue later in the sentence ("…, Đảng ủy … tổ chức hội nghị sơ kết 5 năm thực hiện Y")
    acting = re.match(r"(?i)\s*" + SOURCE_TAG + r"(?:[^,]*\d+\s*/\s*\d+[^,]*,\s*)?(?:để\s+)?"
                      r"(?:triển khai\s+)?thực hiện\b", s)
    opened = 0
    if acting:
        first = next((m for m in mentions if not m.nested), None)
        comma = s.find(",", first.end if first else acting.end())
        opened = len(s) if comma < 0 else comma
    cue = _compiled(_verbs("disseminate", "review", "draft"))
    issue = _compiled(_verbs("issue"))
    masked = s
    for m in mentions:
        masked = masked[:m.start] + " " * (m.end - m.start) + masked[m.end:]
    future = [f.start() for f in _cue_re("future").finditer(masked)]
    # "Hội nghị nhằm tiếp tục quán triệt Kết luận 14 …": the event's aim, said of the event itself,
    # is what it passed on (not "đề nghị các cấp tiếp tục quán triệt …")
    for aim in _EVENT_AIM.finditer(s):
        future = [f for f in future if not aim.start() <= f < aim.end()]
    out = []
    for m in mentions:
        if m.nested or m.start < opened:
            continue
        before = s[opened:m.start]
        # issued here ("… ban hành Kế hoạch số 12"), unless that heads a list ("… một số văn bản
        # mới ban hành: Kết luận số 198 …; Quy định số 377 …", passed on at the event)
        issued = issue.search(before[-15:])
        if (issued and ":" not in before[-15:][issued.end():]) or _REFERENCE.search(before):
            continue
        cues = [c for c in cue.finditer(before)
                if not (c.group().casefold() == "thông qua" and _THROUGH.match(before, c.end()))]
        said = [c.start() for c in cues]
        if cues and cues[-1].group().casefold() == "triển khai" \
                and _PURPOSE.search(before, max(0, cues[-1].start() - 30), cues[-1].start()):
            continue        # "… nhằm triển khai thực hiện tốt Kế hoạch …": what the work is for
        # "2026 … là năm đầu tiên triển khai Nghị quyết Đại hội …": what the year is for, not
        # what the event passed on
        year_of = [y.start() for y in _YEAR_IS_FOR.finditer(before)]
        if said and year_of and year_of[0] < said[-1]:
            continue
        # "… thảo luận, đóng góp ý kiến nhằm thực hiện thắng lợi Nghị quyết …", "… gắn với thực
        # hiện Chỉ thị 05": after the cue, the aim the work serves or the work it is tied to
        if said and _AIM_CARRIED.search(before, said[-1]):
            continue
        # "… 14 ý kiến xoay quanh những vấn đề …, Chỉ thị 19": what speakers raised, not what the
        # event passed on
        if said and _RAISED.search(before, said[-1]):
            continue
        # "… thực hiện tốt Quy chế dân chủ ở cơ sở": how well the work carried a document out,
        # reported, not a document the event passed on
        if DONE_WELL.search(before):
            continue
        if said and WORK_PERIOD.search(before, 0, said[-1]):
            continue
        # (a future word of an earlier item of the list is not this one's: "…, đề ra phương hướng
        # quý II; triển khai kế hoạch thực hiện Nghị quyết số 01")
        if said and not any(f < opened + said[-1] and ";" not in s[f:opened + said[-1]] for f in future):
            out.append(m.directive.key)
    return out


_RAISED = re.compile(r"(?i)(?<!\w)(?:xoay quanh|phản ánh|kiến nghị)(?!\w)")
# a sentence opening with the event as its subject and its aim ("Hội nghị nhằm tiếp tục …", "Lớp
# tập huấn lần này nhằm …", "Buổi sinh hoạt là dịp để …")
_EVENT_AIM = re.compile(r"(?i)(?:^|(?<=[.;:])\s)\s*(?:hội nghị|lớp (?:tập huấn|bồi dưỡng|học tập)|buổi (?:tập huấn|sinh hoạt|học tập)"
                        r"|đợt (?:sinh hoạt|học tập)|hội thảo|tọa đàm|toạ đàm)(?:\s+(?:lần này|này|trên))?"
                        r"\s+(?:cũng\s+)?(?:nhằm(?:\s+mục đích)?|để|là dịp(?:\s+để)?)\s+(?:tiếp tục\s+)?")


def _movements_in(s: str, movements: list[Movement]) -> list[str]:
    low = s.casefold()
    out = []
    for mv in movements:
        if any(n.casefold() in low for n in [mv.name, *mv.aliases]):
            out.append(mv.name)
    return out


# -- the articles' events -----------------------------------------------------------------

# (not "Ngày 15/3/2024, UBND tỉnh tổ chức hội nghị triển khai văn bản mới ban hành": an event's day)
_ISSUED_ON = re.compile(r"(?i)(?<!\w)(ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})\s*,?\s*"
                        r"(?:(?!tổ chức|diễn ra|khai mạc|họp|tiến hành)[^,.;:]){0,60}?(?<!\w)ban hành(?!\w)")


_DOCUMENT_DATE = re.compile(r"\s*(?:ban hành\s+)?ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
                            r"|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})")


def _dated_end(s: str, end: int) -> int:
    """Where a document's mention ends, with the whole date written right after its name."""
    m = _DOCUMENT_DATE.match(s, end)
    return m.end() if m else end


def extract_events(article: Article, sentences: list[Sentence], ctx: Locality | None,
                   directives: list[Directive], movements: list[Movement],
                   mentions: list[Mention] | None = None) -> list[Event]:
    """`mentions`: the documents the sentences name, read once for the article (find_mentions), so
    an event names each by the key the article's directives have."""
    if mentions is None:
        mentions = find_mentions(sentences, ctx)
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    # (a document's own date right after its name is the document's: "Thực hiện Luật Tổ chức chính
    # quyền địa phương ngày 19 tháng 6 năm 2015, …")
    masks = {i: [(m.start, _dated_end(sentences[i].norm, m.end)) for m in ms] for i, ms in by_sentence.items()}
    for i, sent in enumerate(sentences):
        # "Ngày 12/12/2013, Bộ Chính trị ban hành …": the day a document was issued, no event's
        masks.setdefault(i, []).extend((m.start(), m.end(1)) for m in _ISSUED_ON.finditer(sent.norm))
    dated = [find_dates(s.norm, masks.get(i, [])) for i, s in enumerate(sentences)]
    all_dates = [d for ds in dated for d in ds]
    all_dates += [d for s in sentences for d in spans(s.norm)]
    # the headline's anniversary span ("… KỶ NIỆM 95 NĂM … (18/11/1930 – 18/11/2025)") dates that day too
    all_dates += spans(canonical(article.title)) if article.title else []

    found: list[_Found] = []
    for i, sent in enumerate(sentences):
        if sent.caption:
            continue
        again = found and _ANOTHER.match(sent.norm) and _cue_re("organize").search(sent.norm)
        got = _reported(sent.norm, masks.get(i, []), _today(article.published), dated[i])
        if got is None and i and (day := _lone_date(sentences[i - 1].norm)) and not find_dates(sent.norm):
            # "Chiều ngày 29 tháng 4 năm 2022. Được sự đồng ý …, Chi bộ … tổ chức Đại hội …": a
            # day standing alone, stopped off, dates the sentence after it
            told = f"{day} {sent.norm}"
            shift = len(day) + 1
            got = _reported(told, [(a + shift, b + shift) for a, b in masks.get(i, [])], _today(article.published))
            if got is not None and not found:
                head, date, organizer = got
                found.append(_Found(i, head, _kind(told, head), date, organizer, text=told))
                continue
            got = None
        if got is None and again:
            # "Chiều cùng ngày, Ủy ban … tổ chức bàn giao nhà …": another event, that day
            org = _cue_re("organize").search(sent.norm)
            head = next((h for h in _heads_re().finditer(sent.norm, org.end())), None)
            if head is not None and not is_future(sent.norm, masks.get(i, [])):
                found.append(_Found(i, head, _kind(sent.norm, head), found[-1].date,
                                    _subject(sent.norm[:org.start()])))
            continue
        if got is None:
            continue
        head, date, organizer = got
        # another sentence on the same day (or undated) is the same event told again, unless
        # it says it is another ("Cũng trong chiều 4/8, … tổ chức …")
        # (a visit on another day is another visit: "Sáng 12/4, đồng chí A … đến thăm chùa X. Sáng nay
        # (13/4), đồng chí B … đến thăm, chúc mừng …")
        if found and not again and (date is None or found[0].date is None
                                    or (date.day, date.month) == (found[0].date.day, found[0].date.month)
                                    or not (re.search(r"(?i)tổ chức|diễn ra", sent.norm)
                                            or _kind(sent.norm, head) == "visit" == found[-1].kind)):
            continue
        # "Ngày 5/8, Đại hội … diễn ra phiên họp chính thức." … "Đại hội … diễn ra trong 2 ngày 4 - 5/8":
        # the same event, named alike, its days told again as a run holding the one told first
        same = next((k for k, g in enumerate(found) if g.date is not None and date is not None
                     and date.end_day and g.date.month == date.month and date.day <= g.date.day <= date.end_day
                     and event_name(g.text or sentences[g.sentence].norm, g.head).casefold()
                     == event_name(sent.norm, head).casefold()), None)
        if same is not None:
            found[same] = replace(found[same], date=date)
            continue
        # … or the other way round: a day of the run told first ("Trong 2 ngày 18-19/05/2020, … khai mạc
        # Đại hội …" … "Ngày 19/5, … đã tổ chức thành công Đại hội …")
        if any(g.date is not None and date is not None and g.date.end_day and g.date.month == date.month
               and g.date.day <= date.day <= g.date.end_day
               and event_name(g.text or sentences[g.sentence].norm, g.head).casefold()
               == event_name(sent.norm, head).casefold() for g in found):
            continue
        found.append(_Found(i, head, _kind(sent.norm, head), date, organizer))
    if not found:
        undated = _undated(sentences, masks) or _headline(article.title, sentences, masks) \
            or _attended(sentences, masks)
        if undated is not None:
            if undated.date is None:
                undated = replace(undated, date=_lead_date(sentences, masks))
            found.append(undated)

    events: list[Event] = []
    for n, f in enumerate(found):
        sent = sentences[f.sentence]
        s = f.text or sent.norm
        organizers = _split_organizers(f.organizer_text, ctx) if f.organizer_text else []
        if not organizers and (f.organizer_text is None and not re.search(r"(?i)diễn ra|chủ trì", s)):
            organizers = _title_organizer(article.title, ctx)
        date = end_date = None
        stop = found[n + 1].sentence if n + 1 < len(found) else len(sentences)
        if f.date is not None:
            y = _year(f.date, article.published, all_dates,
                      named_year(s, f.head, f.date.month) or _occasion_year(s, f.date)
                      or _named_again(sentences[f.sentence + 1:stop], event_name(s, f.head), f.date.month)
                      or _months_done_year(sentences[f.sentence:stop], f.date.month)
                      or _headline_year(article.title, f.head.group()))
            date = iso(f.date.day, f.date.month, y) if f.date.day else f"{y:04d}-{f.date.month:02d}"
            if f.date.end_day:
                end_date = iso(f.date.end_day, f.date.month, y)
            elif f.date.day and (days := _days_before(s, f.date)):
                # "Sau 2 ngày làm việc …, chiều 2/8 Đại hội … bế mạc": the day told is the last (with no
                # year known, counted back in a common year)
                first = Date(y or 2001, f.date.month, f.date.day) - timedelta(days=days - 1)
                date, end_date = iso(first.day, first.month, first.year if y else None), date
        # (a day with no year of its own is reported on a page whose date line is off: kept)
        if _after_publication(date, article.published) and f.date.year:
            continue        # "Đại hội … diễn ra trong 2 ngày (từ ngày 01 đến ngày 02/8/2023)" on a page of 24/7
        window = [j for j in range(f.sentence, stop) if not is_future(sentences[j].norm, masks.get(j, []))]
        count = None
        for j in window:
            if sentences[j].caption:
                continue
            count = attendance(sentences[j].norm, j == f.sentence)
            if count:
                break
        keys: list[str] = []
        moves: list[str] = []
        listing = False     # list items under "… quán triệt văn bản:" take its cue
        told = set(window)
        for j in range(f.sentence, stop):
            s_j = sentences[j].norm
            # (an item is marked, or is a line opening with the document: "Nghị quyết 59-NQ/TW về …")
            item = _ITEM.match(s_j) \
                or any(not m.nested and m.start <= 1 for m in by_sentence.get(j, []))
            if listing and item:
                for m in by_sentence.get(j, []):
                    if not m.nested and m.directive.key not in keys:
                        keys.append(m.directive.key)
                continue
            listing = j in told and s_j.rstrip().endswith(":") \
                and bool(_compiled(_verbs("disseminate", "review")).search(s_j))
            # future sentences too: passed_on reads the mood of each document's cue
            for k in passed_on(s_j, by_sentence.get(j, [])):
                if k not in keys:
                    keys.append(k)
            if j not in told:
                continue
            for mv in _movements_in(sentences[j].norm, movements):
                if mv not in moves:
                    moves.append(mv)
        name = event_name(s, f.head)
        if f.date is None:
            name = _title_name(article.title) or name
            # no day given, but the event's own name fixes its year ("Hội nghị tập huấn cán bộ
            # Mặt trận năm 2014")
            named = _NAMED_YEAR.search(name) or _NAMED_YEAR.search(s, f.head.start(), _own_clause_end(s, f.head)) \
                or _title_year(article.title, f.head.group()) or _year_named_again(sentences, f.head.group())
            date = named.group(1) if named else None
            # "Tổng kết công tác năm 2020, triển khai nhiệm vụ năm 2021" with no day: held late in
            # the one year or early in the next, which the name does not say
            if date and f"{int(date) + 1}" in {m.group(1) for m in _NAMED_YEAR.finditer(name)}:
                date = None
            # "lễ kỷ niệm 90 năm ngày truyền thống MTTQ Việt Nam 18/11/1930-18/11/2020": the year
            # the anniversary it celebrates closes
            closing = [d for d in spans(s) if d.start > f.head.start()] if date is None else []
            if closing:
                date = f"{closing[0].year:04d}"

        events.append(Event(
            id=f"e{n + 1}", kind=f.kind, name=name, date=date, end_date=end_date,
            organizers=organizers, locality=_locality(s, organizers, ctx),
            attendance=count[0] if count else None, attendance_qualifier=count[1] if count else None,
            directives=keys, movements=moves, evidence=Span(sent.start, sent.end)))
    return events


_JUST_DONE = re.compile(r"(?<!\w)(?:vừa|vừa qua đã|đã)\s+(?:đến\s+|tới\s+|về\s+)?")
# the clause before the verb opens with a person: "…, đồng chí Trần Văn Bình - Bí thư …"
_PERSON_LAST = re.compile(rf"(?:^|[,.;]\s*)(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|[Đđ]/c)\s+[{UPPER}][^,.;]*$")
_HELD = re.compile(r"(?i)(?<!\w)(?:đã|vừa)\s+tổ chức(?:\s+thành công)?(?!\w)")
_PAST = re.compile(r"(?i)(?<!\w)(?:đã|vừa|vừa qua|thành công|mới đây)(?!\w)")


@lru_cache(maxsize=None)
def _opening_role() -> re.Pattern:
    """A role phrase opening a sentence ("Phát biểu chỉ đạo …", "Chủ trì …")."""
    return re.compile("(?:" + "|".join(re.escape(r["phrase"]) for r in
                                      sorted(load("roles"), key=lambda r: -len(r["phrase"]))) + r")(?!\w)")


def _headline(title: str | None, sentences: list[Sentence], masks: dict) -> _Found | None:
    """An article that tells no event in its sentences, but whose headline (the title, or an
    opening line that is only a name) names one: that event, undated, told by the headline
    ("Đại hội đại biểu Hội Cựu chiến binh phường Phổ Văn", "Hội người cao tuổi Thị xã: Kỷ niệm 74
    năm …", "ĐẠI HỘI ĐẠI BIỂU MẶT TRẬN TỔ QUỐC VIỆT NAM 20 PHƯỜNG …"; lexicon event_cues, headline)."""
    lines = [(canonical(title), [])] if title else []
    if sentences and not sentences[0].caption and (not re.search(r"[.!?]\s*$", sentences[0].norm)
                                                   or sentences[0].norm.isupper()):
        lines.append((sentences[0].norm, masks.get(0, [])))
    for text, text_masks in lines:
        if is_future(text, text_masks):
            continue
        body = re.match(r"\s*[^:]{1,80}:\s*", text)
        start = body.end() if body and (is_body(body.group().rstrip(": ")) or _one_place(body.group().rstrip(": "))) else 0
        if not _cue_re("headline").match(text, start):
            continue
        # the text in its own case: a headline in capitals reads as a name
        named = text if not text[start:].isupper() else text[:start] + text[start:].capitalize()
        head = _heads_re().match(named, start)
        if head is not None:
            return _Found(0, head, _kind(named, head), None, None, text=named)
    return None


_ATTENDED = re.compile(r"(?i)\s*(?:về|tới|đến)?\s*(?:tham\s+)?dự\b[^.;:]{0,60}?\bcó\b")


def _attended(sentences: list[Sentence], masks: dict) -> _Found | None:
    """An article that names no event where it tells one, but says who attended ("Về tham dự có
    đồng chí …"): the event its first head names, anywhere (a photo's caption often names it:
    "Đoàn Chủ tịch điều hành Đại hội …"), undated; the sentence of the attendance is its own."""
    at = next((i for i, sent in enumerate(sentences) if not sent.caption and _ATTENDED.match(sent.norm)), None)
    if at is None:
        return None
    for i in sorted(range(len(sentences)), key=lambda j: not sentences[j].caption):
        sent = sentences[i]
        head = next((h for h in _heads_re().finditer(sent.norm)
                     if not any(a <= h.start() < b for a, b in masks.get(i, [])) and not _passes_on(h)
                     and not _DELEGATION_BEFORE.search(sent.norm, max(0, h.start() - 40), h.start())), None)
        if head is not None:
            return _Found(at, head, _kind(sent.norm, head), None, None, text=sent.norm)
    return None


# the lead opening on the day and time of what it reports: "Chiều ngày 4/12, tại nhà văn hóa …, Hội
# Cựu chiến binh … đã triển khai …", "Sáng ngày 14/3/2016, đồng chí … đã bàn giao …"
_LEAD_DAY = re.compile(r"(?i)\s*(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?$")


# where another clause of the sentence opens after an event's head: ", <Body or place> <verb>"
# ("Tại kỳ họp, HĐND huyện thông qua Nghị quyết … năm 2022": the year is the resolution's)
_NEXT_SUBJECT = re.compile(rf"[,;]\s*(?=[{UPPER}])")


def _own_clause_end(s: str, head: re.Match) -> int:
    m = _NEXT_SUBJECT.search(s, head.end())
    return m.start() if m else len(s)


def _lead_date(sentences: list[Sentence], masks: dict) -> _Date | None:
    """The day the article's lead opens on, when it tells a deed done that day (not one to come):
    the day of the one event the article then only refers back to ("Toàn cảnh hội nghị", "Tại
    hội nghị, …")."""
    i = next((k for k, sent in enumerate(sentences) if not sent.caption), None)
    if i is None:
        return None
    s = sentences[i].norm
    dates = find_dates(s, masks.get(i, []))
    # (after a paper's tag: "(Baothanhhoa.vn) - Chiều 17/9, …")
    tag = re.match(SOURCE_TAG, s, re.I).end()
    if not dates or not _LEAD_DAY.fullmatch(s, tag, dates[0].start) or is_future(s, masks.get(i, [])):
        return None
    return dates[0] if re.match(r"\s*,", s[dates[0].end:]) else None


_TOTAL = re.compile(r"(?<![\d.,])(?:[1-9]\d|\d{3,}|\d{1,3}(?:\.\d{3})+)\s+(?:cuộc|buổi|lớp|hội nghị|đợt|lượt)?\s*$")


_WISHED = re.compile(r"(?i)(?:chúc mừng|chào mừng)")
_EARLIER = re.compile(r"(?i)\s*(?:trước đó|trước đây)\s*,")
_LINE_OF_WORK = re.compile(r"(?i)(?<!\w)công tác\s+$")
_PLANNED_BY = re.compile(r"(?i)(?<!\w)(?:có|ban hành|xây dựng|gửi)\s+(?:(?:các|những)\s+)?(?:hướng dẫn|kế hoạch|văn bản)\s+$")


def _undated(sentences: list[Sentence], masks: dict) -> _Found | None:
    """An event the article reports without a date before it, in a sentence that is not about
    the future: referred back to ("Tại buổi giám sát", "Trong chuyến giám sát lần này"; its day
    when the clause tells one after its name: "Tại hội nghị … chiều 10/3/2022"); said to
    have been held ("… vừa tổ chức thành công Đại hội …", "Vừa qua, … đã tổ chức 02 lớp tập
    huấn …"); or attended ("Dự và chỉ đạo đại hội có …")."""
    for i, sent in enumerate(sentences):
        s = sent.norm
        if sent.caption:
            continue
        # what was said there may be a recommendation ("… phát biểu chỉ đạo đại hội, X đề nghị …")
        spoke = _opening_role().match(s.lower())
        if spoke:
            head = _heads_re().search(s, spoke.end())
            # ("Phát biểu chúc mừng, ông A …": what the speech did, no visit)
            if head and head.start() - spoke.end() <= 12 and not _WISHED.fullmatch(head.group()):
                # ("… tại Đại hội … khai mạc vào sáng nay 28/8, ông A đề nghị …": the day its
                # clause says it opened)
                told = next((d for d in find_dates(s, masks.get(i, [])) if d.start > head.end()
                             and _TIME_CUE.search(s, 0, d.start) and _cue_re("happen").search(s, head.end(), d.start)), None)
                return _Found(i, head, _kind(s, head), told, None)
        # (a clause after "… vừa tổ chức thành công Đại hội …" tells what it did: "… và đề ra
        # phương hướng nhiệm vụ nhiệm kỳ 2021 – 2026" is no plan of a later event)
        # ("Vừa qua, Hội LHPN tỉnh tổ chức Hội nghị tổng kết …, đề ra phương hướng …": so too after a
        # sentence opening told done)
        held = _HELD.search(s) or (_cue_re("organize").search(s) if _PAST_OPENING.match(s) else None)
        if is_future(s if held is None else s[:held.start()], masks.get(i, [])):
            continue
        # "Trước đó, Ủy ban MTTQ tỉnh đã trao tặng …": an earlier event the article looks back on
        if _EARLIER.match(s):
            continue
        a = _cue_re("anchor").search(s)
        if a:
            head = _heads_re().search(s, a.start())
            if head and head.start() < a.end():
                # "Tại hội nghị … chiều 10/3/2022, …": the day its clause tells
                told = next((d for d in find_dates(s, masks.get(i, [])) if d.start > head.end()
                             and not re.search(r"[,;.:]", s[head.end():d.start])
                             and _TIME_CUE.search(s, 0, d.start)), None)
                # ("Tại Hội nghị tập huấn do Ủy ban MTTQ tỉnh tổ chức, …": who held it)
                return _Found(i, head, _kind(s, head), told, _held_by(s, head))
        # the head is the verb, said done by the body before it ("Ủy ban MTTQ huyện Ninh Giang vừa
        # tổng kết 20 năm …", "Ủy ban … tỉnh Long An vừa họp mặt cán bộ …")
        done = _JUST_DONE.search(s)
        if done:
            head = _heads_re().match(s, done.end())
            # ("… đã triển khai đến 13 tổ dân phố": passing something on is no event by itself)
            if head and _passes_on(head):
                head = None
            subject = _subject(s[:done.start()]) if head else None
            if subject:
                return _Found(i, head, _kind(s, head), None, subject)
            # "…, đồng chí Trần Văn Bình - Bí thư Huyện ủy đã đến thăm, tặng quà …": a leader's
            # visit, no body its organizer
            if head and _kind(s, head) == "visit" and _PERSON_LAST.search(s[:done.start()]):
                return _Found(i, head, "visit", None, None)
        org = _cue_re("organize").search(s)
        # said to have been held ("… vừa tổ chức thành công Đại hội …"), or the lead told in the
        # present ("Huyện Đoàn Mai Châu tổ chức Đại hội đại biểu … lần thứ XXIV")
        # ("… đã có hướng dẫn tổ chức Ngày hội …": a guidance or plan for an event, not one held)
        # ("… công tác tổ chức đại hội … các cấp": organising as a line of work, no event held)
        if org and (_PAST.search(s, 0, org.end() + 12) or i == 0) and not _PLANNED_BY.search(s, 0, org.start()) \
                and not _LINE_OF_WORK.search(s, 0, org.start()):
            head = next((h for h in _heads_re().finditer(s, org.end())
                         if not any(x <= h.start() < y for x, y in masks.get(i, []))), None)
            # ("… đã tiến hành 185 cuộc giám sát": a total of the period, no event)
            if head is not None and head.start() - org.end() <= 12 and not _TOTAL.search(s, org.end(), head.start()):
                return _Found(i, head, _kind(s, head), None, _subject(s[:org.start()]))
        attend = _compiled(tuple(_attendance("verb"))).match(s)
        if attend:
            head = _heads_re().search(s, attend.end())
            if head and head.start() - attend.end() <= 12:
                return _Found(i, head, _kind(s, head), None, None)
    return None
