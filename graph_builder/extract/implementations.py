"""What each locality's body did with each directive.

- "Thực hiện Hướng dẫn 84, Ban Thường trực … ban hành Kế hoạch số 179 …" -> issued_plan
  (the plan may be issued in the next sentence); any other "Thực hiện X, <body> …" ->
  implemented;
- an event that disseminated a document -> disseminated by each organizer's unit, or
  reviewed when the event reviewed carrying it out. Drafts discussed have none."""
from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Article, Body, Directive, Event, Implementation, Locality, Sentence, Span
from ..lexicon import column, load
from .bodies import is_body, is_national, parse_body
from .context import UPPER, before_verb, find_localities
from .directives import CARRYING, SOURCE_TAG, WHEN, WHEN_PATTERN, Mention, find_mentions, opens_with_document
from .events import DONE_WELL, PURPOSE, WORK_SPAN, is_future


# a People's Council's session ("Kỳ họp thứ 3 Hội đồng nhân dân xã …")
_SESSION = re.compile(r"(?i)\s*kỳ họp\b")
# an inspection or supervision: what it looked at is what others carried out ("Kiểm tra công tác
# … và Chương trình 190", "Giám sát việc thực hiện …")
_INSPECTION = re.compile(r"(?i)\s*(?:(?:buổi|chuyến|đợt)\s+)?(?:kiểm tra|giám sát)\b")


# a linking word opening a sentence ("Theo đó, …", "Cụ thể, Đảng ủy đã ban hành …")
_LINKING = r"(?:theo đó|đồng thời|bên cạnh đó|mặt khác|ngoài ra|cụ thể(?: là)?|đặc biệt|trong đó)"


_HOW_WELL = r"(?:tốt|có hiệu quả|hiệu quả|nghiêm túc|thắng lợi|đồng bộ)"


@lru_cache(maxsize=None)
def _intro_re() -> re.Pattern:
    """What opens "Thực hiện X, <body> …": a date clause may come first; "chỉ đạo của <body>
    tại" may stand between the verb and X ("Theo chỉ đạo của Ban Thường vụ Tỉnh ủy tại Chỉ thị
    số 40 …")."""
    verbs = sorted((r["verb"] for r in load("implementation_verbs") if r["role"] in ("intro", "cite")),
                   key=len, reverse=True)
    return re.compile(r"(?i)^\s*" + SOURCE_TAG + r"(?:[^,]{0,40}\d+\s*(?:/|-|tháng)\s*\d+[^,]{0,20},\s*)?"
                      # a linking word first ("Theo đó, thực hiện Kế hoạch số 346 …, …")
                      rf"(?:(?:{_LINKING}|vừa qua|thời gian qua),\s*)?"
                      # "Sau 10 năm (triển khai) thực hiện X, …": the years it has been carried out
                      r"(?:(?:sau|qua)\s+(?:hơn\s+|gần\s+)?\w+\s+năm\s+(?=(?:triển khai\s+)?thực hiện\s))?(?P<verb>"
                      + "|".join(map(re.escape, verbs))
                      # ("Để thực hiện tốt, hiệu quả hơn Nghị quyết số 23 …": how well)
                      + r")(?:\s+" + _HOW_WELL + r"(?:\s*,\s*" + _HOW_WELL + r")*(?:\s+hơn)?)?"
                      # ("Thực hiện Điều 107, Luật Tổ chức chính quyền địa phương …": an article of it)
                      + r"(?:\s+(?:Điều|khoản|Khoản)\s+\d+\s*,?(?:\s+(?:Điều|khoản|Khoản)\s+\d+\s*,?)*)?"
                      # ("Nhằm cụ thể hóa các nội dung chỉ đạo tại Chỉ thị số 44 …")
                      # ("Căn cứ vào nội dung của Đề án 01, 02 …": what the documents say)
                      + r"\s+(?:(?:(?:các\s+)?nội dung\s+)?(?:sự\s+)?chỉ đạo(?:\s+của\s+[^,;]{1,80}?)?\s+(?:tại|theo)\s+"
                      r"|(?:các\s+)?nội dung(?:\s+cơ bản)?\s+(?:của\s+)?"
                      # ("Căn cứ vào công văn hướng dẫn số 29/HD-…": the letter that guides)
                      r"|(?:công văn|văn bản)\s+(?=hướng dẫn\s))?")


@lru_cache(maxsize=None)
def _cites() -> frozenset[str]:
    return frozenset(r["verb"] for r in load("implementation_verbs") if r["role"] == "cite")


def _issue_re() -> re.Pattern:
    verbs = [r["verb"] for r in load("implementation_verbs") if r["role"] == "issue"]
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, verbs)) + r")\s+$")


def unit_of(body: Body | None, ctx: Locality | None) -> Locality | None:
    """The unit a body belongs to; central bodies have none."""
    if body is None:
        return ctx
    if body.locality is not None:
        return body.locality
    if "Trung ương" in body.name or body.unresolved or is_national(body.name):
        return None         # central; or of a unit the text leaves unnamed ("Thành ủy" in a province)
    found = find_localities(body.name)
    return found[-1][2] if found else ctx


# a time or venue before the acting body: "…, sáng 16/3, tại Hội trường …, BTT … tổ chức"
def _lead(chunk: str) -> bool:
    return bool(WHEN.match(chunk) or re.match(r"\s*tại\s", chunk) or _PERIOD.fullmatch(chunk) or _RECENTLY.fullmatch(chunk)
                or _LINKED.fullmatch(chunk))


_LINKED = re.compile(rf"(?i)\s*{_LINKING}\s*")


# "Vừa qua, UBND huyện …", "Mới đây, …": when, loosely
_RECENTLY = re.compile(r"(?i)\s*(?:vừa qua|mới đây|gần đây|hiện nay)\s*")


# a clause that is only the time the work took: "…, năm 2020, Ủy ban MTTQ huyện …", "thời gian qua"
_PERIOD = re.compile(rf"(?i)\s*{WORK_SPAN}\s*")


_MORE_DOCUMENTS = re.compile(r"(?i)\s*(?:cùng|và)\s+(?:với\s+)?(?:các|những)\s+(?:văn bản|quyết định|nghị quyết|"
                             r"chỉ thị|kết luận|hướng dẫn|kế hoạch|quy định|chủ trương)")


def _actor(text: str, ctx: Locality | None) -> Body | None:
    """The body that opens a clause: "Ban Thường trực … tỉnh đã chủ trì, phối hợp … ban hành"."""
    # (a paper's tag before the lead: "(QNO) - UBND huyện vừa ban hành …")
    text = re.sub(r"^\s*" + SOURCE_TAG, "", text)
    chunks = text.strip(" ,").split(",")
    # "…, cùng các quyết định của Trung ương Hội Nông dân Việt Nam, Ban Thường trực … đã trình":
    # more documents named in general are still what the body acts on
    # (so are more documents of the list the mentions did not take: "Thực hiện Chương trình 190 của
    # Tỉnh ủy, Kế hoạch của MTTQ tỉnh và Huyện ủy, năm 2020, Ủy ban MTTQ huyện Lục Yên …")
    while len(chunks) > 1 and (_lead(chunks[0]) or _MORE_DOCUMENTS.match(chunks[0]) or opens_with_document(chunks[0])):
        chunks = chunks[1:]
    # the verbs that are also words of a body's name in lower case only ("Ban Chỉ đạo … triển khai")
    phrase = re.split(r"(?i:\s+(?:đã|đang|vừa|sẽ|luôn|cũng|tiếp tục|yêu cầu|đề nghị|chủ động|tích cực|chủ trì|phối hợp|xây dựng|ban hành|tổ chức|triển khai)\b)"
                      r"|\s+(?:hướng dẫn|chỉ đạo|phát động|thực hiện)\b"
                      # "Đoàn đại biểu HĐND huyện có ông X, …": who it is made of
                      r"|(?i:\s+có\s+(?:các\s+)?(?:ông|bà|đồng chí|đ/c)\b)", chunks[0].strip())[0]
    # "Ban Thường trực … huyện Diên Khánh tăng cường …": lower-case words after the body's named
    # unit are the clause's verb
    phrase = before_verb(phrase)
    return parse_body(phrase, ctx) if is_body(phrase) else None


# between two documents of one list, after the first one's subject: a semicolon, maybe the
# verb again ("…; Căn cứ Hướng dẫn số 50 …")
_NEXT_ITEM = re.compile(r"(?i)^[^.;]*;\s*(?:(?:căn cứ(?: vào)?|thực hiện|theo)\s+)?(?:và\s+)?$")


def _main_clause(rest: str) -> re.Match | None:
    """Where the clause after a reference's subject begins: after a comma or semicolon, maybe
    a time first, a capital ("…về tổ chức Đại hội …; ngày 14/8/2023, Ban Thường trực … hướng dẫn")."""
    return re.search(rf"[,;]\s*(?:(?i:{WHEN_PATTERN})[^,]{{0,12}},\s*)?(?=[{UPPER}])", rest)


def _main_clause_actor(rest: str, ctx: Locality | None) -> Body | None:
    m = _main_clause(rest)
    if m is None:
        return None
    return _actor(rest[m.end():], ctx)


def _issued_plan(s: str, mentions: list[Mention]) -> Mention | None:
    for m in mentions:
        if _issue_re().search(s[:m.start]):
            return m
    return None


def _listed(s: str, ms: list[Mention]) -> list[Mention]:
    """The documents acted on: the list from the first of `ms`, each item maybe with what it
    is about and opened again after a semicolon ("Căn cứ Quyết định 218 … về …; Quyết định
    320 … về …; Kế hoạch 113 …, <body> …")."""
    acted = [ms[0]]
    for m in ms[1:]:
        gap = s[acted[-1].end:m.start]
        if re.fullmatch(r"\s*[;,]?\s*(?:và\s+)?", gap) or _NEXT_ITEM.search(gap):
            acted.append(m)
    return acted


# a body a cited document made or changed, the clause's subject but not its actor ("…, Ủy ban MTTQ
# Việt Nam xã Hòa Bình được thành lập từ ngày 1/7/2025")
_DONE_TO = re.compile(r"(?i)\s*,?\s*[^.;,]*?\s(?:được|bị|đã được)\s+(?:thành lập|công nhận|sáp nhập|hợp nhất|giải thể|"
                      r"chia tách|đổi tên|kiện toàn|chỉ định)\b")


def _reported_so_far(events, sentence: Sentence):
    """The last event reported up to the end of this sentence."""
    here = [e for e in events if e.evidence and e.evidence.start <= sentence.end]
    return here[-1] if here else None


def _acted(sentences, i, mentions_of, ctx, events) -> list[Implementation]:
    s = sentences[i].norm
    intro = _intro_re().match(s)
    ms = [m for m in mentions_of.get(i, []) if not m.nested]
    if not intro or not ms or ms[0].start > intro.end() + 1:
        return []
    acted = _listed(s, ms)
    rest = s[acted[-1].end:]
    # "Căn cứ A …;" "Căn cứ B …;" each on a line of its own, then the body that acted: every item
    # of the list leads to the sentence after it
    after = i + 1
    while rest.rstrip().endswith(";") and after + 1 < len(sentences) and _intro_re().match(sentences[after].norm) \
            and sentences[after].norm.rstrip().endswith(";"):
        after += 1
    plan = _issued_plan(s, [m for m in ms if m not in acted])
    actor = _actor(rest, ctx) or _main_clause_actor(rest, ctx)
    if plan is None and actor is None and after < len(sentences):
        nxt = [m for m in mentions_of.get(after, []) if not m.nested]
        plan = _issued_plan(sentences[after].norm, nxt)
        if plan is not None:
            actor = _actor(sentences[after].norm[:plan.start], ctx)
    if actor is None and plan is None and after < len(sentences) and not _main_clause(rest):
        # "Căn cứ Hướng dẫn số 50 … về công tác tuyên truyền. Ban Thường trực … hướng dẫn …":
        # the reference stands alone and the next sentence says who acted on it
        actor = _actor(sentences[after].norm, ctx)
    cites = intro.group("verb").casefold() in _cites()
    held = None
    if actor is None and not _main_clause(rest) and after < len(sentences):
        # "Căn cứ A …; B …; C …" alone, then the event held on it ("Sáng ngày 13/6/2024, … tổ chức
        # buổi đối thoại …"): carried out where that event was held
        held = next((e for e in events if e.evidence and e.evidence.start == sentences[after].start), None)
        if held is not None and held.organizers:
            actor = held.organizers[0]
    if actor is None and cites and held is None:
        return []                       # "Theo X, …" with no body acting: a reference, not an act
    if cites and _DONE_TO.match(rest):
        return []                       # "Theo Quyết định số 12 …, Ủy ban MTTQ xã Hòa Bình được thành lập …"
    if actor is None:
        # "Thực hiện X, Hội nghị … đã họp": the body that held the event reported so far
        here = _reported_so_far(events, sentences[i])
        if here is not None and here.organizers:
            actor = here.organizers[0]
    loc = unit_of(actor, ctx)
    if actor is None and held is not None:
        loc = held.locality
    elif actor is None:
        found = find_localities(rest)
        loc = found[0][2] if found else ctx
    kind, via = ("issued_plan", plan.directive.key) if plan else ("implemented", None)
    span = Span(sentences[i].start, sentences[i].end)
    return [Implementation(loc, actor, m.directive.key, kind, via=via, evidence=span) for m in acted]


# an event or activity held under documents: "Hội nghị được tiến hành trên cơ sở | Luật …; Hướng
# dẫn số 22 …", "Đây là hoạt động thực hiện theo | Quyết định số 217 …"
_HELD_UNDER = re.compile(r"(?i)(?<!\w)(?:được\s+)?(?:thực hiện|tiến hành|tổ chức)\s+(?:theo|trên cơ sở|dựa trên|"
                         r"căn cứ(?: vào)?)\s+(?:(?:các|những)\s+)?$")
_ACTIVITY = re.compile(r"(?i)(?<!\w)(?:hội nghị|hội thảo|đại hội|buổi|lớp|cuộc|kỳ họp|phiên|hoạt động)(?!\w)")


def _held_under(sentences, i, mentions_of, ctx, events) -> list[Implementation]:
    """The event reported, or an activity of it, held under the documents named after the
    verb: carried out by the body that held it (in its unit), else in the article's unit."""
    s = sentences[i].norm
    ms = sorted((m for m in mentions_of.get(i, []) if not m.nested and not m.draft), key=lambda m: m.start)
    if not ms:
        return []
    verb = _HELD_UNDER.search(s, 0, ms[0].start)
    clause = s[max(s.rfind(";", 0, ms[0].start), s.rfind(".", 0, ms[0].start)) + 1:verb.start()] if verb else ""
    if verb is None or not _ACTIVITY.search(clause) or is_future(clause):
        return []
    here = _reported_so_far(events, sentences[i])
    actor = here.organizers[0] if here is not None and here.organizers else None
    loc = unit_of(actor, ctx) if actor is not None else (here.locality if here is not None and here.locality else ctx)
    span = Span(sentences[i].start, sentences[i].end)
    return [Implementation(loc, actor, m.directive.key, "implemented", evidence=span) for m in _listed(s, ms)]


# the end of a plan's name that says it carries out what follows: "Kế hoạch số 293/KH-MTTQ-BTT
# (ngày …) (về việc) triển khai thực hiện | Chỉ thị số 18 …"
_CARRYING = re.compile(rf"(?i)(?<!\w){CARRYING}\s*$")


def _plans_carrying_out(sentences, i, mentions_of, ctx) -> list[Implementation]:
    """"<body> ban hành Kế hoạch số 293 … triển khai thực hiện Chỉ thị số 18 …": the body
    issued a plan carrying out the documents named after it (the order `_acted` reads the other
    way round)."""
    s = sentences[i].norm
    ms = sorted((m for m in mentions_of.get(i, []) if not m.nested and not m.draft), key=lambda m: m.start)
    every = mentions_of.get(i, [])
    for k, plan in enumerate(ms):
        issue = _issue_re().search(s[:plan.start])
        # ("… ban hành Kế hoạch triển khai thực hiện Nghị quyết Đại hội XIII của Đảng": what it
        # carries out named inside the plan's name)
        inner = [n for n in every if n.nested and plan.start < n.start < plan.end]
        actor = _actor(s[:issue.start()], ctx) if issue and inner and _CARRYING.search(s[plan.start:inner[0].start]) \
            else None
        if actor is not None:
            span = Span(sentences[i].start, sentences[i].end)
            return [Implementation(unit_of(actor, ctx), actor, inner[0].directive.key, "issued_plan",
                                   via=plan.directive.key, evidence=span)]
        if not issue or not _CARRYING.search(s[plan.start:plan.end]):
            continue
        acted = []
        for m in ms[k + 1:]:
            gap = s[(acted[-1] if acted else plan).end:m.start]
            if not re.fullmatch(r"\s*" if not acted else r"\s*[;,]?\s*(?:và\s+)?", gap):
                break
            acted.append(m)
        actor = _actor(s[:issue.start()], ctx)
        if not acted or actor is None:
            continue
        span = Span(sentences[i].start, sentences[i].end)
        return [Implementation(unit_of(actor, ctx), actor, m.directive.key, "issued_plan",
                               via=plan.directive.key, evidence=span) for m in acted]
    return []


# a plan issued "về thực hiện Nghị quyết" with no number: the document of that type the article
# named before ("Quán triệt … Nghị quyết số 45-NQ/TW …, Tỉnh ủy ban hành Chương trình số 51 …
# thực hiện Nghị quyết.")
_BACK_TO = re.compile(r"(?<!\w)(?:triển khai\s+)?thực hiện\s+(?:các\s+)?"
                      r"(?P<type>Nghị quyết|Chỉ thị|Kết luận|Quyết định|Đề án|Hướng dẫn|Kế hoạch)"
                      r"(?:\s+(?:này|trên|nêu trên))?\s*(?=[.;,]|$)")


def _plans_referring_back(sentences, i, mentions_of, ctx) -> list[Implementation]:
    """"<body> ban hành Chương trình số 51 … thực hiện Nghị quyết.": the body issued a plan to
    carry out the one document of that type the article has named so far."""
    s = sentences[i].norm
    ms = sorted((m for m in mentions_of.get(i, []) if not m.nested and not m.draft), key=lambda m: m.start)
    for plan in ms:
        issue = _issue_re().search(s[:plan.start])
        back = _BACK_TO.search(s, plan.start, min(len(s), plan.end + 90)) if issue else None
        # (the type word closing the clause in the whole sentence, not only where the search stopped)
        if back is None or re.search(r"[.;:]", s[plan.start:back.start()]) \
                or not re.match(r"\s*(?:[.;,]|$)", s[back.end():]) or any(plan.start < m.start < back.end() for m in ms):
            continue
        named = {m.directive.key for j in range(i + 1) for m in mentions_of.get(j, [])
                 if m.directive.type == back.group("type") and m.directive.key != plan.directive.key
                 and (j < i or m.start < plan.start)}
        # (the body may open the clause after the one naming the document: "Quán triệt Nghị quyết
        # số 45 …, Tỉnh ủy … ban hành …")
        actor = _actor(s[:issue.start()], ctx) or _actor(s[:issue.start()].split(",")[-1], ctx)
        if len(named) != 1 or actor is None:
            continue
        return [Implementation(unit_of(actor, ctx), actor, named.pop(), "issued_plan", via=plan.directive.key,
                               evidence=Span(sentences[i].start, sentences[i].end))]
    return []


# a plan whose own name says whose it is and what it carries out: "Chương trình hành động của
# Tỉnh ủy thực hiện | Nghị quyết …"
# ("… của Ban Thường trực … về việc triển khai | Kế hoạch số 02 …": carried out by its word for passing it on)
# (the issuer is a body's name: no "về" clause nor a quoted name inside it — "… của Ban Bí thư về
# Đề án “…” thực hiện …" names what the plan is about, not who carries it out)
_ISSUER_CARRYING = re.compile(r"(?i)\scủa\s+(?P<body>(?:(?!\svề\s)[^“”\"])+?)\s+(?:về\s+(?:việc\s+)?)?(?:tiếp tục\s+)?"
                              r"(?:triển khai\s+thực hiện|thực hiện|(?<=việc )triển khai)\s*$")


def _named_plans(sentences, i, mentions_of, ctx) -> list[Implementation]:
    """A plan named with its issuer and the document it carries out: that body issued a plan
    to carry the document out, wherever the plan is mentioned (an event disseminating it, a
    body acting on it)."""
    s = sentences[i].norm
    ms = mentions_of.get(i, [])
    out = []
    for plan in (m for m in ms if not m.nested and not m.draft):
        inner = [n for n in ms if n.nested and plan.start < n.start < plan.end]
        # ("Kế hoạch số 163/KH-UBND … của UBND huyện Yên Thế về việc thực hiện | Nghị quyết số 07 …":
        # a numbered plan's name ends where what it carries out begins)
        inner = inner or [n for n in ms if not n.nested and not n.draft and plan.end <= n.start
                          and not s[plan.end:n.start].strip()][:1]
        # ("… Nghị quyết số 68 của Bộ Chính trị về … và kế hoạch thực hiện | Nghị quyết số 68": a
        # talk's title, a document and the plan for it, no plan carrying itself out)
        inner = [n for n in inner if n.directive.key != plan.directive.key]
        if not inner:
            continue
        named = _ISSUER_CARRYING.search(s[plan.start:inner[0].start])
        if named is None or not is_body(named.group("body")):
            continue
        body = parse_body(named.group("body"), ctx)
        span = Span(sentences[i].start, sentences[i].end)
        out += [Implementation(unit_of(body, ctx), body, n.directive.key, "issued_plan",
                               via=plan.directive.key, evidence=span) for n in inner]
    return out


@lru_cache(maxsize=None)
def _carry_re() -> re.Pattern:
    verbs = sorted((r["verb"] for r in load("implementation_verbs") if r["role"] == "carry"), key=len, reverse=True)
    # "… tổ chức thực hiện (các) (Thông báo) Kết luận số 264": a notice of a conclusion is the
    # conclusion; "… thực hiện nghiêm túc, sáng tạo Nghị quyết …": more of how after a comma
    # (or the work's aims set by it: "… triển khai thực hiện hiệu quả các mục tiêu, nhiệm vụ theo
    # Nghị quyết Đại hội …")
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, verbs)) + r")"
                      r"(?:\s*,\s*(?:sáng tạo|có hiệu quả|hiệu quả|đồng bộ|quyết liệt|kịp thời|nghiêm túc|linh hoạt))*"
                      r"(?:\s+(?:hiệu quả\s+|tốt\s+)?(?:các|những)\s+(?:mục tiêu|nhiệm vụ|chỉ tiêu|nội dung)"
                      r"(?:\s*,\s*(?:mục tiêu|nhiệm vụ|chỉ tiêu|giải pháp))*\s+(?:đã đề ra\s+)?theo(?:\s+đúng)?(?:\s+tinh thần)?)?"
                      r"\s+(?:(?:các|những)\s+)?(?:thông báo\s+)?$")


@lru_cache(maxsize=None)
def _spread_re() -> re.Pattern:
    # "… đã quán triệt, triển khai (các) Nghị quyết …", "… tích cực tuyên truyền Luật …"
    spread = sorted((r["verb"] for r in load("implementation_verbs") if r["role"] == "spread"), key=len, reverse=True)
    verbs = r"(?:tổ chức\s+)?(?:" + "|".join(map(re.escape, spread)) + ")"
    return re.compile(rf"(?i)(?<!\w){verbs}(?:\s*(?:,|và)\s*{verbs})*\s+(?:(?:các|những)\s+)?(?:nội dung\s+(?:của\s+)?)?$")


def _carried_out(sentences, i, mentions_of, ctx) -> list[Implementation]:
    """"<body> (đã, tiếp tục …) tổ chức thực hiện X (, Y và Z)": the body that opens the
    sentence carried the documents out in its unit. Not said of the future ("sẽ", "đề nghị"
    before the verb), and not an event's name ("tổ chức Hội nghị sơ kết … thực hiện X": the
    event's rule reads it)."""
    ms = sorted((m for m in mentions_of.get(i, []) if not m.nested and not m.draft), key=lambda m: m.start)
    if not ms:
        return []
    s = sentences[i].norm
    for k, m in enumerate(ms):
        verb = _carry_re().search(s[:m.start])
        kind = "implemented"
        if verb is None and (verb := _spread_re().search(s[:m.start])) is not None:
            kind = "disseminated"
        if verb is None:
            continue
        # what a speaker said opens after the colon ("…, bà X cho biết: Nhiệm kỳ qua, Ban Chấp hành
        # Hội … tổ chức thực hiện Nghị quyết …"): the clause is the words said
        clause = _SAID.split(s[:verb.start()])[-1]
        # "tiếp tục" (go on) is no future here: a body going on carrying a document out does it
        # (items of one list after a semicolon go on with the clause's body: "… thực hiện tốt phong
        # trào …; cuộc vận động …, gắn với thực hiện Chỉ thị 05": a lower-case item names no new one)
        items = clause.split(";")
        if all(it.strip()[:1].islower() for it in items[1:]):
            clause = ",".join(items)
        if re.search(r"[.;:]", clause) or is_future(re.sub(r"(?i)tiếp tục", "", clause)) \
                or _NOT_DOING.search(clause):
            return []
        # the body may come after a time or what it did first ("5 năm qua, Đảng bộ huyện Gia Lâm đã
        # phát huy …, tổ chức thực hiện có hiệu quả Nghị quyết …"): the first comma chunk naming one
        chunks = clause.split(",")
        at, actor = next(((j, a) for j, chunk in enumerate(chunks) if chunk.strip()[:1].isupper()
                          and (a := _actor(chunk, ctx)) is not None), (0, None))
        # an event named between the body and its verb is the event's to read; one named before
        # the body ("Báo cáo tại Đại hội cho biết, …, Ủy ban MTTQ … triển khai thực hiện …") is not
        if _EVENT_NOUN.search(",".join(chunks[at:])):
            return []
        # "Ủy ban MTTQ … các huyện trong Cụm thi đua …": several units' bodies, none named alone
        if actor is None or re.search(r"(?i)(?<!\w)các\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đơn vị|địa phương)", actor.name):
            return []
        acted = [m]
        for n in ms[k + 1:]:
            if not re.fullmatch(r"\s*[,;]?\s*(?:và\s+)?", s[acted[-1].end:n.start]):
                break
            acted.append(n)
        span = Span(sentences[i].start, sentences[i].end)
        return [Implementation(unit_of(actor, ctx), actor, n.directive.key, kind, evidence=span)
                for n in acted]
    return []


# "giám sát/kiểm tra việc thực hiện X", "kết quả thực hiện X": what others did with X
# (but "… gắn với việc thực hiện X": the work went with carrying it out)
_NOT_DOING = re.compile(r"(?i)(?<!\w)(?:(?<!gắn với )(?<!gắn liền với )việc|kết quả|giám sát|kiểm tra|tình hình|năm"
                        r"|quá trình|sau|tham gia|ban chỉ đạo|trong)\s*$|(?<!\w)(?:cần|phải|nên)\s")
# a colon after a speaker's verb, then what was said in capitals
_SAID = re.compile(rf"(?i:cho biết|nhấn mạnh|khẳng định|nêu rõ|phát biểu|báo cáo|chia sẻ)\s*:\s*(?=[{UPPER}\d])")
# an event named between the body and the verb (the event's rule reads what it did); the event
# head words of the lexicon include verbs ("quán triệt") a body's clause has
# (but not a document named for one: "bám sát nghị quyết đại hội Đảng các cấp")
# ("các tầng lớp nhân dân": the people's strata, no class held)
_EVENT_NOUN = re.compile(r"(?i)(?<!\w)(?<!nghị quyết )(?<!văn kiện )(?<!tầng )(?:hội nghị|hội thảo|lớp|lễ|buổi|đại hội|cuộc(?! vận động)|chương trình|kỳ họp|phiên)(?!\w)")


def _naming(key: str, event: Event, mentions: list[Mention], sentences: list[Sentence]) -> Span | None:
    """The sentence that names the directive an event disseminated, which is the evidence of
    that dissemination: the first naming it from the event's sentence on, else the last before
    (a title or lead naming it), else the event's sentence."""
    named = sorted({m.sentence for m in mentions if m.directive.key == key})
    start = event.evidence.start if event.evidence else 0
    after = [i for i in named if sentences[i].end > start]
    i = after[0] if after else (named[-1] if named else None)
    return Span(sentences[i].start, sentences[i].end) if i is not None else event.evidence


@lru_cache(maxsize=None)
def _review_re() -> re.Pattern:
    verbs = sorted((r["verb"] for r in load("implementation_verbs") if r["role"] == "review"), key=len, reverse=True)
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, verbs)) + r")(?!\w)[^.;:]{0,60}$")


def _reviewed_at(key: str, mentions: list[Mention], sentences: list[Sentence], event: Event) -> bool:
    """The event's sentences say it reviewed carrying the document out: a review verb in the
    clause before its mention, from the event's sentence on."""
    start = event.evidence.start if event.evidence else 0
    return any(m.directive.key == key and not m.nested and sentences[m.sentence].end > start
               and _review_re().search(sentences[m.sentence].norm[:m.start]) for m in mentions)


# "… góp phần thực hiện thắng lợi Nghị quyết …", "nhằm triển khai thực hiện tốt Kế hoạch …": what
# the work reported is for
# ("nhằm tiếp tục đẩy mạnh các hoạt động tuyên truyền việc thực hiện Chỉ thị 05 …": words of the
# aim may stand between, in the one clause, but not a supervising or reviewing one: "nhằm giám
# sát việc thực hiện X" carries out nothing)
_AIMED_AT = re.compile(rf"(?i)(?<!\w){PURPOSE}\s+(?:(?!giám sát|kiểm tra|đánh giá|sơ kết|tổng kết)[^,;.:()“”\"]){{0,80}}?"
                       r"(?<!\w)(?:triển khai\s+)?(?:tổ chức\s+)?thực hiện\s+(?:(?:tốt|có hiệu quả|hiệu quả|thắng lợi|"
                       r"nghiêm túc|đầy đủ)\s+)?(?:các\s+)?$")


# (or a priority set: "Trọng tâm là triển khai thực hiện … gắn với thực hiện hiệu quả Nghị quyết số 46 …")
_SHOULD = re.compile(r"(?i)(?<!\w)(?:cần|phải|nên|trọng tâm là)\s")


def _done_well(s: str, m: Mention, events: list[Event]) -> re.Match | None:
    """"… thực hiện tốt Quy chế dân chủ ở cơ sở" on a page reporting an event: the work reported
    carried the document out (not what a body should do: "Hội cần … thực hiện có hiệu quả …")."""
    done = DONE_WELL.search(s, 0, m.start) if events else None
    return done if done and not _SHOULD.search(s, 0, done.start()) else None


def _aimed_at(sentences, i, mentions_of, events, ctx) -> list[Implementation]:
    """The documents a report says its work was for, or carried out well: carried out in the
    unit of the work reported (the article's first event's, else the article's own)."""
    s = sentences[i].norm
    # (what the aim looks ahead to, "nhằm tiếp tục …", is the aim's; the clause before it says
    # whether the work was done)
    ms = [m for m in mentions_of.get(i, []) if not m.nested and not m.draft
          and (aim := _AIMED_AT.search(s, max(0, m.start - 140), m.start) or _done_well(s, m, events))
          and not is_future(s[:aim.start()])]
    if not ms:
        return []
    first = events[0] if events else None
    units = [unit_of(b, ctx) for b in first.organizers] if first and first.organizers else \
        [first.locality if first and first.locality else ctx]
    span = Span(sentences[i].start, sentences[i].end)
    return [Implementation(u, None, m.directive.key, "implemented", evidence=span) for m in ms for u in units]


@lru_cache(maxsize=None)
def _own_documents() -> tuple[str, ...]:
    return tuple(p.casefold() for p in column("own_documents", "phrase"))


def _own_document(key: str) -> bool:
    """A body's document about itself (own_documents.tsv): no locality carries it out."""
    return key.casefold().startswith(_own_documents())


# "… Hội nghị lần thứ 7 …, sơ kết 5 năm thực hiện Kết luận 62": a review said right before the document
_REVIEW_OF = re.compile(r"(?i)(?<!\w)(?:sơ kết|tổng kết)\s+(?:\d+|một|hai|ba|bốn|năm|mười)\s+năm\s+(?:triển khai\s+)?thực hiện\s*$")


def _reviewed_in_its_sentence(key: str, mentions: list[Mention], sentences: list[Sentence], e: Event) -> bool:
    """The sentence that tells of the event says it reviewed N years of carrying the document out."""
    first = e.evidence.start if e.evidence else None
    return any(m.directive.key == key and sentences[m.sentence].start == first
               and _REVIEW_OF.search(sentences[m.sentence].norm[:m.start]) for m in mentions)


# an event named for reviewing a document, with or without "thực hiện" and the years it covers:
# "tổng kết Đề án …", "tổng kết 10 năm thi hành Luật …", "đánh giá 2 năm thực hiện Kết luận …",
# "sơ kết đánh giá 2,5 năm thực hiện Nghị quyết …", "kiểm điểm giữa nhiệm kỳ thực hiện Nghị quyết …"
_REVIEWS = re.compile(r"(?i)(?:sơ kết|tổng kết|đánh giá|kiểm điểm)(?:\s+(?:đánh giá|giữa nhiệm kỳ|kết quả))?"
                      r"(?:\s+(?:hơn\s+)?(?:\d+(?:[,.]\d+)?|một|hai|ba|bốn|năm|mười)\s+năm)?"
                      r"(?:\s+(?:việc\s+)?(?:triển khai\s+)?(?:thực hiện|thi hành))?\s+(?:các\s+)?")


def extract_implementations(article: Article, sentences: list[Sentence], ctx: Locality | None,
                            directives: list[Directive], events: list[Event],
                            mentions: list[Mention] | None = None) -> list[Implementation]:
    if mentions is None:
        mentions = find_mentions(sentences, ctx)
    mentions_of: dict[int, list[Mention]] = {}
    for m in mentions:
        mentions_of.setdefault(m.sentence, []).append(m)
    out: list[Implementation] = []
    for i in range(len(sentences)):
        if not sentences[i].caption:
            out.extend(_acted(sentences, i, mentions_of, ctx, events) or _plans_carrying_out(sentences, i, mentions_of, ctx)
                       or _carried_out(sentences, i, mentions_of, ctx) or _held_under(sentences, i, mentions_of, ctx, events))
            out.extend(_named_plans(sentences, i, mentions_of, ctx))
            out.extend(_plans_referring_back(sentences, i, mentions_of, ctx))
            # (a document another rule found its actor for is that actor's)
            done = {im.directive for im in out}
            out.extend(im for im in _aimed_at(sentences, i, mentions_of, events, ctx) if im.directive not in done)
    # drafts discussed and documents the event itself signed are carried out by nobody yet
    own = {m.directive.key for m in mentions if m.draft or m.adopted} \
        - {m.directive.key for m in mentions if not (m.draft or m.adopted)}
    for e in events:
        for key in e.directives:
            if key in own:
                continue
            if e.kind == "congress":
                # a congress adopts its own documents and discusses drafts: no dissemination; what
                # it reviews ("Đại hội đánh giá kết quả thực hiện Nghị quyết Đại hội … nhiệm kỳ
                # 2016-2021") is reviewed in its unit
                if not _reviewed_at(key, mentions, sentences, e):
                    continue
                kind = "reviewed"
            elif _SESSION.match(e.name) or _INSPECTION.match(e.name):
                # a council's session passes its own resolutions and hears drafts; an inspection
                # looks at others' work: no dissemination
                continue
            elif (e.kind == "review" and re.search(r"(?i)(?:sơ kết|tổng kết)[^.;]*thực hiện\s+" + re.escape(key.split()[0]), e.name)) \
                    or re.search(_REVIEWS.pattern + re.escape(key.split()[0]), e.name) \
                    or _reviewed_in_its_sentence(key, mentions, sentences, e):
                kind = "reviewed"
            else:
                kind = "disseminated"
            span = _naming(key, e, mentions, sentences)
            for body in e.organizers or [None]:
                loc = unit_of(body, ctx) if body is not None else e.locality
                out.append(Implementation(loc, body, key, kind, event=e.id, date=e.date, evidence=span))
    seen, unique = set(), []
    for im in out:
        k = (im.locality, im.body.name if im.body else None, im.directive, im.kind)
        if k not in seen and not _own_document(im.directive):
            seen.add(k)
            unique.append(im)
    return unique
