"""The article's own locality, which makes bare "tỉnh", "huyện" specific. (Provisional.)"""
from __future__ import annotations

from ..facts import Article, Locality, Sentence


def article_locality(article: Article, sentences: list[Sentence]) -> Locality | None:
    return None
