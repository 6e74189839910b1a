"""What each locality's body did with each directive. (Provisional.)"""
from __future__ import annotations

from ..facts import Article, Directive, Event, Implementation, Locality, Sentence


def extract_implementations(article: Article, sentences: list[Sentence], ctx: Locality | None,
                            directives: list[Directive], events: list[Event]) -> list[Implementation]:
    return []
