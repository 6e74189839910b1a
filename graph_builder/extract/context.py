"""Administrative units in text, and the article's own unit, which makes bare "tỉnh",
"huyện" or "Thị ủy" specific. The text decides: a unit it never names is never guessed."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..facts import Article, Locality, Sentence
from ..lexicon import column, load, unit_level
from ..text import canonical

# Upper-case letters of Vietnamese (a plain À-Ỹ range would include lower-case ones).
UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isalpha() and c.isupper())
# A place-name syllable: capitalised word, or a number ("Quận 9").
_SYL = rf"(?:[{UPPER}]\w*(?:['’]\w+)?|\d+)"     # "Cư M'gar"
_LEVEL_RANK = {"province": 0, "district": 1, "commune": 2}


@lru_cache(maxsize=None)
def _type_words() -> dict[str, str]:
    """Every spelling of a unit type word (lower-cased) -> its canonical type word."""
    out = {}
    for row in load("unit_types"):
        out[row["type_word"]] = row["type_word"]
        for ab in row.get("abbreviations", "").split("|"):
            if ab:
                out[ab] = row["type_word"]
    return out


@lru_cache(maxsize=None)
def _type_words_longest_first() -> tuple[str, ...]:
    """The spellings of `_type_words`, longest first (so "thị xã" is tried before "xã")."""
    return tuple(sorted(_type_words(), key=len, reverse=True))


@lru_cache(maxsize=None)
def _unit_re() -> re.Pattern:
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _type_words_longest_first())
    # type word, case-insensitive on its letters, not inside a longer word
    return re.compile(rf"(?<!\w)(?i:{alts})(?!\w)")


@lru_cache(maxsize=None)
def _provinces() -> frozenset[str]:
    return frozenset(column("provinces", "name"))


def _squashed(name: str) -> str:
    from ..gazetteer import squashed_key        # (the official list's key: "ĐắkLắk" reads as "Đắk Lắk")
    return squashed_key(name)


@lru_cache(maxsize=None)
def _provinces_squashed() -> frozenset[str]:
    return frozenset(_squashed(p) for p in _provinces())


@lru_cache(maxsize=None)
def family_names() -> frozenset[str]:
    return frozenset(column("family_names", "family_name"))


def opens_a_name(word: str) -> bool:
    """A word a person's name starts with: a family name, or the "H’" opening the women's names
    of the Central Highlands ("H’Kim Hoa Byă", "H'Yim Kđoh"), which stands where a family name does."""
    return word.rstrip("'’") in family_names() or (word[1:2] in ("'", "’") and word[:1] == "H"
                                                    and _H_NAME.fullmatch(word) is not None)


_H_NAME = re.compile(r"H['’][A-ZĐÂĂÊÔƠƯ][^\W\d_]*")


@lru_cache(maxsize=None)
def middle_names() -> frozenset[str]:
    return frozenset(column("middle_names", "middle_name"))


def looks_like_person(words: list[str]) -> bool:
    """"Nguyễn Văn …": a family name then a common middle name."""
    return len(words) >= 3 and words[0] in family_names() and words[1] in middle_names()


@lru_cache(maxsize=None)
def _abbreviations() -> frozenset[str]:
    return frozenset(a for a in column("abbreviations", "abbreviation") if " " not in a and a.isupper())


@lru_cache(maxsize=None)
def _place_abbreviations() -> dict[str, str]:
    """Abbreviations that stand for a place's name alone ("HCM": "Hồ Chí Minh")."""
    return {r["abbreviation"]: r["expansion"] for r in load("abbreviations")
            if " " not in r["abbreviation"] and r["expansion"] in _provinces()}


@lru_cache(maxsize=None)
def _body_starts() -> frozenset[str]:
    """Words that open a body's name ("Hội LHPN", "Ủy ban", "UBND"): lexicon place_stops."""
    return frozenset(column("place_stops", "word"))


_COMMUNE_TYPES = ("xã", "phường", "thị trấn")


def place_name(words: list[str], type_word: str) -> list[str]:
    """The syllables of a capitalised run after a type word that name the place:
    "Quảng Nam Lê Thái Bình" after "tỉnh" -> "Quảng Nam"; "Lê Thái Bình" -> nothing."""
    if not words or words[0] in _abbreviations():
        return []                       # "TT UBMT huyện": the standing board (Thường trực), no town
    if words[0].isdigit() and type_word not in ("phường", "quận"):
        return []                       # "thành phố 5 năm": only wards and districts are numbered
    if type_word == "thành phố":
        # a city the official list knows by a longer name than a province it starts with
        # ("thành phố Điện Biên Phủ", not the province Điện Biên)
        n = next((n for n in range(min(4, len(words)), 1, -1) if _official(type_word, " ".join(words[:n]))), 0)
        if n and " ".join(words[:n]) not in _provinces() and any(
                " ".join(words[:k]) in _provinces() for k in range(1, n)):
            return words[:n]
    if type_word in ("tỉnh", "thành phố"):
        for n in range(min(4, len(words)), 0, -1):
            if " ".join(words[:n]) in _provinces() or _squashed(" ".join(words[:n])) in _provinces_squashed():
                return words[:n]            # ("tỉnh ĐắkLắk": its syllables run together)
        if type_word == "tỉnh":
            # provinces are a closed list ("Tỉnh ủy Chẩu Văn Lâm" names a person); "Bà Rịa" of
            # "Bà Rịa - Vũng Tàu" is completed after the hyphen by find_localities
            for n in range(min(4, len(words)), 0, -1):
                if any(p.startswith(" ".join(words[:n]) + " - ") for p in _provinces()):
                    return words[:n]
            return []
    # "phường Đông Hòa Năm 2018": a date or a term after the place is not its name (nor a
    # term right after the type word: "XÃ, THỊ TRẤN NHIỆM KỲ 2019 – 2024" of a headline in capitals)
    if words[0] in ("Khóa", "Khoá", "Lần", "Nhiệm") \
            or (words[0] in ("Năm", "Tháng", "Quý") and len(words) > 1 and words[1][:1].isdigit()):
        return []
    for i, w in enumerate(words[1:], 1):
        if (w in ("Năm", "Tháng", "Ngày", "Quý") and i + 1 < len(words) and words[i + 1][:1].isdigit()) \
                or w in ("Khóa", "Khoá", "Lần", "Nhiệm"):
            words = words[:i]
            break
    # "xã Tân Lợi Hội LHPN Tân Lợi tổ chức …": a body's head word or a title closes the place's
    # name (unless the official list has the place with it: "xã Tân Hội"); opening the run, it
    # leaves the place unnamed ("hội trường xã Đảng ủy xã …", "HĐND thành phố Phó Chủ tịch …")
    if words[0] in _body_starts() and not any(_official(type_word, " ".join(words[:n]))
                                              for n in range(min(4, len(words)), 0, -1)):
        return []
    if any(w in _body_starts() for w in words[1:]):
        known = next((n for n in range(min(4, len(words)), 0, -1) if _official(type_word, " ".join(words[:n]))), 1)
        k = next((i for i, w in enumerate(words[known:], known) if w in _body_starts()), None)
        if k is not None:
            words = words[:k]
    if looks_like_person(words):
        # unless the official list has the place so ("huyện Dương Minh Châu")
        return next((words[:n] for n in range(min(4, len(words)), 1, -1)
                     if _official(type_word, " ".join(words[:n]))), [])
    # a person name (2-4 syllables from a family name) closing the run is not the place's;
    # a number closes a place name, never a person's ("phường Hà Giang 1")
    if words[-1].isdigit():
        return words[:4]
    if words[0] in family_names() and len(words) <= 4:
        # the whole run from a family name: a person ("Chủ tịch … thành phố Lê Trí Thanh"), unless
        # the official list has a place so named ("huyện Lê Thủy", "phường Trần Phú"); two
        # syllables, the second no middle name, are a place the list may have lost by a merger
        # before 2025 ("xã Hà Vị", "phường Nguyễn Phúc"): people are seldom named so after a unit
        official = next((words[:n] for n in range(len(words), 0, -1) if _official(type_word, " ".join(words[:n]))), [])
        if not official:
            # "thành phố Phan Rang - Tháp Chàm": the half before a hyphen of an official name
            # (find_localities completes it)
            from .. import gazetteer
            official = next((words[:n] for n in range(len(words), 1, -1)
                             if gazetteer.name_key(" ".join(words[:n])) in _hyphen_heads()), [])
        if not official and len(words) == 2 and words[1] not in middle_names() and type_word in _COMMUNE_TYPES:
            return words
        return official
    for n in (3, 4, 2):
        rest = len(words) - n
        if rest >= 1 and words[rest] in family_names() and not words[rest].isdigit():
            # unless the official list has the place with that syllable ("xã Chi Lăng Nam")
            return next((words[:k] for k in range(min(4, len(words)), rest, -1)
                         if _official(type_word, " ".join(words[:k]))), words[:rest][:4])
    # "Xã Thân Thuộc Hoàn Thành Mục Tiêu …" (a headline in title case), "xã An Định Mỏ Cày": a
    # run the official list does not know ends with the longest start of it that the list has
    if len(words) > 2 and not _official(type_word, " ".join(words[:4])):
        return next((words[:n] for n in range(min(4, len(words)) - 1, 1, -1)
                     if _official(type_word, " ".join(words[:n]))), words[:4])
    return words[:4]


def before_verb(phrase: str, whole: bool = True) -> str:
    """The phrase up to its last named unit when lower-case words, the clause's verb, follow it
    ("Ban Thường trực … huyện Diên Khánh | hướng dẫn tổ chức …"); `whole`: only when nothing
    else follows (else when the words after the unit start in lower case)."""
    named = [b for _a, b, loc in find_localities(phrase) if loc.name]
    if named:
        rest = phrase[named[-1]:]
        # "… huyện Mường La | đã chỉ đạo 17/17 đơn vị": a tense word opens the verb whatever follows
        if (re.fullmatch(r"(?:\s+[a-zđà-ỹ]+)+", rest) if whole else re.match(r"\s+[a-zđà-ỹ]", rest)) \
                or re.match(r"\s+(?:đã|đang|vừa)\s", rest):
            return phrase[:named[-1]]
    return phrase


@lru_cache(maxsize=1 << 16)     # the same few names are asked about on every page
def _official(type_word: str, name: str) -> bool:
    """The official list has a unit so named, of that type or of another of its level (a
    district or commune whose type changed: "huyện Kim Bảng", a thị xã on the list)."""
    from .. import gazetteer
    return any(gazetteer.candidates(Locality(type_word, name), era) for era in gazetteer.ERAS)


@lru_cache(maxsize=None)
def _hyphen_heads() -> frozenset[str]:
    """The first halves of official names joined by a hyphen ("Phan Rang" of "Phan Rang - Tháp
    Chàm"), as name keys."""
    from .. import gazetteer
    return frozenset(gazetteer.name_key(u.name.split(" - ")[0]) for u in gazetteer.load().all() if " - " in u.name)


def _canon_type(word: str) -> str:
    w = " ".join(word.split())
    return _type_words().get(w.casefold(), _type_words().get(w, w.casefold()))


_PARTY_AFTER = re.compile(r"(?i)\s*ủy(?!\w)")
# (but "MTTQ các cấp tỉnh Yên Bái": every level of the unit named, the unit itself)
_LEVEL_BEFORE = re.compile(r"(?i)(?<!\w)(?<!các )cấp\s+$")
_PLURAL_BEFORE = re.compile(r"(?i)(?<!\w)(?:các|những)\s+$")
_LOWER_SYL = re.compile(r"[ \t]+([^\W\d_]+)(?!\w)")


@lru_cache(maxsize=1)
def _run_re() -> re.Pattern:
    return re.compile(rf"(?:[ \t]+{_SYL}){{1,12}}")


def repair_place_case(text: str) -> str:
    """The text with a place name's syllable typed in lower case capitalised where the
    official list knows the name that way ("huyện Vĩnh tường" -> "huyện Vĩnh Tường"); same
    length, so offsets hold."""
    out = text
    for start, end, loc in find_localities(text):
        written = text[end - len(loc.name):end]
        if written != loc.name and written.casefold() == loc.name.casefold():
            out = out[:end - len(loc.name)] + loc.name + out[end:]
    return out


_JOINED = re.compile(rf"\s*[-–]\s*((?:{_SYL})(?:[ \t]+{_SYL}){{0,3}})")


@lru_cache(maxsize=None)
def _syllables_re(glued: bool, n: int) -> re.Pattern:
    """Exactly n name syllables (the first glued to the type word when `glued`)."""
    return re.compile(rf"(?:[ \t]{'*' if glued else '+'}{_SYL})(?:[ \t]+{_SYL}){{{n - 1}}}")


@lru_cache(maxsize=None)
def _joined_re(k: int) -> re.Pattern:
    """A hyphen and k syllables: the rest of a joined name ("Bà Rịa - Vũng Tàu")."""
    return re.compile(rf"\s*[-–]\s*(?:{_SYL})(?:[ \t]+{_SYL}){{{k - 1}}}")


def find_localities(text: str) -> list[tuple[int, int, Locality]]:
    """Spans of units the text names: "tỉnh Sóc Trăng", "thị xã Sơn Tây", "TP Hà Nội",
    "Quận 9". Bare type words ("tỉnh" alone) are not returned. A following unit of a
    higher level becomes the parent ("xã Hà Long, huyện Hà Trung")."""
    # body phrases come back again and again (three calls in four, 2,000 generated articles):
    # short texts are remembered (a copy of the list, which callers may change)
    return list(_localities_short(text)) if len(text) < 300 else _find_localities(text)


@lru_cache(maxsize=1 << 16)
def _localities_short(text: str) -> tuple[tuple[int, int, Locality], ...]:
    return tuple(_find_localities(text))


def _find_localities(text: str) -> list[tuple[int, int, Locality]]:
    norm = canonical(text)
    out: list[tuple[int, int, Locality]] = []
    for m in _unit_re().finditer(norm):
        raw = m.group()
        # all-caps "HUYỆN GIA VIỄN" (header chrome) reads the same as "huyện Gia Viễn"
        if _PARTY_AFTER.match(norm, m.end()):
            continue                    # "HUYỆN ỦY PHONG ĐIỀN": a Party committee, not a unit
        if _LEVEL_BEFORE.search(norm, max(0, m.start() - 9), m.start()):
            continue                    # "đại hội điểm cấp xã", "CẤP XÃ ĐIỂM": a level, not a unit
        # matched where it stands, and at most a dozen syllables: a text in capitals is one
        # long run, and reading it whole at every type word would take the square of its length
        run = _run_re().match(norm, m.end())
        # "TP.Vũng Tàu", "TP.HCM": the name glued to the abbreviation's dot
        glued = not run and norm[m.end():m.end() + 1] == "." and f"{raw}.".casefold() in _type_words()
        start_name = m.end() + 1 if glued else m.end()
        if glued:
            run = _run_re().match(" " + norm[start_name:start_name + 200])
        if not run:
            continue
        words = run.group().split()
        if len(raw) == 1 and not (glued and (words[0].isdigit() or not words[0].isupper())):
            continue                    # "P.Lâm Viên", "P.4" name a ward; "P.CT", "p 12" do not
        # a capitalised run stops at the next unit ("XÃ MỸ PHÚC HUYỆN MỸ LỘC"), unless the official
        # list has the place with that word in its name ("xã Phước Tỉnh")
        ttype0 = _canon_type(raw)
        for k, w in enumerate(words):
            if (w.casefold() in _type_words() or " ".join(words[k:k + 2]).casefold() in _type_words()) \
                    and not (k and _official(ttype0, " ".join(words[:k + 1]))):
                words = words[:k]
                break
        shouting = raw.isupper() and " ".join(raw.casefold().split()) in _type_words().values()
        if shouting:
            words = [w.capitalize() if w.isupper() else w for w in words]
        ttype = _canon_type(raw)
        name = place_name(words, ttype)
        if name and len(name) < len(words):
            # "phường Lâm Viên - Đà Lạt" (a 2025 unit): more of the run belongs to the name when
            # the official list has it joined by a hyphen to what follows (completed below)
            for n in range(min(len(words), 4), len(name), -1):
                after = _syllables_re(glued, n).match(norm, start_name).end()
                joined = _JOINED.match(norm, after)
                if joined and any(_official(ttype, f"{' '.join(words[:n])} - {' '.join(joined.group(1).split()[:k])}")
                                  for k in range(len(joined.group(1).split()), 0, -1)):
                    name = words[:n]
                    break
        # "TP.HCM", "TP HCM": an abbreviation standing for the official name
        spelled = _place_abbreviations().get(words[0]) if words and not name else None
        abbreviated = spelled if spelled and _official(ttype, spelled) else None
        if abbreviated:
            name = [words[0]]
        if shouting and len(name) == len(words) and _PLURAL_BEFORE.search(norm, max(0, m.start() - 8), m.start()) \
                and not _official(ttype, " ".join(name)):
            continue                    # "HOẠT ĐỘNG CÁC PHƯỜNG HOẠT ĐỘNG CÁC …": the wards, then a heading again
        if shouting and len(name) < len(words):
            # in capitals a place cannot be told from the words after it ("HUYỆN GIÁM SÁT VIỆC
            # THỰC HIỆN …"): when the run goes on past the name, keep the longest start of it
            # that is an official unit's name
            name = next((name[:n] for n in range(len(name), 0, -1) if _official(ttype, " ".join(name[:n]))), [])
        if not name:
            continue
        end = start_name
        # advance `end` over exactly the name syllables
        end = _syllables_re(glued, len(name)).match(norm, end).end()
        label = " ".join(name)
        # "huyện Vĩnh tường": a syllable typed in lower case still belongs to the name when the
        # official list knows the name with it and not without it
        lower = _LOWER_SYL.match(norm, end)
        longer = f"{label} {lower.group(1).capitalize()}" if lower and lower.group(1)[0].islower() else None
        if longer and not _official(ttype, label) and _official(ttype, longer):
            label, end = longer, lower.end()
        # "tỉnh Bà Rịa - Vũng Tàu", "thành phố Phan Rang - Tháp Chàm": joined by a hyphen when
        # the official list knows the whole name
        joined = _JOINED.match(norm, end)
        if joined:
            words2 = joined.group(1).split()
            for k in range(len(words2), 0, -1):
                whole = f"{label} - {' '.join(words2[:k])}"
                if _official(ttype, whole):
                    label = whole
                    end = _joined_re(k).match(norm, end).end()
                    break
        if abbreviated:
            label = abbreviated
        elif not _official(ttype, label):
            # "huyện EaKar", "tỉnh ĐắkLắk": the official name with its syllables spaced as the list has them
            from .. import gazetteer
            spelled = gazetteer.load().spelling(ttype, label)
            if spelled is None and " " not in label and not label[0].isdigit() \
                    and re.match(r"[ \t]+[^\W\d_]", norm[end:]) and norm[end:].lstrip()[0].islower():
                continue    # "Chủ tịch UBND phường Báo cáo …": one capitalised syllable opening lower-case words
            label = spelled or label
        out.append((m.start(), end, Locality(ttype, label)))
    # a unit written as one abbreviation ("TPHCM"), where no type word was read
    for m in _unit_abbreviation_re().finditer(norm):
        if not any(a <= m.start() < b for a, b, _loc in out):
            ttype, name = _unit_abbreviations()[m.group()]
            out.append((m.start(), m.end(), Locality(ttype, name)))
    out.sort(key=lambda t: t[0])
    return _attach_parents(norm, out)


@lru_cache(maxsize=None)
def _unit_abbreviations() -> dict[str, tuple[str, str]]:
    """Abbreviations that stand for a unit with its type word ("TPHCM": thành phố Hồ Chí Minh)."""
    out = {}
    for r in load("abbreviations"):
        for ttype in _type_words().values():
            rest = r["expansion"][len(ttype) + 1:]
            if r["expansion"].casefold().startswith(ttype + " ") and rest in _provinces():
                out[r["abbreviation"]] = (ttype, rest)
    return out


@lru_cache(maxsize=None)
def _unit_abbreviation_re() -> re.Pattern:
    alts = "|".join(map(re.escape, sorted(_unit_abbreviations(), key=len, reverse=True))) or "(?!)"
    return re.compile(rf"(?<![\w.])(?:{alts})(?!\w)")


def _attach_parents(norm: str, locs):
    """"xã Hà Long, huyện Hà Trung", "phường Bình Hiên (quận Hải Châu)": the second, of a higher
    level, is the first's parent."""
    # from the last: "xã A, huyện B, tỉnh C" gives B its parent C before A gets B
    result = list(locs)
    for i in range(len(locs) - 2, -1, -1):
        a, b, loc = result[i]
        a2, _b2, nxt = result[i + 1]
        if re.fullmatch(r"\s*[,\-–(]?\s*", norm[b:a2]) and _rank(nxt) < _rank(loc):
            result[i] = (a, b, Locality(loc.type_word, loc.name, nxt))
    return result


def _rank(loc: Locality) -> int:
    level = unit_level(loc.type_word, loc.parent)
    # "thành phố Quảng Ngãi" is a city of tỉnh Quảng Ngãi: only the cities the list of
    # provinces names as such (Hà Nội, Cần Thơ …) are of a province's level
    if level == "province" and loc.name and _canon_type(loc.type_word) == "thành phố" \
            and (loc.name, "thành phố") not in _province_rows():
        level = "district"
    return _LEVEL_RANK.get(level, 2)


@lru_cache(maxsize=None)
def _province_rows() -> frozenset[tuple[str, str]]:
    return frozenset((r["name"], r["type_word"]) for r in load("provinces"))


def is_province(loc: Locality) -> bool:
    """A province or a city at the province's level, as the official list names it."""
    return loc.parent is None and (loc.name, loc.type_word) in _province_rows()


def parse_locality(phrase: str, ctx: Locality | None = None) -> Locality | None:
    """A unit phrase -> Locality. A bare type word ("tỉnh") is made specific with the
    context when the context (or its parent) is of that type; else it stays bare."""
    phrase = " ".join(canonical(phrase).split()).strip(" ,.;:")
    found = find_localities(phrase)
    if found and found[0][0] == 0:
        return found[0][2]
    if not phrase:
        return None
    ttype = _canon_type(phrase)
    if ttype not in _type_words().values():
        return None
    return resolve_bare(ttype, ctx) or Locality(ttype, None)


def resolve_bare(type_word: str, ctx: Locality | None) -> Locality | None:
    """The context unit (or an ancestor) of this type, if the article names one."""
    loc = ctx
    while loc is not None:
        if loc.type_word == type_word and loc.name:
            return loc
        loc = loc.parent
    return None


_RESIDENCE = re.compile(r"(?i)\((?:ngụ|trú|thường trú|quê|quê quán)(?:\s+(?:ở|tại))?\s[^()]{1,80}\)")


# a site's name taken for the title ("Báo Lâm Đồng điện tử", "Cổng thông tin điện tử huyện …")
_MASTHEAD = re.compile(r"(?i)(?:báo|cổng|trang|đài|tạp chí)\s")


def article_locality(article: Article, sentences: list[Sentence],
                     title_documents: list[tuple[int, int]] = ()) -> Locality | None:
    """The article's own unit (the first of `article_localities`)."""
    return article_localities(article, sentences, title_documents)[0]


def article_localities(article: Article, sentences: list[Sentence],
                       title_documents: list[tuple[int, int]] = (),
                       documents=None, on: str | None = None) -> tuple[Locality | None, Locality | None]:
    """The article's own unit: the most specific unit named in the title (outside the names
    of documents, `title_documents`), or failing that the one named most often in the body,
    with a parent of a higher level when the text names one beside it or names exactly one
    unit of that level. Second, what a bare unit word of the people's posts means: the same,
    except that the body's choice goes down to the most named unit inside it (the commune of
    "Đảng ủy xã" on a page that names its district more often), which is not where the
    article's acts were."""
    title = article.title or ""
    body = "\n".join(s.norm for s in sentences if not s.caption)
    # (where someone lives, "ông Trần Văn Út (ngụ tỉnh Long An)", is not where the article's acts were)
    body = _RESIDENCE.sub(lambda m: " " * len(m.group()), body)
    chrome = _chrome_text(article, sentences)
    # (by place only: two readings of one span, "Quận Đoàn 8", are no error)
    spans = {rank: [(a, loc) for a, _b, loc in sorted(find_localities(text) + committee_units(text),
                                                      key=lambda t: t[:2])
                    if rank or not any(x <= a < y for x, y in title_documents)]
             for rank, text in enumerate((title, body, chrome))}
    # a unit the body names only inside documents' names ("triển khai Đề án thành lập huyện Tân
    # Định") is what they are about, not where the article's acts were: counted only when the
    # body names no other (`documents` gives where a text names documents)
    # (read only when the body names more than one unit and a document's type word stands
    # shortly before one of them: otherwise there is nothing to mask)
    several = len({(loc.type_word, loc.name) for _a, loc in spans[1]}) > 1
    inside = documents(body) if documents and several and any(
        _document_type_re().search(body, max(0, a - 120), a) for a, _loc in spans[1]) else []
    outside = [(a, loc) for a, loc in spans[1] if not any(x <= a < y for x, y in inside)]
    # (every mention still gives a unit its parents: "Nghị quyết Đại hội Công đoàn tỉnh Tuyên Quang")
    everything = [loc for pairs in spans.values() for _a, loc in pairs]
    spans[1] = outside or spans[1]
    # a unit gone by the article's date ("tỉnh Hòa Bình (cũ)" on a page of December 2025, when
    # it is part of Phú Thọ) is what the article looks back on, not where it happens, when it
    # names a unit of its time
    for rank in spans:
        now = [(a, loc) for a, loc in spans[rank] if not _gone(loc, on)]
        spans[rank] = now or spans[rank]
    found = {rank: [loc for _a, loc in pairs] for rank, pairs in spans.items()}
    if found[0]:
        # the title's most specific unit ("Đoàn giám sát … tỉnh Phú Thọ làm việc tại huyện Yên Lập"),
        # the one it says the event was at ("Đoàn … thành phố Hà Nội thăm, làm việc tại tỉnh Quảng
        # Trị"), the first of those
        here = [loc for a, loc in spans[0] if re.search(r"(?i)\btại\s+$", title[max(0, a - 5):a])]
        chosen = min(found[0], key=lambda l: (-_rank(l), l not in here, found[0].index(l)))
        own = _with_parents(chosen, everything)
        return own, own
    pool = found[1] or found[2]
    if not pool:
        lead = next((s.norm for s in sentences if not s.caption), "")
        own = (_only_province(body) or _headline_province(title) or _named_actor(title or lead, body)
               or _masthead_unit(chrome, body) or _lead_province(lead))
        return own, own
    counts = Counter((loc.type_word, loc.name) for loc in pool)
    # the most often named, then one the title names without its type word ("Mỏ Cày Nam bàn giao
    # nhà …"; not a masthead's "Báo Lâm Đồng" over a city named more often), then the most
    # specific, then the first
    titled = [l for l in pool if l.name and re.search(rf"(?<!\w){re.escape(l.name)}(?!\w)", title)
              and not _MASTHEAD.match(title)]
    order = lambda l: (-counts[(l.type_word, l.name)], l not in titled, -_rank(l), pool.index(l))  # noqa: E731
    # (and a unit inside it of a kind the title names bare: "Chỉ định Bí thư phường kiểu mẫu tại Cần
    # Thơ" over "Đảng bộ phường Cái Khế, TP Cần Thơ …")
    inside = [l for l in pool if titled and l not in titled and _within(l, titled[0], pool)
              and re.search(rf"(?<!\w)(?i:{re.escape(l.type_word)})(?!\s+[{UPPER}\d])", title)]
    chosen = min(inside or pool, key=order)
    own = _with_parents(chosen, everything)
    inside = [l for l in pool if _rank(l) > _rank(chosen) and _within(l, chosen, pool)]
    return own, (_with_parents(min(inside, key=order), everything) if inside else own)


@lru_cache(maxsize=None)
def _document_type_re() -> re.Pattern:
    names = sorted(column("document_types", "name"), key=len, reverse=True)
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")


def _gone(loc: Locality, on: str | None) -> bool:
    """The official lists hold a unit of that name, none of them in the era of `on` (a province
    merged or a district abolished on 1 July 2025, named on a later page)."""
    from .. import gazetteer
    era = gazetteer.era_of(on)
    if era is None or not loc.name or era == gazetteer.ERAS[0]:
        return False
    return not gazetteer.candidates(loc, era) and any(gazetteer.candidates(loc, e) for e in gazetteer.ERAS if e != era)


def _within(loc: Locality, outer: Locality, named: list[Locality]) -> bool:
    """`loc` lies in `outer`: the text says so ("xã Gung Ré, huyện Di Linh") or a unit of
    that name the official lists hold does (of two "xã Minh Tâm", the one of the huyện Hớn
    Quản the article names)."""
    from .. import gazetteer
    key = (outer.type_word, outer.name)
    for o in named:
        p = o.parent
        while (o.type_word, o.name) == (loc.type_word, loc.name) and p is not None:
            if (p.type_word, p.name) == key:
                return True
            p = p.parent
    g = gazetteer.load()
    found = [u for e in gazetteer.ERAS for u in gazetteer.candidates(loc, e)]
    return any(g.named(a, outer) for u in found for a in g.ancestors(u))


@lru_cache(maxsize=None)
def _province_name_re() -> re.Pattern:
    names = sorted({r["name"] for r in load("provinces") if r.get("bare") != "no"}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))})(?!\w)")


_DATELINE_PLACE = re.compile(r"(?:^|[-–)]\s)\s*([A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ]+?[A-ZĐÀ-Ỹ])\s+[-–]\s")


@lru_cache(maxsize=None)
def _province_names_upper() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for r in load("provinces"):
        if r.get("bare") != "no":
            out.setdefault(r["name"].upper(), []).append(r["name"])
    return {k: tuple(v) for k, v in out.items()}


_ACTOR = re.compile(rf"\s*({_SYL}(?:[ \t]+{_SYL}){{0,3}})[ \t]+(?=[a-zđà-ỹ])")
# "Cẩm Khê: Triển khai nhiệm vụ …": a headline opening with a place's bare name and a colon
_HEADLINE_PLACE = re.compile(rf"\s*({_SYL}(?:[ \t]+{_SYL}){{0,3}})[ \t]*:\s")
# a type word no name follows ("Ủy ban MTTQ huyện", "huyện tổ chức"), in whatever case it is typed
_BARE_UNIT = re.compile(rf"(?<!\w)((?i:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn))(?!\w)(?![ \t]*[{UPPER}\d'’])")


def _named_actor(first: str, body: str) -> Locality | None:
    """"Thanh Trì tổ chức hội nghị …" heading a page whose body says only "huyện" ("Ban Thường
    trực Ủy ban MTTQ huyện"): the unit of that type the official list knows by the name the
    headline opens with. None when the body uses no bare type word twice, or the name is no
    unit of that type."""
    m = _ACTOR.match(first) or _HEADLINE_PLACE.match(first)
    return _unit_named_bare(m.group(1), body) if m else None


def _unit_named_bare(name: str, body: str) -> Locality | None:
    """The unit `name` (or its first words) names, of the type word the body uses bare twice
    or more, when the official list knows one of that type so named."""
    bare = Counter(_canon_type(g.group(1)) for g in _BARE_UNIT.finditer(body))
    words = name.split()
    for type_word, n in bare.most_common():
        if n < 2:
            break
        for k in range(len(words), 0, -1):
            if _official(type_word, " ".join(words[:k])):
                return Locality(type_word, " ".join(words[:k]))
    return None


# a site's masthead: its outlet, then the unit it serves by bare name ("Báo Đồng Nai điện tử",
# "Truyền hình Đại Lộc")
_MASTHEAD = re.compile(rf"(?m)^[ \t]*(?:Báo|Truyền hình|Đài Truyền hình|Đài Phát thanh(?:[ \t]*-[ \t]*|[ \t]+và[ \t]+)"
                       rf"Truyền hình|Đài PT-TH|Đài PTTH)[ \t]+({_SYL}(?:[ \t]+{_SYL}){{0,3}})")


def _masthead_unit(chrome: str, body: str) -> Locality | None:
    """The unit a site's masthead names, in a page that names none with its type word: a
    province by its bare name, or a unit of the type the body says bare, twice or more
    ("Truyền hình Đại Lộc" over "Ban Thường trực Ủy ban MTTQ Việt Nam huyện …")."""
    m = _MASTHEAD.search(chrome)
    if not m:
        return None
    words = m.group(1).split()
    for k in range(len(words), 0, -1):
        name = " ".join(words[:k])
        if _province_name_re().fullmatch(name):
            return Locality(next(t for n, t in sorted(_province_rows()) if n == name), name)
    return _unit_named_bare(m.group(1), body)


# the lead saying where the event was, in a province named bare: "Sáng 17/3, tại Hà Nội, …",
# "tại Thủ đô Hà Nội"
_LEAD_PLACE = re.compile(r"(?<!\w)tại\s+(?:Thủ đô\s+)?")


def _lead_province(lead: str) -> Locality | None:
    """The province the first sentence says the event was held in, by its bare name."""
    for m in _LEAD_PLACE.finditer(lead):
        p = _province_name_re().match(lead, m.end())
        if p and not re.match(r"[ \t]*[A-ZĐÀ-Ỹ]", lead[p.end():]):
            return Locality(next(t for n, t in sorted(_province_rows()) if n == p.group()), p.group())
    return None


def _headline_province(title: str) -> Locality | None:
    """"Quảng Nam: Sẽ giám sát …": a headline opening with a province's bare name and a colon
    tells the page's province."""
    m = _province_name_re().match(title.strip())
    if not m or not re.match(r"\s*:", title.strip()[m.end():]):
        return None
    return Locality(next(t for n, t in sorted(_province_rows()) if n == m.group()), m.group())


def _in_a_name(text: str, at: int) -> bool:
    """The words at `at` end a person's name ("ông Trần Hà Nam", "Lê Thái Bình"): one or two
    capitalised words before them, the first a family name."""
    words = text[max(0, at - 30):at].split()[-2:]
    return any(opens_a_name(w) and all(x[:1].isupper() for x in words[i:]) for i, w in enumerate(words))


def _only_province(body: str) -> Locality | None:
    """A page that names no unit with its type word but one province by its bare name ("Điểm
    cầu tại Quảng Ninh"): that province. Two names said as often, or none: no unit (never guessed)."""
    said = Counter(m.group() for m in _province_name_re().finditer(body) if not _in_a_name(body, m.start()))
    # a dateline in capitals: "(Cadn.com.vn) - ĐÀ NẴNG - Ngày 22-9, …"
    said.update({n for m in _DATELINE_PLACE.finditer(body) for n in _province_names_upper().get(m.group(1), ())})
    if not said:
        return None
    (name, n), *rest = said.most_common()
    # … or one named more often than all the others together ("điểm cầu Lâm Đồng", three
    # times, beside the central "điểm cầu Hà Nội" of a national online conference)
    if rest and not (n >= 2 and n > sum(c for _n, c in rest)):
        return None
    return Locality(next(t for n, t in sorted(_province_rows()) if n == name), name)


@lru_cache(maxsize=None)
def _committees() -> dict[str, str]:
    """Committees named by their level, and that level: the Party's ("Huyện ủy") and the Youth
    Union's ("Huyện đoàn", from the bodies whose head implies one unit type). "Đảng ủy xã X"
    names its unit with the type word, so it is not one."""
    out = {r["committee"].casefold(): r["type_word"] for r in load("party_committees") if r["committee"] != "Đảng ủy"}
    for r in load("bodies"):
        unit = r.get("unit", "")
        if unit and "|" not in unit and not unit.startswith("@") and r["head"].casefold() not in out:
            out[r["head"].casefold()] = unit
    return out


@lru_cache(maxsize=None)
def _committee_re() -> re.Pattern:
    alts = "|".join(sorted((re.escape(c) for c in _committees()), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?i:{alts})((?:[ \t]+{_SYL}){{1,4}})")


def committee_units(text: str) -> list[tuple[int, int, Locality]]:
    """Units a named Party committee names ("Huyện ủy Tây Giang" -> huyện Tây Giang, "Thành
    ủy Huế" -> thành phố Huế): the longest start of the name the official list knows, else the
    place name as written (a town merged away before 2025 is on no list, and stays unresolved).
    Evidence of the article's unit, as a place named in the text is."""
    committees = _committees()
    out = []
    norm = canonical(text)
    for m in _committee_re().finditer(norm):
        ttype = committees[" ".join(m.group()[:m.start(1) - m.start()].split()).casefold()]
        words = m.group(1).split()
        # "Huyện ủy Đô lương": a syllable typed in lower case, when the official list has the name with it
        lower = _LOWER_SYL.match(norm, m.end())
        if lower and lower.group(1)[0].islower():
            longer = words + [lower.group(1).capitalize()]
            if _official(ttype, " ".join(longer)) and not _official(ttype, " ".join(words)):
                words = longer
        name = next((words[:n] for n in range(len(words), 0, -1) if _official(ttype, " ".join(words[:n]))), [])
        if not name and ttype in ("huyện", "thị xã", "quận") and words[0] not in family_names():
            name = place_name(words, ttype)[:3]     # provinces are a closed list: never as written
        if name:
            out.append((m.start(), m.start(1) + len(" ".join(name)) + 1, Locality(ttype, " ".join(name))))
    return out


def _common_province(ctx: Locality, on: str | None, g) -> Locality:
    """The article's unit with the province every unit it may name lies in, when that is one
    province ("xã Đức Thọ" with no date: a 2008 thị trấn and a 2025 xã, both of Hà Tĩnh); the
    unit itself stays unresolved. With candidates in two provinces, nothing is added."""
    from .. import gazetteer
    chain = [ctx]
    while chain[-1].parent is not None:
        chain.append(chain[-1].parent)
    if any(_rank(loc) == 0 and len(chain) > 1 for loc in chain[1:]):
        return ctx                                  # a province is already stated
    eras = [gazetteer.era_of(on)] if gazetteer.era_of(on) else gazetteer.ERAS
    found = [u for e in eras for u in gazetteer.candidates(ctx, e)]
    # the type the text writes is evidence too: "xã Mậu A" with no date is the 2025 xã, not
    # the thị trấn of that name before 2025 (another province), when a unit of that type exists
    exact = [u for u in found if u.type_word == gazetteer.type_key(ctx.type_word)]
    found = exact or found
    tops = [(g.ancestors(u) or [u])[-1] for u in found]
    provinces = {(a.type_word, a.name) for a in tops if a.level == "province"}
    if len(provinces) != 1 or not found:
        return ctx
    (ptype, pname), = provinces
    if (ctx.type_word, ctx.name) == (ptype, pname):
        return ctx

    def attach(loc: Locality) -> Locality:
        return Locality(loc.type_word, loc.name, attach(loc.parent) if loc.parent else Locality(ptype, pname))
    return attach(ctx)


def _with_parents(loc: Locality, everything: list[Locality], depth: int = 3) -> Locality:
    """The unit with the chain of higher units the text gives ("xã Ninh Xuân" -> "…, thị xã
    Ninh Hòa, tỉnh Khánh Hòa" when the page names those)."""
    if depth == 0:
        return loc
    parent = loc.parent or _unique_higher(loc, everything)
    if parent is None:
        return loc
    return Locality(loc.type_word, loc.name, _with_parents(parent, everything, depth - 1))


def _unique_higher(loc: Locality, all_locs: list[Locality]) -> Locality | None:
    """The parent the text gives: a stated parent of the same unit elsewhere, or else the
    one unit of the next higher level the article names (if it names only one)."""
    for other in all_locs:
        if (other.type_word, other.name) == (loc.type_word, loc.name) and other.parent:
            return other.parent
    mine = _rank(loc)
    higher = {(o.type_word, o.name): o for o in all_locs
              if _rank(o) < mine and (o.type_word, o.name) != (loc.type_word, loc.name)}
    if not higher:
        return None
    best = max(_rank(o) for o in higher.values())
    level = [o for o in higher.values() if _rank(o) == best]
    if len(level) > 1:
        # several named: the one an official unit of this name lies in ("xã Tân Hương" on a page
        # naming huyện Đức Thọ and thành phố Hà Tĩnh)
        level = [o for o in level if _within(loc, o, [])]
    return level[0] if len(level) == 1 else None


def _chrome_text(article: Article, sentences: list[Sentence]) -> str:
    """Text outside title and sentences (header chrome such as "UBND HUYỆN GIA VIỄN"):
    evidence of the site's unit, used only when title and body name none."""
    covered = [(s.start, s.end) for s in sentences]
    text = canonical(article.text)
    parts, pos = [], 0
    for a, b in sorted(covered):
        parts.append(text[pos:a])
        pos = max(pos, b)
    parts.append(text[pos:])
    # only the page head: footers list other sites' units
    return parts[0]


def complete(ctx: Locality | None, on: str | None) -> Locality | None:
    """The article's unit with the higher units the official list gives it ("huyện Đức Thọ"
    -> "…, tỉnh Hà Tĩnh"), so that a bare "tỉnh" in the article can be resolved; unchanged
    when the list does not name exactly one such unit."""
    from .. import gazetteer
    unit = gazetteer.resolve(ctx, on)
    g = gazetteer.load()
    if unit is None:
        if ctx is not None and ctx.parent is not None:
            # "xã Quỳnh Sơn, huyện Quỳnh Phụ": a commune the list does not hold (or holds in
            # several places) under a higher unit it names once, which places both
            above = complete(ctx.parent, on)
            if above != ctx.parent:
                return Locality(ctx.type_word, ctx.name, above)
        return _common_province(ctx, on, g) if ctx is not None else ctx
    chain = [ctx]
    while chain[-1].parent is not None:
        chain.append(chain[-1].parent)
    # (the chain the text's own agrees with: "phường Thu Thủy, thị xã Cửa Lò" is of Cửa Lò then,
    # though of thành phố Vinh on the 2025 list)
    chains = g.chains(unit)
    ancestors = next((a for a in chains if all(any(g.named(x, c) for x in a) for c in chain[1:])), chains[0])
    missing = [a for a in ancestors if not any(g.named(a, c) for c in chain)]
    if missing and all(any(g.named(a, c) for a in ancestors) for c in chain[1:]):
        # "xã Tây Giang, tỉnh Thái Bình": a missing unit may lie between the named ones (huyện
        # Tiền Hải): the official chain, the named ones as the text writes them
        parent = None
        for a in reversed(ancestors):
            named = next((c for c in chain[1:] if g.named(a, c)), None)
            parent = Locality((named or a).type_word, (named or a).name, parent)
        return Locality(ctx.type_word, ctx.name, parent)
    parent = None
    for a in reversed(missing):
        parent = Locality(a.type_word, a.name, parent)
    if parent is None:
        return ctx
    # attach the missing ancestors above the highest unit the text named
    def rebuild(loc: Locality) -> Locality:
        return Locality(loc.type_word, loc.name, rebuild(loc.parent) if loc.parent else parent)
    return rebuild(ctx)
