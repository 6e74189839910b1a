"""Events the article reports as happening. (Provisional.)"""
from __future__ import annotations

from ..facts import Article, Directive, Event, Locality, Movement, Sentence


def extract_events(article: Article, sentences: list[Sentence], ctx: Locality | None,
                   directives: list[Directive], movements: list[Movement]) -> list[Event]:
    return []
