"""Article -> facts. Pure functions: nothing here knows about RDF or the store.

The order is the data flow: clean (furniture out, sentences, metadata) -> the article's own
locality -> people and posts -> documents and movements -> events -> who took part in which
event -> what each locality did with each directive."""
from __future__ import annotations

import re
from dataclasses import replace

from ..facts import Article, ArticleFacts, Participation, Sentence
from ..text import canonical
from . import clean, context, directives, events, implementations, movements, people


def extract(article: Article) -> ArticleFacts:
    article, sentences = clean.clean(article)
    on, in_title = article.published or _first_dated(sentences), _documents_in_title(article)
    own, inner = context.article_localities(article, sentences, in_title, _documents_in, on)
    ctx = context.complete(own, on)
    # the bare unit words of people's posts and documents' names ("Bí thư Đảng ủy xã") name the
    # most specific unit the page is about, which may lie inside the article's own (the
    # commune of a district's page)
    home = ctx if inner == own else context.complete(inner, on)
    about_here = [s for s in sentences if not _elsewhere(s, ctx)]
    title = title_sentence(article)
    posts, mentions = people.extract_people(title + about_here, home)
    # read once: the events and what was carried out name each document by the directives' key
    documents = directives.find_mentions(sentences, home)
    docs = directives.extract_directives(sentences, home, article, documents)
    # a numbered document only the headline names ("Thực hiện Kế hoạch số 81/KH-UBND …") is one
    # the article names; a named one there is often a shortened form of the body's
    known = {d.key.casefold() for d in docs}
    in_headline = directives.find_mentions(title, ctx)
    docs += [d for d in directives.extract_directives(title, ctx, article, in_headline)
             if d.number and d.key.casefold() not in known]
    moves = movements.extract_movements(sentences)
    evs = events.extract_events(article, sentences, ctx, docs, moves, documents)
    evs = _passed_on_in_title(evs, title, in_headline, docs)
    posts = _of_congress(_of_the_association(posts, evs), evs)
    posts = _of_the_occasion(posts, title + sentences)
    facts = ArticleFacts(article=article, locality=ctx, posts=posts, people=mentions,
                         events=evs, directives=docs, movements=moves, sentences=sentences)
    facts.participations = link_participants(mentions, evs)
    facts.implementations = implementations.extract_implementations(
        article, sentences, ctx, docs, evs, documents)
    return facts


def _passed_on_in_title(evs, title, in_headline, docs):
    """A headline saying what the article's one event passed on ("Hội nghị cán bộ chủ chốt quán
    triệt Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW …") names that event's numbered
    documents, which the body may only quote. `in_headline`: the title's document mentions."""
    if len(evs) != 1 or not title:
        return evs
    numbered = {d.key for d in docs if d.number}
    keys = [k for k in events.passed_on(title[0].norm, in_headline)
            if k in numbered and k not in evs[0].directives]
    return [replace(evs[0], directives=evs[0].directives + keys)] if keys else evs


def _of_congress(posts, evs):
    """A title elected with no body named ("Đ/c Lê Vĩnh Đông - tái cử chức danh Chủ tịch") is in
    the body that held the article's congress; with no such congress, no post is told."""
    body = next((e.organizers[0] for e in evs if e.kind == "congress" and e.organizers), None)
    told = {(p.person, p.title, p.body.name) for p in posts if p.body is not None}
    return [replace(p, body=body, of_congress=False) if p.of_congress else p for p in posts
            if not p.of_congress or (body is not None and (p.person, p.title, body.name) not in told)]


def _of_the_association(posts, evs):
    """A post in a bare "Hội" ("bà X, Chủ tịch Hội") is in the association that held the
    article's events, when that is one association."""
    held = {o.name: o for e in evs for o in e.organizers if o.name.startswith("Hội ")}
    if len(held) != 1:
        return posts
    (body,) = held.values()
    return [replace(p, body=body) if p.body is not None and p.body.name == "Hội" else p for p in posts]


# a committee named for a congress, a campaign or a movement ("Ban Chỉ đạo Đại hội", "Ban Tổ chức
# Đại hội Đại biểu các dân tộc thiểu số tỉnh Hậu Giang", "Ban Chỉ đạo Cuộc vận động tỉnh", "Ban chỉ
# đạo phong trào huyện Châu Thành")
_OCCASION_COMMITTEE = re.compile(r"(Ban (?:Chỉ đạo|Tổ chức) )(Đại hội\b.*|Cuộc vận động|phong trào)(\s.*)?$", re.I)
_CONGRESS = re.compile(r"(?<!\w)Đại hội\s")
# a campaign or movement the page quotes, in curly or straight quotes (a title often has straight
# ones): its kind, the words between ("thi đua") and its quoted name
_CAMPAIGN = re.compile(r"(?i)(?<!\w)(cuộc vận động|phong trào)((?:\s+thi đua)?)\s*[“\"]([^”\"]{3,120})[”\"]")
_NAMED_ALREADY = re.compile(r"(?i)(?:thi đua\s*)?[“\"]")


# what makes a congress's name its own: its ordinal, term, year, unit or level
_OWN_CONGRESS = re.compile(r"(?i)lần thứ|nhiệm kỳ|nhiệm kì|khóa|khoá|năm\s+\d{4}|toàn quốc|"
                           r"(?<!\w)(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s")
_COMMITTEE_BEFORE = re.compile(r"(?i)ban (?:chỉ đạo|tổ chức)\s*$")


def _congress_names(sentences: list[Sentence]) -> list[str]:
    """The congresses the page names by a name of their own (not the committee's "Ban Chỉ đạo
    Đại hội" itself, nor "Đại hội phát biểu …")."""
    names = [events.event_name(s.norm, m) for s in sentences for m in _CONGRESS.finditer(s.norm)
             if not _COMMITTEE_BEFORE.search(s.norm, 0, m.start())]
    return [n for n in names if _OWN_CONGRESS.search(n)]


def _of_the_occasion(posts, sentences: list[Sentence]):
    """A committee named for a congress or a campaign by less than the page names it takes the
    page's full name: "Ban Chỉ đạo Đại hội" on a page about "Đại hội đại biểu các dân tộc thiểu
    số tỉnh Hậu Giang lần thứ IV - năm 2024"; "Ban Chỉ đạo Cuộc vận động tỉnh" with the one
    campaign the page quotes, "Ban chỉ đạo phong trào huyện" with its one movement. Two congresses
    or campaigns the name could be leave it as it is."""
    committees = [p for p in posts if p.body is not None and _OCCASION_COMMITTEE.match(p.body.name)]
    if not committees:
        return posts
    congresses = _congress_names(sentences)
    campaigns: dict[str, set[str]] = {}
    for s in sentences:
        for m in _CAMPAIGN.finditer(s.norm):
            between = "".join(f" {w}" for w in m.group(2).lower().split())
            campaigns.setdefault(m.group(1).casefold(), set()).add(f"{between} “{m.group(3).strip()}”")

    def full(name: str) -> str:
        m = _OCCASION_COMMITTEE.match(name)
        head, what, rest = m.group(1), m.group(2), m.group(3) or ""
        if what.casefold() in ("cuộc vận động", "phong trào"):
            # (a name that quotes its campaign already is whole)
            named = _NAMED_ALREADY.match(rest.lstrip())
            quoted = campaigns.get(what.casefold(), set())
            return f"{head}{what}{next(iter(quoted))}{rest}" if len(quoted) == 1 and not named else name
        said = what.casefold()
        longer = [c for c in congresses if c.casefold().startswith(said) and len(c) > len(what)]
        longest = max(longer, key=len, default=None)
        # every longer name the page gives is the longest's beginning: one congress
        if longest is None or not all(longest.casefold().startswith(c.casefold()) for c in longer):
            return name
        return head + longest

    renamed = {p.body.name: full(p.body.name) for p in committees}
    return [replace(p, body=replace(p.body, name=renamed[p.body.name]))
            if p.body is not None and renamed.get(p.body.name, p.body.name) != p.body.name else p for p in posts]


def _first_dated(sentences: list[Sentence]) -> str | None:
    """The first whole date the opening sentences report ("Sáng ngày 28/01/2026, Đảng ủy xã
    Vĩnh Điều …"), outside documents: on a page without a date line it places the article
    in an era, so that a unit named in both lists ("xã Vĩnh Điều", of Kiên Giang until 2025 and
    of An Giang since) takes the province of its time."""
    for s in [s for s in sentences if not s.caption][:3]:
        masks = [(m.start, m.end) for m in directives.mentions_in(s.norm)]
        for d in events.find_dates(s.norm, masks):
            if d.year is not None:
                return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    return None


def _documents_in(text: str) -> list[tuple[int, int]]:
    """Where a text names documents (start, end)."""
    return [(m.start, m.end) for m in directives.mentions_in(text)]


def _documents_in_title(article: Article) -> list[tuple[int, int]]:
    """Where the title names documents: a unit inside one ("… quán triệt Nghị quyết Đại hội Đảng
    bộ Thành phố Hà Nội …") is the document's, not the article's subject."""
    return _documents_in(canonical(article.title or ""))


def _province(loc):
    while loc is not None and loc.parent is not None:
        loc = loc.parent
    return loc if loc is not None and loc.type_word in ("tỉnh", "thành phố") and loc.name else None


def _elsewhere(sent: Sentence, ctx) -> bool:
    """A caption-like line about another province than the article's ("Chủ tịch Ủy ban MTTQ
    Việt Nam tỉnh Hà Nam … thăm, chúc Tết …" between the paragraphs of a page on Kon Tum): a
    related headline, whose people are not the article's."""
    home = _province(ctx)
    if not sent.caption or home is None:
        return False
    # a province named by its unit or by its Party committee ("Bí thư Tỉnh ủy Điện Biên")
    named = [loc for _a, _b, loc in context.find_localities(sent.norm) if loc.type_word in ("tỉnh", "thành phố")
             and loc.parent is None]
    named += [loc for _a, _b, loc in context.committee_units(sent.norm) if context.is_province(loc)]
    return bool(named) and all(loc.name != home.name for loc in named)


def title_sentence(article: Article) -> list[Sentence]:
    """The page's title as a sentence, where the text has it: a headline names people and the
    posts they take ("…: Bà Lê Thị Hải Yến tái đắc cử Chủ tịch Hội Phụ nữ tỉnh") that the body
    may not repeat. Read for people and numbered documents only: a title is no new event."""
    if not article.title:
        return []
    start = article.text.find(article.title)     # as written, mostly; else spaced otherwise
    if start >= 0:
        end = start + len(article.title)
    else:
        m = re.search(r"\s+".join(map(re.escape, article.title.split())), article.text)
        if m is None:
            return []
        start, end = m.span()
    text = article.text[start:end]
    norm = context.repair_place_case(canonical(text)).replace("\n", " ")
    return [Sentence(start, end, text, norm, True)]


def link_participants(mentions, evs) -> list[Participation]:
    """Each role a person has goes to the event reported nearest before the evidence
    (most articles report one event)."""
    out: list[Participation] = []
    if not evs:
        return out
    for m in mentions:
        for role in m.roles:
            span = m.role_evidence.get(role) or m.evidence
            target = evs[0]
            if span is not None:
                before = [e for e in evs if e.evidence is not None and e.evidence.start <= span.start]
                if before:
                    target = max(before, key=lambda e: e.evidence.start)
            out.append(Participation(person=m.name, event=target.id, role=role, evidence=span))
    return out
