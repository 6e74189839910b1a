"""Article -> facts. Pure functions: nothing here knows about RDF or the store.

The order is the data flow: clean (furniture out, sentences, metadata) -> the article's own
locality -> people and posts -> documents and movements -> events -> who took part in which
event -> what each locality did with each directive."""
from __future__ import annotations

from ..facts import Article, ArticleFacts, Participation
from . import clean, context, directives, events, implementations, movements, people


def extract(article: Article) -> ArticleFacts:
    article, sentences = clean.clean(article)
    ctx = context.complete(context.article_locality(article, sentences), article.published)
    posts, mentions = people.extract_people(sentences, ctx)
    docs = directives.extract_directives(sentences, ctx, article)
    moves = movements.extract_movements(sentences)
    evs = events.extract_events(article, sentences, ctx, docs, moves)
    facts = ArticleFacts(article=article, locality=ctx, posts=posts, people=mentions,
                         events=evs, directives=docs, movements=moves, sentences=sentences)
    facts.participations = link_participants(mentions, evs)
    facts.implementations = implementations.extract_implementations(
        article, sentences, ctx, docs, evs)
    return facts


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
