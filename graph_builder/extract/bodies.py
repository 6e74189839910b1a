"""Body phrases -> `Body`: abbreviations expanded, spelling normalised, a bare unit made
specific with the article's locality ("Thị ủy" -> "Thị ủy Sơn Tây"), or left bare with
`unresolved` set when the article does not decide it."""
from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Body, Locality
from ..lexicon import alternation, load
from ..text import canonical
from .context import UPPER, committee_units, find_localities, resolve_bare, _canon_type, _type_words_longest_first


@lru_cache(maxsize=None)
def _abbreviations(document: bool = False) -> tuple[tuple[str, re.Pattern, str], ...]:
    """(abbreviation, its pattern, its expansion), longest first."""
    rows = sorted(load("abbreviations"), key=lambda r: len(r["abbreviation"]), reverse=True)
    out = []
    for r in rows:
        if document and r.get("documents") == "as written":
            continue
        ab = r["abbreviation"]
        tail = "" if ab.endswith(".") else r"(?![\w])"
        # "CT.UBMTTQVN", "Pháp luật-UBND": an abbreviation may follow a dot or hyphen
        out.append((ab, re.compile(rf"(?<![\w]){re.escape(ab)}{tail}"), r["expansion"]))
    return tuple(out)


@lru_cache(maxsize=None)
def _heads() -> tuple[tuple[re.Pattern, dict], ...]:
    """(pattern, row) of each body head, longest first; the pattern matches in any case."""
    rows = sorted(load("bodies"), key=lambda r: len(r["head"]), reverse=True)

    def not_after(row) -> str:
        return "".join(rf"(?<!{re.escape(w)}\s)" for w in row.get("not_after", "").split("|") if w)
    return tuple((re.compile(rf"(?<![\w]){not_after(r)}{re.escape(r['head'])}(?![\w])", re.I),
                  {**r, "_folded": r["head"].casefold()}) for r in rows)


@lru_cache(maxsize=None)
def _starts() -> tuple[re.Pattern, re.Pattern]:
    heads = [r["cue"] for r in load("event_cues") if r["role"] == "body_head"]
    events = [r["phrase"] for r in load("event_kinds") if r["role"] == "head"]
    return tuple(re.compile(rf"(?:{alternation(words)})(?![\w])", re.I) for words in (heads, events))


def is_event(phrase: str) -> bool:
    """The phrase starts with an event's head noun ("hội nghị", "buổi giám sát")."""
    return _starts()[1].match(phrase.strip()) is not None


def is_body(phrase: str) -> bool:
    """The phrase starts like an organisation name, not an event ("Hội nghị"), a person's
    title or a venue."""
    body, event = _starts()
    phrase = phrase.strip()
    return body.match(phrase) is not None and event.match(phrase) is None


_NAME = rf"[{UPPER}][\w'’]*(?:[ \t]+[{UPPER}\d][\w'’]*){{0,3}}"


@lru_cache(maxsize=None)
def _unit_list_re() -> re.Pattern:
    types = _unit_alts()
    # (the type word whole and the names capitalised: "… và các phường, xã" lists no names)
    return re.compile(rf"(?<!\w)các\s+({types})(?!\w)\s*:?\s*((?-i:{_NAME})(?:\s*(?:,|và|,\s*và)\s*(?-i:{_NAME}))+)\s*$",
                      re.IGNORECASE)


def unit_list(phrase: str) -> re.Match | None:
    """"Ủy ban MTTQ các xã: Đức Thọ, Đức Thịnh và Đức Quang" at the end of the phrase: one body
    named for several units (group 1 the type word, group 2 the names)."""
    return _unit_list_re().search(phrase)


def each_unit(phrase: str) -> list[str]:
    """The phrase once per unit of a list that ends it ("Ủy ban MTTQ các xã: A, B" -> "Ủy ban
    MTTQ xã A", "Ủy ban MTTQ xã B"); the phrase itself when it lists none."""
    m = unit_list(phrase)
    if m is None:
        return [phrase]
    names = re.split(r"\s*(?:,\s*và|,|và)\s*", m.group(2).strip())
    return [f"{phrase[:m.start()]}{m.group(1)} {n}" for n in names if n]


@lru_cache(maxsize=1 << 16)     # body phrases recur across articles; this runs ~80 patterns
def expand(phrase: str, document: bool = False) -> str:
    """Abbreviations spelled out, "Mặt trận Tổ quốc" -> "MTTQ", "Uỷ" -> "Ủy", spaces
    squashed; every Front committee written "Ủy ban MTTQ Việt Nam …". In a `document`'s
    name the abbreviations documents keep as written stay."""
    s = " ".join(canonical(phrase).split())
    s = GLOSS.sub(lambda m: "" if glosses(s[:m.start()], m.group(1)) else m.group(), s)
    # (a document's number and symbol is kept as written: "05-CT/TW", "12/KH-MTTQ-BTT")
    symbols = _SYMBOL.findall(s) if "/" in s or "-" in s else []
    if symbols:
        s = _SYMBOL.sub(lambda m: f"\x00{symbols.index(m.group())}\x00", s)
    # (a pattern is tried only where its letters occur: a phrase holds few of the ~100)
    for ab, pat, full in _abbreviations(document):
        if ab in s:
            s = pat.sub(lambda m, f=full: f + (" " if m.group().endswith(".") else ""), s)
    if symbols:
        s = re.sub(r"\x00(\d+)\x00", lambda m: symbols[int(m.group(1))], s)
    # the fixed rewrites (_rewrites), each tried only where its words occur
    for needles, pat, repl in _rewrites():
        low = s.casefold()
        if any(n in low for n in needles):
            s = pat.sub(repl, s)
    s = " ".join(s.split())
    # (an abbreviation opening the phrase keeps it capitalised: "BHXH tỉnh" -> "Bảo hiểm xã hội tỉnh")
    if s[:1].islower() and phrase.lstrip()[:1].isupper():
        s = s[0].upper() + s[1:]
    # head words in their canonical case ("Ủy Ban", "ủy ban mặt trận" -> "Ủy ban …")
    low = s.casefold()
    for pat, row in _heads():
        if row["head"] in ("Ban", "Bộ", "Sở") or row["_folded"] not in low:
            continue
        s = pat.sub(lambda m, head=row["head"]: m.group() if _straddles(m.group(), head) else head, s)
        low = s.casefold()
    return s


@lru_cache(maxsize=None)
def _rewrites() -> list[tuple[tuple[str, ...], re.Pattern, object]]:
    """expand's fixed rewrites, in order: (words one of which the text must hold, pattern,
    replacement: a string or a function of the match)."""
    units = _unit_alts()
    return [
        (("mặt trận tổ quốc",), re.compile(r"(?i)mặt trận tổ quốc"), "MTTQ"),
        # the Youth Union as its documents and most annotated pages name it, "Đoàn TNCS Hồ Chí
        # Minh", one name however written; "Trung ương Đoàn" alone is its Central Committee
        (("thanh niên cộng sản",), re.compile(r"(?i)thanh niên cộng sản(?=\s+Hồ Chí Minh)"), "TNCS"),
        (("trung ương đoàn",), re.compile(r"(?i)(?<!\w)Trung ương Đoàn(?!\s+(?:TNCS|Thanh niên)|\w)"),
         "Trung ương Đoàn TNCS Hồ Chí Minh"),
        # "Mặt trận Tổ quốc (MTTQ) Việt Nam": the abbreviation glossed once is one word
        (("mttq",), re.compile(r"MTTQ\s*(?:\(\s*MTTQ\s*\)|MTTQ(?!\w))"), "MTTQ"),
        # ("Ủy ban MT TQ Việt Nam": the initials typed apart)
        (("mt tq",), re.compile(r"(?<!\w)MT\s+TQ(?!\w)"), "MTTQ"),
        # a Central Committee plenum glued to its number ("Nghị quyết TW9", "Nghị quyết TƯ 4")
        (("tw", "tư"), re.compile(r"(?<!\w)(?:TW|TƯ)\s*(?=\d{1,2}(?!\d))"), "Trung ương "),
        # "Trung ương Đảng" (a post's body) is its Central Committee
        (("trung ương đảng",), re.compile(r"(?i)^(?:BCH\s+)?Trung ương Đảng\b"), "Ban Chấp hành Trung ương Đảng"),
        # "Trung ương MTTQ Việt Nam" (a post's body, "Phó Chủ tịch Trung ương MTTQ Việt Nam") is its
        # Central Committee
        (("trung ương",), re.compile(r"(?i)^Trung ương MTTQ\b"), "Ủy ban Trung ương MTTQ"),
        # "Mặt trận tỉnh", "MTTQ xã Mỹ Thạnh", "Ủy ban Mặt trận tỉnh Đắk Nông", a department's "Ban
        # Tuyên giáo Mặt trận thành phố": the unit's Front committee ("Tổ công tác của Mặt trận
        # tỉnh" names a team, as written)
        (("mttq", "mặt trận"), re.compile(rf"(?i)^(?:MTTQ(?: Việt Nam)?|Mặt trận)\s+(?=(?:{units})\b)"), "Ủy ban MTTQ Việt Nam "),
        # … and "Chủ tịch MTTQ", the Front named alone as a post's body, is its committee
        (("mttq", "mặt trận"), re.compile(r"(?i)^(?:MTTQ(?: Việt Nam)?|Mặt trận)$"), "Ủy ban MTTQ Việt Nam"),
        (("mặt trận",), re.compile(rf"(?i)(?<!\w)ủy ban\s+mặt trận\s+(?=(?:{units})\b)"), "Ủy ban MTTQ Việt Nam "),
        # ("Ban Thường trực MTTQ xã": the standing board of the commune's Front committee)
        (("mặt trận", "mttq"), re.compile(rf"(?i)^(Ban\s.+?\s)(?<!ban\s)(?<!ub\s)(?:mặt trận|MTTQ(?: Việt Nam)?)\s+(?=(?:{units})\b)"),
         r"\1Ủy ban MTTQ Việt Nam "),
        (("mttq",), re.compile(r"(?i)(ủy ban(?: trung ương)? MTTQ)(?! Việt Nam)(?=\s|$|[,;.])"), r"\1 Việt Nam"),
        (("mttq việt nam việt nam",), re.compile(r"(?i)\bMTTQ Việt Nam Việt Nam"), "MTTQ Việt Nam"),
        # "UBMT TQVN": the committee's initials split after "MT" ("Ban thường trực UBMT TQVN thị xã")
        (("mttq việt nam tổ quốc việt nam",), re.compile(r"(?i)\bMTTQ Việt Nam Tổ quốc Việt Nam"), "MTTQ Việt Nam"),
        # a ward or an urban district by its initial ("UBND P9", "Hội LHPN Q1", "Đảng ủy P.Lâm Viên")
        (("p", "q"), re.compile(r"(?<![\w.])([PQ])\.?\s?(\d{1,2})(?!\w)"),
         lambda m: f"{'Phường' if m.group(1) == 'P' else 'Quận'} {m.group(2)}"),
        (("p.",), re.compile(r"(?<![\w.])P\.\s?(?=[A-ZĐ][a-zà-ỹđ])"), "phường "),
        # the Youth Federation at every level is "Hội Liên hiệp Thanh niên Việt Nam …", as the gold
        # writes it however the page shortens it ("Hội LHTN huyện An Phú")
        (("liên hiệp thanh niên",), re.compile(r"(?i)(hội liên hiệp thanh niên)(?! việt nam)(?=\s|$|[,;.])"),
         r"\1 Việt Nam"),
        # a province's delegation of the National Assembly, "Đoàn ĐBQH đơn vị tỉnh Tiền Giang": the
        # constituency word is no part of its name
        (("quốc hội đơn vị",), re.compile(r"(?i)(đoàn đại biểu quốc hội)\s+đơn vị\s+(?=(?:" + units + r")\b)"), r"\1 "),
    ]


# "đại biểu Quốc hội (ĐBQH)": an abbreviation in parentheses after the words it stands for
# a document's number and symbol ("05-CT/TW", "15/ĐA-MTTW-BTT", "29-HD/BTGTW", "12/2024/NQ-HĐND")
_SYMBOL = re.compile(r"(?<![\w/])\d{1,5}(?:/\d{4})?\s?[/-]\s?[A-ZĐ][A-ZĐa-z&.]*(?:[/-][A-ZĐ][A-ZĐa-z&.]*)+")
GLOSS = re.compile(r"\s*\(\s*([A-ZĐ][A-Za-zĐđ.]{1,9})\s*\)")


@lru_cache(maxsize=None)
def _expansions() -> dict[str, str]:
    return {r["abbreviation"]: r["expansion"].casefold() for r in load("abbreviations")}


def glosses(before: str, abbreviation: str) -> bool:
    """The abbreviation stands for the words just before it: as the lexicon spells it out, or
    as their initials ("Quy chế dân chủ (QCDC)")."""
    full = _expansions().get(abbreviation)
    if full:
        # (the lexicon writes the Front "MTTQ"; a page spells it out: "Ủy ban Mặt trận Tổ quốc (UBMTTQ)")
        return before.rstrip().casefold().replace("mặt trận tổ quốc", "mttq").endswith(full)
    letters = abbreviation.replace(".", "")
    words = before.split()[-len(letters):]
    return len(letters) >= 2 and len(words) == len(letters) \
        and "".join(w[0] for w in words).upper() == letters.upper()


def _straddles(found: str, head: str) -> bool:
    """"toàn quốc Hội Nông dân": a lower-case word, then a capital where the head has none, is
    the end of one name and the start of another, not the head "Quốc hội" ("hội Liên hiệp Phụ
    nữ", capitals where the head has them, is that head)."""
    words, heads = found.split(), head.split()
    return words[0][:1].islower() and any(w[:1].isupper() and h[:1].islower() for w, h in zip(words[1:], heads[1:]))


@lru_cache(maxsize=1)
def _unit_alts() -> str:
    return "|".join(re.escape(w) for w in _type_words_longest_first())


def _first_head(s: str, start: int = 0):
    """(position, end, row) of the earliest head at or after `start`; longest wins a tie."""
    best = None
    low = s.casefold()
    for pat, row in _heads():
        if row["_folded"] not in low:       # (as in expand: most heads are not in the phrase)
            continue
        m = pat.search(s, start)
        if m and (best is None or m.start() < best[0]
                  or (m.start() == best[0] and m.end() > best[1])):
            best = (m.start(), m.end(), row)
    return best


HCMC = "Hồ Chí Minh"


@lru_cache(maxsize=None)
def _committee_unit() -> re.Pattern:
    """"Tỉnh ủy tỉnh Vĩnh Long" is the "Tỉnh ủy Vĩnh Long": a Party committee named by its level
    says the level once (not "Đảng ủy xã X", whose level is not in its name)."""
    pairs = "|".join(rf"{re.escape(r['committee'])}\s+{re.escape(r['type_word'])}"
                     for r in load("party_committees") if r["committee"] != "Đảng ủy")
    # except Hồ Chí Minh, whose name alone is the President's: "Thành ủy Thành phố Hồ Chí Minh"
    return re.compile(rf"(?<!\w)({pairs})\s+(?=[{UPPER}])(?!{HCMC}\b)")


def _once(m: re.Match) -> str:
    return " ".join(m.group(1).split()[:2]) + " "      # the committee ("Tỉnh ủy"), not the level


def parse_body(phrase: str, ctx: Locality | None) -> Body | None:
    """"Ban Thường trực UBTƯ MTTQ Việt Nam" -> Body("Ban Thường trực Ủy ban Trung ương MTTQ
    Việt Nam", standing_board, parent=Body("Ủy ban Trung ương MTTQ Việt Nam", …))."""
    s = _committee_unit().sub(_once, expand(phrase).strip(" ,;:.-–"))
    if not s:
        return None
    if s[0].islower() and is_body(s):
        s = s[0].upper() + s[1:]    # "bảo hiểm xã hội tỉnh" (BHXH spelled out), "công an xã": a name
    head = _first_head(s)
    if head is None:
        return _with_unit(s, "other", ctx)
    pos, end, row = head
    if row["role"] == "sub":
        top = _next_top(s, end)
        if top is not None:
            parent = parse_body(s[top:], ctx)
            sub = s[:top].rstrip(" ,-–")
            if parent is not None:
                return Body(f"{sub} {parent.name}", row["kind"], parent.locality, parent,
                            parent.unresolved)
        return _with_unit(s, row["kind"], ctx)
    return _with_unit(s, row["kind"], ctx, row.get("unit", ""))


def _next_top(s: str, start: int) -> int | None:
    """Start of the committee a sub-body belongs to ("Ban Tuyên giáo | Thị ủy")."""
    pos = start
    while True:
        head = _first_head(s, pos)
        if head is None:
            return None
        if head[2]["role"] == "top":
            return head[0]
        pos = head[1]


@lru_cache(maxsize=None)
def _trailing_unit() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?i:{_unit_alts()})$")


def _with_unit(s: str, kind: str, ctx: Locality | None, implied: str = "") -> Body:
    """Make the body's unit specific: a named unit is kept, a bare trailing type word is
    resolved with the context, a bare Party committee ("Thị ủy") gets the context name."""
    named = find_localities(s)
    if named and named[-1][1] >= len(s.rstrip()) - 1:
        # "… huyện Hải Lăng, tỉnh Quảng Trị": the body is the district's; the province
        # only places it, so it leaves the name and stays the unit's parent
        i = len(named) - 1
        while i > 0 and named[i - 1][2].parent == named[i][2]:
            i -= 1
        return Body(s[:named[i][1]].rstrip(" ,"), kind, named[i][2])
    bare = _trailing_unit().search(s)
    if bare:
        ttype = _canon_type(bare.group())
        loc = resolve_bare(ttype, ctx)
        if loc is None:
            return Body(s[:bare.start()] + ttype, kind, None, unresolved=ttype)
        return Body(f"{s[:bare.start()]}{ttype} {loc.name}", kind, loc)
    if implied == "@province":
        # "Sở Giáo dục và Đào tạo": a department only a province has, of the article's province
        loc = resolve_bare("tỉnh", ctx) or resolve_bare("thành phố", ctx)
        top = loc
        while top is not None and top.parent is not None:
            top = top.parent
        if top is not None and top.type_word in ("tỉnh", "thành phố") and top.parent is None \
                and (loc is top):
            # ("Đoàn đại biểu Quốc hội Hải Phòng": the province named without its type word)
            written = s.rstrip()
            if written.casefold().endswith(" " + top.name.casefold()):
                written = written[:-len(top.name)].rstrip()
            return Body(f"{written} {top.type_word} {top.name}", kind, top)
        return Body(s, kind, None)
    if implied == "@here":
        # "Chủ tịch UBND", no unit named: the article's own unit's ("Ủy ban nhân dân xã Hoa Lộc")
        if ctx is not None and ctx.name and " ".join(s.split()).casefold() in _here_heads():
            return Body(f"{s.strip()} {ctx.type_word} {ctx.name}", kind, ctx)
        return Body(s, kind, None)
    if implied == "@national":
        return Body(s, kind, None)
    if implied and "|" not in implied:
        # "Thị ủy Cửa Lò": the committee's own name places it
        named_by = committee_units(s)
        if named_by and named_by[0][0] == 0:
            return Body(s, kind, named_by[0][2])
    if implied:
        for ttype in implied.split("|"):
            loc = resolve_bare(ttype, ctx)
            if loc is not None:
                head_end = s.rstrip()
                # Đảng ủy keeps the type word ("Đảng ủy xã Xuân Long"); "Thị ủy Sơn Tây" not;
                # a numbered unit keeps it too ("Quận ủy Quận 9")
                label = loc.name if ("|" not in implied and not loc.name.isdigit()) else f"{ttype} {loc.name}"
                label = f"Thành phố {HCMC}" if loc.name == HCMC else label
                if _is_bare_head(head_end):
                    return Body(f"{head_end} {label}", kind, loc)
                return Body(s, kind, None)
        if _is_bare_head(s):
            return Body(s, kind, None, unresolved=implied.split("|")[0])
    return Body(s, kind, None)


def ends_with_bare_unit(phrase: str) -> bool:
    """The phrase ends on a unit's type word and no name ("Ban Thường trực Ủy ban MTTQ huyện")."""
    return _trailing_unit().search(phrase.rstrip()) is not None


def lowercase_head(phrase: str) -> bool:
    """The phrase opens with a head the lexicon writes in lower case, as pages do ("chùa Vĩnh
    Nghiêm"): a body, however cased, not a duty."""
    head = _first_head(phrase)
    return head is not None and head[0] == 0 and head[2]["head"][:1].islower()


def is_national(name: str) -> bool:
    """The body is a central one by its head (lexicon unit @national): "Bộ Chính trị", "Bộ Tư pháp"."""
    head = _first_head(name)
    return head is not None and head[0] == 0 and head[2].get("unit") == "@national"


@lru_cache(maxsize=None)
def _here_heads() -> frozenset[str]:
    """The heads of bodies every unit has (lexicon unit @here), written alone: "Ủy ban nhân dân",
    not "Ủy ban nhân dân Quận 12"."""
    return frozenset(r["head"].casefold() for r in load("bodies") if r.get("unit") == "@here")


def _is_bare_head(s: str) -> bool:
    """The phrase ends with its committee's head word ("Ban Tuyên giáo Thị ủy", "Tỉnh đoàn")."""
    return bool(re.search(r"(?i)(tỉnh|thành|huyện|quận|thị|đảng) ủy$|(tỉnh|thành|huyện|quận|thị|xã|phường) đoàn$", s))
