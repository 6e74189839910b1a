"""People, their posts and the roles the verbs near them give.

A person is found three ways: after an honorific ("ông", "đồng chí", "Đ/c"), as the next
entry of a list ("; Huỳnh Thị Hồng Hạnh, HUV- Bí thư …"), or after a title and body
("Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Nam Lê Thái Bình chủ trì"). After a name
comes a chain of titles, each with its body ("Hà Việt Phong- UVTV, Trưởng ban Tuyên giáo
Thị ủy,Giám đốc Trung tâm …"). Vocabulary: titles, roles, chain_stops, honorifics,
family_names, party_committees (data/lexicons)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..facts import Body, Locality, PersonMention, PostHolding, Sentence, Span
from ..lexicon import column, load, unit_level
from ..text import canonical, strip_tones
from .bodies import expand, is_body, is_event, lowercase_head, parse_body
from .context import (UPPER, _LEVEL_RANK, _official, family_names, opens_a_name, place_name, _provinces, _type_words,
                      resolve_bare, _type_words_longest_first)

# between a name and its title, or two titles: "A, Chủ tịch …", "A - Chủ tịch …", "A (Chủ tịch …)"
# "/": "Chủ tịch HĐND/Chủ tịch …"; two typed in a row: "ông Đỗ Ngọc An –, Phó Chủ tịch …"
_SEP = re.compile(r"\s*(?:[,\-–—(/]\s*){0,2}(?:(?:[kK]iêm|và)\s+)?")


@dataclass
class _Hit:
    name: str
    start: int                 # of the name in the sentence
    end: int                   # of the name
    chain_end: int             # end of its titles and bodies
    titles: list[tuple[dict, str]] = field(default_factory=list)   # (title row, body phrase)
    heading: bool = False      # the titles are a list heading's ("Các Phó Chủ tịch gồm: …")
    aside: bool = False        # the titles are in parentheses after the name ("A (Chủ tịch …)")
    lead: int = -1             # where titles written before the name start
    listed: int = -1           # where the plural honorific opening its list is ("các đồng chí A, B, C")
    candidate: bool = False    # listed under a heading of candidates ("các ứng cử viên … gồm: …")


# ---------------------------------------------------------------- lexicons

@lru_cache(maxsize=None)
def _title_forms() -> tuple[tuple[str, dict, bool], ...]:
    """(form, row, is_abbreviation), longest first."""
    forms = []
    for row in load("titles"):
        forms.append((row["title"], row, False))
        for ab in row.get("abbreviations", "").split("|"):
            if ab:
                forms.append((ab, row, True))
    return tuple(sorted(forms, key=lambda f: len(f[0]), reverse=True))


@lru_cache(maxsize=None)
def _title_forms_by_start() -> dict[str, tuple]:
    """The title forms grouped by their first letter, case-folded (most positions start none)."""
    out: dict[str, list] = {}
    for f in _title_forms():
        out.setdefault(f[0][:1].casefold(), []).append(f)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def _title_start_res() -> tuple[re.Pattern, re.Pattern]:
    """Where a title form may start: full forms in the case-folded text, abbreviations as written."""
    def starts(forms) -> re.Pattern:
        return re.compile(r"(?<!\w)(?=" + "|".join(map(re.escape, sorted(set(forms), key=len, reverse=True))) + ")")
    forms = _title_forms()
    return starts(f.casefold() for f, _row, abbr in forms if not abbr), starts(f for f, _row, abbr in forms if abbr)


def _title_starts(text: str) -> list[int]:
    """The word starts at which title_at may find a title (one pass of two patterns; most words
    start none)."""
    full, abbreviated = _title_start_res()
    return sorted({m.start() for m in full.finditer(_fold(text))} | {m.start() for m in abbreviated.finditer(text)})


@lru_cache(maxsize=None)
def _capital_titles() -> frozenset[str]:
    """Title abbreviations written in capitals as one word ("PCT", "HUV")."""
    return frozenset(f for f, _row, abbr in _title_forms() if abbr and f.isupper() and f.isalpha())


_CAPITAL_WORD = re.compile(r"[A-ZĐ]{2,6}(?![^\W_])")


def _capital_title_at(text: str, pos: int) -> bool:
    m = _CAPITAL_WORD.match(text, pos)
    return m is not None and m.group() in _capital_titles()


@lru_cache(maxsize=256)
def _fold(text: str) -> str:
    return text.casefold()


@lru_cache(maxsize=None)
def _body_abbreviations() -> re.Pattern:
    forms = sorted((a for a in column("abbreviations", "abbreviation") if a.isupper() and a.isalpha()),
                   key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, forms)) + r")(?![^\W_])")


def _glued_body(text: str, pos: int) -> bool:
    return _body_abbreviations().match(text, pos) is not None


_AFTER_BAN = re.compile(r"(?i)(?<!\w)ban\s+$")
_WORK_OF = re.compile(r"(?i)(?<!\w)công tác\s+$")


def title_at(text: str, pos: int) -> tuple[dict, int] | None:
    """The title starting at `pos` and where it ends. Full titles match in any case,
    abbreviations ("HUV", "CT.") only as written."""
    if pos >= len(text):
        return None
    # ("quyết định về công tác cán bộ …": the work of personnel, no one's title)
    if text[pos].islower() and _WORK_OF.search(text, max(0, pos - 10), pos):
        return None
    low = _fold(text)
    for form, row, abbr in _title_forms_by_start().get(low[pos], ()):
        end = pos + len(form)
        # "CTUBND", "PBTĐU": an abbreviated title glued to its body's abbreviation
        # ("LĐ-TB&XH": "TB" is part of the ministry's abbreviation, not Trưởng ban)
        if end > len(text) or (end < len(text) and (text[end].isalpha() or text[end] == "&")
                                and not (abbr and form.isupper() and _glued_body(text, end))):
            continue
        # (a member's title opening an abbreviation may be typed in lower case: "ủy viên BTV";
        # not "đại biểu HĐND", said of deputies, which the annotated pages take for no post)
        if (text[pos:end] == form or (form.startswith("Ủy viên ") and text[pos + 1:end] == form[1:]
                                      and text[pos] == "ủ")) \
                if abbr else (low[pos:end] == form.casefold()):
            if abbr and _AFTER_BAN.search(text, max(0, pos - 6), pos):
                continue        # "Ban Thường vụ Huyện ủy", "Ban TV": the body, not a member's title
            if abbr and form.isupper() and text[end:end + 1] == "." and text[end + 1:end + 2] in (" ", ""):
                return row, end + 1         # "PCT. Hội phụ nữ huyện": the initials' dot
            return row, end
    return None


@lru_cache(maxsize=None)
def _roles() -> tuple[tuple[str, str, str], ...]:
    rows = load("roles")
    return tuple(sorted(((r["phrase"], r["role"], r["where"]) for r in rows),
                        key=lambda r: len(r[0]), reverse=True))


@lru_cache(maxsize=None)
def _role_re() -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    """One pattern for every role phrase (longest first wins), and phrase -> (role, where)."""
    by_phrase: dict[str, tuple[str, str]] = {}
    for phrase, role, where in _roles():
        by_phrase.setdefault(phrase, (role, where))
    # "dự" attends, but not as the first syllable of another word ("trình bày dự kiến", "dự thảo")
    not_attending = _NOT_ATTENDING
    # … nor as the second ("Đại hội vinh dự được đón nhận lẵng hoa …": honoured, not attending)
    second = r"(?<!vinh\s)(?<!can\s)"
    alts = "|".join((second if ph == "dự" else "") + re.escape(ph)
                    + (not_attending if ph == "dự" or ph.endswith(" dự") else "") for ph in by_phrase)
    # a verb right after "lễ" or "buổi" names the event ("Dự lễ công bố có …"), no one's act
    return re.compile(rf"(?<![^\W_])(?<!lễ\s)(?<!buổi\s)(?:{alts})(?![^\W_])"), by_phrase


@lru_cache(maxsize=None)
def _stops() -> tuple[tuple[str, bool], ...]:
    rows = [(r["word"], r.get("continue") == "yes") for r in load("chain_stops")]
    rows += [(p, False) for p, _r, _w in _roles()]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


@lru_cache(maxsize=None)
def _committee_units() -> dict[str, str]:
    """A Party committee's head word -> the unit type its name follows ("thành ủy" -> "thành
    phố": "Thành ủy Quảng Ngãi")."""
    return {r["committee"].casefold(): r["type_word"] for r in load("party_committees")
            if r["committee"] != "Đảng ủy"}


@lru_cache(maxsize=None)
def _continues_re() -> re.Pattern:
    alts = "|".join(re.escape(w) for w, goes_on in _stops() if goes_on)
    return re.compile(rf"\s*(?i:{alts})\s+")


def _alts(words) -> str:
    # ("GS.TS" also typed "GS. TS", "PGS. TS.")
    # (and its words apart by any run of spaces: "đồng  chí")
    return "|".join(re.escape(h).replace(r"\.", r"\.\s?").replace(r"\ ", r"\s+") for h in
                    sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def honorific_alts() -> str:
    return _alts(r["honorific"] for r in load("honorifics") if not r.get("as written"))


@lru_cache(maxsize=None)
def _as_written_alts() -> str:
    """Words that introduce a name only in the case written, not after "Hội" ("cựu chiến binh")."""
    rows = [r for r in load("honorifics") if r.get("as written")]
    # ("titled": only before a name its titles follow, "đại biểu Trần Hữu Thế, Ủy viên …", not
    # "đại biểu Đoàn Thanh niên xã")
    titled = rf"(?=\s+(?:[{UPPER}][^\W\d_]*\s+){{1,4}}?[{UPPER}][^\W\d_]*\s*[,–-])"
    return r"(?<![Hh]ội\s)(?:" + _alts(r["honorific"] for r in rows if r["as written"] == "yes") \
        + "|(?:" + _alts(r["honorific"] for r in rows if r["as written"] == "titled") + ")" + titled + ")"


@lru_cache(maxsize=None)
def _honorific_re() -> re.Pattern:
    # (typed glued to the name it introduces: "có ôngĐặng Quốc Bảo"; typed twice or two of them:
    # "ông Ông Nguyễn Xuân Lam", "Ông Bà Nguyễn Thị Vững", "Đồng chí Đại tá Lê Văn Tam"; both
    # sexes of a list: "các ông, bà Hoàng Giang, Trần Huy Tuấn …")
    alts = honorific_alts()
    # (or glued after a dot: "PGS.TS.NGƯT Trần Quang Quý")
    return re.compile(rf"(?<!\w)(?:(?i:{alts})|{_as_written_alts()})(?:(?:\s*,?\s+|(?<=\.))(?i:{alts})(?=\s))*"
                      rf"(?:\s*:?\s+|(?<![{UPPER}\s])(?=[{UPPER}]))")


# after a unit's type word and a capitalised word: the honorific's word is one of the place's
# name ("phường Hai Bà Trưng"); so is a one-word honorific right after it ("tỉnh Bà Rịa-Vũng Tàu",
# "huyện Anh Sơn"; not "… UBND xã Đồng chí Lê Đại Hiệp")
_IN_A_NAME = re.compile(rf"(?<!\w)(?:phường|xã|quận|huyện|thị xã|thị trấn|thành phố|tỉnh)[ \t]+"
                        rf"(?:[{UPPER}][^\W\d_]*[ \t]+){{1,2}}$")
_ASSOCIATION_BEFORE = re.compile(r"(?<![Đđ]ại )(?<!\w)Hội[ \t]+$")    # (not "… đại hội đồng chí A")
_UNIT_WORD_BEFORE = re.compile(r"(?<!\w)(?:phường|xã|quận|huyện|thị xã|thị trấn|thành phố|tỉnh)[ \t]+$")


@lru_cache(maxsize=None)
def _joint_re() -> re.Pattern:
    """What joins two people of one list: "và", "cùng (với)" or ";", maybe the next one's
    honorific ("đồng chí A – … cùng đồng chí B – … chủ trì hội nghị")."""
    return re.compile(r"\s*(?:,?\s*và|,?\s*cùng(?:\s+với)?|;)\s*(?:" + _honorific_re().pattern + r")?")


@lru_cache(maxsize=None)
def _honorific_end_re() -> re.Pattern:
    """An honorific that ends a phrase ("… Huế – bà")."""
    return re.compile(rf"(?<!\w)(?i:{honorific_alts()})$")


@lru_cache(maxsize=None)
def _party() -> dict[str, dict]:
    return {r["type_word"]: r for r in load("party_committees")}


def _phrase_at(low: str, pos: int, phrase: str) -> bool:
    end = pos + len(phrase)
    return low.startswith(phrase, pos) and (end >= len(low) or not low[end].isalnum())


@lru_cache(maxsize=None)
def _title_abbrevs() -> tuple[re.Pattern, dict[str, str]]:
    """Abbreviations that stand for a title and its body ("TBDV" -> "Trưởng ban Dân vận")."""
    # (a title's own spellings too: "TVTU" is "Thường vụ Tỉnh ủy", a title and its body)
    titles = [t.casefold() for r in load("titles")
              for t in [r["title"], *filter(None, (r.get("abbreviations") or "").split("|"))]]
    full: dict[str, str] = {}
    for r in load("abbreviations"):
        if any(r["expansion"].casefold().startswith(t + " ") for t in titles):
            full.setdefault(r["abbreviation"], r["expansion"])
    # one pass over the sentence for all of them (a pattern each cost 2% of extraction)
    alts = "|".join(map(re.escape, sorted(full, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)"), full


def _spell_out(text: str) -> str:
    pat, full = _title_abbrevs()
    return pat.sub(lambda m: full[m.group()], text) if full else text


# ---------------------------------------------------------------- names

# "H'Luyện Niê", "Y’ Dec Hđơk", "Y Dec H’đơk": Ê Đê names; "Khăm-muôn Chăn-vi-súc": Lao names
# written by syllable
_WORD = re.compile(rf"[{UPPER}]\w*(?:-(?![{UPPER}])[^\W\d_]+)*(?:['’]\w*)?")


@lru_cache(maxsize=None)
def _shouted_verbs() -> tuple[str, ...]:
    return tuple(p.casefold() for p in column("roles", "phrase") if " " in p)


def _stops_name(text: str, pos: int) -> bool:
    """A title, body or unit word starts here, so the name has ended (a unit word only before
    its place's name: "Nguyễn Huỳnh Huyện-Phó Trưởng ban …" ends in the syllable)."""
    if title_at(text, pos):
        return True
    low = _fold(text)
    # a line in capitals runs a place's name into its verb ("PHƯỜNG CẦU ÔNG LÃNH QUÁN TRIỆT …"): a
    # role's words end a name there
    if text[pos:pos + 2].isupper() and any(_phrase_at(low, pos, w) for w in _shouted_verbs()):
        return True
    # (a body word names a body only when its name follows: "Hà Ban, Ủy viên …", "Nguyễn Thị Hội -
    # Chủ tịch …" end in the syllable)
    return any(_phrase_at(low, pos, w) and _BODY_NAME_AFTER.match(text, pos + len(w))
               for w in ("ủy ban", "ban", "hội", "trung tâm", "đảng ủy",
                         "huyện ủy", "tỉnh ủy", "thị ủy", "thành ủy", "quận ủy")) \
        or any(_phrase_at(low, pos, w) and _PLACE_NAME_AFTER.match(text, pos + len(w)) for w in _type_words())


# what follows a unit word that names a place ("Quận 1", "Huyện Đông Anh"); a syllable that
# ends a name is followed by its title or a dash ("Trần Đức Quận - Phó Bí thư …")
_PLACE_NAME_AFTER = re.compile(rf"[ \t\u00a0]+[{UPPER}\d]")


_BODY_NAME_AFTER = re.compile(r"[ \t\u00a0]+\w|[ \t\u00a0]*$")


_LOWER_MIDDLE = re.compile(rf"(?:văn|thị)(?=[ \t\u00a0]+[{UPPER}])")


@lru_cache(maxsize=None)
def _title_openers() -> frozenset[str]:
    """The first syllables of titles ("phó", "chủ", "bí"…), which a name's syllable never joins."""
    return frozenset(t.split()[0].casefold() for t in column("titles", "title") if t.strip())


_INITIALLED = re.compile(rf"[{UPPER}]['’][{UPPER}][^\W\d_{UPPER}]+")
_JOINED_SYLLABLE = re.compile(rf"-([{UPPER}][^\W\d_]+)(?![\w-])")


# what follows a name that ends a list item or starts its titles ("… Thanh Bình - Phó Bí thư")
# (or a count of them: "cử bổ sung hai đồng chí A và B", "03 đồng chí A, B và C")
_CAC_BEFORE = re.compile(r"(?i)(?<!\w)(?:các|hai|ba|bốn|0?[2-9]|1\d)\s+$")
_AFTER_NAME = re.compile(r"[ \t\u00a0]*(?:[-–,(]|$)")
_BETWEEN_WORDS = re.compile(r"[ \t\u00a0]+")
_APOSTROPHE_OR_HYPHEN = re.compile("['’-]")


def take_name(text: str, pos: int) -> tuple[str, int] | None:
    """2-4 capitalised syllables from `pos` (5 when a dash, comma or parenthesis follows the
    fifth: "Trương Nữ Hoàng Thanh Bình - Phó Bí thư …"): the name as written and where it ends."""
    words, end, p = [], pos, pos
    while len(words) < 4 or (len(words) == 4 and (w := _WORD.match(text, p)) and _AFTER_NAME.match(text, w.end())):
        # "Trần văn Quân": a middle name typed in lower case, between capitalised syllables
        m = _WORD.match(text, p) or (_LOWER_MIDDLE.match(text, p) if words else None)
        if not m or not _APOSTROPHE_OR_HYPHEN.sub("", m.group()).isalpha() or (words and _stops_name(text, p)):
            break
        if not words and _stops_name(text, p):
            return None
        word, end = m.group(), m.end()
        # "Đoàn Văn Chì-phó Giám đốc Sở …": a title typed in lower case after a hyphen, which the
        # syllable would otherwise take in
        cut = next((h for h in range(1, len(word)) if word[h] == "-" and word[h + 1:h + 2].islower()
                    and (t := title_at(text, m.start() + h + 1)) and t[1] > end), None)
        if cut is not None:
            word, end = word[:cut], m.start() + cut
        # "Sổm Phon-Si U Đôm Phăn": a Lao name's syllables joined with a capital after the hyphen,
        # where no title follows it ("Chea Thao Rith-Phó Tỉnh trưởng …", "A-UBND")
        while (joined := _JOINED_SYLLABLE.match(text, end)) and joined.group(1)[1:].islower() \
                    and joined.group(1).casefold() not in _title_openers() and not _stops_name(text, end + 1):
            word, end = word + joined.group(), joined.end()
        words.append(word)
        nxt = _BETWEEN_WORDS.match(text, end)
        if not nxt:
            break
        p = nxt.end()
    # "K'Dung", "K’Thanh": a K'Ho or Mạ name of one syllable after its initial
    if len(words) < 2 and not (words and _INITIALLED.fullmatch(words[0])):
        return None
    # "đồng chí Phó Trưởng trạm Thủy nông": the first syllables of a title the lexicon lacks, no name
    if all(w.casefold() in _title_openers() for w in words):
        return None
    # "các đồng chí BCH Tỉnh hội": an abbreviation the lexicon lacks opens a body, no name (a name
    # typed in capitals is capitals throughout)
    # ("H’ Xuân", "K' Thanh": an initial with its apostrophe is a name's)
    if sum(c.isalpha() for c in words[0]) > 1 and words[0].isupper() and not all(w.isupper() for w in words):
        return None
    return " ".join(words), end


# ---------------------------------------------------------------- chains

_DASH_AFTER = re.compile(r"\s*[-–]\s*")
_BARE_NAME = re.compile(r"(?:[;:,]\s*|(?<![^\W_])(?:có|do|và|cùng|gồm)\s+)(?=[^\W\d_])")
_TERM = re.compile(r"(?:khóa|khoá|nhiệm kỳ|nhiệm kì)\s+(?:[IVXLC]+\b|\d{4}\s*[-–]\s*\d{4})")
# The election's verb phrase, from its parts:
# [tiếp tục] được [Đại hội|Hội nghị|Ban Chấp hành|Ban Thường vụ] [tín nhiệm [được]] <verb> [bổ sung] [<hold>]
# where <verb> is bầu, cử, hiệp thương (cử), bổ nhiệm, phân công, chỉ định, đề cử, (bầu) tái (đắc) cử,
# đắc cử; and <hold> is "giữ chức (vụ|danh) (là)", "làm", "là", "đảm nhiệm (chức vụ)", "(giữ) chức
# danh". Without "được" only "(tiếp tục) tái cử / đắc cử …" and "<hold>" alone ("ông X giữ chức
# Chủ tịch …") read as one. "được tín nhiệm giữ chức …" has no verb; "bầu Bí thư …" no <hold>;
# "(giữ) chức danh" holds only after a verb.
# (a photo's caption in parentheses may stand between the name and the verb: "Ông A (áo trắng)
# được bầu …")
_BY_WHOM = r"(?:(?:Ban Chấp hành|Ban Thường vụ|Đại hội|Hội nghị)\s+)"
_TRUSTED = r"(?:tín nhiệm\s+(?:được\s+)?)"
_RE_ELECTED = r"(?:(?:bầu\s+)?tái\s+(?:đắc\s+)?cử|đắc\s+cử|trúng\s+cử)"
# ("suy cử": chosen by acclaim, as a religious body's head is; "suy tôn": an honorary post)
_ELECT_VERB = rf"(?:{_RE_ELECTED}|hiệp thương(?:\s+(?:cử|bầu))?|suy cử|suy tôn|cử|bầu(?:\s+lại)?|bổ nhiệm|phân công|chỉ định|đề cử)(?:\s+bổ sung)?"
_HOLD = r"(?:giữ chức(?: vụ| danh)?(?:\s+là)?|làm|là|đảm nhiệm(?: chức(?: vụ)?)?)"
# (after a verb: "được bầu vào chức danh Chủ tịch …")
_HOLD_AFTER = rf"(?:{_HOLD}|(?:giữ\s+|vào\s+)?chức(?: danh| vụ)?)"
# (who voted may be told at length when the post is held after the verb: "được 100% đại biểu tín
# nhiệm bầu giữ chức …", "được các ủy viên biểu quyết thống nhất 100% cử giữ chức …")
_VOTERS = r"[^\W\d_][^,.;:()]{0,60}?\s+"
_ELECTED = re.compile(rf"(?:\s*\([^()]{{0,80}}\))?(?:\s*[–,-])?\s+(?:(?:tiếp tục|đã)\s+)?"
                      rf"(?:được\s+{_BY_WHOM}?(?:{_TRUSTED}?{_ELECT_VERB}(?:\s+{_HOLD_AFTER})?|{_TRUSTED}{_HOLD})"
                      rf"|được\s+\d+\s*%\s+{_VOTERS}{_TRUSTED}?{_ELECT_VERB}\s+{_HOLD_AFTER}"
                      rf"|được\s+{_VOTERS}(?:biểu quyết\s+)?(?:thống nhất\s+)?(?:\d+\s*%\s+)?{_TRUSTED}?{_ELECT_VERB}\s+{_HOLD_AFTER}"
                      rf"|(?:{_TRUSTED}|được\s+{_TRUSTED})?{_RE_ELECTED}(?:\s+{_HOLD_AFTER})?|{_HOLD})\s+(?:tân\s+)?")


_ELECTED_IN = re.compile(r"(?<!\w)(?:giữ chức|tái cử|tái đắc cử|đắc cử|được bầu|được hiệp thương)(?!\w)")
_FORMER = re.compile(r"(?i)nguyên\s+")
_OLD_UNIT = re.compile(r"\s*\(\s*cũ\s*\)")
_OF_CONGRESS = "@congress"      # a title elected with no body named (see PostHolding.of_congress)
_GLOSS = re.compile(r"\s*\(\s*[A-ZĐ]{2,8}(?:\s+[A-ZĐ]{1,8}){0,3}\s*\)")
_INNER_GLOSS = re.compile(rf"\(\s*[A-ZĐ]{{2,8}}(?:\s+[A-ZĐ]{{1,8}}){{0,3}}\s*\)\s+(?=[{UPPER}])")


_ELECTED_BY_TERM = frozenset(("Quốc hội",))


def _named_body(row: dict) -> bool:
    """The title is of one body the lexicon names ("Đại biểu Quốc hội": Quốc hội)."""
    return row.get("body", "")[:1] not in ("", "@", "-")


def _chain(text: str, pos: int) -> tuple[list[tuple[dict, str]], int]:
    """Titles and their body phrases from `pos` (just after a name); and where they end."""
    titles: list[tuple[dict, str]] = []
    p = pos
    # "ông A (45 tuổi) – Ủy viên …", "đồng chí B (sinh năm 1981), Phó Bí thư …", "ông C, 48 tuổi,
    # Phó Bí thư …": the person's age or birth year is an aside before the posts
    aside = _AGE_ASIDE.match(text, p)
    if aside:
        p = aside.end()
    first = True
    # "bà X được hiệp thương cử giữ chức Phó Chủ tịch …", "ông X giữ chức Chủ tịch …"
    elected = _ELECTED.match(text, p) if title_at(text, p) is None else None
    elected_after = None
    if elected and title_at(text, elected.end()):
        p = elected.end() - 1
    shared_former = chain_former = False
    while True:
        m = _SEP.match(text, p)
        q = m.end()
        if not first and q == p and (semi := _SEMI_TITLE.match(text, p)) and _own_title_after(text, semi.end()):
            q = semi.end()      # "ông X, Huyện ủy viên; Phó Chủ tịch HĐND huyện chủ trì": one chain
        if not first and q == p:
            break
        # "Đồng chí A và Phó Chủ tịch – Tổng Thư ký Hầu A Lềnh trao …": titles after "và" whose
        # body runs into (or is) a name are that person's
        if re.search(r"(?<!\w)và\s+$", m.group()) and _titles_of_next_name(text, q):
            break
        # "nguyên Phó Giám đốc Sở Nội vụ": a former post is read past but is no post now
        former = _FORMER.match(text, q)
        if former and title_at(text, former.end()):
            q = former.end()
        hit = title_at(text, q)
        if not hit:
            break
        row, t_end = hit
        body_end = _body_end(text, t_end)
        body = _GLOSS.sub("", text[t_end:body_end]).strip(" .,-–")
        if re.fullmatch(r"[IVXLC]+", body):
            body = ""           # "… tái cử làm Bí thư XXI, nhiệm kỳ …": the term's number, no body
        if not first and _closes_with_name(body):
            # "Đại tá A - Chỉ huy trưởng …, Bí thư Thành ủy Hà Tĩnh Dương Tất Thắng cùng …": the
            # title the next name closes is that person's (_title_first), not A's
            break
        # "… được cử giữ chức Chủ tịch," of what it does not say (a Party post says: the committee
        # of the unit, "ông X đảm nhiệm Phó Bí thư Thường trực")
        old_unit = _OLD_UNIT.match(text, body_end)
        # ("nguyên Phó Chủ tịch – Tổng Thư ký Ủy ban …": a former title sharing the next one's body
        # makes that one former too)
        # (and so does "nguyên" before the first of a name's titles for those after it, but for an
        # association's post, which the retired hold: "ông A - nguyên Bí thư Đảng ủy, Chủ tịch HĐND
        # phường Nhật Tân đã nghỉ hưu"; "nguyên Phó Chủ tịch UBND tỉnh, Chủ tịch Hội Cựu chiến binh")
        former = former or shared_former or (chain_former and not _RETIREES_HOLD.match(body))
        shared_former = bool(former) and not body
        if first:
            chain_former = bool(former)
        if former or old_unit:
            pass        # ("Chủ tịch Hội LHPN phường Bình Trị (cũ)": of a unit merged away, a post no more)
        elif elected and (first or (elected_after and _VOTED_IN.search(elected.group()))) \
                and not body and not row.get("body", "").startswith("@party"):
            # elected at the congress: its body's (extract.py); "… do ông X làm Trưởng đoàn": of
            # what it does not say; so too after the posts held ("ông X, Ủy viên Ban Thường vụ
            # Thành ủy, giữ chức Phó Chủ tịch Thường trực")
            if _VOTED_IN.search(elected.group()):
                titles.append((row, _OF_CONGRESS))
        else:
            titles.append((row, body))
        p = old_unit.end() if old_unit else body_end
        # "Ủy viên Ban Thường vụ (UVBTV), Trưởng Ban …": an abbreviation glossing the title
        gloss = _GLOSS.match(text, p)
        if gloss:
            p = gloss.end()
        # "… Ủy ban MTTQ Việt Nam xã khóa XXI trình bày": the term goes with the post, not the name
        term = re.match(r"\s*" + _TERM.pattern, text[p:])
        if term:
            p += term.end()
            # "Đại biểu Quốc hội khóa XV": a deputy of the assembly elected for that term (as the
            # gold writes it; not "Tổng Bí thư khóa XIII", of the Central Committee as such)
            if titles and titles[-1][0] is row and not titles[-1][1] and row.get("body") in _ELECTED_BY_TERM:
                titles[-1] = (row, f"{row['body']} {term.group().strip()}")
        first = False
        # "… là Phó Chủ tịch …", "… làm Chủ tịch …": the chain goes on (chain_stops, continue)
        cont = _continues_re().match(text, p)
        if cont and title_at(text, cont.end()):
            p = cont.end() - 1
            chain_former = False        # "… nguyên Chủ tịch UBND thị trấn …, giữ chức Chủ tịch …": a post now
            continue
        # "ông X, Giám đốc Sở …, được bầu giữ chức Chủ tịch …": elected after the posts held
        q = len(text[:p].rstrip())
        elected_after = _ELECTED.match(text, q + len(re.match(r"(?:\s*,)?", text[q:]).group()))
        if elected_after and title_at(text, elected_after.end()):
            p = elected_after.end() - 1
            elected = elected_after
            chain_former = False
        else:
            elected_after = None
    return titles, p


def _titles_of_next_name(text: str, q: int) -> bool:
    """The titles from `q` (joined by commas or dashes) end in a body that runs into a name, or
    in a name alone."""
    for _ in range(4):
        hit = title_at(text, q)
        if hit is None:
            return False
        body_end = _body_end(text, hit[1])
        body = text[hit[1]:body_end].strip(" .,-–")
        if _closes_with_name(body) or _ends_on_a_name(body) or _is_bare_name(body):
            return True
        sep = re.match(r"\s*[,\-–]\s*", text[body_end:])
        if not sep:
            return False
        q = body_end + sep.end()
    return False


def _may_close_on_a_name(phrase: str) -> bool:
    """The phrase ends in two or more capitalised words that are no province: a name may be
    among them."""
    words = phrase.split()
    k = len(words)
    while k > 0 and _WORD.fullmatch(words[k - 1]) and not words[k - 1].isupper():
        k -= 1
    return len(words) - k >= 2 and " ".join(words[k:]) not in _provinces()


def _is_bare_name(phrase: str) -> bool:
    """A title's body phrase that is only a person's name ("Chủ tịch nước | Nguyễn Xuân Phúc")."""
    words = phrase.split()
    return 2 <= len(words) <= 4 and words[0] in family_names() and all(_WORD.fullmatch(w) for w in words)


# an election's words that vote a title in ("làm Trưởng đoàn" only says who leads)
_VOTED_IN = re.compile(r"(?i)cử|bầu|chức")
_AGE_ASIDE = re.compile(r"\s*\(\s*(?:sinh năm\s+\d{4}|\d{2}\s*tuổi)\s*\)|\s*,\s*(?:sinh năm\s+\d{4}|\d{2}\s*tuổi)(?=\s*[,–-])")
_SEMI_TITLE = re.compile(r"\s*;\s*")


def _own_title_after(text: str, q: int) -> bool:
    """A title after ";" that names no one else: no name closes its body, none follows it ("…; Phó
    Chủ tịch UBND huyện Nguyễn Văn A", "…; Phó Chủ tịch UBND huyện, ông B" are another's), and
    the clause ends after it in a verb or the sentence's end (not at the next item's ";")."""
    hit = title_at(text, q) if text[q:q + 1].isupper() else None      # ("…; cán bộ Ban Tuyên giáo": a group)
    if hit is None:
        return False
    end = _body_end(text, hit[1])
    body = text[hit[1]:end].strip(" .,-–")
    if _closes_with_name(body) or _is_bare_name(body):      # ("…; Chủ tịch nước Trần Đại Quang.")
        return False
    rest = text[end:]
    if re.match(r"\s*[,;–-]?\s*(?:" + _honorific_re().pattern + r")?\s*[" + UPPER + r"]", rest):
        return False
    return bool(re.match(r"\s*(?:\.|$|[^\W\d_]+\s)", rest))


def _names_a_person(text: str, q: int) -> bool:
    """A name from a family name (or a Lao name's hyphened syllables, "On-ta Văn-nạ-chắc"), then a
    separator and a title: the next person of a list."""
    w = _WORD.match(text, q)
    if not w or (w.group() not in family_names() and "-" not in w.group()):
        return False
    got = take_name(text, q)
    if not got:
        return False
    sep = _SEP.match(text, got[1])
    return sep.end() > got[1] and title_at(text, sep.end()) is not None


@lru_cache(maxsize=None)
def _separated_names_re() -> re.Pattern:
    """Body names with a comma or a dash inside (lexicon comma_names), case-folded; a dash
    matches any dash with or without spaces ("Tổ chức - Kiểm tra", "Tổ chức–Kiểm tra")."""
    def form(phrase: str) -> str:
        parts = re.split(r"\s*([,\-–])\s*", phrase.casefold())
        out = re.escape(parts[0])
        for sep, word in zip(parts[1::2], parts[2::2]):
            out += (r"\s*,\s*" if sep == "," else r"\s*[-–]\s*") + re.escape(word)
        return out.replace(r"\ ", r"\s+")
    phrases = sorted(column("comma_names", "phrase"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(form(w) for w in phrases) + r")(?!\w)")


def inside_a_name(low: str, pos: int, p: int) -> bool:
    """The comma or dash at p is inside a body's name ("Đảng ủy MTTQ, các đoàn thể Trung
    ương", "Ban Tổ chức - Kiểm tra")."""
    for m in _separated_names_re().finditer(low, max(pos, p - 60), min(len(low), p + 60)):
        if m.start() > p:
            break
        if m.start() >= pos and p < m.end():
            return True
    return False


# "…, Đại biểu Quốc hội", "… - Đại biểu HĐND tỉnh": a deputy's mandate after the body, not its name
_DEPUTY = re.compile(r"(?i)đại biểu\s+(?:quốc hội|hđnd|hội đồng nhân dân)(?!\w)")
_KIEM_VA = re.compile(r"\s+(?:[kK]iêm|và)\s")
_CAPTION_DATE = re.compile(r" \d{1,2}/\d{1,2}(?:/\d{2,4})?\b")
_VA = re.compile(r"\s+và\s+")


@lru_cache(maxsize=None)
def _body_heads_re() -> re.Pattern:
    heads = sorted({r["head"].casefold() for r in load("bodies") if " " in r["head"]}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, heads)) + r")(?!\w)")


def _in_body_head(low: str, pos: int, p: int) -> bool:
    """The word at p is inside a body's head word typed in lower case ("Ủy ban kiểm tra Huyện ủy"),
    not a verb ending the body."""
    return any(m.start() < p < m.end() for m in _body_heads_re().finditer(low, max(pos, p - 30), p + 30))


def _body_end(text: str, pos: int) -> int:
    """Where the body phrase after a title ends: at a separator followed by a title, a
    hard stop (";", "(", ". "), a stop word or role verb, or a lowercase word after a
    unit ("… Ủy ban MTTQ Việt Nam huyện | kết luận")."""
    low = _fold(text)
    units = _type_words_longest_first()
    p = pos
    after_unit = False
    unit_end, unit_word = pos, None
    while p < len(text):
        c = text[p]
        # "Trưởng Ban chỉ đạo (BCĐ) Cuộc vận động …": an abbreviation glossed inside the name,
        # which goes on after it
        if c == "(" and (gloss := _INNER_GLOSS.match(text, p)):
            p = gloss.end()
            continue
        if c in ";()\n:" or (c == "." and (p + 1 >= len(text) or text[p + 1].isspace())
                                 and not text[max(pos, p - 2):p].isupper()):
            return p
        if c in ",-–" and inside_a_name(low, pos, p):
            p += 1
            continue
        if c in ",-–—/" or (c == " " and _KIEM_VA.match(text, p)):
            m = _SEP.match(text, p)
            q = m.end()
            former = _FORMER.match(text, q)
            if title_at(text, q) or _honorific_re().match(text, q) or _names_a_person(text, q) \
                    or (former and title_at(text, former.end())):
                return p
            if c == "," and after_unit and _higher_unit_at(text, q, unit_word):
                # "… UBND thị trấn Rạch Gốc, huyện Ngọc Hiển, giữ chức …": the unit's parent
                # places it and is part of the body
                p = q
                continue
            if c == "," and q < len(text) and (text[q].islower() or _is_stop(low, q) or _DEPUTY.match(text, q)):
                return p
            if c == "," and after_unit and is_body(text[q:]):
                return p        # "… Ủy ban MTTQ Việt Nam quận, Ban Thường trực …": the bodies present next
            if c in "-–—" and (_is_stop(low, q) or _DEPUTY.match(text, q)):
                return p        # "… HĐND xã – Chủ trì cuộc họp": what they did, set off by a dash
        if c == " " and _capital_title_at(text, p + 1):
            return p        # "PBT CT UBND", "TV ĐU PCT UBND xã": abbreviated titles in a row
        if c == " " and p == pos and title_at(text, p + 1):
            return p        # "ĐUV Phó chủ tịch HĐND xã": a title right after a title, the comma left out
        if c == " " and _CAPTION_DATE.match(text, p):
            return p        # "… thành phố Hải Phòng 26/11/2025 18:05": a caption's date
        if c == " " and p + 1 < len(text) and text[p + 1].isupper() and re.search(r"(?i)(?:ủy|uỷ)$", text[pos:p]) \
                and title_at(text, p + 1):
            return p        # "Phó Bí thư Thường trực Huyện uỷ Phó Chủ tịch UBBC": the comma left out
        va = _VA.match(text, p) if c == " " else None
        if va and inside_a_name(low, pos, p):
            va = None
        if va:
            q = va.end()
            # "… Ủy ban Trung ương MTTQ Việt Nam | và Ban Thường trực …": another body begins
            if q >= len(text) or not text[q].isupper() or take_name(text, q) or is_body(text[q:]):
                return p
        if (p == pos or not text[p - 1].isalnum()) and text[p].isalnum():
            # a capitalised word is the body's own ("Ủy ban Kiểm tra Tỉnh ủy"), not a verb
            if p > pos and _is_stop(low, p) and not text[p].isupper() and not _in_body_head(low, pos, p) \
                    and not (STEERING_FOR.search(low, max(0, pos - 4), p) and STEERING_VERB.match(low, p)):
                return p
            # "… Chủ tịch UBND huyện Dự Ngày hội …": a verb typed with a capital right after a bare
            # unit word, where no unit of that name is on the official lists
            if after_unit and p == unit_end + 1 and _is_stop(low, p) and unit_word \
                    and (w := _WORD.match(text, p)) and not _official(unit_word, w.group()):
                return unit_end
            if after_unit and text[p].islower() and not any(_phrase_at(low, p, u) for u in units) \
                    and not _phrase_at(low, p, "và"):
                # "… Hội đồng nhân dân phường Tổ trưởng …", "… Huyện ủy, Thường trực …": one
                # capitalised syllable before the verb or title word is the next phrase's start,
                # not the unit's name (unless the official list has a place so named: "thị trấn Chũ")
                lone = re.fullmatch(rf"([\s,]*)([{UPPER}]\w*)\s+", text[unit_end:p])
                if lone and not (unit_word and _official(unit_word, lone.group(2))):
                    return unit_end
                # … or a title's capitalised words ("… thành phố Phó Chủ tịch Hội đồng Bầu cử")
                run = re.match(r"[\s,]*", text[unit_end:p])
                if title_at(text, unit_end + run.end()):
                    return unit_end
                return p
            # "Tỉnh ủy", "Tỉnh đoàn": a committee named by its level, not a unit
            unit = next((u for u in units if _phrase_at(low, p, u)
                         and not re.match(r" (?:ủy|đoàn)(?!\w)", low[p + len(u):p + len(u) + 6])
                         and not low.startswith("xã hội", p)), None)     # "phản biện xã hội"
            if unit:
                after_unit = True
                p += len(unit)
                unit_end, unit_word = p, unit
                continue
            # … and after a committee named by its level, a lower-case word is the verb too
            # ("Trưởng ban Dân vận Tỉnh ủy | đánh trống khởi động …"), its own name capitalised
            # (not what a steering body of the committee is for: "Ban Chỉ đạo Thành ủy về công tác …";
            # the committee itself is for nothing: "Bí thư Tỉnh ủy | về những kết quả …")
            level = _LEVEL_COMMITTEE.match(low, p)
            if level:
                after_unit = not (re.match(r" về\b", low[level.end():level.end() + 4]) and "chỉ đạo" in low[pos:p])
                p = unit_end = level.end()
                unit_word = None
                continue
        p += 1
    return p


def _higher_unit_at(text: str, q: int, under: str | None) -> bool:
    """A named unit of a higher level than the type word `under` starts at q ("huyện Ngọc Hiển"
    after "thị trấn …")."""
    if under is None:
        return False
    low = text[q:q + 12].casefold()
    word = next((u for u in _type_words_longest_first() if low.startswith(u + " ")), None)
    if word is None or not re.match(rf" +[{UPPER}0-9]", text[q + len(word):q + len(word) + 3]):
        return False
    return _level_rank(word) < _level_rank(under)       # rank 0 is the province


def _level_rank(type_word: str) -> int:
    return _LEVEL_RANK[unit_level(_type_words()[type_word])]


# a steering committee is named for what it carries out ("Ban Chỉ đạo Trung ương triển khai xóa nhà
# tạm, nhà dột nát …", "Ban Chỉ đạo tổng kết 20 năm thực hiện Nghị quyết 23"): its verb is its name's
STEERING_VERB = re.compile(r"(?i)(?:triển khai|tổng kết|sơ kết|thực hiện)(?!\w)")
STEERING_FOR = re.compile(r"(?i)(?<!\w)ban\s+chỉ đạo(?:\s+(?:trung ương|quốc gia|tỉnh|thành phố|huyện|quận|thị xã|xã|phường))?\s+$")


_PAPER = re.compile(rf"báo\s+[{UPPER}]")
_LEVEL_COMMITTEE = re.compile(r"(?:tỉnh|thành|huyện|quận|thị) (?:ủy|uỷ|đoàn)(?!\w)")


@lru_cache(maxsize=None)
def _stop_re() -> re.Pattern:
    alts = "|".join(re.escape(w) for w, _c in _stops())     # longest first, as _stops() is
    return re.compile(rf"(?:{alts})(?![^\W_])")


# "dự" as the first syllable of another word ("dự kiến", "dự thảo", "Ban Quản lý dự án …"): no attending
_NOT_ATTENDING = r"(?!\s+(?:kiến|thảo|án|toán|báo|khuyết|bị|trữ|định|đoán|phòng|thi)(?![^\W_]))"


def _is_stop(low: str, p: int) -> bool:
    # ("Phó Trưởng ban chỉ đạo phong trào …": a steering board however typed; "Trưởng Ban Chỉ đạo
    # triển khai xóa nhà tạm …", "… thực hiện Nghị quyết 57 …": what it steers is its name's)
    m = _stop_re().match(low, p)
    return m is not None and not (low.startswith("chỉ đạo", p) and low.endswith("ban ", 0, p)) \
        and not (low.endswith("ban chỉ đạo ", 0, p) and low.startswith(("triển khai", "thực hiện"), p)) \
        and not (m.group() == "dự" and not re.match(_NOT_ATTENDING, low[m.end():]))


# ---------------------------------------------------------------- people in a sentence

_CO = re.compile(r"(?<!\w)có(?!\w)")
# a person's other name in parentheses after theirs: a religious or a former name, a nickname
_OTHER_NAME = re.compile(r"[ \t]*\((?![^()]*\d)[^()]{2,60}\)")
_NAME_SEP = re.compile(r"\s*(?:,|và|,\s*và)\s*")      # between the names of one list


_ITEM_MARKER = re.compile(r"\s*(?:(?:[-+•*–]|\d{1,2}\s*[.)/])\s*)?")


def _hits(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    taken: list[tuple[int, int]] = []

    def add(name_pos: int, need_title: bool = False) -> None:
        got = take_name(text, name_pos)
        # a name overlapping one already taken is a misreading of it ("gồm: Ông Lê Thanh
        # Triều": "Ông" is a family name too, and here the honorific)
        if not got or any(a < got[1] and name_pos < b for a, b in taken):
            return
        name, end = got
        if name in _provinces() or name == "Việt Nam":
            return                      # "Hội Nhà báo Việt Nam": "Nhà báo" before a country, no one
        titles, chain_end = _chain(text, end)
        other = _OTHER_NAME.match(text, end) if not titles else None
        if other:
            # "ông Nguyễn Văn Thảo (Hòa thượng Thích Tánh Nhiếp), Phó Chủ tịch …": the titles after
            # the person's other name, which is no one else
            titles, chain_end = _chain(text, other.end())
            chain_end = max(chain_end, other.end())
        # (a former post read past is a title too: "; Mai Văn Ninh, nguyên Bí thư Tỉnh ủy …")
        if need_title and not titles and chain_end <= end:
            return
        aside = text[end:end + 3].lstrip().startswith("(") and not other
        if aside and text[chain_end:chain_end + 1] == ")":
            chain_end += 1
        hits.append(_Hit(name, name_pos, end, chain_end, titles, aside=aside))
        taken.append((name_pos, chain_end))

    # a sentence may open on a name with its titles: "Trần Văn Lộc, Trưởng ban … trình bày" (an
    # item of a list may: "1. Nguyễn Lê Như Tùng, Bí thư Chi bộ.", "- Lư Lan Vi, Phó Bí thư …")
    marker = _ITEM_MARKER.match(text).end()
    first = _WORD.match(text, marker)
    if first and first.group() in family_names() and not _honorific_re().match(text, marker):
        add(marker, need_title=True)
    listing = False
    for m in _honorific_re().finditer(text):
        if _ASSOCIATION_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue        # "Hội Nhà báo Việt Nam Nguyễn Đức Lợi": the association's name, not an honorific
        if m.group()[:1].isupper() and (_IN_A_NAME.search(text, max(0, m.start() - 30), m.start())
                                        or (" " not in m.group().strip()
                                            and _UNIT_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start()))):
            continue        # "phường Hai Bà Trưng Nguyễn Hiền Phương": a word of a place's name
        add(m.end())
        listing = True
        # "Các đồng chí: A, B, C, D giữ chức …": every name of a plural honorific's list, which
        # `_shared_titles` then gives the title the last one has
        plural = re.match(r"(?i)các\s", m.group()) or _CAC_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if plural and hits and re.fullmatch(r"\s*:?\s*", text[m.end():hits[-1].start]):     # ("Các đồng chí: A, B, …")
            hits[-1].listed = m.start()
            q = hits[-1].chain_end
            while (nxt := _next_listed(text, q)) is not None:
                before = len(hits)
                add(nxt[0])
                if len(hits) == before:
                    break
                hits[-1].listed = m.start()
                q = hits[-1].chain_end
    if listing:
        # later entries of a list: "; Huỳnh Thị Hồng Hạnh, HUV- Bí thư …"
        for m in re.finditer(r"[;:]\s*", text):
            q = m.end()
            w = _WORD.match(text, q)
            # a family name the lexicon lacks, in a full name a dash sets the titles off from:
            # "; Ngọc Kim Nam - Ủy viên Ban Thường vụ Tỉnh ủy"; a Lao name ("; On-ta Văn-nạ-chắc, …"), a K'Ho
            # one ("; K'Dung, …")
            if not w:
                continue
            got = take_name(text, q) if w.group() not in family_names() else None
            if w.group() in family_names() or "-" in w.group() or _INITIALLED.fullmatch(w.group()) or (got and len(got[0].split()) >= 2 and _DASH_AFTER.match(text, got[1])
                                                 and got[0] not in _provinces()):
                add(q, need_title=True)
    # "các đồng chí Phó Trưởng Ban Dân vận Trung ương: A, B, C": a plural honorific's shared
    # title before a colon, then names with no titles of their own
    # (a former post shared so names those who held it, and no post now: "các đồng chí nguyên Tổng
    # Bí thư …: Đỗ Mười, Lê Khả Phiêu")
    for m in _PLURAL_TITLE.finditer(text):
        former = _FORMER.match(text, m.end())
        hit = title_at(text, former.end() if former else m.end())
        if hit is None:
            continue
        row, t_end = hit
        body_end = _body_end(text, t_end)
        headings = [] if former else [(row, text[t_end:body_end].strip(" .,-–"))]
        # (several shared titles: "Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng, Phó Chủ tịch
        # Quốc hội: A, B, C")
        while (more := re.match(r"\s*,\s*", text[body_end:])) and (nxt := title_at(text, body_end + more.end())):
            row, t_end = nxt
            end = _body_end(text, t_end)
            headings.append((row, text[t_end:end].strip(" .,-–")))
            body_end = end
        # (the term the posts are of may come before the colon: "Các Phó Chủ tịch UBND tỉnh khóa XV: …")
        term = re.match(r"\s*,?\s*" + _TERM.pattern + r"(?:\s*,?\s*" + _TERM.pattern + r")?\s*", text[body_end:])
        if term:
            body_end += term.end()
        if text[body_end:body_end + 1] != ":":
            continue
        q = body_end + 1
        while True:
            q += len(re.match(r"\s*", text[q:]).group())
            w = _WORD.match(text, q)
            if not (w and w.group() in family_names()):
                break
            before = len(hits)
            add(q)
            if len(hits) == before:
                break
            if headings and not hits[-1].titles:
                hits[-1].titles, hits[-1].heading = list(headings), True
            sep = re.match(r"\s*(?:,|;|và|,\s*và)\s*", text[hits[-1].chain_end:])
            if not sep or not sep.group().strip():
                break
            q = hits[-1].chain_end + sep.end()
    # "02 đồng chí Phó Chủ tịch gồm: Nguyễn Thị Cúc và Nguyễn Thị Kiều Tiên": the names a
    # titled heading lists, with no honorific nor titles of their own (_shared_titles gives them
    # the heading's)
    # (and a group a later sentence acts for: "các ứng cử viên … gồm: Thiếu tướng A - …; B - …")
    for g in _GOM.finditer(text):
        if "gồm" not in text[g.start():g.end()].casefold():
            continue
        candidates = _candidates_heading(text, g)
        if not candidates and _list_heading(text, g.start()) is None:
            continue
        q = g.end()
        while True:
            rank = _honorific_re().match(text, q)        # "Thiếu tướng Phạm Hùng Hưng"
            at = rank.end() if rank else q
            if not ((w := _WORD.match(text, at)) and w.group() in family_names()):
                break
            hit = next((h for h in hits if h.start == at), None)
            if hit is None:
                before = len(hits)
                add(at)
                if len(hits) == before:
                    break
                hit = hits[-1]
            hit.candidate = hit.candidate or candidates
            sep = re.match(r"\s*(?:,|;|và|,\s*và)\s*", text[hit.chain_end:])
            nxt = hit.chain_end + sep.end() if sep and sep.group().strip() else None
            if nxt is None or not _listed_name_at(text, nxt):
                # a list whose items ";" separates goes on past a post the lexicon does not know
                # ("…; Đỗ Đức Hiển, ĐBQH khóa XV hoạt động chuyên trách tại …; Trịnh Thị Huyền Trân, …")
                semi = text.find(";", hit.chain_end)
                if semi >= 0 and ";" in text[g.end():hit.start] and not re.search(r"[.:]\s", text[hit.chain_end:semi]):
                    nxt = semi + 1 + len(re.match(r"\s*", text[semi + 1:]).group())
            if nxt is None:
                break
            q = nxt
    # a name with no honorific where a list or a clause begins, when titles follow it:
    # "Dự hội nghị có Danh Tùng, Phó Chủ tịch …", "Buổi tập huấn do Huỳnh Minh Uyên – … chủ trì",
    # "… Bí thư Tỉnh ủy Thái Bình, Nguyễn Văn Giang, Tỉnh ủy viên …"
    for m in _BARE_NAME.finditer(text):
        w = _WORD.match(text, m.end())
        if w and w.group() in family_names():
            add(m.end(), need_title=True)
    _title_first(text, hits, taken)
    hits.sort(key=lambda h: h.start)
    _shared_titles(text, hits)
    _members_elected(text, hits)
    _deputies_listed(text, hits)
    return hits


_PLURAL = r"(?:các|những)\s+(?:đồng chí|đ/c|ông|bà|vị)"      # a plural honorific
_PLURAL_TITLE = re.compile(r"(?i)(?<!\w)(?:các|những)\s+(?:(?:đồng chí|đ/c|ông|bà|vị)\s+)?(?:là\s+)?(?=\w)")
_COUNT = r"(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các|những)"
# ("gồm các ông, bà:", "gồm các ông và bà:")
_GOM = re.compile(r"\s*,?\s*gồm\s*(?:(?:các\s+)?(?:ông|bà|đồng chí|ứng cử viên|ứng viên|người ứng cử)"
                  r"(?:\s*(?:,|và)\s*(?:ông|bà))?\s*)?:?\s*",
                  re.IGNORECASE)
# candidates a page lists by name, then says what they all did ("Các ứng cử viên … gồm: A - …;
# B - …", then "Tại hội nghị, các ứng cử viên trình bày chương trình hành động")
_CANDIDATE = r"(?:ứng cử viên|ứng viên|người ứng cử)"
_CANDIDATES_BEFORE = re.compile(rf"(?i)(?<!\w)(?:các|những|\d+)\s+{_CANDIDATE}(?!\w)[^:;.]{{0,160}}$")
_CANDIDATES_IN = re.compile(rf"(?i)(?<!\w){_CANDIDATE}(?!\w)")
_CANDIDATES_ACT = re.compile(rf"(?i)(?<!\w)(?:các|những|từng)\s+{_CANDIDATE}(?!\w)(?:\s+(?:đã|lần lượt|đều|cũng))*\s+")


_CANDIDATES_OPENED = re.compile(rf"[^,.;:]{{0,80}},\s*(?:các|những)\s+{_CANDIDATE}(?!\w)")


def _listed_name_at(text: str, q: int) -> bool:
    """A list's next item starts at q with a name (after a rank or honorific, if any)."""
    rank = _honorific_re().match(text, q)
    return bool((w := _WORD.match(text, rank.end() if rank else q)) and w.group() in family_names())


def _candidates_heading(text: str, g: re.Match) -> bool:
    """A list heading naming candidates, before "gồm" ("các ứng cử viên … thuộc Đơn vị bầu cử số
    3 gồm:", "07 người ứng cử … gồm:") or after it ("gồm các ứng cử viên:")."""
    return bool(_CANDIDATES_IN.search(g.group()) or _CANDIDATES_BEFORE.search(text, max(0, g.start() - 200), g.start()))


def _candidates_roles(text: str) -> list[str]:
    """The roles the sentence says the candidates took ("các ứng cử viên trình bày chương trình
    hành động"), by a role's verb said after its subject."""
    low = text.casefold()
    if "ứng" not in low:         # (every way to say candidate has it)
        return []
    pattern, by_phrase = _role_re()
    roles = [by_phrase[v.group()][0] for m in _CANDIDATES_ACT.finditer(text)
             if (v := pattern.match(low, m.end())) and by_phrase[v.group()][1] == "after"]
    # … or by one opening the sentence before them ("Trình bày chương trình hành động, các ứng cử
    # viên bày tỏ …")
    opening = pattern.match(low, len(low) - len(low.lstrip()))
    if opening and _CANDIDATES_OPENED.match(low, opening.end()):
        roles.append(by_phrase[opening.group()][0])
    # (what they said — "Các ứng cử viên khẳng định …" — is their programme presented, no speech)
    return [r for r in roles if r != "speaker"]


_LIST_SEP = re.compile(r"\s*(?:,|và|;)\s*")
# a group of deputies that lists its members: "03 vị đại biểu HĐND Quận 5 (gồm Bà A – …; Ông B – …)",
# "Tổ đại biểu HĐND tỉnh Lâm Đồng gồm các ông, bà: A, …; B, …"; the assembly and the unit's words
_DEPUTIES = re.compile(r"(?i)(?<!\w)(?:(?:\d+|các)\s+(?:vị\s+)?|tổ\s+)đại biểu\s+(HĐND|hội đồng nhân dân)"
                       r"([^:;()\n.]{0,40}?)\s*(?:\(\s*gồm\s*:?|gồm(?:\s+(?:các|có)\s+(?:ông|bà|đồng chí|vị)[\w ,]{0,12})?\s*:"
                       # (… or no colon, the list opening on its honorific: "gồm các ông A, …; ông B")
                       r"|gồm(?=\s+(?:các\s+)?(?:ông|bà|đồng chí)\s))")


def _deputies_listed(text: str, hits: list[_Hit]) -> None:
    """Each person a deputies' group lists is a deputy of its council, beside their own posts,
    up to the list's end (its closing parenthesis, a sentence's end, "cùng", "và các")."""
    if "biểu" not in text or "gồm" not in text:
        return
    for m in _DEPUTIES.finditer(text):
        row = _deputy_row()
        if row is None:
            continue
        # (the unit only: "tổ đại biểu HĐND tỉnh tại huyện Krông Pa" is the province's council)
        unit = " ".join(re.split(r"(?i)\s+(?:tại|ở|đơn vị|khóa|khoá|nhiệm kỳ)(?!\w)", m.group(2))[0].split())
        header = (row, unit)
        closing = text.find(")", m.end()) if "(" in m.group() else -1
        prev = m.end()
        for h in (h for h in hits if h.start >= m.end()):
            if 0 <= closing < h.start or re.search(r"[.!?]\s", text[prev:h.start]) or _LIST_CLOSED.search(text[prev:h.start]):
                break
            if all(r["title"] != row["title"] for r, _ph in h.titles):
                h.titles = h.titles + [header]
            prev = h.chain_end


@lru_cache(maxsize=None)
def _deputy_row() -> dict | None:
    return next((r for r in load("titles") if r["title"] == "Đại biểu Hội đồng nhân dân"), None)


# what ends a list of people under a heading: "…; ông C cùng lãnh đạo các sở", "và các đồng chí"
_LIST_CLOSED = re.compile(r"(?i)(?<!\w)(?:cùng|và\s+(?:các|những)|cũng như)(?!\w)")


def _shared_titles(text: str, hits: list[_Hit]) -> None:
    """Titles a list gives the names in it that have none of their own:
    - a heading "Chín Phó chủ tịch Ủy ban MTTQ Việt Nam tỉnh, gồm: ông A, …; bà B; ông C"
      gives its title and body to every name after it;
    - names joined by "," or "và" before an election share it: "Các ông A, B được bầu giữ chức
      Phó Chủ tịch …"."""
    low = text.casefold()
    for g in _GOM.finditer(text):
        if "gồm" not in low[g.start():g.end()]:
            continue
        header = _list_heading(text, g.start())
        if header is None:
            continue
        if not header[1]:
            # "8 phó chủ tịch chuyên trách gồm: bà A (Phó chủ tịch Thường trực Ủy ban MTTQ Việt Nam
            # TP.HCM), ông B …": the body a listed person's own title of that kind names
            base = " ".join(header[0]["title"].split()[:3 if header[0]["title"].startswith("Phó") else 2])
            own = ""
            for q in (m.end() for m in re.finditer(r"\(\s*", text[g.end():])):
                found = title_at(text, g.end() + q)
                if found and found[0]["title"].startswith(base):
                    own = text[found[1]:_body_end(text, found[1])].strip(" .,-–)")
                    break
            # "Bà A giữ chức Chủ tịch Hội LHPN tỉnh; 02 đồng chí Phó Chủ tịch gồm: B và C": the
            # body of the post the clause before gave
            before = [h for h in hits if h.chain_end <= g.start() and not re.search(r"[.!?]\s", text[h.chain_end:g.start()])]
            if not own and before and before[-1].titles and before[-1].titles[-1][1] not in ("", _OF_CONGRESS):
                own = before[-1].titles[-1][1]
            header = (header[0], own)
        for h in hits:
            # (a listed person's own title in parentheses is the heading's kind of post)
            if h.start >= g.end() and (not h.titles or h.aside):
                h.titles, h.heading = [header], True
            # ("…, gồm: ông A, Phó Chủ tịch Thường trực; ông B; …": a listed person's own title of
            # the heading's kind, with no body, is of the heading's body)
            elif h.start >= g.end() and all(not body for _r, body in h.titles) \
                    and any(r["title"].startswith(header[0]["title"]) for r, _b in h.titles):
                h.titles = [(r, header[1] if r["title"].startswith(header[0]["title"]) else b) for r, b in h.titles]
                h.heading = True
    # "các đồng chí Ủy viên Ban TVTU: A, Chủ tịch …; B, Giám đốc …": the heading's post is each
    # listed person's too, beside their own, up to an item that opens with its own honorific
    # when the first did not; a list whose first item has one ("các Ủy viên Trung ương Đảng: ông
    # A, …; ông B, …") runs until a word closing it ("cùng", "và các")
    for m in _PLURAL_TITLE.finditer(text):
        found = title_at(text, m.end())
        colon = text.find(":", m.end())
        if found is None or colon < 0 or colon - found[1] > 80:
            continue
        row, t_end = found
        body_end = min(_body_end(text, t_end), colon)
        # (or "gồm" before the colon: "các Phó Bí thư Huyện ủy gồm: Chủ tịch UBND huyện A; …")
        gom = re.match(r"(?i)\s*,?\s*gồm(?:\s+có)?\s*$", text[body_end:colon])
        if text[body_end:colon].strip(" ,") and not gom:
            continue
        if gom:
            body_end = min(body_end, body_end + (text[body_end:colon].casefold().find("gồm")))
        header = (row, text[t_end:body_end].strip(" .,-–"))
        prev, opened = colon, None
        for h in (h for h in hits if h.start > colon):
            between = text[prev:h.start]
            if opened is None:
                opened = bool(_honorific_re().search(between))
            elif (not opened and _honorific_re().search(between)) or _LIST_CLOSED.search(between):
                break
            if all(r["title"] != row["title"] for r, _ph in h.titles):
                h.titles = [header] + h.titles
            prev = h.chain_end
    shared = set()      # hits given the election's title by the name after them
    for i in range(len(hits) - 2, -1, -1):
        a, b = hits[i], hits[i + 1]
        # (or inside the chain of titles the last name carries: "A, B, Phó Chủ tịch … khóa VII tiếp
        # tục giữ chức vụ Phó Chủ tịch …")
        elected = _ELECTED.match(text, b.end) or _ELECTED_IN.search(text, b.end, b.chain_end)
        # (the joint may repeat the honorific: "ông A và ông B được bầu …")
        joint = _honorific_re().sub("", text[a.end:b.start])
        # (names of one plural honorific's list share the last one's titles: "các đồng chí A, B, C -
        # Phó Trưởng Ban Dân vận Trung ương")
        one_list = a.listed >= 0 and a.listed == b.listed
        if (not a.titles and b.titles and _LIST_SEP.fullmatch(joint)
                and (i + 1 in shared or (elected and elected.group().strip()) or one_list)):
            a.titles = list(b.titles)
            shared.add(i)


# an election putting people on a body ("bầu … vào Ban chấp hành Hội LHPN xã Tân Lợi khóa XXI đó
# là các đồng chí: A, B", "hiệp thương cử bổ sung hai đồng chí A và B tham gia Ủy ban MTTQ tỉnh",
# "bầu bổ sung 03 đồng chí gồm: ông A, …, và bà C … vào Ủy viên Ủy ban MTTQ thành phố"): each
# named is a member of it; not "cho thôi tham gia …" (leaving it). ("vào Ủy ban, Ban Thường trực
# Ủy ban MTTQ tỉnh": the committee, whose standing board the next post names)
_MEMBERS_OF = re.compile(r"(?i)(?<!thôi )(?<!\w)(?:vào|tham gia)\s+(?:(?:ủy|uỷ)\s+viên\s+)?"
                         r"(?=(?:ban chấp hành|bch|(?:ủy|uỷ) ban|ub|ubmttq|ban thường vụ|btv)(?!\w))")
_AND_HOLDS = re.compile(r"(?i)(?:\s*,?\s*(?:khóa|khoá|nhiệm kỳ|nhiệm kì)\s+[^,;.]*?)?(?:\s*,\s*|\s+và\s+)"
                        r"(?:tham gia\s+(?:vào\s+)?(?P<board>ban thường trực)(?!\w)(?:\s*,\s*|\s+và\s+|\s+))?"
                        r"(?P<holds>(?:giữ\s+chức(?:\s+vụ|\s+danh)?|với\s+chức\s+danh)\s+)?")
_COMMITTEE_AND_BOARD = re.compile(r"(?i)^(?:ủy|uỷ) ban\s*,\s*ban thường trực\s+(?=(?:ủy|uỷ) ban\s|ub)")
_ELECTS = re.compile(r"(?i)(?<!\w)(?:bầu(?!\s+cử)|lựa chọn|hiệp thương|(?<!bầu )(?<!ứng )(?<!đề )cử|bổ sung|kiện toàn)(?!\w)")
# after the body: "(, khóa XXI, nhiệm kỳ …) đó là các đồng chí:", "gồm các ông, bà:"
_MEMBERS_NAMED = re.compile(r"(?i)[^.;:!?]{0,80}?(?:là|gồm)\s*(?:(?:các|những)\s+)?(?:đồng chí|đ/c|ông,?\s*bà|ông|bà)?\s*:?\s*$")


def _members_elected(text: str, hits: list[_Hit]) -> None:
    """Names an election puts on a body ("Ủy viên" of it): those between the electing verb
    and "vào <body>", or those the words after the body list."""
    for m in _MEMBERS_OF.finditer(text):
        verbs = [v for v in _ELECTS.finditer(text, max(0, m.start() - 200), m.start())
                 if not re.search(r"[.!?;]\s", text[v.end():m.start()])]
        if not verbs:
            continue
        body_end = _body_end(text, m.end())
        phrase = _COMMITTEE_AND_BOARD.sub("", text[m.end():body_end].strip(" .,-–"))
        if not phrase:
            continue
        header = (title_at("Ủy viên", 0)[0], phrase)
        named = [h for h in hits if verbs[0].end() <= h.start and h.end <= m.start()]
        if not named:
            after = [h for h in hits if h.start >= body_end]
            if after and _MEMBERS_NAMED.match(text[body_end:after[0].start]):
                named, prev = [after[0]], after[0]
                for h in after[1:]:
                    between = text[prev.chain_end:h.start]
                    if re.search(r"[.!?;:]", between) or _LIST_CLOSED.search(between):
                        break
                    named.append(h)
                    prev = h
        # "… tham gia Ủy ban MTTQ tỉnh, tham gia Ban Thường trực và giữ chức Phó Chủ tịch": a seat
        # on its standing board, and the post held, of that committee unless the post names its own
        posts = [header]
        more = _AND_HOLDS.match(text, body_end)
        if more and (more.group("board") or more.group("holds")):
            if more.group("board"):
                posts.append((title_at("Ủy viên Ban Thường trực", 0)[0], phrase))
            held = title_at(text, more.end()) if more.group("holds") else None
            if held:
                own = _GLOSS.sub("", text[held[1]:_body_end(text, held[1])]).strip(" .,-–")
                posts.append((held[0], own or phrase))
        for h in named:
            h.titles = h.titles + [(r, ph) for r, ph in posts
                                   if not any(r2["title"] == r["title"] and (ph2 == ph or not ph2) for r2, ph2 in h.titles)]


def _list_heading(text: str, end: int) -> tuple[dict, str] | None:
    """The title and body a list heading ending at `end` names: "(Chín) Phó chủ tịch Ủy ban MTTQ
    Việt Nam tỉnh" before ", gồm:"."""
    start = max(0, end - 160)
    for m in re.finditer(r"(?<!\w)\w", text[start:end]):
        p = start + m.start()
        hit = title_at(text, p)
        if hit is None:
            continue
        row, t_end = hit
        body_end = min(_body_end(text, t_end), end)      # the body never runs into "gồm"
        # ("Các ông, bà giữ chức phó chủ tịch UBMTTQVN phường gồm: …": the post they hold)
        if text[body_end:end].strip(" ,") == "" and re.search(rf"(?i)(?:^|[.;:]\s*|(?<!\w){_COUNT}\s+(?:(?:đồng chí|đ/c|ông|bà|vị)\s+)?"
                                                               rf"|(?<!\w)giữ chức(?: vụ)?\s+)$", text[:p]):
            # ("Các Phó chủ tịch khác gồm …": the others of that post, no body named)
            return row, re.sub(r"(?i)(?:^|\s+)khác$", "", text[t_end:body_end].strip(" .,-–"))
    return None


_NAMED_AFTER = re.compile(r"(?:[Qq]uốc gia|[Cc]ộng sản|TNCS|[Tt]iền phong)$")


_COMMA_NAME = re.compile(r"\s*,\s*(?=[^\W\d_])")
# "Phó Chủ tịch thường trực Ủy ban MTTQ Việt Nam TPHCM khóa I là bà Trương Thị Bích Hạnh.": the
# holder named after "là", closing the sentence
_COPULA_NAME = re.compile(r"(?:\s+kh[oó]a\s+[IVXLC\d]+)?(?:\s*,?\s*nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4})?"
                          r"\s+là\s+(?=[^\W\d_])")
_FOR_WHOM = re.compile(r"(?i)(?:ủy quyền|uỷ quyền|thừa lệnh)(?:\s+của)?\s+$")


def _closes_with_name(body: str) -> bool:
    """A body phrase that runs into a full name of 3-4 syllables: "Thành ủy Hà Tĩnh Dương Tất
    Thắng" (the place's own syllables and a body named after a person, "Đoàn TNCS Hồ Chí Minh",
    are no name)."""
    words = body.split()
    k = len(words)
    while k > 0 and _WORD.fullmatch(words[k - 1]):
        k -= 1
    run, before = words[k:], words[:k]
    if len(run) < 3:
        return False
    unit = next((" ".join(before[-n:]).casefold() for n in (2, 1) if len(before) >= n
                 and (" ".join(before[-n:]).casefold() in _type_words()
                      or " ".join(before[-n:]).casefold() in _committee_units())), "")
    ttype = (_type_words().get(unit) or _committee_units().get(unit)) if unit else None
    place = place_name(run, ttype) if ttype else []
    name = run[len(place):]
    for n in (4, 3):
        if len(name) >= n and name[-n].rstrip("'’") in family_names():
            lead = " ".join(words[:len(words) - n])
            # (the body before it whole, "Tỉnh Đoàn Nghệ An" no "Đoàn Nghệ An"; "Hội Nông Việt Nam"
            # no "Nông Việt Nam")
            given = " ".join(name[-n + 1:])
            return (not _NAMED_AFTER.search(lead) and is_body(lead) and given not in _provinces()
                    and given != "Việt Nam" and (len(name) == n or bool(place) or not unit))
    return False


def _closed_after_comma(text: str, at: int) -> tuple[str, int, int] | None:
    """"Phó Bí thư Đảng ủy, Chủ tịch HĐND phường Tân Quang, | Nhữ Mạnh Tiến đề nghị …": the
    name set off by a comma after the titles, then what the person did (a role verb or stop
    word in lower case) or the end of the sentence, is the titles' holder; a name followed by
    anything else may be the next item of a list and is left alone. (name, its start, its end)."""
    comma = _COMMA_NAME.match(text, at)
    copula = None if comma else _COPULA_NAME.match(text, at)
    if not comma and not copula:
        return None
    # (an honorific may stand before the name: "Phó Chủ tịch UBND tỉnh, ông Nguyễn Văn An")
    honorific = _honorific_re().match(text, (comma or copula).end())
    start = honorific.end() if honorific else (comma or copula).end()
    got = take_name(text, start)
    if not got or got[0].split()[0].rstrip("'’") not in family_names():
        return None
    name, end = got
    if re.match(r"\s*(?:[.;]|$)", text[end:]):
        return name, start, end       # "…, kiêm Bí thư Đoàn … xã, Trương Thiện Huy." closes the clause
    if copula:
        return None                   # ("… là ông A, bà B": who else, a list of its own)
    gap = re.match(r"[ \t\u00a0]+", text[end:])
    if not gap or not text[end + gap.end():end + gap.end() + 1].islower() \
            or not _is_stop(text.casefold(), end + gap.end()):
        return None
    return name, start, end


_CLAUSE_GOES_ON = re.compile(rf"\svà\s+(?![{UPPER}])[^\W\d_]")


# (an abbreviation glossing the words before it is part of the body: "Ủy ban Mặt trận Tổ quốc
# (UBMTTQ) Việt Nam thành phố Nguyễn Chí Tài")
# (and a unit in parentheses placing the one before it: "Chủ tịch UBND xã Tân Phú (huyện Đồng Xuân)
# Nguyễn Văn An")
_WINDOW = re.compile(r"(?:[^,;:()\n.]|\.(?=\S)|(?<=TP)\.|(?<=Tp)\.|(?<=TX)\.|\(\s*[A-ZĐ][A-Za-zĐđ.]{1,9}\s*\)"
                     r"|\(\s*(?:huyện|tỉnh|thị xã|thành phố|quận|TP\.?)\s+[A-ZĐ][^(),;:.]{1,30}\))*")


def _title_first(text: str, hits: list[_Hit], taken: list[tuple[int, int]]) -> None:
    """"Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Nam Lê Thái Bình chủ trì": the name
    closes the capitalised run that ends the title's body phrase."""
    # "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Hà Ban": titles joined by
    # commas before the one the name closes are that person's too
    pending: list[tuple[dict, str]] = []
    pending_next = -1
    folded = text.casefold()
    for p in _title_starts(text):
        if any(a <= p < b for a, b in taken) or (pending and p < pending_next):
            continue
        hit = title_at(text, p)
        if not hit or _FOR_WHOM.search(text, max(0, p - 20), p):
            continue        # "thừa ủy quyền của Chủ tịch nước, Phó Bí thư … Bùi Đức Hinh": the authority's title
        if _HEAD_BEFORE.search(text, max(0, p - 11), p) and not (pending and p == pending_next):
            continue        # "thay mặt Đoàn Chủ tịch Ủy ban …, Phó Chủ tịch Lê Minh Tâm": a body's name
        row, t_end = hit
        if p != pending_next:
            pending = []
        if not pending:
            lead_start = p
        # (a dot inside a word or after "TP"/"TX" does not end the clause: "TP. Huế")
        window = _WINDOW.match(text[t_end:t_end + 300]).group()
        # (a comma inside a body's name goes on: "Trưởng Ban Dân chủ, giám sát và phản biện xã hội …")
        while text[t_end + len(window):t_end + len(window) + 1] == "," \
                and inside_a_name(folded, t_end, t_end + len(window)):
            more = _WINDOW.match(text[t_end + len(window) + 1:t_end + 300]).group()
            window = window + "," + more
        # the title's body and the name end at a verb or another title ("Bí thư Thành ủy … Ngô
        # Văn Trọng | cùng Chủ tịch HĐND … Trần Phước Hải"): later runs are another's
        low = window.casefold()
        # (a verb is written in lower case mid-sentence; capitalised, it names a body: "Ủy ban
        # Kiểm tra Tỉnh ủy")
        # (a title a body's head word makes that body's name is no other title: "Ủy viên Đoàn
        # Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Nguyễn Văn A", "… Ban Chủ nhiệm …")
        # ("Phó Chủ tịch HĐND tỉnh khóa XV Vũ Văn Cài": the term after the body, then the name)
        # ("Trưởng Ban chỉ đạo phòng, chống dịch …": a verb in lower case inside a body's head is no verb)
        cut = next((i for i in range(1, len(window)) if window[i - 1] == " "
                    and ((_is_stop(low, i) and not window[i].isupper() and not _TERM_THEN_NAME.match(window, i)
                          and not _in_body_head(folded, p, t_end + i))
                         or (title_at(window, i) and not _HEAD_BEFORE.search(window, max(0, i - 11), i)))
                    and not inside_a_name(low, 0, i)),
                   len(window))
        clause_ends = cut < len(window)      # at a verb or another title
        dash_title = clause_ends and re.search(r"[–-]\s*$", window[:cut]) and title_at(window, cut)
        window = window[:cut].rstrip(" –-") if dash_title else window[:cut].rstrip()
        found = None
        for run in re.finditer(rf"(?:{_WORD.pattern})(?:\s+(?:{_WORD.pattern}))*", window):
            after = window[run.end():].strip(" ….")
            if after and not after[0].islower():
                continue
            words = run.group().split()
            before = window[:run.start()].split()
            unit = ""
            for n in (2, 1):
                tail = " ".join(before[-n:]).casefold()
                if len(before) >= n and (tail in _type_words() or tail in _committee_units()):
                    unit = tail
                    break
            ttype = _type_words().get(unit) or _committee_units().get(unit)
            place = place_name(words, ttype) if unit else []
            name_words = words[len(place):]
            # two syllables only when nothing follows in the clause ("… UBND tỉnh Võ Phiên;") but
            # a verb or "và" and another title ("… HĐND tỉnh Hà Ban và Phó Bí thư …")
            shortest = 2 if not after or (clause_ends and after in ("và", "cùng", "cùng với")) else 3
            # ("Tổng Bí thư Tô Lâm tiếp xúc cử tri …": a national post has no body to run into the
            # name, so two syllables right after it are the name whatever follows)
            if not before and not (row.get("body") or "@").startswith("@"):
                shortest = 2
            if not place and (len(name_words) > 4 or len(name_words) == 4
                              and not opens_a_name(name_words[0])):
                # "Phó Chủ tịch UBTƯ MTTQ Việt Nam Trương Thị Ngọc Ánh", "… tỉnh Thừa Thiên - Huế
                # Hoàng Trọng Bình": the body runs into the name; the name is the last syllables
                # from a family name
                # (two when nothing follows them after a name the body ends with: "Chủ tịch Ủy ban
                # Trung ương MTTQ Việt Nam Huỳnh Đảm.", not "… Khăm Muộn Phôm Ma Phăn Thạ Lăng Si")
                two = shortest == 2 and len(words) > 3 and (" ".join(words[-4:-2]) == "Việt Nam"
                                                          or " ".join(words[-4:-2]) in _provinces())
                k = next((k for k in ((4, 3, 2) if two else (4, 3)) if words[-k] in family_names()), 0)
                if k:
                    place, name_words = words[:-k], words[-k:]
            # "Học viện Chính trị Quốc gia Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh": a body named after
            # a person ends with that name, which is no one present
            lead = window[:run.start()] + " " + " ".join(words[:len(words) - len(name_words)])
            if _NAMED_AFTER.search(lead.rstrip()):
                continue
            # "Bí thư Tỉnh Đoàn Nguyễn Văn An", "… Trung ương Đoàn Bùi Quang Huy": the Youth Union's
            # committee is named "<level> Đoàn", and Đoàn is a family name too
            youth = name_words[:1] == ["Đoàn"] and _YOUTH_LEVEL.search(" ".join(before + words[:len(words) - len(name_words)]))
            if youth and len(name_words) == 4 and name_words[1] in family_names():
                place, name_words = words[:len(words) - 3], words[-3:]
            elif youth and (" ".join(name_words[1:]) in _provinces()
                            or _official(_YOUTH_UNIT.get(youth.group(), "huyện"), " ".join(name_words[1:]))):
                # "Bí thư Tỉnh Đoàn Nghệ An", "BTV Huyện Đoàn Xuyên Mộc": the committee and its
                # province or district, no one named
                continue
            # (a province is no one's name: "… tiếp xúc cử tri ở Hà Nội")
            if shortest <= len(name_words) <= 4 and opens_a_name(name_words[0]) \
                    and " ".join(name_words) not in _provinces():
                found = (run, words, place, name_words)
                break
        if not found and window.strip() and (dash_title or not clause_ends
                                             or _COPULA_NAME.match(text, t_end + len(window))):
            found = _closed_after_comma(text, t_end + len(window))
            if found:
                name, name_start, name_end = found
                titles = _held_now(pending, row, _TERM_AT_END.sub("", window.strip()), text, p)
                hits.append(_Hit(name, name_start, name_end, name_end, titles, lead=lead_start))
                taken.append((p, name_end))
                pending = []
                continue
        if not found:
            comma = re.match(r"\s*[,–-]\s*(?:[kK]iêm\s+)?", text[t_end + len(window):])
            # ("Phó Chủ tịch kiêm Tổng Thư ký Trung ương Hội … Phạm Tấn Công": two titles, one body)
            kiem = comma is None and window.strip() in ("kiêm", "Kiêm")
            if kiem:
                comma = re.match(r"\s*", text[t_end + len(window):])
            # (a title whose clause goes on "và <lower case>" is someone else's, with their party:
            # "Báo cáo với Phó Thủ tướng Chính phủ và đoàn công tác, Bí thư Huyện ủy … Nguyễn Văn Hùng")
            joined = re.search(r"\svà\s+(\w)", window)
            if comma and (dash_title or not clause_ends or kiem) and not (joined and joined.group(1).islower()) \
                    and title_at(text, t_end + len(window) + comma.end()):
                body = "" if kiem else window.strip()
                pending = pending + [(row, _FORMER_TITLE if _former_at(text, p) else body)]
                pending_next = t_end + len(window) + comma.end()
            continue
        run, words, place, name_words = found
        name_start = t_end + run.start() + len(" ".join(words[:len(place)])) + (1 if place else 0)
        name = " ".join(name_words)
        name_end = t_end + run.end()
        body = _TERM_AT_END.sub("", text[t_end:name_start].strip())
        goes_on = _CLAUSE_GOES_ON.search(body)
        if goes_on and not inside_a_name(body.casefold(), 0, goes_on.start() + 1):
            # "bổ sung Ủy viên Ủy ban MTTQ … thành phố và hiệp thương cử đồng chí Đào Trọng Đức giữ
            # chức …": the clause went on ("và" and a lower-case word) to another act
            continue
        # "Chủ tịch UBMTTQ Việt Nam TP. Huế – bà Nguyễn Thị Ái Vân", "Chủ tịch UBND tỉnh ông
        # Nguyễn Văn An": an honorific (after a dash or not) stands between the body and the name
        h = _honorific_end_re().search(body)
        if h and body[:h.start()].strip():
            body = re.sub(r"\s*[–-]?\s*$", "", body[:h.start()])
        # ("nguyên Chủ tịch nước Trần Đức Lương": a former post is no post now)
        titles, chain_end = _held_now(pending, row, body, text, p), name_end
        # "do Chủ tịch UBMTTQVN tỉnh Trần Bình Trọng làm trưởng đoàn": the post the sentence
        # gives after the name (the group led, found by _led_group)
        led = re.match(r"\s*,?\s+(?:(?P<held>tiếp tục|được bầu|được hiệp thương cử|được cử)\s+)?"
                       r"(?:làm|giữ chức(?:\s+vụ)?)\s+", text[name_end:])
        then = title_at(text, name_end + led.end()) if led else None
        then_body = text[then[1]:_body_end(text, then[1])].strip(" .,-–") if then else ""
        if then and not then_body:
            titles, chain_end = titles + [(then[0], "")], then[1]
        elif then and led.group("held"):
            # "Phó Bí thư Thành ủy … Nguyễn Phước Lộc tiếp tục làm Chủ tịch Ủy ban MTTQ Việt Nam TPHCM":
            # the post the name goes on holding, or was elected to
            titles, chain_end = titles + [(then[0], _TERM_AT_END.sub("", then_body))], _body_end(text, then[1])
        # "Phó Bí thư Thường trực Tỉnh ủy Phương Thị Thanh - Chủ tịch Ủy ban bầu cử tỉnh đề nghị …":
        # titles after a dash go on the name's chain (unless they close on another's name)
        # (after a comma too when the titles meet the person's role verb, "Phó Chủ tịch nước Đặng Thị
        # Ngọc Thịnh, Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng Trung ương dự …", or end
        # the item on a body that cannot close on a name the lexicon lacks: "Tổng Bí thư Nguyễn Phú
        # Trọng, Bí thư Quân ủy Trung ương;", not "…, Phó Chủ tịch UBND tỉnh Thân Đức Hưởng.")
        dash = re.match(r"[ \t]*([–-]|,)[ \t]*", text[name_end:]) if not then else None
        if dash and title_at(text, name_end + dash.end()):
            more, more_end = _chain(text, name_end + dash.end())
            ok = bool(more) and not _ends_on_a_name(more[-1][1]) and not _is_bare_name(more[-1][1])
            if ok and dash.group(1) == ",":
                # (", đã chủ trì …": the verb set off by a comma, in the past tense)
                nxt = more_end + re.match(r"[ \t]*(?:,?[ \t]*đã[ \t]+)?", text[more_end:]).end()
                ok = (text[nxt:nxt + 1].islower() and _role_re()[0].match(text.casefold(), nxt) is not None) \
                    or (text[nxt:nxt + 1] in (";", ".") and not _may_close_on_a_name(more[-1][1]))
            if ok:
                titles, chain_end = titles + [(r, _TERM_AT_END.sub("", ph)) for r, ph in more], more_end
        hits.append(_Hit(name, name_start, name_end, chain_end, titles, lead=lead_start))
        taken.append((p, chain_end))
        pending = []
        # "các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Trần Lạc, Nguyễn Thị Lan và …": a
        # plural honorific's shared title, then the names that hold it
        if _PLURAL_BEFORE.search(text, max(0, lead_start - 20), lead_start):
            q = chain_end
            head = hits[-1]
            while (nxt := _next_listed(text, q)) is not None and not any(a < nxt[2] and nxt[0] < b for a, b in taken):
                start, name, end = nxt
                head.listed = lead_start         # one list: a verb after it is every name's
                hits.append(_Hit(name, start, end, end, titles, lead=lead_start, listed=lead_start))
                taken.append((start, end))
                q = end


def _ends_on_a_name(phrase: str) -> bool:
    """The body phrase closes on a person's name ("Ủy ban MTTQ tỉnh Trần Văn B"): another's title."""
    # (not a place after its unit's type word: "… Ủy ban nhân dân tỉnh Hà Nam")
    words = phrase.split()
    return any(len(words) > k and words[-k] in family_names() and all(w[:1].isupper() for w in words[-k:])
               and words[-k - 1].casefold() not in _type_words() for k in (2, 3, 4))


def _held_now(pending: list[tuple[dict, str]], row: dict, body: str, text: str, p: int) -> list[tuple[dict, str]]:
    """The titles a name closes (those pending before it, then the one at p), less those written
    as former ones: "nguyên" before a chain's first title is said of the whole chain ("nguyên Ủy
    viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nguyễn Văn Lợi") but for an
    association's post, which the retired hold ("nguyên Phó Chủ tịch UBND tỉnh, Chủ tịch Hội Cựu
    chiến binh tỉnh")."""
    held = [t for t in pending if t[1] != _FORMER_TITLE] + ([] if _former_at(text, p) else [(row, body)])
    if pending and pending[0][1] == _FORMER_TITLE:
        return [t for t in held if _ASSOCIATION.match(t[1])]
    return held


_ASSOCIATION = re.compile(r"Hội\s(?!đồng)")
# the posts the retired hold: an association's, a liaison committee's, a club's
_RETIREES_HOLD = re.compile(r"(?i)(?:Hội\s(?!đồng)|(?:Ban\s+)?liên lạc|Câu lạc bộ)")


def _former_at(text: str, p: int) -> bool:
    """The title at p is written as a former one ("nguyên Chủ tịch nước …")."""
    return bool(_FORMER_BEFORE.search(text, max(0, p - 12), p))


_FORMER_BEFORE = re.compile(r"(?i)(?<!\w)nguyên\s+$")
_FORMER_TITLE = "@former"        # a pending title written as a former one, dropped with its body
# (or an office: "Chủ nhiệm Văn phòng Chủ tịch nước Lê Khánh Hải")
_HEAD_BEFORE = re.compile(r"(?<!\w)(?:Đoàn|Ban|Văn phòng)\s+$")
_TERM_THEN_NAME = re.compile(rf"(?:khóa|khoá)\s+[IVXLC]+\s+(?=[{UPPER}]\w*\s+[{UPPER}])")
_TERM_AT_END = re.compile(r"\s+(?:khóa|khoá)\s+[IVXLC]+$")
# the level words of the Youth Union's committees ("Tỉnh Đoàn", "Thành Đoàn", "Trung ương Đoàn",
# "T.Ư Đoàn", whose run of capitalised words starts after the dot)
# (capitalised: "UBND tỉnh Đoàn Lê Văn A" is a person of a province the text leaves unnamed)
_YOUTH_LEVEL = re.compile(r"(?<!\w)(?:Tỉnh|Thành|Huyện|Quận|Thị|Trung ương|Trung Ương|TƯ|T\.\s?Ư|TW)$")
_YOUTH_UNIT = {"Tỉnh": "tỉnh", "Thành": "thành phố", "Huyện": "huyện", "Quận": "quận", "Thị": "thị xã"}
# (or "các" on the title itself: "các Phó Chủ tịch Ủy ban MTTQVN tỉnh Phạm Thanh, Nguyễn Phú Nghĩ")
_PLURAL_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{_PLURAL}|các|những)\s*$")


def _next_listed(text: str, q: int) -> tuple[int, str, int] | None:
    """(start, name, end) of the next name a list gives after `q` (", B", " và B"): a full name
    opening with a family name, not a province ("các đồng chí A, Hà Nội …")."""
    sep = _NAME_SEP.match(text, q)
    if not sep or sep.end() == q:
        return None
    w = _WORD.match(text, sep.end())
    got = take_name(text, sep.end()) if w and w.group() in family_names() else None
    if got is None or got[0] in _provinces():
        return None
    return sep.end(), got[0], got[1]


# ---------------------------------------------------------------- posts

_GROUP = re.compile(r"(?:lãnh đạo|đại diện|các đồng chí|thành viên)\s+([^,;()]+?)\s*\(([^()]*)$", re.I)


def _group_body(text: str, hit: _Hit, ctx: Locality | None) -> Body | None:
    """"lãnh đạo Ủy ban MTTQ Việt Nam tỉnh (đồng chí A, Phó Chủ tịch; đồng chí B, …)": the
    people listed in the parentheses hold their bare titles in that body."""
    m = _GROUP.search(text[:hit.start])
    if m and is_body(m.group(1)):
        return parse_body(m.group(1), ctx)
    return None


# "Tổ công tác của Mặt trận tỉnh do đồng chí A, Phó Chủ tịch …, làm Trưởng đoàn": the group
# before "do" is what the person heads
_LED_BY = re.compile(r"([^,;:.()]+?)\s+do\s+(?:(?:đồng chí|ông|bà)\s+)?$", re.I)


def _led_group(text: str, hit: _Hit, ctx: Locality | None) -> Body | None:
    # (an abbreviation or a country glossed in parentheses is part of the group's name:
    # "Đoàn công tác Liên đoàn Lao động tỉnh Chungnam (Hàn Quốc) do ông …")
    m = _LED_BY.search(re.sub(r"\s*\([^()]*\)", "", text[:hit.lead if hit.lead >= 0 else hit.start]))
    if m and re.search(r"\slàm\s", text[hit.end:hit.chain_end]):
        phrase = m.group(1).strip()
        # the group is named from its last head ("… có buổi làm việc với Đoàn công tác …", "Sáng
        # 17/9, đoàn công tác UBMTTQVN tỉnh …")
        head = [g for g in re.finditer(r"(?<!\w)(?:[Đđ]oàn|Tổ)\s(?!(?i:quốc|thể)(?!\w))", phrase)
                if not re.search(r"(?i)(?:liên|công|thành|huyện|tỉnh|quận|thị|chi)\s$", phrase[:g.start()])]
        if head:
            phrase = phrase[head[-1].start():]
            phrase = phrase[:1].upper() + phrase[1:]
        # (a group, not the last of a list of bodies: "Thị ủy, HĐND, UBND thị xã Cửa Lò do …")
        if phrase[:1].isupper() and (head or phrase.startswith("Ban ")) and (is_body(phrase) or re.match(r"(?:Đoàn|Tổ|Ban)\s", phrase)):
            return parse_body(phrase, ctx)
    return None


def _led_unit(text: str, hit: _Hit) -> Locality | None:
    """The unit the group a hit leads is named with ("Đoàn công tác … tỉnh Nam Định do ông A … làm
    trưởng đoàn"), completed from the official list."""
    from .context import complete, find_localities
    m = _LED_BY.search(re.sub(r"\s*\([^()]*\)", "", text[:hit.lead if hit.lead >= 0 else hit.start]))
    if m is None or not re.search(r"\slàm\s", text[hit.end:hit.chain_end]):
        return None
    named = [loc for _a, _b, loc in find_localities(m.group(1)) if loc.name]
    return complete(named[-1], None) if named else None


def _phrase_less(hit: _Hit, i: int) -> bool:
    """The i-th title is the last of the chain and has no body phrase: the one "làm" gives."""
    return i == len(hit.titles) - 1 and not hit.titles[i][1]


_FOREIGN_UNIT = re.compile(rf"(?:tỉnh|huyện|thành phố)\s+([{UPPER}]\w*(?:\s+[{UPPER}]\w*)*)$")


def _foreign_unit(phrase: str) -> bool:
    """A unit with a capitalised name that is no body's ("tỉnh Ratanakiri", not "tỉnh Hội")."""
    m = _FOREIGN_UNIT.match(phrase)
    return bool(m) and not is_body(m.group(1)) and not _stops_name(m.group(1), 0)


def _posts(hit: _Hit, ctx: Locality | None, span: Span, text: str = "") -> list[PostHolding]:
    bare = text and any(not ph for _r, ph in hit.titles)
    group = _group_body(text, hit, ctx) if bare else None
    led = _led_group(text, hit, ctx) if bare else None
    # "Đoàn công tác của Ủy ban MTTQ tỉnh Nam Định do ông A – Chủ tịch Ủy ban MTTQ tỉnh làm trưởng
    # đoàn", "Thị ủy, HĐND, UBND thị xã Cửa Lò do đồng chí B - Phó Bí thư Thường trực Thị ủy làm
    # Trưởng đoàn": the bare unit words of the leader's posts are the group's unit, not the host's
    ctx = (_led_unit(text, hit) if bare else None) or ctx
    phrases: list[str] = []
    congress = {i for i, (_row, phrase) in enumerate(hit.titles) if phrase == _OF_CONGRESS}
    for i, (row, phrase) in enumerate(hit.titles):
        raw = phrase
        phrase = expand(phrase) if phrase and i not in congress else ""
        # "Phó Chủ tịch Thường trực phụ trách UBND huyện": the body the post is in charge of
        if phrase.startswith("phụ trách ") and is_body(phrase[len("phụ trách "):]):
            phrase = phrase[len("phụ trách "):]
        if phrase.casefold() == "hội":
            phrase = "Hội"          # "tái cử chức Chủ tịch hội": the association, however cased
        if _PAPER.match(phrase):
            phrase = "B" + phrase[1:]     # "Phó Tổng Biên tập báo Tiền Phong": the paper, however cased
        if phrase and _named_body(row) and _BARE_UNIT_PHRASE.fullmatch(phrase):
            phrase = ""             # "Đại biểu Quốc hội tỉnh": the province's deputy, of the one Quốc hội
        prefix = row.get("prefix", "")
        if phrase and prefix and not phrase.casefold().startswith(prefix.casefold()):
            # (expanded after the prefix when the expansion changed how the phrase opens: "Chánh
            # Văn phòng Trung ương Đảng" is of "Văn phòng Trung ương Đảng", not of "Văn phòng Ban
            # Chấp hành …")
            phrase = f"{prefix} {phrase}" if phrase.split()[:1] == raw.split()[:1] else expand(f"{prefix} {raw}")
        phrases.append(phrase)
    bodies = [parse_body(phrase, ctx) if phrase else None for phrase in phrases]
    # "TV phụ trách cụm": a duty in lower case after the title, no post of a body
    # (not a place the lists lack, a neighbour's: "Phó Tỉnh trưởng tỉnh Ratanakiri")
    duty = {i for i, b in enumerate(bodies) if b is not None and b.kind == "other" and not b.locality
            and not b.unresolved and phrases[i][:1].islower() and not _foreign_unit(phrases[i])
            and not lowercase_head(phrases[i])}
    # "Ủy viên Ban T", "Tỉnh ủy viên, Bí th": a page cut mid-word tells no post
    if text and not text[hit.chain_end:].strip():
        duty |= {i for i, ph in enumerate(phrases) if _cut_short(ph)}
    bodies = [None if i in duty else b for i, b in enumerate(bodies)]
    _share_units(["" if i in congress else ph for i, (_r, ph) in enumerate(hit.titles)], phrases, bodies, ctx,
                 [r for r, _ph in hit.titles])
    out = []
    for i, (row, _phrase) in enumerate(hit.titles):
        if i in duty:
            continue
        body = bodies[i]
        if body is not None and body.name == "Đảng ủy" and body.locality is None:
            body = _bare_party_committee(bodies[i + 1:]) or body
        if body is None and led is not None and _phrase_less(hit, i):
            body = led                       # the group itself, not the body it belongs to
        # ("Ủy viên Ban Thường vụ, Trưởng Ban Dân vận, Chủ tịch UBMTTQ thành phố Rạch Giá": the
        # unit is named by a post after the Party's own department)
        later = [b for b in bodies[i + 1:] if b is not None]
        placed = next((b for b in later if not _bare_party_department(b)), None)
        if body is None:
            nxt = placed or (later[0] if later else group)
            body = _implied_body(row.get("body", ""), nxt, ctx, _spells_province(text, hit))
        elif row.get("body", "").startswith("@party") and body.kind == "other" and body.locality is not None \
                and _BARE_UNIT_PHRASE.fullmatch(body.name):
            # "Bí thư phường Tân Định": the Party committee of the unit named
            body = _implied_body("@party", body, ctx, _spells_province(text, hit)) or body
        elif body.name in _HEADLESS and body.parent is None and body.locality is None and not body.unresolved \
                and placed is not None:
            # "Bí thư Đảng đoàn, Chủ tịch Hội Nông dân tỉnh Kiên Giang", "Ủy viên Đoàn Chủ tịch, Trưởng
            # ban … Cơ quan Ủy ban Trung ương MTTQ Việt Nam": of the organisation the next post is in
            top = placed
            while top.parent is not None:
                top = top.parent
            if body.name != "Chi bộ":
                body = parse_body(f"{body.name} {top.name}", ctx) or body
            elif (place := _CELL_PLACE.search(top.name)) is not None:
                # (a Party cell is of the village or quarter the next post names: "Bí thư chi bộ,
                # Trưởng khu phố 4" -> "Chi bộ khu phố 4")
                body = parse_body(f"Chi bộ {place.group()}", ctx) or body
        elif _bare_party_department(body):
            # "Trưởng Ban Dân vận, Chủ tịch Ủy ban MTTQ Việt Nam thị xã": a department of the Party
            # committee of the unit the person's other posts are of
            committee = next((o.body for o in reversed(out) if o.body is not None
                              and o.body.kind == "party_committee"), None) \
                or _implied_body("@party", placed, ctx, _spells_province(text, hit))
            if committee is not None:
                body = parse_body(f"{body.name} {committee.name}", ctx)
        # a post is in a body; only a title the lexicon says has none ("-": Chủ tịch nước)
        # stands alone ("do ông X làm Trưởng đoàn" says of which delegation nowhere)
        if body is not None or row.get("body") == "-":
            if row.get("body") == "-":
                body = None     # ("Chủ tịch nước CHXHCNVN": the state the post is of, no body)
            title = row.get("post") or row["title"]
            if title == "Tỉnh ủy viên" and body is not None and body.name.startswith("Thành ủy"):
                title = "Thành ủy viên"          # "TUV" of a centrally-run city
            out.append(PostHolding(hit.name, *_executive_member(title, body), span))
        elif i in congress:
            out.append(PostHolding(hit.name, row.get("post") or row["title"], None, span, of_congress=True))
    return out


# bodies inside an organisation whose name a page leaves to the next post ("Đảng đoàn", "Đoàn Chủ tịch";
# a village's Party cell: "Bí thư chi bộ, Trưởng khu phố 4")
_HEADLESS = frozenset(("Đảng đoàn", "Đoàn Chủ tịch", "Chi bộ"))
# the village or quarter a Party cell is of, at the end of the next post's body
_CELL_PLACE = re.compile(r"(?i)(?<!\w)(?:khu phố|khu vực|tổ dân phố|thôn|ấp|bản|xóm)\s.*$")
_BARE_UNIT_PHRASE = re.compile(r"(?i)(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?:\s+\S+){0,4}")
_EXECUTIVE = "Ban Chấp hành "
# the departments only a Party committee has, named alone in a chain of posts
_PARTY_DEPARTMENTS = frozenset(("Ban Dân vận", "Ban Tuyên giáo", "Ban Tổ chức", "Ban Tuyên giáo và Dân vận",
                                "Ủy ban Kiểm tra", "Ban Nội chính"))


def _bare_party_department(body: Body | None) -> bool:
    return body is not None and body.name in _PARTY_DEPARTMENTS and body.parent is None \
        and body.locality is None and not body.unresolved


def _executive_member(title: str, body: Body | None) -> tuple[str, Body | None]:
    """"Ủy viên Ban Chấp hành Hội Cựu chiến binh tỉnh": a member of an organisation's executive
    committee holds "Ủy viên Ban Chấp hành" of the organisation, as a standing committee's holds
    "Ủy viên Ban Thường vụ" of it. A Party organisation's (Đảng bộ) and the Party's central
    committee are written as the committee itself ("Ủy viên" of "Ban Chấp hành Đảng bộ tỉnh")."""
    # ("Ban chấp hành Hội LHPN xã", however the page types it)
    if (title != "Ủy viên" or body is None or not body.name.casefold().startswith(_EXECUTIVE.casefold()) or body.parent is None
            or body.parent.kind not in _COMMITTEE_KINDS or body.parent.name.startswith("Đảng bộ")):
        return title, body
    return "Ủy viên Ban Chấp hành", replace(body.parent, name=body.name[len(_EXECUTIVE):])


_CUT_COMMITTEE = frozenset(("tỉnh", "thành", "huyện", "quận", "thị"))


def _cut_short(phrase: str) -> bool:
    """The phrase ends in a fragment no syllable is: one capital letter ("Ban T") or lower-case
    letters without a vowel ("Bí th"); read only at the end of a text."""
    words = phrase.split()
    if len(words) == 1 and words[0].casefold() in _CUT_COMMITTEE:
        return True         # "Ủy viên Ban Thường vụ Tỉnh": the committee's word cut off after its unit's
    if len(words) < 2:
        return False
    last = words[-1]
    if len(last) == 1 and last.isalpha() and last.isupper():
        return True
    return last.isalpha() and last.islower() and len(last) <= 3 and not re.search(r"[aeiouy]", strip_tones(last))


_COMMUNES = ("xã", "phường", "thị trấn", "đặc khu")
_LOCAL_KINDS = ("front_committee", "peoples_committee", "peoples_council", "member_organization")
_COMMITTEE_KINDS = _LOCAL_KINDS + ("party_committee",)      # the bodies that have departments
_NATIONAL_WORDS = re.compile(r"(?i)việt nam|trung ương|\bTW\b|\bT\.?Ư(?!\w)")
_FRONT = "Ủy ban MTTQ Việt Nam"
# "Việt Nam" is part of the Front's name, not a sign of national scope ("Phó Chủ tịch UB MTTQ Việt
# Nam, Bí thư Đoàn phường"): the central committee is named with "Trung ương"
_FRONTS_NAME = re.compile(r"(?i)(?:MTTQ|Mặt trận Tổ quốc)\s*(?:Việt Nam|VN)")


def _share_units(written: list[str], phrases: list[str], bodies: list[Body | None], ctx: Locality | None,
                 rows: list[dict]) -> None:
    """"Phó Chủ tịch Ủy ban MTTQ, Chủ tịch Hội LHPN tỉnh", "Chủ tịch UBND, Chủ tịch Ủy ban Bầu
    cử tỉnh An Giang": a local body the chain names without its unit is of the unit the next
    post's body names, or failing that of the unit of the body the person leads before it
    ("Bí thư Đảng ủy phường, Chủ tịch HĐND"); a department named alone, of the body of the post
    before it. A name of national scope as written ("Việt Nam", "Trung ương") is left as it is."""
    for i, body in enumerate(bodies):
        phrase = phrases[i]
        # "Ủy viên Ban Thường vụ Đảng ủy, Trưởng ban Xây dựng Đảng"
        prev = next((b for b in reversed(bodies[:i]) if b is not None), None)
        if body is not None and body.kind == "department" and body.parent is None and not body.locality \
                and not body.unresolved and prev is not None and _top(prev).kind in _COMMITTEE_KINDS \
                and not _NATIONAL_WORDS.search(written[i]):
            bodies[i] = parse_body(f"{phrase} {_top(prev).name}", ctx)
            continue
        # ("Bí thư đảng bộ - Chủ tịch HĐND xã": a bare "Đảng bộ" is the unit's too)
        # (a steering committee, "Ban Chỉ đạo 138", is at a unit as the local bodies are, unless
        # its name says whose it is or which congress: "Ban Chỉ đạo Thành ủy …", "… Đại hội")
        steering = body is not None and body.name.startswith("Ban Chỉ đạo") \
            and not re.search(r"(?i)(?<!\w)(?:ủy|uỷ|đảng|hội)(?!\w)", body.name)
        if body is None or body.locality or body.unresolved \
                or (body.kind not in _LOCAL_KINDS and body.name != "Đảng bộ" and not steering) \
                or _NATIONAL_WORDS.search(_FRONTS_NAME.sub("", written[i])) or body.parent is not None \
                or "Trung ương" in body.name:       # (as an abbreviation expands: "UBTƯ MTTQ Việt Nam")
            continue
        nxt = next((b for b in bodies[i + 1:] if b is not None), None)
        if nxt is None:
            # a member of a higher committee ("Huyện ủy viên, Chủ tịch UBND") may lead a
            # commune's body: only a post that leads the body before gives its unit
            j = next((j for j in range(i - 1, -1, -1) if bodies[j] is not None), None)
            if j is None or "viên" in (rows[j].get("post") or rows[j]["title"]).casefold():
                continue
            nxt = bodies[j]
        nxt = _top(nxt)
        if body.name == "Đảng bộ" and nxt.kind in _AGENCY_KINDS and i + 1 < len(bodies) and bodies[i + 1] is not None:
            # "Bí thư Đảng bộ, Giám đốc Sở Y tế": the agency's own Party organisation
            bodies[i] = Body(f"Đảng bộ {nxt.name}", body.kind, nxt.locality, unresolved=nxt.unresolved)
            continue
        unit = f"{nxt.locality.type_word} {nxt.locality.name}" if nxt.locality else nxt.unresolved
        if unit:
            bodies[i] = parse_body(f"{phrase} {unit}", ctx)
    # "Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban Mặt trận tỉnh Đắk Nông": a committee the
    # chain leaves without its unit is of the unit of that type another of the posts names
    # (also when the article's own unit filled it: "Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt
    # Nam tỉnh Quảng Ngãi" on a page about another province, or about none)
    if ctx is not None and any(b is not None and b.locality is not None for b in bodies):
        for i, body in enumerate(bodies):
            if body is None or body.locality is None or not phrases[i] or _NATIONAL_WORDS.search(written[i]):
                continue
            own = parse_body(phrases[i], None)
            if own is None or own.locality is not None or not own.unresolved:
                continue
            named = [parse_body(phrases[j], None) for j in [*range(i + 1, len(bodies)), *range(i - 1, -1, -1)]
                     if bodies[j] is not None and phrases[j]]
            placed = next((_top(b).locality for b in named if b is not None and _top(b).locality is not None
                           and resolve_bare(own.unresolved, _top(b).locality) is not None), None)
            if placed is not None and resolve_bare(own.unresolved, placed) != body.locality:
                bodies[i] = parse_body(phrases[i], placed)
    for i, body in enumerate(bodies):
        if body is None or body.locality or not body.unresolved or _NATIONAL_WORDS.search(written[i]):
            continue
        others = [_top(b).locality for b in bodies[i + 1:] + bodies[:i][::-1] if b is not None]
        placed = next((loc for loc in others if resolve_bare(body.unresolved, loc) is not None), None)
        if placed is not None:
            bodies[i] = parse_body(phrases[i], placed)
    # "CT MTTQ", "Phó Chủ tịch UBMTTQ" and no other post to place it: the Front committee of
    # the article's own unit, as "Chủ tịch UBND" is (bodies.tsv @here); "Ủy ban MTTQ Việt Nam"
    # as written may be the national one and stays
    for i, body in enumerate(bodies):
        if body is not None and body.name == _FRONT and body.parent is None and not body.locality \
                and not body.unresolved and ctx is not None and ctx.name \
                and not _NATIONAL_WORDS.search(written[i]) and not re.search(r"VN|Trung|T\.?Ư", written[i]):
            bodies[i] = Body(f"{_FRONT} {ctx.type_word} {ctx.name}", body.kind, ctx)


# bodies with a Party organisation of their own named after them ("Đảng ủy Sở Y tế")
_AGENCY_KINDS = ("state_body", "other", "centre")


def _bare_party_committee(later: list[Body | None]) -> Body | None:
    """"Bí thư Đảng ủy, Chủ tịch HĐND phường Thuận Hóa", "Bí thư Đảng ủy, Phó Viện trưởng Viện
    kiểm sát nhân dân tỉnh Quảng Trị": a bare "Đảng ủy" is the committee of the commune or the
    agency the next post names (not of a district's or province's council or committee, whose
    Party committee is no "Đảng ủy")."""
    nxt = next((b for b in later if b is not None), None)
    if nxt is None:
        return None
    top = _top(nxt)
    if top.locality is not None and top.locality.type_word in _COMMUNES:
        return Body(f"Đảng ủy {top.locality.type_word} {top.locality.name}", "party_committee", top.locality)
    if top.locality is None and top.unresolved in _COMMUNES:
        # "Bí thư Đảng ủy - Chủ tịch HĐND xã" on a page that does not say which xã
        return Body(f"Đảng ủy {top.unresolved}", "party_committee", None, unresolved=top.unresolved)
    if top.kind in _AGENCY_KINDS:
        return Body(f"Đảng ủy {top.name}", "party_committee", top.locality)
    return None


def _top(body: Body) -> Body:
    while body.parent is not None:
        body = body.parent
    return body


def _central_city(ctx: Locality | None) -> Locality | None:
    """The centrally-run city the article's unit is in (Hà Nội, a "quận" of an unnamed one:
    districts called quận are a city's), whose Party committee is its Thành ủy; else None."""
    unit, urban = ctx, False
    while unit is not None:
        urban = urban or unit.type_word == "quận"
        if unit.parent is None:
            if unit.type_word == "thành phố" and unit.level == "province":
                return unit
            return Locality("thành phố", None) if urban and unit.type_word != "tỉnh" else None
        unit = unit.parent
    return None


def _spells_province(text: str, hit: _Hit) -> bool:
    """The person's titles write "Tỉnh ủy" out ("Tỉnh ủy viên"), which no centrally-run city has:
    the post is in a province's committee whatever city the article is about."""
    start = hit.lead if 0 <= hit.lead < hit.start else hit.start
    return bool(re.search(r"(?i)tỉnh (?:ủy|uỷ)", text[start:hit.chain_end]))


def _implied_body(rule: str, nxt: Body | None, ctx: Locality | None, province: bool = False) -> Body | None:
    """The body of a title the text gives without one: the next title's committee
    ("Phó Chủ tịch, Tổng Thư ký Ủy ban …"), or a Party committee (UVTV, HUV)."""
    if rule == "@next":
        return _top(nxt) if nxt else None
    if rule and not rule.startswith("@") and rule != "-":
        return parse_body(rule, ctx)         # the one body the title belongs to ("Tổng Bí thư")
    if not rule.startswith("@party"):
        return None
    levels = rule.split(":", 1)[1].split("|") if ":" in rule else []
    loc = None
    level = None
    if nxt is not None:
        top = _top(nxt)
        if top.kind == "party_committee" and not levels:
            return top
        if top.kind == "member_organization" and not levels:
            # "Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Hội LHPN thành phố": of the union's
            # own standing board, not of a Party committee
            return top
        loc = top.locality
        level = loc.type_word if loc else top.unresolved
    if levels and level not in levels:
        level, loc = levels[0], None
        city = _central_city(ctx) if level == "tỉnh" and not province else None
        if city is not None:
            # "TUV, Bí thư Quận ủy": a member of the city's Party committee (Thành ủy)
            level, loc = "thành phố", city if city.name else None
    if level is None and ctx is not None:
        level = ctx.type_word
    if level not in _party():
        return None
    head = _party()[level]["committee"]
    if loc is None and nxt is not None and level in _COMMUNES and level == _top(nxt).unresolved:
        # "Đảng ủy viên, Chủ tịch Hội Cựu chiến binh phường": a commune's committee, which one unsaid
        return parse_body(f"{head} {level}", ctx)
    return parse_body(head, loc or ctx) if loc is None or loc.type_word == level else parse_body(head, ctx)


# ---------------------------------------------------------------- roles

_OPENING_ATTENDED = re.compile(r"(?<!\w)(?:dự|phiên)\s+$")
_NUMBERED = re.compile(r"\s+(?:số\s*)?\d")


# "tham dự hội nghị quán triệt: A; B": the verb names the event attended, presenting nothing
_EVENT_NAMED = re.compile(r"(?<!\w)(?:hội nghị|hội thảo|lớp|buổi|cuộc họp)(?:\s+trực tuyến)?\s+$")


# an event named earlier in the clause ("Hội nghị sơ kết …, triển khai nhiệm vụ …", "chủ trì cuộc họp
# … nhằm đánh giá … và triển khai nhiệm vụ …")
_EVENT_WORD = re.compile(r"(?<!\w)(?:hội nghị|hội thảo|cuộc họp|phiên họp|buổi làm việc|lớp tập huấn|lớp bồi dưỡng)(?!\w)")


def _in_an_events_name(low: str, at: int, hits: list[_Hit]) -> bool:
    """The presenting verb at `at` is part of an event's name or aim: an event word comes before it in
    its clause with no one named between ("tổ chức Hội nghị sơ kết …, triển khai nhiệm vụ …, tham
    dự có …"), not "Hội nghị đã nghe đồng chí A triển khai …"."""
    clause = max(low.rfind(".", 0, at), low.rfind(";", 0, at)) + 1
    event = None
    for event in _EVENT_WORD.finditer(low, clause, at):
        pass
    if event is None or any(event.start() < h.start < at for h in hits):
        return False
    # (but the subject's next act: "… chủ trì hội nghị và trực tiếp triển khai kế hoạch", "… chủ trì
    # hội nghị đã triển khai các văn bản"; not what the event is for: "… nhằm đánh giá … và triển khai")
    between = low[event.end():at]
    return bool(_AIM_WORD.search(between)) or not _NEXT_ACT.search(between)


_AIM_WORD = re.compile(r"(?<!\w)(?:nhằm|để)(?!\w)")
_NEXT_ACT = re.compile(r"(?<!\w)(?:và|đã|trực tiếp|đồng thời|cũng|rồi|sau đó)\s+$")


def _roles_in(text: str, hits: list[_Hit]) -> list[tuple[_Hit, str]]:
    low = text.casefold()
    out: list[tuple[_Hit, str]] = []
    verbs = []   # (start, end, role, where)
    pattern, by_phrase = _role_re()
    p = 0
    while (m := pattern.search(low, p)) is not None:
        # (nor a department's name: "Phòng văn hoá thông tin huyện")
        if any(h.start <= m.start() < h.chain_end for h in hits) or _in_a_department_name(low, m.start()):
            p = m.start() + 1
            continue
        # "Dự khai mạc hội thi có …", "Dự phiên khai mạc có …": the opening attended, no speech;
        # "Kết luận 21-KL/TW", "Kết luận số 01": a document, no verb
        if (m.group() == "khai mạc" and _OPENING_ATTENDED.search(low, 0, m.start())) \
                or (m.group() == "kết luận" and _NUMBERED.match(low, m.end())) \
                or (by_phrase[m.group()][0] == "presenter" and _EVENT_NAMED.search(low, 0, m.start())) \
                or (by_phrase[m.group()][0] == "presenter" and _in_an_events_name(low, m.start(), hits)):
            p = m.end()
            continue
        verbs.append((m.start(), m.end(), *by_phrase[m.group()]))
        p = m.end()
    opener = None   # the person a sentence-opening verb names ("Kết luận hội nghị, ông X …")
    attended_by: list[_Hit] = []    # those an attendance verb just gave its role
    last_subject: list[_Hit] = []
    last_verb_end = 0
    opening_end = None      # the end of the verbs opening the sentence ("Dự và phát biểu …")
    asked_end = None        # the end of a verb asking others to act ("đề nghị", "yêu cầu")
    for v_start, v_end, role, where in verbs:
        # "…, dự kiến có Bí thư Tỉnh ủy A tham dự và phát biểu chỉ đạo", "ông B sẽ chủ trì": what is
        # planned is no role yet
        clause = max(low.rfind(".", 0, v_start), low.rfind(";", 0, v_start)) + 1
        # (nor what did not happen: "… Chủ tịch nước không thể về dự Đại hội")
        if _PLANNED.search(low, clause, v_start) or _WILL.search(low, max(0, v_start - 12), v_start) \
                or _NOT_DONE.search(low, max(0, v_start - 16), v_start):
            continue
        # "Phát biểu khai mạc Hội nghị, ông X …", "Dự và phát biểu chỉ đạo tại đại hội, đồng chí X":
        # verbs opening the sentence, before the person the clause after the comma names
        opening = v_start <= 2 or (opening_end is not None and re.fullmatch(r"\s*và\s*", low[opening_end:v_start]))
        if opening:
            opening_end = v_end
        if where == "attend" and _MATTER_OF.search(low, max(0, v_start - 12), v_start):
            continue            # "… các nội quy liên quan đến việc tham dự kỳ đại hội": attending as a matter
        if where == "attend" and _VOTING_AFTER.match(low, v_end):
            continue            # "… với 100% đại biểu tham dự tán thành", "so với đại biểu HĐND dự bầu": a vote's tally
        if where == "attend":
            co = _CO.search(low, v_end)
            # "Dự hội nghị có A, B": a "có" the people follow; not one after them ("Dự và phát
            # biểu, ông X, … đánh giá … đã có nhiều kết quả")
            if co and (any(v_end <= h.start < co.start() for h in hits) or not any(h.start > co.start() for h in hits)):
                co = None
            if co:
                # (up to a verb heading the next list: "Tham dự hội nghị có Ban …, chủ trì hội nghị: Bà A";
                # not one said of an item: "có bà A – …, chủ trì hội nghị; ông B – …")
                until = next((vs for vs, ve, _r, _w in verbs if vs > co.end() and re.match(r"[^.;:]{0,40}:", low[ve:])),
                             len(low))
                out += [(h, role) for h in hits if co.start() < h.start < until]
            # "… sự tham dự của các đồng chí lãnh đạo: A; B; C": the list after a colon
            colon = None if co else re.compile(r":").search(low, v_end, v_end + 80)
            if colon and not any(v_end <= h.start < colon.start() for h in hits):
                out += [(h, role) for h in hits if h.start > colon.start()]
            # "… với sự tham dự của bà A - …; ông B - …": those it names right after "của"
            elif not co and low[:v_start].endswith("sự ") and _OF_WHOM_AFTER.match(low, v_end):
                out += [(h, role) for h in hits if h.start > v_end]
            if opening and not co and not colon:
                first = _opened(text, low, hits, v_end)
                if first is not None:
                    out += [(h, role) for h in _joined(low, hits, first)]
                    opener = first
            tail = low[v_end:].strip(" .;!")
            before = [h for h in hits if h.chain_end <= v_start]
            # "… A, B và C đến dự." or "… C đã đến dự Ngày hội …": the people just before it
            # (not when the delegates are who came: "Chủ tịch X chào mừng các đại biểu về dự Hội nghị")
            # (not when "có" names them after it: "Chủ trì có bà A, …, đến dự chỉ đạo có đồng chí B")
            # (nor when those met or awarded are: "… trao bằng khen cho đại biểu tham dự", "… gặp mặt Đoàn
            # đại biểu tham dự Đại hội …")
            # (nor before "sự tham dự của …", whose attendees follow it: "Đồng chủ trì có A và B cùng sự
            # tham dự của các đồng chí lãnh đạo …")
            if not co and not _DELEGATES_MET.search(low, 0, v_start) and not low[:v_start].endswith("sự ") \
                    and ((len(tail.split()) <= 3 and not (before and _DELEGATES.search(low, before[-1].chain_end, v_start)))
                         or (before and _FILLER.fullmatch(_ATTEND_GAP.sub("", low[before[-1].chain_end:v_start])))):
                out += [(h, role) for h in before]
                # "… ông X dự và phát biểu chỉ đạo": the next verb joined by "và" is X's too
                # (each of those it names: "A, …, B, … dự và phát biểu chỉ đạo")
                if before:
                    last_subject, last_verb_end = before, v_end
                    attended_by = before
            continue
        # "Hội nghị đã được khai mạc: …": the event was opened, by no one the sentence names
        if role == "speaker" and low[:v_start].endswith("được "):
            continue
        # "… đồng chí A đề nghị các ngành … để chỉ đạo, triển khai thực hiện …": what was asked of
        # others after it is theirs to do, no role of A's
        if asked_end is not None and asked_end <= v_start and ";" not in low[asked_end:v_start] \
                and not any(asked_end <= h.start < v_start for h in hits):
            continue
        # (with a title before the name only for who chaired or concluded: "dưới sự chủ trì của đồng chí
        # Bí thư Tỉnh ủy X"; "bài phát biểu của …" is a speech passed on, not one given there)
        subject = _subject(text, low, hits, v_start, role, verbs) or _of_whom(
            low, hits, v_end, titled=role in ("chair", "concluder") and not low[:v_start].endswith("bài "))
        # "Chủ trì tại điểm cầu Quảng Ninh có đồng chí A", "Dự và chủ trì hội nghị có: A; B": a
        # heading like an attendance one, naming those who did it after "có"
        heading = None if subject else _CO.search(low, v_end, v_end + 100)
        # (not one of the next clause: "Chủ trì hội nghị Ban Thường trực …; Dự hội nghị có ông X")
        if heading and ";" not in low[v_end:heading.start()] \
                and not any(v_end <= h.start < heading.start() for h in hits) \
                and not any(h.chain_end <= v_start for h in hits):
            # (up to the next verb's heading: "Chủ trì có bà A, …, đến dự chỉ đạo có đồng chí B")
            until = next((vs for vs, _ve, _r, _w in verbs if vs > heading.end()), len(low))
            out += [(h, role) for h in hits if heading.start() < h.start < until]
            continue
        # "Hội nghị được chủ trì bởi các đồng chí: A; B; C", "dưới sự chủ trì của các đồng chí: A; B":
        # the list after a colon the verb opens
        colon = re.compile(r"[^.;:]{0,60}?:").match(low, v_end)
        if colon and not any(v_end <= h.start < colon.end() for h in hits) \
                and all(h.start >= colon.end() for h in subject) \
                and not any(h.chain_end <= v_start for h in hits):
            out += [(h, role) for h in hits if h.start >= colon.end()]
            continue
        # "phát biểu khai mạc và quán triệt …": verbs joined by "và" share their subject
        # (not past the event the first verb names: "… phát biểu chỉ đạo tại Hội nghị … tổng kết công
        # tác năm 2025, triển khai nhiệm vụ năm 2026" is the event's name going on)
        # (or right after it: "… khai mạc chủ trì hội nghị")
        if not subject and last_subject and (re.search(r"(?:,|\svà)(?:\s+(?:trực tiếp|đồng thời|cũng))?\s*$", low[:v_start])
                                             or (last_verb_end and not low[last_verb_end:v_start].strip())) \
                and not any(last_verb_end <= h.start < v_start for h in hits) \
                and not _AT_EVENT.search(low, last_verb_end, v_start):
            subject = last_subject
        # "A – …; B – …; C – … dự và chủ trì hội nghị": all who attended chaired (or spoke: "… đến
        # dự và phát biểu chỉ đạo")
        if attended_by and subject == attended_by[-1:] \
                and re.fullmatch(r"\s*và\s*", low[last_verb_end:v_start]):
            subject = attended_by
        if subject:
            last_subject, last_verb_end = subject, v_end
            if low[v_start:v_end] in _ASKING:
                asked_end = v_end
        # "… ông X đề nghị …" after such an opener is what X said in that act, not a new role
        out += [(h, role) for h in subject if h is not opener]
        if opening:
            first = _opened(text, low, hits, v_end)
            if first is not None:
                out += [(h, role) for h in _joined(low, hits, first)]
                opener = first
    # "Các đồng chí: A, …; B, …; C, … đồng chủ tọa kỳ họp": the verb after a list under a plural
    # heading is what each of them did
    if _PLURAL_HEADING.match(text) and len(hits) > 1:
        last = hits[-1]
        shared = {r for h, r in out if h is last} & {r for v_start, _e, r, _w in verbs if v_start >= last.chain_end}
        out += [(h, r) for h in hits[:-1] for r in sorted(shared) if (h, r) not in out]
    return out


_VOTING_AFTER = re.compile(r"\s+(?:bầu|tán thành|biểu quyết)(?!\w)")
_MATTER_OF = re.compile(r"(?<!\w)việc\s+$")
_PLANNED = re.compile(r"(?<!\w)dự kiến\s")
# (the text is read with "hóa" however the page spells it)
_CULTURE_BEFORE = re.compile(r"(?<!\w)văn h(?:óa|oá)\s+$")


def _in_a_department_name(low: str, i: int) -> bool:
    """A role's verb at `i` is a word of a department's name ("Phòng văn hóa thông tin huyện")."""
    return _CULTURE_BEFORE.search(low, max(0, i - 9), i) is not None
_NOT_DONE = re.compile(r"(?<!\w)(?:không thể|không|chưa|chẳng)\s+(?:(?:về|đến|tới)\s+)?$")
_WILL = re.compile(r"(?<!\w)sẽ\s+(?:\S+\s+)?$")
_ASKING = frozenset(("đề nghị", "yêu cầu", "kêu gọi", "mong muốn"))
_PLURAL_HEADING = re.compile(rf"(?i)\s*{_PLURAL}\b[^:;]{{0,40}}:")


def _opened(text: str, low: str, hits: list[_Hit], v_end: int) -> _Hit | None:
    """The person a verb opening the sentence names: the first after the comma that ends the
    verb's clause ("Phát biểu khai mạc Hội nghị, ông X …"), or, with no comma, the first after
    the event it names ("Phát biểu tại hội nghị đ/c X – …", "Chủ trì cuộc họp là ông X")."""
    comma = text.find(",", v_end)
    after = next((h for h in hits if comma >= 0 and h.start > comma), None)
    near = next((h for h in hits if h.start >= v_end), None)
    gap = _honorific_re().sub("", _AND_VERB.sub("", low[v_end:near.start])) if near is not None else ""
    # ("Đến tham dự đồng chí A – …": the name right after the verb)
    if near is not None and (after is None or near.start < after.start) and (_at_event(gap) or not gap.strip()):
        return near
    return after


# the verbs an opening verb is joined to before its event ("Về dự và phát biểu chỉ đạo đại hội
# đồng chí X", "Tới dự và chỉ đạo Hội nghị đồng chí X")
_AND_VERB = re.compile(r"^\s*và\s+(?:phát biểu\s+)?(?:chỉ đạo|phát biểu|chủ trì)\s")


def _joined(low: str, hits: list[_Hit], first: _Hit) -> list[_Hit]:
    """The person an opening verb names and those joined to them by "và" or ";" ("Phát biểu
    tại hội nghị đ/c A – … và đ/c B – …"), or by a comma when an honorific follows it ("…, ông A,
    Phó Chủ tịch …, ông B, …"): each did what the verb says."""
    group = [first]
    for h in hits[hits.index(first) + 1:]:
        between = low[group[-1].chain_end:h.start]
        if not (_joint_re().fullmatch(between) or _comma_honorific_re().fullmatch(between)):
            break
        group.append(h)
    return group


@lru_cache(maxsize=None)
def _comma_honorific_re() -> re.Pattern:
    """A comma and the next person's honorific: the next of a list of people."""
    return re.compile(r"\s*,\s*(?:" + _honorific_re().pattern + r")")


# what may stand between a person and their verb: "đã", "cũng", a photo's "(đứng)", "(giữa)"
# "… Chủ tịch HĐND xã thay mặt lãnh đạo xã phát biểu": on whose behalf
# what may stand between the people and their verb: "đã", "lần lượt", "thay mặt …", others named
# without a name ("… Võ Thanh An và các Phó Chủ tịch Ủy ban MTTQ tỉnh đã triển khai"), what they
# did first ("…, ôn lại truyền thống …, đồng thời báo cáo")
# (a term between the name and the verb: "Bí thư Đảng ủy phường … Đặng Trần Trung nhiệm kỳ 2025-2030 phát biểu")
_FILLER = re.compile(r"(?:\s|,|\(|đã|cũng|trực tiếp|đồng thời|có|dẫn đầu|lần lượt|thay mặt[^,;.()]{0,60}"
                     r"|(?:khóa|khoá|nhiệm kỳ|nhiệm kì)\s+(?:[ivxlc]+\b|\d{4}\s*[-–]\s*\d{4})"
                     # "… và các đồng chí lãnh đạo Đảng, chính quyền phường (đã) | đến dự"
                     r"|\([^()]{1,30}\)|(?:và|cùng|cùng với)\s+(?:các|những)\s+[^;.()]{1,80}?(?=\s+đã\s|\s*$)"
                     r"|[^,;.()]{1,80},\s*(?=đồng thời\s))*", re.I)
# what may stand between the people and an attendance verb: "cùng đông đảo người dân địa phương",
# "cùng các đồng chí lãnh đạo …", "đã đến"
# (where they went to attend: "… Đỗ Thanh Hùng đến huyện Tân Trụ dự lễ …")
_ATTEND_GAP = re.compile(r"(?i)(?:cùng|với)\s+(?:đông đảo|các|nhiều|hơn|gần|khoảng)?[^,;.]{0,80}?(?=đã|$)"
                         r"|(?:đến|về|tới)\s+(?:huyện|xã|tỉnh|phường|thị xã|thành phố|thị trấn|quận)\s+(?:[^\W\d_]+\s+){1,3}"
                         r"|đã\s+|đến\s+|về\s+")


# "… có sự tham dự (và chỉ đạo) của bà X": the people named right after
_OF_WHOM_AFTER = re.compile(r"(?:\s+và\s+(?:phát biểu\s+)?chỉ đạo)?\s+của\s")
_DELEGATES = re.compile(r"(?<!\w)(?:các|những|quý)\s+(?:vị\s+)?đại biểu(?!\w)")
_DELEGATES_MET = re.compile(r"(?<!\w)(?:gặp mặt|gặp gỡ|đón|tiếp|tiễn|chúc mừng|cho|tặng|trao)\s+(?:các\s+|những\s+)?"
                            r"(?:đoàn\s+)?đại biểu\s+$")
_AT = re.compile(r"\s*(?:tại|trong)\s+(?:buổi\s+|phiên\s+)?")
_AT_EVENT = re.compile(r"(?<!\w)(?:tại|trong)\s+(?:buổi\s+|phiên\s+)?(?:hội nghị|hội thảo|đại hội|lễ|lớp|kỳ họp|cuộc họp)(?!\w)")


def _at_event(gap: str) -> bool:
    """"tại hội nghị", "trong buổi lễ", "Hội nghị", "cuộc họp là": the event an opening verb
    names ("Chủ trì cuộc họp là ông X", "Tới dự và chỉ đạo Hội nghị đồng chí X"), and nothing else."""
    at = _AT.match(gap)
    rest = re.sub(r"\s(?:là|có)\s*:?$", "", (gap[at.end():] if at else gap).strip(" ,"))
    return bool(rest) and is_event(rest) and len(rest.split()) <= 3
_OF = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s+của\s+")


def _of_whom(low: str, hits: list[_Hit], v_end: int, titled: bool = False) -> list[_Hit]:
    """"… nghe phát biểu chỉ đạo của đồng chí X", "Phát biểu kết luận của đồng chí X": the verb
    used as a noun, the person after "của" did it, with those joined to them."""
    m = _OF.match(low, v_end)
    if not m:
        return []
    after = next((h for h in hits if h.start >= m.end()), None)
    # (a title may come first: "… phát biểu kết luận của đồng chí Bí thư Tỉnh ủy Đỗ Trọng Hưng")
    start = after.lead if titled and after is not None and 0 <= after.lead < after.start else (after.start if after else 0)
    if after is None or not _honorific_re().sub("", low[m.end():start]).strip() == "":
        return []
    # ("dưới sự chủ trì của bà A, … và ông B, …": each the list joins)
    return _joined(low, hits, after)


def _subject(text, low, hits, v_start, role, verbs) -> list[_Hit]:
    before = [h for h in hits if h.chain_end <= v_start]
    if not before:
        return []
    near = before[-1]
    gap = low[near.chain_end:v_start]
    # ("A – …; B – … cùng chủ trì": together, as those the list joins)
    together = gap.strip() == "cùng"
    if _FILLER.fullmatch(gap) or together:
        if low.startswith("đồng", v_start):     # đồng chủ trì: every person before it
            return before
        # "ông A, Trưởng ban … và bà B, Trưởng ban … truyền đạt", "Các đồng chí: A, …; B, …; C, …
        # chủ trì hội nghị": everyone of the list did it
        group = [near]
        for h in reversed(before[:-1]):
            # (a name after its titles joins from where they start: "Chủ tịch … A và Phó Chủ tịch … B chủ trì")
            g = group[0]
            # (names sharing one title before them join by what is between them: "các Phó Chủ tịch …
            # A, B chủ trì")
            joint = low[h.chain_end:g.lead if 0 <= g.lead < g.start and g.lead >= h.chain_end else g.start]
            joint = re.sub(r"(?<!\w)(?:các|những)\s*$", "", joint)      # "A và các Phó Chủ tịch … B, C"
            # "Các đồng chí: A – …, B – … chủ trì": after a colon, commas join the list too
            listed = re.search(r":\s*(?:" + _honorific_re().pattern + r")?\s*$", low[:before[0].start]) \
                and h.start >= before[0].start and re.fullmatch(r"\s*,\s*(?:" + _honorific_re().pattern + r")?", joint)
            one_list = h.listed >= 0 and h.listed == group[0].listed and re.fullmatch(r"\s*,\s*", joint)
            # "Tổng Bí thư A, Chủ tịch nước B, Thủ tướng C và … chủ trì": names each after its titles,
            # listed with commas
            titled = 0 <= h.lead < h.start and 0 <= g.lead < g.start and re.fullmatch(r"\s*,\s*", joint)
            if not (listed or one_list or titled or _joint_re().fullmatch(joint)):
                break
            group.insert(0, h)
        return group
    # "Ông Lò Văn Hưng, đại biểu HĐND huyện phát biểu": who the person is, in lower case, set off
    # by a comma and no title, between them and what they did
    if not near.titles and _APPOSITION.fullmatch(gap):
        return [near]
    # "Chủ tịch … A, cụm trưởng cụm thi đua số 2, phát biểu": the same set off by commas on both
    # sides, after titles too
    if _ENCLOSED.fullmatch(gap):
        return [near]
    # "… ân cần thăm hỏi, dặn dò và phát biểu chỉ đạo": other deeds of theirs joined to the verb
    if _DEEDS_JOINED.fullmatch(gap) and not any(c.isupper() for c in text[near.chain_end:v_start]):
        return [near]
    # chair / concluder verbs reach back over a clause naming others without a name
    if role in ("chair", "concluder") and ";" not in gap and not any(
            near.chain_end <= s < v_start for s, _e, _r, _w in verbs):
        return before if low.startswith("đồng", v_start) else [near]
    return []


_APPOSITION = re.compile(r"\s*,\s*(?!và\s|cùng\s|đã\s|các\s|những\s)[^\W\d_]+(?:\s+(?!và\s|cùng\s|đã\s)[\w&-]+){0,5}\s+")
_ENCLOSED = re.compile(r"\s*,\s*(?!và\s|cùng\s|đã\s|các\s|những\s)[^\W\d_]+(?:\s+(?!và\s|cùng\s)[\w&-]+){0,7}\s*,\s*")
_DEEDS_JOINED = re.compile(r"\s*(?:[^\W\d_]+\s*,?\s+){1,6}và\s+")
_BRIDGE = re.compile(r"(?i)(?<!\w)(?:điểm|đầu) cầu\s+")


def _sentence_unit(text: str, ctx: Locality | None) -> Locality | None:
    """"Tham dự hội nghị tại điểm cầu xã Nam Sách có các đồng chí: A - Chủ tịch UBND xã": the one
    unit below the article's that a sentence names is what its bare unit words of that level
    mean (the article's own unit, above it, cannot be); an online conference's bridge point
    names the unit of the people at it, at any level."""
    from .context import committee_units, complete, find_localities
    bridge = _BRIDGE.search(text)
    if bridge:
        # "Tại điểm cầu Huyện ủy Yên Dũng, …", "Đầu cầu tỉnh Đắk Nông chủ trì …": the people of
        # an online conference's bridge point are of its unit, whatever the article's is
        rest = text[bridge.end():]
        named = [loc for a, _b, loc in find_localities(rest) + committee_units(rest) if a == 0 and loc.name]
        if named:
            unit = named[0]
            if ctx is not None and ctx.name and _LEVEL_RANK.get(unit.level, 0) > _LEVEL_RANK.get(ctx.level, 0):
                return Locality(unit.type_word, unit.name, ctx)     # a commune of the article's district
            return complete(unit, None)
    if ctx is None or not ctx.name:
        return ctx
    rank = _LEVEL_RANK.get(ctx.level, 0)
    lower = {(loc.type_word, loc.name) for _a, _b, loc in find_localities(text)
             if loc.name and _LEVEL_RANK.get(loc.level, 0) > rank}
    if len(lower) != 1:
        return ctx
    type_word, name = next(iter(lower))
    return Locality(type_word, name, ctx)


# ---------------------------------------------------------------- entry point

_TITLE_REFERENCE = re.compile(r"(?i)(?<!\w)(?<!các )(?<!những )(?:đồng chí|đ/c|ông|bà)\s+")


def _title_references(text: str, hits: list[_Hit], posts: list[PostHolding]) -> list[_Hit]:
    """"Kết luận buổi đối thoại, đồng chí Bí thư Đảng ủy cảm ơn …": an honorific and a post with no
    name after them name the one person the article gave that post (of that body, when one is
    said), as a hit of that person's."""
    out = []
    for m in _TITLE_REFERENCE.finditer(text):
        if any(h.start <= m.start() < h.chain_end or m.end() == h.start for h in hits):
            continue
        hit = title_at(text, m.end())
        if hit is None:
            continue
        row, t_end = hit
        end = _body_end(text, t_end)
        if take_name(text, end + len(text[end:]) - len(text[end:].lstrip())):
            continue                    # a name follows after all: a person of the sentence's own
        phrase = expand(text[t_end:end].strip(" ,.-–")).casefold()
        title = (row.get("post") or row["title"]).casefold()
        held = {p.person for p in posts if p.title.casefold() == title and p.body is not None
                and (not phrase or p.body.name.casefold().startswith(phrase))}
        if len(held) == 1:
            out.append(_Hit(held.pop(), m.start(), m.end(), end))
    return out


def extract_people(sentences: list[Sentence], ctx: Locality | None) -> tuple[list[PostHolding], list[PersonMention]]:
    posts: list[PostHolding] = []
    seen_posts: set[tuple[str, str, str]] = set()
    mentions: dict[str, PersonMention] = {}
    carried: list[str] = []       # roles of a line ending with ":" that its list items take
    attending = False             # the last sentence told who attended
    chair_body: Body | None = None   # the body of the last Chủ tịch or Phó Chủ tịch named
    candidates: list[str] = []    # the names listed under a heading of candidates
    for s in sentences:
        text = _spell_out(s.norm.replace("\n", " "))
        span = Span(s.start, s.end)
        hits = _hits(text)
        item = re.match(r"\s*[-+•*–]\s", text)
        here = _sentence_unit(text, ctx) if hits else ctx
        by_hit: list[tuple[_Hit, list[PostHolding]]] = []
        for h in hits:
            m = mentions.setdefault(h.name, PersonMention(h.name, evidence=span))
            got = _posts(h, here, span, text)
            # "miễn nhiệm chức danh Phó Chủ tịch UBND huyện đối với ông A - Phó Chủ tịch UBND huyện":
            # the post relieved of, said again after the name, is no post either
            relieved = _relieved_titles(h, text)
            got = [p for p in got if p.title.casefold() not in relieved]
            if not got and chair_body is not None and h.heading:
                # "Các Phó Chủ tịch gồm: …" after the election of a committee's Chủ tịch: its
                # vice chairs, where the heading names no body
                got = [PostHolding(h.name, row.get("post") or row["title"], chair_body, span) for row, phrase in h.titles
                       if not phrase and "chủ tịch" in row["title"].casefold()]
            for post in got:
                if "chủ tịch" in post.title.casefold() and post.body is not None:
                    chair_body = post.body
                key = (post.person, post.title.casefold(), post.body.name if post.body else "")
                if key not in seen_posts:
                    seen_posts.add(key)
                    posts.append(post)
            by_hit.append((h, got))
        # "bầu ông A làm Chủ tịch, ông B làm Phó Chủ tịch Hội CCB xã Tân Phú": a title elected with
        # no body is of the body the next person's title names
        # (the post it replaces waited for the congress's body, _OF_CONGRESS)
        for h, got in by_hit:
            for post in _bodiless_elected(h, got, by_hit, span, text) + _post_named_for(h, hits, here, span, text):
                key = (post.person, post.title.casefold(), post.body.name)
                if key not in seen_posts:
                    seen_posts.add(key)
                    posts = [p for p in posts if (p.person, p.title, p.body) != (post.person, post.title, None)]
                    posts.append(post)
        # "… đồng chí Bí thư Đảng ủy xã đã báo cáo …": a person named before, referred to by a post
        refs = _title_references(text, hits, posts)
        roles = _roles_in(text, sorted(hits + refs, key=lambda h: h.start))
        listed = False
        if item and carried:
            roles += [(h, r) for h in hits for r in carried]
        elif hits and not roles and (attending or _ASIDE.match(text)) and _LIST_OF.match(text):
            # "Về phía huyện có đồng chí …", "Lãnh đạo tỉnh có các đồng chí: …" after who attended
            roles = [(h, "attendee") for h in hits]
            listed = True
        elif hits and not roles and attending and not s.caption and _people_only(text, hits) \
                and not _ELECTED_IN.search(text):
            # "Tham dự có các đồng chí: Đồng chí A – Bí thư … . Đồng chí B – Phó Bí thư …": the
            # list goes on in sentences (or lines) that name people and their posts and nothing else
            roles = [(h, "attendee") for h in hits]
            listed = True
        candidates += [h.name for h in hits if h.candidate and h.name not in candidates]
        referred = {id(h) for h in refs}
        for name, role, by_post in [(h.name, r, id(h) in referred) for h, r in roles] \
                + [(n, r, False) for r in _candidates_roles(text) for n in candidates]:
            m = mentions[name]
            if role not in m.roles:
                m.roles.append(role)
                # (a role said of a post named again quotes from where the person was named with it
                # through the sentence saying it, so the quote names whom it is about)
                m.role_evidence[role] = Span(min(m.evidence.start, span.start), span.end) \
                    if by_post and m.evidence is not None else span
        if not item:
            carried = _carried_roles(text) if text.rstrip().endswith(":") and not hits else []
            if listed and text.rstrip()[-1:] in ";,":
                carried = ["attendee"]     # "Đại biểu huyện có: Đồng chí A – …;" then "- Đồng chí B – …"
            # ("Về dự hội nghị:" heads who attended as much as a list of them does)
            attending = any(r == "attendee" for _h, r in roles) or "attendee" in carried
    # "Phó Bí thư Thường trực Đảng ủy xã" said again as "Phó bí thư Đảng ủy": one post, the
    # fuller title
    # (a member's seat is no shorter form of a seat on the standing board: "Ủy viên" and "Ủy viên
    # Ban Thường trực" of one committee are two posts)
    fuller = {(p.person, p.body.name if p.body else "", p.title) for p in posts}
    posts = [p for p in posts if p.title == "Ủy viên" or not any(
        person == p.person and body == (p.body.name if p.body else "") and title.startswith(p.title + " ")
        for person, body, title in fuller)]
    posts = _steering_named_in_full(posts, sentences, ctx)
    written = {n: _as_written(n, sentences) for n in mentions}
    posts = [replace(p, person=written.get(p.person, p.person)) for p in posts]
    return posts, [replace(m, name=written[m.name]) for m in mentions.values()]


_STEERING = re.compile(r"(?i)(?<!\w)ban\s+chỉ\s+đạo(?!\w)")
_STEERING_HEAD = re.compile(r"^Ban Chỉ đạo\s+(?:(?:Trung ương|Đại hội)\s+)?")
_STEERING_PURPOSE = re.compile(rf"\s+(?:[{UPPER}]|(?:thực hiện|triển khai|tổng kết|sơ kết|cuộc vận động|phong trào|"
                               r"đại hội|phòng|xóa|xây dựng|công tác|bầu cử|về|chương trình|đề án)(?!\w))")


def _bare_steering(name: str) -> bool:
    """"Ban Chỉ đạo", "Ban Chỉ đạo tỉnh Đắk Nông", "Ban Chỉ đạo Đại hội": a steering committee written
    without what it is for."""
    m = _STEERING.match(name)
    if m is None:
        return False
    rest = re.sub(r"^\s*(?:Trung ương|Đại hội)\b\s*", "", name[m.end():])
    if not rest.strip():
        return True
    from .context import find_localities
    found = find_localities(rest.strip())
    return bool(found) and found[0][0] == 0 and found[-1][1] == len(rest.strip())


def _steering_named_in_full(posts: list[PostHolding], sentences: list[Sentence],
                            ctx: Locality | None) -> list[PostHolding]:
    """"Ban Chỉ đạo Đại hội đại biểu các dân tộc thiểu số tỉnh … tổ chức họp … Trưởng ban Chỉ đạo chủ trì":
    a post of a steering committee written bare is of the one the article names in full (the last
    named before it, else the first after), of no other unit."""
    if not any(p.body is not None and _bare_steering(p.body.name) for p in posts):
        return posts
    named: list[tuple[int, Body]] = []
    for s in sentences:
        for m in _STEERING.finditer(s.norm):
            phrase = _GLOSS.sub("", s.norm[m.start():_body_end(s.norm, m.start())]).strip(" .,-–")
            # (what it is for opens with a capital or a word of purpose: not "Ban Chỉ đạo phân bổ …",
            # the committee acting)
            if not _STEERING_PURPOSE.match(s.norm, m.end()):
                continue
            body = parse_body(phrase, ctx)
            rest = _STEERING_HEAD.sub("", body.name) if body is not None else ""
            # (after "Đại hội", any words of the congress's name: not "Ban Chỉ đạo Đại hội họp")
            congress = body is not None and re.match(r"Ban Chỉ đạo\s+Đại hội\s", body.name) and len(rest.split()) > 1
            if body is not None and not _bare_steering(body.name) and (congress or _STEERING_PURPOSE.match(" " + rest)):
                named.append((s.start + m.start(), body))
    out, seen = [], set()
    for p in posts:
        if p.body is not None and _bare_steering(p.body.name):
            fits = [(at, b) for at, b in named if p.body.locality is None or b.locality in (None, p.body.locality)]
            before = [b for at, b in fits if at <= p.evidence.start] if p.evidence else []
            full = before[-1] if before else (fits[0][1] if fits else None)
            if full is not None:
                p = replace(p, body=full)
        # (two bare spellings of one committee are one post of it)
        key = (p.person, p.title, p.body.name if p.body else "")
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


# "hiệp thương chức danh Chủ tịch Ủy ban MTTQ Việt Nam phường đối với đồng chí A", "bầu bổ sung
# chức vụ Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021 đối với ông B", "tờ trình bổ sung Ủy viên Ủy ban
# MTTQ Việt Nam tỉnh đối với ông A, … và bà B, …", "cử bổ sung Ủy viên Ủy ban MTTQ, Chủ tịch Ủy ban MTTQ
# tỉnh đối với đồng chí C": the posts, then who take them
_POST_FOR = re.compile(r"(?i)(?<!\w)(?:chức (?:danh|vụ)|bổ sung)\s+")
_TERM_TAIL = re.compile(r"(?i)\s*,?\s*(?:(?:khóa|khoá)\s+[IVXLC\d]+|nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4})$")
_FOR_WHOM_LIST = re.compile(r"(?i)đối với\s+")
_RELIEVED = re.compile(r"(?i)(?<!\w)(?:miễn nhiệm|bãi nhiệm|cách chức|thôi giữ|thôi làm|thôi tham gia|cho thôi)\s+(?:các\s+)?$")
_UNIT_TAIL = re.compile(r"\s((?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?:\s+[A-ZĐ]\S*)*)$")


def _relieved_titles(h: "_Hit", text: str) -> set[str]:
    """The titles (case-folded) the sentence relieves `h` of: "miễn nhiệm chức vụ X … đối với ông A"."""
    out = set()
    for m in _POST_FOR.finditer(text, 0, h.start):
        hit = title_at(text, m.end())
        if hit is None or not _RELIEVED.search(text, max(0, m.start() - 30), m.start()):
            continue
        at = _FOR_WHOM_LIST.search(text, hit[1], h.start)
        if at and not re.search(r"[;.:]", text[m.end():h.start]) \
                and re.fullmatch(r"(?:" + _honorific_re().pattern + r")?\s*", text[at.end():h.start], re.I):
            out.add((hit[0].get("post") or hit[0]["title"]).casefold())
    return out


def _post_named_for(h: "_Hit", hits, ctx: Locality | None, span: Span, text: str) -> list[PostHolding]:
    out = []
    for m in _POST_FOR.finditer(text, 0, h.start):
        # ("miễn nhiệm chức vụ Phó Chủ tịch HĐND xã đối với ông A": a post relieved of is none)
        if _RELIEVED.search(text, max(0, m.start() - 30), m.start()):
            continue
        # the posts, one or a list joined by commas ("Ủy viên Ủy ban MTTQ, Chủ tịch Ủy ban MTTQ tỉnh")
        posts, q = [], m.end()
        while (hit := title_at(text, q)) is not None:
            row, t_end = hit
            nxt = next((k for k in _title_starts(text) if k > t_end and re.fullmatch(r"[^,;.:]*,\s*", text[t_end:k])
                        and "đối với" not in text[t_end:k] and title_at(text, k)), None)
            posts.append((row, t_end, nxt))
            if nxt is None:
                break
            q = nxt
        if not posts:
            continue
        at_m = _FOR_WHOM_LIST.search(text, posts[-1][1], h.start)
        if at_m is None or re.search(r"[;.:]", text[m.end():at_m.start()]) or re.search(r"[;:]|\.\s", text[at_m.start():h.start]):
            continue
        # (the people listed after "đối với": the first right after it, the others after "và" or a
        # comma once the one before has its own posts; none between the posts and "đối với")
        if any(m.end() < o.start < at_m.start() for o in hits if o is not h):
            continue
        rest = text[at_m.end():h.start]
        first = re.fullmatch(r"(?:" + _honorific_re().pattern + r")?\s*", rest, re.I)
        listed = any(o.start >= at_m.end() and o.chain_end <= h.start and
                     re.fullmatch(r"\s*(?:,|và|,\s*và)\s*(?:" + _honorific_re().pattern + r")?\s*", text[o.chain_end:h.start], re.I)
                     for o in hits if o is not h)
        if not (first or listed):
            continue
        phrases = []
        for row, t_end, nxt in posts:
            phrase = text[t_end:nxt if nxt is not None else at_m.start()].strip(" ,")
            while (term := _TERM_TAIL.search(phrase)) is not None:
                phrase = phrase[:term.start()]
            phrases.append(phrase)
        # ("Ủy viên Ủy ban MTTQ, Chủ tịch Ủy ban MTTQ tỉnh": the unit the last names is the list's)
        unit = _UNIT_TAIL.search(phrases[-1])
        for (row, _t, _n), phrase in zip(posts, phrases):
            if unit and phrase and not _UNIT_TAIL.search(phrase):
                phrase = f"{phrase} {unit.group(1)}"
            body = parse_body(phrase, ctx) if phrase else None
            if body is not None:
                out.append(PostHolding(h.name, row.get("post") or row["title"], body, span))
    return out


_AS_TITLE = re.compile(r"\s+(?:làm|giữ chức(?: vụ)?)\s+")
_ELECTED_AS = re.compile(r"(?<!\w)(?:bầu|làm|giữ chức|giữ chức vụ|hiệp thương)(?!\w)")


def _bodiless_elected(h: "_Hit", got: list[PostHolding], by_hit, span: Span, text: str) -> list[PostHolding]:
    """The posts of `h`'s titles that name no body, in the body of the next person's post in the
    sentence, when the sentence elects them ("bầu ông A làm Chủ tịch, ông B làm Phó Chủ tịch Hội
    X"; "A được bầu giữ chức Chủ tịch, B giữ chức Phó Chủ tịch Hội X")."""
    if not _ELECTED_AS.search(text) or any(p.body is not None for p in got):
        return []
    bare = [row.get("post") or row["title"] for row, phrase in h.titles if phrase.strip() in ("", _OF_CONGRESS)]
    # ("… ông A làm Chủ tịch, …": a title the chain did not take, with nothing after it)
    as_ = _AS_TITLE.match(text, h.end)
    hit = title_at(text, as_.end()) if as_ and not h.titles else None
    if hit and re.match(r"\s*(?:[,;]|và\s)", text[hit[1]:]):
        bare = [hit[0].get("post") or hit[0]["title"]]
    later = next((p.body for other, posts in by_hit if other.start > h.start for p in posts if p.body is not None), None)
    return [PostHolding(h.name, title, later, span) for title in bare] if later is not None else []


def _as_written(name: str, sentences: list[Sentence]) -> str:
    """The name as the page writes it: the text was read with its letters made canonical ("Ð",
    an eth some fonts give for "Đ"), names stay as written."""
    for s in sentences:
        if name in s.norm:
            # (found in the page's own letters, however many spaces stand between its syllables)
            page = canonical(s.text)
            at = page.find(name)
            if at >= 0:
                return s.text[at:at + len(name)]
            m = re.search(r"\s+".join(map(re.escape, name.split())), page)
            return " ".join(s.text[m.start():m.end()].split()) if m else name
    return name


_LIST_FILLER = re.compile(rf"(?i)[\s.;,:–-]*(?:(?:và|cùng)\s+(?:các|đại diện|lãnh đạo)\b.*)?$")


def _people_only(text: str, hits: list[_Hit]) -> bool:
    """The sentence opens with a person (an honorific at most before) and holds nothing but
    people and their posts, maybe "và các đồng chí …" after them: an item of a list."""
    ordered = sorted(hits, key=lambda h: h.start)
    starts = [h.start if h.lead < 0 else min(h.lead, h.start) for h in ordered]
    # (before each person: an honorific, after a separator between two of them)
    gaps = [text[:starts[0]]] + [text[a.chain_end:b] for a, b in zip(ordered, starts[1:])]
    between = re.compile(r"\s*[-+•*–,;.]?\s*(?:(?:và|cùng)\s+)?(?:" + _honorific_re().pattern + r")?\s*", re.I)
    if not all(between.fullmatch(g) for g in gaps):
        return False
    return bool(_LIST_FILLER.match(text[ordered[-1].chain_end:]))


# a list of people introduced by "có": "Lãnh đạo tỉnh có các đồng chí: …", "Về phía X có …"
_LIST_OF = re.compile(r"(?i)^[^.;:]{0,80}?(?<!\w)có\s*:?\s*(?:các\s+)?(?:đồng chí|ông|bà|đ/c)")
_ASIDE = re.compile(r"(?i)^\s*về phía\s")


def _carried_roles(text: str) -> list[str]:
    """The roles a line like "Tham dự và truyền đạt chuyên đề có:" gives the items below it."""
    pattern, by_phrase = _role_re()
    low = text.casefold()
    return list(dict.fromkeys(by_phrase[m.group()][0] for m in pattern.finditer(low)
                              if not _in_a_department_name(low, m.start())))
